"""Units of measure written right after a number, read from quantulum3's unit tables.

The only module that imports quantulum3. Its ``units.json`` gives each unit a name, an entity
(length, time, temperature…), the words it is written with ("kilometres") and its symbols
("km"); ``_lexicon`` adds what news writes and quantulum3 lacks ("mpg", "celcius", "sq ft"),
takes out what news writes as ordinary words ("bar", "quarter", "gray") and settles its
ambiguities ("minutes" are time, not arc). :func:`unit_after` reads, at the end of a number:

* one unit, as a word (any case only for names like "Celsius"; else lower case, or a title-case
  headline) or as a symbol (as written; a lone letter only where it is plainly a unit: "40C",
  "60W", "5 m"), after at most a space or a hyphen ("12 km", "12km", "a 12-km run");
* a square or cube ("square miles", "sq km", "km2", "m³");
* degrees, with or without their scale ("40 degrees C", "98.6°F", "30 deg"): a bare degree is a
  temperature unless the sentence speaks of angles, and no unit at all for diplomas;
* a rate: "per" or "/" and a second unit or a noun of :data:`~factsheet._lexicon.RATE_NOUNS`,
  "a"/"an" and one of those ("60 km/h", "3 litres per person", "40 miles an hour").

It never chains units that are merely written side by side: quantulum3's own parser reads
"1 innings" as inch·newton·inch·gauss; here an ordinary word is no unit. It also keeps
:func:`quantulum3_parse`, quantulum3's own parser, for the evaluation's baseline.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import sys
import tempfile
import warnings
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Literal

from factsheet import _lexicon as lx

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Reading:
    """A unit read after a number: where it ends in the text, its name and its entity."""

    end: int
    name: str
    entity: str

    @property
    def kind(self) -> Literal["duration", "measure"]:
        """The candidate's kind: ``duration`` for a span of time, else ``measure``."""
        base = self.name.split(" per ")[0]
        return "duration" if self.entity == "time" and base in lx.DURATION_UNITS else "measure"


@dataclass(frozen=True)
class _Unit:
    name: str
    entity: str


@dataclass(frozen=True)
class _Table:
    words: dict[str, _Unit]  # lower case
    symbols: dict[str, _Unit]  # as written
    letters: dict[str, _Unit]  # one-letter symbols, read only before "/" or "per"
    by_name: dict[str, _Unit]
    word_re: re.Pattern[str]
    symbol_re: re.Pattern[str]


# --- quantulum3 ------------------------------------------------------------------------------


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


def _quiet_import(module: str) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with _inflect_without_typeguard():
            imported = __import__(f"quantulum3.{module}", fromlist=[module])
    for name in ("quantulum3", "quantulum3.parser", "quantulum3.classifier"):
        logging.getLogger(name).setLevel(logging.ERROR)
    return imported


@lru_cache(maxsize=1)
def _parser() -> Any:
    """quantulum3's parser, imported once, without the warning it gives when scikit-learn is
    absent, its tables in order (:func:`_in_order`)."""
    parser = _quiet_import("parser")
    _in_order("en_US")
    return parser


_OPERATORS = ("multiplication_operators", "division_operators", "grouping_operators", "operators")
"""quantulum3's tables of operators, sets of strings its patterns join in the set's order."""
_UNIT_TABLES = ("symbols", "symbols_lower", "surfaces", "surfaces_lower", "prefix_symbols")


@cache
def _in_order(lang: str = "en_US") -> None:
    """Put quantulum3's set-ordered tables in a fixed order, once, before any is read.

    quantulum3 keeps its operators and the units of a surface or symbol in sets, whose order
    follows Python's string hashing (a unit's hash is that of its repr), and it builds patterns
    and breaks ties in that order: under one ``PYTHONHASHSEED`` its parser reads
    "784 kW / 184 PS" as "784 kW /", under another as "784 kW". Sorted (operators longest
    first; units by name), the same text gives the same reading under any hash seed.
    """
    regex = _quiet_import("regex")
    load = _quiet_import("load")
    for name in _OPERATORS:
        table = getattr(regex, name)
        if not getattr(table, "_in_order", False):
            setattr(regex, name, _longest_first(table))
    units = load.units(lang)
    for name in (*_UNIT_TABLES, "symbols_all", "surfaces_all"):
        table = getattr(units, name)
        for key, found in list(table.items()):
            table[key] = sorted(found, key=lambda u: (str(u.name), repr(u)))
    derived = load.entities(lang).derived
    for key, found in list(derived.items()):
        derived[key] = sorted(found, key=lambda e: (str(e.name), repr(e)))


def _longest_first(table: Any) -> Any:
    def ordered(lang: str = "en_US") -> list[str]:
        return sorted(table(lang), key=lambda op: (-len(op), op))

    ordered._in_order = True  # type: ignore[attr-defined]
    return ordered


def quantulum3_parse(text: str, lang: str = "en_US") -> list[Any]:
    """quantulum3's ``parse``, quiet: no warnings, and no logging handler left on the root logger.

    quantulum3 calls ``logging.basicConfig`` in every parse; we undo that so that library users
    keep the logging they configured. Only the evaluation's baseline uses it.
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


def _pick(units: Iterable[Any], key: str) -> _Unit | None:
    """The unit a quantulum3 surface or symbol stands for in news, of those it may."""
    kept = sorted(
        (name, entity)
        for name, entity in {(str(u.name), str(u.entity.name)) for u in units}
        if entity not in lx.NOT_MEASURE_ENTITIES
    )
    if not kept:
        return None
    preferred = lx.UNIT_PREFERENCES.get(key)
    for name, entity in kept:
        if name == preferred:
            return _Unit(name, entity)
    if len(kept) > 1:
        return None  # ambiguous, and nothing says which: no unit rather than a guess
    return _Unit(*kept[0])


def _alternation(keys: Iterable[str]) -> str:
    """A regex alternation of the keys, longest first (and in order among equal lengths, so
    that the pattern does not follow the order of a set)."""
    return "|".join(re.escape(k) for k in sorted(set(keys), key=lambda k: (-len(k), k)))


@lru_cache(maxsize=1)
def _table(lang: str = "en_US") -> _Table:
    """quantulum3's unit table for the language, with ours applied: built once in a process,
    and kept between runs in the cache folder (:func:`cache_folder`), where a run reads it in
    a tenth of the time it takes to build (importing quantulum3 and its plural engine, reading
    its units). The copy there is read only when it was built from the same quantulum3,
    inflect, Python and tables (this module's and ``_lexicon``'s text): else it is built anew.
    A cache that cannot be read or written is passed over in silence."""
    key = _table_key(lang)
    folder = cache_folder()
    path = folder / f"units-{lang}.json" if folder is not None else None
    table = _read_table(path, key) if path is not None else None
    if table is None:
        table = _build_table(lang)
        if path is not None:
            _write_table(path, key, table)
    return table


CACHE_VARIABLE = "FACTSHEET_CACHE"
"""The environment variable that names the cache folder; set to an empty value, no cache."""


def cache_folder() -> Path | None:
    """Where tables built from our dependencies are kept between runs: ``$FACTSHEET_CACHE``,
    else ``$XDG_CACHE_HOME/factsheet``, else ``~/.cache/factsheet``; none when
    ``FACTSHEET_CACHE`` is set empty."""
    named = os.environ.get(CACHE_VARIABLE)
    if named is not None:
        return Path(named) if named else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "factsheet"


def _table_key(lang: str) -> str:
    """What the table is built from, as a digest."""
    from importlib import metadata

    digest = hashlib.sha256()
    for part in (lang, sys.version, metadata.version("quantulum3"), metadata.version("inflect")):
        digest.update(part.encode() + b"\0")
    for module in (__file__, lx.__file__):
        digest.update(Path(module).read_bytes())
    return digest.hexdigest()


def _read_table(path: Path, key: str) -> _Table | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("key") != key:
            return None
        words, symbols, letters, by_name = (
            {k: _Unit(*v) for k, v in data[part].items()}
            for part in ("words", "symbols", "letters", "by_name")
        )
        return _Table(
            words,
            symbols,
            letters,
            by_name,
            re.compile(data["word_re"]),
            re.compile(data["symbol_re"]),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError, re.error):
        return None


def _write_table(path: Path, key: str, table: _Table) -> None:
    """Write the table atomically (another run may read it meanwhile)."""
    data = {
        "key": key,
        **{
            part: {k: [u.name, u.entity] for k, u in getattr(table, part).items()}
            for part in ("words", "symbols", "letters", "by_name")
        },
        "word_re": table.word_re.pattern,
        "symbol_re": table.symbol_re.pattern,
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    except OSError:
        return
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def _build_table(lang: str = "en_US") -> _Table:
    """quantulum3's unit table for the language, with ours applied."""
    load = _quiet_import("load")
    _in_order(lang)
    table = load.units(lang)
    by_name = {
        str(u.name): _Unit(str(u.name), str(u.entity.name))
        for u in table.names.values()
        if str(u.entity.name) not in lx.NOT_MEASURE_ENTITIES
    }
    words: dict[str, _Unit] = {}
    for surface, units in table.surfaces.items():
        key = str(surface).lower()
        if key in lx.NOT_UNIT_WORDS or not re.search(r"[a-z]", key):
            continue
        unit = _pick(units, key)
        if unit is not None:
            words.setdefault(key, unit)
    symbols: dict[str, _Unit] = {}
    for symbol, units in table.symbols.items():
        key = str(symbol)
        if key in lx.NOT_UNIT_SYMBOLS or (len(key) == 1 and key.isalpha()):
            continue
        unit = _pick(units, key)
        if unit is not None:
            symbols[key] = unit
    letters: dict[str, _Unit] = {}
    for symbol, units in table.symbols.items():
        key = str(symbol)
        unit = _pick(units, key) if len(key) == 1 and key.isalpha() else None
        if unit is not None:
            letters[key] = unit
    for letter in lx.UNIT_LETTERS_ATTACHED:
        if letter in letters:
            symbols[letter] = letters[letter]
    for word, name in lx.UNIT_WORDS.items():
        words[word] = _named(name, by_name)
    for abbreviation, name in lx.UNIT_ABBREVIATIONS.items():
        symbols[abbreviation] = _named(name, by_name)
    word_re = re.compile(rf"(?i:{_alternation(words)})(?![A-Za-z])")
    symbol_re = re.compile(rf"(?:{_alternation([*symbols, *letters])})(?![A-Za-z])")
    return _Table(words, symbols, letters, by_name, word_re, symbol_re)


def _named(name: str, by_name: dict[str, _Unit]) -> _Unit:
    """Our unit name with quantulum3's entity for it, or the entity of its first part ("mile
    per gallon" → length's), or "other"."""
    if name in by_name:
        return by_name[name]
    head = name.split(" per ")[0].removeprefix("square ").removeprefix("cubic ")
    entity = by_name[head].entity if head in by_name else lx.UNIT_ENTITIES.get(name, "other")
    return _Unit(name, entity)


# --- reading ---------------------------------------------------------------------------------

_GAP = re.compile(r"[\s\u00a0]?(?:-[\s\u00a0]?)?")
_POWER_BEFORE = re.compile(r"(?i)(?P<p>square|sq\.?|cubic|cu\.?)(?:[\s\u00a0]+|-(?=[a-z]))")
_EXPONENT = re.compile(r"²|³|\^?[23](?!\d|[.,]\d)")
_PER = re.compile(
    r"[\s\u00a0]*/[\s\u00a0]*|[\s\u00a0]+per[\s\u00a0]+|-per-|(?P<a>[\s\u00a0-]+an?[\s\u00a0-]+)"
)
_PRIME = re.compile(
    r"(?P<prime>''|[′'″\"])(?![\w)’'])"
    # a foot's prime against the inches after it: "6'2\"", "5′11″"
    r"|(?P<foot>[′'])(?=\d{1,2}(?:\.\d+)?(?:''|[″\"]))"
)
_OPENING_QUOTE = re.compile(r'(?<![\d.])"')  # not an inch's prime after its digits
_DEGREE = re.compile(
    rf"(?i:{_alternation(lx.DEGREE_WORDS)})"
    rf"(?:[\s\u00a0]*(?P<scale>(?i:{_alternation(w for w in lx.TEMPERATURE_SCALES if len(w) > 1)})"
    # a lower-case letter too, before a word or the clause's end: "40°c", "6 deg c ."
    r"|[CFK]|[cf](?=[\s\u00a0]*(?:$|[.,;:!?)]|[\s\u00a0][a-z])))(?![A-Za-z]))?"
)
_ATTACHED = re.compile(rf"(?:{_alternation(lx.UNIT_SYMBOLS_ATTACHED)})(?![A-Za-z])")
_ABBREVIATED = re.compile(r"\.[A-Za-z]")  # "p.m.", "U.S.": a letter of an abbreviation
_MODEL_DASH = re.compile(r"[-‑]\d")  # "two F-35 jets", "a C-130": a letter of a model's name
_SCALE_LETTER = re.compile(r"(?P<s>[cf])\.?(?=[\s\u00a0]*(?:$|[,;:!?)]))")
_INCH = re.compile(r"in\.(?=[\s\u00a0]+[a-z])|in\.?(?=[\s\u00a0]*(?:$|[,;:)]|x\b|×|by\b))")
_WORDS = re.compile(r"[a-z]+(?:['’][a-z]+)?")
_KIND_OF_DAYS = re.compile(rf"(?i)(?:{_alternation(lx.KINDS_OF_DAYS)})[\s\u00a0]+")
_TITLE_WORDS = re.compile(r"[A-Za-z][\w'’-]*")


def unit_after(text: str, start: int, end: int, lang: str = "en_US") -> Reading | None:
    """The unit written right after the number ``text[start:end]``, if any.

    >>> r = unit_after("It flew 12 km at 5 mph.", 8, 10)
    >>> (r.end, r.name, r.entity)
    (13, 'kilometre', 'length')
    >>> unit_after("He played 9 innings.", 10, 11) is None
    True
    """
    prime = _prime(text, start, end)
    if prime is not None:
        return prime
    gap = _GAP.match(text, end)
    at = gap.end() if gap else end
    attached = at == end
    if _DEGREE.match(text, at):
        return _degree(text, start, at)
    first = _term(text, at, attached, lang)
    if first is None:
        kind = _KIND_OF_DAYS.match(text, at)  # "3-5 business days", "five straight weeks"
        first = _term(text, kind.end(), False, lang) if kind else None
        if first is None or first.entity != "time":
            return None
    reading = _rate_of(text, first, lang)
    written = text[end : reading.end]
    if written.endswith(".") and "." not in written[:-1] and not text[reading.end :].strip():
        return Reading(reading.end - 1, reading.name, reading.entity)  # the sentence's full stop
    return reading


def _prime(text: str, start: int, end: int) -> Reading | None:
    """Feet and inches as primes against bare digits: 30' is 30 feet, 25.5″ 25.5 inches; a
    straight double quote only where no quotation is open before it."""
    m = _PRIME.match(text, end)
    if m is None or not re.fullmatch(r"[\d.,]+", text[start:end]):
        return None
    prime = m.group("prime") or m.group("foot")
    if prime == '"' and len(_OPENING_QUOTE.findall(text, 0, start)) % 2:
        return None  # closes a quotation: 'he said "it was 5"'
    name = lx.PRIME_UNITS[prime]
    return Reading(m.end(), name, "length")


def _degree(text: str, start: int, at: int) -> Reading | None:
    m = _DEGREE.match(text, at)
    if m is None:
        return None
    scale = m.group("scale")
    if scale:
        return Reading(m.end(), lx.TEMPERATURE_SCALES[scale.lower()], "temperature")
    end = m.end()
    while end > at and text[end - 1] in " \u00a0":
        end -= 1
    words = set(_WORDS.findall(text.lower()))
    if words & lx.ANGLE_CUES:
        return Reading(end, "degree angle", "angle")
    if words & lx.DIPLOMA_CUES and not text[start].isdigit():
        return None  # "she holds two degrees"
    return Reading(end, "degree", "temperature")


def _term(
    text: str, at: int, attached: bool, lang: str = "en_US", after_slash: bool = False
) -> Reading | None:
    """One unit at ``at``, squared or cubed where so written; any one-letter symbol after a
    slash ("m/s")."""
    table = _table(lang)
    power = _POWER_BEFORE.match(text, at)
    if power is not None:
        base = _simple(text, power.end(), table, attached=False)
        if base is not None and base.entity == "length":
            word = "cubic" if power.group("p").lower().startswith("cu") else "square"
            return _powered(base, word, table)
    unit = _simple(text, at, table, attached, after_slash)
    if unit is None:
        return None
    exponent = _EXPONENT.match(text, unit.end)
    if exponent is not None and unit.entity == "length":
        word = "cubic" if exponent.group(0) in ("³", "3", "^3") else "square"
        powered = _powered(unit, word, table)
        return Reading(exponent.end(), powered.name, powered.entity)
    return unit


def _powered(unit: Reading, word: str, table: _Table) -> Reading:
    name = f"{word} {unit.name}"
    entity = (
        table.by_name[name].entity
        if name in table.by_name
        else ("area" if word == "square" else "volume")
    )
    return Reading(unit.end, name, entity)


# A capital letter and "s": the plural of a letter ("4 As", "6 Ws", "the 3 Rs"), never the symbol
# quantulum3 builds of two units ("Ws", watt-second).
_LETTER_PLURAL = re.compile(r"[A-Z]s")


def _simple(
    text: str, at: int, table: _Table, attached: bool, after_slash: bool = False
) -> Reading | None:
    """The longest unit word or symbol at ``at`` that may stand there."""
    best: Reading | None = None
    word = table.word_re.match(text, at)
    hyphened = at > 0 and text[at - 1] == "-"
    if word is not None and _case_ok(word.group(0), text, hyphened):
        unit = table.words[word.group(0).lower()]
        best = Reading(word.end(), unit.name, unit.entity)
    symbol = table.symbol_re.match(text, at)
    if symbol is not None and _LETTER_PLURAL.fullmatch(symbol.group(0)):
        symbol = None  # "6 Ws and 2 Ls", "3 Gs": letters counted, not watt-seconds or gauss
    if symbol is not None and (best is None or symbol.end() > best.end):
        written = symbol.group(0)
        single = len(written) == 1 and written.isalpha()
        allowed = lx.UNIT_LETTERS_ATTACHED if attached else lx.UNIT_LETTERS_SPACED
        letter_ok = (
            (written in allowed or after_slash)
            and not _ABBREVIATED.match(text, symbol.end())
            and (attached or not _MODEL_DASH.match(text, symbol.end()))  # "40C-45C" is a range
        )
        if not single or letter_ok or _PER.match(text, symbol.end()):  # "3 A/cm2", "2 R per day"
            unit = table.symbols.get(written) or table.letters[written]
            best = Reading(symbol.end(), unit.name, unit.entity)
    if attached and best is None:
        tight = _ATTACHED.match(text, at)
        if tight is not None:
            unit = _named(lx.UNIT_SYMBOLS_ATTACHED[tight.group(0)], table.by_name)
            best = Reading(tight.end(), unit.name, unit.entity)
    if best is None:
        inch = _INCH.match(text, at)
        if inch is not None:
            return Reading(inch.end(), "inch", "length")
        scale = _SCALE_LETTER.match(text, at)
        if scale is not None:  # "tomorrow will be 70 f.": a scale in lower-case text
            name = lx.TEMPERATURE_SCALES[scale.group("s")]
            return Reading(scale.end("s"), name, "temperature")
    return best


def _case_ok(written: str, text: str, hyphened: bool = False) -> bool:
    """Whether a unit word may be read as written: in lower case always; an everyday word
    (:data:`~factsheet._lexicon.UNIT_COMMON_WORDS`) capitalised only in a title-case line or
    joined to its number by a hyphen ("11-Inch display")."""
    if written.islower() or written.lower() not in lx.UNIT_COMMON_WORDS or hyphened:
        return True
    return _title_case(text)


@lru_cache(maxsize=8)
def _title_case(text: str) -> bool:
    words = [w for w in _TITLE_WORDS.findall(text) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) > 0.6 * len(words)


def _rate_of(text: str, first: Reading, lang: str) -> Reading:
    """The unit extended over "per X", "/X" or "a X" when a rate follows."""
    m = _PER.match(text, first.end)
    if m is None or (m.group("a") and first.entity == "time"):
        return first  # "7 days a week" says how often, not a rate of days
    table = _table(lang)
    slash = m.group(0).strip() == "/"
    second = _term(text, m.end(), slash, lang, after_slash=slash)
    per_noun = None
    if second is None or (m.group("a") and second.entity != "time"):
        noun = _RATE_NOUN.match(text, m.end())
        if noun is None:
            return first
        per_noun = noun
    if per_noun is not None:
        name = lx.RATE_NOUNS[per_noun.group("noun").lower()]
        end = per_noun.end()
    else:
        assert second is not None
        name, end = second.name, second.end
    combined = f"{first.name} per {name}"
    entity = table.by_name[combined].entity if combined in table.by_name else first.entity
    return Reading(end, combined, entity)


_RATE_NOUN = re.compile(
    rf"(?i)(?P<noun>{_alternation(lx.RATE_NOUNS)})(?![A-Za-z])"
    r"(?![\s\u00a0-]+(?:earlier|ago|before|later|previously|after)\b)"
)
