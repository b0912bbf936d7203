"""Facts across sources: merging, discrepancies, date anchoring and key figures.

Small texts of our own go through the whole pipeline (``factsheet.build``), so each row checks
what a reader of the fact sheet would see; the pure rules (anchoring, ordering, layout) are
also tested alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factsheet import build
from factsheet.consolidate.keyfigures import LIMIT, layout
from factsheet.grammar.dates import anchor, relative_dates, sort_key
from factsheet.models import Document, Fact, FactSheet
from factsheet.read.sources import read_text


def docs(*texts: str, published: str | None = None) -> list[Document]:
    """Documents a.txt, b.txt … from texts, each with the publication date given."""
    out = []
    for i, text in enumerate(texts):
        doc = read_text(text, id=f"{'abcdefgh'[i]}.txt")
        if published is not None:
            doc = Document(source=doc.source.model_copy(update={"date": published}), text=doc.text)
        out.append(doc)
    return out


def facts_of(sheet: FactSheet, surface: str) -> list[Fact]:
    return [f for f in sheet.facts if f.surface == surface]


# --------------------------------------------------------------------------------------------
# Merging
# --------------------------------------------------------------------------------------------

# (texts, surface, how many facts with that surface, sources of the first)
MERGING = [
    pytest.param(
        ["The city hired 3,200 nurses last year.", "Officials said 3,200 nurses were hired."],
        "3,200",
        1,
        ["a.txt", "b.txt"],
        id="same count of the same thing in two articles: one fact, two sources",
    ),
    pytest.param(
        [
            "The ministry said there were 16,000 volunteers in the region ready to fight.\n\n"
            "The mayor said 16,000 foreigners had volunteered for the cause."
        ],
        "16,000",
        2,
        ["a.txt"],
        id="same number, different things: two facts",
    ),
    pytest.param(
        [
            "The council approved a $12 million budget for the bridge.",
            "Critics said the $12 million project for the bridge was too costly.",
        ],
        "$12 million",
        1,
        ["a.txt", "b.txt"],
        id="a large sum under two generic descriptions is one sum",
    ),
    pytest.param(
        ["The fund gives $14 billion for Israel and more.", "It sends $14 billion for Egypt."],
        "$14 billion",
        2,
        ["a.txt"],
        id="the same sum for two named recipients stays two facts",
    ),
    pytest.param(
        ["Police closed one lane on Monday.\n\nCrews reopened one bridge by the evening."],
        "one",
        2,
        ["a.txt"],
        id="a small number is one fact only when worded alike",
    ),
    pytest.param(
        [
            "Rescuers pulled 40 people from the river (Pictured: the river bank).\n\n"
            "Rescuers pulled 40 people from the river (Pictured: the river bank)."
        ],
        "40",
        1,
        ["a.txt"],
        id="a repeated caption is one fact",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("texts", "surface", "n_facts", "sources"), MERGING)
def test_merging(texts: list[str], surface: str, n_facts: int, sources: list[str]) -> None:
    sheet = build(docs(*texts))
    found = facts_of(sheet, surface)
    assert len(found) == n_facts, [(f.surface, f.entity) for f in sheet.facts]
    assert found[0].sources == sources


@pytest.mark.slow
def test_a_repeated_caption_is_cited_once() -> None:
    text = "Rescuers pulled 40 people from the river.\n\nRescuers pulled 40 people from the river."
    (fact,) = facts_of(build(docs(text)), "40")
    assert len(fact.mentions) == 2
    assert len(fact.citations) == 1


@pytest.mark.slow
def test_a_merged_fact_cites_every_source_once_with_its_line() -> None:
    sheet = build(docs("Intro.\n\nThe city hired 3,200 nurses.", "They hired 3,200 nurses."))
    (fact,) = facts_of(sheet, "3,200")
    assert [(m.source, m.line) for m in fact.citations] == [("a.txt", 3), ("b.txt", 1)]


# --------------------------------------------------------------------------------------------
# Discrepancies
# --------------------------------------------------------------------------------------------

# (texts, expected discrepancy kinds)
DISCREPANCIES = [
    pytest.param(
        [
            "The mayor said 16,000 foreigners had volunteered for the legion.",
            "About 20,000 foreigners serve in the legion.",
        ],
        ["values_differ"],
        id="different values for the same thing",
    ),
    pytest.param(
        [
            "The package has $4.83 billion for partners in the Pacific.\n\n"
            "The Senate passed $4.83 for partners in the Pacific."
        ],
        ["scale_differs"],
        id="the scale word lost",
    ),
    pytest.param(
        [
            "The firm has 2.5 million customers in Europe.",
            "The firm has 2.5 billion customers in Europe, its chief said.",
        ],
        ["scale_differs"],
        id="the scale word changed",
    ),
    pytest.param(
        [
            "More than 16,000 foreigners have volunteered for the legion.",
            "About 20,000 foreigners serve in the legion.",
        ],
        [],
        id="bounds that both hold agree",
    ),
    pytest.param(
        ["Prices rose 7% in March.", "Prices rose 5% in April."],
        [],
        id="changes are not compared",
    ),
    pytest.param(
        ["This year's ticket costs $45, against last year's ticket at $40."],
        [],
        id="a comparison within one sentence is not a discrepancy",
    ),
    pytest.param(
        ["The mayor said 16,000 foreigners volunteered.", "The mayor said 160 nurses left."],
        [],
        id="different things are not compared",
    ),
    pytest.param(
        ["The storm killed 12 people in the north.", "Police evacuated 300 people from homes."],
        [],
        id="counts of the same noun with no context in common are not compared",
    ),
    pytest.param(
        [
            "Shares closed at $10 on Monday.\n\nShares closed at $11 on Tuesday.\n\n"
            "Shares closed at $12 on Wednesday.\n\nShares closed at $13 on Thursday."
        ],
        [],
        id="a series of values is not a disagreement",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("texts", "kinds"), DISCREPANCIES)
def test_discrepancies(texts: list[str], kinds: list[str]) -> None:
    sheet = build(docs(*texts))
    assert [d.kind for d in sheet.discrepancies] == kinds, [
        (f.surface, f.entity, f.unit) for f in sheet.facts
    ]


@pytest.mark.slow
def test_a_discrepancy_names_both_figures_and_where_they_stand() -> None:
    sheet = build(
        docs(
            "The mayor said 16,000 foreigners had volunteered for the legion.",
            "About 20,000 foreigners serve in the legion.",
        )
    )
    (found,) = sheet.discrepancies
    facts = {f.id: f for f in sheet.facts}
    assert [facts[i].surface for i in found.facts] == ["16,000", "20,000"]
    assert "16,000 (The mayor; a.txt, line 1)" in found.reason
    assert "about 20,000 (b.txt, line 1)" in found.reason


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------

PUBLISHED = dt.date(2024, 2, 22)

ANCHORS = [
    ("February 2022", "2022-02", PUBLISHED, ("2022-02", "text")),
    ("2023", "2023", None, ("2023", "text")),
    ("July 31", "--07-31", dt.date(2023, 8, 20), ("2023-07-31", "publication")),
    ("March 10", "--03-10", PUBLISHED, ("2024-03-10", "publication")),  # soon after
    ("December 2", "--12-02", PUBLISHED, ("2023-12-02", "publication")),  # last year's
    ("Feb. 29", "--02-29", dt.date(2023, 3, 1), ("--02-29", "publication")),  # no such day
    ("July 31", "--07-31", None, ("--07-31", "unanchored")),
    ("yesterday", None, PUBLISHED, ("2024-02-21", "publication")),
    ("last week", None, PUBLISHED, ("2024-W07", "publication")),
    ("next week", None, PUBLISHED, ("2024-W09", "publication")),
    ("last month", None, dt.date(2024, 1, 15), ("2023-12", "publication")),
    ("earlier this year", None, PUBLISHED, ("2024", "publication")),
    ("last year", None, PUBLISHED, ("2023", "publication")),
    ("last week", None, None, (None, "unanchored")),
]


@pytest.mark.parametrize(("surface", "date", "published", "expected"), ANCHORS)
def test_anchor(
    surface: str, date: str | None, published: dt.date | None, expected: tuple[str, str]
) -> None:
    assert anchor(surface, date, published) == expected


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The Senate passed it last week.", ["last week"]),
        ("Yesterday the firm cut 40 jobs; next month it hires.", ["Yesterday", "next month"]),
        ("Sales rose earlier this year.", ["earlier this year"]),
        ("The weekly lastweek report.", []),
        ("It was the last weekend of the month.", []),
    ],
)
def test_relative_dates(sentence: str, found: list[str]) -> None:
    assert [sentence[c.start : c.end] for c in relative_dates(sentence)] == found


def test_sort_key_orders_partial_and_week_dates() -> None:
    dates = ["2022-02-24", "--07-31", "2022", "2021-W52", "2022-02", "2023-01-01"]
    assert sorted(dates, key=sort_key) == [
        "2021-W52",
        "2022",
        "2022-02",
        "2022-02-24",
        "2023-01-01",
        "--07-31",
    ]


@pytest.mark.slow
def test_timeline_anchors_to_the_publication_date() -> None:
    text = (
        "The volunteer died on July 31, his father said in August 2023.\n\n"
        "Fighting began in February 2022. The Senate voted last week on a $61 billion bill."
    )
    sheet = build(docs(text, published="2023-09-05"))
    facts = {f.id: f for f in sheet.facts}
    ordered = [(facts[i].surface, facts[i].date, facts[i].date_basis) for i in sheet.timeline]
    assert ordered == [
        ("February 2022", "2022-02", "text"),
        ("July 31", "2023-07-31", "publication"),
        ("August 2023", "2023-08", "text"),
        ("last week", "2023-W35", "publication"),
    ]


@pytest.mark.slow
def test_relative_dates_without_a_publication_date_stay_apart() -> None:
    text = "The town fell last week. Last week the Senate passed a $61 billion bill."
    sheet = build(docs(text))
    assert [f.surface for f in sheet.facts if f.kind == "date"] == ["last week", "Last week"]


@pytest.mark.slow
def test_two_dates_of_one_sentence_that_cannot_be_anchored_stay_apart() -> None:
    sheet = build(docs("Music of the ’70s is back, and of the late 80s too."))
    assert [f.surface for f in sheet.facts if f.kind == "date"] == ["’70s", "80s"]


@pytest.mark.slow
def test_two_decades_are_two_facts() -> None:
    sheet = build(docs("Music of the 1970s is back, and the 1980s too."))
    dates = [(f.surface, f.date_start, f.date_end) for f in sheet.facts if f.kind == "date"]
    assert dates == [
        ("the 1970s", "1970-01-01", "1979-12-31"),
        ("the 1980s", "1980-01-01", "1989-12-31"),
    ]


@pytest.mark.slow
def test_without_a_publication_date_dates_stay_as_written_and_come_last() -> None:
    sheet = build(docs("He died on July 31, his father said in August 2023."))
    facts = {f.id: f for f in sheet.facts}
    ordered = [(facts[i].surface, facts[i].date, facts[i].date_basis) for i in sheet.timeline]
    assert ordered == [("August 2023", "2023-08", "text"), ("July 31", "--07-31", "unanchored")]


# --------------------------------------------------------------------------------------------
# Key figures
# --------------------------------------------------------------------------------------------


def test_layout_reads_a_headline_and_a_lead() -> None:
    text = "Storm kills 12\n\nOne.\n\nTwo.\n\nThree.\n\nFour."
    found = layout(text)
    assert text[: found.headline_end] == "Storm kills 12"
    assert text[found.headline_end : found.lead_end].split() == ["One.", "Two.", "Three."]


def test_layout_without_a_headline_has_only_a_lead() -> None:
    text = "The storm killed 12 people.\n\nTwo.\n\nThree.\n\nFour."
    found = layout(text)
    assert found.headline_end == 0
    assert text[: found.lead_end].split()[-1] == "Three."


@pytest.mark.slow
def test_key_figures_rank_by_evidence() -> None:
    a = (
        "Storm kills 12 people in the valley\n\n"
        "The storm hit on Monday. Damage reached $40 million, officials said.\n\n"
        "Rain fell for 3 days. The river rose 2 metres.\n\n"
        "Later paragraph: 300 homes lost power. The dam holds 5% of the water."
    )
    b = "Damage reached $40 million, the governor said. It left 12 people dead."
    sheet = build(docs(a, b))
    facts = {f.id: f for f in sheet.facts}
    ranked = [(facts[k.fact].surface, k.reasons) for k in sheet.key_facts]
    assert ranked[0] == ("12", ["2 sources", "2 mentions", "headline", "people"])
    assert ranked[1] == (
        "$40 million",
        ["2 sources", "2 mentions", "lead", "money", "large", "said by a source"],
    )
    assert [k.rank for k in sheet.key_facts] == list(range(1, len(ranked) + 1))
    assert all(facts[k.fact].kind not in ("date", "time", "ordinal") for k in sheet.key_facts)


@pytest.mark.slow
def test_key_figures_are_at_most_ten() -> None:
    text = " ".join(f"Group {chr(65 + i)} raised ${i + 2} million." for i in range(15))
    sheet = build(docs(text))
    assert len(sheet.key_facts) == LIMIT
    scores = [k.score for k in sheet.key_facts]
    assert scores == sorted(scores, reverse=True)
