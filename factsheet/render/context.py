"""The template context: the view rows (:class:`Row`, :class:`KeyRow`, :class:`SourceRow` …)
and :func:`build_context`, which groups a sheet's facts into sections and numbers the
footnotes. Every variable and field is documented in README.md, "Template context"."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import quote

from factsheet import _claims as lx_claims
from factsheet.models import (
    Change,
    Discrepancy,
    Fact,
    FactSheet,
    Kind,
    Mention,
    Source,
)
from factsheet.render.wording import (
    ANCHORING_TEXT,
    DISCREPANCY_HEADINGS,
    TREND_TEXT,
    normalised,
    qualifier_text,
    written_change,
)

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Note:
    """One footnote: its number on the page and the mention it cites."""

    number: int
    mention: Mention
    fact: Fact


@dataclass(frozen=True, slots=True)
class Row:
    """One fact as one line; strings are plain text (escape with ``md``)."""

    fact: Fact
    surface: str
    normalised: str
    entity: str
    qualifier: str
    trend: str
    n_sources: int
    details: list[str]
    label: str
    anchoring: str = ""
    notes: list[Note] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    """Who gives the figure, each as shown ("Sergei Shoigu, Russian Defence Minister")."""
    period: str = ""
    """When it holds: the ISO period ("2024", "2023-10"), else the time phrase as written."""
    modality: str = ""
    """"", "estimate", "forecast", "target" or "expected by others"."""
    disputed: bool = False
    """Whether the fact is one of a discrepancy."""
    said: str = ""
    """The speakers and the period, joined by " · " ("one senior Army official · 2024")."""


@dataclass(frozen=True, slots=True)
class KeyRow:
    """One line of the key-figures table."""

    rank: int
    row: Row
    reasons: list[str]
    score: int


@dataclass(frozen=True, slots=True)
class DiscrepancyRow:
    """Facts that disagree, and what differs (plain text)."""

    discrepancy: Discrepancy
    heading: str
    reason: str
    rows: list[Row]


@dataclass(frozen=True, slots=True)
class Section:
    """A group of facts of related kinds, under one heading."""

    key: str
    heading: str
    kinds: tuple[Kind, ...]
    rows: list[Row]


@dataclass(frozen=True, slots=True)
class ChangeRow:
    """A thing given different values at different periods, in order of period."""

    change: Change
    about: str
    reason: str
    rows: list[Row]


@dataclass(frozen=True, slots=True)
class ChartLink:
    """A chart file beside the Markdown: its title (plain text), its relative path and the ids
    of the sources of its bars."""

    title: str
    path: str
    sources: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "path", quote(self.path, safe="/._-"))


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One entry of the numbered source list; strings are plain text."""

    number: int
    source: Source
    id: str
    title: str
    meta: str


# (key, heading, kinds), in page order. Dates go to the timeline instead.
SECTIONS: tuple[tuple[str, str, tuple[Kind, ...]], ...] = (
    ("money", "Money", ("money",)),
    ("count", "Counts", ("count",)),
    ("percent", "Percentages", ("percent",)),
    ("age", "Ages", ("age",)),
    ("measure", "Measures and durations", ("measure", "duration")),
    ("score", "Scores and votes", ("score",)),
    ("number", "Other numbers", ("number", "time", "ordinal")),
)

_EXCERPT_LENGTH = 100


def _plural_s(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _excerpt(text: str, limit: int = _EXCERPT_LENGTH) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


class _Numberer:
    """Hands out footnote numbers in order of appearance."""

    def __init__(self) -> None:
        self.notes: list[Note] = []
        self._by_fact: dict[str, list[Note]] = {}

    def cite(self, fact: Fact) -> list[Note]:
        """The fact's footnotes, numbered at its first appearance on the page."""
        if fact.id not in self._by_fact:
            made = [Note(len(self.notes) + i + 1, m, fact) for i, m in enumerate(fact.citations)]
            self.notes.extend(made)
            self._by_fact[fact.id] = made
        return self._by_fact[fact.id]


_MODALITY_TEXT: dict[str, str] = {
    "estimate": "estimate",
    "forecast": "forecast",
    "target": "target",
    "expected_by_others": "expected by others",
}


def speaker_text(speaker: str) -> str:
    """A speaker as the sheet shows it: a name after a title comes first ("Russian Defence
    Minister Sergei Shoigu" → "Sergei Shoigu, Russian Defence Minister"); anything else as
    written.

    >>> speaker_text("Russian Defence Minister Sergei Shoigu"), speaker_text("US officials")
    ('Sergei Shoigu, Russian Defence Minister', 'US officials')
    """
    words = " ".join(speaker.split()).split(" ")
    for i in range(len(words) - 2, -1, -1):
        if words[i].lower().strip(".,") in lx_claims.TITLE_WORDS:
            name = words[i + 1 :]
            if name and all(w[:1].isupper() for w in name) and words[0][:1].isupper():
                return f"{' '.join(name)}, {' '.join(words[: i + 1])}"
            break
    return " ".join(words)


def _row(fact: Fact, numberer: _Numberer, disputed: frozenset[str] = frozenset()) -> Row:
    surface = " ".join(fact.surface.split())
    norm = normalised(fact)
    if norm == surface:
        norm = ""
    entity = " ".join((fact.entity or "").split())
    qualifier = qualifier_text(fact.qualifier)
    trend = TREND_TEXT.get(fact.trend or written_change(fact) or "", "")
    n_sources = len(set(fact.sources))
    anchoring = ANCHORING_TEXT.get(fact.date_basis or "", "")
    modality = _MODALITY_TEXT.get(fact.modality, "")
    speakers = [speaker_text(s) for s in fact.attributions]
    period = fact.period or " ".join((fact.period_surface or "").split())
    is_disputed = fact.id in disputed
    details = [d for d in (entity, qualifier, trend, modality, anchoring) if d]
    if n_sources > 1:
        details.append(f"{n_sources} sources")
    if is_disputed:
        details.append("disputed")
    if not surface:  # never expected: the surface is always kept
        surface, norm = norm or "?", ""
    if entity:
        label = entity
    elif fact.citations:
        label = _excerpt(fact.citations[0].sentence)
    else:
        label = ""
    return Row(
        fact=fact,
        surface=surface,
        normalised=norm,
        entity=entity,
        qualifier=qualifier,
        trend=trend,
        n_sources=n_sources,
        details=details,
        label=label,
        anchoring=anchoring,
        notes=numberer.cite(fact),
        speakers=speakers,
        period=period,
        modality=modality,
        disputed=is_disputed,
        said=" · ".join(d for d in ("; ".join(speakers), period) if d),
    )


def _timeline_facts(sheet: FactSheet) -> list[Fact]:
    dates = {f.id: f for f in sheet.facts if f.kind == "date"}
    ordered: list[Fact] = []
    for fact_id in sheet.timeline:
        fact = dates.pop(fact_id, None)
        if fact is None:
            logger.warning("timeline id %r is not a date fact of the sheet (or repeats)", fact_id)
            continue
        ordered.append(fact)
    if dates:
        logger.warning("%d date facts missing from the timeline; listed last", len(dates))
        ordered.extend(f for f in sheet.facts if f.id in dates)
    return ordered


def _source_row(number: int, source: Source) -> SourceRow:
    meta = ", ".join(" ".join(x.split()) for x in (source.site, source.date) if x and x.strip())
    return SourceRow(
        number=number,
        source=source,
        id=source.id,
        title=" ".join((source.title or "").split()),
        meta=meta,
    )


def _summary(sheet: FactSheet) -> str:
    sources = _plural_s(len(sheet.sources), "source")
    if not sheet.facts:
        return f"No figures found in {sources}."
    facts = _plural_s(len(sheet.facts), "fact")
    figures = _plural_s(len(sheet.figures), "figure")
    return f"{facts} from {figures} in {sources}."


def build_context(sheet: FactSheet, charts: Sequence[ChartLink] = ()) -> dict[str, object]:
    """The variables a template sees (documented in this module's docstring)."""
    numberer = _Numberer()
    by_id = {f.id: f for f in sheet.facts}
    disputed = frozenset(i for d in sheet.discrepancies for i in d.facts)

    def row(fact: Fact) -> Row:
        return _row(fact, numberer, disputed)

    key_figures = [
        KeyRow(k.rank, row(by_id[k.fact]), list(k.reasons), k.score)
        for k in sheet.key_facts
        if k.fact in by_id
    ]
    discrepancies = [
        DiscrepancyRow(
            discrepancy=d,
            heading=DISCREPANCY_HEADINGS.get(d.kind, d.kind),
            reason=d.reason,
            rows=[row(by_id[i]) for i in d.facts if i in by_id],
        )
        for d in sheet.discrepancies
    ]
    changes = [
        ChangeRow(
            change=c,
            about=" ".join(c.about.split()),
            reason=c.reason,
            rows=[row(by_id[i]) for i in c.facts if i in by_id],
        )
        for c in sheet.changes
    ]
    sections: list[Section] = []
    for key, heading, kinds in SECTIONS:
        facts = [f for f in sheet.facts if f.kind in kinds]
        if facts:
            sections.append(Section(key, heading, kinds, [row(f) for f in facts]))
    timeline = [row(f) for f in _timeline_facts(sheet)]
    return {
        "sheet": sheet,
        "title": " ".join(sheet.title.split()) or "Fact sheet",
        "summary": _summary(sheet),
        "empty": not sheet.facts,
        "n_facts": len(sheet.facts),
        "n_figures": len(sheet.figures),
        "n_sources": len(sheet.sources),
        "sources": [_source_row(i, s) for i, s in enumerate(sheet.sources, 1)],
        "key_figures": key_figures,
        "discrepancies": discrepancies,
        "changes": changes,
        "sections": sections,
        "timeline": timeline,
        "notes": numberer.notes,
        "charts": list(charts),
    }
