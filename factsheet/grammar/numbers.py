"""The number grammar: finds every number in a sentence as news writes it, with its value.

Reads a sentence's text; returns :class:`Candidate` spans (offsets into that sentence) carrying
the value, currency, percent sign, scale and the kind the notation alone implies (money,
percent, date, time, ordinal). Two numbers are joined into a range or a score later
(``ranges.py``), and units of measure are read later (``units.py``, through ``extract.py``). It
knows nothing of syntax: the counted noun, entity, qualifier and trend come from the parse, in
``classify.py``. Non-figures — identifiers (F-16, G7, Covid-19), labels (Article 5, Boeing 737),
technical tokens (1080p, a 3-pointer), phone numbers and postcodes — are consumed here and never
become candidates.

Pure regular expressions over the text, compiled once; every table comes from ``_lexicon``.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Literal

from factsheet import _lexicon as lx

CandidateKind = Literal[
    "money", "percent", "measure", "duration", "score", "date", "time", "ordinal"
]  # fmt: skip
"""What a number's notation alone says it is, before the parse is read. ``money`` and
``percent`` (a currency or a percent sign or word), ``date``, ``time`` (of day), ``ordinal`` and
``score`` come from the number grammar (``numbers``, ``ranges``, ``dates``); ``measure`` and
``duration`` from a unit of measure written after the number (``units.Reading.kind``). A
candidate of no kind (``None``) is a bare number: classify makes it a count, an age or a number.
Every one is a :data:`factsheet.models.Kind` as well."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """A number found in a sentence: the hand-off from the number grammar (``numbers.scan``,
    ``extract.candidates``, ``ranges.join``, ``dates.relative_dates``) to ``classify``. Offsets
    are into the sentence text. Made in bulk and changed with ``dataclasses.replace``."""

    start: int
    end: int
    value: float | None  # one quantity; None for a range, a score, a date or a time
    low: float | None  # the lower end (= value for one quantity; a score's first tally)
    high: float | None  # the upper end (= value for one quantity; a score's second tally)
    kind: CandidateKind | None = None  # what the notation implies; None: a bare number
    unit: str | None = None  # the unit read (quantulum3's name, "fold", a currency's name)
    currency: str | None = None  # ISO 4217 code, for money
    date: str | None = None  # for dates and times: ISO 8601 as written, partial allowed
    scaled: bool = False  # a scale word or suffix was read ("2m", "$61 billion")
    worded: bool = False  # written in words ("two", "a dozen")
    maybe_year: bool = False  # a bare four-digit year: a date unless it counts something
    vague: bool = False  # "hundreds of", "dozens of": never an end of a range (ranges.py)
    sign: str = ""  # "+" or "-" written before the number (read by cues.trend)
    suffix: str = ""  # the scale suffix as written ("bn", "m", "k"), until it is resolved
    named: bool = False  # follows a capitalised name ("Boeing 737"): a label unless it has a unit
    fraction: bool = False  # a part of a whole ("a third", "one in five", "half of them")


# --- building blocks -------------------------------------------------------------------------


def _alt(words: object) -> str:
    """A regex alternation of the words, longest first, escaped."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w) for w in items)


words_alternation = _alt  # the same alternation for the grammar's other modules


_DIGITS = (
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # 1,500 / 4,500.12
    r"|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?![\d,.]\d)"  # 816 000 with a no-break space
    r"|\d{1,3}(?: \d{3}){2,}(?![\d,.]\d)|\d{1,3} 000(?![\d,.]\d)"  # 1 250 000, 816 000
    # a comma and a space before a group of three that starts with a zero, which no list of
    # numbers holds: "80, 000", "1, 250, 000" (not "80, 500", which may be two numbers)
    r"|\d{1,3}(?=(?:, \d{3})*, 0\d\d(?![\d,.]\d))(?:, \d{3})+(?![\d,.]\d)"
    r"|\d{1,3}\.\d{3}\.\d{3}(?![\d,.]\d)"  # 1.250.000: thousands grouped with points
    r"|\d+(?:\.\d+)?"  # 16000 / 2.5
    r"|(?<![A-Za-z])\.\d+)"  # .5 (not the stop of "Rs.80")
)
# Thousands grouped with points, as much of Europe writes them: two groups ("1.250.000"), or
# one group of zeros before a word ("1.000 lights", "20.000 people"), which English writes
# for no measure of precision (not "4.000%", "1.000 kg").
_POINT_GROUPED = re.compile(r"\d{1,3}\.\d{3}\.\d{3}|\d{1,3}\.000")
_WORD_AFTER = re.compile(r"[\s\u00a0]+[a-z]{3,}\b")
_SCALE_WORD = _alt(lx.SCALE_WORDS)
# After digits a scale word may be capitalised, as headlines write it: "$1 Trillion Plan".
_SCALE_WORD_AFTER_DIGITS = _alt({f(w) for w in lx.SCALE_WORDS for f in (str, str.capitalize)})
_SCALE_SUFFIX = _alt(lx.SCALE_SUFFIXES)
_UNIT_WORD = _alt(lx.UNITS_WORDS)
_TENS_WORD = _alt(lx.TENS_WORDS)
_SIMPLE_WORD = rf"(?:(?:{_TENS_WORD})(?:[-\s](?:{_UNIT_WORD}))?|{_UNIT_WORD})"
# One word at a time: "twenty-five" is "twenty", "-", "five" (the same text _SIMPLE_WORD reads),
# so that each text has one reading and a long run of number words cannot backtrack
# exponentially ("thirty-three-thirty-three-…x").
_WORD_NUMBER = (
    rf"(?:{_TENS_WORD}|{_UNIT_WORD}|a|an)"
    rf"(?:(?:\s+and\s+|\s+|-)(?:{_TENS_WORD}|{_UNIT_WORD}|{_SCALE_WORD}|dozen))*"
)
_FRACTION = _alt(lx.FRACTION_WORDS)


# A number written in digits, with an optional scale: "2.5 million", "$600bn" (the "600bn" part).
def _glued_after(prefixes: object) -> str:
    """Lookbehinds for a number written right after one of the prefixes ("RM23", "NIS5"): one
    per length, as a lookbehind must have a fixed width."""
    by_length: dict[int, set[str]] = {}
    for p in prefixes:  # type: ignore[attr-defined]
        by_length.setdefault(len(p), set()).add(p)
    return "|".join(rf"(?<=\b(?:{_alt(words)}))" for _, words in sorted(by_length.items()))


# Currency prefixes that end in a letter or a full stop, after which a number may be written
# without a space ("RM12.80", "Rs.250", "EUR5"); "$", "£" need no lookbehind of their own.
_LETTER_PREFIXES = {
    p
    for p in (*lx.CURRENCY_PREFIXES, *lx.ISO_CODES)
    if p[0].isalpha() and (p[-1].isalpha() or p[-1] in ".=")
}


def _digit_number(digits: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?:(?<![\w.,%])|(?<=[$£€¥][A-Z])|(?<=[$£€¥][A-Z]{{2}})|{_glued_after(_LETTER_PREFIXES)})"
        rf"(?P<sign>[-+−](?=[\d.]))?(?P<num>{digits})"
        rf"(?:(?P<suffix>{_SCALE_SUFFIX})(?![A-Za-z])"
        rf"|(?P<sp>[\s\u00a0]?)(?P<scale>(?:{_SCALE_WORD_AFTER_DIGITS})"
        rf"(?:\s+(?:{_SCALE_WORD_AFTER_DIGITS}))?)\b)?"
    )


_DIGIT_NUMBER = _digit_number(_DIGITS)
# Text split into tokens, as corpora and some feeds give it ("the rally drew 80, 000 people ."):
# there a comma and a space may group thousands.
_DIGIT_NUMBER_TOKENISED = _digit_number(rf"(?:\d{{1,3}}(?:, \d{{3}})+(?![\d,.]\d)|{_DIGITS})")
_LEADING_ZERO = re.compile(r"0\d+")
_TIMES_X = re.compile(r"x(?![\w×.,]|\s*\d)")
_TOKENISED = re.compile(r"\w \.(?:\s|$)|\w , \w|\w n't\b|\w 's\b")
# A number written in words: "two", "twenty-five", "a dozen", "one hundred and five", "two million".
# Also before the noun of a hyphenated compound ("a four-cylinder engine", "a two-door car", "a
# seven-month-old son"), but not in idioms ("one-on-one", "a one-off", "nine-to-five"), nor in a
# span of time that only describes its noun ("a five-year deal", "a two-day visit").
_WORDS_NUMBER = re.compile(
    rf"(?i)(?<![\w-])(?P<words>{_WORD_NUMBER})"
    rf"(?:\s+and\s+a\s+half|-and-a-half)?"
    rf"(?:\s+(?P<scale>{_SCALE_WORD}))?(?!\w|-(?![A-Za-z])|-(?:{_alt(lx.HYPHEN_IDIOMS)})\b"
    rf"|-(?:{_alt(lx.DURATION_UNITS)})s?\b(?![\s-]+olds?\b))"
)
# A decimal spoken: "two point five", "one point two million"; in words only ("1 point 25" is
# read as two numbers by the digits before it). Not where the words after "point" count a span
# of time or a multiple: "by one point two weeks ago", "one point three times".
_DIGIT_WORD = rf"(?:{_alt(lx.DIGIT_WORDS)})"
_SPOKEN_DECIMAL = re.compile(
    rf"(?i)(?<![\w.,-])(?P<int>{_SIMPLE_WORD})[\s\u00a0]+point[\s\u00a0]+"
    rf"(?P<dec>{_DIGIT_WORD}(?:[\s\u00a0]+{_DIGIT_WORD})*)(?![\w.,-]\w|[\w-])"
    rf"(?![\s\u00a0]+(?:(?:{_alt(lx.DURATION_UNITS)})s?|times|ago|later|earlier)\b)"
    rf"(?:[\s\u00a0]+(?P<scale>{_SCALE_WORD})\b)?"
)
_LARGE_SCALE = _alt(w for w in lx.SCALE_WORDS if w != "hundred")
_SCALE_IN_WORDS = re.compile(rf"(?i)\b(?:{_LARGE_SCALE})\b")
# "minus 5", "minus-40", "negative 0.3%": a sign written as a word.
_MINUS_WORD = re.compile(r"(?i)\b(?:minus|negative)[\s-]$")
_MINUS_REACH = len("negative-")  # how far before a number _MINUS_WORD can start
_PLUS_OR_BEFORE = re.compile(r"(?i)\bplus\s+or\s+$")


def _minus_before(text: str, start: int) -> re.Match[str] | None:
    """The word "minus" or "negative" right before a number at ``start``; not the "minus" of
    "plus or minus 3 points", a margin either way."""
    minus = _MINUS_WORD.search(text, max(0, start - _MINUS_REACH), start)
    if minus and _PLUS_OR_BEFORE.search(text, max(0, minus.start() - 9), minus.start()):
        return None
    return minus


# Fractions with a slash, alone or after a whole number: "3/4 cup", "7 1/2%", "1-1/2 years".
_SLASH_FRACTION = re.compile(
    r"(?<![\w/.,-])(?:(?P<whole>\d{1,4})(?:[\s\u00a0]|-))?(?P<num>\d{1,2})/(?P<den>\d{1,3})"
    r"(?![\w/]|[.,]\d)"
)
# Unicode's fractions, alone or after a whole number: "½ cup", "7¾%", "2 ⅓ miles".
_VULGAR = re.compile(
    rf"(?<![\w.,])(?:(?P<whole>\d{{1,4}})[\s\u00a0-]?)?(?P<frac>[{''.join(lx.VULGAR_FRACTIONS)}])"
)
_HALF_A = re.compile(rf"(?i)\bhalf\s+an?\s+(?P<scale>{_SCALE_WORD}|dozen)\b")
# A decade of a life in words after a possessive: "in her thirties", "in his early forties".
_DECADE_OF_LIFE_WORDS = re.compile(
    rf"(?i)\b(?:{_alt(lx.PERSONAL_POSSESSIVES)}) (?:(?:early|late) |mid-)?"
    rf"(?P<w>{_alt(lx.DECADE_WORDS)})\b"
)
# "three quarters of a billion", "a third of a million": a fraction of a scale word, one number.
_FRACTION_OF_SCALE = re.compile(
    rf"(?i)(?<![\w-])(?P<count>an?|one|two|three)[\s-]+(?P<frac>{_FRACTION})\s+of\s+an?\s+"
    rf"(?P<scale>{_SCALE_WORD})\b"
)
_AND_A_HALF = re.compile(r"(?i)\s+and\s+a\s+half\b|-and-a-half\b")
# "a half-mile walk", "a half-hour show": half of the unit joined to it (no figure without a
# unit: "half-brother", "half-time"; nor "half-year", which names a period: "half-year profit").
_HALF_HYPHEN = re.compile(r"(?i)(?<![\w-])half(?=-[a-z])(?!-year)")
# "half a mile", "half an hour": a half of the unit after it (a figure only where a unit follows:
# "half a chance" is none; classify drops it).
_HALF_A_UNIT = re.compile(r"(?i)(?<![\w-])half\s+an?(?=\s+[a-z])")
# "a dollar a day", "not a penny more": "a" as one of the currency, where no noun follows it.
_ONE_OF_CURRENCY = re.compile(
    rf"(?i)(?<![\w-])an?(?=[\s\u00a0]+(?:{_alt(lx.ONE_OF_CURRENCY)})(?:[\s\u00a0]*(?:[,.;:)!?]|$)"
    rf"|[\s\u00a0]+(?:{_alt(lx.AFTER_ONE_OF_CURRENCY)})\b))"
)
_FRACTION_RE = re.compile(
    rf"(?i)(?<![\w-])(?<!\band\s)(?P<count>an?|one|two|three|four|five|seven|nine)[\s-]+(?P<frac>{_FRACTION})"
    # "a quarter-point cut", "a quarter-mile track"
    rf"(?:(?![\w-])|(?=-(?:{_alt(lx.FRACTION_UNIT_NOUNS | lx.HYPHENED_FRACTION_UNITS)})\b))"
)
# "one in five adults", "nine out of ten": a fraction of a group ("one of two people" is one
# person of two, not a half).
_RATIO_RE = re.compile(
    rf"(?i)(?<![\w.,-])(?P<a>{_SIMPLE_WORD}|\d+)\s+(?P<by>out\s+of|in)"
    rf"\s+(?P<b>{_SIMPLE_WORD}|\d{{1,3}}(?:,\d{{3}})*)(?![\w-]|[.,]\d)"
)
# Number words sharing one hyphenated noun: "two-, three- and four-bedroom", "one- or two-week".
_SUSPENDED_LIST = re.compile(
    rf"(?i)(?<![\w-])(?:(?:{_SIMPLE_WORD})-,?\s+(?:(?:and|or|to)\s+)?)+(?:{_SIMPLE_WORD})-(?=[a-z])"
)
_SUSPENDED_WORD = re.compile(rf"(?i)(?<![\w-])(?:{_SIMPLE_WORD})(?=-(?:[,\s]|$))")
_TIME_AFTER = re.compile(rf"(?i)\s+(?:{_alt(lx.DURATION_UNITS)})s?\b")
# A bare "half" before what it is half of: "half of them", "half the condos".
_HALF_OF = re.compile(
    r"(?i)(?<![\w-])(?P<before>[a-z]+\s+)?(?P<half>half)"
    r"(?=\s+(?:of|the|its|their|his|her|our|these|those|all)\b)"
)
_VAGUE_RE = re.compile(
    rf"(?i)(?<![\w-])(?:(?P<tens>tens|hundreds)\s+of\s+)?(?P<word>{_alt(lx.VAGUE_PLURALS)})"
    rf"(?:\s+of\b"
    # standing for people or things named before: "dozens more were hurt", "thousands marched"
    r"|(?P<alone>(?=\s+(?:more|others)\b)"
    rf"|(?=\s+(?-i:(?:{_alt(lx.PREDICATE_OPENERS)}|[a-z]{{3,}}ed)\b))))"
)
# "a few hundred metres", "several thousand workers", "a few lakh rupees": a vague quantifier
# of a scale word.
_VAGUE_QUANTIFIER = "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(lx.VAGUE_QUANTIFIERS, key=len, reverse=True)
)
_VAGUE_SCALE = re.compile(
    rf"(?i)(?<![\w-])(?P<q>{_VAGUE_QUANTIFIER})\s+(?P<scale>{_SCALE_WORD})"
    rf"(?:\s+(?P<scale2>{_SCALE_WORD}))?\b(?!\s+(?:and|-)\s*\w)"
)
# "tens of thousands", "hundreds of millions" with no "of" after: the range stands alone.
_VAGUE_COMPOUND = re.compile(
    rf"(?i)(?<![\w-])(?P<tens>tens|hundreds)\s+of\s+(?P<word>{_alt(lx.VAGUE_PLURALS)})"
    r"(?![\w-])(?!\s+of\b)"
)
_THE_BEFORE = re.compile(r"(?i)\bthe\s+$")  # "in the thousands", "by the hundreds": a level
_OF_CURRENCY = re.compile(
    rf"(?i)[\s\u00a0]+of[\s\u00a0]+(?P<word>{_alt(w for w in lx.CURRENCY_WORDS if w != 'won')})\b"
)
_MULTIPLIER_RE = re.compile(rf"(?i)(?<![\w-])(?P<word>{_alt(lx.MULTIPLIER_WORDS)})(?![\w-])")

# Currency written before an amount: "$", "US$", "£", "EUR ".
_CURRENCY_BEFORE = re.compile(
    # a nation's letters, then a space: "AU $ 5", "NZ $"; not the article "A $100-a-month plan"
    rf"(?:(?P<nat>(?!A\s)(?:{_alt(lx.DOLLAR_PREFIX_NATIONS)}))\s\$"
    rf"|\$(?P<nat2>{_alt(lx.DOLLAR_PREFIX_NATIONS)})"
    rf"|(?P<sym>{_alt(lx.CURRENCY_PREFIXES)})|(?P<code>{_alt(lx.ISO_CODES)})[\s\u00a0]?)[\s\u00a0]?$"
)
# How far before a number _CURRENCY_BEFORE can start (searching further back would be the same
# search, only slower: quadratic in a sentence of thousands of numbers).
_CURRENCY_REACH = (
    max(len(w) for w in (*lx.DOLLAR_PREFIX_NATIONS, *lx.CURRENCY_PREFIXES, *lx.ISO_CODES)) + 3
)
# Cents of a currency named before them: "10 US cents", "50 euro cents".
_NATION_CENTS = re.compile(rf"(?i)[\s\u00a0]+(?P<nat>{_alt(lx.DOLLAR_NATIONS)})[\s\u00a0]+cents?\b")
_CENTS_OF = re.compile(r"[\s\u00a0]+cents?\b")
# Currency written after an amount: " yen", " Australian dollars", "p", " cents", " USD", "€".
_SYMBOLS_AFTER = [
    p for p in lx.CURRENCY_PREFIXES if not p.isalpha() or (len(p) >= 2 and p not in ("PS",))
]
_CURRENCY_AFTER = re.compile(
    rf"(?:(?:[\s\u00a0]*|-)(?P<word>{_alt(lx.CURRENCY_WORDS)})\b"
    rf"|[\s\u00a0]?(?P<sub>(?-i:p)|¢)(?![\w]|\.\w)"
    rf"|[\s\u00a0-](?P<subw>{_alt(w for w in lx.CURRENCY_SUBUNITS if w.isalpha() and w != 'p')})\b"
    rf"|[\s\u00a0]?(?P<code>{_alt(lx.ISO_CODES)})\b"
    rf"|[\s\u00a0]?(?P<symbol>(?-i:{_alt(_SYMBOLS_AFTER)}))(?![A-Za-z])"
    rf"|[\s\u00a0](?P<abbr>{_alt(lx.CURRENCY_ABBREVIATIONS)})(?![\w.-]))",
    re.IGNORECASE,
)
# The percent words, each space in them also a hyphen: "a 25-basis-point cut", "a 5-percent rise".
_PERCENT_WORD = "|".join(
    re.escape(w).replace(r"\ ", r"[\s\u00a0-]")
    for w in sorted(lx.PERCENT_WORDS, key=len, reverse=True)
)
_PERCENT_AFTER = re.compile(
    rf"(?:[\s\u00a0]?%|pc\b|[\s\u00a0-]+(?P<word>{_PERCENT_WORD})\b)", re.IGNORECASE
)

# --- dates and times -------------------------------------------------------------------------

_MONTH = rf"(?P<month>{_alt(lx.MONTHS)})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d|21\d\d)"
_DATE_PATTERNS = [
    # July 31, 2023 / Feb. 19 / feb 21 / July 31st / Sept. 20-24
    re.compile(
        rf"(?i)\b{_MONTH}\s+{_DAY}(?!\d)(?:\s?[-–]\s?[0-3]?\d(?!\d|[,.]\d))?"
        rf"(?:(?:,\s*|\s+){_YEAR})?(?![\w,]\d)"
    ),
    # 31 July 2023 / 19th of February / 18-24 November / 3 to 7 June (from the first day)
    re.compile(
        rf"(?i)(?<![\d,.])\b(?:(?P<first>[0-3]?\d)(?:st|nd|rd|th)?(?:\s?[-–]\s?|\s+(?:to|and)\s+))?"
        rf"{_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?\b"
    ),
    # February 2022 / Feb. 2022
    re.compile(rf"(?i)\b{_MONTH},?\s+{_YEAR}\b"),
    # 2023-02-19, and with points or slashes, year first: 2023.02.19, 2023/02/19
    re.compile(r"\b(?P<year>1[6-9]\d\d|20\d\d)-(?P<month>0[1-9]|1[0-2])-(?P<day>[0-3]\d)\b"),
    re.compile(
        r"(?<![\d.])(?P<year>1[6-9]\d\d|20\d\d)([./])(?P<month>0[1-9]|1[0-2])\2(?P<day>[0-3]\d)"
        r"(?![\d]|[./]\d)"
    ),
    # 2/19/2023 (US order)
    re.compile(r"\b(?P<month>1[0-2]|0?[1-9])/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d)\b"),
]
# Years of an era: "A.D. 1000", "between 300 and 200 BC", "500 BCE".
_ERA_YEAR = re.compile(
    r"(?<![\w.])(?:A\.D\.|AD)\s?(?P<a>\d{1,4})(?:\s+(?:and|to|-|–)\s+(?P<b>\d{1,4}))?\b"
    r"|(?<![\w.,])(?P<c>\d{1,4})(?:(?:\s?[-–]\s?|\s+(?:and|to)\s+)(?P<d>\d{1,4}))?\s?"
    r"(?:B\.C\.(?:E\.)?|BCE?\b|A\.D\.|AD\b|C\.E\.|CE\b)"
)
# A 24-hour clock time with its zone: "0915 GMT", "1400 hrs".
_CLOCK_ZONE = re.compile(
    r"(?<![\w.,])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s?(?:GMT|UTC|EDT|EST|CDT|CST|PDT|PST|BST|CET"
    r"|CEST|IST|JST|AEST|AEDT|hrs|hours|Z)\b"
)
_DECADE = re.compile(
    r"(?i)(?<![\w$£€])(?:the\s+)?(?:mid-|early\s+|late\s+)?(?P<y>1[6-9]\d0|20\d0)s\b"
)
_YEAR_RANGE = re.compile(
    r"(?<![\w$£€.,])(?P<a>1[6-9]\d\d|20\d\d)\s?[-–/]\s?(?P<b>(?:19|20)?\d\d)(?![\w%]|\.\d|,\d)"
)
_MID_YEAR = re.compile(r"(?i)\b(?:mid|early|late|pre|post)-(?P<y>1[6-9]\d\d|20\d\d)\b")
_TIME = re.compile(
    r"(?i)(?<![\w.,:])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?[\s\u00a0]?"
    r"(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)"
    r"|(?<![\w.,:])(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)(?![\d:])"
)
# A clock to the second: "at 10:32:15" is a time of day; "finished in 2:05:30", "clocked
# 1:02:44" an elapsed time, in hours, minutes and seconds.
_CLOCK_SECONDS = re.compile(
    r"(?<![\w.,:])(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?:\.\d+)?(?![\d:]|[.,]\d)"
)
_ELAPSED_BEFORE = re.compile(rf"(?i)\b(?:{_alt(lx.ELAPSED_CUES)})[\s\u00a0]+$")
# Scientific notation: "3×10^8", "4.1×10−6", "6.6 x 10⁻³⁴", "1.5e6" is not news style.
_SCIENTIFIC = re.compile(
    r"(?<![\w.,])(?P<m>\d+(?:\.\d+)?)\s?[×xX]\s?10"
    r"(?:\^\s?(?P<e>[-−–+]?\d{1,3})|(?P<e2>[-−–]\d{1,3})|(?P<sup>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))(?![\d.,]\d)"
)
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
_ORDINAL = re.compile(r"(?<![\w.,])(?P<n>\d+)(?P<suf>st|nd|rd|th)\b")


def _first_of_ten(digits: str) -> bool:
    """Is the number one that "st" makes an ordinal of: 1st, 21st, 101st (not 11st, 14st)?"""
    return digits.endswith("1") and not digits.endswith("11")


# --- non-figures -----------------------------------------------------------------------------

# A run of digits is split into groups only when it is at most 15 digits long (E.164's limit):
# splitting a longer one backtracks exponentially when no split can end the number. A group
# starts a run only if the run is short enough; inside a run it goes on as before.
_PHONE = re.compile(
    # a country code or North America's long-distance "1-" first: "1-800-555-0199"
    r"(?:\+\d{1,3}[\s.-]?|(?<![\w.,])1[\s.-])?(?:\(\d{2,4}\)|\d{3}|0\d)[\s.-]\d{3,4}[\s.-]\d{4}\b"
    r"|\+(?!\d{16})\d{1,3}(?:[\s.-]?(?:(?<=\d)|(?!\d{16}))\d{2,4}){3,}\b"
    # a trunk zero in brackets after the country code: "+49 (0)40 890 85-433"
    r"|\+\d{1,3}[\s.-]?\(0\)[\s.-]?\d{1,5}(?:[\s.-]\d{1,6})+\b"
)
_POSTCODE = re.compile(
    r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b"  # UK: SW1A 1AA
    r"|\b(?:[A-Z]{2}|[A-Z][a-z]+\.?)\s\d{5}(?:-\d{4})\b"  # US ZIP+4
    r"|(?<=[A-Z]{2}\s)\d{5}\b(?=\s*(?:$|[,.;)]|USA|United))"  # US ZIP after a state code
)
# Street addresses: "575 Wilbraham Road", "9 E 71st St", "16-18 Industrial Avenue", "22 Ave Foch".
_STREET = _alt(lx.STREET_TYPES)
_ADDRESS = re.compile(
    rf"(?<![\w$£€¥.,])\d{{1,5}}[A-Za-z]?(?:[-–]\d{{1,5}})?\s+(?:[NSEW]\.?\s+)?"
    rf"(?:(?:[A-Z][\w'’-]*|\d+(?:st|nd|rd|th))\s+){{1,3}}(?:{_STREET})\b"
    rf"|(?<![\w$£€¥.,])\d{{1,5}}\s+(?:{_alt(lx.STREET_TYPES_BEFORE)})\s+[A-Z]"
)
# Standards and other numbered identifiers: "ISO 4217", "ISO 9001", "RFC 2616".
_STANDARD = re.compile(r"\b(?:ISO|IEC|EN|DIN|RFC|ANSI|IEEE)\s?\d+(?:[-:/.]\d+)*\b")
# A number before a model or edition word: "787 Dreamliner", "737 Max", "iPhone 11 Pro Max".
_MODEL_AFTER = re.compile(rf"(?<![\w$£€¥.,])\d+(?=\s+(?:{_alt(lx.MODEL_WORDS)})\b)")
# A code before a noun that names it: "the 60614 ZIP code", "the 212 area code".
_CODE_NOUN = re.compile(r"(?i)\b\d+(?=\s+(?:zip|postal|post|area|dialling|dialing)\s+codes?\b)")
# Video resolutions ("1080p", "720i", "a 4K TV"), shots and calibres ("two 3-pointers", "a
# .45-caliber pistol") and bonds named by their term ("the 10-year note"): names, not figures.
_FORMAT = rf"(?:[248]K|(?:{_alt(lx.VIDEO_RESOLUTIONS)})[pi])"
_TECHNICAL = re.compile(
    # a list of formats first, as one: "1080p and 8K", "4K or 8K", "720p, 1080p and 4K"
    rf"(?<![\w.,$£€¥]){_FORMAT}(?:(?:,|,? and|,? or) {_FORMAT})+(?!\w)"
    rf"|(?<![\w.,])(?:{_alt(lx.VIDEO_RESOLUTIONS)})[pi](?!\w)"
    rf"|(?<![\w.,])[248][Kk](?=[\s\u00a0]+(?:(?:[A-Z][a-z]+[\s\u00a0]+)?(?i:{_alt(lx.RESOLUTION_NOUNS)})\b"
    r"|\d+\s?(?:fps|FPS|Hz|p)\b))"  # "4K TV", "a 4K Smart TV", "8K at 60 fps"
    r"|(?<=\bin )[248]K(?!\w)"  # the format a thing is made in: "shot in 4K"
    r"|(?<![\w.,])\d-pointers?\b"
    # a layout of speakers: "5.1 surround sound", "a 7.1 channel system", "7.1.2 audio"
    rf"|(?<![\w.,])[2-9]\.[0-4](?:\.[0-9])?(?=[\s\u00a0-]+(?i:{_alt(lx.SPEAKER_LAYOUT_NOUNS)})\b)"
    r"|(?<![\w.,])\d{1,2}-in-\d{1,2}(?![\w.,])"  # a kind of device: "a 3-in-1 charger"
    r"|(?<![\w])\.\d{2,3}(?:[-\s]?(?:caliber|calibre|cal\b\.?))"
    rf"|(?i:(?<![\w.,])\d{{1,2}}-(?:year|month|yr|week|day)(?=[\s\u00a0]+(?:U\.?S\.?[\s\u00a0]+)?"
    rf"(?:{_alt(lx.TERM_INSTRUMENTS)})\b))"
)
# "A six-figure salary", "a seven-figure deal": how many digits an amount has, said of an
# amount not given; no figure.
_FIGURES_LONG = re.compile(rf"(?i)(?<![\w-])(?:{_UNIT_WORD}|\d)-figure(?=[\s\u00a0]+[a-z])")
# The same said after a verb of earning or paying: "she earns six figures", "it fetched a low
# seven figures" (the words of the figure are group "n").
_FIGURES_SAID = re.compile(
    rf"(?i)\b(?:{_alt(lx.FIGURES_LONG_VERBS)})\s+(?P<n>(?:(?:a|the)\s+)?(?:(?:low|mid|high)[\s-]+)?"
    rf"(?:{_UNIT_WORD})[\s-]figures)\b"
)
# A ratio of two small numbers written with a colon that is no clock time: "a 16:9 screen",
# "4:3 video".
_ASPECT = re.compile(
    r"(?<![\w.,:])\d{1,2}:\d{1,2}(?=[\s-]+(?:aspect|ratio|screens?|displays?|format|videos?"
    r"|monitors?|gaming|widescreen|TVs?|movies?|photos?|images?|panels?)\b)"
)
# A row of a table written as text: three or more bare numbers with only spaces between, as
# a line score gives a team's points by quarter ("Rockledge 14 11 6 15 — 44"). Its columns are
# not in the text, so no number of it says what it counts.
_TABLE_ROW = re.compile(
    r"(?<![\w.,$£€%-])\d{1,3}(?: \d{1,3}){2,}(?: [—–-] \d{1,3})?(?![\w%]|[.,]\d)"
)
_GROUPED_BY_SPACES = re.compile(r"\d{1,3}(?: \d{3})+")
# Numbers of three or more parts joined by points that are no thousands grouped by points: a
# network address or a version ("192.168.1.1", "v2.10.3").
_DOTTED = re.compile(r"(?<![\w.,])\d{1,3}(?:\.\d{1,3}){2,}(?![\w]|\.\d)")
_POINT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
# A rank written with a hash: "the #1 enemy", "ranked #12".
_HASH_RANK = re.compile(r"(?<![\w#&])#\d{1,3}(?![\w.,]|[.,]\d)")
# A time signature: "a 6/8 feel", "in 3/4 time", "a 7/8 groove". How music is counted, not a
# fraction.
_METER = re.compile(
    r"(?<![\w.,/])\d{1,2}/(?:2|4|8|16)(?![\w.,/])"
    rf"(?=[\s\u00a0-]+(?:{_alt(lx.METER_NOUNS)})\b)"
)
# How a whole is shared, as two parts of a hundred: "a 50:50 weight distribution", "a 70/30
# split". A proportion, not two figures of the noun after it.
_SPLIT = re.compile(
    r"(?<![\w.,:/])(?<!\d-)(?P<a>\d{1,2})(?:\s?[:/]\s?|-)(?P<b>\d{1,2})(?![\w.,:/-])"
    rf"(?=[\s\u00a0-]+(?:[a-z]+[\s\u00a0-]+)?(?:{_alt(lx.SPLIT_NOUNS)})\b)"
)
_WORD_RUN = re.compile(r"[a-z]+")


def words_near(text: str, start: int, end: int, before: int = 30, after: int = 30) -> set[str]:
    """The lower-case words within ``before`` characters before ``start`` and ``after``
    characters after ``end``, the span's own included: what a cue table is tested against
    ("a word of sport near a score")."""
    return set(_WORD_RUN.findall(text[max(0, start - before) : end + after].lower()))


# Even halves, the idiom "fifty-fifty": "a 50-50 chance", "they went 50/50 on it"; a score or a
# tie with a word of sport near ("tied 50-50 at the half") is left to the score rules.
_EVEN_HALVES = re.compile(r"(?<![\w.,:/-])50(?:\s?[:/]\s?|-)50(?![\w.,:/%-]|\s?per)")


def _not_a_score(m: re.Match[str]) -> bool:
    return not words_near(m.string, m.start(), m.end()) & lx.SCORE_CUES


# Non-figures a pattern finds and a test of what it found confirms.
_CHECKED_NON_FIGURES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], bool]], ...] = (
    (_DOTTED, lambda m: not _POINT_THOUSANDS.fullmatch(m.group(0))),  # not "1.250.000"
    (_TABLE_ROW, lambda m: not _GROUPED_BY_SPACES.fullmatch(m.group(0))),  # not "1 250 000"
    (_SPLIT, lambda m: int(m.group("a")) + int(m.group("b")) == 100),  # parts of a hundred
    (_EVEN_HALVES, _not_a_score),
)
# A reference to a cited study, in brackets at the end of a clause after an ordinary word:
# "linked to stress (26).", "lower risk (10, 11),". (After a name it is an age: "Jo Hart (34)".)
_CITATION = re.compile(
    r"(?<=[a-z%] )\(\d{1,3}(?:[,–-]\s?\d{1,3})*\)(?=\s*(?:[.,;:]|$))"
    r"|\[\d{1,3}(?:[,–-]\s?\d{1,3})*\]"  # "per shift[1]", "[2] Joint Commission"
)
# A journal reference after its year: volume, issue and pages ("2015; 28: 685-690",
# "2019;12(3):45-52"): identifiers, not figures.
_JOURNAL_REFERENCE = re.compile(
    r"(?<=(?:1[89]|20)\d\d)\s?;\s?\d{1,4}(?:\s?\(\d{1,4}\))?\s?:\s?[A-Za-z]?\d{1,6}"
    r"(?:[-–][A-Za-z]?\d{1,6})?(?!\d)"
)
# Web addresses and e-mail addresses: their digits are identifiers ("/2024/05/story-12345").
_ADDRESS_ONLINE = re.compile(
    r"(?i)\b(?:https?://|www\.)\S+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|io|co|uk|info|biz)/\S*"
)
# An emergency number before what it names: "911 calls", "a 999 operator".
_EMERGENCY = re.compile(
    rf"(?<![\w.,$£€])(?:{_alt(lx.EMERGENCY_NUMBERS)})(?=[\s-]+(?:{_alt(lx.EMERGENCY_NOUNS)})\b)"
)
# An emergency number after the word that calls it: "she dialled 911", "calls to 999".
_EMERGENCY_CALLED = re.compile(
    rf"(?i:\b(?:{_alt(lx.EMERGENCY_CALL_WORDS)})(?:[\s\u00a0]+(?:to|into|from))?[\s\u00a0]+)"
    rf"(?P<n>{_alt(lx.EMERGENCY_NUMBERS)})(?![\w%]|[.,]\d|[\s\u00a0-]*\d"
    rf"|[\s\u00a0]+(?:{_alt(lx.COUNTED_WITHOUT_S)})\b"
    rf"|[\s\u00a0]+(?!(?:{_alt(lx.S_FUNCTION_WORDS)})\b)[a-z]+s\b)"
)
# Forms and plans named by a number ("10-K", "401(k)"), and a number glued to a capital letter
# that makes a label ("6A", "5-1A", "3D"): names, not figures.
_FORM_NAME = re.compile(rf"(?<![\w.,$£€¥-])(?:{_alt(lx.FORM_NAMES)})(?![\w(])")
_LETTER_LABEL = re.compile(
    rf"(?<![\w.,$£€¥-])\d{{1,4}}(?:-\d{{1,4}})?(?:[{lx.LABEL_LETTERS}]|-D)(?![\w'’])"
)
# Mobile network generations: "5G", "4G" (not "5 g", five grams).
_NETWORK_GENERATION = re.compile(r"(?<![\w.,])[2-6]G(?:\b|(?=[-/]))")
# Letters joined to a number, with an uppercase letter among them: F-16, G7, MH17, Covid-19, A320.
_IDENT_PREFIXED = re.compile(
    r"(?<![\w$£€¥&])(?=[A-Za-z&.]*[A-Z])[A-Za-z][A-Za-z&.]*[-‑]?"
    r"\d[A-Za-z\d]*(?:[-/.][A-Za-z\d]+)*\b"  # one reading of each text: no exponential backtracking
)
# The number in the title of a work, "The 7 Habits of Highly Effective People", "the 12 Days of
# Christmas": "the", the number, a capitalised noun and "of" before another capital.
_TITLE_NUMBER = re.compile(r"(?<=\b[Tt]he )\d{1,3}(?= [A-Z][a-z]+ of (?:the |a |an )?[A-Z])")
# A number opening a quoted title of capitalised words: '"99 Red Balloons"', '"21 Guns"'.
_QUOTED_TITLE = re.compile(r"(?<=[\"“])\d{1,4}(?=(?:\s+[A-Z][\w'’]*)+[\"”])")
# Four or more runs of digits joined by hyphens: an identifier ("978-3-16-148410-0", an ISBN).
_HYPHENED_IDENTIFIER = re.compile(r"(?<![\w.,-])\d+(?:-\d+){3,}(?![\w-])")
# How many times a title was won, as in "a five-time champion": "a 3-time winner", "a five time
# NBA champion" (not "across 5 time zones"), an idiom of the title as the hyphenated word form is.
_TIMES_TITLE = re.compile(
    rf"(?i:(?<![\w.,$£€¥-])(?:\d{{1,2}}|{_alt(lx.UNITS_WORDS)})[\s-]time)"
    rf"(?=[\s-]+(?:[A-Z]|(?i:{_alt(lx.TITLE_HOLDER_NOUNS)})\b))"
)
# A chip's code, a lower-case letter and a digit before the hyphen: "i5-9300H", "i7-8700K".
_CHIP_CODE = re.compile(r"(?<![\w$£€¥&.-])[a-z]{1,2}\d{1,2}[-‑]\d{3,5}[A-Za-z]{0,3}(?![\w-])")
# A number joined to letters and more digits: 3D2, 737-800, 9/11.
_IDENT_SUFFIXED = re.compile(
    r"(?<![\w.,])\d+[A-Za-z]+\d[\w-]*|\b\d{3}-\d{3}\b|\b9/11\b|\b24/7/365\b|\b20/20\b"
    # the idioms of hours: "open 24/7", "24-7", "a 9-to-5 job"; a rank: "a top-10 school"
    r"|\b24[/-]7\b(?![/-]\d)|\b9-to-5\b|(?i:\btop-)\d{1,3}\b(?![.,]\d|%)"
    # a day of a month written with a slash after "on": "the vote is on 11/3"
    r"|(?<=\bon )(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])\b(?![/.,]\d|\s*(?:of|cups?)\b)"
)
_LABEL_BEFORE = re.compile(
    rf"(?i)(?:^|(?<=[\s(\"'“]))(?P<label>{_alt(lx.LABEL_NOUNS)})[\s\u00a0]+(?:No\.?\s*)?$"
)
_RANK_BEFORE = re.compile(r"(?i)\b(?:number|no\.)[\s\u00a0]+$")
_GLUED_LETTER = re.compile(r"\d+(?:\.\d+)?[A-Za-z]")  # "1B", "2b": a scale, or a label's letter
_CAPITALISED_WORD = re.compile(r"(?<![\w.])(?P<w>[A-Z][A-Za-z&]*[A-Za-z])\s+$")
_SCORE_RE = re.compile(
    r"(?<![\w.,$£€-])(?P<a>\d{1,3})\s?[-–](?P<b>\d{1,3})(?![\w.,%]|\s?(?:percent|per cent))"
)


# --- helpers ---------------------------------------------------------------------------------


LARGEST = 1e100
"""The largest magnitude a figure may have (a googol), and 1/LARGEST the smallest above zero.
A number beyond them (a run of hundreds of digits, "9 x 10^999") is not a news figure, and
arithmetic on it (scales, ratios between figures) could overflow: it is left out. Within
them, the product or quotient of any two figures is a finite float."""


def _sane(v: float | None) -> bool:
    """Is the value absent, or a finite number within :data:`LARGEST`?

    >>> _sane(None), _sane(0.0), _sane(2.5e9), _sane(1e-7)
    (True, True, True, True)
    >>> _sane(float("inf")), _sane(float("nan")), _sane(1e101), _sane(-1e-101)
    (False, False, False, False)
    """
    if v is None or v == 0:
        return True
    return math.isfinite(v) and 1 / LARGEST <= abs(v) <= LARGEST


def _num(text: str) -> float:
    """The value of a digit string with separators: "1,500" → 1500, "816 000" → 816000."""
    return float(re.sub(r"[,\s\u00a0\u202f\u2009]", "", text))


def words_value(text: str) -> float | None:
    """The value of a number written in words; None if the words are not a number.

    >>> words_value("one hundred and five")
    105.0
    >>> words_value("twenty-five")
    25.0
    >>> words_value("a dozen")
    12.0
    """
    total = 0.0
    current = 0.0
    seen = False
    for word in re.split(r"[\s-]+", text.lower()):
        if word in ("and", ""):
            continue
        if word in ("a", "an"):
            current += 1 if current == 0 else 0
            continue
        if (word in lx.UNITS_WORDS or word in lx.TENS_WORDS) and current % 100 % 10:
            return None  # "one twenty two", "five six": not one number
        if word in lx.TENS_WORDS and current % 100:
            return None  # "twenty thirty"
        if word in lx.UNITS_WORDS:
            current += lx.UNITS_WORDS[word]
        elif word in lx.TENS_WORDS:
            current += lx.TENS_WORDS[word]
        elif word == "dozen":
            current = (current or 1) * lx.DOZEN
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in lx.SCALE_WORDS:
            total += (current or 1) * lx.SCALE_WORDS[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


class _Spans:
    """Character spans, kept sorted, answering "does [start, end) overlap none of them?" in
    logarithmic time while no two of them overlap (a sentence with thousands of numbers must
    not take quadratic time); a linear check once two do.

    >>> spans = _Spans()
    >>> spans.add(3, 5); spans.add(10, 12)
    >>> spans.free(5, 10), spans.free(4, 6), spans.free(0, 3), spans.free(11, 20)
    (True, False, True, False)
    """

    def __init__(self) -> None:
        self.spans: list[tuple[int, int]] = []
        self._disjoint = True

    def free(self, start: int, end: int) -> bool:
        if not self._disjoint:
            return all(end <= s or start >= e for s, e in self.spans)
        # Disjoint spans sorted by (start, end) have ends in order too: of the spans that start
        # before ``end``, only the last can reach past ``start``.
        i = bisect.bisect_left(self.spans, (end, -1))
        return i == 0 or self.spans[i - 1][1] <= start

    def add(self, start: int, end: int) -> None:
        if self._disjoint and not self.free(start, end):
            self._disjoint = False
        bisect.insort(self.spans, (start, end))


@dataclass
class _Scan:
    """The state of one scan: the sentence, the spans already taken, the candidates found."""

    text: str
    taken: _Spans = field(default_factory=_Spans)
    found: list[Candidate] = field(default_factory=list)

    def free(self, start: int, end: int) -> bool:
        return self.taken.free(start, end)

    def take(self, start: int, end: int) -> None:
        self.taken.add(start, end)

    def add(self, cand: Candidate) -> None:
        self.found.append(cand)
        self.take(cand.start, cand.end)


def _iso(year: str | None, month: int | None, day: str | None) -> str | None:
    if month is None:
        return year
    if day is not None:
        d = int(day)
        if not 1 <= d <= 31:
            return None
        return f"{year}-{month:02d}-{d:02d}" if year else f"--{month:02d}-{d:02d}"
    return f"{year}-{month:02d}" if year else None


# --- passes ----------------------------------------------------------------------------------


# 2022-03-14T08:15:30.250Z: an ISO timestamp is one date, not five numbers.
_TIMESTAMP = re.compile(
    r"\b(?P<date>(?:1[6-9]\d\d|20\d\d)-(?:0[1-9]|1[0-2])-[0-3]\d)"
    r"[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?"
)


# E notation, "1.5e308": not how news writes numbers; one code, not "1.5" and "308".
_E_NOTATION = re.compile(r"(?<![\w.,])\d+(?:\.\d+)?[eE][-+−]?\d+\b")


def _non_figures(scan: _Scan) -> None:
    for m in _TIMESTAMP.finditer(scan.text):
        scan.add(Candidate(m.start(), m.end(), None, None, None, kind="date", date=m.group("date")))
    for pattern in (_ADDRESS_ONLINE, _CITATION, _JOURNAL_REFERENCE, _ASPECT, _E_NOTATION, _PHONE,
                    _POSTCODE, _ADDRESS, _STANDARD, _MODEL_AFTER, _CODE_NOUN, _TECHNICAL,
                    _EMERGENCY, _NETWORK_GENERATION, _FORM_NAME, _LETTER_LABEL, _IDENT_PREFIXED,
                    _IDENT_SUFFIXED, _FIGURES_LONG, _METER, _HASH_RANK,
                    _CHIP_CODE, _TITLE_NUMBER, _QUOTED_TITLE, _HYPHENED_IDENTIFIER,
                    _TIMES_TITLE):  # fmt: skip
        for m in pattern.finditer(scan.text):
            if pattern is _IDENT_PREFIXED and _currency_or_unit_prefix(scan.text, m):
                continue
            if pattern is _CITATION and _after_name(scan.text, m.start()):
                continue  # "Jo Hart (34)", "Melbourne (3-0)": an age, a record
            if pattern is _IDENT_SUFFIXED and _tally_of_votes(scan.text, m):
                continue  # "the bill passed 218-214": a tally, not "737-800"
            if scan.free(m.start(), m.end()):
                scan.take(m.start(), m.end())
    for pattern, holds in _CHECKED_NON_FIGURES:
        for m in pattern.finditer(scan.text):
            if holds(m) and scan.free(m.start(), m.end()):
                scan.take(m.start(), m.end())
    for pattern in (_EMERGENCY_CALLED, _FIGURES_SAID):
        for m in pattern.finditer(scan.text):
            if scan.free(m.start("n"), m.end("n")):
                scan.take(m.start("n"), m.end("n"))


_THREE_BY_THREE = re.compile(r"\d{3}-\d{3}")


def _tally_of_votes(text: str, m: re.Match[str]) -> bool:
    """Is "218-214" a tally: three digits on each side, the larger first, a word of voting or
    of sport near?"""
    if not _THREE_BY_THREE.fullmatch(m.group(0)):
        return False
    a, b = (int(x) for x in m.group(0).split("-"))
    words = words_near(text, m.start(), m.end(), after=20)
    return a >= b and bool(words & (lx.VOTE_WORDS | lx.SCORE_CUES))


def _after_name(text: str, pos: int) -> bool:
    """Whether the word before ``pos`` is capitalised: a name."""
    m = _CAPITALISED_WORD.search(text, max(0, pos - 40), pos)
    return m is not None


def _currency_or_unit_prefix(text: str, m: re.Match[str]) -> bool:
    """ "RM12", "EUR5" and "NIS40" start with a currency, not an identifier; "mid-2022" is a
    date. Letters joined to the number by a hyphen name a thing ("A-10", "S-1"), and so does
    "PS" before a bare whole number ("PS4": £ as unidecode writes it comes with an amount,
    "PS6m", "PS4.50"). A one-letter symbol ("R" of the rand) starts an amount only where it
    is written as one (:func:`_one_letter_amount`)."""
    surface = m.group(0)
    head = re.match(r"[A-Za-z&.]*", surface)
    letters = head.group(0) if head else ""
    if letters.lower() in ("mid", "pre", "post", "early", "late"):
        return True
    if surface[len(letters) : len(letters) + 1] in ("-", "‑"):
        return False
    if letters == "PS":
        amount = re.fullmatch(r"PS\d[\d,]*(?P<d>\.\d+)?(?P<s>m|bn|k)?", surface)
        return amount is not None and bool(amount.group("d") or amount.group("s"))
    if len(letters) == 1 and letters in lx.CURRENCY_PREFIXES:
        return _one_letter_amount(text, m)
    return letters in lx.ISO_CODES or letters in lx.CURRENCY_PREFIXES


# What makes "R" and the digits after it an amount of its own: a scale ("R2.3bn", "R300
# billion"), thousands ("R25,000") or cents ("R15.50").
_WRITTEN_AS_AMOUNT = re.compile(
    rf"[A-Z]\d+(?:(?:\.\d+)?(?:{_SCALE_SUFFIX})(?![A-Za-z])|\.\d\d(?!\d))"
    rf"|[A-Z]\d+(?:\.\d+)?[\s\u00a0]?(?:{_SCALE_WORD_AFTER_DIGITS})\b|[A-Z]\d{{1,3}},\d{{3}}\b"
)
_ONE_LETTER_CUES = {
    symbol: re.compile(rf"(?i)\b(?:{_alt(places)})\b")
    for symbol, places in lx.ONE_LETTER_PLACES.items()
}
_NAMING_WORD_BEFORE = re.compile(r"(?:\b(?:[Tt]he|an?|[A-Z][a-z]+)|[A-Z]{2,})[\s\u00a0]+$")


def _one_letter_amount(text: str, m: re.Match[str]) -> bool:
    """Is "R" and a number an amount of rand, not a label ("the R44", "an Audi R8", "R2-D2")?
    Where it is written as an amount ("R2.3bn", "R25,000", "R15.50"), or in a sentence that
    names the currency's country, after no article or name."""
    if _WRITTEN_AS_AMOUNT.match(text, m.start()):
        return True
    cues = _ONE_LETTER_CUES.get(m.group(0)[0])
    if cues is None or not re.fullmatch(r"[A-Z]\d+", m.group(0)):
        return False
    if _NAMING_WORD_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return False
    return cues.search(text) is not None


def _scientific(scan: _Scan) -> None:
    """Numbers in scientific notation: "4.1×10−6" is 4.1e-06, one number, not three."""
    for m in _SCIENTIFIC.finditer(scan.text):
        if not scan.free(m.start(), m.end()):
            continue
        exponent = m.group("e") or m.group("e2") or m.group("sup").translate(_SUPERSCRIPTS)
        mantissa = float(m.group("m"))
        try:
            v = mantissa * 10.0 ** int(re.sub("[−–]", "-", exponent))
        except OverflowError:  # "9 x 10^999"
            v = math.inf
        if _sane(v) and (v != 0 or mantissa == 0):  # not lost to underflow: "9 x 10^-999"
            scan.add(Candidate(m.start(), m.end(), v, v, v))
        else:
            scan.take(m.start(), m.end())  # one number we cannot hold, not three small ones


def mantissa_length(surface: str) -> int | None:
    """The length of the mantissa when the surface is in scientific notation, else None.

    >>> mantissa_length("2.5 x 10-6")
    3
    """
    m = _SCIENTIFIC.fullmatch(surface)
    return m.end("m") if m else None


def _dates_and_times(scan: _Scan) -> None:
    text = scan.text
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if not scan.free(m.start(), m.end()):
                continue
            raw_month = m.group("month")
            month = int(raw_month) if raw_month.isdigit() else lx.MONTHS[raw_month.lower()]
            groups = m.groupdict()
            day = groups.get("first") or groups.get("day")
            year = groups.get("year")
            if groups.get("first") and int(groups["first"]) >= int(groups["day"]):
                continue  # "the 5-2 June vote" is no run of days
            if raw_month.lower() in ("mar", "may", "jun") and day and not raw_month[0].isupper():
                continue  # "may 5" is usually the verb: only capitalised months count
            iso = _iso(year, month, day)
            if day is not None and iso is None:
                continue
            scan.add(Candidate(m.start(), m.end(), None, None, None, kind="date", date=iso))
    for m in _YEAR_RANGE.finditer(text):
        a, b = m.group("a"), m.group("b")
        b_full = a[:2] + b if len(b) == 2 else b
        if int(b_full) <= int(a) or int(b_full) - int(a) > 30 or not scan.free(m.start(), m.end()):
            continue
        scan.add(
            Candidate(
                m.start(), m.end(), None, float(a), float(b_full), kind="date", date=f"{a}/{b_full}"
            )
        )
    for m in _ERA_YEAR.finditer(text):
        if scan.free(m.start(), m.end()):
            iso = (m.group("a") or m.group("c")) if "B" not in m.group(0) else None
            scan.add(Candidate(m.start(), m.end(), None, None, None, kind="date", date=iso))
    for m in _CLOCK_ZONE.finditer(text):
        if scan.free(m.start(), m.end()):
            iso = f"T{m.group('h')}:{m.group('m')}"
            scan.add(Candidate(m.start(), m.end(), None, None, None, kind="time", date=iso))
    for pattern in (_DECADE, _MID_YEAR):
        for m in pattern.finditer(text):
            if scan.free(m.start(), m.end()):
                y = m.group("y")  # "the 1990s" runs from 1990 to 1999
                iso = y if pattern is _MID_YEAR else f"{y}/{int(y) + 9}"
                scan.add(Candidate(m.start(), m.end(), None, None, None, kind="date", date=iso))
    for m in _ORDINAL.finditer(text):
        if m.group("suf") == "st" and not _first_of_ten(m.group("n")):
            continue  # "11st", "14st 2lb": stones of weight; the ordinals are "11th", "14th"
        if scan.free(m.start(), m.end()):
            v = float(m.group("n"))
            scan.add(Candidate(m.start(), m.end(), v, v, v, kind="ordinal"))
    for m in _CLOCK_SECONDS.finditer(text):
        if not scan.free(m.start(), m.end()):
            continue
        h, mi, sec = int(m.group("h")), int(m.group("m")), int(m.group("s"))
        if _ELAPSED_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            v = float(h * 3600 + mi * 60 + sec)
            scan.add(Candidate(m.start(), m.end(), v, v, v, kind="duration", unit="second"))
        elif h <= 23:
            iso = f"T{h:02d}:{mi:02d}:{sec:02d}"
            scan.add(Candidate(m.start(), m.end(), None, None, None, kind="time", date=iso))
        else:
            scan.take(m.start(), m.end())  # "31:05:12": neither a clock nor a race
    for m in _TIME.finditer(text):
        if not scan.free(m.start(), m.end()):
            continue
        hour = int(m.group("h") or m.group("h2"))
        minute = int(m.group("m") or m.group("m2") or 0)
        ap = (m.group("ap") or "").lower().replace(".", "")
        if ap == "pm" and hour < 12:
            hour += 12
        elif ap == "am" and hour == 12:
            hour = 0
        if hour > 23:
            continue
        scan.add(
            Candidate(
                m.start(), m.end(), None, None, None, kind="time", date=f"T{hour:02d}:{minute:02d}"
            )
        )


# A record in brackets after a capitalised name: "The Eagles (6-5, 3-4)", "Melbourne (3-0):".
_TEAM_RECORD = re.compile(
    r"(?:(?<=[A-Za-z] \()|(?<=[A-Za-z]\) \()|(?<=, ))(?P<a>\d{1,3})-(?P<b>\d{1,3})(?:-\d{1,3})?"
    r"(?=\)|, \d{1,3}-\d{1,3}\))"
)
# A won-lost-tied record: three tallies with hyphens, near a word of sport ("an 8-8-4 record").
_RECORD = re.compile(r"(?<![\w.,-])(?P<a>\d{1,3})-(?P<b>\d{1,3})-\d{1,3}(?![\w%-]|[.,]\d)")


# Made of tried, as sport writes it: "went 7-for-12", "20-of-24 passing" (one tally, a score).
_MADE_OF = re.compile(r"(?<![\w.,$£€¥-])(?P<a>\d{1,3})-(?:of|for)-(?P<b>\d{1,3})(?![\w%-]|[.,]\d)")


def _records(scan: _Scan) -> None:
    """Records are one figure, a score: "the team finished 8-8-4", never a range and a count;
    so is the record in brackets after a team's name ("The Eagles (6-5)")."""
    text = scan.text
    for m in _TEAM_RECORD.finditer(text):
        if scan.free(m.start(), m.end()):
            a, b = float(m.group("a")), float(m.group("b"))
            scan.add(Candidate(m.start(), m.end(), None, a, b, kind="score"))
    for m in _RECORD.finditer(text):
        if not scan.free(m.start(), m.end()):
            continue
        if words_near(text, m.start(), m.end(), before=40) & lx.SCORE_CUES:
            a, b = float(m.group("a")), float(m.group("b"))
            scan.add(Candidate(m.start(), m.end(), None, a, b, kind="score"))
        else:  # three tallies with no word of sport: "a 4-4-2 formation", "on 3-15-21"
            scan.take(m.start(), m.end())
    for m in _MADE_OF.finditer(text):
        a, b = float(m.group("a")), float(m.group("b"))
        if a <= b and scan.free(m.start(), m.end()):
            scan.add(Candidate(m.start(), m.end(), None, a, b, kind="score"))


# A capital B or M for billion or million set off by a space: before a plural noun ("8 B
# people") or after a currency sign ("$1.2 B"); not a letter of a label ("Plan 8 B", "Grade 2 M").
# An abbreviation of a scale that is no word ("bn", "mn", "tn") is a scale set off or not: "1.2
# bn euros", "$ 3 mn".
_SPACED_SCALE = re.compile(
    rf"[ \u00a0](?P<s>[BM](?![\w&'’.-]|-\w)|(?:{_alt(lx.SPACED_SCALE_SUFFIXES)})(?![\w&'’-]))"
)
_PLURAL_AFTER = re.compile(r"[\s\u00a0]+(?:[a-z]+s|people)\b")


def _spaced_scale(text: str, m: re.Match[str]) -> re.Match[str] | None:
    spaced = _SPACED_SCALE.match(text, m.end("num"))
    if spaced is None:
        return None
    if m.start() > 0 and text[m.start() - 1] in "$£€":
        return spaced
    if len(spaced.group("s")) > 1:
        return spaced  # "1.2 bn euros"
    if _CAPITALISED_WORD.search(text, max(0, m.start() - 40), m.start()):
        return None  # "Group 3 B games": a label's letter
    plural = _PLURAL_AFTER.match(text, spaced.end())
    if plural is None or plural.group(0).strip().lower() in lx.S_FUNCTION_WORDS:
        return None
    noun = plural.group(0).strip().lower()
    billions_of = {noun, noun[:-1]} & lx.PERSON_NOUNS or noun in lx.CURRENCY_WORDS
    if not billions_of and "." not in m.group("num"):
        return None  # "3 B grades", "2 M games": letters; "8 B people", "1.5 B tons" are scales
    return spaced


def _atoms(scan: _Scan) -> list[Candidate]:
    """Plain numbers: digits with scales, words, fractions, vague plurals, multipliers."""
    text = scan.text
    atoms: list[Candidate] = []
    spans = _Spans()

    def keep(c: Candidate) -> None:
        if scan.free(c.start, c.end) and spans.free(c.start, c.end):
            atoms.append(c)
            spans.add(c.start, c.end)

    for c in _fractions(text):
        keep(c)
    for c in _ratios(text):
        keep(c)  # before the digits: "1 in 10 applicants" is one share, not two numbers
    digits = _DIGIT_NUMBER_TOKENISED if _TOKENISED.search(text) else _DIGIT_NUMBER
    for m in digits.finditer(text):
        if _LEADING_ZERO.fullmatch(m.group("num")):
            scan.take(m.start(), m.end())  # "000", "05": a fragment or a code, not a number
            continue
        num = m.group("num")
        if _POINT_GROUPED.fullmatch(num) and (
            num.count(".") == 2
            or (
                not m.group("suffix")
                and not m.group("scale")
                and _WORD_AFTER.match(text, m.end("num"))
            )
        ):
            num = num.replace(".", "")
        value = _num(num)
        scaled = False
        end = m.end()
        spaced = None if m.group("suffix") or m.group("scale") else _spaced_scale(text, m)
        if spaced is not None:  # "about 8 B people", "$1.2 B"
            value *= lx.SCALE_SUFFIXES[spaced.group("s")]
            scaled, end = True, spaced.end()
        elif m.group("suffix"):
            value *= lx.SCALE_SUFFIXES[m.group("suffix")]
            scaled = True
        elif m.group("scale"):
            for word in m.group("scale").lower().split():
                value *= lx.SCALE_WORDS[word]
            scaled = True
        else:
            end = m.end("num")
        if not scaled and _TIMES_X.match(text, end):  # "9x as fast", "trades at 15x earnings"
            keep(Candidate(m.start(), end + 1, value, value, value, unit="fold"))
            continue
        half = _AND_A_HALF.match(text, end) if not scaled else None
        if half is not None:  # "2 and a half years"
            value += 0.5
            end = half.end()
        sign = m.group("sign") or ""
        start = m.start()
        minus = _minus_before(text, start)
        if not sign and minus:
            sign, start = "-", minus.start()
        if sign in ("-", "−"):
            value = -value
        keep(
            Candidate(
                start,
                end,
                value,
                value,
                value,
                scaled=scaled,
                sign=sign[:1],
                suffix=m.group("suffix") or "",
            )
        )
    for m in _DECADE_OF_LIFE_WORDS.finditer(text):
        v = float(lx.DECADE_WORDS[m.group("w").lower()])
        keep(Candidate(m.start("w"), m.end("w"), v, v, v, worded=True))
    for m in _FRACTION_OF_SCALE.finditer(text):
        v = _fraction_value(m) * lx.SCALE_WORDS[m.group("scale").lower()]
        keep(Candidate(m.start(), m.end(), v, v, v, scaled=True, worded=True))
    for m in _HALF_A.finditer(text):
        scale = m.group("scale").lower()
        v = 0.5 * (lx.DOZEN if scale == "dozen" else lx.SCALE_WORDS[scale])
        keep(Candidate(m.start(), m.end(), v, v, v, scaled=True, worded=True))
    for m in _HALF_HYPHEN.finditer(text):
        keep(Candidate(m.start(), m.end(), 0.5, 0.5, 0.5, worded=True, fraction=True))
    for m in _HALF_A_UNIT.finditer(text):
        keep(Candidate(m.start(), m.end(), 0.5, 0.5, 0.5, worded=True, fraction=True))
    for m in _ONE_OF_CURRENCY.finditer(text):
        keep(Candidate(m.start(), m.end(), 1.0, 1.0, 1.0, worded=True))
    for c in _suspended_words(text):
        keep(c)
    for m in _FRACTION_RE.finditer(text):
        v = _fraction_value(m)
        keep(Candidate(m.start(), m.end(), v, v, v, worded=True, fraction=True))
    for m in _HALF_OF.finditer(text):
        if (m.group("before") or "").strip().lower() not in lx.HALF_AS_PART:
            keep(Candidate(m.start("half"), m.end(), 0.5, 0.5, 0.5, worded=True, fraction=True))
    for m in _VAGUE_SCALE.finditer(text):  # "a few hundred metres", "several thousand workers"
        low, high = lx.VAGUE_QUANTIFIERS[" ".join(m.group("q").lower().split())]
        scale = lx.SCALE_WORDS[m.group("scale").lower()]
        scale *= lx.SCALE_WORDS[m.group("scale2").lower()] if m.group("scale2") else 1
        keep(Candidate(m.start(), m.end(), None, low * scale, high * scale, worded=True,
                       vague=True))  # fmt: skip
    for m in _VAGUE_COMPOUND.finditer(text):  # "hundreds of thousands in Hong Kong marched"
        low, high = lx.VAGUE_PLURALS[m.group("word").lower()]
        factor = 10 if m.group("tens").lower() == "tens" else 100
        keep(Candidate(m.start(), m.end(), None, low * factor, high * factor, worded=True,
                       vague=True))  # fmt: skip
    for m in _VAGUE_RE.finditer(text):
        alone = m.group("alone") is not None
        if alone and _THE_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            continue
        low, high = lx.VAGUE_PLURALS[m.group("word").lower()]
        if m.group("tens"):
            factor = 10 if m.group("tens").lower() == "tens" else 100
            low, high = low * factor, high * factor
        end = m.end("word")  # "of" is not part of the surface
        money = _OF_CURRENCY.match(text, end)
        if money is not None and lx.CURRENCY_WORDS.get(money.group("word").lower()):
            code = lx.CURRENCY_WORDS[money.group("word").lower()]  # "millions of dollars"
            keep(Candidate(m.start(), money.end(), None, low, high, kind="money", currency=code,
                           worded=True, vague=True))  # fmt: skip
            continue
        keep(Candidate(m.start(), end, None, low, high, worded=True, vague=True))
    for m in _SPOKEN_DECIMAL.finditer(text):
        w = words_value(m.group("int"))
        if w is None:
            continue
        places = "".join(str(lx.DIGIT_WORDS[d.lower()]) for d in m.group("dec").split())
        v = w + float(f"0.{places}")
        scaled = bool(m.group("scale"))
        if scaled:
            v *= lx.SCALE_WORDS[m.group("scale").lower()]
        keep(Candidate(m.start(), m.end(), v, v, v, worded=True, scaled=scaled))
    for m in _WORDS_NUMBER.finditer(text):
        words = m.group("words")
        if words.lower() in ("a", "an"):
            continue
        lead = re.match(r"(?i)an?\s+", words)
        if lead and not re.match(rf"(?i)an?\s+(?:{_SCALE_WORD}|dozen)", words):
            worded = words_value(words[lead.end() :])  # "a three course meal" is 3, not 4
        else:
            worded = words_value(words)
        if worded is None:
            continue
        v = worded
        end = m.end()
        if _AND_A_HALF.match(text, m.end("words")):
            v += 0.5
        if m.group("scale"):
            v *= lx.SCALE_WORDS[m.group("scale").lower()]
        # Leading "a"/"an" is part of the number only before a scale: "a million", "a dozen".
        start = m.start()
        lead = re.match(r"(?i)an?\s+", words)
        if lead and not re.match(rf"(?i)an?\s+(?:{_SCALE_WORD}|dozen)", words):
            start += lead.end()
        if start >= end:
            continue
        scaled = bool(m.group("scale")) or bool(_SCALE_IN_WORDS.search(words))
        minus = _minus_before(text, start)
        if minus:  # "minus ten degrees"
            v, start = -v, minus.start()
        keep(Candidate(start, end, v, v, v, worded=True, scaled=scaled, sign="-" if minus else ""))
    for m in _MULTIPLIER_RE.finditer(text):
        v = float(lx.MULTIPLIER_WORDS[m.group("word").lower()])
        if m.group("word").lower() in ("double", "triple", "quadruple"):
            continue  # verbs and adjectives more often than figures
        keep(Candidate(m.start(), m.end(), v, v, v, worded=True, unit="fold"))
    return sorted(atoms, key=lambda c: c.start)


def _fractions(text: str) -> list[Candidate]:
    """Fractions written with a slash or as Unicode fractions, with the whole number before
    them: "3/4" is 0.75, "2 1/2" 2.5, "7¾" 7.75. A slashed pair is a fraction only with a
    numerator below a denominator news uses (halves to hundredths): "24/7" and "9/11" are not."""
    out = []
    for m in _SLASH_FRACTION.finditer(text):
        num, den = int(m.group("num")), int(m.group("den"))
        if not 0 < num < den or den not in lx.FRACTION_DENOMINATORS:
            continue
        whole = m.group("whole")
        v = (int(whole) if whole else 0) + num / den
        out.append(Candidate(m.start(), m.end(), v, v, v, fraction=whole is None))
    for m in _VULGAR.finditer(text):
        whole = m.group("whole")
        v = (int(whole) if whole else 0) + lx.VULGAR_FRACTIONS[m.group("frac")]
        out.append(Candidate(m.start(), m.end(), v, v, v, fraction=whole is None))
    return out


def _ratios(text: str) -> list[Candidate]:
    """Fractions written as "A in B", "A out of B" and "one of B": "one in five adults" is 0.2.
    The whole must be larger than the part, not a year, and not a span of time ("2 in 10 days")."""
    out = []
    for m in _RATIO_RE.finditer(text):
        a, b = _ratio_term(m.group("a")), _ratio_term(m.group("b"))
        if a is None or b is None or not 0 < a < b or _year_like_text(m.group("b")):
            continue
        if _TIME_AFTER.match(text, m.end()):
            continue
        v = a / b
        worded = not m.group("a")[0].isdigit()
        out.append(Candidate(m.start(), m.end(), v, v, v, worded=worded, fraction=True))
    return out


def _suspended_words(text: str) -> list[Candidate]:
    """The number words of a suspended-hyphen list, each a number: "two-, three- and four-"
    before "bedroom"; what they count comes later, from the last one's noun."""
    out = []
    for m in _SUSPENDED_LIST.finditer(text):
        listed = m.group(0)
        for w in _SUSPENDED_WORD.finditer(listed):
            v = words_value(w.group(0))
            if v is not None:
                start = m.start() + w.start()
                out.append(Candidate(start, start + len(w.group(0)), v, v, v, worded=True))
    return out


def _fraction_value(m: re.Match[str]) -> float:
    """The value of a fraction in words, from its groups "count" and "frac": "three quarters"."""
    count = m.group("count").lower()
    n = 1.0 if count in ("a", "an") else float(lx.UNITS_WORDS[count])
    return n * lx.FRACTION_WORDS[m.group("frac").lower()]


def _year_like_text(text: str) -> bool:
    return re.fullmatch(r"1[6-9]\d\d|20\d\d", text) is not None


def _ratio_term(text: str) -> float | None:
    """The value of one side of a ratio, in digits or words."""
    return _num(text) if text[0].isdigit() else words_value(text)


def _with_currency_and_percent(text: str, c: Candidate) -> Candidate:
    """Extend a number over the currency or percent sign written around it."""
    before = _CURRENCY_BEFORE.search(text, max(0, c.start - _CURRENCY_REACH), c.start)
    if before and not c.worded:
        sym = before.group("sym")
        nation = before.group("nat") or before.group("nat2")
        if nation:
            code = lx.DOLLAR_PREFIX_NATIONS[nation]
        else:
            code = lx.CURRENCY_PREFIXES[sym] if sym else before.group("code")
        if sym in ("R", "RM") and before.start() > 0 and text[before.start() - 1].isalpha():
            code = ""
        if sym == "¥" and _about_china(text):
            code = "CNY"
        if code:
            c = replace(c, start=before.start(), kind="money", currency=code)
            again = _CURRENCY_AFTER.match(text, c.end)
            word = again.group("word") if again is not None else None
            named = lx.CURRENCY_WORDS.get(word.lower()) if word else None
            if again is not None and named == code:
                c = replace(c, end=again.end())  # "$7 million dollars": the currency twice
            elif again is not None and named and code == "USD" and _a_dollar(named):
                c = replace(c, end=again.end(), currency=named)  # "$20 Canadian dollars"
            at = before.start()
            dash = at > 0 and text[at - 1] in "-−"
            if c.sign == "" and dash and not (at > 1 and text[at - 2].isalnum()):
                # "-$20" is a loss; in "$10-$20" the dash joins a range
                v = -(c.value or 0.0)
                c = replace(c, start=before.start() - 1, sign="-", value=v, low=v, high=v)
            return c
    nation_cents = _NATION_CENTS.match(text, c.end)
    if nation_cents is not None:  # "10 US cents a minute", "50 Australian cents"
        code = lx.DOLLAR_NATIONS[nation_cents.group("nat").lower()]
        if lx.CURRENCY_SUBUNIT_OF.get(code) == "cent":
            return replace(c, end=nation_cents.end(), kind="money", currency=code, unit="cent")
    after = _CURRENCY_AFTER.match(text, c.end)
    if after:
        word = after.group("word")
        if word:
            if word.lower() == "won" and not c.scaled and not _korean_amount(text, c):
                return c  # the verb, far more often than the currency
            code = lx.CURRENCY_WORDS[word.lower()]
            if not code:  # "10 dinars": a currency of the family, which one unsaid
                family = next(f for f, ws in lx.CURRENCY_FAMILIES.items() if word.lower() in ws)
                return replace(c, end=after.end(), kind="money", currency=None, unit=family)
            cents = _CENTS_OF.match(text, after.end())
            if cents is not None and lx.CURRENCY_SUBUNIT_OF.get(code) == "cent":
                return replace(c, end=cents.end(), kind="money", currency=code, unit="cent")
            return replace(c, end=after.end(), kind="money", currency=code)
        sub = after.group("sub") or after.group("subw")
        if sub and not (c.worded and after.group("sub")):  # "ten cents", not "two p"
            code, unit = lx.CURRENCY_SUBUNITS[sub if sub == "¢" else sub.lower()]
            return replace(c, end=after.end(), kind="money", currency=code, unit=unit)
        code_after = after.group("code")
        lower_ok = code_after is not None and code_after.lower() not in lx.CODES_THAT_ARE_WORDS
        if code_after and (code_after.isupper() or lower_ok):  # "200 chf", not "5 try"
            return replace(c, end=after.end(), kind="money", currency=code_after.upper())
        if after.group("symbol") and not c.worded:
            code = lx.CURRENCY_PREFIXES[after.group("symbol")]
            return replace(c, end=after.end(), kind="money", currency=code)
        abbr = after.group("abbr")
        if abbr and abbr in lx.CURRENCY_ABBREVIATIONS:  # case-sensitive: "kn", not "KN"
            code = lx.CURRENCY_ABBREVIATIONS[abbr]
            return replace(c, end=after.end(), kind="money", currency=code)
    if _race_in_kilometres(text, c):  # "she ran a 10K", "the 5K race": kilometres
        v = (c.value or 0.0) / 1000
        return replace(
            c, value=v, low=v, high=v, scaled=False, suffix="", kind="measure", unit="kilometre"
        )
    million = not _metres(text, c) and (
        _MILLION_OF.match(text, c.end)
        or _CHANGE_AFTER.match(text, c.end)
        or (c.suffix == "M" and not text[c.end :].strip())
    )
    if c.suffix in ("m", "M") and not million:
        # "a 2m wall" is two metres; "2m barrels" and "2m of them" are two million.
        v = (c.value or 0.0) / lx.SCALE_SUFFIXES[c.suffix]
        return replace(
            c, end=c.end - len(c.suffix), value=v, low=v, high=v, scaled=False, suffix=""
        )
    pounds = _POUNDS.match(text, c.end)
    weighed = pounds is not None and re.match(r"\s+of\b", text[pounds.end() :]) is not None
    if pounds and not weighed and _pounds_are_money(text):  # "paid 50 pounds for it": sterling
        return replace(c, end=pounds.end(), kind="money", currency="GBP", unit="pound sterling")
    pct = _PERCENT_AFTER.match(text, c.end)
    if pct:
        word = pct.group("word")
        unit = (
            lx.PERCENT_WORDS[" ".join(re.split(r"[\s\u00a0-]+", word.lower()))]
            if word
            else "percentage"
        )
        return replace(c, end=pct.end(), kind="percent", unit=unit)
    return c


def _a_dollar(code: str) -> bool:
    """Is the currency a nation's dollar ("$" may stand for it)?"""
    return lx.CURRENCY_NAMES.get(code, "").endswith("dollar")


_MILLION_OF = re.compile(
    r"\s+(?:[a-z-]+\s+){0,4}(?:[a-z]+s|people)\b|\s+(?:of|more|in|to|and|or|from)\b|\s*[,.;)]"
    # a time by which the amount is reached: "users should hit 2m by 2030", "2m next year"
    r"|\s+(?:by|until|before|next|last|this)\b"
)
# "a 2m wall", "2m tall", "a 3m-high fence", "the 800m final", "won the 100m.": metres.
_METRES_AFTER = re.compile(rf"(?i)[\s\u00a0-]+(?:{_alt(lx.DIMENSION_ADJECTIVES)})\b")
_RACE_AFTER = re.compile(
    rf"(?i)(?:[\s\u00a0-]+(?:{_alt(lx.RACE_WORDS)})\b|\s*(?:[,.;:)!?]|$)|\s+(?:in|at|on|for)\b)"
)
_RESIZE_BY_BEFORE = re.compile(rf"(?i)\b(?:{_alt(lx.RESIZE_VERBS)})[\s\u00a0]+by[\s\u00a0]+$")
_DISTANCE_VERB_BEFORE = re.compile(rf"(?i)\b(?:{_alt(lx.DISTANCE_VERBS)})[\s\u00a0]+$")
_ARTICLE_BEFORE = re.compile(r"(?i)(?<![\w-])(?P<art>an?|the)[\s\u00a0]+$")
# "a 2m by 3m rug", "4m x 5m": the sides of a plan, each in metres.
_SIDE_BEFORE = re.compile(r"\d[\s\u00a0]?m[\s\u00a0]*(?:x|×|by)[\s\u00a0]*$")
# "1m 85cm", "3m and 5cm": metres and the centimetres after them, one height or length.
_CENTIMETRES_AFTER = re.compile(r"[\s\u00a0]*(?:and[\s\u00a0]+)?\d{1,2}[\s\u00a0]?cm\b")
_SIDE_AFTER = re.compile(r"[\s\u00a0]*(?:x|×|by)[\s\u00a0]*\d+(?:\.\d+)?[\s\u00a0]?m\b")


_THOUSANDS_OF_METRES = re.compile(r"[1-9]\d{0,2},\d{3}m|[1-9]\d{3,4}m")


def _metres(text: str, c: Candidate) -> bool:
    """Is a bare "2m" two metres? After "a" (one thing of that size: "a 2m wall"), before a
    word of size ("2m tall"), and "the 800m" as a race."""
    if c.suffix not in ("m", "M") or c.currency is not None:
        return False
    thousands = c.suffix == "m" and _THOUSANDS_OF_METRES.fullmatch(text, c.start, c.end)
    if thousands and not _PLURAL_AFTER.match(text, c.end):
        return True  # "Everest (8,849m)", "the 1500m"; "1,400m people" are millions
    if _METRES_AFTER.match(text, c.end):
        return True
    if _DISTANCE_VERB_BEFORE.search(text, max(0, c.start - 14), c.start):
        return True  # "he ran 100m in 10 seconds"
    resized = _RESIZE_BY_BEFORE.search(text, max(0, c.start - 20), c.start)
    if resized and not _PLURAL_AFTER.match(text, c.end):
        return True  # "the runway was extended by 500m"; "raised by 2m people" counts
    if _SIDE_BEFORE.search(text, max(0, c.start - 8), c.start) or _SIDE_AFTER.match(text, c.end):
        return True  # "a 2m by 3m rug"
    if _CENTIMETRES_AFTER.match(text, c.end):
        return True  # "he stands 1m 85cm"
    art = _ARTICLE_BEFORE.search(text, max(0, c.start - 5), c.start)
    if art is None:
        return False
    if art.group("art").lower() == "the":
        return _RACE_AFTER.match(text, c.end) is not None
    return _CHANGE_AFTER.match(text, c.end) is None  # "a 2m rise in users" is two million


_CHANGE_AFTER = re.compile(
    rf"(?i)[\s\u00a0-]+(?:{_alt(lx.TREND_UP_NOUNS | lx.TREND_DOWN_NOUNS | lx.AMOUNT_GAP_NOUNS)})\b"
)
_RUN_A_BEFORE = re.compile(
    rf"(?i)\b(?:{_alt(lx.DISTANCE_VERBS)})[\s\u00a0]+(?:an?|the)[\s\u00a0]+$"
)
_RACE_NOUN_AFTER = re.compile(rf"(?i)[\s\u00a0-]+(?:{_alt(lx.RACE_WORDS | lx.RUN_EVENTS)})\b")


def _race_in_kilometres(text: str, c: Candidate) -> bool:
    """Is "10K" a race of ten kilometres: a whole number up to 100 with a "K", run ("she ran a
    10K") or before a word of racing ("the 5K race", "a 10k fun run"); not "raised 5K"."""
    if c.suffix not in ("k", "K") or c.currency is not None or c.value is None:
        return False
    km = c.value / 1000
    if not (km.is_integer() and 1 <= km <= 100):
        return False
    if _RUN_A_BEFORE.search(text, max(0, c.start - 20), c.start):
        return True
    return _RACE_NOUN_AFTER.match(text, c.end) is not None


_POUNDS = re.compile(r"[\s\u00a0-]pounds?\b")
_POUND_MONEY = re.compile(rf"(?i)\b(?:{_alt(lx.POUND_MONEY_CUES)})\b")
_POUND_WEIGHT = re.compile(rf"(?i)\b(?:{_alt(lx.POUND_WEIGHT_CUES)})\b")


@lru_cache(maxsize=8)
def _pounds_are_money(text: str) -> bool:
    """Whether the sentence speaks of paying, not of weighing: "pounds" are sterling there."""
    return _POUND_MONEY.search(text) is not None and _POUND_WEIGHT.search(text) is None


_KOREA = re.compile(rf"(?i)\b(?:{_alt(lx.KOREA_CUES)})\b")


def _korean_amount(text: str, c: Candidate) -> bool:
    """Is "N won" an amount of Korean won: at least a hundred, in a sentence that names Korea?
    ("The team of 12 won gold in Seoul" is the verb.)"""
    return c.value is not None and c.value >= 100 and _KOREA.search(text) is not None


_CHINA = re.compile(rf"(?i)\b(?:{_alt(lx.CHINA_CUES)})\b")


@lru_cache(maxsize=8)
def _about_china(text: str) -> bool:
    """Does the sentence name China or its currency? Once per sentence, not once per "¥"."""
    return _CHINA.search(text) is not None


# A product's model number: three to five digits and capital letters against them, after its
# maker's name ("a Radeon Pro 5300M", "the Ryzen 7 5800X") or after "or" and another one.
_MODEL_NUMBER = re.compile(rf"\d{{3,5}}(?:{_alt(lx.MODEL_NUMBER_SUFFIXES)})(?![\w'’-])")
_SERIES_BEFORE = re.compile(r"(?<![\w.])[A-Z][A-Za-z]+[\s\u00a0]+\d{1,2}[\s\u00a0]+$")
_ANOTHER_BEFORE = re.compile(r"(?:,|\bor|\band)[\s\u00a0]+$")


def _model_number(text: str, c: Candidate, last_model: int) -> int | None:
    """The end of the model number at ``c`` ("5300M", "5800X"), or None."""
    m = _MODEL_NUMBER.match(text, c.start)
    if m is None or c.end > m.end() or c.kind is not None or c.worded:
        return None
    head = text[max(0, c.start - 40) : c.start]
    cap = _CAPITALISED_WORD.search(head)
    if cap and _is_name_before(head, cap.start("w"), cap.group("w")):
        return m.end()
    if _SERIES_BEFORE.search(head):
        return m.end()
    gap = text[last_model : c.start] if 0 <= c.start - last_model <= 6 else ""
    return m.end() if gap and _ANOTHER_BEFORE.fullmatch(gap.lstrip()) else None


def _labels(scan: _Scan, atoms: list[Candidate]) -> list[Candidate]:
    """Drop numbers that name things: "Article 5", "Boeing 737", "S&P 500", "Apollo 11"."""
    text = scan.text
    kept: list[Candidate] = []
    last_model = -100
    label_end = -1
    for c in atoms:
        if c.start < label_end:
            continue  # the second end of a run of labels: "pages 10-12"
        model_end = _model_number(text, c, last_model)
        if model_end is not None:
            scan.take(c.start, model_end)  # "a Radeon Pro 5300M or 5500M": names of models
            last_model = model_end
            continue
        glued = c.scaled and _GLUED_LETTER.fullmatch(text, c.start, c.end) is not None
        if c.kind is None and not c.worded and (not c.scaled or glued):
            head = text[max(0, c.start - 40) : c.start]
            surface = text[c.start : c.end]
            integral = re.fullmatch(r"\d+", surface) is not None
            # a number after a label, with a letter of its own: "Phase 2b", "Block 1B", "Gate 4"
            label = re.fullmatch(r"\d+(?:\.\d+)?[A-Za-z]?", surface) and _LABEL_BEFORE.search(head)
            if label and not _score_after_label(text, c):
                tally = _TALLY_AFTER.match(text, c.end) or _LABEL_RUN_AFTER.match(text, c.end)
                label_end = tally.end() if tally else c.end
                scan.take(c.start, label_end)  # "Gate 4", "pages 10-12"
                continue
            after_count = kept and kept[-1].kind is None and kept[-1].end == c.start - 1
            spaced = text[c.start - 1] == " " and text[c.end : c.end + 1] == " "
            if integral and len(surface) >= 3 and after_count and spaced:
                scan.take(c.start, c.end)  # "20 787 jets", "300 911 calls": a model, a name
                continue
            cap = _CAPITALISED_WORD.search(head)
            stat = stat_noun_after(text, c.end) is not None  # "Ana Ruiz 19 points"
            if (
                integral
                and cap
                and not stat
                and _is_name_before(text, cap.start("w"), cap.group("w"))
            ):
                c = replace(c, named=True)  # "Boeing 737" unless a unit follows: "Tylenol 500mg"
        elif (
            c.kind is None and c.worded and _RANK_BEFORE.search(text, max(0, c.start - 12), c.start)
        ):
            scan.take(c.start, c.end)  # "number two", "the number one hit": a rank, a label
            continue
        elif c.kind is None and c.worded and _word_in_name(text, c):
            c = replace(c, named=True)  # "the Kick Six", "the Big Ten", "the Six Nations"
        kept.append(c)
    return kept


_TALLY_AFTER = re.compile(r"[-–]\d{1,3}(?![\w%-]|[.,]\d)")
# More labels after a label's number: "junctions 10 and 11", "pages 4, 5 and 9" (not "and 200
# passengers", a count of its own).
_LABEL_RUN_AFTER = re.compile(
    r"(?:(?:\s*,\s*|\s+(?:and|or|to|through)\s+)\d{1,4}[A-Za-z]?(?![\w%]|[.,]\d|\s+[a-z]+s\b))+"
)


def _score_after_label(text: str, c: Candidate) -> bool:
    """Is the number after a label noun the first tally of a score, in a sentence of sport or
    voting: "they lead the series 2-1", "the tie stands 1-1" (not "Series 2", "pages 10-12")?"""
    if not _TALLY_AFTER.match(text, c.end):
        return False
    return bool(words_near(text, c.start, c.end, before=40) & lx.SCORE_CUES)


_STAT_AFTER = re.compile(rf"(?i)[\s\u00a0]+(?P<noun>{_alt(lx.STAT_NOUNS)})\b")


def stat_noun_after(text: str, end: int) -> str | None:
    """The noun of a box score written right after a number ending at ``end``, lower case:
    "points" in "Ana Ruiz 19 points"; else None."""
    m = _STAT_AFTER.match(text, end)
    return m.group("noun").lower() if m is not None else None


_CAPITALISED_AFTER = re.compile(r"\s+[A-Z][a-z]")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _word_in_name(text: str, c: Candidate) -> bool:
    """Is a capitalised number word inside a name: after a name ("Kick Six") or, not opening the
    sentence, before one ("the Six Nations")? Not in a headline written in title case."""
    surface = text[c.start : c.end]
    if not surface[:1].isupper() or headline(text):
        return False
    cap = _CAPITALISED_WORD.search(text, max(0, c.start - 40), c.start)
    if cap and _is_name_before(text, cap.start("w"), cap.group("w")):
        return True
    before = _last_visible(text, c.start)
    opens = not before or before in ".!?:;\"'“‘(–—-"
    return not opens and _CAPITALISED_AFTER.match(text, c.end) is not None


@lru_cache(maxsize=8)
def headline(text: str) -> bool:
    """Is the text a headline with most words capitalised ("Fire Kills Three In Leeds")?"""
    words = [w for w in _WORD.findall(text) if len(w) > 1]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) > 0.6 * len(words)


def _is_name_before(text: str, pos: int, word: str) -> bool:
    """Is the capitalised word before a number a name ("Boeing 737"), not a sentence start?"""
    if word in lx.NOT_NAMES or word.lower() in lx.MONTHS or (word.isupper() and len(word) <= 1):
        return False
    before = _last_visible(text, pos)
    return bool(before) and before not in ".!?:;\"'“‘(–—-"


def _last_visible(text: str, pos: int) -> str:
    """The last character before ``pos`` that is not whitespace, or ``""``: what
    ``text[:pos].rstrip()[-1:]`` gives, without copying the text for every number."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return text[pos - 1] if pos > 0 else ""


def scale_of(text: str, c: Candidate) -> float:
    """The scale written at the end of a candidate or after its digits ("6 billion", "five
    thousand", "6bn", "3 million dollars"), or 1."""
    surface = text[c.start : c.end]
    m = re.search(rf"(?i)({_SCALE_WORD})\s*$", surface) or re.search(
        rf"(?i)\d[\s\u00a0]?({_SCALE_WORD})\b", surface
    )
    if m:
        return float(lx.SCALE_WORDS[m.group(1).lower()])
    m = re.search(rf"\d[\s\u00a0]?({_SCALE_SUFFIX})(?![A-Za-z])", surface)
    return float(lx.SCALE_SUFFIXES[m.group(1)]) if m else 1.0


def _years(scan: _Scan, atoms: list[Candidate]) -> list[Candidate]:
    text = scan.text
    out = []
    for c in atoms:
        surface = text[c.start : c.end]
        if (
            c.kind is None
            and re.fullmatch(r"1[6-9]\d\d|20\d\d|21\d\d", surface)
            and not _PERCENT_AFTER.match(text, c.end)
        ):
            out.append(replace(c, kind="date", date=surface, maybe_year=True))
            continue
        out.append(c)
    return out


def scan(sentence: str) -> list[Candidate]:
    """Every number in the sentence, in order of position."""
    state = _Scan(sentence)
    _non_figures(state)
    _scientific(state)
    _dates_and_times(state)
    _records(state)
    atoms = _atoms(state)
    atoms = [_with_currency_and_percent(sentence, c) for c in atoms]
    atoms = _labels(state, atoms)
    atoms = _years(state, atoms)
    found = [c for c in state.found + atoms if _sane(c.value) and _sane(c.low) and _sane(c.high)]
    return sorted(found, key=lambda c: (c.start, c.end))


HAS_NUMBER = re.compile(
    rf"(?i)\d|[{''.join(lx.VULGAR_FRACTIONS)}]|\b(?:{_UNIT_WORD}|{_TENS_WORD}|{_SCALE_WORD}|dozens?"
    rf"|{_alt(lx.VAGUE_PLURALS)}|{_FRACTION}|{_alt(lx.MULTIPLIER_WORDS)}|{_alt(lx.DECADE_WORDS)}"
    rf"|an?[\s\u00a0]+(?:{_alt(lx.ONE_OF_CURRENCY)}))\b"
)
"""A cheap test for text that may hold a figure: sentences without a match are never parsed."""
