"""Tests for the typed hand-offs between the stages (issue 17, part 3).

- The number candidate (:class:`factsheet.numbers.Candidate`) carries a kind of the
  :data:`~factsheet.numbers.CandidateKind` literal, or none: every kind the grammar, the unit
  reader and the relative dates assign is one of its values, and every value is assigned.

Every sentence here was written for this file.
"""

from __future__ import annotations

import typing

import pytest

from factsheet.dates import relative_dates
from factsheet.extract import candidates
from factsheet.models import Kind
from factsheet.numbers import CandidateKind, scan

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
