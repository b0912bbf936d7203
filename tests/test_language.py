"""The constructions of English the extractor reads (issue 12, "the language that is missing").

Each row is a sentence written for this file and the scored figures ``factsheet.extract`` must
return for it, in order, as ``(surface, kind, value, unit)``: ``value`` is a number or a
``(low, high)`` pair; ``unit`` is checked only where it is not ``...``. Dates, times and
ordinals are left out, as the scorer leaves them out. Each group names the construction and
ends with rows where it must not apply. All sentences are our own.
"""

from __future__ import annotations

from typing import Any

import pytest

import factsheet
from factsheet.models import Figure

Want = tuple[str, str, Any, Any]


def row(sentence: str, *expected: Want) -> Any:
    return pytest.param(sentence, list(expected), id=sentence)


def check(sentence: str, expected: list[Want]) -> None:
    found = [f for f in factsheet.extract(sentence) if f.kind not in ("date", "time", "ordinal")]
    shown = [(f.surface, f.kind, f.value, f.low, f.high, f.unit) for f in found]
    assert len(found) == len(expected), shown
    for fig, (surface, kind, value, unit) in zip(found, expected, strict=True):
        assert fig.surface == surface, shown
        if kind is not ...:
            assert fig.kind == kind, shown
        _check_value(fig, value, shown)
        if unit is not ...:
            assert fig.unit == unit, shown


def _check_value(fig: Figure, value: Any, shown: object) -> None:
    if isinstance(value, tuple):  # a range, or a score's smaller and larger tally
        assert fig.value is None, shown
        assert (fig.low, fig.high) == pytest.approx(value), shown
    else:
        assert fig.value == pytest.approx(value), shown


# Temperatures: scales written out, abbreviated, misspelt; minus and below zero.
TEMPERATURES = [
    # a weather report's bare number with its scale after it
    row("Highs will reach the mid-30s Celsius.", ("30", "measure", 30, "degree Celsius")),
    row("Highs in the 70s are likely.", ("70", "measure", 70, "degree")),
    row("Inland it will reach 31°C on Sunday.", ("31°C", "measure", 31, "degree Celsius")),
    row(
        "The thermostat was set to 68 degrees Fahrenheit.",
        ("68 degrees Fahrenheit", "measure", 68, "degree fahrenheit"),
    ),
    row("The tea is served at 85 deg C.", ("85 deg C", "measure", 85, "degree Celsius")),
    row(
        "It fell to minus 12 degrees celcius overnight.",
        ("minus 12 degrees celcius", "measure", -12, "degree Celsius"),
    ),
    row("The gauge read -7°F at the summit.", ("-7°F", "measure", -7, "degree fahrenheit")),
    row("It was 28 degrees by lunchtime.", ("28 degrees", "measure", 28, "degree")),
    row("The crane swung 45 degrees to the left.", ("45 degrees", "measure", 45, "degree angle")),
    # diplomas are counted, not a temperature
    row("He earned two degrees at the college.", ("two", "count", 2, "degree")),
    # the scale's letter in lower case after a degree, as lower-cased text writes it
    row("temperatures hit 40°c today.", ("40°c", "measure", 40, "degree Celsius")),
    row("set it to 6 deg c please", ("6 deg c", "measure", 6, "degree Celsius")),
    row("the water was 90 °f at noon", ("90 °f", "measure", 90, "degree fahrenheit")),
    row("He turned 90 degrees for the shot.", ("90 degrees", "measure", 90, "degree angle")),
    # a weather report's bare numbers after a temperature noun are degrees on an unnamed scale
    row("Highs will be in the upper 80s on Friday.", ("80", "measure", 80, "degree")),
    row("Overnight lows dipped to minus 30.", ("minus 30", "measure", -30, "degree")),
    row(
        "Sunday's high will be near 60, with lows around 42.",
        ("60", "measure", 60, "degree"),
        ("42", "measure", 42, "degree"),
    ),
    row("The mercury topped 104 on Monday.", ("104", "measure", 104, "degree")),
    row("Lows of -3 to -6 are forecast.", ("-3 to -6", "measure", (-6, -3), "degree")),
    # not where the number counts, is a year, or the high is a price's
    row("Temperatures were taken at 12 schools.", ("12", "count", 12, "school")),
    row("Shares hit a high of 34 on Tuesday.", ("34", "number", 34, None)),
    row("The heat wave killed 30 people.", ("30", "count", 30, "people")),
]

# Fractions and mixed numbers: with a slash, as Unicode fractions, in words.
FRACTIONS = [
    # a fraction word that is also an ordinal, after "a" and before its unit, ranks it
    row("Markets fell for a third day."),
    row("He topped the chart for a fifth week."),
    row("The trip took a third of a day.", ("a third of a day", "duration", 1 / 3, "day")),
    row("They waited a quarter hour.", ("a quarter hour", "duration", 0.25, "hour")),
    # a fraction word hyphened to a unit is one measure; not to other nouns
    row("They built a quarter-mile track.", ("a quarter-mile", "measure", 0.25, "mile")),
    row("Pour in a quarter-litre of stock.", ("a quarter-litre", "measure", 0.25, "litre")),
    row("Drill a three-quarter-inch hole.", ("three-quarter-inch", "measure", 0.75, "inch")),
    row("She reached the quarter-finals."),
    row("They hired a third-party auditor."),
    # hundredths and thousandths; a fraction of a percentage point is a share
    row(
        "He lost by a hundredth of a second.",
        ("a hundredth of a second", "duration", 0.01, "second"),
    ),
    row(
        "The bank cut rates by a quarter of a percentage point.",
        ("a quarter of a percentage point", "percent", 0.25, "percentage point"),
    ),
    row("Rates rose a quarter point.", ("a quarter point", "count", 0.25, "point")),
    row("Stir in 3/4 cup of stock.", ("3/4 cup", "measure", 0.75, "cup")),
    row("The rate was cut to 5 1/4%.", ("5 1/4%", "percent", 5.25, "percentage")),
    row("The note traded at 98 1/2 on Friday.", ("98 1/2", "number", 98.5, None)),
    row("The job took 2-1/2 years.", ("2-1/2 years", "duration", 2.5, "year")),
    row("Whisk in ½ cup of cream.", ("½ cup", "measure", 0.5, "cup")),
    row("The trail is 3¼ miles long.", ("3¼ miles", "measure", 3.25, "mile")),
    row("Sales rose by two-thirds.", ("two-thirds", "number", 2 / 3, None)),
    # "one of B" is one of them, not a share
    row(
        "She is one of three candidates.",
        ("one", "count", 1, "candidate"),
        ("three", "count", 3, "candidate"),
    ),
    # a slashed pair that is no fraction
    row("The shop is open 24/7 now."),
    # a range of sums, the currency written at both ends: the dash joins, it is no minus
    row("Tickets cost $10-$20 each.", ("$10-$20", "money", (10, 20), "dollar")),
    row("Fees run €5-€8 a day.", ("€5-€8 a day", "money", (5, 8), "euro per day")),
    row("Net income was -$5m.", ("-$5m", "money", -5e6, "dollar")),
    row("The fund lost -$20 million.", ("-$20 million", "money", -20e6, "dollar")),
    # "N below zero": a temperature below zero on a scale the text does not name
    row("It was 10 below zero overnight.", ("10 below zero", "measure", -10, "degree")),
    row("Wind chills hit 30 below zero.", ("30 below zero", "measure", -30, "degree")),
    row("Lows hit 5 below the average.", ("5", "measure", 5, "degree")),
    row("Scores came in 5 below the average.", ("5", "number", 5, None)),
    # "a UNIT and a half": one and a half of the unit
    row("The hearing lasted an hour and a half.", ("an hour and a half", "duration", 1.5, "hour")),
    row("She ran a mile and a half.", ("a mile and a half", "measure", 1.5, "mile")),
    row("One day and a half went by.", ("One day and a half", "duration", 1.5, "day")),
    row("He ate an apple and a half."),
    # "half-" joined to a unit is half of it; joined to another word, or to "year", no figure
    row("He walked a half-mile to school.", ("half-mile", "measure", 0.5, "mile")),
    row("The show is a half-hour long.", ("half-hour", "duration", 0.5, "hour")),
    row("His half-brother came too."),
    row("Half-year profit rose 5%.", ("5%", "percent", 5, "percentage")),
    # a measure written in two units of one dimension is one figure, in the smaller unit
    row("The suspect is 6 feet 2 inches tall.", ("6 feet 2 inches", "measure", 74, "inch")),
    row("Police sought a 5-foot-10 man.", ("5-foot-10", "measure", 70, "inch")),
    row("The baby weighed 7 pounds 4 ounces.", ("7 pounds 4 ounces", "measure", 116, "ounce")),
    row("The fare rose to $20 and 43 cents.", ("$20 and 43 cents", "money", 20.43, "dollar")),
    row("It cost £3 and 50p.", ("£3 and 50p", "money", 3.5, "pound sterling")),
    # two figures: the smaller part is no part when it reaches one of the larger, and spans
    # of time are the parts of a list
    row(
        "The wall is 6 feet, 14 inches more than the fence.",
        ("6 feet", "measure", 6, "foot"),
        ("14 inches", "measure", 14, "inch"),
    ),
    row(
        "He served 3 years, 2 months.",
        ("3 years", "duration", 3, "year"),
        ("2 months", "duration", 2, "month"),
    ),
    # a decimal spoken in words
    row(
        "Growth was two point five percent.",
        ("two point five percent", "percent", 2.5, "percentage"),
    ),
    row(
        "He made one point two million dollars.",
        ("one point two million dollars", "money", 1.2e6, "dollar"),
    ),
    row(
        "Rates are three point oh four percent.",
        ("three point oh four percent", "percent", 3.04, "percentage"),
    ),
    row(
        "They won by one point two weeks ago.",
        ("one", "count", 1, "point"),
        ("two weeks", "duration", 2, "week"),
    ),
    # "a UNIT or two": from one of the unit to a few
    row("Set aside an hour or two each week.", ("an hour or two", "duration", (1, 2), "hour")),
    row("The talks may take a year or two.", ("a year or two", "duration", (1, 2), "year")),
    row("Add a cup or two of stock.", ("a cup or two", "measure", (1, 2), "cup")),
    row("They stayed a week or three.", ("a week or three", "duration", (1, 3), "week")),
    row("A guard or two stood by.", ("two", "number", 2, None)),
    # basis points are a share in points of their own, spaced, abbreviated or hyphenated
    row(
        "The bank raised rates by 25 basis points.",
        ("25 basis points", "percent", 25, "basis point"),
    ),
    row("The spread widened 10 bp.", ("10 bp", "percent", 10, "basis point")),
    row("It made a 50-basis-point cut.", ("50-basis-point", "percent", 50, "basis point")),
    row("It was a 5-percent rise.", ("5-percent", "percent", 5, "percentage")),
    row("The link runs at 50 Mbps.", ("50 Mbps", "measure", 50, "megabit per second")),
    # "half a" before a unit is half of it; before another noun it is no figure
    row("The walk took half an hour.", ("half an hour", "duration", 0.5, "hour")),
    row("The jug holds half a gallon.", ("half a gallon", "measure", 0.5, "gallon")),
    row("Half an inch of snow fell.", ("Half an inch", "measure", 0.5, "inch")),
    row("They never had half a chance."),
    row("Half a million people voted.", ("Half a million", "count", 500_000, "people")),
    # a fraction before "point" (of a rate, an index) measures in points
    row("The bank cut rates by a quarter point.", ("a quarter point", "count", 0.25, "point")),
    row("The index slipped half a point.", ("half a point", "count", 0.5, "point")),
    row(
        "Yields rose three-quarters of a point.",
        ("three-quarters of a point", "count", 0.75, "point"),
    ),
    row("A third of the points came late.", ("A third", "number", 1 / 3, None)),
    # a fraction of one unit
    row(
        "The school is a quarter of a mile away.", ("a quarter of a mile", "measure", 0.25, "mile")
    ),
    row("Rain left a tenth of an inch.", ("a tenth of an inch", "measure", 0.1, "inch")),
    row("A third of a survey group agreed.", ("A third", "number", 1 / 3, None)),
    # fractions of any size make a sentence worth reading
    row("A fifth of homes lack heat.", ("A fifth", "number", 0.2, None)),
    row("The shares lost a tenth in value.", ("a tenth", "number", 0.1, None)),
    # a fraction word that is also an ordinal, before the noun it ranks
    row("Doctors found a third case in the town."),
    row("The mayor is seeking a fourth term."),
    row("It was a fifth straight defeat for the club."),
    row("A third of the staff work from home.", ("A third", "number", 1 / 3, None)),
    row("Costs rose by a third more than planned.", ("a third", "number", 1 / 3, None)),
    row("A quarter mile of road was shut.", ("A quarter mile", "measure", 0.25, "mile")),
    # a fraction before "point", hyphenated or not, is that part of a point
    row("The Fed made a half-point cut.", ("half-point", "count", 0.5, "point")),
    row("The bank made a quarter-point cut.", ("a quarter-point", "count", 0.25, "point")),
    row("Half the points were lost.", ("Half", "number", 0.5, None)),
    # "and a half" inside a scaled number in words: its "a" does not part it from its noun
    row(
        "Two and a half million people voted.",
        ("Two and a half million", "count", 2.5e6, "people"),
    ),
    row("Police counted 4 the next morning.", ("4", "number", 4, None)),
    # a share of a group named by a collective noun of people; not of a mass
    row("Half the staff quit on Monday.", ("Half", "number", 0.5, None)),
    row("Nearly half the workforce is remote.", ("half", "number", 0.5, None)),
    row("Half the revenue came from ads."),
    # "A in B" and "A out of B" are one share, in words or in digits
    row("Only 1 in 10 applicants is accepted.", ("1 in 10", "number", 0.1, None)),
    row("Nine out of 10 doctors agree.", ("Nine out of 10", "number", 0.9, None)),
    row("Nearly one in four adults smoke.", ("one in four", "number", 0.25, None)),
    row(
        "He scored 2 in 10 minutes.",
        ("2", "number", 2, None),
        ("10 minutes", "duration", 10, "minute"),
    ),
]

# Hyphenated compounds: a number word before the noun it counts, an age, a price per share.
COMPOUNDS = [
    row("He drives a six-cylinder saloon.", ("six", "count", 6, "cylinder")),
    row("They sold the three-bedroom house.", ("three", "count", 3, "bedroom")),
    row("Their nine-month-old daughter was unhurt.", ("nine-month-old", "age", 9, "month")),
    row(
        "The board approved a 15-cent-a-share dividend.",
        ("15-cent-a-share", "money", 15, "cent per share"),
    ),
    # idioms and time spans that only describe a noun
    row("They met one-on-one after the vote."),
    row("It was a one-off payment."),
    row("She signed a three-year contract."),
]

# A number the parse hangs on a singular noun joined to a plural one counts the plural.
CONJUNCTS = [
    # a capitalised plural the tagger reads as a singular name is counted after its number
    row(
        "She has won 2 Baftas and 3 Grammys.",
        ("2", "count", 2, ...),
        ("3", "count", 3, "Grammys"),
    ),
    row("The show won four Emmys.", ("four", "count", 4, ...)),
    row("They met at 5 Boss Lane."),
    row("We heard four security and foreign policy officials.", ("four", "count", 4, "official")),
    row("The firm hired four national security experts.", ("four", "count", 4, "expert")),
    row(
        "They sold one house and two cars.",
        ("one", "count", 1, "house"),
        ("two", "count", 2, "car"),
    ),
]

# Ages: "years old", "years of age", "aged", "yo", listed ages.
AGES = [
    row("The driver was 58 years of age.", ("58 years of age", "age", 58, "year")),
    row("A 19 yo student was hurt.", ("19 yo", "age", 19, "year")),
    row(
        "The brothers, aged 8 and 11, were rescued.",
        ("8", "age", 8, "year"),
        ("11", "age", 11, "year"),
    ),
    row("Officers found a 41-yr-old man.", ("41-yr-old", "age", 41, "year")),
    # a fraction of a year written out before "old"
    row("The twins are 3 and a half years old.", ("3 and a half years old", "age", 3.5, "year")),
    row(
        "Our foal was one and a half months old.",
        ("one and a half months old", "age", 1.5, "month"),
    ),
    row("A 2.5-year-old girl was found safe.", ("2.5-year-old", "age", 2.5, "year")),
    row("The lease runs two and a half years.", ("two and a half years", "duration", 2.5, "year")),
    row("He spent two-and-a-half years abroad.", ("two-and-a-half years", "duration", 2.5, "year")),
    row("The one-and-done rule ended."),
    row("She won by five-and-a-half points.", ("five-and-a-half", "count", 5.5, "point")),
    # "is"/"was" and a bare number after a person
    row("The cyclist was 27.", ("27", "age", 27, "year")),
    row("Mr Vance is 70 and still works.", ("70", "age", 70, "year")),
    row("The index was 27.", ("27", "number", 27, None)),
    row("Pensions start at age 59 and a half.", ("59 and a half", "age", 59.5, "year")),
    row("The pupils, aged 7.5 on average, sat the test.", ("7.5", "age", 7.5, "year")),
    # "turns N" with a time after it, and "At N," opening a clause about a person
    row("She turns 18 next month.", ("18", "age", 18, "year")),
    row("At 93, she still swims daily.", ("93", "age", 93, "year")),
    row("At 30, Rivera is the youngest mayor.", ("30", "age", 30, "year")),
    row("He joined and at 17, he made his debut.", ("17", "age", 17, "year")),
    row("At 40, the index looks cheap.", ("40", "number", 40, None)),
    row("At 12, Smith, Jones and Lee were tied.", ("12", "number", 12, None)),
    # "At N" with a pronoun and no comma, above the hours of a clock
    row("At 19 he moved to Lisbon.", ("19", "age", 19, "year")),
    row("At 26 they bought a farm.", ("26", "age", 26, "year")),
    row("At 6 we left the hotel.", ("6", "number", 6, None)),
    # a life event's "at N": "died at 67", "retired at 60"
    row("The poet died at 88.", ("88", "age", 88, "year")),
    row("She retired at 60 and moved abroad.", ("60", "age", 60, "year")),
    row("My parents married at 19, in a small chapel.", ("19", "age", 19, "year")),
    row("He died peacefully at 91.", ("91", "age", 91, "year")),
    row("He died at 67 Elm Road."),  # an address
    # a limit of age on people: "children under 12", "anyone over 18"
    row("Children under 12 ride free.", ("12", "age", 12, "year")),
    row("Anyone over 18 can vote.", ("18", "age", 18, "year")),
    row("Tickets for those younger than 16 are cheaper.", ("16", "age", 16, "year")),
    row("Kids under five eat free on Sundays.", ("five", "age", 5, "year")),
    row("The firm has over 40 shops.", ("40", "count", 40, "shop")),
    row("Children under 12 months need a cot.", ("12 months", "duration", 12, "month")),
    # a band of age named by its limit: "the over-65s"
    row("The over-65s were the keenest voters.", ("65", "age", 65, "year")),
    row("He captained the under-21 side.", ("21", "age", 21, "year")),
    # plural nouns of an age group: "24-year-olds", "five-year-olds"; a suspended first end
    row("The poll covered 18- to 29-year-olds.", ("18- to 29-year-olds", "age", (18, 29), "year")),
    row("Six-year-olds start school then.", ("Six-year-olds", "age", 6, "year")),
    row("Expect 8- to 10-foot swells.", ("8- to 10-foot", "measure", (8, 10), "foot")),
    row("Shifts run 2- to 3-hour stretches.", ("2- to 3-hour", "duration", (2, 3), "hour")),
    row(
        "It has a 6- or 7-inch screen.",
        ("6", "measure", 6, "inch"),
        ("7-inch", "measure", 7, "inch"),
    ),
    row(
        "Seven- or eight-year-olds play here.",
        ("Seven", "age", 7, "year"),
        ("eight-year-olds", "age", 8, "year"),
    ),
    # an age after its noun and a linking word; a single person's "of N"; "was just 3"
    row("The median age is 38.", ("38", "age", 38, "year")),
    row("Ages ranged from 19 to 64.", ("19 to 64", "age", (19, 64), "year")),
    row("Children between the ages of 4 and 9 came.", ("4 and 9", "age", (4, 9), "year")),
    row(
        "Fish live between the depths of 20 and 40 metres.",
        ("20 and 40 metres", "measure", (20, 40), "metre"),
    ),
    row("A woman of 72 was hurt.", ("72", "age", 72, "year")),
    row("A team of 50 was sent.", ("50", "number", 50, None)),
    row("The age gap is 10 years.", ("10 years", "duration", 10, "year")),
    row("The youngest victim was just 3.", ("3", "age", 3, "year")),
    row("He was only 6 when he left.", ("6", "age", 6, "year")),
    row("The index was just 3.", ("3", "number", 3, None)),
    # an age set off by commas after a person, with "at" or an adverb of time before it
    row("The eldest rider, at 79, won a medal.", ("79", "age", 79, "year")),
    row("Mwangi, at 31, leads the team.", ("31", "age", 31, "year")),
    row("Her nephew, now twelve, lives in Leeds.", ("twelve", "age", 12, "year")),
    row("The pianist, then 19, moved to Vienna.", ("19", "age", 19, "year")),
    row("Unemployment, at 5, is low.", ("5", "number", 5, None)),
    row("The stock, now 40, has doubled.", ("40", "number", 40, None)),
    row("The couple, both 71, were rescued.", ("71", "age", 71, "year")),
    row("The shares, both 68, fell.", ("68", "number", 68, None)),
    # a superlative person's "at N"; "making him N"; the age of someone "is N"; an approximator
    # after "aged"; a decade of life in words
    row("She became the youngest senator at 30.", ("30", "age", 30, "year")),
    row("He was the oldest player ever at 45.", ("45", "age", 45, "year")),
    row("It is the oldest club at 140.", ("140", "number", 140, None)),
    row("He was born in 1961, making him 63.", ("63", "age", 63, "year")),
    row("That made it 74.", ("74", "number", 74, None)),
    row("The average age of a nurse is 44.", ("44", "age", 44, "year")),
    row("The pages of the report are 40.", ("40", "count", 40, "page")),
    row("Police found a man aged about 50.", ("50", "age", 50, "year")),
    row("The driver is in his early thirties.", ("thirties", "age", 30, "year")),
    row("Most of the victims were in their twenties.", ("twenties", "age", 20, "year")),
    row("Highs in the nineties are likely."),
    # an age in words completing "he was", "she is", nothing counted after it
    row("She was seven when the war began.", ("seven", "age", 7, "year")),
    row("They moved when he was three.", ("three", "age", 3, "year")),
    row("He was one of the first."),  # "one" a pronoun
    row("He was four shots back.", ("four", "count", 4, "shot")),
    # a span of years is no age
    row("He served 58 years in the navy.", ("58 years", "duration", 58, "year")),
]

# The unit of a count is the singular of its noun, where spaCy's lemmatizer errs too.
COUNTED_PLURALS = [
    # a rate written after the counted noun: "per game", "a day"; not "a month ago"
    row("He averages 25 points per game.", ("25", "count", 25, "point per game")),
    row("The clinic sees 40 patients a day.", ("40", "count", 40, "patient per day")),
    row(
        "The site gets 2 million visitors a month.",
        ("2 million", "count", 2e6, "visitor per month"),
    ),
    row(
        "It has 300 people per square kilometre.",
        ("300", "count", 300, "people per square kilometre"),
    ),
    row("The firm hired 40 workers a month ago.", ("40", "count", 40, "worker")),
    row("Each patient got two doses.", ("two", "count", 2, "dose")),
    row("The firm owes 3 taxes.", ("3", "count", 3, "tax")),
    row("The army has 40 bases.", ("40", "count", 40, "base")),
    row("They found 12 species.", ("12", "count", 12, "species")),
    row("They saw 3 buses.", ("3", "count", 3, "bus")),
]

# How many digits an amount has, said of an amount not given, is no figure.
DIGITS_OF = [
    row("He never earned a six-figure salary."),
    row("She signed a seven-figure deal with the label."),
    row("The report has five figures in it.", ("five", "count", 5, "figure")),
    # the same after a verb of earning or paying
    row("She earns six figures."),
    row("The vase fetched a low seven figures."),
    row("Pay reached high six figures."),
    row("The study shows six figures.", ("six", "count", 6, "figure")),
]

# The currency written twice, or a nation's dollar named after "$".
CURRENCY_TWICE = [
    row(
        "He owes $7.9 million dollars in back pay.",
        ("$7.9 million dollars", "money", 7.9e6, "dollar"),
    ),
    row(
        "He paid $20 Canadian dollars for it.",
        ("$20 Canadian dollars", "money", 20, "canadian dollar"),
    ),
    row(
        "The fee was $30 and 40 euros.",
        ("$30", "money", 30, "dollar"),
        ("40 euros", "money", 40, "euro"),
    ),
]

# Unit abbreviations news writes in lower case or shortened.
SPELLINGS = [
    # the sides of a plan with the unit's symbol written once, after the second
    row(
        "The room is 10 x 12 ft.",
        ("10", "measure", 10, "foot"),
        ("12 ft", "measure", 12, "foot"),
    ),
    row(
        "It measures 30 x 40 cm.",
        ("30", "measure", 30, "centimetre"),
        ("40 cm", "measure", 40, "centimetre"),
    ),
    row("They stacked 10 x 12 boxes.", ("10", "count", 10, "box"), ("12", "count", 12, "box")),
    # a capital letter and "s" is the plural of a letter, never a unit symbol
    row("He has 6 Ws and 2 Ls this year.", ("6", "number", 6, None), ("2", "number", 2, None)),
    row("They teach the 3 Gs of safety.", ("3", "number", 3, None)),
    row("The kettle draws 3 kW.", ("3 kW", "measure", 3, "kilowatt")),
    # a weight in stones: "st" after a number that "st" makes no ordinal of
    row("He weighs 14st.", ("14st", "measure", 14, "stone")),
    row("The jockey rides at 8st 6lb.", ("8st 6lb", "measure", 118, "pound-mass")),
    row("She lost 2 st in a year.", ("2 st", "measure", 2, "stone")),
    row("She came 31st in the race."),  # an ordinal
    row("It uses a 4in pipe.", ("4in", "measure", 4, "inch")),
    row("He is 6ft 4in tall.", ("6ft 4in", "measure", 76, "inch")),
    row("Sales rose 4 in 2019.", ("4", "count", 4, "sale")),
    row("The ship sailed at 20 kts.", ("20 kts", "measure", 20, "knot")),
    row("Broadband speeds reach 100 mbps.", ("100 mbps", "measure", 100, "megabit per second")),
    row("The photo is 300 KB in size.", ("300 KB", "measure", 300, "kilobyte")),
    row("Fill it with 5 gals of water.", ("5 gals", "measure", 5, "gallon")),
    row("The 5 GALS team won.", ("5", ..., 5, ...)),
]

# A whole shared in two parts of a hundred is a proportion, not two figures of what follows;
# a time signature is how music is counted.
SPLITS = [
    row("The band chose a 6/8 feel for the chorus."),
    row("The dance is in 3/4 time."),
    row("Only 3/4 of the seats were sold.", ("3/4", ..., 0.75, ...)),
    row("A near-50:50 weight distribution helps."),
    row("They agreed a 70/30 split of the profits."),
    row("It is a 50-50 joint venture."),
    row("The board voted 60:40 in favour.", ("60:40", "score", (40, 60), None)),
    row("The shelter holds 40-60 beds.", ("40-60", "count", (40, 60), "bed")),
]

# Days of a month written as a run before it: one date, from the first day.
DAY_RUNS = [
    row("The fair takes place 18-24 November."),
    row("It runs from 3 to 7 June."),
    row("They met on 10 and 11 May."),
    row("Sales fell 12% on 3 May.", ("12%", "percent", 12, "percentage")),
]

# A reading on a scale named beside a bare number is a measure on that scale, not a count.
READINGS = [
    row("The magnitude 6.2 quake shook the city.", ("6.2", "measure", 6.2, "magnitude")),
    row("A 7.1-magnitude earthquake struck at dawn.", ("7.1", "measure", 7.1, "magnitude")),
    row("The tremor measured 5.4 on the Richter scale.", ("5.4", "measure", 5.4, "magnitude")),
    row("The magnitude of 30 losses shocked fans.", ("30", "count", 30, "loss")),
    row("Prices rose by two orders of magnitude.", ("two", ..., 2, ...)),
]

# A clock to the second: a time of day, or after a word of racing an elapsed time in seconds.
CLOCKS = [
    row("She finished the marathon in 2:21:07.", ("2:21:07", "duration", 8467, "second")),
    row("He clocked 1:02:44 over the half.", ("1:02:44", "duration", 3764, "second")),
    row("The alarm sounded at 10:32:15 on Tuesday."),  # a time of day: not scored
    row("The blast came at 14:05:09 GMT."),
]

# Scores and records: one figure, never a range or a count.
SCORES = [
    # a score after a label noun, in a sentence of sport: "lead the series 2-1"; a run of labels
    # ("pages 10-12") and three tallies with no word of sport ("a 4-4-2 formation") are none
    row("Boston lead the series 3-1.", ("3-1", "score", (1, 3), None)),
    row("The tie stands at 1-1 after the first leg.", ("1-1", "score", (1, 1), None)),
    row("See pages 10-12 of the report."),
    row("The coach chose a 4-4-2 formation."),
    row("They are 9-6-1 this season.", ("9-6-1", "score", (6, 9), None)),
    # a tally of three digits on each side, near a word of voting: not a model's "737-800"
    row("The bill passed 218-214.", ("218-214", "score", (214, 218), None)),
    row("Delegates voted 301-296 for the change.", ("301-296", "score", (296, 301), None)),
    row("The airline flies a 737-800 there."),
    # "in their 30s" is an age; "in their 50 overs" counts overs
    row("They batted well in their 50 overs.", ("50", "count", 50, "over")),
    row("The Sharks won 4-2 on the road.", ("4-2", "score", (2, 4), None)),
    row("The hosts beat the visitors 101-94.", ("101-94", "score", (94, 101), None)),
    row("The club ended the season with a 10-5-3 record.", ("10-5-3", "score", (5, 10), None)),
    # made of tried, as sport writes it: one tally
    row("He went 7-for-12 from the floor.", ("7-for-12", "score", (7, 12), None)),
    row("She was 20-of-24 passing.", ("20-of-24", "score", (20, 24), None)),
    row("Turnout was 3 of 5 voters.", ("3", "count", 3, "voter"), ("5", "count", 5, "voter")),
    # "A or B" of two close whole numbers is a rough range; money keeps its two amounts
    row("The repair takes two or three weeks.", ("two or three weeks", "duration", (2, 3), "week")),
    row("We counted 8 or 9 boats.", ("8 or 9", "count", (8, 9), "boat")),
    row("The wall is 4 or 5 metres high.", ("4 or 5 metres", "measure", (4, 5), "metre")),
    row("The menu costs 30 or $45.", ("30", "money", 30, "dollar"), ("$45", "money", 45, "dollar")),
    row("He picked 2 or 40 apples.", ("2", "count", 2, "apple"), ("40", "count", 40, "apple")),
    # a hyphen between two numbers with no word of sport is a range
    row("The shelter holds 40-60 beds.", ("40-60", "count", (40, 60), "bed")),
    # unless the larger comes first: a range runs upwards, so that is a tally
    row("The Owls rolled past the Rams, 45-17, on Friday.", ("45-17", "score", (17, 45), None)),
    row(
        "Two late goals gave them a 3-1 cushion.",
        ("Two", ..., 2, ...),
        ("3-1", "score", (1, 3), None),
    ),
    row("They led 38-10 at the break.", ("38-10", "score", (10, 38), None)),
    # "N to M" near a word of voting, the larger first, is a tally too
    row("The bill passed by a vote of 217 to 213.", ("217 to 213", "score", (213, 217), None)),
    row("The board voted seven to two.", ("seven to two", "score", (2, 7), None)),
    row("Between 20 to 30 votes were spoiled.", ("20 to 30", "count", (20, 30), "vote")),
    row("Read section 12-3 first."),  # a label: "section 12-3" is one name
]

# Rates for money and units, and multipliers.
RATES = [
    # "per" before any noun makes a rate of money; not "per cent" nor "per the contract"
    row(
        "Fines reach $40,000 per violation.",
        ("$40,000 per violation", "money", 40000, "dollar per violation"),
    ),
    row("Campaigns spent $9 per vote.", ("$9 per vote", "money", 9, "dollar per vote")),
    row("It costs $20 per the contract.", ("$20", "money", 20, "dollar")),
    row("Bags cost $30 per extra bag.", ("$30", "money", 30, "dollar")),
    # a price per serving or container: "a pint", "a glass", "a cup", "a slice"
    row("Beer costs £3.80 a pint.", ("£3.80 a pint", "money", 3.8, "pound sterling per pint")),
    row("Pizza is $3 a slice.", ("$3 a slice", "money", 3, "dollar per slice")),
    row("Tea is $2 a cup here.", ("$2 a cup", "money", 2, "dollar per cup")),
    row("We paid $5 for a cup of tea.", ("$5", "money", 5, "dollar")),
    row("Apples sold at 90 cents a dozen.", ("90 cents a dozen", "money", 90, "cent per dozen")),
    row("Copper fetched $9,100 a tonne.", ("$9,100 a tonne", "money", 9100, "dollar per tonne")),
    row("Nurses earn $41 per hour there.", ("$41 per hour", "money", 41, "dollar per hour")),
    row("Premium is $4.99/mo.", ("$4.99/mo", "money", 4.99, "dollar per month")),
    row("Dues are $30 a yr.", ("$30 a yr", "money", 30, "dollar per year")),
    row(
        "The pump moves 300 litres a minute.",
        ("300 litres a minute", "measure", 300, "litre per minute"),
    ),
    row("Traffic was 40 times heavier than usual.", ("40", "count", 40, "time")),
    row("The drum turns 1,200 times a minute.", ("1,200", "count", 1200, "time per minute")),
    # a range of multiples, the sign written once or twice
    row("A scheme 1-2x as cheap is rare.", ("1-2x", "count", (1, 2), "time")),
    row("Shares trade at 10x to 15x earnings.", ("10x to 15x", "count", (10, 15), "time")),
    row(
        "It costs between ~3x and ~12x as much.", ("between ~3x and ~12x", "count", (3, 12), "time")
    ),
    row(
        "Sales rose fourfold to $2 billion.",
        ("fourfold", "count", 4, "time"),
        ("$2 billion", "money", 2e9, "dollar"),
    ),
    # how often, not a rate
    row("The desk is staffed 7 days a week.", ("7 days", "duration", 7, "day")),
]

# "plus or minus" gives a margin either way: no minus sign.
MARGINS = [
    row(
        "The margin is plus or minus 3 percentage points.",
        ("3 percentage points", "percent", 3, "percentage point"),
    ),
    row("It is plus or minus three points.", ("three", ..., 3, ...)),
    row("Lows hit minus 5 degrees.", ("minus 5 degrees", "measure", -5, "degree")),
]

# A hyphen right after a percent sign joins two shares; it is no minus sign.
PERCENT_PAIRS = [
    # percentage points abbreviated: "ppts", "pct pts", "percentage pts"
    row("Support fell 3 ppts.", ("3 ppts", "percent", 3, "percentage point")),
    row("The gap widened 4.5 pct pts.", ("4.5 pct pts", "percent", 4.5, "percentage point")),
    row(
        "The lead is 2.5 percentage pts.",
        ("2.5 percentage pts", "percent", 2.5, "percentage point"),
    ),
    row("He scored 12 pts.", ("12", "count", 12, "point")),
    row(
        "The split was 55%-45%.",
        ("55%", "percent", 55, "percentage"),
        ("45%", "percent", 45, "percentage"),
    ),
    row("Rates of 4%-6% are likely.", ("4%-6%", "percent", (4, 6), "percentage")),
    row("The fund lost -3% in May.", ("-3%", "percent", -3, "percentage")),
]

# "A to B" after a verb of change: the change and the level it reached, the level well above
# the change; a range where the two are close ("may rise $10 to $15") or after "from".
CHANGE_THEN_LEVEL = [
    # "by" between the verb of change and its amount
    row(
        "Jobless claims dipped by 6,000 to 215,000.",
        ("6,000", "number", 6000, None),
        ("215,000", "number", 215000, None),
    ),
    row(
        "The flock grew by 40 to 1,300.",
        ("40", "number", 40, None),
        ("1,300", "number", 1300, None),
    ),
    row("Fares may rise by 10 to 15 cents.", ("10 to 15 cents", "money", (10, 15), "cent")),
    row("Shares fell $2 to $40.", ("$2", "money", 2, "dollar"), ("$40", "money", 40, "dollar")),
    row(
        "Its debt swelled $3 billion to $20 billion.",
        ("$3 billion", "money", 3e9, "dollar"),
        ("$20 billion", "money", 2e10, "dollar"),
    ),
    row(
        "Inflation eased 0.3% to 2.9%.",
        ("0.3%", "percent", 0.3, "percentage"),
        ("2.9%", "percent", 2.9, "percentage"),
    ),
    row(
        "The stock was up 5 cents to $3.10.",
        ("5 cents", "money", 5, "cent"),
        ("$3.10", "money", 3.1, ...),
    ),
    row("Fares may rise $10 to $15.", ("$10 to $15", "money", (10, 15), "dollar")),
    row("Sales should grow 4% to 6%.", ("4% to 6%", "percent", (4, 6), "percentage")),
    row("Rents rose from $900 to $2,000.", ("$900 to $2,000", "money", (900, 2000), "dollar")),
    row("Seats cost $12 to $60.", ("$12 to $60", "money", (12, 60), "dollar")),
]

# A plural of a scale word is a range of its order of magnitude: before "of", and standing for
# what was named before it, before "more" or a verb ("thousands marched"); not after "the".
VAGUE = [
    # a vague quantifier of a scale word spans that many of it: "a few hundred", "several
    # thousand", "a couple of hundred"
    row(
        "A few hundred metres on, it stopped.",
        ("A few hundred metres", "measure", (200, 900), "metre"),
    ),
    row("Several thousand workers struck.", ("Several thousand", "count", (3000, 9000), "worker")),
    row("A couple of hundred fans waited.", ("A couple of hundred", "count", (200, 300), "fan")),
    row(
        "They lost several million dollars.",
        ("several million dollars", "money", (3e6, 9e6), "dollar"),
    ),
    row(
        "A few hundred thousand people marched.",
        ("A few hundred thousand", "count", (2e5, 9e5), "people"),
    ),
    row("A few fans waited."),
    # a scale written once holds for both ends, a currency after it too
    row(
        "It will cost 2-3 million dollars.", ("2-3 million dollars", "money", (2e6, 3e6), "dollar")
    ),
    row("It costs 4 to 5 billion euros.", ("4 to 5 billion euros", "money", (4e9, 5e9), "euro")),
    row(
        "Some six to seven thousand fans came.",
        ("six to seven thousand", "count", (6e3, 7e3), "fan"),
    ),
    row("Hundreds of flights were cancelled.", ("Hundreds", "count", (100, 1000), "flight")),
    row("Thousands marched in the rain.", ("Thousands", "number", (1000, 10000), None)),
    row("Hundreds were evacuated.", ("Hundreds", "number", (100, 1000), None)),
    row(
        "Hundreds of thousands in the capital marched.",
        ("Hundreds of thousands", "number", (1e5, 1e6), None),
    ),
    row("They drew tens of thousands.", ("tens of thousands", "number", (1e4, 1e5), None)),
    row(
        "The crowd numbered in the tens of thousands.",
        ("tens of thousands", "number", (1e4, 1e5), None),
    ),
    row(
        "Two died and dozens more were hurt.",
        ("Two", "number", 2, None),
        ("dozens", "number", (24, 144), None),
    ),
    row("Tickets sell in the thousands."),
    row("Fans came by the hundreds and stayed."),
]

# "The number of X" as the subject of a verb of amount: the figure counts X.
NUMBER_OF = [
    row("The number of cases topped 1,000.", ("1,000", "count", 1000, "case")),
    row("The number of deaths rose to 35.", ("35", "count", 35, "death")),
    row("The tally of votes reached 5,000.", ("5,000", "count", 5000, "vote")),
    row("The number is 12.", ("12", "number", 12, None)),
]

# Which days or weeks count, between a number and its unit of time.
KINDS_OF_DAYS = [
    row("Delivery takes 3-5 business days.", ("3-5 business days", "duration", (3, 5), "day")),
    row("Prices rose for five straight weeks.", ("five straight weeks", "duration", 5, "week")),
    row("It fell for ten consecutive months.", ("ten consecutive months", "duration", 10, "month")),
    row("The school hired 3 extra teachers.", ("3", "count", 3, "teacher")),
    row("They had five straight wins.", ("five", "count", 5, "win")),
]

# A number with decimals before a singular noun rates it; a count in decimals is plural.
RATINGS = [
    row("He earned a 91.4 coverage grade.", ("91.4", "number", 91.4, None)),
    row("The app keeps a 4.7 rating.", ("4.7", "number", 4.7, None)),
    row("She holds a 3.8 grade point average.", ("3.8", "number", 3.8, None)),
    row("Households have 2.4 children.", ("2.4", "count", 2.4, "child")),
    row("The side scores 1.6 goals a game.", ("1.6", "count", 1.6, "goal per game")),
]

# Numbers that are names, codes or formats, not quantities.
NOT_FIGURES = [
    # a run of labels after a label noun; identifiers of four hyphened runs; a quoted title
    row("The M4 was shut between junctions 12 and 13."),
    row("Read pages 4, 5 and 9 first."),
    row("Articles 5 and 6 apply."),
    row("The list has 4 and 5 items.", ("4", "count", 4, "item"), ("5", "count", 5, "item")),
    row("The ISBN is 978-1-23-456789-7."),
    row("Call 1-800-555-0199 now."),
    row('The crowd sang "21 Red Roses" twice.'),
    row('"12 people came," she said.', ("12", "count", 12, "people")),
    row("The 747 program ended after five decades.", ("five decades", "duration", 5, "decade")),
    row("The carrier ordered 30 737 jets.", ("30", "count", 30, "jet")),
    row("Dispatchers took 400 911 calls on Sunday.", ("400", "count", 400, "call")),
    row("Officers answered 911 calls all night."),
    # even halves, "fifty-fifty", are no figures; a tie near a word of sport is a score
    row("They went 50-50 on the meal."),
    row("It is a 50/50 call at best."),
    row("The sides were tied 50-50 at the half.", ("50-50", "score", (50, 50), None)),
    # "on the one hand" is an idiom
    row("On the one hand, costs fell."),
    row("One hand was broken.", ("One", "count", 1, "hand")),
    # how many times a title was won, written as "five-time" is, with a space or digits
    row("She is a 3-time winner of the race."),
    row("He is a two time world champion."),
    row(
        "The park covers 40 square miles and hosts a five time champion.",
        ("40 square miles", "measure", 40, "square mile"),
    ),
    row("The country spans 5 time zones.", ("5", ..., 5, ...)),
    # the number in the title of a work: "The 48 Laws of Power"
    row("She quoted The 9 Rules of Good Writing often."),
    row("They sang the 12 Days of Christmas."),
    row("Only the 10 Democrats on stage spoke.", ("10", "count", 10, "Democrats")),
    row("The 27 members of the bloc met.", ("27", "count", 27, "member")),
    # the idioms of hours, a rank, a day of a month with a slash after "on"
    row("The shop is open 24-7."),
    row("She works a 9-to-5 job."),
    row(
        "It is a top-10 school.",
    ),
    row("They finished in the top 10."),
    row("The vote is on 11/3."),
    row("Prices rose by 1/3.", ("1/3", "number", 1 / 3, None)),
    row("A top-3% earner pays more.", ("3%", "percent", 3, "percentage")),
    # a phone number with North America's long-distance "1-"; a code after "code"
    row("Call 1-800-555-0142 for help."),
    row("The ZIP code 10001 covers it."),
    row("They wrote code for 12 clients.", ("12", "count", 12, "client")),
    # a layout of speakers is a format: "5.1 surround sound"
    row("The set plays 5.1 surround sound."),
    row("It has a 7.1 channel amplifier."),
    row("A 5.1 quake hit at dawn.", ("5.1", ..., 5.1, ...)),
    # the codes of chips and models: "i5-9300H", "a Radeon Pro 5300M or 5500M"
    row("The laptop runs an Intel Core i5-9300H chip."),
    row("It has a Core i7-8700K and 32GB of memory.", ("32GB", "measure", 32, "gigabyte")),
    row("The Ryzen 7 5800X runs cool."),
    row("You can pick a Radeon Pro 5300M or 5500M."),
    row("The Nvidia 4090D sells in China."),
    row("Since 2019 Acme has sold 1500M chips.", ("1500M", "count", 1.5e9, "chip")),
    row(
        "The Acme Pad 256GB costs $700.",
        ("256GB", "measure", 256, "gigabyte"),
        ("$700", "money", 700, "dollar"),
    ),
    row("Orders rose to 1500 units.", ("1500", "count", 1500, "unit")),
    # a row of a table written as text: its columns are not in the text
    row("Rockledge 14 11 6 15 — 44"),
    row("The panel scored it 7 8 9."),
    row("About 1 250 000 people live there.", ("1 250 000", "count", 1_250_000, "people")),
    # standards named by their number, and dotted addresses, are names
    row("The router supports 802.11ax."),
    row("It falls back to 802.11ac on old phones."),
    row("The screen has 226ppi.", ("226ppi", "measure", 226, "pixel per inch")),
    row("A 25yo man was hurt.", ("25yo", "age", 25, "year")),
    row("The server is at 192.168.1.20 on the network."),
    row("The port handled 1.250.000 boxes.", ("1.250.000", "count", 1_250_000, "box")),
    # a rank written with a hash, a phone number with a two-digit area code
    row("I believe the #1 enemy of progress is noise."),
    row("He is ranked #12 in the world."),
    row("Call 02-751-1500 to book."),
    row("The score was 10-15 in May.", ("10-15", "score", (10, 15), None)),
    # video formats in any case, before a noun of video in any case
    row("The camera takes 4K Video."),
    row(
        "Players get 4k streaming at 60 frames per second.",
        ("60 frames per second", "measure", 60, "frame per second"),
    ),
    row("Sales hit 4K units.", ("4K", "count", 4000, "unit")),
    row("The LG 4K Smart HDTV is $549.", ("$549", "money", 549, "dollar")),
    # the number in words, then in digits in brackets, is one number
    row("Eartips come in four (4) size options.", ("four (4)", "count", 4, "option")),
    row("The lease runs ten (10) years.", ("ten (10) years", "duration", 10, "year")),
    row("We saw four (5) birds.", ("four", "count", 4, "bird"), ("5", "count", 5, "bird")),
    # the number that opens a list item
    row("1. Start small and build from there"),
    row("2) Pay your bills on time."),
    row(
        "3. 5 million people voted.",
        ("3", "number", 3, None),
        ("5 million", "count", 5e6, "people"),
    ),
    row("12 people came.", ("12", "count", 12, "people")),
    # forms and plans named by a number, and a number glued to a capital that makes a label
    row("The firm disclosed the loss in its 10-K filing."),
    row("She moved $8,000 into her 401(k).", ("$8,000", "money", 8000, "dollar")),
    row("The school won the Class 5A title."),
    row("The lab bought two 3D printers.", ("two", "count", 2, "printer")),
    row("The 3-D version opens in May."),
    row("It was 5C at dawn.", ("5C", "measure", 5, "degree Celsius")),
    row("The lamp uses a 60W bulb.", ("60W", "measure", 60, "watt")),
    row("The firm raised $2B.", ("$2B", "money", 2e9, "dollar")),
    # a label's number with a letter of its own: "Phase 2b" is no two billion
    row("The vaccine is in a Phase 2b trial."),
    row("The crew lives in Block 4B of the base."),
    row("The start-up raised 2B last year.", ("2B", "number", 2e9, None)),
    # a model's name between a number and what it counts; its letter is no unit
    row("The base took delivery of two F-35 jets.", ("two", "count", 2, "jet")),
    row("Workers fitted the four RS-25 engines.", ("four", "count", 4, "engine")),
    row("Three C-130 planes landed.", ("Three", "count", 3, "plane")),
    row("It was 40C-45C in the shade.", ("40C-45C", "measure", (40, 45), "degree Celsius")),
    # a telephone number with a trunk zero in brackets; a date written year first with points
    # or slashes is no number (tests/test_figures.py reads the dates)
    row("Call +49 (0)40 890 85-433 for tickets."),
    row("The fair opens 2024.04.05 in Seoul."),
    row("The sale ends 2023/11/30."),
    row("The index was 2018.04 points.", ("2018.04", "count", 2018.04, "point")),
    # a number in words after "number" is a rank or a label
    row("Number one, we cut costs; number two, we hire."),
    row("He is the number two official at the bank."),
    row("The number of cases rose to two.", ("two", "count", 2, "case")),
    # a journal reference's volume, issue and pages after its year
    row("See Ann Surg Res. 2016; 31: 410-418."),
    row("See J Clin Med. 2020;9(4):112-120."),
    row("In 2019; 300 people died.", ("300", "count", 300, "people")),
    # the emergency number called, after the word that calls it, where no noun follows it
    row("A neighbour dialled 999 when she saw smoke."),
    row("Witnesses called 911, police said."),
    row("Staff logged 250 calls to 911 overnight.", ("250", "count", 250, "call")),
    row("The coach called 101 players to the camp.", ("101", "count", 101, "player")),
    row("She rang 999 this morning."),
    row("The phone rang 111 times that day.", ("111", "count", 111, "time")),
    row("He streamed it in 1080p on a 4K TV."),
    row("The film was cut in 4K 24FPS.", ("24FPS", "measure", 24, "frame per second")),
    # "4K" as the format something is made in, or one of a list of formats
    row("The match is broadcast in 4K."),
    row("The camera records 1080p and 8K video."),
    row("The fund raised $4K in a week.", ("$4K", "money", 4000, "dollar")),
    # a price in pence is no resolution
    row("Shares closed at 345p.", ("345p", "money", 345, "penny")),
    row("She sank four 3-pointers in the second half.", ("four", "count", 4, ...)),
    row("Police found a .38-caliber revolver."),
    # "N-in-1" names a kind of device, "20/20" a sight, a show or a name
    row("The shop sells a 2-in-1 tablet for $300.", ("$300", "money", 300, "dollar")),
    row("Her 5-in-1 hub has four ports.", ("four", "count", 4, "port")),
    row("He has 20/20 vision, the doctor said."),
    row(
        "Sales rose 3% in 1 year.",
        ("3%", "percent", 3, "percentage"),
        ("1 year", "duration", 1, "year"),
    ),
    row("The 10-year note yield rose to 4.1%.", ("4.1%", "percent", 4.1, "percentage")),
    row("Read more at https://news.example.org/2023/11/report-4471 today."),
    row("Costs rise with each alarm[3], the study found."),
    # a spaced em dash sets off an aside, it joins no range
    row("The tally rose to 9 — 44 with late votes.", ("9", ..., 9, ...), ("44", ..., 44, ...)),
    # (three or more bare numbers with only spaces between are a table's row: no figures)
    row("The quarters ended 14 21 9 — 44 in all."),
    row("One possible reason is the weather."),
    # "one day" as "some day": after a modal or "to", or opening a sentence before its subject
    row("We would love to one day buy a house."),
    row("She will one day run the firm."),
    row("One day, he simply left."),
    row("One day is enough.", ("One day", "duration", 1, "day")),
    row("They hope to spend one day in Rome.", ("one day", "duration", 1, "day")),
    row("One reason is cost, the mayor said."),
    row("One senior official told reporters the plan had failed."),
    row("One analyst said the deal was worth $4 billion.", ("$4 billion", "money", 4e9, ...)),
    row("One survey found that 30% of drivers speed.", ("30%", "percent", 30, ...)),
    # "one" that counts
    row("One man was arrested at the scene.", ("One", "count", 1, "man")),
    row("Only one official attended the talks.", ("one", "count", 1, "official")),
]

# Rows written from what real pages do (../shared/corpus/news, read as a reporter would).
PAGES = [
    # a cited study's number in brackets is no figure; after a name it is an age
    row(
        "Sleep was linked to lower blood pressure (14).",
    ),
    row(
        "Walking more cuts the risk of falls (8, 9).",
    ),
    row("Tom Reed (52) was cautioned.", ("52", "age", 52, "year")),
    # a team's record in brackets after its name
    row("The Hawks (9-3) won again on Friday.", ("9-3", "score", (3, 9), None)),
    row("Leeds (4-1-2) host the leaders.", ("4-1-2", "score", (1, 4), None)),
    # an age said of oneself, or set off by a dash
    row("I'm 81 and still drive.", ("81", "age", 81, "year")),
    row("Ruiz, 44 – who runs the shelter – said no.", ("44", "age", 44, "year")),
    # a year before a plural noun is a date unless it is a round count
    row("The band posted its 2021 tour dates online."),
    row("The strike idled 3000 workers.", ("3000", "count", 3000, "worker")),
    row("The hall seats 1500 guests.", ("1500", "count", 1500, "guest")),
    # sound levels, and a quarter of a century
    row("The drill peaked at 95 dBA.", ("95 dBA", "measure", 95, "decibel")),
    row(
        "It was the first visit in a quarter century.",
        ("a quarter century", "duration", 0.25, "century"),
    ),
    # formats and labels: an aspect ratio, a version, a standard's generation
    row(
        "The phone records 21:9 video.",
    ),
    row(
        "Upgrade to version 2.1 of the app.",
    ),
    row(
        "Routers with Wi-Fi 7 cost more.",
    ),
    # a results line and a split decision
    row("Oakdale d. Marsh Creek 4-2", ("4-2", "score", (2, 4), None)),
    row("The board voted 7:2 to approve it.", ("7:2", "score", (2, 7), None)),
    # a multiple written with an x, and "zero" meaning "no"
    row("The shares trade at 14x earnings.", ("14x", "count", 14, "time")),
    row("The firm has zero tolerance for fraud."),
    row("There were zero deaths this year.", ("zero", "count", 0, "death")),
    # a number alone in its line is a list's numbering
    row(
        "7.",
    ),
    # a unit joined to its number by a hyphen, whatever its case
    row("A 13-Inch Laptop Sleeve", ("13-Inch", "measure", 13, "inch")),
    # a share of a group borrows no unit from the count before it
    row(
        "Of the 40 stalls, about one third sell food.",
        ("40", "count", 40, "stall"),
        ("one third", "number", 1 / 3, None),
    ),
]

# Text that is tokenised or lower-cased, as corpora give it.
TOKENISED = [
    # a scale abbreviation that is no word, set off by a space
    row("Sales rose to 1.4 bn euros .", ("1.4 bn euros", "money", 1.4e9, "euro")),
    row("The deal is worth EUR 3 mn.", ("EUR 3 mn", "money", 3e6, "euro")),
    row("He holds 5 mn shares.", ("5 mn", "count", 5e6, "share")),
    row("It is 5 mil wide.", ("5", ..., 5, ...)),
    row("The fund raised $ 14 million last year .", ("$ 14 million", "money", 14e6, "dollar")),
    row("About 80, 000 fans came to the final .", ("80, 000", "count", 80_000, "fan")),
    row("Sales rose by one - third .", ("one - third", "number", 1 / 3, None)),
    row("the ticket costs 20 usd online .", ("20 usd", "money", 20, "dollar")),
    # a group of three after a comma and a space that starts with a zero joins in any text
    row("The city has 1, 250, 000 residents.", ("1, 250, 000", "count", 1_250_000, "resident")),
    row("It cost $2, 000 to fix.", ("$2, 000", "money", 2000, "dollar")),
    # a comma after a number in ordinary text is no thousands separator
    row("The rally drew 80, police said.", ("80", "number", 80, None)),
    row(
        "They scored 80, 100 and 120 points.",
        ("80", "count", 80, "point"),
        ("100", "count", 100, "point"),
        ("120", "count", 120, "point"),
    ),
    row("it costs us$ 5 a month .", ("us$ 5 a month", "money", 5, "dollar per month")),
    row("give us $5 now .", ("$5", "money", 5, "dollar")),
]

# Scales and signs in words: the Indian lakh and crore, "negative", "and a half".
SCALES = [
    # "by 2m" after a verb of changing a size is metres
    row("The runway will be extended by 500m.", ("500m", "measure", 500, "metre")),
    row("The canal was deepened by 2m.", ("2m", "measure", 2, "metre")),
    row("The cap was raised by 2m.", ("2m", "number", 2e6, None)),
    row("The scheme was extended by 2m homes.", ("2m", "count", 2e6, "home")),
    # an "m" after thousands of a number is metres: millions that many would be written "bn"
    row("They climbed Everest (8,849m) in May.", ("8,849m", "measure", 8849, "metre")),
    row("She won the 1500m in Rome.", ("1500m", "measure", 1500, "metre")),
    row("The nation has 1,400m people.", ("1,400m", "count", 1.4e9, "people")),
    row("The state spent $1,500m.", ("$1,500m", "money", 1.5e9, "dollar")),
    # a fraction of a scale word is one number: "three quarters of a billion"
    row(
        "The plan costs three quarters of a billion dollars.",
        ("three quarters of a billion dollars", "money", 7.5e8, "dollar"),
    ),
    row("A quarter of a million fans came.", ("A quarter of a million", "count", 2.5e5, "fan")),
    row(
        "They lent two-thirds of a trillion euros.",
        ("two-thirds of a trillion euros", "money", 2e12 / 3, "euro"),
    ),
    row("She ran a quarter of a mile.", ("a quarter of a mile", "measure", 0.25, "mile")),
    row("Three quarters of the staff agreed.", ("Three quarters", "number", 0.75, None)),
    row("The grant was Rs 8 lakh.", ("Rs 8 lakh", "money", 800_000, "indian rupee")),
    row("The dam cost 450 crore rupees.", ("450 crore rupees", "money", 4.5e9, "indian rupee")),
    row("Yields turned negative 0.2% in May.", ("negative 0.2%", "percent", -0.2, "percentage")),
    row("The trial lasted 3 and a half weeks.", ("3 and a half weeks", "duration", 3.5, "week")),
    row("The start-up raised 4.5M.", ("4.5M", "number", 4.5e6, None)),
    row("The fence is 2m", ("2m", "measure", 2, "metre")),
    # a bare "m" is metres after "a", before a word of size and in "the 800m" race; million
    # before what it counts and in a change
    row("A 2m wall surrounds the site.", ("2m", "measure", 2, "metre")),
    row("The mast is 12m tall.", ("12m", "measure", 12, "metre")),
    row("He won the 800m in Paris.", ("800m", "measure", 800, "metre")),
    row("The 400m hurdles final was delayed.", ("400m", "measure", 400, "metre")),
    row("The band sold 2m copies.", ("2m", "count", 2e6, "copy")),
    row(
        "He ran 100m in 30 seconds.",
        ("100m", "measure", 100, "metre"),
        ("30 seconds", "duration", 30, "second"),
    ),
    row("She swam 400m in the final.", ("400m", "measure", 400, "metre")),
    row("The fund raised 100m in a week.", ("100m", "number", 1e8, None)),
    row("They face a 1.5m shortfall.", ("1.5m", ..., 1.5e6, ...)),
    row("Profits rose to 800m.", ("800m", ..., 8e8, ...)),
    # a scale word capitalised after digits, as headlines write it
    row("Apple Sells 10 Million Phones In A Week", ("10 Million", "count", 1e7, ...)),
    row("Senate Passes $2 Trillion Plan", ("$2 Trillion", "money", 2e12, "dollar")),
    row("Stores sold 3 Millionaire Bars each.", ("3", "count", 3, ...)),
    # a capital B or M for billion or million set off by a space, before a plural noun or after
    # a currency sign; not a label's letter
    row("The planet holds nearly 9 B people.", ("9 B", "count", 9e9, "people")),
    row("It sold for $2.4 B last year.", ("$2.4 B", "money", 2.4e9, "dollar")),
    row("The app now has 40 M users.", ("40 M", "count", 4e7, "user")),
    row("They play Group 3 B games in May."),
    row("Apartment 4 B has two rooms.", ("two", "count", 2, "room")),
    # ... before a noun of people or money, or after a decimal: a whole number before other
    # nouns has a letter ("3 B grades")
    row("She got 5 A grades and 3 B grades.", ("5", ..., 5, ...), ("3", ..., 3, ...)),
    row("They shipped 1.5 B tons.", ("1.5 B tons", "measure", 1.5e9, "ton")),
    # a race of kilometres written with a "K": run, or before a word of racing
    row(
        "She ran a 10K in 41 minutes.",
        ("10K", "measure", 10, "kilometre"),
        ("41 minutes", "duration", 41, "minute"),
    ),
    row("He won the 5K race.", ("5K", "measure", 5, "kilometre")),
    row("They held a 10k fun run.", ("10k", "measure", 10, "kilometre")),
    row("The club raised 5K for charity.", ("5K", "number", 5000, None)),
    # concentrations written out: "parts per million"
    row(
        "CO2 reached 421 parts per million.",
        ("421 parts per million", "measure", 421, "parts-per-million"),
    ),
    row(
        "Lead hit 15 parts per billion.",
        ("15 parts per billion", "measure", 15, "parts-per-billion"),
    ),
    row("The 3 parts were replaced.", ("3", "count", 3, "part")),
    # metres and the centimetres after them: one length
    row("He stands 1m 88cm tall.", ("1m 88cm", "measure", 188, "centimetre")),
    row(
        "Sales hit 2m, 40cm of rain fell.",
        ("2m", "count", 2e6, "sale"),
        ("40cm", "measure", 40, "centimetre"),
    ),
    # the sides of a plan, each in metres: "2m by 3m", "4m x 5m"
    row("The rug is 2m by 3m.", ("2m", "measure", 2, "metre"), ("3m", "measure", 3, "metre")),
    row(
        "Each cell is 4m x 2.5m.",
        ("4m", "measure", 4, "metre"),
        ("2.5m", "measure", 2.5, "metre"),
    ),
    # a time after "2m" by which it is reached: two million
    row("Users should reach 2m by 2030.", ("2m", "count", 2e6, "user")),
    row("Its members could hit 3m next year.", ("3m", "count", 3e6, "member")),
    # a square or cubic unit in a hyphenated compound
    row("They sold the 5,000-square-foot house.", ("5,000-square-foot", "measure", 5000, ...)),
    row("A 30-square-mile zone was cleared.", ("30-square-mile", "measure", 30, "square mile")),
    row("The 14-cubic-foot freezer broke.", ("14-cubic-foot", "measure", 14, "cubic foot")),
    # feet and inches in primes, touching
    row("The 6'2\" guard scored.", ("6'2\"", "measure", 74, "inch")),
    row(
        "The 6'4\" center and the 5'9\" guard met.",
        ("6'4\"", "measure", 76, "inch"),
        ("5'9\"", "measure", 69, "inch"),
    ),
    row("She stands 5′7″.", ("5′7″", "measure", 67, "inch")),
    row('He said "it cost 5" and left.', ("5", ..., 5, ...)),
    row("The course is 40 yds long.", ("40 yds", "measure", 40, "yard")),
    row("It has a 1.6 L engine.", ("1.6 L", "measure", 1.6, "litre")),
    # number words that are not one number are not added up
    row("Call one two three for help."),
    # thousands grouped with points: two groups, or one group of zeros before a word
    row("The port handled 1.250.000 containers.", ("1.250.000", "count", 1_250_000, "container")),
    row("About 20.000 people marched.", ("20.000", "count", 20_000, "people")),
    row("The show used 3.000 candles.", ("3.000", "count", 3000, "candle")),
    row("The yield was 4.000%.", ("4.000%", "percent", 4, "percentage")),
    row("The rod is 1.250 metres long.", ("1.250 metres", "measure", 1.25, "metre")),
    row("The sample weighs 2.000 kg.", ("2.000 kg", "measure", 2, "kilogram")),
]

# Numbers that stand for things named before them, and "zero" in idioms: no unit, no number.
PRONOUNS = [
    row(
        "I paid $99 for the lamp, and the two are a pair.",
        ("$99", "money", 99, "dollar"),
        ("two", "number", 2, None),
    ),
    row(
        "The bid was $40 million; all three were turned down.",
        ("$40 million", "money", 40e6, "dollar"),
        ("three", "number", 3, None),
    ),
    # a range left without its unit takes the unit of the figure before it
    row(
        "The crowd shrank from 9,000 people to 6,000-6,500.",
        ("9,000", "count", 9000, "people"),
        ("6,000-6,500", "count", (6000, 6500), "people"),
    ),
    row(
        "The 15-inch model scored from 1061 to 1128.",
        ("15-inch", "measure", 15, "inch"),
        ("1061 to 1128", "number", (1061, 1128), None),
    ),
    # initials a stat line counts are the count's own noun, not the noun of the count before
    row(
        "He had 1 sack, 2 TFL and 3 QH.",
        ("1", "count", 1, "sack"),
        ("2", "count", 2, "TFL"),
        ("3", "count", 3, "QH"),
    ),
    row("She won 2 NBA titles.", ("2", "count", 2, "title")),
    row("He had 31 pts and 9 reb.", ("31", "count", 31, "point"), ("9", "count", 9, "rebound")),
    # a box score's count after a player's full name is a count, not a model number
    row(
        "Lakeside (2-0): Dana Whitfield 21 points.",
        ("2-0", "score", (0, 2), None),
        ("21", "count", 21, "point"),
    ),
    row("Tom Abara 3 goals, 1 assist.", ("3", "count", 3, "goal"), ("1", "count", 1, "assist")),
    row("The airline flies Boeing 737 jets."),
    row("All Windows 10 users must update."),
    row("He had 1.5 TFL, 2 QH.", ("1.5", "number", 1.5, None), ("2", "count", 2, "QH")),
    # a count lends its noun only to whole numbers
    row(
        "He threw two interceptions, for a passer rating of 22.4.",
        ("two", "count", 2, "interception"),
        ("22.4", "number", 22.4, None),
    ),
    row(
        "The index fell 45 points to 1,333.18.",
        ("45", "count", 45, "point"),
        ("1,333.18", "count", 1333.18, "point"),
    ),
    row(
        "The city has 4 million voters, including 900,000 in the capital.",
        ("4 million", "count", 4e6, "voter"),
        ("900,000", "count", 900_000, "voter"),
    ),
    # things counted before may be the things it stands for
    row(
        "Two rovers landed, and the two sent photos.",
        ("Two", "count", 2, "rover"),
        ("two", "count", 2, "rover"),
    ),
    # a number left without its unit the second time takes the unit
    row(
        "It rose to 62 cents, while the cheapest was 48.",
        ("62 cents", "money", 62, "cent"),
        ("48", "money", 48, "cent"),
    ),
    row("Detectives hope to zero in on the driver."),
    row("Police zero in on a suspect."),
    row("Rescuers worked at ground zero for weeks."),
    row("Trade is not a zero-sum game."),
    row("Inflation fell to zero in May.", ("zero", "number", 0, None)),
    row("The side scored zero in the final.", ("zero", "number", 0, None)),
]

# Money in words and codes news writes.
MONEY = [
    # cents of a currency named before them: "95 euro cents", "10 US cents"
    row("The stamp costs 95 euro cents.", ("95 euro cents", "money", 95, "cent")),
    row(
        "Calls cost 10 US cents a minute.", ("10 US cents a minute", "money", 10, "cent per minute")
    ),
    row("The coin is worth 50 Australian cents.", ("50 Australian cents", "money", 50, "cent")),
    row("It costs 20 euros, cents extra.", ("20 euros", "money", 20, "euro")),
    # the article "A" before a spaced "$" is no Australian prefix; "A$" and "AU $" are
    row("A $5 fee applies.", ("$5", "money", 5, "dollar")),
    row("A $20-a-month plan sells well.", ("$20-a-month", "money", 20, "dollar per month")),
    row("It costs A$120.", ("A$120", "money", 120, "australian dollar")),
    row(
        "Rent is AU $ 500 per week.",
        ("AU $ 500 per week", "money", 500, "australian dollar per week"),
    ),
    # a nation's dollar, dirham, shilling, cedi, franc: one row of the registry each
    row(
        "Bread costs 2,000 Zimbabwean dollars.",
        ("2,000 Zimbabwean dollars", "money", 2000, "zimbabwean dollar"),
    ),
    row("The ferry is EC$45.", ("EC$45", "money", 45, "east caribbean dollar")),
    row(
        "A taxi costs 40 Moroccan dirhams.", ("40 Moroccan dirhams", "money", 40, "moroccan dirham")
    ),
    row(
        "The flat rents for 9,000 dirhams.",
        ("9,000 dirhams", "money", 9000, "united arab emirates dirham"),
    ),
    row(
        "The fare is 500 Ugandan shillings.",
        ("500 Ugandan shillings", "money", 500, "ugandan shilling"),
    ),
    row(
        "Fuel costs 25 cedis a litre.", ("25 cedis a litre", "money", 25, "ghanaian cedi per litre")
    ),
    row(
        "The fine was 2,000 CFA francs.",
        ("2,000 CFA francs", "money", 2000, "west african cfa franc"),
    ),
    row("The MAD doctrine held for 40 years.", ("40 years", "duration", 40, "year")),
    row("He paid 35 bucks for it.", ("35 bucks", "money", 35, "dollar")),
    row("The fee is 12$ a day.", ("12$ a day", "money", 12, "dollar per day")),
    row("The fine came to 250 KWD.", ("250 KWD", "money", 250, "kuwaiti dinar")),
    row("They were paid 40 dinars each.", ("40 dinars", "money", 40, "dinar")),
    row("A ride costs twenty cents.", ("twenty cents", "money", 20, "cent")),
    # pounds are sterling where the sentence speaks of paying, weight where it weighs
    row("She paid 80 pounds for the coat.", ("80 pounds", "money", 80, "pound sterling")),
    row("Tickets cost 12 pounds each.", ("12 pounds", "money", 12, "pound sterling")),
    row("He lost 25 pounds before the race.", ("25 pounds", "measure", 25, "pound-mass")),
    row("They bought 3 pounds of cherries.", ("3 pounds", "measure", 3, "pound-mass")),
    row("The five-pound note is plastic.", ("five-pound", "money", 5, "pound sterling")),
    row("He found a two-pound coin.", ("two-pound", "money", 2, "pound sterling")),
    row("The fish weighed 20 pounds, she notes.", ("20 pounds", "measure", 20, "pound-mass")),
    # a currency code in lower case, unless it is a word
    row("They paid 300 chf for the night.", ("300 chf", "money", 300, "swiss franc")),
    row("Give it 5 try.", ("5", "count", 5, "try")),
    # "a" counts one of a currency where no noun follows it
    row("The ticket costs a dollar more than last year.", ("a dollar", "money", 1, "dollar")),
    row("Many live on less than a dollar a day.", ("a dollar a day", "money", 1, "dollar per day")),
    row("Each ride costs a euro.", ("a euro", "money", 1, "euro")),
    row("He would not pay a penny more.", ("a penny", "money", 1, "penny")),
    row("She opened a dollar store downtown."),
    row("He kept a euro coin as a charm."),
    row("The firm issued a dollar-denominated bond."),
    row("A strong dollar hurts exports."),
    # a prefix ending in a stop, the number glued to it
    row("A coffee is Rs.80 here.", ("Rs.80", "money", 80, "indian rupee")),
    row("The fine was Rs.2,500 for each.", ("Rs.2,500", "money", 2500, "indian rupee")),
    row("Rates rose .5 points.", (".5", ..., 0.5, ...)),
    # a vague plural of a currency is money
    row(
        "The firm owes millions of dollars to suppliers.",
        ("millions of dollars", "money", (1e6, 1e7), "dollar"),
    ),
    row(
        "They spent tens of thousands of euros on ads.",
        ("tens of thousands of euros", "money", (1e4, 1e5), "euro"),
    ),
    row("Thousands of fans paid to get in.", ("Thousands", "count", (1e3, 1e4), "fan")),
    # "won" is the currency after an amount in a sentence about Korea, else the verb
    row("A coffee costs 3,500 won in Seoul.", ("3,500 won", "money", 3500, "south korean won")),
    row(
        "Korean banks lent 900 won per share.",
        ("900 won per share", "money", 900, "south korean won per share"),
    ),
    row("The team of 12 won gold in Seoul.", ("12", "number", 12, None)),
    row("They won 3,500 votes.", ("3,500", "count", 3500, "vote")),
    # the one-letter "R" of the rand: written as an amount, or in a sentence of South Africa
    row("The city set aside R4.5bn for water.", ("R4.5bn", "money", 4.5e9, "south african rand")),
    row(
        "The province will spend R120 million on clinics.",
        ("R120 million", "money", 1.2e8, "south african rand"),
    ),
    row("A taxi fare rose to R1,250.", ("R1,250", "money", 1250, "south african rand")),
    row("A loaf costs R18.99 now.", ("R18.99", "money", 18.99, "south african rand")),
    row("In Durban a haircut costs R90.", ("R90", "money", 90, "south african rand")),
    row("She bought an Audi R8 last year."),
    row("Traffic backed up on the R21 near Durban."),
    row("The R2-D2 figure sold out."),
    # more currencies, one registry row each
    row("Rice costs Tk60 a kilo.", ("Tk60 a kilo", "money", 60, "bangladeshi taka per kilogram")),
    row("The state owes Kz 3 billion.", ("Kz 3 billion", "money", 3e9, "angolan kwanza")),
    row(
        "Teachers earn 9,000 Zambian kwacha.",
        ("9,000 Zambian kwacha", "money", 9000, "zambian kwacha"),
    ),
    row("Entry is 50 pula for adults.", ("50 pula", "money", 50, "botswana pula")),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expected"),
    TEMPERATURES
    + FRACTIONS
    + COMPOUNDS
    + AGES
    + SCORES
    + RATES
    + NOT_FIGURES
    + TOKENISED
    + SCALES
    + PRONOUNS
    + CLOCKS
    + SPELLINGS
    + CONJUNCTS
    + COUNTED_PLURALS
    + SPLITS
    + DAY_RUNS
    + DIGITS_OF
    + RATINGS
    + KINDS_OF_DAYS
    + NUMBER_OF
    + PERCENT_PAIRS
    + MARGINS
    + VAGUE
    + CHANGE_THEN_LEVEL
    + CURRENCY_TWICE
    + READINGS
    + MONEY
    + PAGES,
)
def test_language(sentence: str, expected: list[Want]) -> None:
    check(sentence, expected)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        # "from A to B" written from the high end down is a fall, whatever the verb
        ("The median age went from 31 to 28.", "down"),
        ("The fare moved from $9 in May to $7 in June.", "down"),
        # written upwards it is a range, unless the figure is a rise
        ("Tickets range from $20 to $45.", None),
        ("Yields ran from 3% to 5% over the decade.", None),
        # "between" and a dash are ranges
        ("The survey covered people aged between 30 and 18.", None),
    ],
)
def test_from_to_written_as_a_change(sentence: str, change: str | None) -> None:
    """The figure stays a range (NewsQuant reads "from A to B" as one); the sheet shows it as
    the change it is written as."""
    from factsheet.render.wording import written_change

    sheet = factsheet.build(sentence)
    ranged = [f for f in sheet.facts if f.value is None and f.low != f.high]
    assert [written_change(f) for f in ranged] == [change], ranged
