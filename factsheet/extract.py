"""The extract stage: sentence text → number candidates with their units.

The only module that imports quantulum3. ``numbers.scan`` finds every number and what its notation
says (money, percent, date…); quantulum3 then reads the physical unit written after a number
("12 km", "30 miles per gallon", "10 million barrels per day"). quantulum3's own number reading is
not trusted: scale suffixes it reads as units ("2m", "$600bn", "25k"), abbreviations it reads as
units ("A U.S." as atomic mass units) and dates never reach the output, because a unit is only
taken where it extends a number our grammar found, past the end of what the grammar read.
"""

from __future__ import annotations

import logging
import re
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from functools import lru_cache
from typing import Any

from factsheet import _lexicon as lx
from factsheet.numbers import Candidate, mantissa_length, scan

log = logging.getLogger(__name__)

# A money amount followed by "per gallon", "an hour", "a barrel": a rate.
_RATE = re.compile(
    r"[\s\u00a0-]*(?:per|an?|each|/)[\s\u00a0-]*(?P<per>hour|day|week|month|year|annum|gallon|"
    r"barrel|share|litre|liter|ton|tonne|pound|kilo|kilogram|kg|gram|g|person|head|night|mile|"
    r"kilometre|kilometer|km|unit|ounce|megawatt-hour|kilowatt-hour|kwh|mwh|mmbtu|square foot|"
    r"square feet|square metre|square meter|sq\.? ?ft|sq\.? ?m|acre|hectare|capita|"
    r"household|student|resident|employee|worker|seat|ticket|dose|pill|flight|trip|minute|"
    r"game|episode|word|page|visit|bottle|case|bushel|meal|passenger|customer|user|"
    r"subscriber|member|patient|child|vehicle|room|copy|item)\b"
    r"(?![\s\u00a0-]+(?:earlier|ago|before|later|previously|after)\b)",
    re.IGNORECASE,
)
_PER_ALIASES = {"annum": "year", "liter": "litre", "kilo": "kilogram", "kg": "kilogram",
                "g": "gram", "km": "kilometre", "kilometer": "kilometre", "kwh": "kilowatt hour",
                "mwh": "megawatt hour", "mmbtu": "mega british thermal unit",
                "square feet": "square foot", "square meter": "square metre",
                "capita": "person"}  # fmt: skip
# Our own reading of unit abbreviations after a number: "29 mpg", "640bhp", "9 ksi", "30'".
_ABBREVIATION = re.compile(
    r"[\s\u00a0-]?(?P<abbr>"
    + "|".join(re.escape(a) for a in sorted(lx.UNIT_ABBREVIATIONS, key=len, reverse=True))
    + r")(?![\w/·])"
    r"|(?P<prime>''|[′'″])(?![\w)’'])"
)
# Written-out time words that quantulum3 reads as angles: "six minutes", "8 seconds".
_TIME_WORD = re.compile(r"(?i)^[\s\u00a0-]*(?:minutes?|mins?|seconds?|secs?)\.?$")
# A money or percent figure that is a reference point, not a rate: "$6.78 billion a year earlier".
# Range connectors between two numbers that carry one unit: "1.3 A/cm2 to 0.03 A/cm2".
_RANGE_GAP = re.compile(r"[\s\u00a0]*(?:to|-|–|—)[\s\u00a0]*|[\s\u00a0]+and[\s\u00a0]+")
# A word prefix hyphenated to a number: "sub-7 nanometer", "over-50 runners".
_WORD_PREFIX = re.compile(r"(?<![\w-])[a-z]+-$")
_BETWEEN_FROM = re.compile(r"(?i)\b(?:between|from)\s+$")
# quantulum3 reads a lone "C" or "F" after a number as coulomb or farad; news means temperatures.
_TEMPERATURE_LETTERS = {"coulomb": "degree Celsius", "farad": "degree fahrenheit"}
# Units quantulum3 names that are not units of measure.
_NOT_UNITS = frozenset({"dimensionless", "count", "dozen", "percentage", "per cent", "one"})


@lru_cache(maxsize=1)
def _parser() -> Any:
    """Import quantulum3 once, without the warning it gives when scikit-learn is absent."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with _inflect_without_typeguard():
            from quantulum3 import parser

    for name in ("quantulum3", "quantulum3.parser", "quantulum3.classifier"):
        logging.getLogger(name).setLevel(logging.ERROR)
    return parser


@contextmanager
def _inflect_without_typeguard() -> Iterator[None]:
    """Import inflect (quantulum3's plural engine) with typeguard's ``@typechecked`` a no-op.

    inflect 7 decorates its engine with ``@typechecked``, which recompiles every method from
    its source when inflect is imported (about 1.3 s of a 1.6 s start-up) and type-checks
    every call after. Its own checks are for its callers' mistakes; quantulum3 passes strings.
    typeguard itself does the same under ``python -O``. Nothing changes when inflect is
    already imported or typeguard is not installed.
    """
    if "inflect" in sys.modules:
        yield
        return
    try:
        import typeguard
    except ImportError:
        yield
        return
    checked = typeguard.typechecked

    def unchecked(target: Any = None, **_: Any) -> Any:
        return target if target is not None else unchecked

    typeguard.typechecked = unchecked
    try:
        import inflect  # noqa: F401
    finally:
        typeguard.typechecked = checked
    yield


def quantulum3_parse(text: str, lang: str = "en_US") -> list[Any]:
    """quantulum3's ``parse``, quiet: no warnings, and no logging handler left on the root logger.

    quantulum3 calls ``logging.basicConfig`` in every parse; we undo that so that library users
    keep the logging they configured.
    """
    parser = _parser()
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return list(parser.parse(text, lang=lang))
    except Exception as err:  # quantulum3 raises bare errors on odd input; a miss is not a crash
        log.debug("quantulum3 failed on %r: %s", text[:80], err)
        return []
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)


def _unit_from(q: Any, sentence: str, c: Candidate, lang: str) -> Candidate | None:
    """The candidate extended over the physical unit quantulum3 read after it, if any."""
    q_start, q_end = q.span
    lead_in = q_start < c.start - 2 and _BETWEEN_FROM.search(sentence, q_start, c.start)
    if not (q_start <= c.end and q_end > c.end and (q_start >= c.start - 2 or lead_in)):
        return None
    name = str(q.unit.name)
    entity = str(q.unit.entity.name)
    if name in _NOT_UNITS or entity == "currency":
        return None
    while (
        q_end > c.end and sentence[q_end - 1] == "." and sentence[q_end - 2 : q_end - 1].isupper()
    ):
        q_end -= 1  # "above 40C." ends the sentence; the full stop is not part of the unit
    tail = sentence[c.end : q_end]
    last = re.search(r"[\s-](\w+)$", tail)
    if last and (
        last.group(1).lower() in _FUNCTION_WORDS or re.fullmatch(r"[A-Z]+\d+", last.group(1))
    ):
        # "12 km at" read as kilometre ampere-turn, "5.2 litre V10" as litre volt to the 10: read
        # again without the function word or the model name.
        shorter = sentence[c.start : q_end - len(last.group(1))]
        for q2 in quantulum3_parse(shorter, lang):
            if q2.span[0] == q_start - c.start or q2.span[0] <= c.end - c.start:
                moved = _Moved(q2, c.start)
                return _unit_from(moved, sentence, c, lang) if moved.span[1] < q_end else None
        return None
    if not re.search(r"[A-Za-z°]", tail):
        return None
    letters = tail.strip(" -\u00a0")
    if letters in ("C", "F") and name in _TEMPERATURE_LETTERS:
        name, entity = _TEMPERATURE_LETTERS[name], "temperature"
    elif name in lx.ARC_AS_TIME and _TIME_WORD.match(tail):
        name, entity = lx.ARC_AS_TIME[name], "time"
    elif len(letters) == 1 and letters.lower() not in ("m", "g", "l", "s", "h", "°"):
        return None  # "5 A", "3 V": single capitals are initials more often than units
    kind = "duration" if entity == "time" and name in lx.DURATION_UNITS else "measure"
    return replace(c, end=q_end, unit=name, kind=kind)


class _Moved:
    """A quantulum3 quantity read from a substring, with its span moved into the sentence."""

    def __init__(self, q: Any, offset: int, span: tuple[int, int] | None = None) -> None:
        self.span = span or (q.span[0] + offset, q.span[1] + offset)
        self.unit = q.unit


_FUNCTION_WORDS = frozenset(
    {"at", "in", "a", "an", "on", "to", "of", "by", "or", "and", "as", "it", "is", "be", "for",
     "the", "per", "from", "with", "that", "this", "its", "into"}
)  # fmt: skip


def _rate(sentence: str, c: Candidate) -> Candidate:
    m = _RATE.match(sentence, c.end)
    if not m:
        return c
    per = " ".join(m.group("per").lower().replace(".", "").split())
    per = {"sq ft": "square foot", "sqft": "square foot", "sq m": "square metre"}.get(per, per)
    per = _PER_ALIASES.get(per, per)
    base = c.unit or lx.CURRENCY_NAMES.get(c.currency or "", "dollar")
    if base.endswith(f" per {per}") or base == per:
        return c
    return replace(c, end=m.end(), unit=f"{base} per {per}")


def _abbreviation(sentence: str, c: Candidate) -> Candidate | None:
    """The candidate with a unit abbreviation of our own table read after it, if any."""
    m = _ABBREVIATION.match(sentence, c.end)
    if not m:
        return None
    if m.group("prime"):
        if not re.fullmatch(r"[\d.,]+", sentence[c.start : c.end]):
            return None
        return replace(c, end=m.end(), unit=lx.PRIME_UNITS[m.group("prime")], kind="measure")
    return replace(c, end=m.end(), unit=lx.UNIT_ABBREVIATIONS[m.group("abbr")], kind="measure")


def _quantulum_parse(sentence: str, found: list[Candidate], lang: str) -> list[Any]:
    """quantulum3's quantities in the sentence as it should read it: scale suffixes, powers of ten,
    a written "minus-" and word prefixes left out ("2.8bn km" is read as "2.8 km", "2.5 x 10-6
    grams" as "2.5 grams", "sub-7 nanometer" as "7 nanometer"), the Greek mu as the micro sign.
    Spans are moved back onto the sentence."""
    drop: set[int] = set()
    for c in found:
        mantissa = mantissa_length(sentence[c.start : c.end])
        if mantissa is not None:
            drop.update(range(c.start + mantissa, c.end))
        prefix = _WORD_PREFIX.search(sentence, 0, c.start)
        if prefix:
            drop.update(range(prefix.start(), c.start))
        if c.suffix:
            drop.update(range(c.end - len(c.suffix), c.end))
        if c.sign == "-" and sentence[c.start : c.start + 5].lower() == "minus":
            digit = re.search(r"\d", sentence[c.start : c.end])
            drop.update(range(c.start, c.start + (digit.start() if digit else 0)))
    text = _LONG_DIGITS.sub(lambda m: " " * len(m.group()), sentence.replace("\u03bc", "\u00b5"))
    if not drop:
        return quantulum3_parse(text, lang)
    kept = [i for i in range(len(text)) if i not in drop]
    quantities = quantulum3_parse("".join(text[i] for i in kept), lang)
    return [_Moved(q, 0, (kept[q.span[0]], kept[q.span[1] - 1] + 1)) for q in quantities]


@lru_cache(maxsize=1)
def _unit_ahead() -> tuple[re.Pattern[str], frozenset[str], dict[int, frozenset[str]]]:
    """What follows a number where quantulum3 can read a unit: an optional hyphen and operator
    ("times", "per", "a"), then one or more of its unit names and symbols (with exponents),
    ending at the end of a word. Built from quantulum3's own unit table. Also the unit names in
    lower case, and quantulum3's common words by length."""
    _parser()
    from quantulum3 import load
    from quantulum3._lang.en_US.load import COMMON_WORDS

    table = load.units("en_US")
    keys = sorted({*table.surfaces, *table.symbols}, key=len, reverse=True)
    units = "|".join(re.escape(k) for k in keys)
    pattern = re.compile(
        r"[\s\u00a0]*-?[\s\u00a0]*(?:(?:times|per|a)[\s\u00a0]+)?"
        rf"(?P<units>(?:(?:{units})[\d²³¹⁻^]*)+)(?![a-z])",
        re.IGNORECASE,
    )
    common = {length: frozenset(words) for length, words in COMMON_WORDS.items()}
    return pattern, frozenset(k.lower() for k in keys), common


def _may_take_unit(sentence: str, found: list[Candidate]) -> bool:
    """Whether quantulum3 could read a unit after one of the numbers whose unit is still open.

    quantulum3 costs about 2 ms a sentence; most numbers in news are followed by a word that no
    unit starts with ("16,000 volunteers"), or by a common word that quantulum3 first reads as a
    chain of one-letter units and then drops ("5 war veterans": watt, are, roentgen). For those
    its reading would be thrown away. The test follows quantulum3's own unit pattern and its
    common-word rule, so skipping it changes no output (``tests/test_speed.py`` compares both
    paths).
    """
    if not FAST_PATHS:
        return True
    text = sentence.replace("\u03bc", "\u00b5")
    ahead, names, common = _unit_ahead()
    for c in found:
        if c.kind is not None:
            continue
        m = ahead.match(text, c.end)
        if m is None:
            continue
        word = m.group("units").lower()
        if word in names or word not in common.get(len(word), ()):
            return True
    return False


FAST_PATHS = True
"""Skip quantulum3 where it cannot read a unit. Tests turn it off to check both paths agree."""


# quantulum3's pattern for spelt-out numbers takes time that grows with the cube of a run of
# digits ("(-" and 120 nines: 0.9 s). Runs this long are never figures (``numbers`` leaves
# them out), so quantulum3 sees spaces there; offsets do not move.
_LONG_DIGITS = re.compile(r"\d{41,}")


def _unit_ranges(sentence: str, found: list[Candidate]) -> list[Candidate]:
    """Join two numbers that share one physical unit into a range: "1 to 1.5 degrees Celsius"
    (read by quantulum3 as one quantity over both), "1.3 A/cm2 to 0.03 A/cm2", "between 15kHz
    and 17kHz", "from 208 pounds to 193"."""
    out: list[Candidate] = []
    for c in found:
        prev = out[-1] if out else None
        if prev is None or prev.kind not in ("measure", "duration") or c.kind in _FIXED_KINDS:
            out.append(c)
            continue
        single = prev.value is not None and c.value is not None
        gap = sentence[prev.end : c.start]
        if single and c.start < prev.end:  # quantulum3 read both numbers as one quantity
            ends = sorted((prev.value or 0.0, c.value or 0.0))
            out[-1] = replace(prev, end=max(prev.end, c.end), value=None, low=ends[0], high=ends[1])
            continue
        same_unit = c.kind == prev.kind and c.unit == prev.unit
        bare_after_from = (
            c.kind is None
            and re.fullmatch(r"\s+to\s+", gap) is not None
            and _BETWEEN_FROM.search(sentence, 0, prev.start) is not None
            and not re.match(r"\s*[\w%$£€]", sentence[c.end :] or " ")
        )
        lead = sentence[max(0, prev.start - 12) : prev.start]
        if (
            single
            and (same_unit or bare_after_from)
            and _RANGE_GAP.fullmatch(gap)
            and (" and " not in gap or re.search(r"(?i)between\s+$", lead))
            and not re.search(r"(?i)\bby\s+$", lead)
        ):
            ends = sorted((prev.value or 0.0, c.value or 0.0))
            out[-1] = replace(prev, end=c.end, value=None, low=ends[0], high=ends[1])
            continue
        out.append(c)
    return out


_FIXED_KINDS = frozenset({"money", "percent", "date", "time", "ordinal", "score"})


def candidates(sentence: str, lang: str = "en_US") -> list[Candidate]:
    """Every number candidate in the sentence, money and physical units resolved.

    >>> [sentence[c.start:c.end] for sentence in ["It flew 12 km at 5 mph."]
    ...  for c in candidates(sentence)]
    ['12 km', '5 mph']
    """
    found = scan(sentence)
    found = [(_abbreviation(sentence, c) or c) if c.kind is None else c for c in found]
    if any(c.kind is None for c in found):
        quantities = (
            _quantulum_parse(sentence, found, lang) if _may_take_unit(sentence, found) else []
        )
        resolved = []
        for c in found:
            if c.kind is None:
                for q in quantities:
                    extended = _unit_from(q, sentence, c, lang)
                    if extended is not None:
                        c = extended
                        break
            resolved.append(c)
        found = _unit_ranges(sentence, resolved)
    out = []
    for c in found:
        if c.named and c.kind is None:
            continue  # "Boeing 737", "Apollo 11": a name, not a quantity
        if c.kind == "money":
            if c.unit is None:
                c = replace(c, unit=lx.CURRENCY_NAMES.get(c.currency or "", c.currency))
            c = _rate(sentence, c)
        elif c.kind in ("measure", "percent") and c.unit and " per " not in c.unit:
            c = _rate(sentence, c)  # "800,000 barrels a day", "5 percent a year"
        out.append(c)
    return out
