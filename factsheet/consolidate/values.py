"""The values stage: what a query can trust, the same in every kind and every output format.

Runs after classify, on each document's figures (reads them and the source's publication date;
changes no span, surface or kind):

- ``value`` is one quantity in its unit, or null. A date or a time of day has none (a year used
  as a date is not the number 2022), and neither has ``low`` or ``high``; a range has none (its
  ends are ``low`` and ``high``), nor a score.
- A score keeps its two tallies as written in ``score_first`` and ``score_second``; its ``low``
  and ``high`` are the smaller and the larger, so that ``low <= high`` holds for every figure.
- A date gets ``date_start`` and ``date_end``, the first and last day it covers as full ISO
  dates ("2022-02" → 2022-02-01 / 2022-02-28), anchored to the publication date where the text
  leaves out the year ("July 31", "last week"), exactly as the fact it merges into is.

Applying it twice changes nothing. It works on the drafts of the figures (:mod:`factsheet.draft`),
before the figures are built. Figures' ``fact_id`` is set where facts are made
(:func:`factsheet.run.pipeline.assemble`), by :func:`with_fact_ids`: the one step that copies a
figure
once it is built, as facts are made across documents after their figures (see
:mod:`factsheet.draft`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from factsheet.draft import Draft
from factsheet.grammar import dates
from factsheet.models import Fact, Figure


def normalise(figures: Iterable[Draft], published: str | None) -> list[Draft]:
    """The figures of one source with their values made uniform (see the module docstring), on
    their drafts, in place; ``published`` is the source's publication date (ISO), for anchoring
    dates."""
    day = dates.publication_day(published)
    out = list(figures)
    for f in out:
        _normalise(f, day)
    return out


def _normalise(f: Draft, published: dt.date | None) -> None:
    if f.kind in ("date", "time"):
        span = None
        if f.kind == "date":
            anchored, _ = dates.anchor(f.surface, f.date, published)
            span = dates.bounds(anchored)
        f.value = f.low = f.high = None
        f.date_start, f.date_end = span if span else (None, None)
    elif f.kind == "score" and f.score_first is None and f.low is not None and f.high is not None:
        f.value = None
        f.score_first, f.score_second = f.low, f.high
        f.low, f.high = min(f.score_first, f.score_second), max(f.score_first, f.score_second)


def with_fact_ids(figures: Sequence[Figure], facts: Iterable[Fact]) -> list[Figure]:
    """The figures, each with the id of the fact it is a mention of: the one field set on a
    figure after it is built (see :mod:`factsheet.draft`), and only where it changes."""
    owner: Mapping[str, str] = {m: fact.id for fact in facts for m in fact.mentions}
    return [
        f if f.fact_id == owner.get(f.id) else f.model_copy(update={"fact_id": owner.get(f.id)})
        for f in figures
    ]
