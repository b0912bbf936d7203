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


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), FROM_TO_APART)
def test_from_to_apart(sentence: str, expected: list[Want]) -> None:
    check(sentence, expected)


# --- fractions of a group: a share, counting nothing ------------------------------------------

FRACTIONS = [
    row("One in five adults smokes.", ("One in five", "number", 0.2, None)),
    row("Nine out of ten dentists agree.", ("Nine out of ten", "number", 0.9, None)),
    # "one of B" is one of them, not a fraction: "one of two people" is a person.
    row(
        "It is one of four finalists.",
        ("one", "count", 1, "finalist"),
        ("four", "count", 4, "finalist"),
    ),
    row("Three quarters of homes have broadband.", ("Three quarters", "number", 0.75, None)),
    row("Half the flats in the tower are empty.", ("Half", "number", 0.5, None)),
    row(
        "Half of the 300 workers were laid off.",
        ("Half", "number", 0.5, None),
        ("300", "count", 300, "worker"),
    ),
    row(
        "The firm has 300 staff, half of whom work remotely.",
        ("300", "count", 300, "staff"),
        ("half", "number", 0.5, None),
    ),
    # A part or a period, not a share of a group.
    row("She equalised late in the second half."),
    row("The label keeps half the streaming income."),
    # A span of time or a year is no whole: no ratio.
    row("He won 2 in 10 days.", ("2", "number", 2, None), ("10 days", "duration", 10, "day")),
    row("She was one of 2019's winners."),
    # "A of B" is a fraction only for "one of B": "two of three games" counts games.
    row(
        "They lost two of three games.",
        ("two", "count", 2, "game"),
        ("three", "count", 3, "game"),
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), FRACTIONS)
def test_fractions(sentence: str, expected: list[Want]) -> None:
    check(sentence, expected)


# --- a bare year before a plural noun: a date unless it plainly counts the noun ----------------

YEARS_BEFORE_NOUNS = [
    row("About 2000 new homes were built.", ("2000", "count", 2000, "home")),
    row("Nearly 1500 people came.", ("1500", "count", 1500, "people")),
    # Punctuation between the year and the noun: a headline, not a count.
    row("Audi Q5 2019 review - pictures"),
    # A determiner before the year makes it a modifier: "the 2018 figures".
    row("The 2018 figures were revised."),
    row("Its 2019 results beat forecasts."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), YEARS_BEFORE_NOUNS)
def test_years_before_nouns(sentence: str, expected: list[Want]) -> None:
    check(sentence, expected)


# --- scientific notation: one number, its unit read after the power of ten --------------------

SCIENTIFIC = [
    row(
        "The speed is 3×10^8 metres per second.",
        ("3×10^8 metres per second", "measure", 3e8, "metre per second"),
    ),
    row("The dose is 2.5 x 10-6 grams.", ("2.5 x 10-6 grams", "measure", 2.5e-6, "gram")),
    row("Sound travels at 3.43 × 10² m/s.", ("3.43 × 10² m/s", "measure", 343, ...)),
    # A product of two numbers is no power of ten.
    row(
        "The garden is 4 x 12 metres.",
        ("4", "measure", 4, "metre"),
        ("12 metres", "measure", 12, "metre"),
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), SCIENTIFIC)
def test_scientific(sentence: str, expected: list[Want]) -> None:
    check(sentence, expected)


# --- a unit written once, after the last of several numbers -----------------------------------

UNIT_WRITTEN_LAST = [
    row(
        "The rug measures 6 by 9 feet.",
        ("6", "measure", 6, "foot"),
        ("9 feet", "measure", 9, "foot"),
    ),
    row(
        "The box is 6 x 4 x 3 inches.",
        ("6", "measure", 6, "inch"),
        ("4", "measure", 4, "inch"),
        ("3 inches", "measure", 3, "inch"),
    ),
    row(
        "It ships with a 10- or 12-foot ladder.",
        ("10", "measure", 10, "foot"),
        ("12-foot", "measure", 12, "foot"),
    ),
    row(
        "A two- or three-day visit is planned.",
        ("two", "duration", 2, "day"),
        ("three-day", "duration", 3, "day"),
    ),
    row(
        "The block offers two-, three- and four-bedroom flats.",
        ("two", "count", 2, "bedroom"),
        ("three", "count", 3, "bedroom"),
        ("four", "count", 4, "bedroom"),
    ),
    # A hyphenated number word alone is a modifier, not a figure, as before.
    row("He signed a five-year deal."),
    # A number that counts something else keeps its own noun.
    row(
        "The 30 delegates met 4 x 10 km teams.",
        ("30", "count", 30, "delegate"),
        ("4", "count", 4, "team"),
        ("10 km", "measure", 10, "kilometre"),
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), UNIT_WRITTEN_LAST)
def test_unit_written_last(sentence: str, expected: list[Want]) -> None:
    check(sentence, expected)


# --- pence written with a space, hyphenated "-to-" ranges, word prefixes ------------------------

NOTATIONS = [
    row("Shares closed at 68 p on Friday.", ("68 p", "money", 68, "penny")),
    row("The stock fell 4.5p.", ("4.5p", "money", 4.5, "penny")),
    row(
        "The car goes 0-to-60-mph in 4 seconds.",
        ("0-to-60-mph", "measure", (0, 60), "mile per hour"),
        ("4 seconds", "duration", 4, "second"),
    ),
    # A word prefix hyphenated to the number does not hide the unit.
    row("They build sub-5 nm chips.", ("5 nm", "measure", 5, "nanometre")),
    # A capital P is no penny; "p." is an abbreviation; a falling "-to-" pair is a margin.
    row("The form lists 5 P codes.", ("5", "count", 5, "code")),
    row("Read p. 5 first.", ("5", "number", 5, None)),
    # low and high of a score are its smaller and larger tally (schema version 2); the
    # tallies as written are score_first and score_second (tests/test_store.py)
    row("It won by a 2-to-1 margin.", ("2-to-1", "score", (1, 2), None)),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), NOTATIONS)
def test_notations(sentence: str, expected: list[Want]) -> None:
    check(sentence, expected)


# --- bracketed ages after a name ---------------------------------------------------------------

BRACKETED_AGES = [
    row("John Smith (34) was fined.", ("34", "age", 34, "year")),
    row("Pensioner Mary Evans (81) died.", ("81", "age", 81, "year")),
    # Not after a proper name: a common noun, a label.
    row("Sales (12) rose.", ("12", "number", 12, None)),
    row("See Article (5) of the law.", ("5", "number", 5, None)),
    # After a player's position, a bracketed number is a shirt number.
    row("Striker Tom Jones (9) scored twice.", ("9", "number", 9, None)),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), BRACKETED_AGES)
def test_bracketed_ages(sentence: str, expected: list[Want]) -> None:
    check(sentence, expected)


# --- what a number counts: never a noun behind a determiner -------------------------------------

COUNTED_NOUNS = [
    row(
        "The slope measured minus-2.3 degrees in 2016 and 1.7 this spring.",
        ("minus-2.3 degrees", "measure", -2.3, "degree angle"),
        ("1.7", "measure", 1.7, "degree angle"),
    ),
    row("He scored 12 last season.", ("12", "number", 12, None)),
    # Adjectives between the number and the noun are fine.
    row("There were 5 more cases.", ("5", "count", 5, "case")),
    row("We saw 3 other people.", ("3", "count", 3, "people")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), COUNTED_NOUNS)
def test_counted_nouns(sentence: str, expected: list[Want]) -> None:
    check(sentence, expected)


# --- capitalised number words inside names ------------------------------------------------------

NUMBER_WORDS_IN_NAMES = [
    row("He made the Kick Six play in 2013."),
    row("Ireland won the Six Nations again."),
    row("Ohio State leads the Big Ten in wins."),
    # Opening a sentence or after a verb, a capitalised number word still counts.
    row("Three people died.", ("Three", "count", 3, "people")),
    row("Officials said Three people died.", ("Three", "count", 3, "people")),
    # A headline in title case capitalises every word, numbers too.
    row("Police Say Two Men Were Held In Raid", ("Two", "count", 2, ...)),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), NUMBER_WORDS_IN_NAMES)
def test_number_words_in_names(sentence: str, expected: list[Want]) -> None:
    check(sentence, expected)
