"""Cues around a figure: its qualifier ("about", "more than", "up to") and its trend (rose, fell).

Part of the classify stage. :func:`qualifier` and :func:`trend` read the sentence text, the
figure's number candidate, the other candidates of the sentence (from ``extract.candidates``)
and, for the trend, the sentence's parse; they give the figure's ``qualifier`` and ``trend``.
The words they look for are the cue tables of ``_lexicon``.

The qualifier is an approximator or a bound written just before the figure ("about 70 boats",
"more than 50 km", "up to 250 engineers") or just after it ("300 hp or more", "40-odd years").
The trend is a sign ("the euro +0.4%"), a trend word ("up 0.4%", "closed 0.8% down") or the verb of
change whose amount the figure is ("ticket sales climbed 14%", "lowered its tariff by 4 per
cent").

The conventions follow how NewsQuant annotates a figure's change:

* only the amount of a change has a trend: in "Rents rose 4% to $1,250 a month" the 4% is up and
  the level reached is not, nor is the level left ("from 3%") or a level stated with "at";
* a figure that sizes a change noun ("a 6% pay rise", "a drop of two points") has no trend of
  its own: the noun says what changed, the figure how much;
* a comparison is not a change: "20% more than last season", "30 kg lighter than the old one",
  "wages grew 2% rather than the 3% unions wanted";
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
from factsheet.grammar.numbers import Candidate, headline
from factsheet.models import Qualifier, Trend
from factsheet.nlp.syntax import (
    NOUNS,
    VERBS,
    Span,
    Token,
    lemma,
    root_of,
    tokens_after,
    tokens_of,
)


def alternation(phrases: Iterable[str]) -> str:
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
    bound_words: frozenset[str]


@functools.cache
def _patterns() -> _Patterns:
    """The patterns, built once (``_patterns.cache_clear()`` after changing a table)."""
    bounds = {*lx.APPROXIMATE_CUES, *(w for cues in lx.QUALIFIER_CUES.values() for w in cues)}
    # Qualifier words that may stand between a trend word and its amount: "up nearly 6%".
    bound_words = alternation(w for w in bounds if re.fullmatch(r"[a-z ]+", w))
    periods = alternation(lx.PERIOD_DETERMINERS)
    return _Patterns(
        qualifiers_before=[
            (
                cast(Qualifier, q),
                re.compile(rf"(?i)(?<!\w)(?:{alternation(cues)})\s*(?:of\s+)?(?:an?\s+)?$"),
            )
            for q, cues in [("approximate", lx.APPROXIMATE_CUES), *lx.QUALIFIER_CUES.items()]
        ],
        qualifiers_after=[
            (
                cast(Qualifier, q),
                re.compile(rf"(?i)\s*(?:{alternation(cues)})(?!\w)(?!\s+(?:to|from)\b)"),
            )
            for q, cues in lx.QUALIFIER_AFTER_CUES.items()
        ],
        trend_word_before=re.compile(
            rf"(?i)\b(?P<w>{alternation(w for words in lx.TREND_WORDS.values() for w in words)})\s+"
            rf"(?:by\s+)?(?:(?:{alternation(lx.BOUND_MODIFIERS)})\s+)?(?:(?:{bound_words})\s+)?$"
        ),
        # Only "up" and "down" follow their amount ("closed 0.8% down"); "2% higher" does not.
        trend_word_after=re.compile(rf"(?i)\s+(?P<w>{alternation(lx.TREND_WORDS)})\b"),
        # "compared with 2.4%", "versus last year's 6%", "rather than the 3% unions wanted"
        compared_before=re.compile(
            rf"(?i)\b(?:{alternation(lx.COMPARED_WITH_CUES)})\s+"
            rf"(?:(?:{periods})\s+|[\w-]+['’]s\s+){{0,3}}$"
        ),
        bound_words=frozenset(w for w in bounds if re.fullmatch(r"[a-z]+", w)),
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
        if m and not _figure_at(text, m.end(), cands) and not _added(text, c, m):
            return q
    return None


_PLUS_WORD = re.compile(r"(?i)\s+plus\s+(?=\w)")


def _added(text: str, c: Candidate, cue: re.Match[str]) -> bool:
    """Is the "plus" after the figure an addition: the figure has its unit, and a word follows
    ("€60m plus add-ons", "£9 plus VAT"; not "20 plus years", nor "aged 65 plus.")?"""
    written = _PLUS_WORD.match(text, c.end)
    has_unit = c.kind in ("money", "percent", "measure") or bool(c.currency) or bool(c.unit)
    return written is not None and written.end() >= cue.end() and has_unit


def _figure_at(text: str, at: int, cands: Sequence[Candidate]) -> bool:
    """Whether a figure starts at offset ``at`` of the text, past spaces."""
    while at < len(text) and text[at].isspace():
        at += 1
    return any(h.start == at for h in cands)


# --- trend -----------------------------------------------------------------------------------

# A sign apart from the number it belongs to, at the start of a word: "gold +$12".
_SIGN_BEFORE = re.compile(r"(?:^|(?<=[\s(]))[-+\u2212]$")
# "Rents rose 4% to $1,250": the level reached (the parse often reads this "to" as quantmod).
_TARGET_BEFORE = re.compile(r"(?i)\bto\s+$")
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


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
    own = _sign(text, c) or _trend_word_before(text, c, sent) or _trend_word_after(text, c)
    if own is not None or root is None or sent is None:
        return own
    if _compared_before(text, c) or _target_before(text, c) or _compared_after(sent, c):
        return None
    verb = _change_verb(root, sent.start_char + c.start)
    if verb is None:
        return _headline_verb(text, c, root)
    base = lemma(verb).lower()
    if base in lx.TREND_UP_LEMMAS:
        return "up"
    if base in lx.TREND_DOWN_LEMMAS:
        return "down"
    return None


_VERB_FORM_BEFORE = re.compile(r"(?P<w>[A-Z][a-z]+)\s+(?:[Bb]y\s+)?$")


def _headline_verb(text: str, c: Candidate, root: Token) -> Trend | None:
    """The trend of a verb of change right before the figure in a headline whose parse has no
    verb over it ("Apple Stock Falls 5%", "Shares Jump 12% On Deal"): title case makes the
    tagger read "Falls" as a noun."""
    if any(t.pos_ in VERBS for t in root.ancestors) or not headline(text):
        return None
    m = _VERB_FORM_BEFORE.search(text, max(0, c.start - 20), c.start)
    direction = lx.TREND_FORM_DIRECTIONS.get(m.group("w").lower()) if m else None
    return cast(Trend, direction) if direction else None


def _sign(text: str, c: Candidate) -> Trend | None:
    """A sign written before a share or a sum: "the euro +0.4%", "oil -1.2%", "gold +$12"
    (where the sign stands before the currency). On a measure it is part of the level:
    "highs of +5C"."""
    sign = c.sign
    if not sign:
        m = _SIGN_BEFORE.search(text, max(0, c.start - 1), c.start)
        sign = m.group() if m else ""
    if not sign or c.kind not in ("percent", "money"):
        return None
    return "up" if sign == "+" else "down"


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
    """ "rather than the 3% unions wanted", "compared with 2.4%": the figure is compared, not
    moved."""
    return _patterns().compared_before.search(text, max(0, c.start - 40), c.start) is not None


def _target_before(text: str, c: Candidate) -> bool:
    """ "rose 4% to $1,250 a month": the level reached."""
    return _TARGET_BEFORE.search(text, max(0, c.start - 10), c.start) is not None


def _compared_after(sent: Span, c: Candidate) -> bool:
    """Whether a comparative and "than" follow the figure: "20% more than last season", "30 kg
    lighter than the old one", "300 more cars than a year ago"."""
    after = tokens_after(sent, sent.start_char + c.end, 4)
    for i, t in enumerate(after[:2]):
        if t.is_punct:
            return False  # "rose 5%, more than expected": the 5% is still a rise
        if t.tag_ in ("JJR", "RBR"):
            return any(u.lower_ == "than" for u in after[i + 1 : i + 3])
    return False


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


def _change_verb(root: Token, start: int) -> Token | None:
    """The verb whose amount of change the number is: "climbed 14%", "grew by 1,200 visitors",
    "cut its staff by 150 jobs", "shed 3,000 jobs". ``start`` is where the figure starts in
    the parsed text.

    None for a number that sizes a change noun ("a 6% pay rise", "a fall of 3%"), that is the
    level reached or left ("to $9 billion", "from 5%", "at 6,120"), a subject, a sum collected
    ("raised $30 million"), an amount of an instruction ("add 15% to the bill"), or is
    joined to the verb by any other preposition ("for every 5 years", "over the next three
    months").
    """
    t = root
    for _ in range(5):
        head = t.head
        if head.i == t.i:
            return None
        if head.pos_ in VERBS:
            return head if _is_amount_of(t, head) else None
        if head.pos_ in NOUNS and t.dep_ in ("nummod", "compound", "amod", "nmod"):
            if _is_change_noun(head) or not _counts_amount(head):
                return None  # "a 6% pay rise"; "will add 12 coaches" counts coaches
            t = head  # "added 95 points", "cut its staff by 150 jobs"
            continue
        if _coordinated_amount(t, head):
            t = head  # "grew by 800 pupils or 3.5 per cent"
            continue
        if _level_after(t, head):
            t = head  # "grew by 40 to 1,200", parsed as one range: the change hangs on the level
            continue
        if head.dep_ in ("prep", "agent") or head.pos_ == "ADP":
            if not _amount_preposition(head, start):
                return None
            t = head
            continue
        if _comparative_of_verb(t, head):
            t = head  # "jumped 10% higher"
            continue
        return None
    return None


def _level_after(t: Token, head: Token) -> bool:
    """Whether the parse hangs the amount of a change on the level after it, as a range's first
    end: "by 40 to 1,200" (the grammar has told the change from the level already)."""
    between = t.doc[t.i + 1 : head.i]
    return (
        t.dep_ == "quantmod"
        and head.tag_ == "CD"
        and head.i > t.i
        and [w.lower_ for w in between] == ["to"]
    )


def _is_amount_of(t: Token, verb: Token) -> bool:
    """Whether ``t``, a dependent of the verb, can be the amount it changes something by: not
    its subject, not the sum a verb of collecting collects, and no amount of an instruction,
    which reports no change ("Add 15% for service", "Slash 30% off the list price")."""
    if t.dep_ in _SUBJECTS or _instruction(verb):
        return False
    return t.dep_ != "dobj" or lemma(verb).lower() not in lx.COLLECT_VERBS


def _instruction(verb: Token) -> bool:
    """Whether the verb is an imperative that opens its sentence: "Add 15% to the bill"."""
    if verb.tag_ != "VB" or any(ch.dep_ in (*_SUBJECTS, "aux", "auxpass") for ch in verb.children):
        return False
    first = verb.sent.start
    return all(t.pos_ in ("ADV", "PUNCT", "CCONJ", "INTJ") for t in verb.doc[first : verb.i])


def _counts_amount(noun: Token) -> bool:
    """Whether a count of the noun can be the amount of a change: the noun joined to the verb by
    a preposition or as a measure ("by 150 jobs", "rose 64 points"), a step ("added 95
    points"), or the things a verb of cutting takes away ("shed 3,000 jobs")."""
    return (
        noun.dep_ in ("pobj", "npadvmod")
        or lemma(noun).lower() in lx.STEP_NOUNS
        or (noun.dep_ == "dobj" and lemma(noun.head).lower() in lx.REDUCTION_VERBS)
    )


def _amount_preposition(prep: Token, start: int) -> bool:
    """Whether the preposition joins a verb to its amount: "by", or a bound right before the
    figure ("rose under 4%", "fell over 10%"); not "over the next three months"."""
    if prep.lower_ == "by":
        return True
    end = prep.idx + len(prep.text)
    return (
        prep.lower_ in _patterns().bound_words
        and end <= start
        and not prep.doc.text[end:start].strip()
    )


def _coordinated_amount(t: Token, head: Token) -> bool:
    """The second of two amounts joined by "or"/"and": "by 800 pupils or 3.5 per cent"."""
    return bool(t.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN", "NUM"))


def _comparative_of_verb(t: Token, head: Token) -> bool:
    """The figure measures an adjective, which modifies the verb: "climbed 2% higher"."""
    return bool(t.dep_ in ("npadvmod", "dobj", "attr", "advmod", "quantmod") and head.pos_ == "ADJ")


def _is_change_noun(noun: Token) -> bool:
    """A noun that names a change: "rise", "drop" (``TREND_UP_NOUNS``, ``TREND_DOWN_NOUNS``)."""
    base = lemma(noun).lower()
    return base in lx.TREND_UP_NOUNS or base in lx.TREND_DOWN_NOUNS


# --- the figure another one leans on ---------------------------------------------------------

# Between a figure and the bracket that converts it, a few words of its unit: "6 million-litre (".
_TO_BRACKET = re.compile(r"(?:[\s-]*[^\W\d][\w'’.-]*){0,4}\s*")
# What a bracket of conversions holds besides its figures: "(224 kW / 304 PS)".
_BETWEEN_CONVERSIONS = re.compile(r"[\s/,;=≈~]*|\s+or\s+")


def _bracketed_host(text: str, c: Candidate, cands: Sequence[Candidate]) -> Candidate | None:
    """The figure that a bracketed figure converts: "50 km" for "31 miles" in "more than 50 km
    (31 miles)". A conversion is of the same kind (a sum, a measure, a share) and its bracket
    holds nothing but figures: "(5 women)" after "12 members" and "(40% in London)" after "30%
    of staff" say something else."""
    open_at = text.rfind("(", max(0, c.start - 40), c.start)
    close_at = text.find(")", c.end)
    if open_at < 0 or close_at < 0 or c.kind not in ("money", "measure", "percent"):
        return None
    inside = [h for h in cands if open_at < h.start and h.end <= close_at]
    at = open_at + 1
    for h in sorted(inside, key=lambda h: h.start):
        if not _BETWEEN_CONVERSIONS.fullmatch(text, at, h.start):
            return None
        at = h.end
    if not _BETWEEN_CONVERSIONS.fullmatch(text, at, close_at):
        return None
    host = _last_before(cands, open_at)
    if host is None or host.kind != c.kind or not _TO_BRACKET.fullmatch(text, host.end, open_at):
        return None
    return host


# What joins a clause that leaves out its verb to the clause before: ", ", ", and ", "; ", " and ".
_GAP_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s*;\s*|\s+and\s+")
# The parts of speech of the subject such a clause keeps: "nickel", "the Nasdaq", "Foot Locker".
_REMNANT = frozenset({"NOUN", "PROPN", "DET", "ADJ", "PART", "NUM"})
# The tags of the present that the tagger gives some such subjects: "pears", "tin".
_REMNANT_VERB_TAGS = frozenset({"VB", "VBP", "VBZ"})


def _gapped_host(
    text: str, c: Candidate, cands: Sequence[Candidate], sent: Span | None
) -> Candidate | None:
    """The figure of the clause whose verb the clause of ``c`` leaves out: "2.1%" for "1.4%" in
    "Zinc rose 2.1%, nickel 1.4% and tin 0.9%". The clause keeps a subject of one to four words
    and maybe "by" ("Beta by 1.8%"). Only shares, sums of money and measures in the unit of the
    figure before: in "Ms Cole 52" the number is an age."""
    host = _last_before(cands, c.start)
    if host is None or sent is None or not _same_measure(host, c):
        return None
    join = _GAP_JOIN.match(text, host.end, c.start)
    if join is None:
        return None
    base = sent.start_char
    words = [t for t in sent if base + join.end() <= t.idx < base + c.start]
    if words and words[-1].lower_ == "by":
        words.pop()
    if not 1 <= len(words) <= 4 or not all(_remnant(w) for w in words):
        return None
    return host


def _remnant(word: Token) -> bool:
    """A word of the subject a gapped clause keeps: a word of a noun phrase, or a name. The
    tagger reads some of these nouns as verbs in the present ("Bunds 0.1 points", "pears 25
    cents", "tin 0.9%"): such a verb has no subject or auxiliary of its own, where "Labour took
    35%" and "analysts said 3%" have verbs of their own."""
    if word.pos_ in _REMNANT or word.text[:1].isupper() or word.text in ("&", "-", "."):
        return True
    return bool(
        word.pos_ == "VERB"
        and word.tag_ in _REMNANT_VERB_TAGS
        and not any(ch.dep_ in (*_SUBJECTS, "aux", "auxpass") for ch in word.children)
    )


def _same_measure(host: Candidate, c: Candidate) -> bool:
    if c.kind in ("percent", "money"):
        return True
    return c.kind == "measure" and host.kind == "measure" and c.unit == host.unit


def _last_before(cands: Sequence[Candidate], at: int) -> Candidate | None:
    """The candidate that ends last at or before offset ``at``."""
    earlier = [h for h in cands if h.end <= at]
    return max(earlier, key=lambda h: h.end) if earlier else None
