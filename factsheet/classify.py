"""The classify stage: number candidates + the sentence's parse → figures.

Reads the :class:`Parsed` sentence and the candidates ``extract.candidates`` found in it; decides
each figure's ``kind`` (count, age, number…, keeping what the notation already said) and the
counted noun (``unit`` of a count) from the dependency parse and the cue tables in ``_lexicon``;
takes the ``entity`` from :mod:`factsheet.entity` and the ``qualifier`` and ``trend`` from
:mod:`factsheet.cues`. Drops what is not a figure after all (the pronoun "one", "one of the").
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import replace

from factsheet import _lexicon as lx
from factsheet.cues import qualifier as qualifier_of
from factsheet.cues import trend as trend_of
from factsheet.entity import entity as entity_of
from factsheet.entity import person, share_entities
from factsheet.models import Figure, Kind, Qualifier, Trend
from factsheet.numbers import Candidate
from factsheet.segment import Parsed
from factsheet.syntax import NOUNS, Token, governor, lemma, root_of, subject, tokens_of

_AGE_AFTER = re.compile(r"(?i)^[\s-]+(?P<span>years?|yrs?|months?|weeks?|days?)[\s-]+old\b")
# "Maria, who was 10.", "when he turned 40": an age only where nothing is counted after it.
_AGE_VERB_BEFORE = re.compile(
    r"(?i)\b(?:(?:who|she|he)\s+(?:is|was|is\s+now|was\s+then)|turned|turns|turning)\s+$"
)
_NOTHING_AFTER = re.compile(
    r"^\s*(?:[,;.)!?]|$|\s+(?:and|when|at|in|but|so|or|with|after|before|last|this|on|earlier)\b)"
)
_LIFE_EXPECTANCY_BEFORE = re.compile(r"(?i)\blife\s+expectancy\b[^.;:]{0,60}$")
_AGE_SPANS = frozenset({"year", "month", "week", "day"})
_TIMES_AFTER = re.compile(r"(?i)^[\s-]+times\b")
_AGE_BEFORE = re.compile(
    rf"(?i)\b(?:{'|'.join(sorted(lx.AGE_CUES))})\s+(?:(?:between|of|from)\s+)?$"
)
_AGE_RANGE_AFTER = re.compile(r"(?i)^\s+(?:to|and|-|or)\s+\d{1,3}[\s-]+years?[\s-]+old\b")
_APPOSITION_BEFORE = re.compile(r"[A-Z][\w.'’-]*,\s*$")
_NOUN_COMMA_BEFORE = re.compile(r"[a-z]{3,},\s*$")
_APPOSITION_AFTER = re.compile(r"^\s*(?:[,;)]|$|\(|\s+(?:and|of|from|who|was|is)\b)")
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


def _counted_noun(root: Token, exclude: set[int]) -> Token | None:
    """What a number counts: "16,000 volunteers", "thousands of people", "refugees totalling"."""
    head = root.head
    if (
        root.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "appos")
        and head.i not in exclude
        and head.pos_ in NOUNS
        and head.i > root.i
        and not _determiner_between(root, head)
    ):
        after = root.doc[root.i + 1] if root.i + 1 < head.i else None
        if (
            after is not None
            and head.tag_ == "NN"
            and after.pos_ == "NOUN"
            and after.tag_ == "NN"
            and after.dep_ in ("compound", "nmod")
            and after.head.i == head.i
        ):
            return after  # "a 12 page document", "a 3 cylinder engine": pages, cylinders
        return head if head.pos_ == "NOUN" or head.tag_ == "NNPS" else None
    for child in root.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.pos_ in NOUNS and pobj.tag_ in ("NNS", "NNPS"):
                    return pobj
    # "refugees now totalling 2.5 million", "the dead numbered 40": the subject is counted.
    verb = governor(root)
    if verb is not None and lemma(verb).lower() in lx.COUNT_VERBS:
        subj = subject(verb)
        if subj is not None and subj.tag_ == "NNS" and subj.i not in exclude:
            return subj
    return None


def _determiner_between(number: Token, noun: Token) -> bool:
    """Does a determiner stand between the number and the noun, so that the number cannot count
    it: "2.1 last year", "4 the next day" (a misparse of two phrases)?"""
    between = number.doc[number.i + 1 : noun.i]
    return any(t.pos_ == "DET" or t.lower_ in lx.TIME_DETERMINERS for t in between)


# --- cues ------------------------------------------------------------------------------------


def _age_span(text: str, c: Candidate) -> str:
    """The unit of an age: "year", or "month" for "an 18-month-old"."""
    m = _AGE_AFTER.match(text[c.end :])
    if m is None:
        return c.unit if c.unit in _AGE_SPANS else "year"
    span = m.group("span").lower().rstrip("s")
    return "year" if span == "yr" else span


def _is_age(text: str, c: Candidate, root: Token | None) -> bool:
    ends = [v for v in (c.low, c.high) if v is not None]
    after = text[c.end :]
    explicit = _AGE_AFTER.match(after) or (
        c.unit in _AGE_SPANS and re.match(r"(?i)^[\s-]*old\b", after)
    )
    if explicit and ends and all(float(v).is_integer() and v >= 0 for v in ends):
        return True  # "a 400 million-year-old rock" too
    if not ends or not all(float(v).is_integer() and 0 <= v <= 125 for v in ends):
        return False
    if c.kind is None and not c.worded and _bracketed_after_name(text, c, root):
        return True  # "Sarah Jones (34) was fined"
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
    if c.kind is None and not c.worded and _NOTHING_AFTER.match(after):
        if _AGE_VERB_BEFORE.search(before):
            return True  # "Maria, who was 10."
        if _LIFE_EXPECTANCY_BEFORE.search(before) and 40 <= ends[0] <= 110:
            return True  # "life expectancy for men is around 73"
    if c.kind is None and not c.worded and _APPOSITION_AFTER.match(after):
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
            return root.head.pos_ in NOUNS  # "The mayor, 58, said"
    return False


# "Sarah Jones (34)": a bracketed number right after a capitalised name; after a player's role
# ("quarterback Dak Prescott (4)") it is a shirt number.
_NAME_BRACKET_BEFORE = re.compile(r"\b(?P<name>[A-Z][a-z][\w'’-]*)\s?\(\s?$")
_ROLE_NAME_BRACKET_BEFORE = re.compile(
    rf"(?i)\b(?:{'|'.join(sorted(lx.PLAYER_ROLES))})\s+(?:[A-Z][\w'’.-]*\s+){{0,2}}[A-Z][\w'’-]*\s?\(\s?$"
)
_BRACKET_AFTER = re.compile(r"^\s?\)")


def _bracketed_after_name(text: str, c: Candidate, root: Token | None) -> bool:
    """Is the number bracketed right after a person's name, as British papers write ages? The
    parse must attach it to a proper noun ("Sales (12) rose" is no name); labels before the
    bracket ("Article (5)") are not names."""
    before = _NAME_BRACKET_BEFORE.search(text, 0, c.start)
    return (
        before is not None
        and root is not None
        and root.head.pos_ == "PROPN"
        and before.group("name").lower() not in lx.LABEL_NOUNS
        and _ROLE_NAME_BRACKET_BEFORE.search(text, 0, c.start) is None
        and _BRACKET_AFTER.match(text[c.end :]) is not None
    )


# --- the stage -------------------------------------------------------------------------------


_TIME_NOUNS = lx.DURATION_UNITS | {f"{u}s" for u in lx.DURATION_UNITS}


def _kind_and_unit(
    text: str, c: Candidate, root: Token | None, counted: Token | None
) -> tuple[Kind, str | None] | None:
    """What the figure is, and its unit; None when it is not a figure after all."""
    if c.kind in ("money", "percent", "measure", "score", "date", "time", "ordinal"):
        if c.kind == "date" and c.maybe_year and counted is not None:
            # "2000 people" counts; "the 1995 proposal" and "in 2010" are dates.
            plural = counted.tag_ in ("NNS", "NNPS") and lemma(counted).lower() not in _TIME_NOUNS
            if (
                plural
                and not _year_cue(text, c)
                and root is not None
                and _close_after(root, counted)
            ):
                return "count", _unit_of(counted)
        return c.kind, c.unit  # type: ignore[return-value]
    if c.fraction:
        if text[c.start : c.end].lower() == "half" and not _of_a_group(root):
            return None  # "half the revenue", "half the time": not a share of a group
        return "number", None  # "a third of voters": a share, counting nothing
    if c.kind == "duration":
        if _is_age(text, c, root):
            return "age", _age_span(text, c)
        return "duration", c.unit
    if _is_age(text, c, root):
        return "age", _age_span(text, c)
    surface = text[c.start : c.end].lower()
    if surface == "one" and (
        _ONE_OF.match(text[c.end :]) or counted is None or _ONE_IDIOM.search(text, 0, c.end + 20)
    ):
        return None  # "one of the", the pronoun, "all in one place", "at one point"
    if c.unit == "fold" or _TIMES_AFTER.match(text[c.end :]):
        return "count", "time"  # "sixfold", "3,200 times", "6.5 times earnings": a multiple
    if counted is not None:
        return "count", _unit_of(counted)
    return "number", None


_GROUP_PRONOUNS = frozenset({"which", "whom", "them", "those", "these", "us", "you", "all"})


def _of_a_group(half: Token | None) -> bool:
    """Is what follows "half" a plural group: "half of them", "half the new condos"?"""
    if half is None:
        return False
    doc = half.doc
    for t in doc[half.i + 1 : half.i + 6]:
        if t.lower_ in _GROUP_PRONOUNS:
            return True
        if t.pos_ in NOUNS:
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if nxt is not None and nxt.pos_ in NOUNS:
                continue  # "half the subscription revenue": the head comes last
            return t.tag_ in ("NNS", "NNPS")
        if t.lower_ != "of" and t.pos_ not in ("DET", "ADJ", "PRON", "NUM"):
            return False
    return False


_WORDS_BETWEEN = re.compile(r"(?:\s+[A-Za-z]+){0,2}\s+")


def _close_after(number: Token, noun: Token) -> bool:
    """Does the noun follow the number within two plain words? "2000 new homes" counts homes;
    in the headline "Audi A4 2019 review - pictures" the year counts nothing."""
    gap = number.doc.text[number.idx + len(number.text) : noun.idx]
    return _WORDS_BETWEEN.fullmatch(gap) is not None


def _year_cue(text: str, c: Candidate) -> bool:
    """Does the word before a bare year make it a date: "in 2010", "its 2019 results"?"""
    before = re.search(r"([A-Za-z0-9]+)\W*$", text[: c.start])
    word = before.group(1).lower() if before else ""
    return word in lx.YEAR_CUES or word in lx.YEAR_DETERMINERS


def _unit_of(noun: Token) -> str:
    base = str(lemma(noun))
    return base if noun.pos_ == "PROPN" else base.lower()


def classify(parsed: Parsed, cands: Iterable[Candidate]) -> list[Figure]:
    """Figures for the candidates of one parsed sentence."""
    sentence = parsed.sentence
    text = sentence.text
    sent = parsed.span
    figures: list[Figure] = []
    cands = list(cands)
    figure_tokens = {t.i for c in cands for t in tokens_of(sent, c)}
    for c in cands:
        tokens = tokens_of(sent, c)
        exclude = {t.i for t in tokens}
        root = root_of(tokens)
        counted = _counted_noun(root, exclude) if root is not None else None
        if counted is not None and lemma(counted).lower() in lx.NOT_COUNTED:
            counted = None
        decided = _kind_and_unit(text, c, root, counted)
        if decided is None:
            continue
        kind, unit = decided
        c = _extend_age(text, c) if kind == "age" else c
        entity = None
        if kind == "age":
            entity = person(root) if root is not None else None
        elif root is not None and kind not in ("date", "time", "ordinal"):
            entity = entity_of(
                kind, root, exclude, counted if kind == "count" else None, figure_tokens
            )
        qualifier: Qualifier = "exact"
        trend: Trend | None = None
        if kind not in ("date", "time", "ordinal", "score"):
            qualifier = qualifier_of(text, c, cands)
            trend = trend_of(text, c, cands, sent)
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
    figures = _shared_units(text, sentence.start, figures)
    return share_entities(_from_to_ranges(text, sentence.start, figures), sentence.start)


_UNIT_DONORS = frozenset({"count", "measure", "money"})
# A bare number before a figure that names the unit once for both: "8 or $9", "4 x 10 metres",
# "3 by 4 feet".
_SHARES_NEXT = re.compile(r"^(?:\s+(?:or|to|by)\s+|\s*[x×]\s*)$")
# A suspended hyphen: "a 7- or 8-inch screen", "four-, five- and six-cylinder engines".
_SUSPENDED_NEXT = re.compile(r"^-,?\s+(?:(?:or|and|to)\s+)?$")


def _shared_units(text: str, offset: int, figures: list[Figure]) -> list[Figure]:
    """A bare number takes the unit of a like figure just before it in the sentence, as news
    leaves it out the second time: "6 million homes, including 1.5 million in Los Angeles",
    "84.75 cents, while the lowest is 74.07", "rose 64.06 points to 4,577.10"; or of the figure
    right after it in "8 or $9", "4 x 10 metres" and "7- or 8-inch". Percentages do not lend
    their unit ("0.1% to 1,333.18")."""
    out = list(figures)
    for i in reversed(range(len(out) - 1)):  # right to left: "6 x 4 x 3 inches"
        fig, nxt = out[i], out[i + 1]
        gap = text[fig.span[1] - offset : nxt.span[0] - offset]
        bare = fig.kind == "number" and fig.unit is None
        unit_counted = fig.kind == "count" and nxt.kind == "measure" and fig.unit == nxt.unit
        if (bare or unit_counted) and _SHARES_NEXT.match(gap):
            out[i] = _with_unit_of(fig, nxt)  # "4 x 12 metres": not a count of metres
        elif fig.kind in ("number", "count") and _SUSPENDED_NEXT.match(gap):
            out[i] = _with_unit_of(fig, nxt, _UNIT_DONORS | {"duration"})
    for i, fig in enumerate(out):
        if fig.kind != "number" or fig.unit is not None:
            continue
        donor = next((prev for prev in reversed(out[:i]) if prev.kind in _UNIT_DONORS), None)
        if donor is not None:
            out[i] = _with_unit_of(fig, donor)
    return out


def _with_unit_of(fig: Figure, donor: Figure, kinds: frozenset[str] = _UNIT_DONORS) -> Figure:
    """The figure with the kind and unit of a like donor; unchanged if the donor is not of one
    of the kinds, has no unit, or is of another order of magnitude."""
    if donor.kind not in kinds or donor.unit is None or not fig.value:
        return fig
    ref = donor.high if donor.value is None else donor.value
    if not ref or not 0.01 <= abs(float(fig.value) / float(ref)) <= 100:
        return fig  # "6 million homes ... 3 days": not the same kind of figure
    return fig.model_copy(
        update={"kind": donor.kind, "unit": donor.unit, "currency": donor.currency}
    )


# "from $36,040 at 10.45pm last night to $34,935": a start point, a few words (dates and times
# allowed), then the end point. ("rose to $7.36 billion from $6.78 billion" is read as two figures:
# a new level and the level before it.)
_FROM_BEFORE = re.compile(r"(?i)\bfrom\s+(?:[a-z]+\s+){0,2}$")
_GAP_TO = re.compile(r"(?i)^(?:\s+[\w.:'’-]+){0,6}?\s+to\s+$")
_IN_GAP_KINDS = frozenset({"date", "time", "ordinal"})


def _from_to_ranges(text: str, offset: int, figures: list[Figure]) -> list[Figure]:
    """Join a start and an end point written apart into one range, as NewsQuant reads "from
    A ... to B": "fell from $36,040 on Monday to $34,935", "from 20 mpg in 2008 to 29 mpg". Both
    ends must be single values of one kind, unit and currency, with at most a few words between
    them and no other scored figure."""
    out = list(figures)
    i = 0
    while i < len(out):
        a = out[i]
        j = next((k for k in range(i + 1, len(out)) if out[k].kind not in _IN_GAP_KINDS), None)
        if j is not None and _from_to_pair(text, offset, a, out[j]):
            out[i] = _range_of(text, offset, a, out[j])
            del out[j]
        i += 1
    return out


def _from_to_pair(text: str, offset: int, a: Figure, b: Figure) -> bool:
    """Are the two figures the ends of one from-to range?"""
    same = (a.kind, a.unit, a.currency) == (b.kind, b.unit, b.currency)
    if not same or a.kind not in _UNIT_DONORS or a.value is None or b.value is None:
        return False
    gap = text[a.span[1] - offset : b.span[0] - offset]
    return _FROM_BEFORE.search(text, 0, a.span[0] - offset) is not None and bool(_GAP_TO.match(gap))


def _range_of(text: str, offset: int, a: Figure, b: Figure) -> Figure:
    """The range from figure ``a`` to figure ``b``, over the text between them."""
    start, end = a.span[0], b.span[1]
    surface = text[start - offset : end - offset]
    low, high = sorted((a.value or 0, b.value or 0))
    return a.model_copy(
        update={
            "id": figure_id(a.source, start, end, surface),
            "span": (start, end),
            "surface": surface,
            "value": None,
            "low": low,
            "high": high,
        }
    )


def _extend_age(text: str, c: Candidate) -> Candidate:
    """An age's surface covers "years old" / "-year-old" when written."""
    # quantulum3 already took "65-year" as a duration; then only "-old" is left to cover.
    pattern = _OLD_AFTER_YEAR if c.unit in _AGE_SPANS else _YEARS_OLD_AFTER
    m = pattern.match(text, c.end)
    return replace(c, end=m.end()) if m else c


_YEARS_OLD_AFTER = re.compile(r"(?i)[\s-]+(?:years?|yrs?|months?|weeks?|days?)[\s-]+old\b")
_OLD_AFTER_YEAR = re.compile(r"(?i)[\s-]+old\b")
