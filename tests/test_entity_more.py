"""What a figure is about (``entity``) in patterns of news English, sentence by sentence.

Table-driven (STYLE.md, point 10): each row is a sentence written for this file and, for some of
its figures (by surface), the entity each must have (``None``: no entity). Tables are
grouped by the pattern they test; each holds cases where the rule applies and cases where it
must not. Test ids show the sentence and the figure.
"""

from __future__ import annotations

import functools

import pytest

import factsheet
from factsheet.models import Figure

pytestmark = pytest.mark.slow


def ent(sentence: str, expected: dict[str, str | None]) -> object:
    return pytest.param(sentence, expected, id=sentence)


@functools.cache
def figures_of(sentence: str) -> tuple[Figure, ...]:
    return tuple(factsheet.extract(sentence))


def check(sentence: str, expected: dict[str, str | None]) -> None:
    found = {f.surface: f.entity for f in figures_of(sentence)}
    for surface, entity in expected.items():
        assert surface in found, f"no figure {surface!r} in {list(found)}"
        assert found[surface] == entity, f"{surface!r}: entity {found[surface]!r}, want {entity!r}"


ARGS = ("sentence", "expected")

# --------------------------------------------------------------------------------------------
# Stat lines and lists: a figure belongs to the name it is listed under
# --------------------------------------------------------------------------------------------

LISTS = [
    # Figures in brackets right after a name are that name's.
    ent(
        "Probable starters: RHP Ana Ortiz (1.2 WAR), LHP Ben Cole (0.8 WAR).",
        {"1.2": "RHP Ana Ortiz", "0.8": "LHP Ben Cole"},
    ),
    ent(
        "Top scorers: F Lena Park (21.4 ppg, 9.1 rpg), G Omar Reid (18.2 ppg).",
        {"21.4 ppg": "F Lena Park", "9.1 rpg": "F Lena Park", "18.2 ppg": "G Omar Reid"},
    ),
    # A signed figure right after a name, in a market line.
    ent(
        "In Asia: Nikkei 225 +0.4% Hang Seng -1.1% Kospi +0.2%.",
        {"+0.4%": "Nikkei 225", "-1.1%": "Hang Seng", "+0.2%": "Kospi"},
    ),
    # A verbless list item after "Name,".
    ent(
        "The top gainers were Acme Mining, up 14 p at 512 p, and Borel Foods, up 9 p at 230 p.",
        {"14 p": "Acme Mining", "512 p": "Acme Mining", "9 p": "Borel Foods"},
    ),
    ent(
        "Listed homes: 4 Oak Lane, Dover, $350,000, and 9 Elm Road, Kent, $420,000.",
        {"$350,000": "Dover", "$420,000": "Kent"},
    ),
    # Not a list: a clause after the comma, a restatement in brackets, a sign after no name.
    ent("In Paris, 300 people marched.", {"300": "people"}),
    ent("Brent crude peaked at $76 US (£60) a barrel.", {"£60": "Brent crude"}),
    ent("The reading was -3.5 on Monday.", {"-3.5": "reading"}),
]


@pytest.mark.parametrize(ARGS, LISTS)
def test_lists(sentence: str, expected: dict[str, str | None]) -> None:
    check(sentence, expected)


# --------------------------------------------------------------------------------------------
# Clauses: whose figure it is when the parse hides the subject
# --------------------------------------------------------------------------------------------

CLAUSES = [
    # A "with" small clause names what changed; "its" is the clause's subject.
    ent(
        "Nordic Steel posted the sharpest fall of the day, with its shares down 8.4%.",
        {"8.4%": "Nordic Steel shares"},
    ),
    ent("Sales were up 5% in May.", {"5%": "Sales"}),
    # Gapping: ", Name by X%" leaves out the verb; the subject before it is not the name's.
    ent(
        "Shares of Alpha and Beta were up 1.2%, Gamma by 3.4% and Delta was flat.",
        {"1.2%": "Shares of Alpha and Beta", "3.4%": "Gamma"},
    ),
    # A pronoun subject stands for the nearest subject before it that agrees with it.
    ent("Ortiz runs a bakery in town, where she employs 40 people.", {"40": "Ortiz"}),
    ent("The storm hit the coast, where it destroyed 300 homes.", {"300": "storm"}),
    ent("Our neighbours know the farmer, and he owns 20 goats.", {"20": "goats"}),
    # A capitalised subject the parse tagged as an adverb.
    ent("Aptly has 300 stores.", {"300": "Aptly"}),
    # A time noun the figure hangs from says when, not what: the climb goes past it.
    ent(
        "The median rent was $2,100, down 3.5% year over year.",
        {"$2,100": "median rent", "3.5%": "median rent"},
    ),
    # An age after "who was" is the age of the noun the relative clause is about.
    ent("The couple moved here with their younger son Theo, who was 6.", {"6": "Theo"}),
    ent("He was 45 when he moved.", {"45": None}),
]


@pytest.mark.parametrize(ARGS, CLAUSES)
def test_clauses(sentence: str, expected: dict[str, str | None]) -> None:
    check(sentence, expected)


# --------------------------------------------------------------------------------------------
# Comparisons and possessives of time
# --------------------------------------------------------------------------------------------

COMPARISONS = [
    # The figure after "up from", "versus", "compared with" is about what the one before is.
    ent(
        "About 62% of the budget will go to schools, down from 70%.",
        {"62%": "budget", "70%": "budget"},
    ),
    ent(
        "It said 40 per cent of the loan will be repaid in cash, up from 25 per cent.",
        {"25 per cent": "loan"},
    ),
    # ... unless its own clause names what it is about.
    ent("She won 62% of the vote, and turnout was down from 70%.", {"70%": "turnout"}),
    # A possessive of time says when, not whose.
    ent(
        "This season's ticket price is $95 versus last season's $80.",
        {"$95": "ticket price", "$80": "ticket price"},
    ),
    ent("The mayor's budget is $40 million.", {"$40 million": "mayor's budget"}),
]


@pytest.mark.parametrize(ARGS, COMPARISONS)
def test_comparisons(sentence: str, expected: dict[str, str | None]) -> None:
    check(sentence, expected)


# --------------------------------------------------------------------------------------------
# "worth": the figure is the value of the noun before it
# --------------------------------------------------------------------------------------------

WORTH = [
    ent(
        "Analysts said the toy market worth over $2 billion is growing.",
        {"$2 billion": "toy market"},
    ),
    ent("The startup, worth $3 billion, plans to list next year.", {"$3 billion": "startup"}),
    ent("It is worth $5.", {"$5": None}),
]


@pytest.mark.parametrize(ARGS, WORTH)
def test_worth(sentence: str, expected: dict[str, str | None]) -> None:
    check(sentence, expected)


# --------------------------------------------------------------------------------------------
# Carriers: "times", "a record", "a high of" only carry the figure's size
# --------------------------------------------------------------------------------------------

CARRIERS = [
    # A multiplier without an object: the subject of its clause.
    ent("The old mill wheel turns about 40 times a minute.", {"40": "old mill wheel"}),
    ent(
        "Veteran pilot Rosa Diaz has flown the route more than 900 times since 2005.",
        {"900": "Veteran pilot Rosa Diaz"},
    ),
    # A multiplier of a noun: that noun.
    ent("The shares trade at 12 times earnings and 2.5 times book value.", {"2.5": "book value"}),
    # A mark reached: through it to the clause.
    ent("The painting sold for a record $12 million.", {"$12 million": "painting"}),
    ent("Copper prices hit a high of $9,800 in May.", {"$9,800": "Copper prices"}),
    ent(
        "The Nikkei index slipped 0.4% to a close of 38,210.50 points.",
        {"38,210.50": "Nikkei index"},
    ),
    # Not a carrier: an ordinary counted noun stays.
    ent("The club sold 400 tickets.", {"400": "club"}),
]


@pytest.mark.parametrize(ARGS, CARRIERS)
def test_carriers(sentence: str, expected: dict[str, str | None]) -> None:
    check(sentence, expected)


# --------------------------------------------------------------------------------------------
# Whose clause: objects moved, infinitives, subjects named by age, relative clauses
# --------------------------------------------------------------------------------------------

OWNERS = [
    # The figure of a result word ("lower", "higher") measures how far the object moved.
    ent(
        "Weak bank results dragged the financial index 1.4 percent lower on Friday.",
        {"1.4 percent": "financial index"},
    ),
    ent("Strong earnings sent Boeing shares 6% higher.", {"6%": "Boeing shares"}),
    ent("Boeing shares closed 6% higher.", {"6%": "Boeing shares"}),
    # An infinitive after the object of a verb: the verb's subject does what it says.
    ent(
        "Ford announced plans to cut about 3,000 jobs in Europe.",
        {"3,000": "Ford"},
    ),
    ent("The council approved a plan to plant 5,000 trees.", {"5,000": "council"}),
    # A period bounded by a participle ("the year ended March") says when: a figure the
    # parse hung from the participle belongs to the clause around it.
    ent(
        "Orbis raised its profit forecast for the year ended March to $3.1 billion.",
        {"$3.1 billion": "Orbis profit forecast"},
    ),
    ent(
        "The retailer cut its sales outlook for the quarter ending June to $900 million.",
        {"$900 million": "retailer sales outlook"},
    ),
    # Money "for" after an object, in a clause whose subject names nothing: the object's price.
    ent(
        "They sold the old farmhouse for $450,000 last spring.",
        {"$450,000": "old farmhouse"},
    ),
    ent("Delmar Foods sold the old farmhouse for $450,000.", {"$450,000": "Delmar Foods"}),
    # A subject named by its age alone.
    ent(
        "A 40-year-old could spend 4% a year, while a 55-year-old could spend 5%.",
        {"4% a year": "40-year-old", "5%": "55-year-old"},
    ),
    # An age "under/over the age of N" is the age of the noun the phrase limits.
    ent(
        "Drivers over the age of 70 must renew their licence every three years.",
        {"70": "Drivers"},
    ),
    ent("The ban covers children under the age of 16.", {"16": "children"}),
    ent("Few people live past the age of 100.", {"100": None}),
    # A relative clause the parse hung past the noun right before it.
    ent(
        "Most people know everyone in the tiny island that is about 12 miles long.",
        {"12 miles": "tiny island"},
    ),
    # A sentence-initial imperative, whatever the parse made its head.
    ent(
        "Buy the Nova Air Fryer at Cookly for $89.99 (Save $40).",
        {"$89.99": "Nova Air Fryer at Cookly"},
    ),
]


@pytest.mark.parametrize(ARGS, OWNERS)
def test_owners(sentence: str, expected: dict[str, str | None]) -> None:
    check(sentence, expected)


# --------------------------------------------------------------------------------------------
# What the figure's phrase names: discounts, nouns it modifies, lines without a verb
# --------------------------------------------------------------------------------------------

PHRASES = [
    # "off" a product: what the discount is taken off.
    ent(
        "Today's deals include $200 off a Samsung Galaxy tablet and 30% off a Dyson vacuum.",
        {"$200": "Samsung Galaxy tablet", "30%": "Dyson vacuum"},
    ),
    # "of" after any word of the figure, however the parse split it: "~60% of".
    ent(
        "The first layer height was ~0.3mm (~60% of nozzle outlet width) above the bed.",
        {"60%": "nozzle outlet width"},
    ),
    # An amount a noun is "of" belongs to that noun, before any purpose after it.
    ent(
        "The council approved a relief fund of $3 million to help local farmers.",
        {"$3 million": "relief fund"},
    ),
    ent("The council set aside $3 million to help local farmers.", {"$3 million": "local farmers"}),
    # An amount written as a modifier: the noun it modifies.
    ent("They live in a million dollar home.", {"a million dollar": "home"}),
    # A verbless line: the noun the measure stands in apposition to.
    ent(
        "tensile strength greater than 45 MPa (6.5 ksi).",
        {"45 MPa": "tensile strength", "6.5 ksi": "tensile strength"},
    ),
    # A conversion in brackets is about what the figure before it is about.
    ent(
        "The line adds 6 miles (9.7 kilometers) of new track under the river.",
        {"6 miles": "new track", "9.7 kilometers": "new track"},
    ),
    ent(
        "The rover landed after a seven-month, 300 million-mile (480 million km) voyage.",
        {"300 million-mile": "voyage", "480 million km": "voyage"},
    ),
]


@pytest.mark.parametrize(ARGS, PHRASES)
def test_phrases(sentence: str, expected: dict[str, str | None]) -> None:
    check(sentence, expected)


# --------------------------------------------------------------------------------------------
# Speakers, possessive pronouns, "X is the Y for N", compound prepositions
# --------------------------------------------------------------------------------------------

REFERENCES = [
    # "its"/"their" stands for the subject of the clause, or the noun a pronoun subject stands for.
    ent("Acme cut its sales forecast to $2 billion.", {"$2 billion": "Acme sales forecast"}),
    ent(
        "The chain grew quickly, and it now runs 40 of its cafes abroad.",
        {"40": "chain"},
    ),
    # ... also when the pronoun is the subject of the verb an infinitive completes.
    ent(
        "The bakery chain is growing fast: it is expected to open 40 stores next year.",
        {"40": "bakery chain"},
    ),
    ent("Veridian is booming, and it plans to hire 300 engineers.", {"300": "Veridian"}),
    # The speaker of "said"/"told" is the source, not what the figure is about.
    ent("Let's aim for $2 billion next year, Ortega told investors.", {"$2 billion": None}),
    ent(
        "The scheme would cost $90 million a year he told reporters.",
        {"$90 million a year": "scheme"},
    ),
    # "X is the Y for N": the figure is about X.
    ent("Kingsport is the home base for about 80 river pilots.", {"80": "Kingsport"}),
    ent("The plant is the largest employer in the county.", {}),
    ent(
        "The Vela X2 is the first electric model to leave the plant and offers 410 hp.",
        {"410 hp": "Vela X2"},
    ),
    # The country letters after a dollar amount are part of the currency, not its owner.
    ent("Gold traded at about $2,300 US an ounce on Friday.", {"$2,300": "Gold"}),
    # "in exchange for", "in return for": not what is paid for.
    ent(
        "The fund gave the startup $50,000 in exchange for 7% of the company.",
        {"$50,000": "fund"},
    ),
]


@pytest.mark.parametrize(ARGS, REFERENCES)
def test_references(sentence: str, expected: dict[str, str | None]) -> None:
    check(sentence, expected)
