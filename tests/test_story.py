"""Tests for facts about one story told by several articles: merging, discrepancies, changes over
time and key figures, with who says each figure and when it holds.

The tables build figures by hand (no NLP) from sentences of our own; the end-to-end tests read
``tests/fixtures/riverton/``, two reports of one story (the same budget, different head counts,
head counts of other years, an expected and an actual tax take, one town's car sales and the
state's) and an unrelated article, through the whole pipeline.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from factsheet import build
from factsheet.consolidate.discrepancies import find_changes, find_discrepancies
from factsheet.consolidate.facts import consolidate
from factsheet.consolidate.keyfigures import key_facts, nameable
from factsheet.models import Fact, FactSheet, Figure

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "riverton"


def fig(
    sentence: str,
    surface: str,
    *,
    source: str = "a.txt",
    kind: str = "count",
    value: float | str | None = "read",
    unit: str | None = "people",
    currency: str | None = None,
    entity: str | None = None,
    attribution: str | None = None,
    period: str | None = None,
    period_surface: str | None = None,
    modality: str = "reported",
    subject: str | None = None,
    line: int = 1,
) -> Figure:
    """A figure as the pipeline makes one, in a one-sentence source."""
    start = sentence.index(surface)
    if value == "read":  # the digits of the surface
        value = float(surface.replace(",", "").lstrip("$").split()[0])
    digest = hashlib.sha1(f"{source}{sentence}{surface}".encode()).hexdigest()[:12]
    return Figure.model_validate(
        {
            "id": digest,
            "source": source,
            "span": (start, start + len(surface)),
            "line": line,
            "surface": surface,
            "sentence": sentence,
            "sentence_span": (0, len(sentence)),
            "value": value,
            "low": value,
            "high": value,
            "unit": unit,
            "currency": currency,
            "kind": kind,
            "qualifier": "exact",
            "trend": None,
            "entity": entity,
            "attribution": attribution,
            "period": period,
            "period_surface": period_surface,
            "modality": modality,
            "subject": subject,
        }
    )


def money(sentence: str, surface: str, value: float, **kw: Any) -> Figure:
    return fig(sentence, surface, kind="money", value=value, unit="dollar", currency="USD", **kw)


def facts_of(*figures: Figure) -> list[Fact]:
    return consolidate(list(figures))


# --------------------------------------------------------------------------------------------
# 4a. Merging
# --------------------------------------------------------------------------------------------

MERGES = [
    pytest.param(
        [
            money("Acme made $5 billion in 2024.", "$5 billion", 5e9, entity="Acme",
                  subject="Acme", period="2024", period_surface="in 2024"),
            money("Acme made $5 billion in 2023.", "$5 billion", 5e9, entity="Acme",
                  subject="Acme", period="2023", period_surface="in 2023", source="b.txt"),
        ],
        2, id="two periods are two facts",
    ),
    pytest.param(
        [
            money("Acme made $5 billion in 2024.", "$5 billion", 5e9, entity="Acme",
                  subject="Acme", period="2024", period_surface="in 2024"),
            money("Acme's $5 billion haul was a record.", "$5 billion", 5e9, entity="Acme haul",
                  subject="Acme", source="b.txt"),
        ],
        1, id="a period and none agree",
    ),
    pytest.param(
        [
            fig("WeWork has 12,500 staff.", "12,500", entity="WeWork", subject="WeWork"),
            fig("Uber has 12,500 staff.", "12,500", entity="Uber", subject="Uber",
                source="b.txt"),
        ],
        2, id="two named things",
    ),
    pytest.param(
        [
            money("WeWork revenue was $1.8 billion.", "$1.8 billion", 1.8e9,
                  entity="WeWork revenue", subject="WeWork"),
            money("The company's sales of $1.8 billion fell short.", "$1.8 billion", 1.8e9,
                  entity="company sales", subject="WeWork", source="b.txt"),
        ],
        1, id="one named thing in other words",
    ),
    pytest.param(
        [
            fig("The score was 5 in the end.", "5", kind="number", unit=None),
            fig("He picked 5 at random.", "5", kind="number", unit=None, source="b.txt"),
        ],
        2, id="bare numbers never merge across articles",
    ),
    pytest.param(
        [
            fig("Two people were hurt.", "Two", value=2, entity="people"),
            fig("Two people won prizes.", "Two", value=2, entity="people", source="b.txt"),
        ],
        2, id="a small count of nothing named",
    ),
    pytest.param(
        [
            fig("The storm killed 40 people in Riverton.", "40", entity="people in Riverton",
                subject="Riverton"),
            fig("Riverton lost 40 people to the storm.", "40", entity="Riverton",
                subject="Riverton", source="b.txt"),
        ],
        1, id="one count of one place in two reports",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("figures", "n_facts"), MERGES)
def test_merging(figures: list[Figure], n_facts: int) -> None:
    assert len(facts_of(*figures)) == n_facts


def test_dates_never_merge_across_articles() -> None:
    a = fig("Sales doubled this year.", "this year", kind="date", value=None, unit=None)
    b = fig("This year the river froze.", "This year", kind="date", value=None, unit=None)
    b = b.model_copy(update={"source": "b.txt"})
    published = {"a.txt": "2024-03-01", "b.txt": "2024-05-01"}
    assert [f.date for f in consolidate([a, b], published)] == ["2024", "2024"]


def test_a_fact_keeps_speakers_period_and_modality() -> None:
    (fact,) = facts_of(
        fig("Officials said 300 homes lost power.", "300", entity="homes", unit="home",
            attribution="Officials", modality="estimate"),
        fig("About 300 homes lost power in May, the utility said.", "300", entity="homes",
            unit="home", attribution="the utility", period="2024-05",
            period_surface="in May"),
    )  # fmt: skip
    assert fact.attributions == ["Officials", "the utility"]
    assert (fact.period, fact.period_surface, fact.modality) == ("2024-05", "in May", "reported")


# --------------------------------------------------------------------------------------------
# 4b. Discrepancies and changes
# --------------------------------------------------------------------------------------------

LEGION = "foreigners serve in the legion"


def legion(surface: str, **kw: Any) -> Figure:
    kw.setdefault("entity", "foreigners")
    kw.setdefault("unit", "foreigner")
    return fig(f"Some {surface} {LEGION}.", surface, **kw)


DISCREPANCIES = [
    pytest.param(
        [legion("16,000", attribution="Mr Petrov"), legion("20,000", source="b.txt")],
        ["values_differ"], id="two reports disagree",
    ),
    pytest.param(
        [legion("16,000"), legion("20,000", source="b.txt", modality="expected_by_others")],
        [], id="an actual figure beside an expected one",
    ),
    pytest.param(
        [legion("16,000", modality="forecast"), legion("20,000", source="b.txt",
                                                     modality="forecast")],
        ["values_differ"], id="two forecasts disagree",
    ),
    pytest.param(
        [legion("16,000", period="2022"), legion("20,000", source="b.txt", period="2024")],
        [], id="two periods: a change",
    ),
    pytest.param(
        [legion("16,000", period="2024"), legion("20,000", source="b.txt")],
        ["values_differ"], id="a period and none",
    ),
    pytest.param(
        [legion("16,000"), legion("20,000")],
        [], id="one article: two groups",
    ),
    pytest.param(
        [legion("16,000", entity="foreigners in Poland", subject="Poland"),
         legion("20,000", entity="foreigners in Spain", subject="Spain", source="b.txt")],
        [], id="two places",
    ),
    pytest.param(
        [legion("16,000", entity="foreigners in Poland", subject="Poland"),
         legion("20,000", source="b.txt")],
        [], id="one place and the whole",
    ),
    pytest.param(
        [legion("six", value=6), legion("nine", value=9, source="b.txt")],
        [], id="small counts of nothing named",
    ),
    pytest.param(
        [legion("16,000"),
         fig("Some 20,000 foreigners left the country.", "20,000", unit="foreigner",
             entity="foreigners", source="b.txt")],
        [], id="no context in common",
    ),
    pytest.param(
        [money("Aid of $4.83 billion went to partners in Asia.", "$4.83 billion", 4.83e9,
               entity="partners in Asia", subject="Asia"),
         money("Aid of $4.83 went to partners.", "$4.83", 4.83, entity="partners")],
        ["scale_differs"], id="a scale word lost in one article",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("figures", "kinds"), DISCREPANCIES)
def test_discrepancies(figures: list[Figure], kinds: list[str]) -> None:
    facts = facts_of(*figures)
    assert [d.kind for d in find_discrepancies(facts)] == kinds


def test_a_discrepancy_names_speakers_and_periods() -> None:
    facts = facts_of(
        legion("16,000", attribution="Mr Petrov", period="2024-03", period_surface="in March"),
        legion("20,000", source="b.txt", modality="estimate"),
    )
    (found,) = find_discrepancies(facts)
    assert found.reason == (
        "Different values for foreigners: 16,000 (Mr Petrov; 2024-03; a.txt, line 1); "
        "20,000 (an estimate; b.txt, line 1)."
    )


PUBLISHED_APART = [
    pytest.param({"a.txt": "2024-03-01", "b.txt": "2024-03-02"}, {}, ["values_differ"],
                 id="published a day apart"),
    pytest.param({"a.txt": "2023-01-10", "b.txt": "2024-03-02"}, {}, [],
                 id="published a year apart"),
    pytest.param({"a.txt": "2024-03-01", "b.txt": "2024-03-02"}, {"period": "2023"}, [],
                 id="last year's against today's"),
    pytest.param({"a.txt": "2024-03-01", "b.txt": "2024-03-02"}, {"period": "2024-02"},
                 ["values_differ"], id="last month's against today's"),
]  # fmt: skip


@pytest.mark.parametrize(("published", "dated", "kinds"), PUBLISHED_APART)
def test_discrepancies_and_publication_dates(
    published: dict[str, str], dated: dict[str, str], kinds: list[str]
) -> None:
    facts = facts_of(legion("16,000", **dated), legion("20,000", source="b.txt"))
    assert [d.kind for d in find_discrepancies(facts, published)] == kinds


def test_a_thing_at_two_periods_is_a_change_in_order() -> None:
    facts = facts_of(
        legion("20,000", period="2024", source="b.txt"),
        legion("16,000", period="2022", attribution="Mr Petrov"),
    )
    (change,) = find_changes(facts)
    by_id = {f.id: f for f in facts}
    assert [by_id[i].surface for i in change.facts] == ["16,000", "20,000"]
    assert change.reason == (
        "foreigners: 16,000 (Mr Petrov; 2022; a.txt, line 1) → 20,000 (2024; b.txt, line 1)."
    )
    assert find_discrepancies(facts) == []


def test_no_change_without_two_periods() -> None:
    assert find_changes(facts_of(legion("16,000", period="2022"), legion("20,000"))) == []
    overlapping = facts_of(legion("16,000", period="2022"), legion("20,000", period="2022-Q3"))
    assert find_changes(overlapping) == []


# --------------------------------------------------------------------------------------------
# 5. Key figures
# --------------------------------------------------------------------------------------------


def one(figure: Figure) -> Fact:
    (fact,) = facts_of(figure)
    return fact


NAMEABLE = [
    pytest.param(money("Aid reached $5 million.", "$5 million", 5e6, entity="aid"), True,
                 id="money with its currency"),
    pytest.param(money("Aid reached $5 million.", "$5 million", 5e6), False, id="no entity"),
    pytest.param(fig("Thousands marched.", "Thousands", value=1000, entity="marchers"), False,
                 id="a vague amount"),
    pytest.param(
        fig("It streams 1080p video.", "1080p", kind="money", value=1080, unit="penny",
            currency="GBP", entity="video"),
        False, id="money with no currency written",
    ),
    pytest.param(fig("It has 40 in stock.", "40", unit=None, entity="shop"), False,
                 id="a count of nothing"),
    pytest.param(fig("It has 40 beds.", "40", unit="bed", entity="ward"), True, id="a count"),
]  # fmt: skip


@pytest.mark.parametrize(("figure", "expected"), NAMEABLE)
def test_key_figures_are_nameable(figure: Figure, expected: bool) -> None:
    assert nameable(one(figure)) is expected


def test_key_figures_prefer_named_sources() -> None:
    facts = facts_of(
        fig("Some 300 staff left.", "300", entity="staff", unit="staff"),
        fig("The firm said 400 staff left.", "400", entity="staff", unit="staff",
            attribution="The firm"),
        fig("Ana Ruiz said 500 staff left.", "500", entity="staff", unit="staff",
            attribution="Ana Ruiz"),
    )  # fmt: skip
    ranked = {facts[0].id: "300", facts[1].id: "400", facts[2].id: "500"}
    found = [(ranked[k.fact], k.reasons[-1]) for k in key_facts(facts, {})]
    assert found == [("500", "named source"), ("400", "said by a source"), ("300", "people")]


def test_a_repeated_paragraph_counts_once() -> None:
    (fact,) = facts_of(
        fig("Some 300 staff left, however the exact number is unclear.", "300", unit="staff",
            entity="staff"),
        fig("Some 300 staff left - however, the exact number is unclear.", "300", unit="staff",
            entity="staff", line=9),
    )  # fmt: skip
    assert len(fact.citations) == 2
    (ranked,) = key_facts([fact], {})
    assert not any("mentions" in r for r in ranked.reasons)


# --------------------------------------------------------------------------------------------
# Two reports of one story, through the pipeline
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def story() -> FactSheet:
    return build([FIXTURES])


def _by_surface(sheet: FactSheet, surface: str) -> list[Fact]:
    return [f for f in sheet.facts if f.surface == surface]


@pytest.mark.slow
def test_story_the_same_budget_is_one_fact_from_both_reports(story: FactSheet) -> None:
    (budget,) = _by_surface(story, "$120 million")
    assert [Path(s).name for s in budget.sources] == ["a.txt", "b.txt"]
    assert budget.attributions == ["Mayor Ana Ruiz", "officials"]
    assert budget.modality == "reported"  # a spending plan is a budget, not a target


@pytest.mark.slow
def test_story_flags_only_the_head_counts_that_disagree(story: FactSheet) -> None:
    by_id = {f.id: f for f in story.facts}
    found = [[by_id[i].surface for i in d.facts] for d in story.discrepancies]
    assert found == [["2,400", "2,600"]]  # not the tax take, the car sales or Port Allen
    (disagree,) = story.discrepancies
    assert "Ruiz" in disagree.reason and "its human resources office" in disagree.reason


@pytest.mark.slow
def test_story_head_counts_of_other_years_are_a_change(story: FactSheet) -> None:
    by_id = {f.id: f for f in story.facts}
    (change,) = story.changes
    assert [(by_id[i].surface, by_id[i].period) for i in change.facts] == [
        ("2,100", "2022"),
        ("2,300", "2023"),
    ]


@pytest.mark.slow
def test_story_figures_carry_speaker_period_and_modality(story: FactSheet) -> None:
    (expected,) = _by_surface(story, "$95 million")
    (actual,) = _by_surface(story, "$90 million")
    assert (expected.modality, expected.period) == ("forecast", "2023")
    assert (actual.modality, actual.period) == ("reported", "2023")
    assert actual.attributions == ["the finance director of Riverton"]
    (city,) = _by_surface(story, "2,600")
    assert (city.entity, city.subject) == ("city", "Riverton")  # "the city" of a Riverton story
    (state,) = _by_surface(story, "90,000")
    assert state.subject is None  # "dealers across the state" are not Riverton's


@pytest.mark.slow
def test_story_markdown_shows_speakers_and_periods(story: FactSheet) -> None:
    from factsheet.render.markdown import render_markdown

    text = render_markdown(story)
    assert "— Ana Ruiz, Mayor; officials [^" in text
    assert "## Changes over time" in text
    assert "**2,400** (2,400 people) — Riverton · disputed — Ruiz [^" in text
