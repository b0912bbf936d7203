"""The extract stage: sentence text → number candidates with their units.

The only module that imports quantulum3. ``numbers.scan`` finds every number and what its notation
says (money, percent, date…); quantulum3 then reads the physical unit written after a number
("12 km", "30 miles per gallon", "10 million barrels per day"). quantulum3's own number reading is
not trusted: scale suffixes it reads as units ("2m", "$600bn", "25k"), abbreviations it reads as
units ("A U.S." as atomic mass units) and dates never reach the output, because a unit is only
taken where it extends a number our grammar found, past the end of what the grammar read.
"""

from __future__ import annotations

import logging
import re
import warnings
from dataclasses import replace
from functools import lru_cache
from typing import Any

from factsheet import _lexicon as lx
from factsheet.numbers import Candidate, scan

log = logging.getLogger(__name__)

# A money amount followed by "per gallon", "an hour", "a barrel": a rate.
_RATE = re.compile(
    r"[\s\u00a0]*(?:per|an?|each|/)[\s\u00a0]*(?P<per>hour|day|week|month|year|annum|gallon|barrel|"
    r"share|litre|liter|ton|tonne|pound|kilo|kilogram|kg|person|head|night|mile|kilometre|"
    r"kilometer|km|unit|ounce|megawatt-hour|kilowatt-hour|kwh|mwh|square foot|square metre|"
    r"household|student|resident|employee|worker|seat|ticket|dose|pill|flight|trip|minute|"
    r"game|episode|word|page|visit|bottle|case|bushel|meal|sq ft)\b",
    re.IGNORECASE,
)
_PER_ALIASES = {"annum": "year", "liter": "litre", "kilo": "kilogram", "kg": "kilogram",
                "km": "kilometre", "kilometer": "kilometre", "kwh": "kilowatt hour",
                "mwh": "megawatt hour", "sq ft": "square foot"}  # fmt: skip
# quantulum3 reads a lone "C" or "F" after a number as coulomb or farad; news means temperatures.
_TEMPERATURE_LETTERS = {"coulomb": "degree Celsius", "farad": "degree fahrenheit"}
# Units quantulum3 names that are not units of measure.
_NOT_UNITS = frozenset({"dimensionless", "count", "dozen", "percentage", "per cent", "one"})


@lru_cache(maxsize=1)
def _parser() -> Any:
    """Import quantulum3 once, without the warning it gives when scikit-learn is absent."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

    for name in ("quantulum3", "quantulum3.parser", "quantulum3.classifier"):
        logging.getLogger(name).setLevel(logging.ERROR)
    return parser


def quantulum3_parse(text: str, lang: str = "en_US") -> list[Any]:
    """quantulum3's ``parse``, quiet: no warnings, and no logging handler left on the root logger.

    quantulum3 calls ``logging.basicConfig`` in every parse; we undo that so that library users
    keep the logging they configured.
    """
    parser = _parser()
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return list(parser.parse(text, lang=lang))
    except Exception as err:  # quantulum3 raises bare errors on odd input; a miss is not a crash
        log.debug("quantulum3 failed on %r: %s", text[:80], err)
        return []
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)


def _unit_from(q: Any, sentence: str, c: Candidate, lang: str) -> Candidate | None:
    """The candidate extended over the physical unit quantulum3 read after it, if any."""
    q_start, q_end = q.span
    if not (q_start <= c.end and q_end > c.end and q_start >= c.start - 2):
        return None
    name = str(q.unit.name)
    entity = str(q.unit.entity.name)
    if name in _NOT_UNITS or entity == "currency":
        return None
    while (
        q_end > c.end and sentence[q_end - 1] == "." and sentence[q_end - 2 : q_end - 1].isupper()
    ):
        q_end -= 1  # "above 40C." ends the sentence; the full stop is not part of the unit
    tail = sentence[c.end : q_end]
    last = re.search(r"[\s-](\w+)$", tail)
    if last and last.group(1).lower() in _FUNCTION_WORDS:
        # "12 km at" read as kilometre ampere-turn: read again without the function word.
        shorter = sentence[c.start : q_end - len(last.group(1))]
        for q2 in quantulum3_parse(shorter, lang):
            if q2.span[0] == q_start - c.start or q2.span[0] <= c.end - c.start:
                moved = _Moved(q2, c.start)
                return _unit_from(moved, sentence, c, lang) if moved.span[1] < q_end else None
        return None
    if not re.search(r"[A-Za-z°]", tail):
        return None
    letters = tail.strip(" -\u00a0")
    if letters in ("C", "F") and name in _TEMPERATURE_LETTERS:
        name, entity = _TEMPERATURE_LETTERS[name], "temperature"
    elif len(letters) == 1 and letters.lower() not in ("m", "g", "l", "s", "h", "°"):
        return None  # "5 A", "3 V": single capitals are initials more often than units
    kind = "duration" if entity == "time" and name in lx.DURATION_UNITS else "measure"
    return replace(c, end=q_end, unit=name, kind=kind)


class _Moved:
    """A quantulum3 quantity read from a substring, with its span moved into the sentence."""

    def __init__(self, q: Any, offset: int) -> None:
        self.span = (q.span[0] + offset, q.span[1] + offset)
        self.unit = q.unit


_FUNCTION_WORDS = frozenset(
    {"at", "in", "a", "an", "on", "to", "of", "by", "or", "and", "as", "it", "is", "be", "for",
     "the", "per", "from", "with", "that", "this", "its", "into"}
)  # fmt: skip


def _rate(sentence: str, c: Candidate) -> Candidate:
    m = _RATE.match(sentence, c.end)
    if not m:
        return c
    per = m.group("per").lower()
    per = _PER_ALIASES.get(per, per)
    base = c.unit or lx.CURRENCY_NAMES.get(c.currency or "", "dollar")
    return replace(c, end=m.end(), unit=f"{base} per {per}")


def candidates(sentence: str, lang: str = "en_US") -> list[Candidate]:
    """Every number candidate in the sentence, money and physical units resolved.

    >>> [sentence[c.start:c.end] for sentence in ["It flew 12 km at 5 mph."]
    ...  for c in candidates(sentence)]
    ['12 km', '5 mph']
    """
    found = scan(sentence)
    if any(c.kind is None for c in found):
        quantities = quantulum3_parse(sentence, lang)
        resolved = []
        for c in found:
            if c.kind is None:
                for q in quantities:
                    extended = _unit_from(q, sentence, c, lang)
                    if extended is not None:
                        c = extended
                        break
            resolved.append(c)
        found = resolved
    out = []
    for c in found:
        if c.named and c.kind is None:
            continue  # "Boeing 737", "Apollo 11": a name, not a quantity
        if c.kind == "money":
            if c.unit is None:
                c = replace(c, unit=lx.CURRENCY_NAMES.get(c.currency or "", c.currency))
            c = _rate(sentence, c)
        out.append(c)
    return out
