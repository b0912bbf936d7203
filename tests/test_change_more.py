"""More change labels (``factsheet.cues``): verbs of market reports, levels passed, trend words
with a qualifier, and clauses that leave out their verb.

Table-driven, end to end through ``factsheet.extract``, like ``test_cues.py``: each row is a
sentence written for this file, the surface of a figure in it, and the NewsQuant change label
(``factsheet.evaluate.change_of``) the figure must get. Each table has its negative rows: the
nearby pattern that must keep its label. Test ids are the sentences.
"""

from __future__ import annotations

import functools
from typing import Any

import pytest

import factsheet
from factsheet.evaluate import change_of
from factsheet.models import Figure

pytestmark = pytest.mark.slow

ARGS = ("sentence", "surface", "change")


def ch(sentence: str, surface: str, change: str) -> Any:
    return pytest.param(sentence, surface, change, id=f"{sentence} [{surface}]")


@functools.cache
def figures_of(sentence: str) -> tuple[Figure, ...]:
    return tuple(factsheet.extract(sentence))


def change_in(sentence: str, surface: str) -> str:
    found = [f for f in figures_of(sentence) if f.surface == surface]
    assert found, f"no figure {surface!r} in {[f.surface for f in figures_of(sentence)]}"
    return change_of(found[0])


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
    ch("Ticket sales dwindled by 2,500 a week.", "2,500 a week", "down"),
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
