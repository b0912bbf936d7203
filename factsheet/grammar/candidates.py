"""The extract stage: sentence text → number candidates with their units.

``numbers.scan`` finds every number and what its notation says (money, percent, date…);
:func:`factsheet.grammar.units.unit_after` reads the unit of measure written right after a number
("12 km", "30 miles per gallon", "40C"), from quantulum3's unit tables; money and percentages
take a rate ("$5 a barrel", "3% a year"); ``ranges.join`` joins ranges and scores. A unit is only
ever read where it follows a number our grammar found, so scale suffixes ("2m", "$600bn"),
abbreviations ("A U.S.") and dates never become units.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factsheet import _lexicon as lx
from factsheet.grammar import ranges
from factsheet.grammar.numbers import Candidate, scan
from factsheet.grammar.units import Reading, unit_after

# A money or percent figure followed by "per gallon", "an hour", "a barrel": a rate.
_RATE = re.compile(
    r"[\s\u00a0-]*(?:per|an?|each|/)[\s\u00a0-]*"
    rf"(?P<per>{'|'.join(re.escape(w) for w in sorted(lx.RATE_NOUNS, key=len, reverse=True))})\b"
    r"(?![\s\u00a0-]+(?:earlier|ago|before|later|previously|after)\b)",
    re.IGNORECASE,
)


# "per" before any noun makes a rate of money, where "a" and "each" need a noun of the table:
# "$50,000 per violation", "$3 per vote" (not "per cent", nor "per the contract": "as in").
_RATE_PER_NOUN = re.compile(r"[\s\u00a0]+per[\s\u00a0]+(?P<per>[a-z]{3,})\b(?![\s\u00a0]*-)")
_BELOW_ZERO = re.compile(r"\s+below\s+(?P<point>zero|freezing)\b")


def rate_noun_after(text: str, at: int) -> str | None:
    """The noun of a rate written at offset ``at`` ("per game", "a day", "each week"), as the
    unit names it, or None: what a count of things in a time or a share is rated by."""
    m = _RATE.match(text, at)
    return lx.RATE_NOUNS.get(m.group("per").lower(), m.group("per").lower()) if m else None


def _rate(sentence: str, c: Candidate) -> Candidate:
    m = _RATE.match(sentence, c.end)
    if not m and c.kind == "money":
        free = _RATE_PER_NOUN.match(sentence, c.end)
        m = free if free and free.group("per") not in lx.NOT_RATE_NOUNS else None
    if not m:
        return c
    per = lx.RATE_NOUNS.get(m.group("per").lower(), m.group("per").lower())
    base = c.unit or lx.CURRENCY_NAMES.get(c.currency or "", "dollar")
    if base.endswith(f" per {per}") or base == per:
        return c
    return replace(c, end=m.end(), unit=f"{base} per {per}")


def _with_unit(sentence: str, c: Candidate, lang: str) -> Candidate:
    """The candidate extended over the unit of measure written right after it, if any, and
    over "below zero" after a temperature ("4 degrees below zero" is -4)."""
    reading = unit_after(sentence, c.start, c.end, lang)
    if reading is None:
        zero = _BELOW_ZERO.match(sentence, c.end)
        if zero is None or zero.group("point") != "zero" or c.kind is not None or c.scaled:
            return c
        if c.value is None or c.value <= 0:
            return c
        v = -c.value  # "10 below zero": a temperature below zero on a scale it does not name
        return replace(c, end=zero.end(), value=v, low=v, high=v, sign="-", kind="measure",
                       unit="degree", maybe_year=False, date=None)  # fmt: skip
    c = replace(
        c, end=reading.end, unit=reading.name, kind=reading.kind, maybe_year=False, date=None
    )
    below = _BELOW_ZERO.match(sentence, c.end)
    if below and reading.entity == "temperature" and c.value is not None and c.value > 0:
        c = replace(c, end=below.end(), value=-c.value, low=-c.value, high=-c.value, sign="-")
    return c


def _unit_of_one(
    sentence: str, m: re.Match[str], lang: str, unit: str | None = "unit"
) -> Reading | None:
    """The unit read right after the "a", "an" or "one" of ``m`` (its group ``one``), when it
    is the word of its group ``unit`` (any unit when ``unit`` is None)."""
    reading = unit_after(sentence, m.start("one"), m.end("one"), lang)
    if reading is None or (unit is not None and reading.end != m.end(unit)):
        return None
    return reading


# "an hour or two", "a mile or three": one of the unit, or a few; the range runs from one.
_ONE_UNIT_OR = re.compile(
    r"(?i)(?<![\w-])(?P<one>an?)[\s\u00a0]+(?P<unit>[a-z]+)[\s\u00a0]+or[\s\u00a0]+$"
)
_FEW = frozenset({2.0, 3.0})


# "a quarter of a mile", "a third of a cup", "half of an hour": a part of one unit.
_OF_A = re.compile(r"(?i)[\s\u00a0]+of[\s\u00a0]+(?P<one>an?)(?=[\s\u00a0])")


def _part_of_a_unit(sentence: str, c: Candidate, lang: str) -> Candidate:
    """A fraction before "of a UNIT" as that part of the unit."""
    if not (c.fraction and c.kind is None):
        return c
    m = _OF_A.match(sentence, c.end)
    reading = _unit_of_one(sentence, m, lang, unit=None) if m is not None else None
    if reading is None:
        return c
    return replace(c, end=reading.end, unit=reading.name, kind=reading.kind, fraction=False)


def _one_unit_or(sentence: str, c: Candidate, lang: str) -> Candidate:
    """A small number in words after "a UNIT or" as the range from one of the unit to it."""
    if not (c.kind is None and c.worded and not c.scaled and c.value in _FEW):
        return c
    m = _ONE_UNIT_OR.search(sentence, max(0, c.start - 40), c.start)
    if m is None:
        return c
    reading = _unit_of_one(sentence, m, lang)
    if reading is None:
        return c
    return replace(
        c, start=m.start("one"), value=None, low=1.0, unit=reading.name, kind=reading.kind
    )


# "an hour and a half", "a mile and a half": one and a half of the unit.
_ONE_UNIT_AND_A_HALF = re.compile(
    r"(?i)(?<![\w-])(?P<one>an?|one)[\s\u00a0]+(?P<unit>[a-z]+)[\s\u00a0]+and[\s\u00a0]+a"
    r"[\s\u00a0]+half\b"
)


def _and_a_half(sentence: str, found: list[Candidate], lang: str) -> list[Candidate]:
    """The candidates with "a UNIT and a half" as one figure of one and a half of the unit, in
    place of the "one" it may hold ("one hour and a half")."""
    for m in _ONE_UNIT_AND_A_HALF.finditer(sentence):
        reading = _unit_of_one(sentence, m, lang)
        if reading is None:
            continue
        made = Candidate(m.start(), m.end(), 1.5, 1.5, 1.5, kind=reading.kind,
                         unit=reading.name, worded=True)  # fmt: skip
        found = sorted(
            [c for c in found if c.end <= made.start or c.start >= made.end] + [made],
            key=lambda c: c.start,
        )
    return found


# Between the two parts of one measure: "6 feet 2 inches", "2 hours, 15 minutes", "$20 and 43
# cents", "a 6-foot-2 man".
_PARTS_GAP = re.compile(r"[\s\u00a0]*,?[\s\u00a0]*(?:and[\s\u00a0]+)?|-")


def _whole(v: float | None) -> bool:
    return v is not None and v >= 0 and float(v).is_integer()


def _parts_of_one(sentence: str, a: Candidate, b: Candidate) -> Candidate | None:
    """One figure for a measure written in two units, the larger first: "6 feet 2 inches" is 74
    inches, "2 hours 15 minutes" 135 minutes, "$20 and 43 cents" 20.43 dollars, and a bare
    number after "N-foot-" inches ("a 6-foot-2 man"). None when they are two figures: the
    smaller part must be less than one of the larger ("2 hours, 90 minutes" is two)."""
    if not _whole(a.value) or b.value is None or b.value < 0 or a.end > b.start:
        return None
    if a.end == b.start and sentence[a.end - 1] not in "′'":
        return None  # only feet in primes touch their inches: "6'2\""
    if not _PARTS_GAP.fullmatch(sentence, a.end, b.start) or a.start == b.start:
        return None
    if a.kind == "money" and b.kind == "money":
        if b.unit not in lx.CURRENCY_SUBUNIT_NAMES or a.unit in lx.CURRENCY_SUBUNIT_NAMES:
            return None
        if b.currency != a.currency or not b.value < 100:
            return None
        v = float(a.value or 0) + float(b.value) / 100
        return replace(a, end=b.end, value=v, low=v, high=v)
    unit = b.unit
    if b.kind is None and a.unit == "foot" and not b.scaled and not b.worded:
        unit = "inch"  # "a 6-foot-2 man", "5 feet 10"
    ratio = lx.COMPOUND_UNITS.get((a.unit or "", unit or ""))
    if ratio is None or not b.value < ratio:
        return None
    v = float(a.value or 0) * ratio + float(b.value)
    kind = b.kind or a.kind
    return replace(a, end=b.end, value=v, low=v, high=v, unit=unit, kind=kind)


def _compounds(sentence: str, found: list[Candidate]) -> list[Candidate]:
    """The candidates with each measure written in two units made one figure."""
    out: list[Candidate] = []
    for c in found:
        joined = _parts_of_one(sentence, out[-1], c) if out else None
        if joined is not None:
            out[-1] = joined
        else:
            out.append(c)
    return out


# "four (4) options", "ten (10) days": the number in words, then in digits in brackets.
_RESTATED_GAP = re.compile(r"[\s\u00a0]*\([\s\u00a0]*")
_RESTATED_END = re.compile(r"[\s\u00a0]*\)")


def _restated(sentence: str, found: list[Candidate]) -> list[Candidate]:
    """The candidates with a number in words and the same number in digits in brackets after
    it made one ("four (4) size options"), as contracts write numbers."""
    out: list[Candidate] = []
    for c in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.worded
            and not c.worded
            and c.kind is None
            and prev.value is not None
            and prev.value == c.value
            and _RESTATED_GAP.fullmatch(sentence, prev.end, c.start)
            and (close := _RESTATED_END.match(sentence, c.end))
        ):
            out[-1] = replace(prev, end=close.end())
            continue
        out.append(c)
    return out


def candidates(sentence: str, lang: str = "en_US") -> list[Candidate]:
    """Every number candidate in the sentence, money and units of measure resolved.

    >>> [sentence[c.start:c.end] for sentence in ["It flew 12 km at 5 mph."]
    ...  for c in candidates(sentence)]
    ['12 km', '5 mph']
    """
    found = [
        _with_unit(sentence, _part_of_a_unit(sentence, _one_unit_or(sentence, c, lang), lang), lang)
        if c.kind is None or c.maybe_year
        else c
        for c in _restated(sentence, scan(sentence))
    ]
    found = ranges.join(sentence, _compounds(sentence, _and_a_half(sentence, found, lang)))
    out: list[Candidate] = []
    for c in found:
        if c.named and c.kind is None:
            continue  # "Boeing 737", "Apollo 11": a name, not a quantity
        if c.kind == "money":
            if c.unit is None:
                c = replace(c, unit=lx.CURRENCY_NAMES.get(c.currency or "", c.currency))
            c = _rate(sentence, c)
        elif c.kind == "percent" and c.unit and " per " not in c.unit:
            c = _rate(sentence, c)  # "5 percent a year"
        if out and c.start < out[-1].end:
            continue  # inside the rate of the figure before: "40 cents a dozen"
        out.append(c)
    return out
