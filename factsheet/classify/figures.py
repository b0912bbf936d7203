"""The classify stage: number candidates + the sentence's parse → figures.

Reads the :class:`Parsed` sentence and the candidates ``extract.candidates`` found in it; decides
each figure's ``kind`` (count, age, number…, keeping what the notation already said) and the
counted noun (``unit`` of a count) from the dependency parse and the cue tables in ``_lexicon``;
takes the ``entity`` from :mod:`factsheet.classify.entity` and the ``qualifier`` and ``trend`` from
:mod:`factsheet.classify.cues`. Drops what is not a figure after all (the pronoun "one", "one of
the").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from factsheet import _lexicon as lx
from factsheet.classify.cues import alternation
from factsheet.classify.cues import qualifier as qualifier_of
from factsheet.classify.cues import trend as trend_of
from factsheet.classify.entity import entity as entity_of
from factsheet.classify.entity import person, share_entities
from factsheet.draft import Draft
from factsheet.grammar.candidates import rate_noun_after
from factsheet.grammar.numbers import Candidate, stat_noun_after
from factsheet.grammar.ranges import join_apart, join_suspended
from factsheet.grammar.units import unit_after
from factsheet.models import Kind, Qualifier, Trend
from factsheet.nlp.inflect import singular
from factsheet.nlp.segment import Parsed
from factsheet.nlp.syntax import (
    NOUNS,
    Token,
    governor,
    lemma,
    root_of,
    subject,
    tokens_between,
    tokens_of,
)

# "40 years old", "a 7-month-old", "67 years of age", "a 25 yo man", "a 30-yr-old".
_AGE_AFTER = re.compile(
    r"(?i)^[\s-]+(?P<span>years?|yrs?|months?|weeks?|days?)(?:[\s-]+olds?\b|\s+of\s+age\b)"
    r"|^\s*(?:yo|y\.o\.|y/o)(?!\w)"
)
# "Maria, who was 10.", "when he turned 40": an age only where nothing is counted after it.
# "Maria, who was 10.", "I'm 74 and", "she is now 90", "when he turned 40".
_AGE_VERB_BEFORE = re.compile(
    r"(?i)\b(?:(?:who|she|he|i)\s+(?:is|was|am|is\s+now|was\s+then)|(?:she|he|i)['’][ms]"
    r"|turned|turns|turning|mak(?:e|es|ing)\s+(?:him|her|me))"
    rf"\s+(?:(?:{alternation(lx.AGE_ADVERBS)})\s+)?$"
)
# "the youngest mayor at 24", "the oldest player ever at 41": a superlative person's "at N".
_SUPERLATIVE_AT_BEFORE = re.compile(
    r"(?i)\b(?:youngest|oldest)\s+(?:[a-z-]+\s+)??(?P<who>[a-z]+)(?:\s+ever)?\s+at\s+$"
)
# "the average age of a farmer is 58": an age noun, what it is the age of, and "is".
_AGE_OF_WHO_BEFORE = re.compile(
    r"(?i)\bages?\s+of\s+(?:[a-z'’-]+\s+){1,4}?(?:is|was|are|were)"
    rf"(?:\s+(?:now|then|{alternation(lx.AGE_ADVERBS)}))?\s+$"
)
_NOTHING_AFTER = re.compile(
    r"^\s*(?:[,;.)!?]|$|\s+(?:and|when|at|in|but|so|or|with|after|before|last|this|on|earlier"
    r"|next|later|soon|today|tomorrow)\b)"
)
# "At 93, she still runs": an age opening the clause, its person the subject after the comma.
_AT_AGE_BEFORE = re.compile(r"(?:^|[.;:!?]\s+|\b(?:and|but)\s+)[Aa]t\s+$")
_AT_AGE_AFTER = re.compile(r"^,\s+(?:(?i:he|she|they|I|we)\b|[A-Z][a-z]+\b(?!,))")
# "a man of 50", "a woman of 72": a single person's age after "of", nothing counted after it.
_PERSON_OF_BEFORE = re.compile(rf"(?i)\b(?:{alternation(lx.PERSONS_OF_AN_AGE)})\s+of\s+$")
# "At 19 he moved to Paris": no comma, a pronoun subject; only above the hours of a clock.
_AT_AGE_PRONOUN_AFTER = re.compile(r"^\s+(?:he|she|they|I|we)\b")
# "she died at 67", "he retired at 60": a life event's "at N".
_AT_EVENT_BEFORE = re.compile(
    rf"(?i)\b(?:{alternation(lx.AGE_EVENT_VERBS)})(?:\s+[a-z]+ly)?\s+at\s+$"
)
# "children under 12", "anyone over 18", "those younger than 16": a limit of age on people.
_AGE_LIMIT_BEFORE = re.compile(
    r"(?i)\b(?P<who>[a-z]+)\s+(?:aged\s+)?(?:under|over|younger\s+than|older\s+than)\s+$"
)
_AGE_LIMIT_AFTER = re.compile(rf"(?i)^\s+(?:{alternation(lx.PREDICATE_OPENERS)})\b")
# "the over-65s", "an under-18 side": a band of age named by its limit.
_AGE_BAND_BEFORE = re.compile(r"(?i)\b(?:over|under)-$")
_AGE_BAND_AFTER = re.compile(r"^(?:s\b|(?![\w.,]\d))")
# After the number that opens a list item: its stop or bracket, alone or before a capital.
_LIST_NUMBER_AFTER = re.compile(r"[.)]\s*$|[.)][\s\u00a0]+[\"“‘']?[A-Z]")
_LIFE_EXPECTANCY_BEFORE = re.compile(r"(?i)\blife\s+expectancy\b[^.;:]{0,60}$")
_AGE_SPANS = frozenset({"year", "month", "week", "day"})
_TIMES_AFTER = re.compile(r"(?i)^[\s-]+times\b")
_TIMES_PER = re.compile(
    r"(?i)^[\s-]+times[\s-]+(?:a|an|per|each)[\s-]+"
    r"(?P<per>second|minute|hour|day|week|month|year|night|season|game)\b"
)
# "aged 34", "ages of 5", "aged 5 and 7", "aged 3, 6 and 9": every number the cue lists.
_AGE_BEFORE = re.compile(
    rf"(?i)\b(?:{'|'.join(sorted(lx.AGE_CUES))})\s+(?:(?:{alternation(lx.AGE_CUE_LINKS)})\s+)?"
    r"(?:\d{1,3}(?:\s*,\s*|\s+(?:and|or|to)\s+))*$"
)
_AGE_RANGE_AFTER = re.compile(r"(?i)^\s+(?:to|and|-|or)\s+\d{1,3}[\s-]+years?[\s-]+olds?\b")
_APPOSITION_BEFORE = re.compile(r"[A-Z][\w.'’-]*,\s*$")
# "The oldest runner, at 84, finished", "Her son, now nine, was": an age set off by commas
# after a person, with "at" or an adverb of time before it.
_SET_OFF_AGE_BEFORE = re.compile(
    rf"\b(?P<w>[A-Za-z][\w'’-]*),\s+(?:{alternation(lx.SET_OFF_AGE_WORDS)})\s+$"
)
_SET_OFF_AGE_AFTER = re.compile(r"^\s*,")
_NOUN_COMMA_BEFORE = re.compile(r"[a-z]{3,},\s*$")
_APPOSITION_AFTER = re.compile(r"^\s*(?:[,;)–—]|$|\(|\s+(?:and|of|from|who|was|is)\b)")
# "one of the best", "one of them", "one of 2019's winners": a pronoun; "one of two people",
# "one of 12 finalists": one.
_ONE_OF = re.compile(
    r"(?i)^\s+of\b(?!\s+(?:(?!(?:1[6-9]|20)\d\d\b)\d"
    rf"|(?:{'|'.join(sorted({*lx.UNITS_WORDS, *lx.TENS_WORDS}))})\b))"
)
# "One possible explanation is…", "One reason is…": a sentence opened by "one" and an abstract
# noun, "one" as a determiner ("a certain"), not a count ("you need one solution" counts).
_ONE_DETERMINER = re.compile(
    r"(?i)^\s+(?:[a-z]+(?:ly)?\s+){0,2}?"
    rf"(?:{'|'.join(sorted(lx.ONE_DETERMINER_NOUNS))})\b"
)
_ONE_IDIOM = re.compile(rf"(?i)\b(?:{'|'.join(lx.ONE_IDIOMS)})\b")
_HALF_A = re.compile(r"(?i)half\s+an?")
# A number with decimals before a singular noun rates the noun ("a 4.5 rating"); counts of
# things in decimals take the plural ("2.5 children").
_DECIMAL = re.compile(r"\d+\.\d+")
_PERCENT_UNITS = frozenset(lx.PERCENT_WORDS.values())
# A fraction word that is also an ordinal, after "a" and right before its unit: "a third day".
_ORDINAL_BEFORE_UNIT = re.compile(
    rf"(?i)an?\s+(?:{alternation(lx.ORDINAL_FRACTIONS)})\s+(?!of\b)[a-z]+"
)
_FRACTION_UNIT_AFTER = re.compile(
    rf"(?i)[\s-]+(?:of\s+an?\s+)?(?P<unit>{'|'.join(sorted(lx.FRACTION_UNIT_NOUNS))})\b"
)
_ZERO_IDIOM = re.compile(rf"(?i)\b(?:{'|'.join(lx.ZERO_IDIOMS)})\b")
# Before a decade written with two digits: an apostrophe for the century left out ("the ’70s"),
# or "early", "mid-", "late" after "the" ("the late 80s"); not the bare "the 90s", which may be
# a level ("rates in the 90s").
_SHORT_DECADE_BEFORE = re.compile(
    r"(?i)(?:\bthe\s+(?:early\s+|mid-?|late\s+)?[’']|\bthe\s+(?:early\s+|mid-|late\s+))$"
)
# "30s", "80's": the "s" written, whether or not it was read as seconds; not "their 50 overs".
_DECADE_OF_LIFE = re.compile(r"\d0['’]?s(?![\w-])")
_DECADE_WORD = re.compile(rf"(?i){alternation(lx.DECADE_WORDS)}")
_DECADE_OF_LIFE_BEFORE = re.compile(
    rf"(?i)\b(?:{alternation(lx.PERSONAL_POSSESSIVES)})\s+(?:early\s+|mid-|late\s+)?$"
)


def _n(v: float | None) -> int | float | None:
    """JSON-friendly numbers: integral values as int, others rounded to 12 significant digits."""
    if v is None:
        return None
    if float(v).is_integer() and abs(v) < 1e15:
        return int(v)
    return float(f"{v:.12g}")


# --- syntax helpers --------------------------------------------------------------------------


def _counted_noun(root: Token, exclude: set[int]) -> Token | None:
    """What a number counts: "16,000 volunteers", "thousands of people", "refugees totalling";
    through a model's name between them ("four RS-25 engines", "two F-35 jets")."""
    if root.lower_ == "between" and root.dep_ == "prep":
        # "expect between 40 and 65 million visitors": the parse makes the noun the object
        # of "between", the numbers its modifiers
        for pobj in root.children:
            if pobj.dep_ == "pobj" and pobj.tag_ in ("NNS", "NNPS") and pobj.i not in exclude:
                return pobj
    head = root.head
    if (
        head.tag_ == "CD"
        and head.i > root.i
        and head.dep_ in ("nummod", "compound")
        and any(ch.isalpha() for ch in head.text)
    ):
        head = head.head
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
        joined = _plural_conjunct(root, head)
        if joined is not None:
            return joined  # "four national security and diplomatic officials": officials
        plural_name = head.tag_ == "NNPS" or _name_written_plural(root, head)
        return head if head.pos_ == "NOUN" or plural_name or _counted_initials(root, head) else None
    for child in root.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                plural = pobj.pos_ in NOUNS and pobj.tag_ in ("NNS", "NNPS")
                if pobj.dep_ == "pobj" and plural and pobj.i not in exclude:
                    return pobj  # not the figure's own "thousands" in "tens of thousands"
    # "refugees now totalling 2.5 million", "the dead numbered 40": the subject is counted.
    verb = governor(root)
    if verb is not None and lemma(verb).lower() in lx.COUNT_VERBS:
        subj = subject(verb)
        if subj is not None and subj.tag_ == "NNS" and subj.i not in exclude:
            return subj
        if subj is not None and lemma(subj).lower() in ("number", "count", "tally"):
            # "the number of cases topped 1,000": what the number is of is counted
            for prep in subj.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj" and pobj.tag_ in ("NNS", "NNPS"):
                            return pobj
    return None


def _plural_conjunct(number: Token, noun: Token) -> Token | None:
    """The plural noun joined to a singular one the parse gave a number above one: in "four
    security and diplomatic officials" the officials are counted, the singular being a
    modifier the parse took for a head."""
    if noun.tag_ != "NN" or number.lower_ in ("one", "1") or number.like_num is False:
        return None
    for child in noun.children:
        if child.dep_ == "conj" and child.tag_ == "NNS" and child.i > noun.i:
            return child
    return None


def _name_written_plural(number: Token, noun: Token) -> bool:
    """Whether a capitalised noun the tagger took for a singular name is written as a plural
    right after its number: "3 Grammys", "two Emmys" (not "2 Downing Street", "5 Boss")."""
    text = noun.text
    return (
        noun.tag_ == "NNP"
        and noun.i == number.i + 1
        and len(text) > 3
        and text[0].isupper()
        and text[1:].islower()
        and text.endswith("s")
        and not text.endswith(("ss", "us", "is"))
    )


def _counted_initials(number: Token, noun: Token) -> bool:
    """Whether the noun is initials a stat line counts, right after the number and ending its
    phrase: "1 TFL, 2 QH", "3 RBIs" (not "2 NBA titles", where the initials name the titles;
    nor "0.5 WAR", a rate, as a count is of whole things)."""
    text = noun.text
    if noun.tag_ != "NNP" or noun.i != number.i + 1 or not (text.isalpha() and text.isupper()):
        return False
    if not number.text.replace(",", "").isdigit():
        return False
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return 2 <= len(text) <= 5 and (after is None or after.is_punct or after.pos_ == "CCONJ")


def _determiner_between(number: Token, noun: Token) -> bool:
    """Does a determiner stand between the number and the noun, so that the number cannot count
    it: "2.1 last year", "4 the next day" (a misparse of two phrases)?"""
    doc = number.doc
    between = doc[number.i + 1 : noun.i]
    return any(
        (t.pos_ == "DET" and not _of_the_number(t)) or t.lower_ in lx.TIME_DETERMINERS
        for t in between
    )


def _of_the_number(det: Token) -> bool:
    """Is the determiner the "a" of "and a half" in the number ("two and a half million")?"""
    doc = det.doc
    after = [t for t in doc[det.i + 1 : det.i + 3] if t.text != "-"]  # "five-and-a-half"
    return bool(after) and after[0].lower_ in lx.FRACTION_WORDS


# "Highs in the low 70s", "temperatures reached 41", "tonight's low near 45": a bare number a
# weather report gives after a temperature noun, through words of the reading only.
_TEMPERATURE_BEFORE = re.compile(
    rf"(?i)\b(?:{alternation(lx.TEMPERATURE_NOUNS)}"
    rf"|(?:{alternation(lx.FORECAST_TIMES)})(?:['’]s)?\s+(?:high|low)"
    rf"|(?:high|low)\s+(?:{alternation(lx.FORECAST_TIMES)}))"
    rf"(?:[\s-]+(?:{alternation(lx.TEMPERATURE_LINKS)})){{0,6}}[\s-]+$"
)


_SCALE_READING_BEFORE = re.compile(rf"(?i)\b(?P<w>{alternation(lx.SCALE_READINGS_BEFORE)})[\s-]+$")
_SCALE_READING_AFTER = re.compile(rf"(?i)[\s-]+(?P<w>{alternation(lx.SCALE_READINGS_AFTER)})\b")


def _scale_reading(text: str, c: Candidate) -> str | None:
    """The unit of a bare number read on a scale named beside it: "magnitude 6.2"."""
    if c.kind is not None or c.scaled or c.worded or c.value is None:
        return None
    before = _SCALE_READING_BEFORE.search(text, max(0, c.start - 16), c.start)
    if before is not None:
        return lx.SCALE_READINGS_BEFORE[before.group("w").lower()]
    after = _SCALE_READING_AFTER.match(text, c.end)
    if after is not None:
        return lx.SCALE_READINGS_AFTER[" ".join(after.group("w").lower().split())]
    return None


# The scale named after a weather report's bare number: "the mid-30s Celsius", "the 90s F".
_SCALE_AFTER_BARE = re.compile(
    rf"s?[\s\u00a0]+(?P<scale>(?i:{alternation(w for w in lx.TEMPERATURE_SCALES if len(w) > 1)})"
    r"|[CF])(?![\w°])"
)


def _is_temperature(text: str, c: Candidate, counted: Token | None) -> bool:
    """A bare number read as a temperature where a weather report puts one; not where it counts
    something ("temperatures were taken in 12 towns")."""
    if c.kind is not None or c.scaled or c.fraction or c.worded:
        return False
    if counted is not None and counted.lower_ not in lx.TEMPERATURE_NOUNS | {"high", "low"}:
        return False
    ends = [v for v in (c.low, c.high) if v is not None]
    if not ends or not all(-90 <= v <= 140 for v in ends):
        return False
    return _TEMPERATURE_BEFORE.search(text, max(0, c.start - 80), c.start) is not None


# --- cues ------------------------------------------------------------------------------------


def _age_span(text: str, c: Candidate) -> str:
    """The unit of an age: "year", or "month" for "an 18-month-old"."""
    m = _AGE_AFTER.match(text[c.end :])
    if m is None or m.group("span") is None:
        return c.unit if c.unit in _AGE_SPANS else "year"
    span = m.group("span").lower().rstrip("s")
    return "year" if span == "yr" else span


def _is_age(text: str, c: Candidate, root: Token | None) -> bool:
    ends = [v for v in (c.low, c.high) if v is not None]
    after = text[c.end :]
    explicit = _AGE_AFTER.match(after) or (
        c.unit in _AGE_SPANS and re.match(r"(?i)^(?:[\s-]*old|\s+of\s+age)\b", after)
    )
    if explicit and ends and all(v >= 0 for v in ends):
        return True  # "a 400 million-year-old rock", "two and a half years old" too
    if not ends or not all(0 <= v <= 125 for v in ends):
        return False
    before = text[: c.start]
    if _AGE_BEFORE.search(before):
        return True  # "aged 34", "at age 59 and a half"
    if not all(float(v).is_integer() for v in ends):
        return False
    if c.kind is None and not c.worded and _bracketed_after_name(text, c, root):
        return True  # "Sarah Jones (34) was fined"
    if _DECADE_OF_LIFE_BEFORE.search(text[: c.start]) and (
        _DECADE_OF_LIFE.match(text, c.start) or _DECADE_WORD.fullmatch(text, c.start, c.end)
    ):
        return True  # "in their 30s", "in her early forties"
    after = text[c.end :]
    if c.unit == "year" and re.match(r"(?i)^[\s-]*olds?\b", after):
        return True
    if _AGE_AFTER.match(after) or _AGE_RANGE_AFTER.match(after):
        return True
    if c.kind is None and _AT_AGE_BEFORE.search(before) and _AT_AGE_AFTER.match(after):
        return True  # "At 93, she still runs every day."
    at_age = c.kind is None and _AT_AGE_BEFORE.search(before) and min(ends) > 12
    if at_age and _AT_AGE_PRONOUN_AFTER.match(after):
        return True  # "At 19 he moved to Paris."
    person_of = c.kind is None and _PERSON_OF_BEFORE.search(before)
    if person_of and (_NOTHING_AFTER.match(after) or _AGE_LIMIT_AFTER.match(after)):
        return True  # "A man of 50 was detained."
    if c.kind is None and _AT_EVENT_BEFORE.search(before) and _NOTHING_AFTER.match(after):
        return True  # "She died at 67.", "he retired at 60 and"
    window = max(0, c.start - 80)  # the words just before: a search of all of them is quadratic
    superlative = _SUPERLATIVE_AT_BEFORE.search(text, window, c.start) if c.kind is None else None
    who = singular(superlative.group("who").lower()) if superlative else ""
    if who in lx.PERSON_NOUNS and _NOTHING_AFTER.match(after):
        return True  # "the youngest mayor at 24"
    age_of = c.kind is None and _AGE_OF_WHO_BEFORE.search(text, window, c.start)
    if age_of and _NOTHING_AFTER.match(after):
        return True  # "The average age of a farmer is 58."
    if c.kind is None and (limit := _AGE_LIMIT_BEFORE.search(before)):
        who = limit.group("who").lower()
        people = who in lx.AGE_LIMIT_HOLDERS or singular(who) in lx.PERSON_NOUNS
        if people and (_NOTHING_AFTER.match(after) or _AGE_LIMIT_AFTER.match(after)):
            return True  # "Children under 12 ride free.", "anyone over 18,"
    if c.kind is None and _AGE_BAND_BEFORE.search(before) and _AGE_BAND_AFTER.match(after):
        return True  # "the over-65s", "the under-21 side"
    set_off = _SET_OFF_AGE_BEFORE.search(text, window, c.start) if c.kind is None else None
    if set_off and _SET_OFF_AGE_AFTER.match(after) and _a_person_at(root, set_off):
        return True  # "The oldest runner, at 84, finished", "Her son, now nine, was"
    worded_age = c.kind is None and c.worded and min(ends) >= 2
    if worded_age and _NOTHING_AFTER.match(after) and _AGE_VERB_BEFORE.search(before):
        return True  # "when he was two", "she was six when"
    if c.kind is None and not c.worded and _NOTHING_AFTER.match(after):
        if _AGE_VERB_BEFORE.search(before):
            return True  # "Maria, who was 10."
        if _LIFE_EXPECTANCY_BEFORE.search(before):
            return True  # "life expectancy in the region is 71": an age at death
        if root is not None and _person_is(root):
            return True  # "The driver was 45.", "Ms Cole is 61 and lives alone."
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


def _a_person_at(root: Token | None, m: re.Match[str]) -> bool:
    """Does the word of group "w" name a person: a noun of people ("runner", "son") or a
    proper noun in the parse ("Okafor"; not "Inflation" opening the sentence)?"""
    word = m.group("w")
    if singular(word.lower()) in lx.PERSON_NOUNS:
        return True
    if root is None or not word[0].isupper():
        return False
    at = m.start("w") + root.sent.start_char
    return any(t.idx == at and t.pos_ == "PROPN" for t in tokens_between(root.sent, at, at + 1))


def _person_is(number: Token) -> bool:
    """Whether the number completes "is"/"was" after a person: a name or a noun of people
    ("The driver was 45.", "Ms Cole is 61")."""
    if number.i == number.sent.start:
        return False
    copula = number.doc[number.i - 1]
    if copula.lower_ in lx.AGE_ADVERBS and copula.i > number.sent.start:
        copula = number.doc[copula.i - 1]  # "The youngest was just 3."
    if lemma(copula) != "be" or copula.pos_ not in ("AUX", "VERB"):
        return False
    verb = copula if copula.dep_ in ("ROOT", "ccomp", "conj", "relcl", "advcl") else copula.head
    subj = subject(verb) or subject(copula)
    if subj is None:
        return False
    return subj.pos_ == "PROPN" or lemma(subj).lower() in lx.PERSON_NOUNS


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
            # "2000 people" counts; "the 1995 proposal", "in 2010", "the 2020 dates" are dates:
            # a count that looks like a year is a round one (without its thousands comma)
            plural = counted.tag_ in ("NNS", "NNPS") and lemma(counted).lower() not in _TIME_NOUNS
            if (
                plural
                and (c.value or 0) % 100 == 0
                and not _year_cue(text, c)
                and root is not None
                and _close_after(root, counted)
            ):
                return "count", _unit_of(counted)
        return c.kind, c.unit
    if c.fraction and _ORDINAL_BEFORE_UNIT.fullmatch(text, c.start, c.end):
        return None  # "for a third day", "a fifth year": an ordinal, not a third of a day
    if c.fraction and c.kind is None:
        unit_after = _FRACTION_UNIT_AFTER.match(text, c.end)
        if unit_after is not None:  # "a quarter point", "three-quarters of a point", "half-point"
            unit = " ".join(unit_after.group("unit").lower().split())
            return ("percent" if unit in _PERCENT_UNITS else "count"), unit
        if text[c.start : c.end].lower() == "half" and not _of_a_group(root):
            return None  # "half the revenue", "half the time": not a share of a group
        if _ranks_a_noun(root):
            return None  # "a third term", "a fifth straight loss": an ordinal
        if _HALF_A.fullmatch(text, c.start, c.end):
            return None  # "half a chance": no unit after it, no figure
        return "number", None  # "a third of voters": a share, counting nothing
    if c.kind == "duration":
        if _some_day(text, c):
            return None  # "we would love to one day buy a house": some day, not a day
        if _is_age(text, c, root):
            return "age", _age_span(text, c)
        return "duration", c.unit
    if _is_age(text, c, root):
        return "age", _age_span(text, c)
    surface = text[c.start : c.end].lower()
    if surface == "zero" and counted is not None and counted.tag_ == "NN":
        return None  # "zero tolerance", "zero shame": "no", not a count
    if surface == "zero" and any(
        m.start() <= c.start < m.end()
        for m in _ZERO_IDIOM.finditer(text, max(0, c.start - 8), c.end + 8)
    ):
        return None  # "to zero in on the cause", "at ground zero": no number
    if c.kind is None and not text[: c.start].strip() and _LIST_NUMBER_AFTER.match(text, c.end):
        return None  # a list's numbering: "5." alone, "2) Pay on time", "1. Start small"
    if surface == "one" and counted is not None and _unnamed_speaker(counted):
        return None  # "one senior official told CNN": who speaks, not how many
    if surface == "one" and (
        _ONE_OF.match(text[c.end :])
        or counted is None
        or _ONE_IDIOM.search(text, 0, c.end + 20)
        or (not text[: c.start].strip(" \"'“‘(") and _ONE_DETERMINER.match(text[c.end :]))
    ):
        return None  # "one of the", the pronoun, "all in one place", "one possible reason"
    scale = _scale_reading(text, c)
    if scale is not None:
        return "measure", scale  # "a magnitude 6.2 quake": a reading, not 6.2 quakes
    if _is_temperature(text, c, counted):
        named = _SCALE_AFTER_BARE.match(text, c.end)
        if named is not None:  # "highs in the mid-30s Celsius"
            return "measure", lx.TEMPERATURE_SCALES[named.group("scale").lower()]
        return "measure", "degree"  # "highs in the low 70s": degrees, the scale unnamed
    if _SHORT_DECADE_BEFORE.search(text, max(0, c.start - 12), c.start) and _DECADE_OF_LIFE.match(
        text, c.start
    ):
        return "date", None  # "the ’70s", "the late 80s": a decade, its century unsaid
    if counted is not None and _names_a_model(text, c, root, counted):
        return None  # "the 747 program", "its 350 series": the number names the thing
    if c.unit == "fold" or _TIMES_AFTER.match(text[c.end :]):
        per = _TIMES_PER.match(text[c.end :])
        if per is not None:  # "spins 3,000 times a minute": a rate
            return "count", f"time per {lx.RATE_NOUNS[per.group('per').lower()]}"
        return "count", "time"  # "sixfold", "3,200 times", "6.5 times earnings": a multiple
    if counted is not None and _DECIMAL.fullmatch(text, c.start, c.end) and counted.tag_ == "NN":
        return "number", None  # "an elite 93.2 defensive grade": a rating, not 93.2 grades
    if counted is not None:
        return "count", _rated(text, counted, _unit_of(counted))
    stat = stat_noun_after(text, c.end)  # what the parse of a stat line often misses
    if stat is not None and c.value is not None and float(c.value).is_integer():
        unit = singular(stat)
        rate = rate_noun_after(text, c.end + text[c.end :].lower().index(stat) + len(stat))
        return "count", f"{unit} per {rate}" if rate is not None else unit  # "Ana Ruiz 1 goal."
    return "number", None


_MODAL_BEFORE = re.compile(rf"(?i)(?:^|[\s\u00a0])(?:{alternation(lx.ONE_DAY_MODALS)})[\s\u00a0]+$")
_SUBJECT_AFTER = re.compile(rf"(?i)^(?:,|[\s\u00a0]+(?:{alternation(lx.ONE_DAY_SUBJECTS)})\b)")


def _some_day(text: str, c: Candidate) -> bool:
    """Is "one day" the adverb "some day": after a modal or "to" and before a verb, or opening
    the sentence before its subject?"""
    if text[c.start : c.end].lower() != "one day":
        return False
    if _MODAL_BEFORE.search(text, max(0, c.start - 8), c.start):
        return True
    opening = not text[: c.start].strip(" \"'“‘(")
    return opening and _SUBJECT_AFTER.match(text[c.end :]) is not None


def _ranks_a_noun(root: Token | None) -> bool:
    """Whether a fraction word that is also an ordinal describes the noun after it: "a third
    case", "a fifth straight loss" (not "a third of voters", "a third more")."""
    if root is None:
        return False
    word = root  # the article is the root of "a third" when both hang on the noun
    if root.lower_ in lx.ARTICLES and root.i + 1 < len(root.doc):
        word = root.doc[root.i + 1]
    return (
        word.lower_ in lx.ORDINAL_FRACTIONS
        and word.dep_ == "amod"
        and word.head.pos_ in NOUNS
        and word.head.i > word.i
    )


def _unnamed_speaker(noun: Token) -> bool:
    """Whether the noun is the subject of a verb of speaking or finding: "one official said",
    "one study found" name a source without naming it."""
    verb = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass") and (
        lemma(verb).lower() in lx.SPEECH_VERBS | lx.ATTRIBUTION_VERBS
    )


def _names_a_model(text: str, c: Candidate, root: Token | None, counted: Token) -> bool:
    """Whether a whole number is the name of what it stands before, as in "the 747 program",
    "its 500 series", "that 911 call": a determiner of one thing before it, the noun after it
    singular and the head of its phrase, the number of three digits or more and not round (a
    count of one thing would be 1)."""
    surface = text[c.start : c.end]
    if root is None or not re.fullmatch(r"\d{3,}", surface) or int(surface) % 100 == 0:
        return False
    if counted.tag_ != "NN" or counted.dep_ == "compound" or counted.i != root.i + 1:
        return False
    before = root.doc[root.i - 1] if root.i > root.sent.start else None
    return before is not None and before.lower_ in lx.MODEL_DETERMINERS


def _of_a_group(half: Token | None) -> bool:
    """Is what follows "half" a plural group: "half of them", "half the new condos", or a
    collective noun of people: "half the staff"?"""
    if half is None:
        return False
    doc = half.doc
    for t in doc[half.i + 1 : half.i + 6]:
        if t.lower_ in lx.GROUP_PRONOUNS:
            return True
        if t.pos_ in NOUNS:
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if nxt is not None and nxt.pos_ in NOUNS:
                continue  # "half the subscription revenue": the head comes last
            return t.tag_ in ("NNS", "NNPS") or t.lower_ in lx.COLLECTIVE_NOUNS
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


def _rated(text: str, counted: Token, unit: str) -> str:
    """The unit of a count with the rate written after its noun: "25 points per game" counts
    "point per game", "40 patients a day" "patient per day" (not "40 workers a month ago")."""
    after = counted.idx - counted.sent.start_char + len(counted.text)
    per = rate_noun_after(text, after) if 0 < after <= len(text) else None
    return f"{unit} per {per}" if per is not None and per != unit else unit


def _unit_of(noun: Token) -> str:
    if noun.lower_ in lx.COUNTED_ABBREVIATIONS:
        return lx.COUNTED_ABBREVIATIONS[noun.lower_]  # "3 pts": points
    base = str(lemma(noun))
    return base if noun.pos_ == "PROPN" else base.lower()


def classify(parsed: Parsed, cands: Iterable[Candidate]) -> list[Draft]:
    """The figures for the candidates of one parsed sentence, as drafts (:mod:`factsheet.draft`)
    for the later stages of the document to complete."""
    sentence = parsed.sentence
    text = sentence.text
    sent = parsed.span
    figures: list[Draft] = []
    kept: list[Candidate] = []
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
        if kind == "date" and c.kind is None and text[c.end : c.end + 1] == "s":
            start = c.start - 1 if c.start and text[c.start - 1] in "’'" else c.start
            c = replace(c, start=start, end=c.end + 1, value=None, low=None, high=None)  # "’70s"
        if (
            c.fraction
            and kind in ("count", "percent")
            and (after := _FRACTION_UNIT_AFTER.match(text, c.end))
        ):
            c = replace(c, end=after.end())  # "half a point", "a quarter-point"
            exclude = {t.i for t in tokens_of(sent, c)}
        entity = None
        if kind == "age":
            entity = person(root, tokens[0]) if root is not None else None
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
        kept.append(c)
        figures.append(
            Draft(
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
    shares = frozenset(i for i, c in enumerate(kept) if c.fraction)
    figures = _shared_units(text, sentence.start, figures, shares)
    figures = join_suspended(text, sentence.start, join_apart(text, sentence.start, figures))
    return share_entities(figures, sentence.start)


_UNIT_DONORS = frozenset({"count", "measure", "money"})
# A bare number before a figure that names the unit once for both: "8 or $9", "4 x 10 metres",
# "3 by 4 feet".
_SHARES_NEXT = re.compile(r"^(?:\s+(?:or|to|by)\s+|\s*[x×]\s*)$")
# A suspended hyphen: "a 10- or 12-foot ladder", "two-, three- and four-bedroom flats".
_SUSPENDED_NEXT = re.compile(r"^-,?\s+(?:(?:or|and|to)\s+)?$")


_GROUP_PRONOUN = re.compile(rf"(?i)\b(?:{'|'.join(sorted(lx.GROUP_DETERMINERS))})\s+$")


def _shared_units(
    text: str, offset: int, figures: list[Draft], shares: frozenset[int] = frozenset()
) -> list[Draft]:
    """A bare number takes the unit of a like figure just before it in the sentence, as news
    leaves it out the second time: "4 million voters, including 900,000 in the capital", "62
    cents, while the cheapest was 48", "gained 31 points to 8,210"; or of the figure right after
    it in "8 or $9", "4 x 10 metres" and "10- or 12-foot". Percentages do not lend their unit
    ("0.3% to 2,145"). ``shares``: the positions of shares of a group, which take no unit."""
    out = list(figures)
    for i in reversed(range(len(out) - 1)):  # right to left: "6 x 4 x 3 inches"
        fig, nxt = out[i], out[i + 1]
        gap = text[fig.span[1] - offset : nxt.span[0] - offset]
        bare = fig.kind == "number" and fig.unit is None
        unit_counted = (
            fig.kind == "count" and nxt.kind == "measure" and _same_unit(fig.unit, nxt.unit)
        )
        if (bare or unit_counted) and _SHARES_NEXT.match(gap):
            _take_unit_of(fig, nxt)  # "4 x 12 metres": not a count of metres
        elif fig.kind in ("number", "count") and _SUSPENDED_NEXT.match(gap):
            _take_unit_of(fig, nxt, _UNIT_DONORS | {"duration", "age"})  # "18- or 20-year-olds"
    for i, fig in enumerate(out):
        if fig.kind != "number" or fig.unit is not None or i in shares:
            continue  # a share of a group ("a quarter of the revenue") counts nothing itself
        donor = next((prev for prev in reversed(out[:i]) if prev.kind in _UNIT_DONORS), None)
        if (
            donor is not None
            and donor.kind != "count"
            and fig.surface[:1].isalpha()
            and _GROUP_PRONOUN.search(text, max(0, fig.span[0] - offset - 12), fig.span[0] - offset)
        ):
            continue  # "paid $99, and the two are a pair": things named, never dollars or metres
        if donor is not None:
            _take_unit_of(fig, donor)
    return out


def _same_unit(counted: str | None, unit: str | None) -> bool:
    """Is the noun a count counts the unit of a measure, as written or as its symbol: "metre"
    and "metre", "ft" and "foot" ("10 x 12 ft": the parse counts "ft" after the 10)?"""
    if counted is None or unit is None:
        return False
    if counted == unit:
        return True
    reading = unit_after(f"1 {counted}", 0, 1)
    return reading is not None and reading.name == unit and reading.end == len(counted) + 2


def _take_unit_of(fig: Draft, donor: Draft, kinds: frozenset[str] = _UNIT_DONORS) -> None:
    """Give the figure the kind, unit and currency of a like donor; leave it as it is if the
    donor is not of one of the kinds, has no unit, or is of another order of magnitude."""
    own = fig.high if fig.value is None else fig.value  # a range by its top: "350-375 million"
    if donor.kind not in kinds or donor.unit is None or not own:
        return
    whole_things = donor.kind == "count" and donor.unit not in lx.FRACTION_UNIT_NOUNS
    if whole_things and not float(own).is_integer():
        return  # "two interceptions ... a rating of 22.4": a count is of whole things
    ref = donor.high if donor.value is None else donor.value
    near = 0.1 if fig.value is None else 0.01  # a range restates a figure of its own order
    if not ref or not near <= abs(float(own) / float(ref)) <= 1 / near:
        return  # "6 million homes ... 3 days": not the same kind of figure
    fig.kind, fig.unit, fig.currency = donor.kind, donor.unit, donor.currency


def _extend_age(text: str, c: Candidate) -> Candidate:
    """An age's surface covers "years old" / "-year-old" when written."""
    # quantulum3 already took "65-year" as a duration; then only "-old" is left to cover.
    pattern = _OLD_AFTER_YEAR if c.unit in _AGE_SPANS else _YEARS_OLD_AFTER
    m = pattern.match(text, c.end)
    if m is None and text[c.end : c.end + 1] == "s" and _DECADE_OF_LIFE.match(text, c.start):
        return replace(c, end=c.end + 1)  # "in their 30s"
    return replace(c, end=m.end()) if m else c


_YEARS_OLD_AFTER = re.compile(
    r"(?i)[\s-]+(?:years?|yrs?|months?|weeks?|days?)(?:[\s-]+olds?\b|\s+of\s+age\b)"
    r"|\s*(?:yo|y\.o\.|y/o)(?!\w)"
)
_OLD_AFTER_YEAR = re.compile(r"(?i)[\s-]+olds?\b|\s+of\s+age\b")
