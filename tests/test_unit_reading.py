"""The unit reader (``factsheet.grammar.units.unit_after``): which unit a number is written with.

Each row is a sentence written for this file, the number in it (its first match of ``NUMBER``)
and the unit expected right after it: ``(text as read, unit name, entity)``, or None for no
unit. Rows are grouped by the construction of English they test; each group has rows where the
construction must not apply. No spaCy: the reader works on the text alone.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from factsheet.grammar.units import unit_after

NUMBER = re.compile(
    r"-?\d[\d.,]*\d|-?\d|\b(?:one|two|three|five|ten|minus five|twenty)\b", re.IGNORECASE
)


def row(sentence: str, expected: tuple[str, str, str] | None) -> Any:
    return pytest.param(sentence, expected, id=sentence)


# Temperatures: the scales as written, abbreviated and misspelt; degrees alone are temperatures
# unless the sentence speaks of angles; a diploma is no unit.
TEMPERATURES = [
    row("Highs of 34°C are forecast for Friday.", ("34°C", "degree Celsius", "temperature")),
    row("It reached 34 °C by noon.", ("34 °C", "degree Celsius", "temperature")),
    row(
        "The pool is kept at 28 degrees Celsius.",
        ("28 degrees Celsius", "degree Celsius", "temperature"),
    ),
    row(
        "The pool is kept at 28 degrees celcius.",
        ("28 degrees celcius", "degree Celsius", "temperature"),
    ),
    row(
        "Bake the loaf at 425 degrees F for an hour.",
        ("425 degrees F", "degree fahrenheit", "temperature"),
    ),
    row("The reading was 101 deg. F at dawn.", ("101 deg. F", "degree fahrenheit", "temperature")),
    row("Store it below 8 deg C.", ("8 deg C", "degree Celsius", "temperature")),
    row(
        "The mercury hit 97 farenheit in Phoenix.",
        ("97 farenheit", "degree fahrenheit", "temperature"),
    ),
    row("Night frost fell to 3 centigrade.", ("3 centigrade", "degree Celsius", "temperature")),
    row("A 39C heatwave closed schools.", ("39C", "degree Celsius", "temperature")),
    row("The desert cools to 5 C at night.", ("5 C", "degree Celsius", "temperature")),
    row("It was 30 degrees in the shade.", ("30 degrees", "degree", "temperature")),
    row("Water froze at -4° overnight.", ("-4°", "degree", "temperature")),
    # angles, where the sentence speaks of them
    row("The ramp is tilted 12 degrees.", ("12 degrees", "degree angle", "angle")),
    row("The lens covers a 120 degree field of view.", ("120 degree", "degree angle", "angle")),
    row("The car turned 90° at the junction.", ("90°", "degree angle", "angle")),
    # not a temperature
    row("She holds two degrees from the university.", None),
]

# Units as words and symbols; a space or a hyphen between number and unit; squares and cubes.
SIMPLE = [
    row("The trail climbs 14 km to the hut.", ("14 km", "kilometre", "length")),
    row("The trail climbs 14km to the hut.", ("14km", "kilometre", "length")),
    row("It was a 14-kilometre walk.", ("14-kilometre", "kilometre", "length")),
    row("The parcel weighed 3.5 kg at the counter.", ("3.5 kg", "kilogram", "mass")),
    row("A 750ml bottle costs more.", ("750ml", "millilitre", "volume")),
    row("Add 2 cups of rice.", ("2 cups", "cup", "volume")),
    row("The card stores 256 GB of photos.", ("256 GB", "gigabyte", "data storage")),
    row("The line runs at 900 Mbps.", ("900 Mbps", "megabit per second", "data transfer rate")),
    row("The field covers 40 hectares.", ("40 hectares", "hectare", "area")),
    row("The flat has 650 sq ft of space.", ("650 sq ft", "square foot", "area")),
    row("The park spans 12 square miles.", ("12 square miles", "square mile", "area")),
    row("The lake covers 80 km2 of land.", ("80 km2", "square kilometre", "area")),
    row("The tank holds 30 m³ of water.", ("30 m³", "cubic metre", "volume")),
    row("He weighs 15 stone now.", ("15 stone", "stone", "mass")),
    row("The board is 5 ft long.", ("5 ft", "foot", "length")),
    row("The screen is 6 in. wide.", ("6 in.", "inch", "length")),
    row("The shelf is 30' long.", ("30'", "foot", "length")),
    row("The motor makes 150 HP in all.", ("150 HP", "horsepower", "power")),
    row("The grid ran at 50.1 HZ all day.", ("50.1 HZ", "hertz", "frequency")),
    row("The talk lasted 40 mins in all.", ("40 mins", "minute", "time")),
]

# Rates: "per", "/", "a" or "an" and a unit or a noun a rate is given per.
RATES = [
    row("The train reached 300 km/h on the test.", ("300 km/h", "kilometre per hour", "speed")),
    row("Winds of 90 miles an hour hit the coast.", ("90 miles an hour", "mile per hour", "speed")),
    row("The well gives 40 litres per day.", ("40 litres per day", "litre per day", "volume")),
    row("Each patient gets 2 mg per dose.", ("2 mg per dose", "milligram per dose", "mass")),
    row(
        "The current peaked at 3 A/cm2 in the cell.",
        ("3 A/cm2", "ampere per square centimetre", "current"),
    ),
    row("Sound moves at 343 m/s in air.", ("343 m/s", "metre per second", "speed")),
    row("They walk 8 km a day on average.", ("8 km a day", "kilometre per day", "length")),
    # "a" before a word that is no rate noun starts a new phrase
    row("They walked 8 km a little faster.", ("8 km", "kilometre", "length")),
]

# No invented units: ordinary words are no units, and units are never chained from letters.
NOT_UNITS = [
    row("The starter lasted 7 innings on Sunday.", None),
    row("One Napa winery closed.", None),
    row("They have won five FA Cups in a row.", None),
    row("There were 5 war veterans at the parade.", None),
    row("The set has 3 bars of soap.", None),
    row("The meeting ends at 5 pm sharp.", None),
    row("The team moved to Route 9A last year.", None),
    row("Three quarters of voters agreed.", None),
    row("The band played 20 Days of Summer.", None),
    row("Take 2 drops a day.", None),
]


@pytest.mark.parametrize(("sentence", "expected"), TEMPERATURES + SIMPLE + RATES + NOT_UNITS)
def test_unit_after(sentence: str, expected: tuple[str, str, str] | None) -> None:
    number = NUMBER.search(sentence)
    assert number is not None
    reading = unit_after(sentence, number.start(), number.end())
    if expected is None:
        assert reading is None, reading
        return
    assert reading is not None
    assert (sentence[number.start() : reading.end], reading.name, reading.entity) == expected
