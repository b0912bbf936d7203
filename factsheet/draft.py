"""A figure in the making: the record the per-document stages fill in before a :class:`Figure`
is built, once, complete.

:func:`factsheet.classify.figures.classify` makes one :class:`Draft` per figure of a sentence, from
the
number candidate (:class:`factsheet.grammar.numbers.Candidate`) and the parse. Each later stage of
the
document then sets the fields that are its own, on the draft, in place:

- classify itself: a bare number takes the kind, unit and currency of a like figure beside it
  (``classify._shared_units``); two figures written apart become one range
  (:func:`factsheet.grammar.ranges.join_apart`); a figure without an entity takes the one of the
  figure
  it restates or continues (:func:`factsheet.classify.entity.share_entities`);
- the claims pass (:func:`factsheet.classify.claims.annotate`): ``attribution``, ``period``,
  ``period_surface``, ``modality``, ``subject``;
- the values stage (:func:`factsheet.consolidate.values.normalise`): ``value``, ``low``, ``high``,
  ``date_start``, ``date_end``, ``score_first``, ``score_second``;
- the way back to the text as written (:meth:`factsheet.read.textnorm.Normalised.as_written`):
  ``span``, ``surface``, ``sentence``, ``sentence_span``.

Then :func:`factsheet.run.pipeline.extract_group` builds each :class:`Figure` with
:meth:`Draft.figure`, and nothing rewrites it. A draft has no ``id``: a figure's id is a hash of
its source, span and surface (:func:`factsheet.models.figure_id`), so it is computed from them
(:attr:`Draft.id`) and cannot fall behind a change of span.

One field of a figure is not the document's to set: ``fact_id``, the fact the figure is a
mention of. Facts are made across all the documents
(:func:`factsheet.consolidate.facts.consolidate`,
in :func:`factsheet.run.pipeline.assemble`, or on a Dask cluster), after the figures have been built
(in worker processes, on cluster nodes) and sent back; ``extract`` gives figures without one.
:func:`factsheet.consolidate.values.with_fact_ids` is therefore the one step that copies a built
figure, and
it sets that field alone.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from factsheet.models import Figure, Kind, Modality, Number, Qualifier, Trend, figure_id


@dataclass(slots=True)
class Draft:
    """The fields of a :class:`Figure` but ``id`` (computed) and ``fact_id`` (set across
    documents), while the per-document stages fill them in; each as :class:`Figure` describes
    it."""

    source: str
    span: tuple[int, int]
    line: int
    surface: str
    sentence: str
    sentence_span: tuple[int, int]
    value: Number | None
    low: Number | None
    high: Number | None
    unit: str | None
    currency: str | None
    kind: Kind
    qualifier: Qualifier = "exact"
    trend: Trend | None = None
    entity: str | None = None
    date: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    score_first: Number | None = None
    score_second: Number | None = None
    attribution: str | None = None
    period: str | None = None
    period_surface: str | None = None
    modality: Modality = "reported"
    subject: str | None = None

    @property
    def id(self) -> str:
        """The id the figure will have: a hash of its source, span and surface."""
        return figure_id(self.source, self.span[0], self.span[1], self.surface)

    def figure(self) -> Figure:
        """The figure, built once with every field the per-document stages give it."""
        return Figure(id=self.id, **{name: getattr(self, name) for name in FIELDS})


FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Draft))
"""The fields of a draft, in order: those of a :class:`Figure` but ``id`` and ``fact_id``."""
