"""Discrepancies: facts that should agree and do not.

Part of the consolidate stage. Reads the merged facts; returns :class:`Discrepancy` records,
each naming the facts involved and saying in words what differs. A discrepancy is evidence for
the reader, not a verdict: the wording says what differs and leaves the judgment open.

Two facts are compared only when they are about the same thing: the same kind (money, count,
percent, measure or age), unit and currency; the same head noun of what they are about (for a
count with no owner, what it counts: "16,000 foreigners", "20,000 foreigners"); a word of context
in common besides those (both sentences speak of a "legion"), so that "12 people killed" and
"300 people evacuated" are not compared; no change among them ("rose 7%" and "rose 5%" may be
two periods); and no sentence in common ("this year's $33,790 versus last year's $32,280" is a
comparison, not a disagreement). Then:

- ``scale_differs``: the same digits with scales a power of a thousand apart ("$4.83 billion"
  and "$4.83"): a scale word lost or changed;
- ``values_differ``: values that cannot both be true, their qualifiers considered ("16,000"
  and "about 20,000"; "more than 16,000" and "about 20,000" agree).

A thing given more than :data:`SERIES` different values is a series (daily prices, a table),
not a disagreement, and is left alone.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Sequence

from factsheet import _lexicon as lx
from factsheet.consolidate import entity_head, subject_head
from factsheet.models import Discrepancy, DiscrepancyKind, Fact

COMPARED_KINDS = frozenset({"money", "count", "percent", "measure", "age"})
SERIES = 3
APPROXIMATE = 0.10
"""How far "about X" reaches either side of X, as a fraction of X."""
_SCALES = (3, 6, 9, 12)
_STEM = 6
"""Context words are compared by their first letters ("volunteered", "volunteers")."""
_WORD = re.compile(r"[a-z][a-z'’-]{2,}")


def _subject(fact: Fact) -> str:
    """The head noun of what a fact is about; for a count with no owner, what it counts."""
    head = subject_head(fact)
    return entity_head(fact.unit) if fact.kind == "count" and not head else head


def bucket(fact: Fact) -> tuple[object, ...] | None:
    """Facts that may be about the same thing share a bucket."""
    subject = _subject(fact)
    if fact.kind not in COMPARED_KINDS or fact.trend or not subject:
        return None
    return (fact.kind, fact.unit, fact.currency, subject)


def _stems(text: str) -> set[str]:
    return {w[:_STEM] for w in _WORD.findall(text.lower()) if w not in lx.CONTEXT_STOPWORDS}


def _context(fact: Fact) -> set[str]:
    """Words of the fact's sentences that say what they are about, beyond the fact itself."""
    words: set[str] = set()
    for m in fact.citations:
        words |= _stems(m.sentence[: m.at[0]] + " " + m.sentence[m.at[1] :])
    return words - _stems(f"{fact.entity or ''} {fact.unit or ''}")


def _interval(fact: Fact) -> tuple[float, float] | None:
    """The values a fact allows, its qualifier considered."""
    if fact.value is None:
        if fact.low is None or fact.high is None:
            return None
        return (float(fact.low), float(fact.high))
    v = float(fact.value)
    match fact.qualifier:
        case "approximate":
            return (v - abs(v) * APPROXIMATE, v + abs(v) * APPROXIMATE)
        case "at_least" | "more_than":
            return (v, math.inf)
        case "at_most" | "less_than":
            return (-math.inf, v)
    return (v, v)


def _scale_apart(a: Fact, b: Fact) -> bool:
    if a.value is None or b.value is None or a.kind not in ("money", "count"):
        return False
    small, large = sorted((abs(float(a.value)), abs(float(b.value))))
    if small == 0:
        return False
    ratio = math.log10(large / small)
    return any(math.isclose(ratio, s, abs_tol=1e-9) for s in _SCALES)


def _share_a_sentence(a: Fact, b: Fact) -> bool:
    said = {(m.source, " ".join(m.sentence.split())) for m in a.citations}
    return any((m.source, " ".join(m.sentence.split())) in said for m in b.citations)


def compare(a: Fact, b: Fact) -> DiscrepancyKind | None:
    """How two facts about the same thing disagree, if they do."""
    if _share_a_sentence(a, b) or not _context(a) & _context(b):
        return None
    if _scale_apart(a, b):
        return "scale_differs"
    ia, ib = _interval(a), _interval(b)
    if ia is None or ib is None:
        return None
    if ia[1] < ib[0] or ib[1] < ia[0]:
        return "values_differ"
    return None


_QUALIFIER_WORDS = {
    "approximate": "about",
    "at_least": "at least",
    "more_than": "more than",
    "at_most": "at most",
    "less_than": "less than",
}


def describe(fact: Fact) -> str:
    """A fact as the reader would check it: "about 20,000 (a.txt, line 21)"."""
    cue = _QUALIFIER_WORDS.get(fact.qualifier)
    said = " ".join(fact.surface.split())
    if cue and not said.lower().startswith(cue.split()[0]):
        said = f"{cue} {said}"
    where = fact.citations[0] if fact.citations else None
    at = f" ({where.source}, line {where.line})" if where is not None else ""
    return f"{said}{at}"


def _reason(kind: DiscrepancyKind, facts: Sequence[Fact]) -> str:
    about = facts[0].entity or facts[0].unit or "the same thing"
    given = "; ".join(describe(f) for f in facts)
    if kind == "scale_differs":
        return (
            f"The same digits with a different scale for {about}: {given}. "
            "A scale word may have been lost or changed."
        )
    return f"Different values for {about}: {given}."


def find_discrepancies(facts: Sequence[Fact]) -> list[Discrepancy]:
    """Pairs of facts about the same thing that disagree, in sheet order."""
    buckets: dict[tuple[object, ...], list[Fact]] = {}
    for fact in facts:
        key = bucket(fact)
        if key is not None:
            buckets.setdefault(key, []).append(fact)
    found: list[Discrepancy] = []
    for members in buckets.values():
        if len(members) < 2 or len({(f.value, f.low, f.high) for f in members}) > SERIES:
            continue
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                kind = compare(a, b)
                if kind is None:
                    continue
                digest = hashlib.sha1(f"{kind}\0{a.id}\0{b.id}".encode()).hexdigest()[:12]
                found.append(
                    Discrepancy(
                        id=digest, kind=kind, facts=[a.id, b.id], reason=_reason(kind, (a, b))
                    )
                )
    position = {f.id: i for i, f in enumerate(facts)}
    return sorted(found, key=lambda d: [position[x] for x in d.facts])
