"""End-to-end tests of figure values and units, grouped by the pattern of English each rule reads.

Each row is a sentence written for this file and the scored figures ``factsheet.extract`` must
return for it, in order, as ``(surface, kind, value, unit)``; ``value`` is a number, or a
``(low, high)`` pair for a range, and ``unit`` is checked only where it is given (not ``...``).
Dates, times and ordinals are left out: the scorer ignores them. Each group holds at least one
negative row, where the pattern must not fire.
"""

from __future__ import annotations

from typing import Any

import pytest

import factsheet

Want = tuple[str, str, Any, Any]
UNSCORED = ("date", "time", "ordinal")


def row(sentence: str, *expected: Want) -> Any:
    return pytest.param(sentence, list(expected), id=sentence)


def check(sentence: str, expected: list[Want]) -> None:
    found = [f for f in factsheet.extract(sentence) if f.kind not in UNSCORED]
    shown = [(f.surface, f.kind, f.value, f.low, f.high, f.unit) for f in found]
    assert len(found) == len(expected), shown
    for fig, (surface, kind, value, unit) in zip(found, expected, strict=True):
        assert (fig.surface, fig.kind) == (surface, kind), shown
        if isinstance(value, tuple):
            assert fig.value is None, shown
            assert (fig.low, fig.high) == pytest.approx(value), shown
        else:
            assert fig.value == pytest.approx(value), shown
        if unit is not ...:
            assert fig.unit == unit, shown


# --- "from A ... to B" written apart: one range ---------------------------------------------

FROM_TO_APART = [
    row(
        "The share price fell from $52 on Monday to $47.",
        ("$52 on Monday to $47", "money", (47, 52), "dollar"),
    ),
    row(
        "Fuel economy rose from 30 mpg in 2015 to 38 mpg in 2022.",
        ("30 mpg in 2015 to 38 mpg", "measure", (30, 38), "mile per gallon"),
    ),
    row(
        "Membership grew from 1,200 members last spring to 1,450 members.",
        ("1,200 members last spring to 1,450", "count", (1200, 1450), "member"),
    ),
    # A new level and the level before it are two figures.
    row(
        "Sales rose to $9 billion from $7 billion a year earlier.",
        ("$9 billion", "money", 9e9, "dollar"),
        ("$7 billion", "money", 7e9, "dollar"),
    ),
    # A clause between the ends, or ends of different units, make no range.
    row(
        "The fee went from $20, after a long debate, to $25.",
        ("$20", "money", 20, "dollar"),
        ("$25", "money", 25, "dollar"),
    ),
    row(
        "He ran from 5 km at dawn to 10 miles.",
        ("5 km", "measure", 5, "kilometre"),
        ("10 miles", "measure", 10, "mile"),
    ),
    row(
        "The team went from 3 wins in May to 12 losses.",
        ("3", "count", 3, "win"),
        ("12", "count", 12, "loss"),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), FROM_TO_APART)
def test_from_to_apart(sentence: str, expected: list[Want]) -> None:
    check(sentence, expected)
