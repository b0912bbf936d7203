"""Data only: the commonest function words of the languages a news text is likely to be in.

Read by :mod:`factsheet.read.language` to tell English text from text in another language, which the
extraction cannot read yet ("3,5 Millionen" or "1.200 Euro" would give wrong figures silently).
Words are lower case; a word that is common in English is left out of the other lists ("in",
"die", "is", "as", "on"), so that an English text scores for English alone. Chosen from the
most frequent words of each language (articles, prepositions, conjunctions, auxiliaries).
"""

from __future__ import annotations

ENGLISH = "English"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


FUNCTION_WORDS: dict[str, frozenset[str]] = {
    ENGLISH: _words(
        "the and of to that for with was were are has have had this which said not but from "
        "their its they will would been than after about into also who there when"
    ),
    "German": _words(
        "der das und ist nicht mit von den dem des ein eine einer einem zu auf für sich auch "
        "im wird werden wurde sind bei aus nach über oder aber wie noch nur vor zum zur durch "
        "hat haben mehr dass sein seine ihre wir"
    ),
    "French": _words(
        "le la les des et est une du que qui dans pour pas sur au aux avec ce ces par plus "
        "sont été ont mais ou leur elle il nous selon cette"
    ),
    "Spanish": _words(
        "el los las del y es una que en por con para se su sus al lo como más pero fue han "
        "este esta según"
    ),
    "Italian": _words(
        "il gli della delle del e è che di per non una sono con da nel nella alla anche più "
        "ma come questo secondo"
    ),
    "Dutch": _words(
        "de het een en van niet met op voor zijn dat te aan ook door bij naar werd worden "
        "wordt om maar hij zij volgens"
    ),
    "Portuguese": _words(
        "o os da do das dos e é que em um uma para com não por mais foi são ao pelo pela segundo"
    ),
}
"""Function words by language."""

MIN_WORDS = 12
"""Function words a text must hold before its language is judged: a headline or one short
sentence is read whatever it looks like."""
MARGIN = 2.0
"""Another language must have this many times the English function words to refuse a text."""
