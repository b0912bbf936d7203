"""The classify stage: number candidates + the sentence's parse → figures.

Reads the :class:`Parsed` sentence and the candidates ``extract.candidates`` found in it; decides
each figure's ``kind`` (count, age, number…, keeping what the notation already said), the counted
noun (``unit`` of a count), the ``entity`` it is about, its ``qualifier`` and its ``trend``, all
from the dependency parse and the cue tables in ``_lexicon``. Drops what is not a figure after all
(the pronoun "one", "one of the").
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any, cast

from factsheet import _lexicon as lx
from factsheet.models import Figure, Kind, Qualifier, Trend
from factsheet.numbers import Candidate
from factsheet.segment import Parsed

Token = Any  # spacy.tokens.Token
Span = Any  # spacy.tokens.Span

_NOUNS = frozenset({"NOUN", "PROPN"})
_VERBS = frozenset({"VERB", "AUX"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "npadvmod"})
_ENTITY_PREPS = frozenset(
    {"in", "of", "from", "at", "on", "for", "to", "across", "among", "inside"}
)
_MONEY_PREPS = ("for", "on", "in", "to", "towards", "toward")
_AGE_AFTER = re.compile(r"(?i)^(?:[\s-]+(?:years?|yrs?)[\s-]+old\b|[\s-]+years?-old\b)")
_AGE_BEFORE = re.compile(
    rf"(?i)\b(?:{'|'.join(sorted(lx.AGE_CUES))})\s+(?:(?:between|of|from)\s+)?$"
)
_AGE_RANGE_AFTER = re.compile(r"(?i)^\s+(?:to|and|-|or)\s+\d{1,3}[\s-]+years?[\s-]+old\b")
_APPOSITION_BEFORE = re.compile(r"[A-Z][\w.'’-]*,\s*$")
_NOUN_COMMA_BEFORE = re.compile(r"[a-z]{3,},\s*$")
_APPOSITION_AFTER = re.compile(r"^\s*(?:[,;)]|$|\(|\s+(?:and|of|from|who|was|is)\b)")
_TREND_WORD_BEFORE = re.compile(r"(?i)\b(?P<w>up|down|higher|lower|plus|minus)\s+(?:by\s+)?$")
_TREND_WORD_AFTER = re.compile(r"(?i)^\s+(?P<w>higher|lower|more|less|up|down)\b")
_ONE_OF = re.compile(r"(?i)^\s+of\b")
_ONE_IDIOM = re.compile(rf"(?i)\b(?:{'|'.join(lx.ONE_IDIOMS)})\b")
_DECADE_OF_LIFE_BEFORE = re.compile(
    r"(?i)\b(?:their|his|her|my|our|your)\s+(?:early\s+|mid-|late\s+)?$"
)


def figure_id(source: str, start: int, end: int, surface: str) -> str:
    """A stable id for a figure: the same mention gets the same id in every run."""
    digest = hashlib.sha1(f"{source}\0{start}\0{end}\0{surface}".encode()).hexdigest()
    return digest[:12]


def _n(v: float | None) -> int | float | None:
    """JSON-friendly numbers: integral values as int, others rounded to 12 significant digits."""
    if v is None:
        return None
    if float(v).is_integer() and abs(v) < 1e15:
        return int(v)
    return float(f"{v:.12g}")


# --- syntax helpers --------------------------------------------------------------------------


def _tokens(sent: Span, c: Candidate) -> list[Token]:
    base = sent.start_char
    lo, hi = base + c.start, base + c.end
    return [t for t in sent if t.idx < hi and t.idx + len(t.text) > lo]


def _root(tokens: list[Token]) -> Token | None:
    """The token of the candidate whose head lies outside it."""
    ids = {t.i for t in tokens}
    for t in tokens:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return tokens[-1] if tokens else None


def _phrase(head: Token, exclude: set[int], *, with_prep: bool = True, limit: int = 9) -> str:
    """A short noun phrase around ``head``: its adjacent modifiers and a prepositional phrase."""
    keep = {head.i}
    for child in reversed(list(head.lefts)):
        if child.dep_ in _MODIFIER_DEPS and child.i not in exclude:
            sub = [t for t in child.subtree if t.i not in exclude and t.pos_ not in ("DET", "NUM")]
            if any(t.i in exclude for t in child.subtree) and child.dep_ != "compound":
                continue
            keep.update(t.i for t in sub)
        else:
            break
    if with_prep:
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in _ENTITY_PREPS and child.i not in exclude:
                sub = [t for t in child.subtree if t.i not in exclude]
                if sub and len(sub) <= limit:
                    keep.update(t.i for t in sub)
                break
            if child.dep_ not in ("amod", "compound", "punct", "nummod"):
                break
    lo, hi = min(keep), max(keep)
    while lo in exclude or head.doc[lo].pos_ in ("DET", "PUNCT", "ADP", "CCONJ", "PRON"):
        if lo >= hi:
            break
        lo += 1
    while head.doc[hi].pos_ in ("PUNCT", "CCONJ", "ADP", "DET") and hi > lo:
        hi -= 1
    words = [t for t in head.doc[lo : hi + 1] if t.i not in exclude]
    text = "".join(t.text_with_ws for t in words).strip()
    return re.sub(r"\s+", " ", text)


def _governor(root: Token) -> Token | None:
    """The verb a number depends on, through "by"/"to" prepositions: "fell by 3%", "rose to 5%"."""
    t = root
    for _ in range(3):
        head = t.head
        if head.i == t.i:
            return None
        if head.pos_ in _VERBS:
            return head
        if head.dep_ == "prep" or head.pos_ == "ADP":
            t = head
            continue
        if t.dep_ in ("npadvmod", "dobj", "attr", "advmod", "quantmod") and head.pos_ == "ADJ":
            t = head
            continue
        return None
    return None


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if child.pos_ in _NOUNS:
                return child
            if child.lower_ in ("that", "which", "who") and verb.dep_ == "relcl":
                return verb.head if verb.head.pos_ in _NOUNS else None
            return None
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in _NOUNS:
        return verb.head
    if verb.dep_ in ("xcomp", "ccomp", "conj", "advcl") and verb.head.pos_ in _VERBS:
        return _subject(verb.head)
    return None


def _counted_noun(root: Token, exclude: set[int]) -> Token | None:
    """What a number counts: "16,000 volunteers", "thousands of people", "refugees totalling"."""
    head = root.head
    if (
        root.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "appos")
        and head.i not in exclude
        and head.pos_ in _NOUNS
        and head.i > root.i
    ):
        return head if head.pos_ == "NOUN" or head.tag_ == "NNPS" else None
    for child in root.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.pos_ in _NOUNS and pobj.tag_ in ("NNS", "NNPS"):
                    return pobj
    # "refugees now totalling 2.5 million", "the dead numbered 40": the subject is counted.
    verb = _governor(root)
    if verb is not None and verb.lemma_.lower() in lx.COUNT_VERBS:
        subject = _subject(verb)
        if subject is not None and subject.tag_ == "NNS" and subject.i not in exclude:
            return subject
    return None


# --- cues ------------------------------------------------------------------------------------

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


def _qualifier(text: str, c: Candidate) -> Qualifier:
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


def _trend(text: str, c: Candidate, root: Token | None) -> Trend | None:
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
    verb = _governor(root)
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


def _is_age(text: str, c: Candidate, root: Token | None) -> bool:
    ends = [v for v in (c.low, c.high) if v is not None]
    if not ends or not all(float(v).is_integer() and 0 <= v <= 125 for v in ends):
        return False
    if _DECADE_OF_LIFE_BEFORE.search(text[: c.start]) and re.fullmatch(
        r"\d0s?", text[c.start : c.end + 1].strip()
    ):
        return True  # "in their 30s"
    after = text[c.end :]
    if c.unit == "year" and re.match(r"(?i)^[\s-]*old\b", after):
        return True
    if _AGE_AFTER.match(after) or _AGE_RANGE_AFTER.match(after):
        return True
    before = text[: c.start]
    if _AGE_BEFORE.search(before):
        return True
    if c.kind is None and _APPOSITION_AFTER.match(after):
        if _APPOSITION_BEFORE.search(before):
            return root is None or root.dep_ in (
                "appos",
                "npadvmod",
                "conj",
                "amod",
                "nummod",
                "punct",
            )
        if _NOUN_COMMA_BEFORE.search(before) and root is not None and root.dep_ == "appos":
            return root.head.pos_ in _NOUNS  # "The mayor, 58, said"
    return False


# --- the stage -------------------------------------------------------------------------------


def _entity(kind: str, root: Token, exclude: set[int], counted: Token | None) -> str | None:
    if counted is not None:
        return _phrase(counted, exclude) or None
    head = root.head
    if (
        root.dep_ in ("nummod", "compound", "amod", "nmod")
        and head.pos_ in _NOUNS
        and head.i > root.i
        and head.lemma_.lower() not in lx.TREND_UP_NOUNS | lx.TREND_DOWN_NOUNS
    ):
        return _phrase(head, exclude) or None
    if kind == "money":
        purpose = _purpose_object(root, exclude)
        if purpose is not None:
            return _phrase(purpose, exclude) or None
        for child in root.rights:
            if child.dep_ == "prep" and child.lower_ in _MONEY_PREPS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return _phrase(pobj, exclude, with_prep=False) or None
            if child.dep_ in ("acl", "relcl", "advcl", "xcomp") and child.pos_ == "VERB":
                for obj in child.children:
                    if obj.dep_ == "dobj" and obj.pos_ in _NOUNS:
                        return _phrase(obj, exclude) or None
    for child in root.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.pos_ in _NOUNS:
                    return _phrase(pobj, exclude) or None
    verb = _governor(root)
    if verb is not None:
        if kind == "money":
            for child in verb.rights:
                if child.dep_ == "prep" and child.lower_ in _MONEY_PREPS and child.i > root.i:
                    for pobj in child.children:
                        if pobj.dep_ == "pobj" and pobj.pos_ in _NOUNS:
                            return _phrase(pobj, exclude, with_prep=False) or None
        subject = _subject(verb)
        if subject is not None and subject.i not in exclude and subject.lower_ not in _PRONOUNS:
            return _phrase(subject, exclude) or None
    return None


def _purpose_object(root: Token, exclude: set[int]) -> Token | None:
    """The object of "to VERB" right after an amount: "$4.83 billion to support partners"."""
    doc = root.doc
    after = max(exclude) + 1 if exclude else root.i + 1
    if after + 1 >= len(doc) or doc[after].lower_ != "to" or doc[after + 1].pos_ != "VERB":
        return None
    for obj in doc[after + 1].children:
        if obj.dep_ == "dobj" and obj.pos_ in _NOUNS:
            return obj
    return None


_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you", "this", "that", "which", "who"})
_TIME_NOUNS = lx.DURATION_UNITS | {f"{u}s" for u in lx.DURATION_UNITS}


def _kind_and_unit(
    text: str, c: Candidate, root: Token | None, counted: Token | None
) -> tuple[Kind, str | None] | None:
    """What the figure is, and its unit; None when it is not a figure after all."""
    if c.kind in ("money", "percent", "measure", "score", "date", "time", "ordinal"):
        if c.kind == "date" and c.maybe_year and counted is not None:
            # "2000 people" counts; "the 1995 proposal" and "in 2010" are dates.
            plural = counted.tag_ in ("NNS", "NNPS") and counted.lemma_.lower() not in _TIME_NOUNS
            if plural and not _year_cue(text, c):
                return "count", _unit_of(counted)
        return c.kind, c.unit  # type: ignore[return-value]
    if c.kind == "duration":
        if _is_age(text, c, root):
            return "age", "year"
        return "duration", c.unit
    if _is_age(text, c, root):
        return "age", "year"
    surface = text[c.start : c.end].lower()
    if surface == "one" and (
        _ONE_OF.match(text[c.end :]) or counted is None or _ONE_IDIOM.search(text, 0, c.end + 20)
    ):
        return None  # "one of the", the pronoun, "all in one place", "at one point"
    if c.unit == "fold":
        return "number", "fold"
    if counted is not None:
        return "count", _unit_of(counted)
    return "number", None


def _year_cue(text: str, c: Candidate) -> bool:
    before = re.search(r"([A-Za-z0-9]+)\W*$", text[: c.start])
    return bool(before and before.group(1).lower() in lx.YEAR_CUES)


def _unit_of(noun: Token) -> str:
    lemma = str(noun.lemma_)
    return lemma if noun.pos_ == "PROPN" else lemma.lower()


def classify(parsed: Parsed, cands: Iterable[Candidate]) -> list[Figure]:
    """Figures for the candidates of one parsed sentence."""
    sentence = parsed.sentence
    text = sentence.text
    sent = parsed.span
    figures: list[Figure] = []
    for c in cands:
        tokens = _tokens(sent, c)
        exclude = {t.i for t in tokens}
        root = _root(tokens)
        counted = _counted_noun(root, exclude) if root is not None else None
        if counted is not None and counted.lemma_.lower() in lx.NOT_COUNTED:
            counted = None
        decided = _kind_and_unit(text, c, root, counted)
        if decided is None:
            continue
        kind, unit = decided
        c = _extend_age(text, c) if kind == "age" else c
        entity = None
        if kind == "age":
            entity = _person(root) if root is not None else None
        elif root is not None and kind not in ("date", "time", "ordinal"):
            entity = _entity(kind, root, exclude, counted if kind == "count" else None)
        qualifier: Qualifier = "exact"
        trend: Trend | None = None
        if kind not in ("date", "time", "ordinal", "score"):
            qualifier = _qualifier(text, c)
            trend = _trend(text, c, root)
        if c.vague and qualifier == "exact":
            qualifier = "approximate"
        start = sentence.start + c.start
        end = sentence.start + c.end
        surface = text[c.start : c.end]
        figures.append(
            Figure(
                id=figure_id(sentence.source, start, end, surface),
                source=sentence.source,
                span=(start, end),
                line=sentence.line + text.count("\n", 0, c.start),
                surface=surface,
                sentence=text,
                sentence_span=(sentence.start, sentence.end),
                value=_n(c.value),
                low=_n(c.low),
                high=_n(c.high),
                unit=unit,
                currency=c.currency if kind == "money" else None,
                kind=kind,
                qualifier=qualifier,
                trend=trend,
                entity=entity,
                date=c.date if kind in ("date", "time") else None,
            )
        )
    return figures


def _person(root: Token) -> str | None:
    """Whose age: "Willy Joseph Cancel, 22", "a 65-year-old man"."""
    head = root.head
    while (
        head.dep_ in ("compound", "amod", "npadvmod")
        and head.head.i != head.i
        and head.pos_ != "PROPN"
    ):
        head = head.head
    if head.i == root.i or head.pos_ not in _NOUNS:
        return None
    if head.pos_ == "PROPN":
        names = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
        start = names[0].i if names else head.i
        return str(head.doc[start : head.i + 1].text)
    if head.lemma_.lower() in lx.DURATION_UNITS or head.lower_ in ("old", "age"):
        return None
    return str(head.text)


def _extend_age(text: str, c: Candidate) -> Candidate:
    """An age's surface covers "years old" / "-year-old" when written."""
    # quantulum3 already took "65-year" as a duration; then only "-old" is left to cover.
    pattern = _OLD_AFTER_YEAR if c.unit == "year" else _YEARS_OLD_AFTER
    m = pattern.match(text, c.end)
    return replace(c, end=m.end()) if m else c


_YEARS_OLD_AFTER = re.compile(r"(?i)[\s-]+(?:years?|yrs?)[\s-]+old\b")
_OLD_AFTER_YEAR = re.compile(r"(?i)[\s-]+old\b")
