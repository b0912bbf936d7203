"""Tests for the typed hand-offs between the stages (issue 17, part 3).

- The number candidate (:class:`factsheet.grammar.numbers.Candidate`) carries a kind of the
  :data:`~factsheet.grammar.numbers.CandidateKind` literal, or none: every kind the grammar, the
  unit
  reader and the relative dates assign is one of its values, and every value is assigned.
- A figure is built once, complete (:mod:`factsheet.draft`): the pipeline runs with
  ``Figure.model_copy`` made to fail, and only ``fact_id`` is set on a built figure, by build.

Every sentence here was written for this file.
"""

from __future__ import annotations

import typing

import pytest

from factsheet.draft import FIELDS
from factsheet.grammar.candidates import candidates
from factsheet.grammar.dates import relative_dates
from factsheet.grammar.numbers import CandidateKind, scan
from factsheet.models import Figure, Kind
from factsheet.run.pipeline import build, extract

# Each sentence is written to give (at least) the kind it is listed with.
KIND_SENTENCES = [
    ("money", "The council set aside $4.5 million for the bridge."),
    ("money", "Tickets cost £12 a head."),
    ("percent", "Turnout rose 7% on the year before."),
    ("percent", "Rents climbed 3 percent a year."),
    ("measure", "The trail runs 14 km through the forest."),
    ("measure", "The lorry carried 20 tonnes of gravel."),
    ("duration", "The meeting lasted three hours."),
    ("duration", "She waited 40 minutes for the bus."),
    ("score", "The hosts won 3-1 in the final match."),
    ("date", "The plant opened on March 4, 2019."),
    ("date", "Sales fell last week."),
    ("date", "Between 2018 and 2020 the town grew."),
    ("time", "The train left at 6:45 pm."),
    ("ordinal", "It was the 3rd time the river flooded."),
    (None, "Officials counted 16,000 volunteers."),
    (None, "Two dozen pupils joined the choir."),
]


def _kinds(sentence: str) -> list[CandidateKind | None]:
    return [c.kind for c in candidates(sentence) + relative_dates(sentence)]


@pytest.mark.parametrize(("kind", "sentence"), KIND_SENTENCES, ids=[s for _, s in KIND_SENTENCES])
def test_the_sentence_gives_its_kind(kind: CandidateKind | None, sentence: str) -> None:
    assert kind in _kinds(sentence)


def test_every_candidate_kind_is_a_value_of_the_literal_and_every_value_is_assigned() -> None:
    allowed = set(typing.get_args(CandidateKind))
    found = {k for _, sentence in KIND_SENTENCES for k in _kinds(sentence)}
    found |= {c.kind for _, sentence in KIND_SENTENCES for c in scan(sentence)}
    assert found - {None} == allowed


def test_every_candidate_kind_is_a_figure_kind() -> None:
    assert set(typing.get_args(CandidateKind)) <= set(typing.get_args(Kind))


# --------------------------------------------------------------------------------------------
# Figures are built once, complete: no stage rewrites one after it is built
# --------------------------------------------------------------------------------------------

# A text that takes every per-document stage: digits of another script and an invisible mark
# (textnorm), a start and an end point written apart (ranges.join_apart), a bare number that
# takes the unit of the figure after it (classify._shared_units), a conversion in brackets
# (entity.share_entities), a speaker and a time phrase (claims), a date and a score (values).
EVERY_STAGE = (
    "Town pays \u0661\u0662\u0660 wardens\n\n"
    "The council said it would hire \u0661\u0662\u0660 wardens next year.\n\n"
    "Fares fell from $36 at noon to $31 by the evening, the operator said.\n\n"
    "A seat costs 8 or $9 on weekdays.\n\n"
    "The town laid 12 miles (19 km) of new pipes in 2021.\n\n"
    "The works began on March 4, 2019, and 16\u200b000 homes were linked.\n\n"
    "The hosts won 3-1 in the final match."
)


def _no_copy(self: object, *args: object, **kwargs: object) -> object:
    raise AssertionError(f"a built figure was rewritten: {kwargs.get('update')!r}")


@pytest.mark.slow
def test_extract_builds_every_figure_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Figure, "model_copy", _no_copy)
    figures = extract(EVERY_STAGE)
    by_surface = {f.surface: f for f in figures}
    # every stage did its part, on the figures as built
    assert by_surface["\u0661\u0662\u0660"].value == 120  # the surface as written, not as read
    assert by_surface["16\u200b000"].value == 16000
    fares = by_surface["$36 at noon to $31"]  # written apart, joined
    assert (fares.value, fares.low, fares.high) == (None, 31, 36)
    assert fares.attribution == "the operator"
    assert (by_surface["8"].kind, by_surface["8"].unit) == ("money", "dollar")  # "8 or $9"
    assert by_surface["19 km"].entity == by_surface["12 miles"].entity
    assert by_surface["12 miles"].period == "2021"
    assert by_surface["March 4, 2019"].date_start == "2019-03-04"
    assert (by_surface["3-1"].value, by_surface["3-1"].score_first) == (None, 3)
    assert all(f.fact_id is None for f in figures)


@pytest.mark.slow
def test_build_sets_only_the_fact_id_on_built_figures(monkeypatch: pytest.MonkeyPatch) -> None:
    copy = Figure.model_copy

    def fact_id_only(self: Figure, *, update: dict[str, object] | None = None) -> Figure:
        if set(update or {}) != {"fact_id"}:
            _no_copy(self, update=update)
        return copy(self, update=update)

    monkeypatch.setattr(Figure, "model_copy", fact_id_only)
    sheet = build(EVERY_STAGE)
    assert sheet.figures and all(f.fact_id is not None for f in sheet.figures)
    assert {f.fact_id for f in sheet.figures} == {fact.id for fact in sheet.facts}


def test_a_draft_has_the_fields_of_a_figure_but_its_id_and_fact_id() -> None:
    assert tuple(n for n in Figure.model_fields if n not in ("id", "fact_id")) == FIELDS
