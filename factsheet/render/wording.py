"""How a fact reads: its value written with its unit or currency, scale and qualifier
(:func:`normalised`), plurals (:func:`plural`), the change a range written "from 27 to 25"
stands for (:func:`written_change`)."""

from __future__ import annotations

import re
from decimal import Decimal

from factsheet import _lexicon as lx
from factsheet.models import (
    Fact,
    Kind,
    Number,
    Qualifier,
    Trend,
)

_QUALIFIER_TEXT: dict[str, str] = {
    "exact": "",
    "approximate": "approx.",
    "at_least": "at least",
    "more_than": "more than",
    "at_most": "at most",
    "less_than": "less than",
}

TREND_TEXT: dict[str, str] = {"up": "↑ up", "down": "↓ down"}
ANCHORING_TEXT: dict[str, str] = {
    "publication": "anchored to the publication date",
    "unanchored": "not anchored: no publication date",
}
DISCREPANCY_HEADINGS: dict[str, str] = {
    "values_differ": "Different values",
    "scale_differs": "Different scale",
}

# Nouns whose plural is not made by the -s/-es/-ies rules, and nouns that do not change.
_IRREGULAR_PLURALS = lx.IRREGULAR_PLURALS
_INVARIANT_PLURALS = frozenset(
    {
        "aircraft",
        "cattle",
        "data",
        "deer",
        "fish",
        "hertz",
        "lux",
        "people",
        "personnel",
        "police",
        "series",
        "sheep",
        "siemens",
        "species",
        "staff",
    }
)
# Words that follow the noun they qualify ("pound sterling" → "pounds sterling").
_POSTPOSITIVE = frozenset({"sterling"})


def qualifier_text(qualifier: Qualifier | str) -> str:
    """A qualifier as words: ``""`` for exact, ``"approx."``, ``"at least"`` …

    >>> qualifier_text("approximate"), qualifier_text("at_least"), qualifier_text("exact")
    ('approx.', 'at least', '')
    """
    return _QUALIFIER_TEXT.get(qualifier, str(qualifier).replace("_", " "))


def _decimals(x: Number) -> int:
    if isinstance(x, int) or x.is_integer():
        return 0
    exponent = Decimal(repr(round(x, 10))).normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _fmt_number(x: Number, decimals: int | None = None) -> str:
    """``61000000000`` → ``"61,000,000,000"``; ``4.83`` → ``"4.83"``; ``13.0`` → ``"13"``.

    ``decimals`` forces that many digits after the point (used to align both ends of a range).
    """
    if isinstance(x, float) and (x != x or x in (float("inf"), float("-inf"))):
        return str(x)
    places = _decimals(x) if decimals is None else decimals
    if isinstance(x, int):
        return f"{x:,}" if places == 0 else f"{Decimal(x):,.{places}f}"
    return f"{Decimal(repr(round(x, 10))):,.{places}f}"


def _fmt_value(fact: Fact) -> str:
    """The fact's value, or its range with an en dash (both ends to the same decimals); a
    change written "from A to B" with an arrow, in the order written ("27 → 25")."""
    if fact.value is not None:
        return _fmt_number(fact.value)
    low, high = fact.low, fact.high
    if low is None and high is None:
        return ""
    if low is None or high is None or low == high:
        one = low if low is not None else high
        assert one is not None
        return _fmt_number(one)
    places = max(_decimals(low), _decimals(high))
    change = written_change(fact)
    if change is not None:
        start, end = (high, low) if change == "down" else (low, high)
        return f"{_fmt_number(start, places)} → {_fmt_number(end, places)}"
    return f"{_fmt_number(low, places)}–{_fmt_number(high, places)}"


_NUMBER_WRITTEN = re.compile(r"\d[\d,]*(?:\.\d+)?")


def written_change(fact: Fact) -> Trend | None:
    """The change a range written "from A to B" is, for the reader: a fall when written from its
    high end down ("the median age went from 27 to 25"), a rise when written upwards and the
    fact is a rise; None for a range ("tickets range from $20 to $45") and anything else. The
    figures keep the range (NewsQuant reads "from A to B" as one); the sheet shows the change."""
    if fact.value is not None or fact.low is None or fact.high is None or fact.low == fact.high:
        return None
    written = next(
        (m for m in fact.citations if m.sentence[: m.at[0]].rstrip().lower().endswith("from")),
        None,
    )
    if written is None:
        return None
    numbers = [float(n.replace(",", "")) for n in _NUMBER_WRITTEN.findall(written.surface)]
    if len(numbers) < 2 or numbers[0] == numbers[-1]:
        return None
    if numbers[0] > numbers[-1]:
        return "down"
    return "up" if fact.trend == "up" else None


def _is_one(fact: Fact) -> bool:
    return fact.value is not None and fact.value in (1, -1)


def _plural_word(word: str) -> str:
    lower = word.lower()
    if lower in _INVARIANT_PLURALS:
        return word
    if lower in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[lower]
    if lower.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if lower.endswith("y") and len(lower) > 1 and lower[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def plural(unit: str) -> str:
    """Pluralise a unit name or counted noun: the last lower-case word before any ``per``.

    >>> plural("kilometre"), plural("degree Celsius"), plural("metre per second")
    ('kilometres', 'degrees Celsius', 'metres per second')
    >>> plural("casualty"), plural("person"), plural("police"), plural("pound sterling")
    ('casualties', 'people', 'police', 'pounds sterling')
    """
    head, sep, tail = unit.partition(" per ")
    words = head.split(" ")
    for i in range(len(words) - 1, -1, -1):
        if words[i][:1].islower() and words[i].lower() not in _POSTPOSITIVE:
            words[i] = _plural_word(words[i])
            break
    return " ".join(words) + sep + tail


def _with_unit(number: str, unit: str | None, fact: Fact) -> str:
    if not unit:
        return number
    return f"{number} {unit if _is_one(fact) else plural(unit)}"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def normalised(fact: Fact) -> str:
    """The fact's normalised value as plain text (escape it with ``md`` in a template).

    - money: currency code and the full amount, ``"USD 61,000,000,000"``, ``"USD 40–65"``, with
      its rate: ``"USD 80 per barrel"``;
    - percent: ``"7%"``, ``"12.8–13.0%"``; in points, with the unit: ``"0.3 percentage
      points"``, ``"25 basis points"`` (a point is no per cent);
    - count, measure, duration, number: the number and its unit, ``"16,000 volunteers"``,
      ``"12 kilometres"``, ``"13,176"``;
    - age: ``"22 years old"``;
    - score: both tallies as written, with an en dash, ``"70–29"``;
    - date and time: the ISO ``date`` field, ``"2022-02"`` (``""`` when it is not set or
      not anchored to a year: a bare value such as 10 for "10 am" would read as a
      quantity, and "--07-31" reads as nothing);
    - ordinal: ``"3rd"``.

    Thousands get separators, integral floats lose their ``.0``, and both ends of a range
    show the same decimals. Returns ``""`` when the fact has no parsed value.
    """
    kind: Kind = fact.kind
    if kind in ("date", "time"):
        return "" if fact.date_basis == "unanchored" else fact.date or ""
    if kind == "score" and fact.score_first is not None and fact.score_second is not None:
        places = max(_decimals(fact.score_first), _decimals(fact.score_second))
        first, second = (_fmt_number(x, places) for x in (fact.score_first, fact.score_second))
        return f"{first}–{second}"
    number = _fmt_value(fact)
    if not number:
        return ""
    base, _, per = (fact.unit or "").partition(" per ")
    rate = f" per {per}" if per else ""  # "USD 80 per barrel", "3% per year"
    if kind == "money":
        if fact.currency:
            return f"{fact.currency} {number}{rate}"
        return _with_unit(number, fact.unit, fact)
    if kind == "percent":
        if base in ("", "percentage"):
            return f"{number}%{rate}"
        return _with_unit(number, fact.unit, fact)  # "0.3 percentage points", "25 basis points"
    if kind == "age":
        unit = fact.unit or "year"
        return f"{_with_unit(number, unit, fact)} old"
    if kind == "ordinal" and isinstance(fact.value, int | float) and float(fact.value).is_integer():
        return _ordinal(int(fact.value))
    if kind == "score":
        return number
    return _with_unit(number, fact.unit, fact)
