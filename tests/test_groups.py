"""How documents are cut into groups (:func:`factsheet.run.pipeline.groups`): every document once,
in order; the same groups as the plain rule (a group ends at ``size`` documents or ``chars``
characters); with a :class:`~factsheet.run.pipeline.Taper`, the same groups until the last
documents, which make smaller groups."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factsheet.models import Document
from factsheet.read.sources import read_text
from factsheet.run.pipeline import Taper, groups


def _docs(lengths: list[int]) -> list[Document]:
    return [read_text("x" * n, id=f"{i}") for i, n in enumerate(lengths)]


def _plain(docs: list[Document], size: int, chars: int, first: tuple[int, int]) -> list[list[str]]:
    """The plain rule, one document at a time, as a reference."""
    out: list[list[str]] = []
    group: list[str] = []
    held = 0
    for doc in docs:
        group.append(doc.source.id)
        held += len(doc.text)
        limit = first[1] if len(out) < first[0] else chars
        if len(group) == size or held >= limit:
            out.append(group)
            group, held = [], 0
    if group:
        out.append(group)
    return out


def _ids(found: list[list[Document]]) -> list[list[str]]:
    return [[d.source.id for d in g] for g in found]


lengths = st.lists(st.integers(1, 300), max_size=60)
sizes = st.integers(1, 8)
chars = st.integers(1, 600)
firsts = st.tuples(st.integers(0, 3), st.integers(1, 200))
tapers = st.builds(
    Taper, ahead=st.integers(0, 1500), parts=st.integers(1, 6), least=st.integers(1, 200)
)


@given(lengths, sizes, chars, firsts)
def test_without_a_taper_the_groups_are_the_plain_rules(
    lengths: list[int], size: int, chars: int, first: tuple[int, int]
) -> None:
    docs = _docs(lengths)
    assert _ids(list(groups(docs, size, chars=chars, first=first))) == _plain(
        docs, size, chars, first
    )


@given(lengths, sizes, chars, firsts, tapers)
def test_a_taper_keeps_the_groups_until_the_last_documents(
    lengths: list[int], size: int, chars: int, first: tuple[int, int], taper: Taper
) -> None:
    docs = _docs(lengths)
    tapered = _ids(list(groups(docs, size, chars=chars, first=first, last=taper)))
    plain = _plain(docs, size, chars, first)
    assert [i for g in tapered for i in g] == [d.source.id for d in docs]  # each once, in order
    assert all(0 < len(g) <= size for g in tapered)
    # the groups are the plain ones up to the documents held when the last is read: fewer
    # than a group's characters and ``ahead`` beyond, and fewer than two groups' documents
    same = 0
    while same < min(len(tapered), len(plain)) and tapered[same] == plain[same]:
        same += 1
    rest = [int(i) for g in tapered[same:] for i in g]
    rest_chars = sum(lengths[i] for i in rest)
    assert rest_chars < max(chars, first[1]) + taper.ahead
    assert len(rest) < 2 * size


def test_the_last_groups_shrink() -> None:
    docs = _docs([100] * 40)
    found = [
        len(g) for g in groups(docs, 256, chars=800, last=Taper(ahead=1600, parts=4, least=200))
    ]
    assert found == [8, 8, 8, 4, 3, 3, 2, 2, 2]
    assert [len(g) for g in groups(docs, 256, chars=800)] == [8, 8, 8, 8, 8]
