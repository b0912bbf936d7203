"""The consolidate stage: figures → facts, and the timeline.

Reads the figures of all sources (and the sources' publication dates); merges mentions of the
same figure about the same thing into one :class:`Fact`, within an article and across articles,
citing each distinct sentence once — so a photo caption repeated on the page is one fact with
one citation, and the same figure in two articles is one fact with two sources. Dates are
anchored (:mod:`factsheet.grammar.dates`) before they are merged, and the date facts are ordered
into a
timeline. Pure computation: no I/O, no NLP.

When two mentions are "the same thing" (see :func:`same_thing`):

- they must agree on kind, value (or range), unit, currency and anchored date;
- a mention in the same sentence as another (a repeated caption) is the same;
- a relative date that cannot be anchored ("last week" with no publication date) is only the
  same as itself in a repeated sentence;
- their periods must not differ ("$5 billion in 2024" is not "$5 billion in 2023"; a mention
  with no period may join one with a period), nor the named things they are about (their
  ``subject``: "12,500 employees at WeWork" is not "12,500 employees at Uber");
- across articles, only mentions that say what they are about merge: a bare number or a
  mention with no entity ("2", "3", "5") never does, nor a date ("this year" of two unrelated
  articles is two facts), nor a small number unless it is about the same named thing;
- a small number (under 10: "one official", "two years") is only the same when what it is
  about is worded the same; "one official" and "one senior Army official" stay apart;
- otherwise the entities' head nouns must agree ("16,000 foreigners" and "16,000 volunteers"
  are apart), or one mention says nothing of what it is about beyond its unit, or both are
  about the same named thing (the article's own subject: "the company's sales" in a report on
  WeWork and "WeWork's revenue" in another);
- a large sum of money (a million or more) is distinctive enough to be the same sum under two
  generic descriptions ("$95 billion bill", "$95 billion foreign aid package"), but not when
  either names something ("$14 billion for Israel" is not "$14 billion for Egypt").

A fact keeps what its mentions say of who gives it (each speaker once, in order), of when it
holds (the first period given) and of how sure it is (``reported`` when any mention states it
as it is).
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from factsheet.grammar import dates
from factsheet.models import Fact, Figure, Mention
from factsheet.nlp.inflect import singular

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
_PREPOSITIONS = frozenset(
    {"in", "of", "for", "from", "at", "on", "to", "with", "by", "among", "across", "into", "per"}
)
_SMALL = 10
"""Numbers below this are too common to identify a fact by their value alone."""
_DISTINCTIVE_MONEY = 1_000_000


@functools.lru_cache(maxsize=65536)
def entity_head(entity: str | None) -> str:
    """The head noun of an entity, lower case and singular: the last word before its first
    preposition ("partners in the Indo-Pacific" → "partner"; "Army's Europe" → "europe")."""
    words = _WORD.findall(entity or "")
    for i, word in enumerate(words):
        if word.lower() in _PREPOSITIONS and i > 0:
            words = words[:i]
            break
    if not words:
        return ""
    head = words[-1].lower()
    head = re.sub(r"['’]s?$", "", head)
    return singular(head)


def subject_head(f: Figure | Fact) -> str:
    """The head noun of what a figure is about, or "" when its entity says nothing beyond its
    unit ("3,200 nurses" about "nurses" says only what is counted)."""
    head = entity_head(f.entity)
    return "" if f.unit and head == singular(f.unit.lower().split()[-1]) else head


def _phrase_key(entity: str | None) -> str:
    return " ".join(singular(w.lower()) for w in _WORD.findall(entity or ""))


def _sentence_key(f: Figure) -> tuple[str, str]:
    return (f.source, " ".join(f.sentence.split()))


def _names_something(entity: str | None) -> bool:
    """Whether an entity holds a name (a capitalised word): "Ukraine", "Army's Europe"."""
    return any(w[:1].isupper() for w in _WORD.findall(entity or ""))


def _small(f: Figure) -> bool:
    values = [v for v in (f.value, f.low, f.high) if v is not None]
    return bool(values) and all(abs(v) < _SMALL for v in values) and f.kind != "money"


def _distinctive(f: Figure) -> bool:
    return f.kind == "money" and f.value is not None and abs(f.value) >= _DISTINCTIVE_MONEY


@functools.lru_cache(maxsize=65536)
def name_key(name: str | None) -> str:
    """A named subject as compared: lower case, without dots and possessives ("U.S." = "US")."""
    words = (re.sub(r"['’]s?$", "", w).replace(".", "") for w in (name or "").lower().split())
    return " ".join(w for w in words if w)


def period_key(f: Figure | Fact, source: str | None = None) -> str | None:
    """What a period is compared by: its ISO period, else its time phrase as written within its
    source (an unanchored "last year" of one article is not another's); None when it has
    neither."""
    if f.period:
        return f.period
    if f.period_surface:
        words = [w for w in f.period_surface.lower().split() if w not in ("in", "on", "the")]
        return f"{source or ''}\0{' '.join(words)}"
    return None


def periods_differ(a: Figure, b: Figure) -> bool:
    """Whether two mentions hold for different periods (both give one, and not the same)."""
    pa, pb = period_key(a, a.source), period_key(b, b.source)
    return pa is not None and pb is not None and pa != pb


def same_thing(a: Figure, b: Figure) -> bool:
    """Whether two mentions with the same value, unit and date are about the same thing."""
    if _sentence_key(a) == _sentence_key(b):
        return True
    if periods_differ(a, b):
        return False
    named_a, named_b = name_key(a.subject), name_key(b.subject)
    if named_a and named_b and named_a != named_b:
        return False
    if a.source != b.source and not _may_merge_across(a, b):
        return False
    if _small(a) or _small(b):
        return _phrase_key(a.entity) == _phrase_key(b.entity) or bool(
            named_a and named_a == named_b
        )
    head_a, head_b = subject_head(a), subject_head(b)
    if not head_a or not head_b or head_a == head_b:
        return True
    if named_a and named_a == named_b:
        return True
    return _distinctive(a) and not _names_something(a.entity) and not _names_something(b.entity)


def _may_merge_across(a: Figure, b: Figure) -> bool:
    """Whether mentions from two articles may be one fact at all (see the module docstring)."""
    if a.kind in ("date", "time") or not a.entity or not b.entity:
        return False
    if a.kind == "number" or b.kind == "number":
        return False
    if _small(a) or _small(b):
        return bool(a.subject and b.subject)
    return True


def value_key(f: Figure, anchored: str | None) -> tuple[object, ...]:
    """What mentions of one fact must share: kind, value or range (a score's tallies in their
    order), unit, currency, date."""
    return (f.kind, f.value, f.low, f.high, f.score_first, f.score_second, f.unit, f.currency,
            anchored)  # fmt: skip


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


def _entity(members: Sequence[Figure]) -> str | None:
    """The entity most mentions give; on a tie the most words, then the first given."""
    named = [f.entity for f in members if f.entity]
    if not named:
        return None
    counts = Counter(named)
    return max(dict.fromkeys(named), key=lambda e: (counts[e], len(e.split())))


Anchoring = tuple[str | None, dates.Basis]
"""A date figure's anchored ISO date (or ``None``) and how it was anchored."""


def anchoring(f: Figure, published: str | None) -> Anchoring | None:
    """A date figure's anchoring, given its source's publication date (ISO); ``None`` for a
    figure that is not a date."""
    if f.kind != "date":
        return None
    return dates.anchor(f.surface, f.date, dates.publication_day(published))


def fact_key(f: Figure, anchored: Anchoring | None) -> tuple[object, ...]:
    """The key every mention of one fact shares (:func:`value_key`); a date that cannot be
    anchored ("last week" with nothing to anchor it) is keyed to its own sentence and words too.
    Mentions with different keys are never one fact, so each key can be clustered alone."""
    key = value_key(f, anchored[0] if anchored is not None else f.date)
    if f.kind == "date" and key[-1] is None:
        key += (*_sentence_key(f), f.surface.lower())  # "the ’70s" and "the late 80s": two
    return key


def clusters(mentions: Sequence[Figure]) -> list[list[int]]:
    """Split the mentions of one fact key (in order of mention) into facts: each fact is the
    indexes of its mentions, in order; facts in order of first mention. A mention joins the
    first fact whose first mention is :func:`same_thing` as it."""
    found: list[list[int]] = []
    for i, f in enumerate(mentions):
        home = next((c for c in found if same_thing(mentions[c[0]], f)), None)
        if home is None:
            found.append([i])
        else:
            home.append(i)
    return found


def consolidate(
    figures: Sequence[Figure], published: Mapping[str, str | None] | None = None
) -> list[Fact]:
    """One fact per distinct figure-about-a-thing, in order of first mention.

    ``published`` maps source ids to their publication dates (ISO), for anchoring dates.
    The figures are grouped by :func:`fact_key` and each group split by :func:`clusters`
    (:mod:`factsheet.run.distributed` runs the same two steps as a reduce by key on a cluster).
    """
    published = published or {}
    anchors = [anchoring(f, published.get(f.source)) for f in figures]
    by_key: dict[tuple[object, ...], list[int]] = {}
    for i, f in enumerate(figures):
        by_key.setdefault(fact_key(f, anchors[i]), []).append(i)
    found: list[list[int]] = []
    for indexes in by_key.values():
        found.extend(
            [indexes[j] for j in cluster] for cluster in clusters([figures[i] for i in indexes])
        )
    found.sort(key=lambda cluster: cluster[0])
    return [fact([figures[i] for i in cluster], anchors[cluster[0]]) for cluster in found]


def fact(members: Sequence[Figure], anchored: Anchoring | None) -> Fact:
    """The fact its mentions (in order of mention) make; ``anchored`` is the first mention's
    :func:`anchoring`."""
    first = members[0]
    citations: list[Mention] = []
    seen: set[tuple[str, str]] = set()
    for f in members:
        if _sentence_key(f) not in seen:
            seen.add(_sentence_key(f))
            citations.append(_mention(f))
    qualifier = next((f.qualifier for f in members if f.qualifier != "exact"), "exact")
    trend = next((f.trend for f in members if f.trend), None)
    timed = next((f for f in members if f.period or f.period_surface), None)
    modality = "reported" if any(f.modality == "reported" for f in members) else first.modality
    subjects = Counter(f.subject for f in members if f.subject)
    digest = hashlib.sha1("\0".join(f.id for f in members).encode()).hexdigest()[:12]
    date, basis = anchored if anchored is not None else (first.date, None)
    days = dates.bounds(date) if first.kind == "date" else None
    return Fact(
        id=digest,
        kind=first.kind,
        surface=first.surface,
        value=first.value,
        low=first.low,
        high=first.high,
        unit=first.unit,
        currency=first.currency,
        entity=_entity(members),
        qualifier=qualifier,
        trend=trend,
        date=date,
        date_basis=basis,
        date_start=days[0] if days else None,
        date_end=days[1] if days else None,
        score_first=first.score_first,
        score_second=first.score_second,
        attributions=list(dict.fromkeys(f.attribution for f in members if f.attribution)),
        period=timed.period if timed is not None else None,
        period_surface=timed.period_surface if timed is not None else None,
        modality=modality,
        subject=subjects.most_common(1)[0][0] if subjects else None,
        mentions=[f.id for f in members],
        sources=list(dict.fromkeys(f.source for f in members)),
        citations=citations,
    )


def timeline(facts: Sequence[Fact]) -> list[str]:
    """Ids of the date facts in chronological order; dates that are not anchored come last,
    in order of first mention. A partial date sorts before fuller ones of the same period
    ("2022" before "2022-02")."""
    dated = [f for f in facts if f.kind == "date"]
    return [f.id for f in sorted(dated, key=lambda f: dates.sort_key(f.date))]
