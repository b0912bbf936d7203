"""Ranges and scores: two numbers of a sentence joined into one figure, in one place.

Reads a sentence's candidates once their currencies, percentages and units are known
(:func:`join`, from ``extract.candidates``), and its figures once the parse has said what each
counts (:func:`join_apart`, from ``classify``); returns them with each range or score joined into
one over both numbers:

* side by side: "12.8–13.0", "$5-6 billion" (a scale or currency written once holds for both
  ends), "40 to 65 million", "2 to 3 degrees Celsius", "between 15kHz and 17kHz", "from 95
  kilograms to 80"; two years are a span of years ("between 2018 and 2020");
* apart: "from A … to B" with a few words between (dates and times allowed), both ends of one
  kind, unit and currency: "fell from $36 at noon to $31", "from 18 mpg in 2009 to 26 mpg";
* a score: two whole numbers joined by a hyphen near a word of sport or voting ("a 3-1 win",
  "a 62-38 vote").

Not joined: a change and the level it reaches ("rose by $2 billion to $9 billion", "fell 0.4% to
1,200"), amounts in different currencies or sub-units ("12 sen to RM4"), a reference ("4217-1"),
a year and an amount ("in 2016 to 4.7 million").
"""

from __future__ import annotations

import re
from dataclasses import replace

from factsheet import _lexicon as lx
from factsheet.draft import Draft
from factsheet.grammar.numbers import (
    Candidate,
    CandidateKind,
    scale_of,
    words_alternation,
    words_near,
)

_HYPHEN = re.compile(r"\s?[-–]\s?|—|-to-")  # "0-to-60"; a spaced em dash sets off an aside
# "~" before a number is "about", and leaves the range whole: "between ~3x and ~12x".
_TO = re.compile(r"\s+(?:to|through|-|–)\s+~?")
_AND = re.compile(r"\s+and\s+~?")
_OR = re.compile(r"\s+or\s+~?")
_BETWEEN = re.compile(r"(?i)\bbetween\s+~?$")
_BETWEEN_FROM = re.compile(r"(?i)\b(?:between|from)\s+~?$")
_BY = re.compile(r"(?i)\bby\s+$")
# "between the ages of 5 and 11", "between the years 2010 and 2015": the noun of the ends
# between "between" and the first.
_BETWEEN_NOUN = re.compile(r"(?i)\bbetween\s+the\s+[a-z]+s\s+(?:of\s+)?$")
_YEAR = re.compile(r"1[6-9]\d\d|20\d\d")
_WORD_AFTER = re.compile(r"\s*[\w%$£€]")
# A results line: "Viera d. Rockledge 3-1" ("d." for defeated).
_DEFEATED = re.compile(r"\bd\.\s+(?:[A-Z][\w.'’-]*\s+){1,4}$")
# "from $36 at noon to $31": a start point, a few words (dates and times allowed), the end point.
_FROM_BEFORE = re.compile(r"(?i)\bfrom\s+(?:[a-z]+\s+){0,2}$")
_GAP_TO = re.compile(r"(?i)^(?:\s+[\w.:'’-]+){0,6}?\s+to\s+$")
_IN_GAP_KINDS = frozenset({"date", "time", "ordinal"})


# A verb of change or "up"/"down" right before the first number, "by" or an approximation
# between: "shares fell $2 to $40", "up 3 cents to $1.20", "rose nearly 0.2% to 3.4%", "claims
# dipped by 5,000 to 210,000".
_CHANGE_BEFORE = re.compile(
    rf"(?i)\b(?:{words_alternation(lx.TREND_VERB_FORMS)})\s+(?:by\s+)?"
    rf"(?:(?:{words_alternation(lx.CHANGE_APPROXIMATORS)})\s+)?~?$"
)
_LEVEL_RATIO = 3.0  # the level after "to" at least this many times the change before it
_PAIR_KINDS = frozenset({None, "money", "percent", "measure", "duration"})
_MEASURES = frozenset({"measure", "duration"})
_APART_KINDS = frozenset({"count", "measure", "money"})


def join(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The sentence's candidates (in order) with ranges and scores joined."""
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        joined = _pair(text, a, b) if b is not None else None
        if joined is not None:
            out.append(joined)
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _kind(c: Candidate) -> CandidateKind | None:
    """A candidate's kind, a bare year counting as a bare number."""
    return None if c.maybe_year else c.kind


def _year_like(text: str, c: Candidate) -> bool:
    return c.maybe_year or (c.kind is None and _YEAR.fullmatch(text[c.start : c.end]) is not None)


def _pair(text: str, a: Candidate, b: Candidate) -> Candidate | None:
    """Two candidates side by side as one range or score, or None."""
    if a.vague or b.vague or a.value is None or b.value is None:
        return None
    ka, kb = _kind(a), _kind(b)
    if ka not in _PAIR_KINDS or kb not in _PAIR_KINDS:
        return None
    gap = text[a.end : b.start]
    lead = text[max(0, a.start - 12) : a.start]
    hyphen = _HYPHEN.fullmatch(gap) is not None
    to = _TO.fullmatch(gap) is not None
    between = _AND.fullmatch(gap) is not None and (
        _BETWEEN.search(lead) is not None
        or _BETWEEN_NOUN.search(text, max(0, a.start - 30), a.start) is not None
    )
    colon = gap == ":"  # "a 3:2 vote"
    if (hyphen or colon) and ka is None and kb is None and not (a.worded or b.worded or a.scaled):
        score = _score(text, a, b) or (_tally(text, a, b) if hyphen else None)
        if score is not None:
            return score
    if to and ka is None and kb is None and not (a.scaled or b.scaled):
        tally = _vote_tally(text, a, b)
        if tally is not None:
            return tally
    if _OR.fullmatch(gap) and _alternatives(a, b, ka, kb):
        return (
            _measure_range(text, a, b, lead, False)
            if kb in _MEASURES
            else replace(
                b, start=a.start, value=None, low=a.value, high=b.value, maybe_year=False, date=None
            )
        )  # "two or three days", "10 or 12 people": the one or the other, a range
    if not (hyphen or to or between):
        return None
    if ka in _MEASURES or kb in _MEASURES:
        return _measure_range(text, a, b, lead, between)
    folds = b.unit == "fold" and a.unit in (None, "fold") and ka is None
    if not folds and (a.unit == "fold" or b.unit == "fold"):
        return None  # "fourfold to $2 billion"; but "1-2x", "between 3x and 12x" are ranges
    if a.unit and b.unit and a.unit != b.unit:
        return None  # "40 cents to $2.10"
    if a.currency and b.currency and a.currency != b.currency:
        return None
    if ka == "money" and kb == "money" and a.unit != b.unit:
        return None  # "12 sen to RM4": a change in sen, then a price in ringgit
    if hyphen and a.value >= b.value:
        return None  # "4217-1" is a reference, not a range
    if to and _BY.search(lead) and (ka is not None or a.scaled):
        return None  # "rose by $2 billion to $9 billion": a change, then a level
    if to and _change_then_level(text, a, b):
        return None  # "shares fell $2 to $40": a change, then a level
    if _year_like(text, a) and not _year_like(text, b) and (b.scaled or b.value < a.value):
        return None  # "in 2016 to 4.7 million", "in 2009 to 26 mpg": not one range
    money_scaled = ka == "money" and kb is None and b.scaled and hyphen  # "$5-6 billion"
    if ka != kb and ka is not None and not money_scaled:
        return None  # "fell 0.4% to 1,200": a change and a level, not a range
    start = _start(lead, a, between)
    if _year_like(text, a) and _year_like(text, b):
        years = f"{int(a.value)}/{int(b.value)}"
        return replace(
            a, start=start, end=b.end, value=None, low=a.value, high=b.value, kind="date",
            date=years, maybe_year=False,
        )  # fmt: skip
    low, high = min(a.value, b.value), max(a.value, b.value)
    # A scale or currency written once holds for both ends: "$5-6 billion", "40 to 65 million".
    if b.scaled and not a.scaled and a.value < 1000:
        scale = scale_of(text, b)
        if a.value * scale <= b.value:  # "$10 to $15 billion", not "from $500 to $1.2 billion"
            low = a.value * scale
    return replace(
        b,
        start=start,
        value=None,
        low=low,
        high=high,
        kind=ka or kb,
        currency=a.currency or b.currency,
        unit=a.unit or b.unit,
        scaled=a.scaled or b.scaled,
        sign=a.sign,
        maybe_year=False,
        date=None,
    )


def _change_then_level(text: str, a: Candidate, b: Candidate) -> bool:
    """Is "A to B" after a verb of change the amount of the change and the level it reached,
    the level well above the change ("fell $2 to $40"), not a range of the change ("prices may
    rise $10 to $15")?"""
    if a.value is None or b.value is None or a.value <= 0:
        return False
    if b.value < _LEVEL_RATIO * a.value:
        return False
    return _CHANGE_BEFORE.search(text, max(0, a.start - 40), a.start) is not None


def _alternatives(
    a: Candidate, b: Candidate, ka: CandidateKind | None, kb: CandidateKind | None
) -> bool:
    """Whether "A or B" gives a rough range: two whole numbers close to each other, the first
    bare, the second bare or with a unit of measure ("three or four years", "10 or 12 miles")."""
    if ka is not None or kb not in (None, *_MEASURES) or a.scaled or b.scaled:
        return False
    if _year_like_value(a) or _year_like_value(b):
        return False
    assert a.value is not None and b.value is not None
    whole = float(a.value).is_integer() and float(b.value).is_integer()
    return whole and 0 < a.value < b.value <= 2 * a.value + 2


def _year_like_value(c: Candidate) -> bool:
    return c.maybe_year or (c.value is not None and 1600 <= c.value <= 2100)


def _start(lead: str, a: Candidate, between: bool) -> int:
    """Where a range starts: at its first number, or at "between" before it."""
    m = _BETWEEN.search(lead) if between else None
    return a.start if m is None else a.start - len(lead) + m.start()  # not "the ages of 5 and 11"


def _measure_range(
    text: str, a: Candidate, b: Candidate, lead: str, between: bool
) -> Candidate | None:
    """Two numbers that share one unit of measure: "2 to 3 km" (written once, after the
    second), "4 mg/l to 9 mg/l" (after both), "from 95 kilograms to 80" (after the first, the
    second left bare)."""
    ka, kb = _kind(a), _kind(b)
    assert a.value is not None and b.value is not None
    gap = text[a.end : b.start]
    if " and " in gap and not between:
        return None
    if _BY.search(lead) and ka is not None:
        return None  # "cut by 2 km to 40 km": a change, then a level
    if _year_like(text, a) and (b.scaled or b.value < a.value or _year_like(text, b)):
        return None  # "in 2015 to 38 mpg": a year, then a level
    if ka == kb and a.unit == b.unit:
        unit, kind = a.unit, ka
    elif ka is None and not a.scaled and kb in _MEASURES:
        unit, kind = b.unit, kb  # "2 to 3 km", "between 20 and 30 minutes"
    elif (
        kb is None
        and ka in _MEASURES
        and _TO.fullmatch(gap) is not None
        and _BETWEEN_FROM.search(lead) is not None
        and not _WORD_AFTER.match(text, b.end)
    ):
        unit, kind = a.unit, ka  # "from 95 kilograms to 80"
    else:
        return None
    low, high = sorted((a.value, b.value))
    return replace(
        a, start=_start(lead, a, between), end=b.end, value=None, low=low, high=high,
        unit=unit, kind=kind, maybe_year=False, date=None,
    )  # fmt: skip


def _score(text: str, a: Candidate, b: Candidate) -> Candidate | None:
    """A score or a vote: two whole numbers with a hyphen, a word of sport or voting near."""
    words = words_near(text, a.start, b.end)
    assert a.value is not None and b.value is not None
    cue = bool(words & lx.SCORE_CUES) or _DEFEATED.search(text, max(0, a.start - 40), a.start)
    if cue and float(a.value).is_integer() and float(b.value).is_integer():
        return _as_score(a, b)
    return None


def _as_score(a: Candidate, b: Candidate) -> Candidate:
    """One score of the two tallies, in the order written."""
    return replace(a, end=b.end, value=None, low=a.value, high=b.value, kind="score")


def _vote_tally(text: str, a: Candidate, b: Candidate) -> Candidate | None:
    """ "N to M" near a word of voting, the larger first: a tally ("the Senate voted 51 to 49",
    "by a vote of 217 to 213"), not a range."""
    assert a.value is not None and b.value is not None
    if not (float(a.value).is_integer() and float(b.value).is_integer() and a.value >= b.value):
        return None
    words = words_near(text, a.start, b.end, after=20)
    return _as_score(a, b) if words & lx.VOTE_WORDS else None


_SMALL_WHOLE = re.compile(r"\d{1,3}")


def _tally(text: str, a: Candidate, b: Candidate) -> Candidate | None:
    """Two small whole numbers with a hyphen, the larger first, and no word of sport near:
    a score still ("rolled past the visitors, 45-17,", "a 38-10 lead"), for a range runs
    upwards and a reference has more digits ("4217-1"). (After a label, "section 12-3", the
    grammar has already taken the first number as the label's.)"""
    assert a.value is not None and b.value is not None
    small = all(_SMALL_WHOLE.fullmatch(text, c.start, c.end) for c in (a, b))
    return _as_score(a, b) if small and a.value > b.value else None


def join_apart(text: str, offset: int, figures: list[Draft]) -> list[Draft]:
    """Join a start and an end point written apart, "from A … to B", among the figures of one
    sentence (``offset``: where it starts in the source): both single values of one kind, unit
    and currency, with a few words between them and no other figure but dates, times and
    ordinals. Figures, not candidates: what each end counts ("from 20 jobs in May to 29") is
    known once the parse has been read, and the end left bare has taken the unit of the first
    ("from 64 cents at noon to 61")."""
    out = list(figures)
    i = 0
    while i < len(out):
        a = out[i]
        j = next((k for k in range(i + 1, len(out)) if out[k].kind not in _IN_GAP_KINDS), None)
        if j is not None and _apart_pair(text, offset, a, out[j]):
            _extend_to(text, offset, a, out[j])
            del out[j]
        i += 1
    return out


# "18- to 24-year-olds", "10- to 12-foot waves": one range, the unit written at its second end
# (which the first has taken already, as "a 7- or 8-inch screen" takes it: two figures).
_SUSPENDED_TO = re.compile(r"-,?\s+(?:to|through)\s+")


def join_suspended(text: str, offset: int, figures: list[Draft]) -> list[Draft]:
    """Join "A- to B-unit" into one range: two figures of one kind and unit (the first took
    the unit of the second), a hyphen after the first and "to" between them."""
    out = list(figures)
    i = 0
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        gap = text[a.span[1] - offset : b.span[0] - offset]
        if (
            (a.kind, a.unit) == (b.kind, b.unit)
            and a.value is not None
            and b.value is not None
            and _SUSPENDED_TO.fullmatch(gap)
        ):
            _extend_to(text, offset, a, b)
            del out[i + 1]
        i += 1
    return out


def _apart_pair(text: str, offset: int, a: Draft, b: Draft) -> bool:
    same = (a.kind, a.unit, a.currency) == (b.kind, b.unit, b.currency)
    if not same or a.kind not in _APART_KINDS or a.value is None or b.value is None:
        return False
    gap = text[a.span[1] - offset : b.span[0] - offset]
    return _FROM_BEFORE.search(text, 0, a.span[0] - offset) is not None and bool(_GAP_TO.match(gap))


def _extend_to(text: str, offset: int, a: Draft, b: Draft) -> None:
    """Make figure ``a`` the range from ``a`` to figure ``b``, over the text between them."""
    start, end = a.span[0], b.span[1]
    low, high = sorted((a.value or 0, b.value or 0))
    a.span, a.surface = (start, end), text[start - offset : end - offset]
    a.value, a.low, a.high = None, low, high
