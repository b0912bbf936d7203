"""Cues around a figure: its qualifier ("about", "more than", "up to") and its trend (rose, fell).

Part of the classify stage. :func:`qualifier` and :func:`trend` read the sentence text, the
figure's number candidate, the other candidates of the sentence (from ``extract.candidates``)
and, for the trend, the sentence's parse; they give the figure's ``qualifier`` and ``trend``.
The words they look for are the cue tables of ``_lexicon``.

The qualifier is an approximator or a bound written just before the figure ("about 70 boats",
"more than 50 km", "up to 250 engineers") or just after it ("300 hp or more", "40-odd years").
The trend is a sign ("FTSE +0.6%"), a trend word ("up 0.4%", "closed 0.8% down") or the verb of
change whose amount the figure is ("ticket sales climbed 14%", "lowered its tariff by 4 per
cent").

The conventions follow how NewsQuant annotates a figure's change:

* only the amount of a change has a trend: in "Rents rose 4% to $1,250 a month" the 4% is up and
  the level reached is not, nor is the level left ("from 3%") or a level stated with "at";
* a figure that sizes a change noun ("a 6% pay rise", "a drop of two points") has no trend of
  its own: the noun says what changed, the figure how much;
* a comparison is not a change: "20% more than last season", "30 kg lighter than the old one",
  "instead of the 64GB model";
* a conversion in brackets shares the cues of the figure it converts: "just under 400 hp
  (298 kW)" is under 298 kW too;
* a clause that leaves out the verb of the clause before shares its trend: in "Zinc rose 2.1%,
  nickel 1.4%" both rose;
* a level passed is not a change: "Donations topped $2 million";
* a comparative after the figure, without "than", gives no trend: "the index ended the day 2%
  lower" is ``=`` as NewsQuant has it (a trend word before the figure, "down 2%", does).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import cast

from factsheet import _lexicon as lx
from factsheet.models import Qualifier, Trend
from factsheet.numbers import Candidate
from factsheet.syntax import NOUNS, VERBS, Span, Token, lemma, root_of, tokens_of


def _alt(phrases: Iterable[str]) -> str:
    """A regex alternation of the phrases, longest first, a space matching any run of spaces;
    one that never matches if there are none."""
    items = sorted(set(phrases), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in items) or "(?!)"


@dataclass(frozen=True)
class _Patterns:
    """The patterns built from the cue tables of ``_lexicon``."""

    qualifiers_before: list[tuple[Qualifier, re.Pattern[str]]]
    qualifiers_after: list[tuple[Qualifier, re.Pattern[str]]]
    trend_word_before: re.Pattern[str]
    trend_word_after: re.Pattern[str]
    compared_before: re.Pattern[str]


@functools.cache
def _patterns() -> _Patterns:
    """The patterns, built once (``_patterns.cache_clear()`` after changing a table)."""
    bounds = {*lx.APPROXIMATE_CUES, *(w for cues in lx.QUALIFIER_CUES.values() for w in cues)}
    # Qualifier words that may stand between a trend word and its amount: "up nearly 6%".
    bound_words = _alt(w for w in bounds if re.fullmatch(r"[a-z ]+", w))
    return _Patterns(
        qualifiers_before=[
            (
                cast(Qualifier, q),
                re.compile(rf"(?i)(?<!\w)(?:{_alt(cues)})\s*(?:of\s+)?(?:an?\s+)?$"),
            )
            for q, cues in [("approximate", lx.APPROXIMATE_CUES), *lx.QUALIFIER_CUES.items()]
        ],
        qualifiers_after=[
            (
                cast(Qualifier, q),
                re.compile(rf"(?i)\s*(?:{_alt(cues)})(?!\w)(?!\s+(?:to|from)\b)"),
            )
            for q, cues in lx.QUALIFIER_AFTER_CUES.items()
        ],
        trend_word_before=re.compile(
            rf"(?i)\b(?P<w>{_alt(w for words in lx.TREND_WORDS.values() for w in words)})\s+"
            rf"(?:by\s+)?(?:(?:{bound_words})\s+)?$"
        ),
        # Only "up" and "down" follow their amount ("closed 0.8% down"); "2% higher" does not.
        trend_word_after=re.compile(rf"(?i)\s+(?P<w>{_alt(lx.TREND_WORDS)})\b"),
        compared_before=re.compile(
            rf"(?i)\b(?:{_alt(lx.COMPARED_WITH_CUES)})\s+(?:(?:the|an?)\s+)?$"
        ),
    )


# --- qualifier -------------------------------------------------------------------------------


def qualifier(text: str, c: Candidate, cands: Sequence[Candidate]) -> Qualifier:
    """The qualifier of the figure ``c`` of the sentence ``text``: its own, else that of the
    figure it converts in brackets. ``cands`` are the number candidates of the sentence."""
    own = _own_qualifier(text, c, cands)
    if own == "exact":
        host = _bracketed_host(text, c, cands)
        if host is not None:
            return _own_qualifier(text, host, cands)
    return own


def _own_qualifier(text: str, c: Candidate, cands: Sequence[Candidate]) -> Qualifier:
    return _qualifier_before(text, c) or _qualifier_after(text, c, cands) or "exact"


def _qualifier_before(text: str, c: Candidate) -> Qualifier | None:
    """The cue right before the figure; the longest if several end there ("no more than 5"
    is at most 5, not more than 5)."""
    best: tuple[int, Qualifier] | None = None
    for q, pattern in _patterns().qualifiers_before:
        m = pattern.search(text, max(0, c.start - 30), c.start)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), q)
    return best[1] if best is not None else None


def _qualifier_after(text: str, c: Candidate, cands: Sequence[Candidate]) -> Qualifier | None:
    """The cue right after the figure, unless another figure follows the cue ("$40 plus $5
    postage" adds two prices)."""
    for q, pattern in _patterns().qualifiers_after:
        m = pattern.match(text, c.end)
        if m and not _figure_at(text, m.end(), cands):
            return q
    return None


def _figure_at(text: str, at: int, cands: Sequence[Candidate]) -> bool:
    """Whether a figure starts at offset ``at`` of the text, past spaces."""
    while at < len(text) and text[at].isspace():
        at += 1
    return any(h.start == at for h in cands)


# --- trend -----------------------------------------------------------------------------------

# "Rents rose 4% to $1,250": the level reached (the parse often reads this "to" as quantmod).
_TARGET_BEFORE = re.compile(r"(?i)\bto\s+$")
# Prepositions that join a change verb to its amount: "fell by 3%", "rose under 4%".
_AMOUNT_PREPS = frozenset(
    {"by", "over", "under", "about", "around", "above", "below", "nearly", "almost", "some"}
)
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_COMPARED_AFTER = re.compile(
    r"(?i)\s*(?:[a-z]+\s+)?(?:more|less|fewer|greater|higher|lower|bigger|smaller|larger)"
    r"\s+than\b"
)


def trend(text: str, c: Candidate, cands: Sequence[Candidate], sent: Span | None) -> Trend | None:
    """Up, down or None for the figure ``c`` of the sentence ``text`` parsed as ``sent``: its
    own trend, else that of the figure it converts in brackets or whose verb its clause leaves
    out. ``cands`` are the number candidates of the sentence."""
    root = _root(sent, c)
    own = _own_trend(text, c, root, sent)
    if own is not None or root is None:
        return own
    host = _bracketed_host(text, c, cands)
    if host is not None:
        return _own_trend(text, host, _root(sent, host), sent)
    host = _gapped_host(text, c, cands, sent)
    if host is not None:
        return trend(text, host, cands, sent)
    return None


def _root(sent: Span | None, c: Candidate) -> Token | None:
    return root_of(tokens_of(sent, c)) if sent is not None else None


def _direction(word: str) -> Trend:
    return "up" if word.lower() in lx.TREND_WORDS["up"] else "down"


def _own_trend(text: str, c: Candidate, root: Token | None, sent: Span | None) -> Trend | None:
    own = _sign(c) or _trend_word_before(text, c, sent) or _trend_word_after(text, c)
    if own is not None or root is None or sent is None:
        return own
    if _compared_before(text, c) or _target_before(text, c) or _compared_after(text, c):
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


def _sign(c: Candidate) -> Trend | None:
    """A sign written before the figure: "Dow +1.1%", "CAC -0.9%"."""
    if c.sign == "+":
        return "up"
    if c.sign == "-" and c.kind == "percent":
        return "down"
    return None


def _trend_word_before(text: str, c: Candidate, sent: Span | None) -> Trend | None:
    """A trend word right before the figure, maybe with "by" and a bound between: "up 0.4%",
    "down by almost 3%"; not the particle of a verb that moves nothing."""
    start = max(0, c.start - 25)
    m = _patterns().trend_word_before.search(text, start, c.start)
    if m is None or _is_phrasal_particle(sent, m.start("w")):
        return None
    return _direction(m.group("w"))


def _trend_word_after(text: str, c: Candidate) -> Trend | None:
    """ "up" or "down" right after a share or a sum: "the index closed 0.8% down"."""
    m = _patterns().trend_word_after.match(text, c.end)
    if m is None or c.kind not in ("percent", "money"):
        return None
    return _direction(m.group("w"))


def _compared_before(text: str, c: Candidate) -> bool:
    """ "instead of the 64GB model", "compared with 2%": the figure is compared, not moved."""
    return _patterns().compared_before.search(text, max(0, c.start - 40), c.start) is not None


def _target_before(text: str, c: Candidate) -> bool:
    """ "rose 4% to $1,250 a month": the level reached."""
    return _TARGET_BEFORE.search(text, max(0, c.start - 10), c.start) is not None


def _compared_after(text: str, c: Candidate) -> bool:
    """Whether a comparative and "than" follow the figure: "20% more than last season", "30 kg
    less than the old one"."""
    return _COMPARED_AFTER.match(text, c.end) is not None


def _is_phrasal_particle(sent: Span | None, at: int) -> bool:
    """Whether the word at offset ``at`` of the sentence is the particle of a verb that moves
    nothing: the "up" of "pensioners make up 30 percent" or "set up 12 branches"
    (``PHRASAL_NOT_CHANGE``)."""
    if sent is None:
        return False
    word = next((t for t in sent if t.idx == sent.start_char + at), None)
    return (
        word is not None
        and word.dep_ == "prt"
        and lemma(word.head).lower() in lx.PHRASAL_NOT_CHANGE
    )


def _change_verb(root: Token) -> Token | None:
    """The verb whose amount of change the number is: "climbed 14%", "grew by 1,200 visitors",
    "cut its staff by 150 jobs".

    None for a number that sizes a change noun ("a 6% pay rise", "a fall of 3%"), that is the
    level reached or left ("to $9 billion", "from 5%", "at 6,120"), a subject, or is joined to
    the verb by any other preposition ("for every 5 years").
    """
    t = root
    for _ in range(5):
        head = t.head
        if head.i == t.i:
            return None
        if head.pos_ in VERBS:
            if t.dep_ in _SUBJECTS or (
                t.dep_ == "dobj" and lemma(head).lower() in lx.COLLECT_VERBS
            ):
                return None
            return head
        if head.pos_ in NOUNS and t.dep_ in ("nummod", "compound", "amod", "nmod"):
            if _is_change_noun(head):
                return None  # "a 6% pay rise"
            if head.dep_ not in ("pobj", "npadvmod") and lemma(head).lower() not in lx.STEP_NOUNS:
                return None  # "will add 12 coaches" counts coaches, it is not a change
            t = head  # "added 95 points", "cut its staff by 150 jobs"
            continue
        if _coordinated_amount(t, head):
            t = head  # "grew by 800 pupils or 3.5 per cent"
            continue
        if head.dep_ in ("prep", "agent") or head.pos_ == "ADP":
            if head.lower_ == "of" and _is_change_noun(head.head):
                return None  # "a fall of 3%"
            if head.lower_ not in _AMOUNT_PREPS:
                return None
            t = head
            continue
        if _comparative_of_verb(t, head):
            t = head  # "2% higher"
            continue
        return None
    return None


def _coordinated_amount(t: Token, head: Token) -> bool:
    """The second of two amounts joined by "or"/"and": "by 800 pupils or 3.5 per cent"."""
    return bool(t.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN", "NUM"))


def _comparative_of_verb(t: Token, head: Token) -> bool:
    """The figure measures an adjective, which modifies the verb: "climbed 2% higher"."""
    return bool(t.dep_ in ("npadvmod", "dobj", "attr", "advmod", "quantmod") and head.pos_ == "ADJ")


def _is_change_noun(noun: Token) -> bool:
    base = lemma(noun).lower()
    return base in lx.TREND_UP_NOUNS or base in lx.TREND_DOWN_NOUNS


# --- the figure another one leans on ---------------------------------------------------------

# Between a figure and the bracket that converts it, a few words of its unit: "1.2 billion-mile (".
_TO_BRACKET = re.compile(r"(?:[\s-]*[^\W\d][^\s()\d]*){0,4}\s*")
# Inside the bracket, before the figure: nothing, or the figures before it and separators.
_BRACKET_LEAD = re.compile(r"(?:[^()]*[/,;])?\s*")


def _bracketed_host(text: str, c: Candidate, cands: Sequence[Candidate]) -> Candidate | None:
    """The figure that a bracketed figure converts: "50 kilometres" for "31 miles" in "more
    than 50 kilometres (31 miles)"."""
    open_at = text.rfind("(", max(0, c.start - 40), c.start)
    if open_at < 0 or not _BRACKET_LEAD.fullmatch(text, open_at + 1, c.start):
        return None
    host = _last_before(cands, open_at)
    if host is None or not _TO_BRACKET.fullmatch(text, host.end, open_at):
        return None
    return host if _converts(host, c) else None


def _converts(host: Candidate, c: Candidate) -> bool:
    """Whether ``c`` can be ``host`` in other units: both sums of money, or both measures."""
    return host.kind == c.kind and c.kind in ("money", "measure")


# Between two figures of which the second leaves out the verb: ", nickel ", " and Gamma by ".
_GAP = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s*;\s*|\s+and\s+)(?:[A-Z][\w&.'’-]*\s+){1,4}(?:by\s+)?")


def _gapped_host(
    text: str, c: Candidate, cands: Sequence[Candidate], sent: Span | None
) -> Candidate | None:
    """The figure of the clause whose verb the clause of ``c`` leaves out: "2.1%" for "1.4%" in
    "Zinc rose 2.1%, Nickel 1.4%". Only shares and sums of money: "Smith 52" is an age."""
    if c.kind not in ("percent", "money"):
        return None
    host = _last_before(cands, c.start)
    if host is None or not _GAP.fullmatch(text, host.end, c.start):
        return None
    return host


def _last_before(cands: Sequence[Candidate], at: int) -> Candidate | None:
    """The candidate that ends last at or before offset ``at``."""
    earlier = [h for h in cands if h.end <= at]
    return max(earlier, key=lambda h: h.end) if earlier else None
