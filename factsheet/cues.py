"""Cues around a figure: its qualifier ("about", "more than", "up to") and its trend (rose, fell).

Part of the classify stage. The qualifier comes from words just before or after the figure; the
trend from a sign, a nearby "up"/"down", or the verb the figure is the amount of ("rose 7%",
"fell by 3%", "cut its workforce by 300 jobs"), with the cue tables in ``_lexicon``.

The conventions follow how NewsQuant annotates a figure's change:

* only the amount of a change has a trend: the level reached ("rose 7% *to* $2.3 billion"), the
  starting point ("*from* 5%") and a level stated with "at" are not changes;
* a figure that sizes a change noun ("a 3% increase", "a fall of 3%") has no trend of its own:
  the noun says what changed, the figure how much;
* a comparison is not a change: "76% more than last year", "10 mph less than", "instead of
  128GB", "34% higher" (a comparative after the figure);
* a conversion in brackets shares the cues of the figure it converts: "more than 100 km (60
  miles)", "dropped by 1C (1.8F)";
* a clause that leaves out the verb of the one before it shares its trend: "A rose 2%, B 1.5%
  and C by 0.8%";
* a level passed is not a change: "sales topped $5 billion".
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import cast

from factsheet import _lexicon as lx
from factsheet.models import Qualifier, Trend
from factsheet.numbers import Candidate
from factsheet.syntax import VERBS, Token, lemma, root_of

_CURRENCY_MARK = r"(?:[A-Z]{0,3}\s?[$£€¥₹]|Y=)?"
# Qualifier words that may stand between a trend word and its amount: "up nearly 57%".
_BOUND_WORDS = "|".join(
    re.escape(w)
    for w in sorted(
        {*lx.APPROXIMATE_CUES, *(w for cues in lx.QUALIFIER_CUES.values() for w in cues)},
        key=len,
        reverse=True,
    )
    if re.fullmatch(r"[a-z ]+", w)
)
_TREND_WORD_BEFORE = re.compile(
    r"(?i)\b(?P<w>up|down|higher|lower|plus|minus|upwards?|downwards?)\s+(?:by\s+)?"
    r"(?:(?:" + _BOUND_WORDS + r")\s+)?" + _CURRENCY_MARK + r"$"
)
_TREND_WORD_AFTER = re.compile(r"(?i)^\s+(?P<w>up|down)\b")
_UP_WORDS = frozenset({"up", "higher", "plus", "upward", "upwards"})
# "instead of the 128GB", "compared with 5%": the figure is compared, not moved.
_COMPARED_BEFORE = re.compile(
    r"(?i)\b(?:instead\s+of|rather\s+than|compared\s+(?:with|to)|versus|vs\.?)"
    r"\s+(?:the\s+|a\s+|an\s+)?" + _CURRENCY_MARK + r"$"
)
# "76% more than last year", "10 mph less than the record": a comparison.
_COMPARED_AFTER = re.compile(
    r"(?i)^\s*(?:[a-z]+\s+)?(?:more|less|fewer|greater|higher|lower|bigger|smaller|larger)"
    r"\s+than\b"
)
# "rose 7% to $2.3 billion": the level reached (the parse often reads this "to" as quantmod).
_TARGET_BEFORE = re.compile(r"(?i)\bto\s+" + _CURRENCY_MARK + r"$")
# A figure in brackets right after another figure converts it: "296 hp (224 kW / 300 PS)".
_IN_BRACKETS = re.compile(r"\((?:[^()]*[/,;]\s*)?$")
_BRACKETED_HOST = re.compile(
    r"(?P<host>[-+−~]?" + _CURRENCY_MARK + r"\s?\d[\d.,]*"
    r"(?:\s*(?:to|-|–)\s*" + _CURRENCY_MARK + r"\s?\d[\d.,]*)?"
    r"(?:\s*[^\W\d][^\s()\d]*){0,4})\s*\($"
)
# Prepositions that join a change verb to its amount: "fell by 3%", "rose under 4%".
_AMOUNT_PREPS = frozenset(
    {"by", "over", "under", "about", "around", "above", "below", "nearly", "almost", "some"}
)
# Nouns that measure a move of a level: "the index added 95 points".
_STEPS = frozenset({"point", "notch", "pip"})
# Verbs whose direct object is an amount collected, not a change: "raised $12 million".
_COLLECT = frozenset({"raise"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


# "A rose 2%, B 1.5% and C by 0.8%": a figure, then a name and a figure with the verb left out.
_GAPPED = re.compile(
    r"(?P<host>[-+−]?" + _CURRENCY_MARK + r"\s?\d[\d.,]*(?:\s?(?:%|[^\W\d]+)){0,3})"
    r"(?:\s*,\s*(?:and\s+)?|\s*;\s*|\s+and\s+)"
    r"(?:[A-Z][\w&.'’-]*\s+){1,4}(?:by\s+)?" + _CURRENCY_MARK + r"$"
)

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
    own = _own_qualifier(text, c)
    if own == "exact":
        host = _bracketed_host(text, c)
        if host is not None:
            return _own_qualifier(text, host)
    return own


def _own_qualifier(text: str, c: Candidate) -> Qualifier:
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
    """Up, down or None: the figure's own trend, else that of the figure it converts (in
    brackets) or whose verb its clause leaves out."""
    own = _own_trend(text, c, root)
    if own is None and root is not None:
        host = _bracketed_host(text, c)
        if host is not None:
            return _own_trend(text, host, _root_at(root, text, host))
        host = _gapped_host(text, c)
        if host is not None:
            return trend(text, host, _root_at(root, text, host))
    return own


def _own_trend(text: str, c: Candidate, root: Token | None) -> Trend | None:
    if c.sign == "+":
        return "up"
    if c.sign == "-" and c.kind == "percent":  # "DAX -1.6%"
        return "down"
    before = text[max(0, c.start - 25) : c.start]
    m = _TREND_WORD_BEFORE.search(before)
    if m and not _is_phrasal_particle(root, max(0, c.start - 25) + m.start("w")):
        return "up" if m.group("w").lower() in _UP_WORDS else "down"
    m = _TREND_WORD_AFTER.match(text[c.end : c.end + 10])
    if m and c.kind in ("percent", "money"):
        return "up" if m.group("w").lower() in _UP_WORDS else "down"
    if (
        root is None
        or _COMPARED_BEFORE.search(before)
        or _TARGET_BEFORE.search(before)
        or _COMPARED_AFTER.match(text[c.end : c.end + 30])
    ):
        return None
    verb = _change_verb(root)
    if verb is None:
        return None
    base = lemma(verb).lower()
    if base in lx.TREND_UP_LEMMAS:
        return "up"
    if base in lx.TREND_DOWN_LEMMAS:
        return "down"
    return None


def _is_phrasal_particle(root: Token | None, at: int) -> bool:
    """Whether the word at offset ``at`` is the particle of a verb that moves nothing: the "up"
    of "make up 30%" or "set up 12 offices" (``PHRASAL_NOT_CHANGE``)."""
    if root is None:
        return False
    word = next((t for t in root.sent if t.idx == root.sent.start_char + at), None)
    return (
        word is not None
        and word.dep_ == "prt"
        and lemma(word.head).lower() in lx.PHRASAL_NOT_CHANGE
    )


def _change_verb(root: Token) -> Token | None:
    """The verb whose amount of change the number is: "rose 7%", "fell by 3%", "cut 300 jobs".

    None for a number that sizes a change noun ("a 3% increase", "a fall of 3%"), that is the
    level reached or left ("to $2 billion", "from 5%", "at 1,200"), a subject, or is joined to
    the verb by any other preposition ("for every 9 weeks").
    """
    t = root
    for _ in range(5):
        head = t.head
        if head.i == t.i:
            return None
        if head.pos_ in VERBS:
            if t.dep_ in _SUBJECTS or (t.dep_ == "dobj" and lemma(head).lower() in _COLLECT):
                return None
            return head
        if head.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nummod", "compound", "amod", "nmod"):
            if _is_change_noun(head):
                return None  # "a 3% increase"
            if head.dep_ not in ("pobj", "npadvmod") and lemma(head).lower() not in _STEPS:
                return None  # "added ten users" counts users, it is not a change
            t = head  # "rose 64 points", "cut its workforce by 300 jobs"
            continue
        if t.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN", "NUM"):
            t = head  # "grew by 125,600 positions or 2.2 per cent"
            continue
        if head.dep_ in ("prep", "agent") or head.pos_ == "ADP":
            if head.lower_ == "of" and _is_change_noun(head.head):
                return None  # "a fall of 3%"
            if head.lower_ not in _AMOUNT_PREPS:
                return None
            t = head
            continue
        if t.dep_ in ("npadvmod", "dobj", "attr", "advmod", "quantmod") and head.pos_ == "ADJ":
            t = head  # "3% higher"
            continue
        return None
    return None


def _is_change_noun(noun: Token) -> bool:
    base = lemma(noun).lower()
    return base in lx.TREND_UP_NOUNS or base in lx.TREND_DOWN_NOUNS


def _bracketed_host(text: str, c: Candidate) -> Candidate | None:
    """The figure that a bracketed figure converts: "100 kilometres" for "(60 miles)"."""
    before = text[: c.start]
    bracket = _IN_BRACKETS.search(before[-40:])
    if bracket is None:
        return None
    open_at = len(before) - len(before[-40:]) + bracket.start()
    m = _BRACKETED_HOST.search(text[max(0, open_at - 60) : open_at + 1])
    if m is None:
        return None
    start = max(0, open_at - 60) + m.start("host")
    end = max(0, open_at - 60) + m.end("host")
    sign = text[start] if text[start] in "+-" else ""
    return replace(c, start=start, end=end, sign=sign)


def _gapped_host(text: str, c: Candidate) -> Candidate | None:
    """The figure of the clause whose verb the clause of ``c`` leaves out: "2%" for "1.5%" in
    "Apple rose 2%, Microsoft 1.5%". Only shares and sums of money: "Smith 52" is an age."""
    if c.kind not in ("percent", "money"):
        return None
    m = _GAPPED.search(text[: c.start])
    if m is None:
        return None
    host = m.group("host")
    start = m.start("host") + len(host) - len(host.lstrip())
    sign = text[start] if text[start] in "+-" else ""
    return replace(c, start=start, end=m.end("host"), sign=sign)


def _root_at(root: Token, text: str, c: Candidate) -> Token | None:
    """The parse token heading the text of ``c``, in the sentence of ``root``."""
    sent = root.sent
    base = sent.start_char
    tokens = [t for t in sent if t.idx < base + c.end and t.idx + len(t.text) > base + c.start]
    # Only the number's own tokens: the root of the whole span may be a unit word.
    numbers = [t for t in tokens if t.like_num] or tokens
    return root_of(numbers)
