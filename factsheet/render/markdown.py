"""Render a :class:`~factsheet.models.FactSheet` as Markdown through a Jinja2 template.

Reads a finished ``FactSheet``; adds nothing to it. Computing (grouping facts into sections,
numbering footnotes, formatting normalised values) happens here in Python and is handed to
the template as a *context*; the template only lays it out. The built-in template is
``templates/factsheet.md.j2``; a user may pass the path of their own ``.j2`` file instead.

The environment runs with ``StrictUndefined`` (a misspelt variable is an error, not an empty
string) and with autoescaping **off**: Markdown has no autoescape mode, so every piece of
text that comes from a source must be passed through the ``md`` filter (or ``cell`` in a table
cell) explicitly. Display strings in the context are plain text, not Markdown, and need the
filter too; only the output of ``quote_with_emphasis`` is Markdown already.

Template context
----------------

Every variable and field a template sees is documented in README.md, section "Template
context" (``tests/test_render.py`` checks that every variable is listed there).

Output always ends with exactly one newline, and the same sheet always renders the same text.
"""

from __future__ import annotations

import logging
import re
import string
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from urllib.parse import quote

import jinja2

from factsheet import _claims as lx_claims
from factsheet import _lexicon as lx
from factsheet.errors import TemplateError
from factsheet.models import (
    Change,
    Discrepancy,
    Fact,
    FactSheet,
    Kind,
    Mention,
    Number,
    Qualifier,
    Source,
    Trend,
)
from factsheet.render.sandbox import BoundedEnvironment

__all__ = [
    "TEMPLATE_DIR",
    "ChangeRow",
    "ChartLink",
    "DiscrepancyRow",
    "KeyRow",
    "Note",
    "Row",
    "Section",
    "SourceRow",
    "build_context",
    "builtin_templates",
    "cell",
    "link",
    "md",
    "normalised",
    "qualifier_text",
    "quote_with_emphasis",
    "render_markdown",
    "speaker_text",
]

logger = logging.getLogger(__name__)


def _template_dir() -> Path:
    package = Path(__file__).resolve().parent.parent  # factsheet/
    installed = package / "templates"  # where the wheel puts them
    if installed.is_dir():
        return installed
    return package.parent / "templates"  # the checkout's top level


TEMPLATE_DIR: Path = _template_dir()
"""Where the built-in templates live: ``factsheet/templates`` in a wheel, else ``templates/``."""

DEFAULT_TEMPLATE = "factsheet"
TEMPLATE_SUFFIX = ".j2"

# --------------------------------------------------------------------------------------------
# Escaping
# --------------------------------------------------------------------------------------------

# Backslash-escaped wherever they appear. `@` is here so that GitHub cannot turn an address
# into a mailto link or a handle into a mention. `-` and `_` are not: mid-text they start
# nothing (see `_escape_chars`), and escaping them would clutter dates, ids and compounds.
_BACKSLASHED = frozenset("\\`*{}[]()#+!|~^@")
# Escaped when they are the first character of the text: at the start of a line `-` opens a
# list or a thematic break, `=` and `-` a setext underline, `:` a definition (some flavours).
# The other block openers (# > + * ` ~ |) are always escaped.
_LINE_START = frozenset("-=:")
_ASCII_PUNCT = frozenset(string.punctuation)
# HTML-escaped instead: entities survive every Markdown renderer and never start a tag.
_HTML_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# `1. ` or `1) ` at the start of the text would open an ordered list.
_ORDERED_LIST_START = re.compile(r"\d{1,9}[.)](?=\s|$)")
# GitHub autolinks `scheme://` and `www.` in plain text; escaping the `:` or `.` defuses them.
_URL_SCHEME_COLON = re.compile(r":(?=//)")
_WWW_DOT = re.compile(r"(?<![\w.])www(\.)", re.IGNORECASE)


def _is_dropped(ch: str) -> bool:
    """Control characters (other than whitespace) carry nothing a reader can see."""
    return unicodedata.category(ch) == "Cc" and not ch.isspace()


def _is_boundary(ch: str) -> bool:
    """Whitespace or punctuation for CommonMark's flanking rules, old and new alike.

    CommonMark 0.31 counts Unicode symbols (S*) as punctuation, older versions (GitHub's)
    only P* and ASCII punctuation; a ``**`` next to one of these opens or closes in both.
    """
    return ch.isspace() or ch in _ASCII_PUNCT or unicodedata.category(ch).startswith("P")


def _escape_chars(text: str) -> list[str]:
    """Escape ``text`` for inline Markdown, one output chunk per input character.

    Keeping one chunk per character lets :func:`quote_with_emphasis` insert ``**`` at any
    offset of the original text while the escaping still sees the whole text (so context such
    as ``://`` or a leading ``1.`` is never split). Control characters give ``""``, and the
    context is read with them removed, so ``1\x00. `` is seen as ``1. ``.
    """
    keep = [i for i, ch in enumerate(text) if not _is_dropped(ch)]
    chunks = [""] * len(text)
    for i, chunk in zip(keep, _escape_clean("".join(text[i] for i in keep)), strict=True):
        chunks[i] = chunk
    return chunks


def _escape_clean(text: str) -> list[str]:
    """:func:`_escape_chars` for text without control characters.

    Whitespace runs become one space; leading and trailing whitespace give ``""``.
    """
    visible = [i for i, ch in enumerate(text) if not ch.isspace()]
    if not visible:
        return [""] * len(text)
    first, last = visible[0], visible[-1]
    extra: set[int] = set()  # offsets escaped because of their context
    extra.update(m.start() for m in _URL_SCHEME_COLON.finditer(text))
    extra.update(m.start(1) for m in _WWW_DOT.finditer(text))
    start = _ORDERED_LIST_START.match(text, first)
    if start is not None:
        extra.add(start.end() - 1)
    if text[first] in _LINE_START:
        extra.add(first)
    # An underscore between two letters or digits can neither open nor close emphasis.
    extra.update(
        i
        for i, ch in enumerate(text)
        if ch == "_"
        and not (0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum())
    )

    chunks: list[str] = []
    in_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            chunks.append("" if in_space or i < first or i > last else " ")
            in_space = True
            continue
        in_space = False
        if ch in _HTML_ENTITIES:
            chunks.append(_HTML_ENTITIES[ch])
        elif ch in _BACKSLASHED or i in extra:
            chunks.append("\\" + ch)
        else:
            chunks.append(ch)
    return chunks


def md(text: object) -> str:
    """Escape text quoted from a source so that it renders as itself in inline Markdown.

    Markdown specials are backslash-escaped, ``& < >`` become HTML entities, whitespace runs
    (newlines included) become one space and control characters are dropped. The result can
    start no link, image, HTML tag, footnote, emphasis, code span, list or heading.

    >>> md("[click](http://evil) <b>*hi*</b> [^1]")
    '\\\\[click\\\\]\\\\(http\\\\://evil\\\\) &lt;b&gt;\\\\*hi\\\\*&lt;/b&gt; \\\\[\\\\^1\\\\]'
    >>> md("  two\\n lines ")
    'two lines'
    """
    return "".join(_escape_chars(str(text)))


def cell(text: object) -> str:
    """Escape text for a Markdown table cell: as :func:`md`, which already escapes ``|``."""
    return md(text)


_URL = re.compile(r"https?://[^\s<>\"'`\\\x00-\x1f\x7f]+", re.IGNORECASE)


def link(url: object) -> str:
    """A web address as a Markdown autolink (``<https://…>``), or ``""`` when it is not one
    plain ``http(s)`` address: a source's URL cannot start another kind of link, script or tag.

    >>> link("https://example.org/news/a-story")
    '<https://example.org/news/a-story>'
    >>> link("javascript:alert(1)"), link("https://x.org/<b>")
    ('', '')
    """
    text = str(url or "").strip()
    return f"<{text}>" if _URL.fullmatch(text) else ""


def quote_with_emphasis(mention: Mention) -> str:
    """The mention's sentence as inline Markdown, escaped, with the figure in ``**bold**``.

    The figure is found at ``mention.at`` (offsets into ``mention.sentence``); when those do
    not point at ``mention.surface`` the first occurrence of the surface is used, and when
    there is none the sentence is quoted without emphasis.
    """
    sentence = mention.sentence
    chunks = _escape_chars(sentence)
    start, end = mention.at
    if not (0 <= start < end <= len(sentence)) or sentence[start:end] != mention.surface:
        found = sentence.find(mention.surface) if mention.surface else -1
        if found < 0:
            logger.debug("surface %r not in sentence %r", mention.surface, sentence)
            return "".join(chunks)
        start, end = found, found + len(mention.surface)
    # Keep whitespace outside the delimiters, or they would not close.
    while start < end and (sentence[start].isspace() or _is_dropped(sentence[start])):
        start += 1
    while end > start and (sentence[end - 1].isspace() or _is_dropped(sentence[end - 1])):
        end -= 1
    if start == end:
        return "".join(chunks)
    # `**` between a letter and punctuation does not open (or close) emphasis in CommonMark:
    # widen the bold part to the whole word ("US**$61bn**" → "**US$61bn**").
    if not sentence[start].isalnum():
        while start > 0 and not _is_boundary(sentence[start - 1]):
            start -= 1
    if not sentence[end - 1].isalnum():
        while end < len(sentence) and not _is_boundary(sentence[end]):
            end += 1
    before = "".join(chunks[:start])
    middle = "".join(chunks[start:end])
    after = "".join(chunks[end:])
    return f"{before}**{middle}**{after}"


# --------------------------------------------------------------------------------------------
# Normalised values
# --------------------------------------------------------------------------------------------

_QUALIFIER_TEXT: dict[str, str] = {
    "exact": "",
    "approximate": "approx.",
    "at_least": "at least",
    "more_than": "more than",
    "at_most": "at most",
    "less_than": "less than",
}

_TREND_TEXT: dict[str, str] = {"up": "↑ up", "down": "↓ down"}
_ANCHORING_TEXT: dict[str, str] = {
    "publication": "anchored to the publication date",
    "unanchored": "not anchored: no publication date",
}
_DISCREPANCY_HEADINGS: dict[str, str] = {
    "values_differ": "Different values",
    "scale_differs": "Different scale",
}

# Nouns whose plural is not made by the -s/-es/-ies rules, and nouns that do not change.
_IRREGULAR_PLURALS = lx.IRREGULAR_PLURALS
_INVARIANT_PLURALS = frozenset(
    {
        "aircraft",
        "cattle",
        "data",
        "deer",
        "fish",
        "hertz",
        "lux",
        "people",
        "personnel",
        "police",
        "series",
        "sheep",
        "siemens",
        "species",
        "staff",
    }
)
# Words that follow the noun they qualify ("pound sterling" → "pounds sterling").
_POSTPOSITIVE = frozenset({"sterling"})


def qualifier_text(qualifier: Qualifier | str) -> str:
    """A qualifier as words: ``""`` for exact, ``"approx."``, ``"at least"`` …

    >>> qualifier_text("approximate"), qualifier_text("at_least"), qualifier_text("exact")
    ('approx.', 'at least', '')
    """
    return _QUALIFIER_TEXT.get(qualifier, str(qualifier).replace("_", " "))


def _decimals(x: Number) -> int:
    if isinstance(x, int) or x.is_integer():
        return 0
    exponent = Decimal(repr(round(x, 10))).normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _fmt_number(x: Number, decimals: int | None = None) -> str:
    """``61000000000`` → ``"61,000,000,000"``; ``4.83`` → ``"4.83"``; ``13.0`` → ``"13"``.

    ``decimals`` forces that many digits after the point (used to align both ends of a range).
    """
    if isinstance(x, float) and (x != x or x in (float("inf"), float("-inf"))):
        return str(x)
    places = _decimals(x) if decimals is None else decimals
    if isinstance(x, int):
        return f"{x:,}" if places == 0 else f"{Decimal(x):,.{places}f}"
    return f"{Decimal(repr(round(x, 10))):,.{places}f}"


def _fmt_value(fact: Fact) -> str:
    """The fact's value, or its range with an en dash (both ends to the same decimals); a
    change written "from A to B" with an arrow, in the order written ("27 → 25")."""
    if fact.value is not None:
        return _fmt_number(fact.value)
    low, high = fact.low, fact.high
    if low is None and high is None:
        return ""
    if low is None or high is None or low == high:
        one = low if low is not None else high
        assert one is not None
        return _fmt_number(one)
    places = max(_decimals(low), _decimals(high))
    change = written_change(fact)
    if change is not None:
        start, end = (high, low) if change == "down" else (low, high)
        return f"{_fmt_number(start, places)} → {_fmt_number(end, places)}"
    return f"{_fmt_number(low, places)}–{_fmt_number(high, places)}"


_NUMBER_WRITTEN = re.compile(r"\d[\d,]*(?:\.\d+)?")


def written_change(fact: Fact) -> Trend | None:
    """The change a range written "from A to B" is, for the reader: a fall when written from its
    high end down ("the median age went from 27 to 25"), a rise when written upwards and the
    fact is a rise; None for a range ("tickets range from $20 to $45") and anything else. The
    figures keep the range (NewsQuant reads "from A to B" as one); the sheet shows the change."""
    if fact.value is not None or fact.low is None or fact.high is None or fact.low == fact.high:
        return None
    written = next(
        (m for m in fact.citations if m.sentence[: m.at[0]].rstrip().lower().endswith("from")),
        None,
    )
    if written is None:
        return None
    numbers = [float(n.replace(",", "")) for n in _NUMBER_WRITTEN.findall(written.surface)]
    if len(numbers) < 2 or numbers[0] == numbers[-1]:
        return None
    if numbers[0] > numbers[-1]:
        return "down"
    return "up" if fact.trend == "up" else None


def _is_one(fact: Fact) -> bool:
    return fact.value is not None and fact.value in (1, -1)


def _plural_word(word: str) -> str:
    lower = word.lower()
    if lower in _INVARIANT_PLURALS:
        return word
    if lower in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[lower]
    if lower.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if lower.endswith("y") and len(lower) > 1 and lower[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def plural(unit: str) -> str:
    """Pluralise a unit name or counted noun: the last lower-case word before any ``per``.

    >>> plural("kilometre"), plural("degree Celsius"), plural("metre per second")
    ('kilometres', 'degrees Celsius', 'metres per second')
    >>> plural("casualty"), plural("person"), plural("police"), plural("pound sterling")
    ('casualties', 'people', 'police', 'pounds sterling')
    """
    head, sep, tail = unit.partition(" per ")
    words = head.split(" ")
    for i in range(len(words) - 1, -1, -1):
        if words[i][:1].islower() and words[i].lower() not in _POSTPOSITIVE:
            words[i] = _plural_word(words[i])
            break
    return " ".join(words) + sep + tail


def _with_unit(number: str, unit: str | None, fact: Fact) -> str:
    if not unit:
        return number
    return f"{number} {unit if _is_one(fact) else plural(unit)}"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def normalised(fact: Fact) -> str:
    """The fact's normalised value as plain text (escape it with ``md`` in a template).

    - money: currency code and the full amount, ``"USD 61,000,000,000"``, ``"USD 40–65"``;
    - percent: ``"7%"``, ``"12.8–13.0%"``;
    - count, measure, duration, number: the number and its unit, ``"16,000 volunteers"``,
      ``"12 kilometres"``, ``"13,176"``;
    - age: ``"22 years old"``;
    - score: both tallies as written, with an en dash, ``"70–29"``;
    - date and time: the ISO ``date`` field, ``"2022-02"`` (``""`` when it is not set or
      not anchored to a year: a bare value such as 10 for "10 am" would read as a
      quantity, and "--07-31" reads as nothing);
    - ordinal: ``"3rd"``.

    Thousands get separators, integral floats lose their ``.0``, and both ends of a range
    show the same decimals. Returns ``""`` when the fact has no parsed value.
    """
    kind: Kind = fact.kind
    if kind in ("date", "time"):
        return "" if fact.date_basis == "unanchored" else fact.date or ""
    if kind == "score" and fact.score_first is not None and fact.score_second is not None:
        places = max(_decimals(fact.score_first), _decimals(fact.score_second))
        first, second = (_fmt_number(x, places) for x in (fact.score_first, fact.score_second))
        return f"{first}–{second}"
    number = _fmt_value(fact)
    if not number:
        return ""
    if kind == "money":
        if fact.currency:
            return f"{fact.currency} {number}"
        return _with_unit(number, fact.unit, fact)
    if kind == "percent":
        return f"{number}%"
    if kind == "age":
        unit = fact.unit or "year"
        return f"{_with_unit(number, unit, fact)} old"
    if kind == "ordinal" and isinstance(fact.value, int | float) and float(fact.value).is_integer():
        return _ordinal(int(fact.value))
    if kind == "score":
        return number
    return _with_unit(number, fact.unit, fact)


# --------------------------------------------------------------------------------------------
# The context
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Note:
    """One footnote: its number on the page and the mention it cites."""

    number: int
    mention: Mention
    fact: Fact


@dataclass(frozen=True, slots=True)
class Row:
    """One fact as one line; strings are plain text (escape with ``md``)."""

    fact: Fact
    surface: str
    normalised: str
    entity: str
    qualifier: str
    trend: str
    n_sources: int
    details: list[str]
    label: str
    anchoring: str = ""
    notes: list[Note] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    """Who gives the figure, each as shown ("Sergei Shoigu, Russian Defence Minister")."""
    period: str = ""
    """When it holds: the ISO period ("2024", "2023-10"), else the time phrase as written."""
    modality: str = ""
    """"", "estimate", "forecast", "target" or "expected by others"."""
    disputed: bool = False
    """Whether the fact is one of a discrepancy."""
    said: str = ""
    """The speakers and the period, joined by " · " ("one senior Army official · 2024")."""


@dataclass(frozen=True, slots=True)
class KeyRow:
    """One line of the key-figures table."""

    rank: int
    row: Row
    reasons: list[str]
    score: int


@dataclass(frozen=True, slots=True)
class DiscrepancyRow:
    """Facts that disagree, and what differs (plain text)."""

    discrepancy: Discrepancy
    heading: str
    reason: str
    rows: list[Row]


@dataclass(frozen=True, slots=True)
class Section:
    """A group of facts of related kinds, under one heading."""

    key: str
    heading: str
    kinds: tuple[Kind, ...]
    rows: list[Row]


@dataclass(frozen=True, slots=True)
class ChangeRow:
    """A thing given different values at different periods, in order of period."""

    change: Change
    about: str
    reason: str
    rows: list[Row]


@dataclass(frozen=True, slots=True)
class ChartLink:
    """A chart file beside the Markdown: its title (plain text), its relative path and the ids
    of the sources of its bars."""

    title: str
    path: str
    sources: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "path", quote(self.path, safe="/._-"))


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One entry of the numbered source list; strings are plain text."""

    number: int
    source: Source
    id: str
    title: str
    meta: str


# (key, heading, kinds), in page order. Dates go to the timeline instead.
SECTIONS: tuple[tuple[str, str, tuple[Kind, ...]], ...] = (
    ("money", "Money", ("money",)),
    ("count", "Counts", ("count",)),
    ("percent", "Percentages", ("percent",)),
    ("age", "Ages", ("age",)),
    ("measure", "Measures and durations", ("measure", "duration")),
    ("score", "Scores and votes", ("score",)),
    ("number", "Other numbers", ("number", "time", "ordinal")),
)

_EXCERPT_LENGTH = 100


def _plural_s(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _excerpt(text: str, limit: int = _EXCERPT_LENGTH) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


class _Numberer:
    """Hands out footnote numbers in order of appearance."""

    def __init__(self) -> None:
        self.notes: list[Note] = []
        self._by_fact: dict[str, list[Note]] = {}

    def cite(self, fact: Fact) -> list[Note]:
        """The fact's footnotes, numbered at its first appearance on the page."""
        if fact.id not in self._by_fact:
            made = [Note(len(self.notes) + i + 1, m, fact) for i, m in enumerate(fact.citations)]
            self.notes.extend(made)
            self._by_fact[fact.id] = made
        return self._by_fact[fact.id]


_MODALITY_TEXT: dict[str, str] = {
    "estimate": "estimate",
    "forecast": "forecast",
    "target": "target",
    "expected_by_others": "expected by others",
}


def speaker_text(speaker: str) -> str:
    """A speaker as the sheet shows it: a name after a title comes first ("Russian Defence
    Minister Sergei Shoigu" → "Sergei Shoigu, Russian Defence Minister"); anything else as
    written.

    >>> speaker_text("Russian Defence Minister Sergei Shoigu"), speaker_text("US officials")
    ('Sergei Shoigu, Russian Defence Minister', 'US officials')
    """
    words = " ".join(speaker.split()).split(" ")
    for i in range(len(words) - 2, -1, -1):
        if words[i].lower().strip(".,") in lx_claims.TITLE_WORDS:
            name = words[i + 1 :]
            if name and all(w[:1].isupper() for w in name) and words[0][:1].isupper():
                return f"{' '.join(name)}, {' '.join(words[: i + 1])}"
            break
    return " ".join(words)


def _row(fact: Fact, numberer: _Numberer, disputed: frozenset[str] = frozenset()) -> Row:
    surface = " ".join(fact.surface.split())
    norm = normalised(fact)
    if norm == surface:
        norm = ""
    entity = " ".join((fact.entity or "").split())
    qualifier = qualifier_text(fact.qualifier)
    trend = _TREND_TEXT.get(fact.trend or written_change(fact) or "", "")
    n_sources = len(set(fact.sources))
    anchoring = _ANCHORING_TEXT.get(fact.date_basis or "", "")
    modality = _MODALITY_TEXT.get(fact.modality, "")
    speakers = [speaker_text(s) for s in fact.attributions]
    period = fact.period or " ".join((fact.period_surface or "").split())
    is_disputed = fact.id in disputed
    details = [d for d in (entity, qualifier, trend, modality, anchoring) if d]
    if n_sources > 1:
        details.append(f"{n_sources} sources")
    if is_disputed:
        details.append("disputed")
    if not surface:  # never expected: the surface is always kept
        surface, norm = norm or "?", ""
    if entity:
        label = entity
    elif fact.citations:
        label = _excerpt(fact.citations[0].sentence)
    else:
        label = ""
    return Row(
        fact=fact,
        surface=surface,
        normalised=norm,
        entity=entity,
        qualifier=qualifier,
        trend=trend,
        n_sources=n_sources,
        details=details,
        label=label,
        anchoring=anchoring,
        notes=numberer.cite(fact),
        speakers=speakers,
        period=period,
        modality=modality,
        disputed=is_disputed,
        said=" · ".join(d for d in ("; ".join(speakers), period) if d),
    )


def _timeline_facts(sheet: FactSheet) -> list[Fact]:
    dates = {f.id: f for f in sheet.facts if f.kind == "date"}
    ordered: list[Fact] = []
    for fact_id in sheet.timeline:
        fact = dates.pop(fact_id, None)
        if fact is None:
            logger.warning("timeline id %r is not a date fact of the sheet (or repeats)", fact_id)
            continue
        ordered.append(fact)
    if dates:
        logger.warning("%d date facts missing from the timeline; listed last", len(dates))
        ordered.extend(f for f in sheet.facts if f.id in dates)
    return ordered


def _source_row(number: int, source: Source) -> SourceRow:
    meta = ", ".join(" ".join(x.split()) for x in (source.site, source.date) if x and x.strip())
    return SourceRow(
        number=number,
        source=source,
        id=source.id,
        title=" ".join((source.title or "").split()),
        meta=meta,
    )


def _summary(sheet: FactSheet) -> str:
    sources = _plural_s(len(sheet.sources), "source")
    if not sheet.facts:
        return f"No figures found in {sources}."
    facts = _plural_s(len(sheet.facts), "fact")
    figures = _plural_s(len(sheet.figures), "figure")
    return f"{facts} from {figures} in {sources}."


def build_context(sheet: FactSheet, charts: Sequence[ChartLink] = ()) -> dict[str, object]:
    """The variables a template sees (documented in this module's docstring)."""
    numberer = _Numberer()
    by_id = {f.id: f for f in sheet.facts}
    disputed = frozenset(i for d in sheet.discrepancies for i in d.facts)

    def row(fact: Fact) -> Row:
        return _row(fact, numberer, disputed)

    key_figures = [
        KeyRow(k.rank, row(by_id[k.fact]), list(k.reasons), k.score)
        for k in sheet.key_facts
        if k.fact in by_id
    ]
    discrepancies = [
        DiscrepancyRow(
            discrepancy=d,
            heading=_DISCREPANCY_HEADINGS.get(d.kind, d.kind),
            reason=d.reason,
            rows=[row(by_id[i]) for i in d.facts if i in by_id],
        )
        for d in sheet.discrepancies
    ]
    changes = [
        ChangeRow(
            change=c,
            about=" ".join(c.about.split()),
            reason=c.reason,
            rows=[row(by_id[i]) for i in c.facts if i in by_id],
        )
        for c in sheet.changes
    ]
    sections: list[Section] = []
    for key, heading, kinds in SECTIONS:
        facts = [f for f in sheet.facts if f.kind in kinds]
        if facts:
            sections.append(Section(key, heading, kinds, [row(f) for f in facts]))
    timeline = [row(f) for f in _timeline_facts(sheet)]
    return {
        "sheet": sheet,
        "title": " ".join(sheet.title.split()) or "Fact sheet",
        "summary": _summary(sheet),
        "empty": not sheet.facts,
        "n_facts": len(sheet.facts),
        "n_figures": len(sheet.figures),
        "n_sources": len(sheet.sources),
        "sources": [_source_row(i, s) for i, s in enumerate(sheet.sources, 1)],
        "key_figures": key_figures,
        "discrepancies": discrepancies,
        "changes": changes,
        "sections": sections,
        "timeline": timeline,
        "notes": numberer.notes,
        "charts": list(charts),
    }


# --------------------------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------------------------


def builtin_templates() -> dict[str, Path]:
    """The built-in templates by name: ``{"factsheet": .../factsheet.md.j2}``."""
    if not TEMPLATE_DIR.is_dir():
        logger.warning("built-in template folder %s is missing", TEMPLATE_DIR)
        return {}
    found = sorted(p for p in TEMPLATE_DIR.glob(f"*.md{TEMPLATE_SUFFIX}") if p.is_file())
    return {p.name.split(".", 1)[0]: p for p in found}


def _resolve(template: str | Path | None) -> Path:
    builtins = builtin_templates()
    if template is None:
        template = DEFAULT_TEMPLATE
    if isinstance(template, str) and template in builtins:
        return builtins[template]
    path = Path(template)
    if path.is_file():
        return path
    names = ", ".join(builtins) or "(none installed)"
    raise TemplateError(
        f"template {str(template)!r} not found: not a file and not a built-in template "
        f"(built-in: {names})"
    )


def _environment(search: Sequence[Path]) -> jinja2.Environment:
    # a sandbox with bounds on time and size (factsheet.render.sandbox): a user's template cannot
    # reach Python, loop without end or grow without bound; going over a bound is a
    # TemplateError naming the template and line, as any fault of a template is
    env = BoundedEnvironment(
        loader=jinja2.FileSystemLoader([str(p) for p in search]),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        # Jinja folds constant expressions while compiling; an error there ("{{ none.x }}")
        # would come without a line. Unoptimised, it is raised while rendering, at its line.
        optimized=False,
    )
    env.filters.update(
        md=md,
        cell=cell,
        link=link,
        quote_with_emphasis=quote_with_emphasis,
        normalised=normalised,
        qualifier_text=qualifier_text,
    )
    return env


def _template_line(exc: BaseException) -> tuple[str, int] | None:
    """The template file and line where a render error was raised (the innermost one)."""
    where: tuple[str, int] | None = None
    tb: TracebackType | None = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_globals.get("__jinja_exception__") is exc:
            where = (tb.tb_frame.f_code.co_filename, tb.tb_lineno)
        tb = tb.tb_next
    return where


def _unique(paths: Iterable[Path]) -> list[Path]:
    seen: list[Path] = []
    for p in paths:
        if p not in seen:
            seen.append(p)
    return seen


def _one_line(message: str) -> str:
    """An error message on one line, for the CLI's one-line report."""
    return " ".join(message.split()) or "error"


def render_markdown(
    sheet: FactSheet,
    *,
    template: str | Path | None = None,
    charts: Sequence[ChartLink] = (),
) -> str:
    """Render ``sheet`` as Markdown.

    ``template`` is ``None`` (the built-in ``"factsheet"``), the name of a built-in template
    (see :func:`builtin_templates`) or the path of a Jinja2 file. ``charts`` are the chart
    files written beside the Markdown, for the template to link. A user template may
    ``{% include %}`` or ``{% extends %}`` files beside it and the built-in ones by file name.

    Raises :class:`~factsheet.errors.TemplateError` when the template is missing, unreadable,
    has a syntax error, or fails while rendering (an undefined variable, say); the message
    names the template and, where known, the line.
    """
    path = _resolve(template)
    env = _environment(_unique([path.parent.resolve(), TEMPLATE_DIR]))

    def shown(filename: str | None) -> str:
        """The template's file as the user named it, an included one by its full path."""
        if filename is None or Path(filename).resolve() == path.resolve():
            return str(path)
        return filename

    try:
        compiled = env.get_template(path.name)
    except jinja2.TemplateSyntaxError as exc:
        message = _one_line(exc.message or str(exc))
        raise TemplateError(f"{shown(exc.filename)}, line {exc.lineno}: {message}") from exc
    except jinja2.TemplateNotFound as exc:  # removed between resolving and loading
        raise TemplateError(f"{path}: template {exc.name!r} not found") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(f"{path}: cannot read template: {_one_line(str(exc))}") from exc
    except Exception as exc:  # anything else the compiler raises is still the template's
        raise TemplateError(f"{path}: {_one_line(str(exc) or type(exc).__name__)}") from exc
    context = build_context(sheet, charts)  # outside the try: a fault here is ours, not theirs
    try:
        text = compiled.render(context)
    except jinja2.TemplateSyntaxError as exc:  # in an included template
        message = _one_line(exc.message or str(exc))
        raise TemplateError(f"{shown(exc.filename)}, line {exc.lineno}: {message}") from exc
    except Exception as exc:  # whatever the template does wrong: an undefined name, a filter
        # given the wrong thing, 1/0, an include that is missing or unreadable
        where = _template_line(exc)
        at = f"{shown(where[0])}, line {where[1]}" if where else str(path)
        if isinstance(exc, jinja2.TemplateNotFound):  # before OSError: it is one
            message = f"template {exc.name!r} not found"
        elif isinstance(exc, OSError | UnicodeDecodeError):
            message = f"cannot read template: {exc}"
        else:
            message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        raise TemplateError(f"{at}: {_one_line(message)}") from exc
    logger.debug("rendered %d facts with %s", len(sheet.facts), path)
    return text.rstrip() + "\n"
