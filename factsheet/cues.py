"""Cues around a figure: its qualifier ("about", "more than", "up to") and its trend (rose, fell).

Part of the classify stage. The qualifier comes from words just before or after the figure; the
trend from a sign, a nearby "up"/"down", a change noun ("a 3% increase", "a fall of 3%") or the
verb the figure depends on ("rose 7%"), with the cue tables in ``_lexicon``.
"""

from __future__ import annotations

import re
from typing import cast

from factsheet import _lexicon as lx
from factsheet.models import Qualifier, Trend
from factsheet.numbers import Candidate
from factsheet.syntax import Token, governor

_TREND_WORD_BEFORE = re.compile(r"(?i)\b(?P<w>up|down|higher|lower|plus|minus)\s+(?:by\s+)?$")
_TREND_WORD_AFTER = re.compile(r"(?i)^\s+(?P<w>higher|lower|more|less|up|down)\b")

_QUALIFIER_PATTERNS: list[tuple[Qualifier, re.Pattern[str]]] = [
    (
        cast(Qualifier, q),
        re.compile(
            r"(?i)(?:^|(?<=\W))(?:"
            + "|".join(re.escape(w) for w in sorted(cues, key=len, reverse=True))
            + r")\s*(?:of\s+)?(?:an?\s+)?$"
        ),
    )
    for q, cues in [("approximate", lx.APPROXIMATE_CUES), *lx.QUALIFIER_CUES.items()]
]
_AFTER_QUALIFIERS: list[tuple[Qualifier, re.Pattern[str]]] = [
    ("at_least", re.compile(r"(?i)^(?:\s*\+|\s*-?plus\b|\s+or\s+(?:more|higher|above|over)\b)")),
    ("at_most", re.compile(r"(?i)^\s+or\s+(?:less|fewer|lower|below|under)\b")),
    ("approximate", re.compile(r"(?i)^\s+or\s+so\b|^\s*-?ish\b")),
]


def qualifier(text: str, c: Candidate) -> Qualifier:
    before = text[max(0, c.start - 30) : c.start]
    if before.endswith("~"):
        return "approximate"
    best: tuple[int, Qualifier] | None = None
    for q, pattern in _QUALIFIER_PATTERNS:
        m = pattern.search(before)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), q)
    if best is not None:
        return best[1]
    after = text[c.end : c.end + 20]
    for q, pattern in _AFTER_QUALIFIERS:
        if pattern.search(after):
            return q
    return "exact"


def trend(text: str, c: Candidate, root: Token | None) -> Trend | None:
    if c.sign == "+":
        return "up"
    before = text[max(0, c.start - 12) : c.start]
    m = _TREND_WORD_BEFORE.search(before)
    if m:
        return "up" if m.group("w").lower() in ("up", "higher", "plus") else "down"
    m = _TREND_WORD_AFTER.match(text[c.end : c.end + 10])
    if m and c.kind in ("percent", "money"):
        return "up" if m.group("w").lower() in ("higher", "more", "up") else "down"
    if root is None:
        return None
    # "a 3% increase", "a fall of 3%"
    head = root.head
    if root.dep_ in ("nummod", "compound", "amod", "nmod") and head.pos_ == "NOUN":
        noun_trend = _trend_of_noun(head)
        if noun_trend is not None or head.dep_ != "pobj":
            return noun_trend
        root, head = head, head.head  # "cut its workforce by 300 jobs"
    if head.dep_ == "prep" and head.lower_ in ("of", "by") and head.head.pos_ == "NOUN":
        return _trend_of_noun(head.head)
    verb = governor(root)
    if verb is None:
        return None
    if head.dep_ == "prep" and head.lower_ in ("from", "since", "than", "at", "in", "on", "with"):
        return None
    if verb.lemma_.lower() in lx.TREND_UP_LEMMAS:
        return "up"
    if verb.lemma_.lower() in lx.TREND_DOWN_LEMMAS:
        return "down"
    return None


def _trend_of_noun(noun: Token) -> Trend | None:
    lemma = noun.lemma_.lower()
    if lemma in lx.TREND_UP_NOUNS:
        return "up"
    if lemma in lx.TREND_DOWN_NOUNS:
        return "down"
    return None
