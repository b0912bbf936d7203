"""Tests for the cues of a figure: its qualifier and its trend (``factsheet.cues``).

Table-driven, end to end through ``factsheet.extract``. Each row is a sentence written for this
file, the surface of a figure in it, and the ``change`` that figure must get: the NewsQuant
label that ``factsheet.evaluate.change_of`` maps our ``trend`` and ``qualifier`` to (``up``,
``down``, ``=``, ``~``, ``>``, ``<``). The tables follow NewsQuant's convention:

* only the amount of a change has a trend: the level reached ("to $4 billion"), the level left
  ("from 5%") and a level stated with "at" do not;
* a figure that sizes a change noun ("a 6% increase", "a fall of 3%") is ``=``: the noun names
  the change, the figure how much;
* a comparison ("20% more than", "instead of the 64GB") is not a change;
* a conversion in brackets shares the cues of the figure it converts;
* a level passed ("topped $5 billion") and the "up" of a phrasal verb that moves nothing
  ("make up 30%") are not changes.

Test ids are the sentences.
"""

from __future__ import annotations

import functools
from typing import Any

import pytest

import factsheet
from factsheet.evaluate import change_of
from factsheet.models import Figure

pytestmark = pytest.mark.slow


def ch(sentence: str, surface: str, change: str) -> Any:
    return pytest.param(sentence, surface, change, id=f"{sentence} [{surface}]")


@functools.cache
def figures_of(sentence: str) -> tuple[Figure, ...]:
    return tuple(factsheet.extract(sentence))


def change_in(sentence: str, surface: str) -> str:
    found = [f for f in figures_of(sentence) if f.surface == surface]
    assert found, f"no figure {surface!r} in {[f.surface for f in figures_of(sentence)]}"
    return change_of(found[0])


ARGS = ("sentence", "surface", "change")

# --------------------------------------------------------------------------------------------
# Change verbs: the figure is the amount the verb moves something by
# --------------------------------------------------------------------------------------------

CHANGE_VERBS = [
    ch("Ticket sales climbed 14% over the summer.", "14%", "up"),
    ch("The council increased parking fees by $3.", "$3", "up"),
    ch("Attendance grew by 1,200 visitors on the previous season.", "1,200", "up"),
    ch("The shares jumped 22 cents in early trading.", "22 cents", "up"),
    ch("The Hang Seng index added 95 points on Tuesday.", "95", "up"),
    ch("The Nikkei lost 410 points, or 1.3%, on Monday.", "410", "down"),
    ch("The Nikkei lost 410 points, or 1.3%, on Monday.", "1.3%", "down"),
    ch("Membership has more than doubled by 40,000 in a year.", "40,000", "up"),
    ch("Copper prices slid 2.6% on Friday.", "2.6%", "down"),
    ch("The utility lowered its tariff by 4 per cent.", "4 per cent", "down"),
    ch("The bakery chain will cut its staff by 150 jobs.", "150", "down"),
    ch("Bond yields eased 0.05 percentage points.", "0.05 percentage points", "down"),
    ch("Output shrank by 0.8% in the last quarter.", "0.8%", "down"),
    ch("Revenue grew 5% and profit fell 2% in the year.", "5%", "up"),
    ch("Revenue grew 5% and profit fell 2% in the year.", "2%", "down"),
    # A qualifier inside the change amount: the trend wins.
    ch("Exports rose under 3% last month.", "3%", "up"),
    ch("Imports rose more than 6% in May.", "6%", "up"),
    # The amount given twice, as a count and a share: both are the change.
    ch("Enrolment grew by 800 pupils or 3.5 per cent.", "3.5 per cent", "up"),
    # Not the amount of a change: the verb's subject, a period, a collected sum.
    ch("Some 40 workers saw their pay rise.", "40", "~"),
    ch("Premiums will rise by 2% for every 5 years of driving.", "5 years", "="),
    ch("The start-up raised $30 million from venture funds.", "$30 million", "="),
    ch("The club will add 12 coaches to its staff.", "12", "="),
]


@pytest.mark.parametrize(ARGS, CHANGE_VERBS)
def test_change_verbs(sentence: str, surface: str, change: str) -> None:
    assert change_in(sentence, surface) == change


# --------------------------------------------------------------------------------------------
# Trend words and signs next to the figure
# --------------------------------------------------------------------------------------------

TREND_WORDS = [
    ch("The pound was up 0.4% against the euro.", "0.4%", "up"),
    ch("Gold was down $12 an ounce by noon.", "$12 an ounce", "down"),
    ch("Brent crude traded 90 cents lower.", "90 cents", "="),
    ch("The forecast was revised upward by $2 billion.", "$2 billion", "up"),
    ch("Markets at noon: FTSE +0.6% Dow +1.1%.", "+0.6%", "up"),
    ch("Markets at noon: CAC -0.9% DAX -1.4%.", "-1.4%", "down"),
    # A sign on a temperature or a distance is a level, not a fall.
    ch("Overnight the air cooled to minus 12 degrees.", "minus 12 degrees", "="),
]


@pytest.mark.parametrize(ARGS, TREND_WORDS)
def test_trend_words(sentence: str, surface: str, change: str) -> None:
    assert change_in(sentence, surface) == change


# --------------------------------------------------------------------------------------------
# Targets and starting points: the level reached or left is not a change
# --------------------------------------------------------------------------------------------

TARGETS = [
    ch("Quarterly sales rose 9% to $4.1 billion.", "9%", "up"),
    ch("Quarterly sales rose 9% to $4.1 billion.", "$4.1 billion", "="),
    ch("The index gained 1.3 percent to 7,412.50.", "7,412.50", "="),
    ch("The stock slumped 12% to 48 cents.", "48 cents", "="),
    ch("Net debt climbed by $600 million to $9 billion.", "$9 billion", "="),
    ch("Turnover increased to $880 million from $790 million.", "$880 million", "="),
    ch("Turnover increased to $880 million from $790 million.", "$790 million", "="),
    ch(
        "The firm plans to expand capacity to 3 million tonnes a year.",
        "3 million tonnes a year",
        "=",
    ),
    ch("Inflation is expected to ease to 2.4% next year.", "2.4%", "="),
    ch("The index closed 0.8% down at 6,120.", "6,120", "="),
]


@pytest.mark.parametrize(ARGS, TARGETS)
def test_targets(sentence: str, surface: str, change: str) -> None:
    assert change_in(sentence, surface) == change


# --------------------------------------------------------------------------------------------
# Change nouns: the figure sizes the change the noun names
# --------------------------------------------------------------------------------------------

CHANGE_NOUNS = [
    ch("Nurses were offered a 6% pay rise.", "6%", "="),
    ch("The survey found a 40 percent increase in cycling.", "40 percent", "="),
    ch("Analysts expect a fall of 3% in house prices.", "3%", "="),
    ch("The cartel agreed a cut of 500,000 barrels a day.", "500,000 barrels a day", "="),
    ch("Rivals reported an increase of 2,300 subscribers.", "2,300", "="),
    ch("The airline posted a loss of 14 cents a share.", "14 cents a share", "="),
    ch("It was the sharpest drop of 9% since 2008.", "9%", "="),
    ch("Drivers can expect a 10% to 15% improvement in range.", "10% to 15%", "="),
]


@pytest.mark.parametrize(ARGS, CHANGE_NOUNS)
def test_change_nouns(sentence: str, surface: str, change: str) -> None:
    assert change_in(sentence, surface) == change


# --------------------------------------------------------------------------------------------
# Comparisons: a figure compared with another is not a change
# --------------------------------------------------------------------------------------------

COMPARISONS = [
    ch("Members paid 20% more than last season.", "20%", "="),
    ch("The new engine weighs 30 kg less than the old one.", "30 kg", "="),
    ch("Profit was 4% higher than a year earlier.", "4%", "="),
    ch("Prices rose 3% compared with 2% a year earlier.", "2%", "="),
    ch("Prices rose 3% compared with 2% a year earlier.", "3%", "up"),
    ch("The phone doubled storage to 512GB instead of the 256GB before.", "256GB", "="),
    ch("The phone doubled storage to 512GB instead of the 256GB before.", "512GB", "="),
]


@pytest.mark.parametrize(ARGS, COMPARISONS)
def test_comparisons(sentence: str, surface: str, change: str) -> None:
    assert change_in(sentence, surface) == change


# --------------------------------------------------------------------------------------------
# Bounds and approximations
# --------------------------------------------------------------------------------------------

BOUNDS = [
    ch("The plant will hire up to 250 engineers.", "250", "<"),
    ch("The fund holds more than 1.8 billion euros.", "1.8 billion euros", ">"),
    ch("The lake is over 90 metres deep.", "90 metres", ">"),
    ch("At least 35 homes lost power.", "35", ">"),
    ch("Fewer than 60 seats remain.", "60", "<"),
    ch("The battery charges in under 25 minutes.", "25 minutes", "<"),
    ch("Pensions make up just under 30 percent of spending.", "30 percent", "<"),
    ch("The tower stands just over 300 metres tall.", "300 metres", ">"),
    ch("The vaccine is offered to children under the age of 12 years.", "12 years", "<"),
    ch("The fab makes sub-5 nanometre chips.", "5 nanometre", "<"),
    ch("Bids came in between $40 and $65 a share.", "between $40 and $65 a share", "="),
    ch("The car delivers 300 hp or more.", "300 hp", ">"),
]

APPROXIMATIONS = [
    ch("Around 70 boats joined the flotilla.", "70", "~"),
    ch("The bridge is about 4 km long.", "4 km", "~"),
    ch("Nearly 9,000 runners finished the race.", "9,000", "~"),
    ch("Almost 45% of voters stayed home.", "45%", "~"),
    ch("Some 120 firms signed the pledge.", "120", "~"),
    ch("An estimated 3,000 people attended.", "3,000", "~"),
    ch("The striker is averaging 1.4 goals a game.", "1.4", "~"),
    ch("The shares trade at barely 8 times earnings.", "8", "~"),
    ch("Listings stay on the market an average of 45 days.", "45 days", "="),
    ch("The rally drew ~5,000 people.", "5,000", "~"),
]


@pytest.mark.parametrize(ARGS, BOUNDS + APPROXIMATIONS)
def test_bounds_and_approximations(sentence: str, surface: str, change: str) -> None:
    assert change_in(sentence, surface) == change


# --------------------------------------------------------------------------------------------
# Conversions in brackets share the cues of the figure they convert
# --------------------------------------------------------------------------------------------

CONVERSIONS = [
    ch("The drone can fly more than 50 kilometres (31 miles).", "31 miles", ">"),
    ch("The engine makes just under 400 hp (298 kW).", "298 kW", "<"),
    ch("Temperatures fell by 2 degrees Celsius (3.6 Fahrenheit).", "3.6 Fahrenheit", "down"),
    ch("Deposits of more than 5 million kronor (US $480,000) are charged.", "US $480,000", ">"),
    ch("The speed limit drops to 50 km/h (31 mph) in town.", "31 mph", "="),
]


@pytest.mark.parametrize(ARGS, CONVERSIONS)
def test_conversions(sentence: str, surface: str, change: str) -> None:
    assert change_in(sentence, surface) == change


# --------------------------------------------------------------------------------------------
# More change verbs of market and economy reports (TREND_UP_LEMMAS, TREND_DOWN_LEMMAS)
# --------------------------------------------------------------------------------------------

MARKET_VERBS = [
    ch("The ferry operator's shares leaped 9% after the ruling.", "9%", "up"),
    ch("The ferry operator's shares leapt 9% after the ruling.", "9%", "up"),
    ch("Copper futures rocketed 11% in a week.", "11%", "up"),
    ch("The tea stock bounced 4.5% on Thursday.", "4.5%", "up"),
    ch("The Swiss franc firmed 0.6% against the euro.", "0.6%", "up"),
    ch("Farmland in the county appreciated 7% last year.", "7%", "up"),
    ch("The budget gap widened by $800 million.", "$800 million", "up"),
    ch("The miner's shares tanked 18% on Monday.", "18%", "down"),
    ch("The peso depreciated 4% in March.", "4%", "down"),
    ch("The carrier's loss narrowed by $40 million.", "$40 million", "down"),
    ch("Wage growth slowed 0.3 percentage points in June.", "0.3 percentage points", "down"),
    ch("The bank's shares collapsed 60% in two days.", "60%", "down"),
    ch("The lira was devalued by 20%.", "20%", "down"),
    ch("Gold softened 0.4% by noon.", "0.4%", "down"),
    ch("Ticket sales dwindled by 2,500 a week.", "2,500", "down"),
    # The level reached is still no change, whatever the verb.
    ch("The carrier's loss narrowed to $12 million.", "$12 million", "="),
    ch("The charity widened its appeal to 40 towns.", "40", "="),
    ch("Wage growth slowed to 2.1% in June.", "2.1%", "="),
]


@pytest.mark.parametrize(ARGS, MARKET_VERBS)
def test_market_verbs(sentence: str, surface: str, change: str) -> None:
    assert change_in(sentence, surface) == change


# --------------------------------------------------------------------------------------------
# A level passed is not a change ("top" is not a change verb)
# --------------------------------------------------------------------------------------------

LEVELS_PASSED = [
    ch("Quarterly sales topped $5 billion for the first time.", "$5 billion", "="),
    ch("Donations surpassed $2 million this year.", "$2 million", "="),
    ch("Donations exceeded $2 million this year.", "$2 million", "="),
    # The amount a total moves by still rises.
    ch("Donations rose $2 million this year.", "$2 million", "up"),
    ch("The fund was topped up by $3 million.", "$3 million", "up"),
]


@pytest.mark.parametrize(ARGS, LEVELS_PASSED)
def test_levels_passed(sentence: str, surface: str, change: str) -> None:
    assert change_in(sentence, surface) == change


# --------------------------------------------------------------------------------------------
# A qualifier between a trend word and its amount: the trend wins, as after a verb
# --------------------------------------------------------------------------------------------

TREND_WORD_QUALIFIED = [
    ch("Bank shares were up nearly 6% by midday.", "6%", "up"),
    ch("The rand was down roughly 2% on the week.", "2%", "down"),
    ch("Freight rates are up more than 40% this year.", "40%", "up"),
    ch("Oil was down by almost 3% at the close.", "3%", "down"),
    ch("Rents are up about 12% since the spring.", "12%", "up"),
    # "up to" and "down to" give a bound or a level; "from" a starting point.
    ch("The fine could go up to 5% of turnover.", "5%", "<"),
    ch("Rates came down to about 4% by December.", "4%", "~"),
    ch("Mortgage rates were up from about 3% a year ago.", "3%", "~"),
]


@pytest.mark.parametrize(ARGS, TREND_WORD_QUALIFIED)
def test_trend_word_qualified(sentence: str, surface: str, change: str) -> None:
    assert change_in(sentence, surface) == change


# --------------------------------------------------------------------------------------------
# A clause that leaves out the verb of the clause before it shares its trend
# --------------------------------------------------------------------------------------------

GAPPED_CLAUSES = [
    ch("Zinc rose 2.1%, Nickel 1.4% and Tin 0.9% in London.", "1.4%", "up"),
    ch("Shares of Alpha slid 3.2%, Beta by 1.8% and Gamma by 0.5%.", "1.8%", "down"),
    ch("Shares of Alpha slid 3.2%, Beta by 1.8% and Gamma by 0.5%.", "0.5%", "down"),
    ch("Shares of Delta were down 1.1%, Omega by 2.4% in early trade.", "2.4%", "down"),
    ch("Pears rose 30 cents a kilo, Plums 25 cents and Figs $1.", "25 cents", "up"),
    ch(
        "Gilts fell 0.2 percentage points, Bunds 0.1 percentage points.",
        "0.1 percentage points",
        "down",
    ),
    # No trend to share: the figure before is a level, a target or has no verb of change.
    ch("Turnout was 61%, Labour took 35% and the Greens 9%.", "9%", "="),
    ch("Exports fell 4% to $2 billion, Imports $1.5 billion.", "$1.5 billion", "="),
    ch("Revenue rose 5%, analysts said 3% growth had been expected.", "3%", "="),
]


@pytest.mark.parametrize(ARGS, GAPPED_CLAUSES)
def test_gapped_clauses(sentence: str, surface: str, change: str) -> None:
    assert change_in(sentence, surface) == change


# --------------------------------------------------------------------------------------------
# "up" as the particle of a verb that moves nothing (PHRASAL_NOT_CHANGE)
# --------------------------------------------------------------------------------------------

PHRASAL_PARTICLES = [
    ch("Pensioners make up 30 percent of the town.", "30 percent", "="),
    ch("Pensioners make up about 30 percent of the town.", "30 percent", "~"),
    ch("Retirees take up 40% of the hospital beds.", "40%", "="),
    ch("The bank set up 12 new branches last year.", "12", "="),
    ch("The striker racked up 30 goals in the league.", "30", "="),
    ch("Two investors put up $5 million between them.", "$5 million", "="),
    # Particles of verbs that report a move keep their trend.
    ch("The stock ended up 2% on Friday.", "2%", "up"),
    ch("Prices went up 4% in a month.", "4%", "up"),
    ch("Bond yields came down 0.2 percentage points.", "0.2 percentage points", "down"),
]


@pytest.mark.parametrize(ARGS, PHRASAL_PARTICLES)
def test_phrasal_particles(sentence: str, surface: str, change: str) -> None:
    assert change_in(sentence, surface) == change
