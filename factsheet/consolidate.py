"""The consolidate stage: figures → facts, and the timeline.

Reads the figures of all sources; merges mentions of the same figure about the same thing into
one :class:`Fact` (same kind, value, unit, currency, date and entity head word), citing each
distinct sentence once — so a photo caption repeated on the page is one fact with one citation,
and the same figure in two articles is one fact with two sources. Orders the date facts into a
timeline. Pure computation: no I/O, no NLP.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from factsheet.models import Fact, Figure, Mention

_WORD = re.compile(r"[a-z0-9]+")


def _entity_key(entity: str | None) -> str:
    """What an entity is about, for merging: its last content word, crudely singular."""
    words = _WORD.findall((entity or "").lower())
    if not words:
        return ""
    head: str = words[-1]
    return head[:-1] if head.endswith("s") and not head.endswith("ss") else head


def fact_key(f: Figure) -> tuple[object, ...]:
    """Figures with equal keys are mentions of one fact."""
    return (f.kind, f.value, f.low, f.high, f.unit, f.currency, f.date, _entity_key(f.entity))


def _mention(f: Figure) -> Mention:
    lo = f.span[0] - f.sentence_span[0]
    return Mention(
        figure=f.id,
        source=f.source,
        line=f.line,
        surface=f.surface,
        sentence=f.sentence,
        span=f.span,
        at=(lo, lo + len(f.surface)),
    )


def consolidate(figures: Sequence[Figure]) -> list[Fact]:
    """One fact per distinct figure-about-a-thing, in order of first mention."""
    groups: dict[tuple[object, ...], list[Figure]] = {}
    for f in figures:
        groups.setdefault(fact_key(f), []).append(f)
    facts = []
    for members in groups.values():
        first = members[0]
        citations: list[Mention] = []
        seen: set[tuple[str, str]] = set()
        for f in members:
            key = (f.source, " ".join(f.sentence.split()))
            if key not in seen:
                seen.add(key)
                citations.append(_mention(f))
        entity = next((f.entity for f in members if f.entity), None)
        qualifier = next((f.qualifier for f in members if f.qualifier != "exact"), "exact")
        trend = next((f.trend for f in members if f.trend), None)
        digest = hashlib.sha1("\0".join(f.id for f in members).encode()).hexdigest()[:12]
        facts.append(
            Fact(
                id=digest,
                kind=first.kind,
                surface=first.surface,
                value=first.value,
                low=first.low,
                high=first.high,
                unit=first.unit,
                currency=first.currency,
                entity=entity,
                qualifier=qualifier,
                trend=trend,
                date=first.date,
                mentions=[f.id for f in members],
                sources=list(dict.fromkeys(f.source for f in members)),
                citations=citations,
            )
        )
    return facts


def timeline(facts: Sequence[Fact]) -> list[str]:
    """Ids of the date facts in chronological order; dates without a year come last, as written.

    Partial dates sort before fuller ones of the same period ("2022" before "2022-02").
    """
    dated = [f for f in facts if f.kind == "date"]

    def key(f: Fact) -> tuple[int, str, str]:
        iso = f.date or ""
        anchored = bool(re.match(r"\d{4}", iso))
        return (0 if anchored else 1, iso, f.surface.lower())

    return [f.id for f in sorted(dated, key=key)]
