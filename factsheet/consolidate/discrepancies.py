"""Discrepancies and changes over time: facts that should agree and do not, and things whose
value moved from one period to the next.

Part of the consolidate stage. Reads the merged facts (and the sources' publication dates);
returns :class:`Discrepancy` records, each naming the facts involved and saying in words what
differs — who gives each value and for when — and :class:`Change` records for things given
different values at different periods. A discrepancy is evidence for the reader, not a verdict:
the wording says what differs and leaves the judgment open. Precision comes first: a section
that cries wolf is not read, so every rule below keeps a pair apart rather than flag it.

Two facts are compared only when they are about the same thing:

- the same kind (money, count, percent, measure or age), unit and currency;
- the same named thing (their ``subject``: "WeWork" in one article and "the company" in a report
  on WeWork) or both none; never two people or two places ("Houston car dealers' sales" is not
  the country's); an age only when both name the person;
- for money, percentages and measures, the same head noun of what they are about ("revenue",
  "torque" — of the same named thing); for a count with no subject, what it counts
  ("16,000 foreigners", "20,000 foreigners");
- a word of context in common besides those (both sentences speak of a "legion"), so that
  "12 people killed" and "300 people evacuated" are not compared;
- no change among them ("rose 7%" and "rose 5%" may be two periods), and no sentence in
  common ("this year's $33,790 versus last year's $32,280" is a comparison);
- a compatible modality: an actual figure beside an expected one ("revenue of $1.2 billion,
  beating estimates of $1.1 billion") is a comparison, so ``reported`` and ``estimate`` are
  compared with each other, and a forecast, a target or an expectation only with its like;
- a compatible period: the same, or one of them not given. Two facts with no period from
  articles published more than :data:`APART_DAYS` days apart are not compared either: each may
  hold on its own day; nor a fact whose period ended more than :data:`BEFORE_DAYS` days before
  the publication of one with no period ("employed 2,300 in 2023" and, in March 2024,
  "employs 2,600"). Facts about the same thing with different periods are a
  :class:`Change`, listed in the order of their periods, never a discrepancy.

Within one article, where the same noun often counts different groups ("496 girls" in one study,
"20 girls" in another), values are flagged only when the two facts are worded alike and name
what they are about; a lost or changed scale word is flagged anywhere. Then:

- ``scale_differs``: the same digits with scales a power of a thousand apart ("$4.83 billion"
  and "$4.83"): a scale word lost or changed;
- ``values_differ``: values that cannot both be true, their qualifiers considered ("16,000"
  and "about 20,000"; "more than 16,000" and "about 20,000" agree).

A thing given more than :data:`SERIES` different values for one period (or none) is a series
(daily prices, a table), not a disagreement, and is left alone.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import math
import re
from collections.abc import Collection, Mapping, Sequence

from factsheet import _lexicon as lx
from factsheet.consolidate.facts import entity_head, name_key, period_key, subject_head
from factsheet.grammar import dates
from factsheet.models import Change, Discrepancy, DiscrepancyKind, Fact, Modality
from factsheet.nlp.inflect import singular

COMPARED_KINDS = frozenset({"money", "count", "percent", "measure", "age"})
SERIES = 3
APPROXIMATE = 0.10
"""How far "about X" reaches either side of X, as a fraction of X."""
SMALL = 10
"""Counts under this are compared only between facts that name what they are about."""
SHARED_NAMES = 3
"""Two articles report one story when their figures' sentences share this many names…"""
SHARED_SHARE = 0.2
"""… and that many are at least this share of the names of the article with fewer."""
APART_DAYS = 90
"""Facts with no period from articles published further apart than this are not compared."""
BEFORE_DAYS = 31
"""A fact with a period that ended more than this before the publication of a fact with none
("in 2023" against a report of March 2024) is of another time, and not compared with it."""
_SCALES = (3, 6, 9, 12)
_STEM = 6
"""Context words are compared by their first letters ("volunteered", "volunteers")."""
_WORD = re.compile(r"[a-z][a-z'’-]{2,}")
_AS_REPORTED: frozenset[Modality] = frozenset({"reported", "estimate"})


def _what(fact: Fact) -> str:
    """What a fact measures: for a count, what it counts (its unit); for an age, nothing more
    (whose it is, is its subject); for the rest, the head noun of what it is about unless that
    is only the subject's name ("revenue" of "WeWork revenue")."""
    if fact.kind == "count":
        return entity_head(fact.unit)
    if fact.kind == "age":
        return ""
    head = subject_head(fact)
    if fact.subject and head in {singular(w) for w in name_key(fact.subject).split()}:
        return ""  # "70 percent of Americans": a share of a group, which says not of what
    return head


def bucket(fact: Fact) -> tuple[object, ...] | None:
    """Facts that may be about the same thing share a bucket."""
    if fact.kind not in COMPARED_KINDS or fact.trend:
        return None
    what = _what(fact)
    if fact.kind == "age" and not fact.subject:
        return None  # an age of nobody named: never compared
    if fact.kind != "age" and not what:
        return None  # "WeWork raised $1 billion" and "WeWork lost $2 billion" are two things
    return (fact.kind, fact.unit, fact.currency, what)


def _same_subject(a: Fact, b: Fact) -> bool:
    """Are two facts of a bucket about the same named thing (or both about nothing named, with
    the same owner, or none beyond what they count)? Within one article, a fact that names
    nothing may stand for the one that does ("$4.83 billion for partners in the Indo-Pacific",
    "$4.83 for partners")."""
    sa, sb = _own_subject(a), _own_subject(b)
    if sa and sb:
        return sa == sb
    if sa or sb:
        if _same_article(a, b):
            return True
        other, named = (b, sa) if sa else (a, sb)
        # the other names nothing itself: only "the city" of a report on Riverton stands for it
        return name_key(other.subject) == named and _definite(other)
    if a.kind != "count":
        return True
    return subject_head(a) == subject_head(b)  # "22 launch titles" and "the addition of 10"


def _own_subject(fact: Fact) -> str:
    """The named thing a fact's own entity names ("" when its subject is only the article's,
    or it has none)."""
    key = name_key(fact.subject)
    return key if key and key in name_key(fact.entity) else ""


def _definite(fact: Fact) -> bool:
    """Does a sentence of the fact call what it is about "the …" ("the city now employs")?"""
    first = (fact.entity or "").split()[:1]
    if not first:
        return False
    pattern = re.compile(rf"\b[Tt]he\s+{re.escape(first[0])}\b")
    return any(pattern.search(m.sentence) for m in fact.citations)


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


def _modalities_compatible(a: Fact, b: Fact) -> bool:
    if a.modality in _AS_REPORTED and b.modality in _AS_REPORTED:
        return True
    return a.modality == b.modality


def _period(fact: Fact) -> str | None:
    return period_key(fact, fact.sources[0] if fact.sources else None)


def _published_apart(a: Fact, b: Fact, published: Mapping[str, str | None]) -> bool:
    """Whether the two facts' articles were published more than :data:`APART_DAYS` apart."""
    days = [dates.publication_day(published.get(s)) for f in (a, b) for s in f.sources[:1]]
    if len(days) < 2 or days[0] is None or days[1] is None:
        return False
    return abs((days[0] - days[1]).days) > APART_DAYS


def period_end(iso: str | None) -> dt.date | None:
    """The last day of an ISO period ("2023" → 2023-12-31, "2019-Q3" → 2019-09-30).

    >>> period_end("2023"), period_end("2019-Q3"), period_end("2024-02"), period_end(None)
    (datetime.date(2023, 12, 31), datetime.date(2019, 9, 30), datetime.date(2024, 2, 29), None)
    """
    m = _PERIOD.fullmatch(iso or "")
    if m is None:
        return None
    year = int(m["y"])
    if m["d"]:
        try:
            return dt.date(year, int(m["m"]), int(m["d"]))
        except ValueError:
            return None
    last_month = (
        int(m["m"]) if m["m"] else 3 * int(m["q"]) if m["q"] else 6 * int(m["h"]) if m["h"] else 12
    )
    if not 1 <= last_month <= 12:
        return None
    first_of_next = dt.date(year + last_month // 12, last_month % 12 + 1, 1)
    return first_of_next - dt.timedelta(days=1)


_PERIOD = re.compile(
    r"(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|Q(?P<q>[1-4])|H(?P<h>[12])))?"
)


def _before_the_other(dated: Fact, other: Fact, published: Mapping[str, str | None]) -> bool:
    """Whether ``dated`` holds for a period that ended more than :data:`BEFORE_DAYS` before the
    publication of ``other``, which gives no period (so holds when it was published)."""
    if other.period or other.period_surface or not dated.period:
        return False
    end = period_end(dated.period)
    day = dates.publication_day(published.get(other.sources[0])) if other.sources else None
    return end is not None and day is not None and (day - end).days > BEFORE_DAYS


def _same_article(a: Fact, b: Fact) -> bool:
    return set(a.sources) == set(b.sources) and len(set(a.sources)) == 1


def _small(fact: Fact) -> bool:
    values = [v for v in (fact.value, fact.low, fact.high) if v is not None]
    return bool(values) and all(abs(v) < SMALL for v in values) and fact.kind != "money"


def compare(
    a: Fact,
    b: Fact,
    published: Mapping[str, str | None] | None = None,
    related: Collection[frozenset[str]] | None = None,
) -> DiscrepancyKind | None:
    """How two facts about the same thing disagree, if they do. ``related`` holds the pairs of
    sources that report one story (:func:`related_sources`); ``None``: any two do."""
    if _share_a_sentence(a, b) or not _same_subject(a, b) or not _context(a) & _context(b):
        return None
    if related is not None and not _same_article(a, b):
        pairs = {frozenset((x, y)) for x in a.sources for y in b.sources if x != y}
        if not pairs & set(related):
            return None  # two articles on two stories: two cars' engines, two games
    if (_small(a) or _small(b)) and not (a.subject and b.subject):
        return None  # "one title at launch" and "22 launch titles": one of them is a part
    if not _modalities_compatible(a, b):
        return None  # an actual figure beside an expected one: a comparison
    pa, pb = _period(a), _period(b)
    if pa is not None and pb is not None and pa != pb:
        return None  # different periods: a change over time
    if pa is None and pb is None and _published_apart(a, b, published or {}):
        return None
    if _before_the_other(a, b, published or {}) or _before_the_other(b, a, published or {}):
        return None  # "employed 2,300 in 2023" and, in 2024, "employs 2,600"
    if _scale_apart(a, b):
        return "scale_differs"
    if _same_article(a, b):
        return None  # one article's "60W port" and "30W port" are two ports
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
_MODALITY_WORDS = {
    "estimate": "an estimate",
    "forecast": "a forecast",
    "target": "a target",
    "expected_by_others": "expected by others",
}


def describe(fact: Fact) -> str:
    """A fact as the reader would check it: "about 20,000 (an estimate; a.txt, line 21)",
    "16,000 (Mr Zelensky; 2022-03; b.txt, line 29)"."""
    cue = _QUALIFIER_WORDS.get(fact.qualifier)
    said = " ".join(fact.surface.split())
    if cue and not said.lower().startswith(cue.split()[0]):
        said = f"{cue} {said}"
    notes = [", ".join(fact.attributions)] if fact.attributions else []
    if fact.period or fact.period_surface:
        notes.append(fact.period or " ".join((fact.period_surface or "").split()))
    if fact.modality in _MODALITY_WORDS:
        notes.append(_MODALITY_WORDS[fact.modality])
    where = fact.citations[0] if fact.citations else None
    if where is not None:
        notes.append(f"{where.source}, line {where.line}")
    return f"{said} ({'; '.join(notes)})" if notes else said


def _about(facts: Sequence[Fact]) -> str:
    """What the facts are about, in words: "foreigners", "people (Riverton)"."""
    first = facts[0]
    about = first.entity or first.unit or "the same thing"
    if (
        first.kind == "count"
        and first.unit
        and singular(first.unit) not in {singular(w) for w in about.lower().split()}
    ):
        about = first.unit  # "2,400 people" about "Riverton": people
    own = next((f.subject for f in facts if f.subject and _own_subject(f)), None)
    if own and name_key(own) not in name_key(about):
        about = f"{about} ({own})"  # the thing named, not an article's guess
    return about


def _reason(kind: DiscrepancyKind, facts: Sequence[Fact]) -> str:
    about = _about(facts)
    given = "; ".join(describe(f) for f in facts)
    if kind == "scale_differs":
        return (
            f"The same digits with a different scale for {about}: {given}. "
            "A scale word may have been lost or changed."
        )
    return f"Different values for {about}: {given}."


def _buckets(facts: Sequence[Fact]) -> list[list[Fact]]:
    buckets: dict[tuple[object, ...], list[Fact]] = {}
    for fact in facts:
        key = bucket(fact)
        if key is not None:
            buckets.setdefault(key, []).append(fact)
    return [members for members in buckets.values() if len(members) > 1]


_NAME = re.compile(r"(?<![“\"‘'(])\b[A-Z][a-zA-Z]+\b")
"""A capitalised word: a name, or a sentence's first word (the stopwords of context take out the
"The" and "But" that open sentences; a name that opens one still counts: "Ukraine said …")."""


def related_sources(facts: Sequence[Fact]) -> set[frozenset[str]]:
    """The pairs of sources that report one story: they state a figure in common (not a date,
    a bare number or a small count), or the sentences of their figures share at least
    :data:`SHARED_NAMES` capitalised words (names, not the stopwords of context), and these are
    at least :data:`SHARED_SHARE` of those of the source with fewer. A source with fewer names
    than that (a short text) is taken to report the story of any other: the words of context
    the facts must share decide alone."""
    names: dict[str, set[str]] = {}
    for fact in facts:
        for m in fact.citations:
            words = {w for w in _NAME.findall(m.sentence) if w.lower() not in lx.CONTEXT_STOPWORDS}
            names.setdefault(m.source, set()).update(words)
    pairs: set[frozenset[str]] = set()
    for fact in facts:  # a figure both report: "$120 million" in two reports of one budget
        shared_by = sorted(set(fact.sources))
        if len(shared_by) > 1 and fact.kind not in ("date", "time", "number") and not _small(fact):
            pairs.update(frozenset(p) for p in itertools.combinations(shared_by, 2))
    for a, b in itertools.combinations(sorted(names), 2):
        shared = len(names[a] & names[b])
        fewer = min(len(names[a]), len(names[b]))
        if fewer < SHARED_NAMES or (shared >= SHARED_NAMES and shared >= SHARED_SHARE * fewer):
            pairs.add(frozenset((a, b)))
    return pairs


def find_discrepancies(
    facts: Sequence[Fact], published: Mapping[str, str | None] | None = None
) -> list[Discrepancy]:
    """Pairs of facts about the same thing that disagree, in sheet order. ``published`` maps
    source ids to their publication dates (ISO)."""
    found: list[Discrepancy] = []
    related = related_sources(facts)
    for members in _buckets(facts):
        periods = [_period(m) for m in members]
        at: dict[str | None, list[Fact]] = {}  # the members of each period, in bucket order
        for member, period in zip(members, periods, strict=True):
            at.setdefault(period, []).append(member)
        for i, a in enumerate(members):
            peers = at[periods[i]]
            if i + 1 < len(members) and _series(a, peers, [periods[i]] * len(peers)):
                continue
            for b in members[i + 1 :]:
                kind = compare(a, b, published, related)
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


def _series(a: Fact, members: Sequence[Fact], periods: Sequence[str | None] | None = None) -> bool:
    """Whether the thing ``a`` is about is given more than :data:`SERIES` values for its own
    period (a table, daily prices): the facts of its bucket about the same named thing with
    the same period, or none as it has none. Values at other periods are a change.
    ``periods``: the members' periods (:func:`_period`), when already known."""
    pa = _period(a)
    if periods is None:
        periods = [_period(m) for m in members]
    peers = [m for m, p in zip(members, periods, strict=True) if p == pa and _same_subject(a, m)]
    return len({(f.value, f.low, f.high) for f in peers}) > SERIES


def find_changes(facts: Sequence[Fact]) -> list[Change]:
    """Things given different values at different periods, each listed in order of period
    (see the module docstring): "12,500 employees (2019-06-30) → 12,000 (2019-11)"."""
    found: list[Change] = []
    for members in _buckets(facts):
        timed = [f for f in members if f.period and f.modality in _AS_REPORTED]
        by_period: dict[str, list[Fact]] = {}
        for f in timed:
            by_period.setdefault(f.period or "", []).append(f)
        if len(by_period) < 2 or any(len(v) > 1 for v in by_period.values()):
            continue  # one period given two values is for the discrepancies to judge
        periods = sorted(by_period, key=dates.sort_key)
        if any(b.startswith(a) for a, b in itertools.pairwise(periods)):
            continue  # "2019" and "2019-Q3" overlap: not one thing at two times
        ordered = [by_period[p][0] for p in periods]
        if len({(f.value, f.low, f.high) for f in ordered}) < 2 or not _shared_context(ordered):
            continue
        ids = [f.id for f in ordered]
        digest = hashlib.sha1("\0".join(ids).encode()).hexdigest()[:12]
        steps = " → ".join(describe(f) for f in ordered)
        about = _about(ordered)
        found.append(Change(id=digest, facts=ids, about=about, reason=f"{about}: {steps}."))
    position = {f.id: i for i, f in enumerate(facts)}
    return sorted(found, key=lambda c: [position[x] for x in c.facts])


def _shared_context(facts: Sequence[Fact]) -> bool:
    common = _context(facts[0])
    for f in facts[1:]:
        common &= _context(f)
    return bool(common) or len({s for f in facts for s in f.sources}) == 1
