"""End-to-end tests of units: currencies, scales, physical units, rates, ages, counted nouns,
ranges, and numbers that are not quantities.

Each row is a sentence written for this file and the figures ``factsheet.extract`` must return
for it, in order, as ``(surface, kind, value, unit, currency)``; ``value`` is a number, or a
``(low, high)`` pair for a range. ``unit`` and ``currency`` are checked only where they are
given (not ``...``). A row in ``NOT_FIGURES`` must give no scored figure at all (dates, times
and ordinals may remain: the scorer ignores them).
"""

from __future__ import annotations

from typing import Any

import pytest

import factsheet
from factsheet.models import Figure

M = 1_000_000
B = 1_000_000_000
Want = tuple[str, str, Any, Any, Any]


def row(sentence: str, *expected: Want) -> Any:
    return pytest.param(sentence, list(expected), id=sentence)


def check(sentence: str, expected: list[Want]) -> None:
    found = [f for f in factsheet.extract(sentence) if f.kind not in ("date", "time", "ordinal")]
    shown = [(f.surface, f.kind, f.value, f.low, f.high, f.unit, f.currency) for f in found]
    assert len(found) == len(expected), shown
    for fig, (surface, kind, value, unit, currency) in zip(found, expected, strict=True):
        assert (fig.surface, fig.kind) == (surface, kind), shown
        _check_value(fig, value, shown)
        if unit is not ...:
            assert fig.unit == unit, shown
        if currency is not ...:
            assert fig.currency == currency, shown


def _check_value(fig: Figure, value: Any, shown: object) -> None:
    if isinstance(value, tuple):
        assert fig.value is None, shown
        assert (fig.low, fig.high) == pytest.approx(value), shown
    else:
        assert fig.value == pytest.approx(value), shown


# --- currencies and notations ------------------------------------------------------------------

CURRENCIES = [
    row("The ferry fare is Y=4,500 for adults.", ("Y=4,500", "money", 4500, ..., "JPY")),
    row("She paid 2,300€ for the bike.", ("2,300€", "money", 2300, "euro", "EUR")),
    row("The dinner cost 420 kn in Split.", ("420 kn", "money", 420, ..., "HRK")),
    row(
        "Savings of 3.4 million Norwegian crowns were lost.",
        ("3.4 million Norwegian crowns", "money", 3.4 * M, ..., "NOK"),
    ),
    row(
        "The fund holds 12 billion Danish kroner in bonds.",
        ("12 billion Danish kroner", "money", 12 * B, "danish krone", "DKK"),
    ),
    row("A coffee costs RM9.50 in the mall.", ("RM9.50", "money", 9.5, ..., "MYR")),
    row(
        "Shares rose 12 sen to RM4.10 on Monday.",
        ("12 sen", "money", 12, "sen", "MYR"),
        ("RM4.10", "money", 4.1, ..., "MYR"),
    ),
    row(
        "Diesel was up 3.2 cents to US$2.71 a gallon.",
        ("3.2 cents", "money", 3.2, "cent", "USD"),
        ("US$2.71 a gallon", "money", 2.71, "dollar per gallon", "USD"),
    ),
]

# --- scale suffixes and words ----------------------------------------------------------------

SCALES = [
    row(
        "Tickets sales may reach $12 to $18 billion overall.",
        ("$12 to $18 billion", "money", (12 * B, 18 * B), ..., "USD"),
    ),
    row("The bill is $3-4 billion.", ("$3-4 billion", "money", (3 * B, 4 * B), ..., "USD")),
    row(
        "Output hit 4.5bn cubic metres last year.",
        ("4.5bn cubic metres", "measure", 4.5 * B, "cubic metre", None),
    ),
    row(
        "The tanker carried 1.2m tonnes of grain.",
        ("1.2m tonnes", "measure", 1.2 * M, "tonne", None),
    ),
    row("The airline flew a 3.1bn km total.", ("3.1bn km", "measure", 3.1 * B, "kilometre", None)),
    row(
        "Organisers expect three to four thousand runners.",
        ("three to four thousand", "count", (3000, 4000), "runner", None),
    ),
    row("We had a three course lunch.", ("three", "count", 3, ..., None)),
    row(
        "Growth could be a five per cent gain.", ("five per cent", "percent", 5, "percentage", None)
    ),
]

# --- physical units ------------------------------------------------------------------------------

PHYSICAL = [
    row(
        "The coupe makes 503bhp and 443 lb-ft of torque.",
        ("503bhp", "measure", 503, "brake horsepower", None),
        ("443 lb-ft", "measure", 443, "foot pound-force", None),
    ),
    row("The saloon has 250 PS.", ("250 PS", "measure", 250, "horsepower", None)),
    row(
        "The hatchback returns 48 mpg on the motorway.",
        ("48 mpg", "measure", 48, "mile per gallon", None),
    ),
    row(
        "The bus was doing 70 m.p.h. at the time.",
        ("70 m.p.h.", "measure", 70, "mile per hour", None),
    ),
    row(
        "The alloy is rated at 62 ksi.",
        ("62 ksi", "measure", 62, "kilopound per square inch", None),
    ),
    row("The fibre is 8 μm thick.", ("8 μm", "measure", 8, "micrometre", None)),
    row("Each can holds 330ml of soda.", ("330ml", "measure", 330, "millilitre", None)),
    row("The ceiling is 12' high.", ("12'", "measure", 12, "foot", None)),
    row("The screen measures 6.1″ across.", ("6.1″", "measure", 6.1, "inch", None)),
    row(
        "Guard Ellis averages 21.4 ppg this season.",
        ("21.4 ppg", "measure", 21.4, "point per game", None),
    ),
    row("The interview lasted 45 minutes.", ("45 minutes", "duration", 45, "minute", None)),
    row("The sprint took 9.8 seconds.", ("9.8 seconds", "duration", 9.8, "second", None)),
    row(
        "Nitrogen boils at minus-320 degrees Fahrenheit.",
        ("minus-320 degrees Fahrenheit", "measure", -320, "degree fahrenheit", None),
    ),
]

# --- rates ---------------------------------------------------------------------------------------

RATES = [
    row(
        "Gold traded at $1,900 per ounce.",
        ("$1,900 per ounce", "money", 1900, "dollar per ounce", "USD"),
    ),
    row(
        "Offices rent for £45 per sq ft.",
        ("£45 per sq ft", "money", 45, "pound sterling per square foot", "GBP"),
    ),
    row(
        "Cannabis sells at $8 per gram there.",
        ("$8 per gram", "money", 8, "dollar per gram", "USD"),
    ),
    row(
        "The mill produces 30,000 tonnes a year.",
        ("30,000 tonnes a year", "measure", 30_000, "tonne per year", None),
    ),
    row(
        "The plant refines 90,000 barrel-a-day of crude.",
        ("90,000 barrel-a-day", "measure", 90_000, "barrel per day", None),
    ),
    row(
        "Prices grew 4 percent a year.",
        ("4 percent a year", "percent", 4, "percentage per year", None),
    ),
    row(
        "Profit was $2.1 billion a year earlier.",
        ("$2.1 billion", "money", 2.1 * B, "dollar", "USD"),
    ),
]

# --- ages ----------------------------------------------------------------------------------------

AGES = [
    row("Her son, who was 7, survived.", ("7", "age", 7, "year", None)),
    row("He turned 65 in March.", ("65", "age", 65, "year", None)),
    row("Life expectancy in the region is about 68.", ("68", "age", 68, "year", None)),
    row("They adopted a 14-month-old boy.", ("14-month-old", "age", 14, "month", None)),
    row("A 3 week old puppy was found.", ("3 week old", "age", 3, "week", None)),
    row(
        "The fossil sits in 300 million-year-old rock.",
        ("300 million-year-old", "age", 300 * M, "year", None),
    ),
    row("She waited 15 days for news.", ("15 days", "duration", 15, "day", None)),
]

# --- counted nouns -----------------------------------------------------------------------------

COUNTS = [
    row(
        "The firm sold 4.2 million phones in 2021, up from 3.1 million in 2020.",
        ("4.2 million", "count", 4.2 * M, "phone", None),
        ("3.1 million", "count", 3.1 * M, "phone", None),
    ),
    row(
        "The lowest bid was 91.5 cents and the highest 97.25.",
        ("91.5 cents", "money", 91.5, "cent", "USD"),
        ("97.25", "money", 97.25, "cent", "USD"),
    ),
    row(
        "Tickets cost 15 or $20.", ("15", "money", 15, ..., "USD"), ("$20", "money", 20, ..., "USD")
    ),
    row("Exports rose fivefold last decade.", ("fivefold", "count", 5, "time", None)),
    row("The shares trade at 12 times earnings.", ("12", "count", 12, "time", None)),
    row("He wrote a 40 page report.", ("40", "count", 40, "page", None)),
    row("The clinic did 300 knee operations.", ("300", "count", 300, "operation", None)),
]

# --- ranges --------------------------------------------------------------------------------------

RANGES = [
    row(
        "Temperatures fell by 2 to 3 degrees Celsius overnight.",
        ("2 to 3 degrees Celsius", "measure", (2, 3), "degree Celsius", None),
    ),
    row(
        "The signal ranges between 20kHz and 40kHz.",
        ("between 20kHz and 40kHz", "measure", (20, 40), "kilohertz", None),
    ),
    row(
        "Weight fell from 95 kilograms to 80.",
        ("95 kilograms to 80", "measure", (80, 95), "kilogram", None),
    ),
    row(
        "The current swept from 2 A/cm2 to 5 A/cm2.",
        ("2 A/cm2 to 5 A/cm2", "measure", (2, 5), "ampere per square centimetre", None),
    ),
    row(
        "Profit grew by $1.2 billion to $8.4 billion.",
        ("$1.2 billion", "money", 1.2 * B, ..., "USD"),
        ("$8.4 billion", "money", 8.4 * B, ..., "USD"),
    ),
]

# --- not quantities ----------------------------------------------------------------------------

NOT_FIGURES = [
    row("The Boeing 787 Dreamliner and the 737 Max were grounded."),
    row("Both the iPhone 14 Pro and 14 Plus sold out."),
    row("She lives at 42 Elm Street, Springfield."),
    row("The villa at 7 Rue Cler was sold."),
    row("The log shows 2021-06-05T14:22:09Z as the start."),
    row("The temple dates from A.D. 700."),
    row("It was built between 1200 and 1100 BC."),
    row("The meeting starts at 1530 GMT."),
    row("The fair runs Oct. 3-7 in the park."),
    row("Phones with 5G are selling well."),
    row("The lab follows ISO 9001 rules."),
    row("Most homes in the 10013 ZIP code sold."),
    row("On the S P 500 tech shares slipped."),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expected"),
    CURRENCIES + SCALES + PHYSICAL + RATES + AGES + COUNTS + RANGES + NOT_FIGURES,
)
def test_units(sentence: str, expected: list[Want]) -> None:
    check(sentence, expected)
