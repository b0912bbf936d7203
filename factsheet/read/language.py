"""Which language a text is in, as far as refusing what we cannot read yet.

Part of reading sources (:func:`factsheet.read.sources.document_from_bytes` calls
:func:`check_language`): the extraction reads English only, and text in another language gives
wrong figures without a word ("3,5 Millionen Euro" read as 3 and 5), so such a text is refused
with an :class:`~factsheet.errors.InputError` naming the language, and skipped like any input
that cannot be read. The test counts the commonest function words of each language
(:mod:`factsheet.read._languages`); it judges only texts with enough of them, and refuses only when
another language clearly outnumbers English.
"""

from __future__ import annotations

import re
from collections import Counter

from factsheet.errors import InputError
from factsheet.read import _languages as lang

DISTINCT_WORDS = 4
"""How many different function words of another language a text must hold to be refused."""

_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
"""The languages whose function word each word is (from :data:`_languages.FUNCTION_WORDS`)."""
for _name, _table in lang.FUNCTION_WORDS.items():
    for _word in _table:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _name)

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def language(text: str) -> str | None:
    """The language a text reads as, by its function words; ``None`` when it holds too few of
    them to tell.

    >>> language("The council said that the budget for the city was cut, and that the plan "
    ...          "would be changed after the vote of the members who were there.")
    'English'
    >>> language("Der Rat sagte, dass der Haushalt der Stadt gekürzt wurde und dass die Pläne "
    ...          "nach der Abstimmung mit den Mitgliedern geändert werden.")
    'German'
    >>> language("Prices rose 7%.") is None
    True
    >>> language("E0E0E0E0E0O0O e o e o e o") is None
    True
    """
    hits = dict.fromkeys(lang.FUNCTION_WORDS, 0)
    seen: set[str] = set()
    # each distinct word as written is looked up once, in all the tables, and counted as often
    # as it stands: an article of 700 words has some 300 distinct ones
    for written, times in Counter(_WORD.findall(text)).items():
        word = written.lower()
        names = _LANGUAGES_OF.get(word)
        if names:
            seen.add(word)
            for name in names:
                hits[name] += times
    if sum(hits.values()) < lang.MIN_WORDS:
        return None
    best = max(hits, key=lambda name: (hits[name], name == lang.ENGLISH))
    distinct = sum(1 for word in seen if word in lang.FUNCTION_WORDS[best])
    if best != lang.ENGLISH and distinct < DISTINCT_WORDS:
        return None  # one word repeated ("e e e o"), not a language
    if best != lang.ENGLISH and hits[best] < lang.MARGIN * hits[lang.ENGLISH]:
        return lang.ENGLISH
    return best


def check_language(source_id: str, text: str) -> None:
    """Refuse a text that is not English.

    Raises:
        InputError: ``"not English text (it reads as German); factsheet reads English only"``.
    """
    found = language(text)
    if found is not None and found != lang.ENGLISH:
        raise InputError(
            source_id, f"not English text (it reads as {found}); factsheet reads English only"
        )
