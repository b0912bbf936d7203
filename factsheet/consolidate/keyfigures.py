"""Key figures: the handful of facts that matter most, ranked by evidence a reader can check.

Part of the consolidate stage. Reads the merged facts and where each source's headline and lead
end; returns at most :data:`LIMIT` :class:`KeyFact` records, each with its score and the
reasons that make it up:

===================  ======  ==============================================================
reason               points  when
===================  ======  ==============================================================
``N sources``        3 each  every source beyond the first that states the fact
``N mentions``       1 each  every distinct sentence beyond the first that states it
``headline``         4       a mention stands in a source's headline
``lead``             2       a mention stands in a source's lead (its first paragraphs)
``money``            3       the fact is money
``people``           3       the fact counts people ("16,000 volunteers")
``count``/``percent`` 1      another count, or a percentage
``large``            1       money of a million or more, a count of a thousand or more
``named source``     2       the text credits it to a named speaker ("Mr Zelensky said")
``said by a source`` 1       else to a speaker it does not name ("one senior Army official")
===================  ======  ==============================================================

Mentions are counted by their words: a paragraph the page repeats (a caption printed twice,
once with a comma more) counts once.

Key figures are figures a reader can name: a fact with no entity is never one, nor one whose
kind or unit is not clear — a vague amount ("thousands", "a dozen"), money written without a
currency ("1080p" read as pence), a count of nothing named. Dates, times, ordinals and bare
numbers are not key figures either. Ties keep the sheet's order.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from factsheet import _claims as cl
from factsheet import _lexicon as lx
from factsheet.models import Fact, KeyFact
from factsheet.read.furniture import Span
from factsheet.read.layout import content

LIMIT = 10
LEAD_PARAGRAPHS = 3
"""How many paragraphs after the headline make the lead."""
_HEADLINE_MAX = 200
_RANKED_KINDS = frozenset({"money", "count", "percent", "measure", "duration", "age", "score"})
_KIND_POINTS = {"money": 3, "count": 1, "percent": 1}
_LARGE = {"money": 1_000_000, "count": 1_000}


@dataclass(frozen=True)
class Layout:
    """Where a source's headline and lead end (character offsets into its text)."""

    headline_end: int = 0
    lead_end: int = 0


def layout(text: str, pieces: Sequence[Span] | None = None) -> Layout:
    """The headline and lead of an article's text. The headline is the first paragraph of
    content (page furniture is passed over) when it reads as one (short, no full stop at its
    end); the lead is the paragraphs that follow it.

    >>> text = "16,000 volunteers\\n\\nFirst para.\\n\\nSecond.\\n\\nThird.\\n\\nFourth."
    >>> found = layout(text)
    >>> text[: found.headline_end], text[found.headline_end : found.lead_end].split()
    ('16,000 volunteers', ['First', 'para.', 'Second.', 'Third.'])

    ``pieces`` are the text's content spans (:func:`factsheet.read.layout.content`), when the
    caller has them already.
    """
    paras = content(text) if pieces is None else pieces
    if not paras:
        return Layout()
    first_start, first_end = paras[0]
    first = text[first_start:first_end]
    is_headline = len(first) <= _HEADLINE_MAX and not re.search(r"[.!?…][\"'”’)]*\s*$", first)
    headline_end = first_end if is_headline else 0
    body = paras[1:] if is_headline else paras
    lead_end = body[min(LEAD_PARAGRAPHS, len(body)) - 1][1] if body else headline_end
    return Layout(headline_end, lead_end)


def headline(text: str, pieces: Sequence[Span] | None = None) -> str | None:
    """A text's headline, as :func:`layout` finds it (the first paragraph of content, when it
    reads as one), on one line; None when it has none.

    >>> headline("Breaking News\\n\\nFloods close 40 schools\\n\\nSchools in the valley shut.")
    'Floods close 40 schools'
    """
    paras = content(text) if pieces is None else pieces
    found = layout(text, paras)
    if not found.headline_end or not paras:
        return None
    return " ".join(text[paras[0][0] : found.headline_end].split()) or None


def counts_people(fact: Fact) -> bool:
    """Whether a fact counts people: its counted noun (by its last word: "asylum seeker")
    names people."""
    if fact.kind != "count" or not fact.unit:
        return False
    return fact.unit.split()[-1].lower() in lx.PERSON_NOUNS


_CURRENCY_SYMBOLS = frozenset(
    ch for mark in lx.CURRENCY_PREFIXES for ch in mark if not ch.isalnum() and ch not in ".="
)
_CURRENCY_NAMES = frozenset(
    w.lower()
    for w in (
        *lx.CURRENCY_WORDS,
        *lx.ISO_CODES,
        *(m for m in lx.CURRENCY_PREFIXES if m.isalpha() and len(m) > 1),
        *(u for u in lx.CURRENCY_SUBUNITS if len(u) > 1),
    )
)
_LETTERS = re.compile(r"[A-Za-z]+")


def nameable(fact: Fact) -> bool:
    """Whether a reader can name the figure: it has an entity, a clear amount (not
    "thousands") and a clear unit (money with its currency written, a count of something)."""
    if not fact.entity or fact.kind not in _RANKED_KINDS:
        return False
    words = _LETTERS.findall(fact.surface.lower())
    if not any(ch.isdigit() for ch in fact.surface) and any(w in cl.VAGUE_AMOUNTS for w in words):
        return False
    if fact.kind == "money":
        return any(ch in _CURRENCY_SYMBOLS for ch in fact.surface) or any(
            w in _CURRENCY_NAMES for w in words
        )
    return fact.kind != "count" or bool(fact.unit)


def _distinct_mentions(fact: Fact) -> int:
    """How many different sentences state the fact, compared by their words alone."""
    return len({(m.source, tuple(_WORDS.findall(m.sentence.lower()))) for m in fact.citations})


_WORDS = re.compile(r"\w+")


def evidence(fact: Fact, layouts: Mapping[str, Layout]) -> list[tuple[str, int]]:
    """The reasons a fact ranks, each with its points."""
    found: list[tuple[str, int]] = []
    n_sources = len(set(fact.sources))
    if n_sources > 1:
        found.append((f"{n_sources} sources", 3 * (n_sources - 1)))
    mentions = _distinct_mentions(fact)
    if mentions > 1:
        found.append((f"{mentions} mentions", mentions - 1))
    at = [(m.span[0], layouts.get(m.source, Layout())) for m in fact.citations]
    if any(start < place.headline_end for start, place in at):
        found.append(("headline", 4))
    elif any(start < place.lead_end for start, place in at):
        found.append(("lead", 2))
    if counts_people(fact):
        found.append(("people", 3))
    elif fact.kind in _KIND_POINTS:
        found.append((fact.kind, _KIND_POINTS[fact.kind]))
    size = fact.value if fact.value is not None else fact.high
    if fact.kind in _LARGE and size is not None and abs(size) >= _LARGE[fact.kind]:
        found.append(("large", 1))
    if any(_named(speaker) for speaker in fact.attributions):
        found.append(("named source", 2))
    elif fact.attributions:
        found.append(("said by a source", 1))
    return found


def _named(speaker: str) -> bool:
    """Whether a speaker is named: the speaker's last word, its head, is a name ("Mr
    Zelensky", "the Wall Street Journal"; not "US officials", "one senior Army official")."""
    words = speaker.split()
    return bool(words) and words[-1][:1].isupper()


def key_facts(facts: Sequence[Fact], layouts: Mapping[str, Layout]) -> list[KeyFact]:
    """The most important facts, most important first, at most :data:`LIMIT`."""
    scored = []
    for position, fact in enumerate(facts):
        if not nameable(fact):
            continue
        reasons = evidence(fact, layouts)
        scored.append((-sum(points for _, points in reasons), position, fact, reasons))
    scored.sort(key=lambda item: (item[0], item[1]))
    return [
        KeyFact(fact=fact.id, rank=rank, score=-score, reasons=[r for r, _ in reasons])
        for rank, (score, _, fact, reasons) in enumerate(scored[:LIMIT], 1)
    ]
