"""Bar charts of a :class:`~factsheet.models.FactSheet`: facts → chart data → SVG text.

Reads a finished ``FactSheet``; adds nothing to it. :func:`charts` picks the facts worth a
chart, lays the bars out in Python and renders each chart as plain SVG 1.1 through the Jinja2
template ``templates/bar_chart.svg.j2`` (autoescaping **on**: labels are source text). The
caller decides where the SVG goes; :func:`chart_path` names the file beside the Markdown.

Which charts:

- **Money**, one chart per currency (``"money-usd"``, "Money (USD)") with at least
  :data:`MIN_BARS` money facts that have a single positive value.
- **Counts of people**, one chart per counted noun that names people (``_lexicon.PERSON_NOUNS``,
  looked up by the last word of the unit: "asylum seeker" → "seeker"), when at least
  :data:`MIN_BARS` count facts of that noun have a single positive value (``"people-refugees"``,
  "Counts of refugees"): refugees are never drawn beside senators on one axis, nor a count of
  one ("1 official") beside anything.

Which facts: a fact with a trend is a change, not an amount, and is left out. A range has no
single value to draw, and a bar for either end would state more than the source does, so
ranges are left out too. Zero and negative values are left out (a bar on a linear scale from
0 would be empty or point backwards); so is money without a currency code. A whole is never
drawn beside its own parts: a sum that a sentence says includes others on the chart ("a $95
billion package that includes $61 billion for Ukraine", ``_claims.INCLUSION_CUES``) is left
out. Two bars never share a label: a repeated label gets the speaker or the period that tells
the bars apart, and when nothing does, only the largest bar is drawn. A chart with fewer than
two different values compares nothing and is not drawn.

A disputed fact (one of a discrepancy) is marked "disputed" on its bar, a figure that is not
reported as it is says so ("forecast", "estimate"), and each chart names the sources of its
bars under them.

Each chart has its bars sorted by value, largest first (ties keep the sheet's order), at most
:data:`MAX_BARS` of them; a note under the chart says how many smaller ones are not shown.
A bar is labelled with the fact's entity, or its surface when it has none, cut to
:data:`LABEL_CHARS` characters with "…", and shows its value readably ("USD 61 billion",
"more than 16,000 volunteers"). The scale is linear from 0; a bar too small to see is drawn
1 px wide so that every bar is visible.

The same sheet always gives the same bytes.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import jinja2

from factsheet import _claims as cl
from factsheet.consolidate.keyfigures import counts_people
from factsheet.errors import TemplateError
from factsheet.models import Fact, FactSheet, Mention, Number
from factsheet.render.context import ChartLink
from factsheet.render.markdown import TEMPLATE_DIR
from factsheet.render.wording import plural, qualifier_text

__all__ = [
    "CHART_TEMPLATE",
    "LABEL_CHARS",
    "MAX_BARS",
    "MIN_BARS",
    "Bar",
    "Chart",
    "ChartFile",
    "chart_files",
    "chart_path",
    "charts",
    "readable",
]

logger = logging.getLogger(__name__)

CHART_TEMPLATE = "bar_chart.svg.j2"
"""The SVG template, in :data:`factsheet.render.markdown.TEMPLATE_DIR`."""
MIN_BARS = 2
"""A chart needs at least this many bars; one bar compares nothing."""
MAX_BARS = 12
"""At most this many bars per chart: the largest values."""
LABEL_CHARS = 32
"""Labels longer than this are cut, ending in "…"."""

# Layout, in px. Text widths are estimated at CHAR_WIDTH per character (sans-serif, 13 px).
WIDTH = 640
MARGIN = 16
FONT_SIZE = 13
TITLE_SIZE = 16
CHAR_WIDTH = 7.0
TOP = 48
ROW = 26
BAR_HEIGHT = 18
GAP = 8
NOTE_HEIGHT = 22
MIN_BAR_WIDTH = 1.0
BAR_COLOUR = "#4c78a8"


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: a fact's label (plain text, not cut), its value and the value as shown."""

    label: str
    value: Number
    text: str
    fact: str
    """The id of the fact drawn."""
    sources: tuple[str, ...] = ()
    """The ids of the sources that state the fact."""


@dataclass(frozen=True, slots=True)
class Chart:
    """One chart: ``name`` is the file-name slug (``"money-usd"``), ``title`` plain text."""

    name: str
    title: str
    bars: tuple[Bar, ...]
    """The bars drawn, largest first."""
    omitted: int
    """How many more bars the chart would have had beyond :data:`MAX_BARS`."""
    svg: str
    sources: tuple[str, ...] = ()
    """The ids of the sources of the bars drawn, in the sheet's order."""


# --------------------------------------------------------------------------------------------
# Values as text
# --------------------------------------------------------------------------------------------

_SCALES: tuple[tuple[int, str], ...] = (
    (10**12, "trillion"),
    (10**9, "billion"),
    (10**6, "million"),
)


def _trim(x: float) -> str:
    """At most two decimals, thousands separated, trailing zeros dropped."""
    text = f"{x:,.2f}".rstrip("0").rstrip(".")
    return text if text not in ("0", "-0") else f"{x:g}"


def readable(value: Number) -> str:
    """A value as a reader says it: scale words from a million up, separators below.

    >>> readable(61_000_000_000), readable(4_830_000_000), readable(2_500_000)
    ('61 billion', '4.83 billion', '2.5 million')
    >>> readable(16000), readable(4.83), readable(999_999)
    ('16,000', '4.83', '1 million')
    """
    for scale, word in _SCALES:
        if round(abs(value) / scale, 2) >= 1:
            return f"{_trim(value / scale)} {word}"
    if isinstance(value, int) or float(value).is_integer():
        return f"{int(value):,}"
    return _trim(value)


def _with_qualifier(fact: Fact, text: str) -> str:
    words = qualifier_text(fact.qualifier)
    return f"{words} {text}" if words else text


def _money_text(fact: Fact, value: Number) -> str:
    return _with_qualifier(fact, f"{fact.currency} {readable(value)}")


def _people_text(fact: Fact, value: Number) -> str:
    unit = fact.unit or "people"
    noun = unit if value == 1 else plural(unit)
    return _with_qualifier(fact, f"{readable(value)} {noun}")


# --------------------------------------------------------------------------------------------
# Choosing facts
# --------------------------------------------------------------------------------------------


def _amount(fact: Fact) -> Number | None:
    """The value to draw: a single positive value of a fact that is not a change."""
    if fact.trend is not None or fact.value is None:
        return None
    if fact.low is not None and fact.high is not None and fact.low != fact.high:
        return None  # a range, whatever `value` says
    return fact.value if fact.value > 0 else None


def _clean(text: str) -> str:
    """Plain one-line text that XML can carry: no control characters, no non-characters."""
    kept = "".join(
        " " if ch.isspace() else ch
        for ch in text
        if ch.isspace() or unicodedata.category(ch) not in ("Cc", "Cs", "Cn")
    )
    return " ".join(kept.split())


def _label(fact: Fact) -> str:
    return _clean(fact.entity or "") or _clean(fact.surface)


def _bar(fact: Fact, value: Number, people: bool, disputed: frozenset[str]) -> Bar:
    text = _people_text(fact, value) if people else _money_text(fact, value)
    if fact.modality != "reported":
        text = f"{text} · {fact.modality.replace('_', ' ')}"  # "· forecast", "· estimate"
    if fact.id in disputed:
        text = f"{text} · disputed"
    return Bar(
        label=_label(fact), value=value, text=text, fact=fact.id, sources=tuple(fact.sources)
    )


def _money_bars(facts: Iterable[Fact], disputed: frozenset[str]) -> dict[str, list[Bar]]:
    """Money facts' bars by currency code."""
    found: dict[str, list[Bar]] = {}
    for fact in facts:
        value = _amount(fact)
        if fact.kind == "money" and fact.currency and value is not None:
            found.setdefault(fact.currency, []).append(_bar(fact, value, False, disputed))
    return found


def _people_bars(facts: Iterable[Fact], disputed: frozenset[str]) -> dict[str, list[Bar]]:
    """Bars of counts of people, by counted noun (its singular, as the unit is)."""
    found: dict[str, list[Bar]] = {}
    for fact in facts:
        value = _amount(fact)
        if value is not None and value > 1 and counts_people(fact) and fact.unit:
            found.setdefault(fact.unit, []).append(_bar(fact, value, True, disputed))
    return found


def _wholes(facts: Sequence[Fact]) -> set[str]:
    """The ids of facts a sentence says include others: "a $95 billion package that includes
    $61 billion for Ukraine"."""
    found: set[str] = set()
    said: dict[tuple[str, str], list[tuple[Mention, Fact]]] = {}
    for fact in facts:
        for m in fact.citations:
            said.setdefault((m.source, m.sentence), []).append((m, fact))
    for (_, sentence), mentions in said.items():
        for m, whole in mentions:
            for n, part in mentions:
                if part.id == whole.id or n.at[0] <= m.at[1] or part.kind != whole.kind:
                    continue
                if (whole.value or 0) <= (part.value or 0):
                    continue
                between = sentence[m.at[1] : n.at[0]].lower()
                if any(re.search(rf"\b{re.escape(cue)}\b", between) for cue in cl.INCLUSION_CUES):
                    found.add(whole.id)
    return found


def _distinct_labels(bars: Sequence[Bar], facts: dict[str, Fact]) -> list[Bar]:
    """The bars with no label twice: a repeated label gets what tells the bars apart (the
    speaker, else the period); when nothing does, only the first (the largest) is kept."""
    out = list(bars)
    for tell in (_speaker_of, _period_of):
        counts = Counter(b.label for b in out)
        out = [
            replace(b, label=f"{b.label} ({tell(facts[b.fact])})")
            if counts[b.label] > 1 and tell(facts[b.fact])
            else b
            for b in out
        ]
    kept: list[Bar] = []
    for bar in sorted(out, key=lambda b: -b.value):
        if all(k.label != bar.label for k in kept):
            kept.append(bar)
    order = {id(b): i for i, b in enumerate(out)}
    return sorted(kept, key=lambda b: order[id(b)])


def _speaker_of(fact: Fact) -> str:
    return "; ".join(fact.attributions)


def _period_of(fact: Fact) -> str:
    return fact.period or " ".join((fact.period_surface or "").split())


def _chosen(bars: Sequence[Bar]) -> tuple[tuple[Bar, ...], int]:
    """The largest :data:`MAX_BARS` bars, largest first, and how many were left out."""
    ranked = sorted(bars, key=lambda b: -b.value)  # stable: ties keep the sheet's order
    return tuple(ranked[:MAX_BARS]), max(0, len(ranked) - MAX_BARS)


def _slug(code: str) -> str:
    """A currency code as a file-name part: ``"USD"`` → ``"usd"``, other runs → ``"-"``."""
    return re.sub(r"[^a-z0-9]+", "-", code.lower()).strip("-") or "other"


def _series(sheet: FactSheet) -> list[tuple[str, str, list[Bar]]]:
    """(name, title, bars) of every chart the sheet deserves, money by currency, then counts
    of people by what they count."""
    disputed = frozenset(i for d in sheet.discrepancies for i in d.facts)
    wholes = _wholes(sheet.facts)
    facts = [f for f in sheet.facts if f.id not in wholes]
    by_id = {f.id: f for f in facts}
    found = [
        (f"money-{_slug(code)}", f"Money ({code})", bars)
        for code, bars in sorted(_money_bars(facts, disputed).items())
    ]
    for unit, bars in _people_bars(facts, disputed).items():
        noun = plural(unit)
        found.append((f"people-{_slug(noun)}", f"Counts of {noun}", bars))
    kept = []
    for name, title, bars in found:
        bars = _distinct_labels(bars, by_id)
        if len(bars) >= MIN_BARS and len({b.value for b in bars}) >= MIN_BARS:
            kept.append((name, title, bars))
    return kept


# --------------------------------------------------------------------------------------------
# Layout and SVG
# --------------------------------------------------------------------------------------------


def _cut(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1].rstrip() + "…"


def _px(x: float) -> float | int:
    """Coordinates to one decimal, integers without ``.0`` (stable text)."""
    rounded = round(float(x), 1)
    return int(rounded) if rounded.is_integer() else rounded


def _layout(
    title: str, bars: Sequence[Bar], omitted: int, sources: Sequence[str] = ()
) -> dict[str, object]:
    """The template context: every position computed here, the template only writes it."""
    label_width = CHAR_WIDTH * max(len(_cut(b.label)) for b in bars)
    text_width = CHAR_WIDTH * max(len(b.text) for b in bars)
    bar_x = MARGIN + label_width + GAP
    span = max(WIDTH - MARGIN - text_width - GAP - bar_x, 0.0)
    top = max(b.value for b in bars)
    rows = []
    for i, bar in enumerate(bars):
        width = max(span * bar.value / top, MIN_BAR_WIDTH)
        y = TOP + i * ROW
        rows.append(
            {
                "label": _cut(bar.label),
                "full": bar.label,
                "text": bar.text,
                "y": _px(y),
                "width": _px(width),
                "text_x": _px(bar_x + width + GAP),
                "baseline": _px(y + BAR_HEIGHT / 2 + FONT_SIZE * 0.35),
            }
        )
    bottom = TOP + len(bars) * ROW
    note = f"{omitted} smaller not shown" if omitted else ""
    said = _sources_line(sources or _sources(bars))
    return {
        "title": title,
        "width": WIDTH,
        "height": _px(
            bottom + (NOTE_HEIGHT if note else 0) + (NOTE_HEIGHT if said else 0) + MARGIN / 2
        ),
        "margin": MARGIN,
        "font_size": FONT_SIZE,
        "title_size": TITLE_SIZE,
        "title_y": _px(MARGIN + TITLE_SIZE),
        "label_x": _px(bar_x - GAP),
        "bar_x": _px(bar_x),
        "bar_height": BAR_HEIGHT,
        "axis_top": _px(TOP - ROW + BAR_HEIGHT + GAP / 2),
        "axis_bottom": _px(bottom - ROW + BAR_HEIGHT + GAP / 2),
        "colour": BAR_COLOUR,
        "bars": rows,
        "note": note,
        "note_y": _px(bottom + FONT_SIZE),
        "sources": said,
        "sources_y": _px(bottom + FONT_SIZE + (NOTE_HEIGHT if note else 0)),
    }


def _sources(bars: Sequence[Bar]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(s for b in bars for s in b.sources))


def _sources_line(found: Sequence[str]) -> str:
    """Where the bars come from: "Source: a.txt", "Sources: a.txt, b.txt"."""
    if not found:
        return ""
    return f"{'Source' if len(found) == 1 else 'Sources'}: {', '.join(found)}"


@functools.cache
def _template() -> jinja2.Template:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)),
        undefined=jinja2.StrictUndefined,
        autoescape=True,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    where = TEMPLATE_DIR / CHART_TEMPLATE
    try:
        return env.get_template(CHART_TEMPLATE)
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(f"{where}: chart template not found") from exc
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(f"{where}, line {exc.lineno}: {exc.message}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(f"{where}: cannot read template: {exc}") from exc


def _svg(title: str, bars: Sequence[Bar], omitted: int, sources: Sequence[str] = ()) -> str:
    return _template().render(_layout(title, bars, omitted, sources)).rstrip() + "\n"


def charts(sheet: FactSheet) -> list[Chart]:
    """The sheet's bar charts, money by currency code first, then counts of people.

    Empty when no group of facts has :data:`MIN_BARS` bars (see the module docstring).
    Raises :class:`~factsheet.errors.TemplateError` when the SVG template is missing.
    """
    found: list[Chart] = []
    order = {s.id: i for i, s in enumerate(sheet.sources)}
    for name, title, bars in _series(sheet):
        drawn, omitted = _chosen(bars)
        said = tuple(sorted(_sources(drawn), key=lambda s: (order.get(s, len(order)), s)))
        found.append(Chart(name, title, drawn, omitted, _svg(title, drawn, omitted, said), said))
    logger.debug("%d charts: %s", len(found), ", ".join(c.name for c in found))
    return found


# --------------------------------------------------------------------------------------------
# Files beside the Markdown
# --------------------------------------------------------------------------------------------


def chart_path(markdown: Path, chart: Chart) -> Path:
    """Where a chart goes: beside the Markdown, ``sheet.md`` → ``sheet.money-usd.svg``."""
    return markdown.with_name(f"{markdown.stem}.{chart.name}.svg")


@dataclass(frozen=True, slots=True)
class ChartFile:
    """A chart to write beside the Markdown: where, what, and the link the Markdown gets."""

    path: Path
    svg: str
    link: ChartLink


def chart_files(sheet: FactSheet, markdown: Path) -> list[ChartFile]:
    """The sheet's charts as files beside ``markdown``, linked by a path relative to it.

    Writes nothing: the caller writes each ``svg`` to its ``path`` and passes the links
    to :func:`~factsheet.render.markdown.render_markdown`.
    """
    found: list[ChartFile] = []
    for chart in charts(sheet):
        path = chart_path(markdown, chart)
        found.append(ChartFile(path, chart.svg, ChartLink(chart.title, path.name, chart.sources)))
    return found
