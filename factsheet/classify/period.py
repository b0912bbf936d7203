"""When a figure holds: its ``period`` (ISO 8601, partial allowed) and ``period_surface``.

Part of the claims pass (:mod:`factsheet.classify.claims`). Reads the figure's parsed sentence, the
date
figures found in it and the source's publication date; returns the time phrase of the figure's
own clause, as written ("in 2024", "since the start of this fiscal year, October 2023", "in the
third quarter", "last year") and as an ISO period ("2024", "2023-10", "2019-Q3", "2019-H1"),
or nothing.

Time phrases are the sentence's dates (anchored as the timeline anchors them:
:func:`factsheet.grammar.dates.anchor`) and its quarters and halves ("the third quarter of 2019",
"Q3",
"last quarter", "the first half"). A quarter without a year is the last one begun by the
publication date; a fiscal quarter or year is kept as written with no ISO period, since fiscal
years do not start in January.

Which figure a time phrase belongs to, from the parse:

- a phrase in the figure's own noun phrase ("revenue of $1.2 billion *in the third quarter*",
  "*2024* revenue of $5 billion", "$5 billion *in 2024*") is the figure's;
- else a phrase hung on the verb of the figure's clause itself (the verbs of "is expected to
  amount to" are one clause) is the figure's, unless it is in another figure's noun phrase;
  with several such phrases, the nearest one with no other figure between them, and none on a
  tie; a phrase deep in a noun phrase of the clause ("faster than the model from earlier in
  2019") is nobody's but that noun phrase's figures';
- a phrase of another clause is not the figure's: in "Zelensky said in 2022 that 16,000 had
  volunteered" the year is when it was said, and in "$3 billion left to cover costs that are
  expected to amount to $5 billion in 2024" the year is the $5 billion's only.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from factsheet import _claims as cl
from factsheet import _lexicon as lx
from factsheet.grammar import dates
from factsheet.nlp.syntax import VERBS, Span, Token, lemma, root_of, tokens_between

SURFACE_MAX = 60
"""A time phrase's surface covers the preposition it opens with and the words that lead to
the date when that stays within this many characters."""


@dataclass(frozen=True)
class TimePhrase:
    """A time phrase of a sentence: offsets into the sentence text, the ISO period it stands
    for (``None`` when it cannot be anchored), and the token it hangs by."""

    start: int
    end: int
    iso: str | None
    head: Token
    calendar: bool = True
    """False for a quarter or half named without its year ("in the third quarter"): a game's
    quarter as well as a company's; its ISO period holds for money and percentages only."""


_ORD = "|".join(sorted(cl.ORDINAL_QUARTERS, key=len, reverse=True))
_HALF = "|".join(sorted(cl.HALVES, key=len, reverse=True))
_QUARTER = re.compile(
    rf"(?i)\b(?:the\s+)?(?:(?P<y1>\d{{4}})\s+)?(?P<fy>fiscal\s+)?(?P<ord>{_ORD})[\s-]+quarter"
    rf"(?:\s+of\s+(?:the\s+)?(?P<fy2>fiscal\s+(?:year\s+)?)?(?P<y2>\d{{4}}))?\b"
    rf"|\bQ(?P<q>[1-4])(?:\s*(?:of\s+)?(?P<fy3>FY\s?)?(?P<y3>\d{{4}}))?\b"
    rf"|\b(?P<rel>last|this|next|previous|current)\s+quarter\b"
)
_HALF_YEAR = re.compile(
    rf"(?i)\b(?:the\s+)?(?P<fy>fiscal\s+)?(?P<ord>{_HALF})\s+half"
    rf"(?:\s+of\s+(?:the\s+)?(?P<fy2>fiscal\s+(?:year\s+)?)?(?P<y>\d{{4}}))?\b"
)
_FISCAL_YEAR = re.compile(r"(?i)\bfiscal\s+(?:year\s+)?\d{4}\b|\bFY\s?\d{2,4}\b")
_MONTH_NAMES = "|".join(
    m.capitalize() for m in sorted(lx.MONTHS, key=len, reverse=True) if len(m) > 3
)
_MONTH = re.compile(
    rf"\b(?i:(?P<cue>{'|'.join(sorted(cl.MONTH_CUES, key=len, reverse=True))}))[\s-]+"
    rf"(?P<m>{_MONTH_NAMES})\b(?!\.?\s*\d)(?!['’])"
)


def time_phrases(
    sent: Span,
    text: str,
    date_spans: Sequence[tuple[int, int, str | None]],
    published: dt.date | None,
) -> list[TimePhrase]:
    """The time phrases of a parsed sentence (``text`` is its text): its dates, given as
    ``(start, end, iso)`` with offsets into the sentence (the ISO date the timeline gives it,
    ``None`` when not anchored), and its quarters, halves and fiscal years."""
    found: list[tuple[int, int, str | None]] = []
    yearless: set[int] = set()
    for m in _QUARTER.finditer(text):
        found.append((m.start(), m.end(), _quarter(m, published)))
        if not (m["y1"] or m["y2"] or m["y3"] or m["rel"]):
            yearless.add(m.start())
    for m in _HALF_YEAR.finditer(text):
        year = m["y"]
        fiscal = m["fy"] or m["fy2"]
        iso = f"{year}-H{cl.HALVES[m['ord'].lower()]}" if year and not fiscal else None
        found.append((m.start(), m.end(), iso))
    for m in _FISCAL_YEAR.finditer(text):
        found.append((m.start(), m.end(), None))
    for m in _MONTH.finditer(text):
        found.append((m.start("m"), m.end("m"), _month(m["cue"].lower(), m["m"], published)))
    found = _outermost(found)
    dated = set()
    for start, end, iso in date_spans:
        if not any(s <= start and end <= e for s, e, _ in found):
            found.append((start, end, iso))
            dated.add(start)
    phrases = []
    for start, end, iso in sorted(found):
        head = root_of(_tokens(sent, start, end))
        if head is None or (start in dated and not _says_when(head, text, start, end)):
            continue
        if iso is not None and start in dated and _THE_BEFORE.search(text, 0, start):
            iso = None  # "the next year": the year after something, not after publication
        phrases.append(TimePhrase(start, end, iso, head, calendar=start not in yearless))
    return phrases


_THE_BEFORE = re.compile(r"(?i)\bthe\s+$")
_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "poss", "nummod"})
_WHEN_DEPS = frozenset({"pobj", "npadvmod", "advmod", "appos", "conj"})


def _says_when(head: Token, text: str, start: int, end: int) -> bool:
    """Whether a date of the sentence says when something holds: the object of a preposition
    ("in 2024"), a time adverb ("last year"), or a year that modifies a common noun ("2024
    revenue"); not a model year ("2019 Apple AirPods", "the 2016-style keyboard", "a 2018
    model") nor a number read as a year ("1920 pixels")."""
    if end < len(text) and text[end].isalnum():
        return False  # "1900R": a model number
    bare_year = text[start : start + 4].isdigit() and not text[start + 4 : start + 5].isalnum()
    if head.dep_ == "pobj" or (head.dep_ in _WHEN_DEPS and not bare_year):
        return True  # "in 2024", "last year"; a year standing alone is "2019 Apple AirPods"
    if head.dep_ not in _MODIFIER_DEPS:
        return False
    noun = head.head
    if noun.pos_ != "NOUN" or lemma(noun).lower() in cl.MODEL_NOUNS or noun.i < head.i:
        return False
    if head.dep_ == "nummod" and noun.tag_ in ("NNS", "NNPS"):
        return False  # "1920 pixels"
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if after is None or after.text in "-‐–" or after.pos_ == "PROPN":
        return False
    return lemma(after).lower() not in cl.MODEL_NOUNS  # "a 2018 model TV"


def _outermost(spans: list[tuple[int, int, str | None]]) -> list[tuple[int, int, str | None]]:
    spans = sorted(spans, key=lambda s: (s[0], -s[1]))
    kept: list[tuple[int, int, str | None]] = []
    for span in spans:
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    return kept


def _tokens(sent: Span, start: int, end: int) -> list[Token]:
    base = sent.start_char
    return tokens_between(sent, base + start, base + end)


def _quarter(m: re.Match[str], published: dt.date | None) -> str | None:
    """The ISO quarter ("2019-Q3") a quarter phrase names, or ``None``."""
    if m["fy"] or m["fy2"] or m["fy3"]:
        return None
    if m["rel"]:
        if published is None:
            return None
        step = {"last": -1, "previous": -1, "next": 1}.get(m["rel"].lower(), 0)
        index = published.year * 4 + (published.month - 1) // 3 + step
        return f"{index // 4}-Q{index % 4 + 1}"
    quarter = int(m["q"]) if m["q"] else cl.ORDINAL_QUARTERS[m["ord"].lower()]
    year = m["y1"] or m["y2"] or m["y3"]
    if year:
        return f"{year}-Q{quarter}"
    if published is None:
        return None
    begun = published.month >= 3 * (quarter - 1) + 1
    return f"{published.year if begun else published.year - 1}-Q{quarter}"


def _month(cue: str, name: str, published: dt.date | None) -> str | None:
    """The ISO month ("2023-12") a month named without a year stands for: the last one by the
    publication date (with the margin :func:`factsheet.grammar.dates.anchor` allows), the one before
    ("last December") or after it ("next March")."""
    if published is None:
        return None
    month = lx.MONTHS[name.lower()]
    if cue == "last":
        year = published.year if month < published.month else published.year - 1
    elif cue == "next":
        year = published.year if month > published.month else published.year + 1
    elif cue == "this":
        year = published.year
    else:
        iso = dates.anchor(name, f"--{month:02d}-01", published)[0] or ""
        year = int(iso[:4]) if iso[:4].isdigit() else published.year
    return f"{year:04d}-{month:02d}"


# --- which figure a phrase belongs to -----------------------------------------------------------


def clause(t: Token) -> Token:
    """The verb of the clause a token stands in (the sentence root when there is none); a verb
    completed by another ("expected to amount") is one clause with it."""
    v = t
    for _ in range(40):
        if v.pos_ in VERBS and v.dep_ not in ("aux", "auxpass"):
            break
        if v.head.i == v.i:
            return v
        v = v.head
    while v.dep_ == "xcomp" and v.head.i != v.i and v.head.pos_ in VERBS:
        v = v.head
    return v


def _nominal_path(t: Token) -> set[int]:
    """The token and its ancestors below the verb of its clause."""
    path = set()
    v = t
    for _ in range(40):
        if v.pos_ in VERBS and v.dep_ not in ("aux", "auxpass"):
            break
        path.add(v.i)
        if v.head.i == v.i:
            break
        v = v.head
    return path


def _top(phrase: TimePhrase) -> Token:
    """The token a phrase hangs from the rest of the sentence by: its opening preposition
    ("in 2024", "as of June 30"), through the nouns of time that lead to the date ("since the
    start of this fiscal year, October 2023")."""
    h = phrase.head
    for _ in range(12):
        head = h.head
        if head.i == h.i:
            break
        if h.dep_ == "pobj" and head.lower_ in cl.PERIOD_PREPOSITIONS:
            h = head
        elif h.dep_ == "prep" and head.pos_ == "ADP" and head.i == h.i - 1:
            h = head  # "as of June 30", "since before 2020"
        elif h.dep_ in ("appos", "prep", "pobj") and lemma(head).lower() in cl.PERIOD_HEAD_NOUNS:
            h = head
        else:
            break
    return h


def surface(phrase: TimePhrase, sent: Span, text: str) -> str:
    """The phrase as written, with the preposition it opens with."""
    top = _top(phrase)
    start = min(phrase.start, top.idx - sent.start_char)
    if phrase.end - start > SURFACE_MAX:
        start = phrase.start
        if phrase.head.dep_ == "pobj" and phrase.head.head.lower_ in cl.PERIOD_PREPOSITIONS:
            start = min(start, phrase.head.head.idx - sent.start_char)
    words = text[start : phrase.end].split()
    first = words[0] if words else ""
    if first[1:].islower() and first.lower() in cl.PERIOD_PREPOSITIONS | cl.RELATIVE_WORDS:
        words[0] = first.lower()  # "Last week the Senate passed": "last week"
    return " ".join(words)


def period_of(root: Token, phrases: Sequence[TimePhrase], others: Sequence[Token]) -> int | None:
    """The index in ``phrases`` of the time phrase of the figure whose root token is ``root``
    (``others``: the root tokens of the sentence's other figures that are not dates), or
    ``None``."""
    own = _nominal_path(root)
    verb = clause(root)
    owned: list[tuple[int, int]] = []
    shared: list[int] = []
    for n, phrase in enumerate(phrases):
        if phrase.head.i == root.i:
            continue
        top = _top(phrase)
        path = _nominal_path(top)
        if path & own:
            owned.append((abs(phrase.head.i - root.i), n))
            continue
        if clause(top).i != verb.i or top.head.pos_ not in VERBS:
            continue  # of another clause, or deep in a noun phrase ("the model from 2019")
        if any(path & _nominal_path(o) for o in others if o.i != root.i):
            continue  # another figure's: "from $4 billion in 2023"
        shared.append(n)
    if owned:
        return min(owned)[1]
    if len(shared) == 1:
        return shared[0]
    return _nearest(root, [phrases[n] for n in shared], others, shared)


def _nearest(
    root: Token, candidates: Sequence[TimePhrase], others: Sequence[Token], indexes: list[int]
) -> int | None:
    """Of several phrases of the clause, the nearest to the figure with no other figure between
    them; ``None`` on a tie or when none is free."""
    free = []
    for phrase, n in zip(candidates, indexes, strict=True):
        lo, hi = sorted((phrase.head.i, root.i))
        if any(lo < o.i < hi for o in others if o.i != root.i):
            continue
        free.append((abs(phrase.head.i - root.i), n))
    free.sort()
    if not free or (len(free) > 1 and free[0][0] == free[1][0]):
        return None
    return free[0][1]


def anchored(surface_: str, date: str | None, published: dt.date | None) -> str | None:
    """The ISO period of a date figure, anchored as the timeline does; ``None`` when it cannot
    be anchored.

    >>> anchored("June 30", "--06-30", dt.date(2019, 8, 14)), anchored("last year", None, None)
    ('2019-06-30', None)
    """
    iso, basis = dates.anchor(surface_, date, published)
    return None if basis == "unanchored" else iso
