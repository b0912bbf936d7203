"""What a figure is about (``entity``), end to end through the model: ``factsheet.extract``.

The rules themselves are tested on parses built by hand in ``tests/test_entity.py``; this is the
thin layer that checks the model's parses of ordinary sentences reach them. Table-driven
(STYLE.md, point 10): each row is a sentence written for this file and, for some of its
figures (by surface), the entity each must have (``None``: no entity). Rows are grouped by
where they came from; test ids show the sentence.
"""

from __future__ import annotations

import functools

import pytest

import factsheet
from factsheet.models import Figure

pytestmark = pytest.mark.slow


def ent(sentence: str, expected: dict[str, str | None]) -> object:
    return pytest.param(sentence, expected, id=sentence)


def gap(reason: str, sentence: str, expected: dict[str, str | None]) -> object:
    return pytest.param(
        sentence, expected, id=sentence, marks=pytest.mark.xfail(strict=True, reason=reason)
    )


@functools.cache
def figures_of(sentence: str) -> tuple[Figure, ...]:
    return tuple(factsheet.extract(sentence))


ARGS = ("sentence", "expected")

# Written for the rules of factsheet/classify/entity.py (one or two rows a rule, as the model
# parses them).
WRITTEN_FOR_RULES = [
    ent("The museum doubled its visitor numbers to 90,000.", {"90,000": "museum visitor numbers"}),
    ent("They bought a million dollar yacht.", {"a million dollar": "yacht"}),
    ent("Dunmore (+2.1%) and Kesh (-0.4%) traded late.", {"+2.1%": "Dunmore", "-0.4%": "Kesh"}),
    ent(
        "The fallers were Orvex, down 6p at 210p, and Telmar, down 2p.",
        {"6p": "Orvex", "210p": "Orvex", "2p": "Telmar"},
    ),
    ent("Fares will rise once we pay $40, the minister warned.", {"$40": None}),
    ent("The shop offers $90 off a cordless drill.", {"$90": "cordless drill"}),
    ent(
        "The council approved a grant of $2 million to restore the chapel.", {"$2 million": "grant"}
    ),
    ent("The town set aside $2 million to repair the dam.", {"$2 million": "dam"}),
    ent("The county has $8 million earmarked for new buses.", {"$8 million": "new buses"}),
    ent("About 70% of the nurses voted for the strike.", {"70%": "nurses"}),
    ent(
        "The firm lifted its outlook for the half ended June to £2 billion.",
        {"£2 billion": "firm outlook"},
    ),
    ent("Upbeat results drove the retailer's shares 9% higher.", {"9%": "retailer's shares"}),
    ent("The parish gave £9,000 towards the roof.", {"£9,000": "roof"}),
    ent("The survey counted 300 nests.", {"300": "nests"}),
    ent("The mill unveiled a plan to hire 90 weavers.", {"90": "mill"}),
    ent("Okafor coaches the team, where she trains 30 players.", {"30": "Okafor"}),
    ent("The trust sold the old mill for £2 million.", {"£2 million": "old mill"}),
    ent("Portvale is the base for 30 lifeboat crews.", {"30": "Portvale"}),
    ent(
        "Kelda posted the worst result of the day, with its profits down 8%.",
        {"8%": "Kelda profits"},
    ),
    ent("Markets rallied, with prices up 3%.", {"3%": "prices"}),
    ent("Wheat rose 3%, barley by 1% and oats were flat.", {"3%": "Wheat", "1%": "barley"}),
    ent("Thieves took jewels worth £300,000 from the shop.", {"£300,000": "jewels"}),
    ent("Copper traded at $40 US a tonne.", {"$40": "Copper"}),
    ent("Copper prices hit a high of $9,800 in May.", {"$9,800": "Copper prices"}),
    ent("The project has cost $4 million to date.", {"$4 million": "project"}),
    ent("The school admits pupils under the age of 11.", {"11": "pupils"}),
    ent("Ines Barros, 31, won the race.", {"31": "Ines Barros"}),
    # a capitalised compound is part of the name whatever the tagger makes of it
    ent("Willy Joseph Cancel, 22, was arrested.", {"22": "Willy Joseph Cancel"}),
    # after a verb of price, "in" and a name or a noun with its determiner says where it is
    # charged, not what the money is for; a bare noun is what money comes in
    ent("A ticket costs $12 in Paris.", {"$12": "ticket"}),
    ent("The bus fare is $2 in the capital.", {"$2": "bus fare"}),
    ent("Bread costs 40 cents in the village.", {"40 cents": "Bread"}),
    ent("The state paid $2 million in aid.", {"$2 million": "aid"}),
    ent("She invested $5m in Orvex.", {"$5m": "Orvex"}),
    # an age set off by commas with "at" or an adverb of time: the person before the comma
    ent("The eldest rider, at 79, won a medal.", {"79": "rider"}),
    ent("Her nephew, now 12, lives in Leeds.", {"12": "nephew"}),
    ent("Mwangi, at 31, leads the team.", {"31": "Mwangi"}),
    ent("Maria Elena Lopez, 34, was arrested.", {"34": "Maria Elena Lopez"}),
    ent("The driver, 45, fled.", {"45": "driver"}),
    ent("The cheapest costs $12.", {"$12": "cheapest"}),
    ent(
        "The watch has an aluminium case that is waterproof to 50 metres.",
        {"50 metres": "aluminium case"},
    ),
    ent("The firm said sales fell and then recovered 4%.", {"4%": "sales"}),
    ent(
        "Turnover was 2.4 billion rupees ($29 million).",
        {"2.4 billion rupees": "Turnover", "$29 million": "Turnover"},
    ),
    ent("Tickets cost six or seven pounds.", {"seven pounds": "Tickets"}),
]

# Behaviour seen on ../shared/corpus/news, in sentences of our own of the same pattern.
SEEN_ON_CORPUS_NEWS = [
    # Box scores: a count beside a player's name is the player's; "):" ends the brackets.
    ent("Davis 17 points.", {"17": "Davis"}),
    ent("Harwick (2-1): Tomas Lind 12 points and 4 steals.", {"4": "steals"}),
    # A list item that names a noun of its own is no stat of the name before the comma.
    ent("According to Reuters, 40 delegates left early.", {"40": "delegates"}),
    # Index names keep their number.
    ent("The Nikkei 225 rose 1.1% to a record.", {"1.1%": "Nikkei 225"}),
    # "X bought Y for $N" prices Y, whoever bought it.
    ent("The studio bought Elm Records for $30 million.", {"$30 million": "Elm Records"}),
    ent("The team signed the striker for $80 million.", {"$80 million": "striker"}),
]

KNOWN_GAPS = [
    gap(
        "the model reads 'earns' as a noun after '45-year-old'",
        "A 45-year-old earns about $60,000 on average.",
        {"$60,000": "45-year-old"},
    ),
    gap(
        "the model reads 'installs' as the object of 'pump'",
        "Heat pump installs across the region grew 30% in 2023.",
        {"30%": "Heat pump installs across the region"},
    ),
    gap(
        "the model hangs 'down 4%' from the verb, not from 'attendance'",
        "The season ended with attendance down 4%.",
        {"4%": "attendance"},
    ),
    gap(
        "a figure after 'up from' that its clause's subject claims keeps it",
        "The party won 41% of the vote, up from 36%.",
        {"36%": "vote"},
    ),
]


@pytest.mark.parametrize(ARGS, WRITTEN_FOR_RULES + SEEN_ON_CORPUS_NEWS + KNOWN_GAPS)
def test_entity_end_to_end(sentence: str, expected: dict[str, str | None]) -> None:
    found = {f.surface: f.entity for f in figures_of(sentence)}
    for surface, entity in expected.items():
        assert surface in found, f"no figure {surface!r} in {list(found)}"
        assert found[surface] == entity, f"{surface!r}: entity {found[surface]!r}, want {entity!r}"
