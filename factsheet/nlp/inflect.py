"""A rough English singular, enough to compare units, concepts and what figures are about.

Used by the consolidate stage (head nouns of entities) and by the evaluation (units and
concepts). Plurals for display are made by :func:`factsheet.render.wording.plural`.
"""

from __future__ import annotations

from collections.abc import Mapping

from factsheet import _lexicon as lx

IRREGULAR_SINGULARS: Mapping[str, str] = {
    **{plural: singular for singular, plural in lx.IRREGULAR_PLURALS.items()},
    "people": "people",
    "persons": "people",
    "times": "time",
}

INVARIANT_WORDS: frozenset[str] = frozenset(
    {
        "series",
        "species",
        "news",
        "celsius",
        "fahrenheit",
        "siemens",
        "gas",
        "physics",
        "economics",
        "politics",
        "means",
        "lens",
        "bps",
        "mph",
        "kph",
        "rpm",
    }
)


def singular(word: str) -> str:
    """A rough English singular of a lowercase word, enough to compare units and concepts.

    >>> [singular(w) for w in ["miles", "inches", "companies", "sizes", "celsius", "bus"]]
    ['mile', 'inch', 'company', 'size', 'celsius', 'bus']
    """
    if word in IRREGULAR_SINGULARS:
        return IRREGULAR_SINGULARS[word]
    if word in INVARIANT_WORDS or len(word) <= 3 or not word.endswith("s"):
        return word
    if word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return word[:-2]
    return word[:-1]
