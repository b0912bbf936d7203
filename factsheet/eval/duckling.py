"""Pass rates on Duckling's English corpus: one phrase, one quantity.

Reads the table ``../shared/benchmarks/duckling_en.json`` (rows of ``text``, ``dimension``,
``value``, ``low``, ``high``, ``bound``, ``unit``; see its README) and an
:data:`~factsheet.eval.score.Extractor`. Adds a :class:`DucklingReport` per part of the table (the
same tuning / check split as :func:`factsheet.eval.score.part_of`) and per dimension.

A phrase **passes on value** when one of the figures found in it has the row's number: its
value, or the ends of its range for a "between" row, or the value of a bound for an "above" /
"under" row; a figure in another unit of the same dimension passes when it converts to the
row's number ("1/2 h" is 30 minutes). It **passes on value+unit** when that figure also has the
row's unit: the currency (any dollar for Duckling's unnamed "Dollar", a cent for "Cent"), the
unit of length, volume, mass, duration or temperature (any temperature for a bare "Degree"),
and no unit at all for a numeral. Dates, times and ordinals are never the figure.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factsheet import _lexicon as lx
from factsheet.errors import GoldError
from factsheet.eval.score import PARTS, Extractor, normalise_unit, part_of, scored
from factsheet.models import Figure

# Duckling's unit names → (our unit, how many base units of its dimension one of it is).
# Bases: metre, litre, gram, second; temperatures and currencies are not converted.
UNITS: Mapping[str, tuple[str, float]] = {
    "Centimetre": ("centimetre", 0.01),
    "Foot": ("foot", 0.3048),
    "Inch": ("inch", 0.0254),
    "Kilometre": ("kilometre", 1000.0),
    "Metre": ("metre", 1.0),
    "Mile": ("mile", 1609.344),
    "Millimetre": ("millimetre", 0.001),
    "Gallon": ("gallon", 3.785411784),
    "Hectolitre": ("hectolitre", 100.0),
    "Litre": ("litre", 1.0),
    "Millilitre": ("millilitre", 0.001),
    "Cup": ("cup", 0.2365882365),
    "Gram": ("gram", 1.0),
    "Ounce": ("ounce", 28.349523125),
    "Second": ("second", 1.0),
    "Minute": ("minute", 60.0),
    "Hour": ("hour", 3600.0),
    "Day": ("day", 86400.0),
    "Week": ("week", 604800.0),
    "Month": ("month", 2629746.0),
    "Quarter": ("quarter", 7889238.0),
    "Year": ("year", 31556952.0),
    "Celsius": ("degree celsius", 1.0),
    "Fahrenheit": ("degree fahrenheit", 1.0),
}
"""Duckling's names for units → our unit name (after ``normalise_unit``) and its size."""

_DIMENSION_BASES: Mapping[str, frozenset[str]] = {
    "distance": frozenset({"centimetre", "foot", "inch", "kilometre", "metre", "mile",
                           "millimetre", "yard"}),
    "volume": frozenset({"gallon", "hectolitre", "litre", "millilitre", "cup"}),
    "quantity": frozenset({"gram", "ounce", "pound", "kilogram", "cup", "milligram"}),
    "duration": frozenset({"second", "minute", "hour", "day", "week", "month", "quarter",
                           "year"}),
}  # fmt: skip
_SIZES: Mapping[str, float] = {
    **{normalise_unit(unit): size for unit, size in UNITS.values()},
    "yard": 0.9144,
    "kilogram": 1000.0,
    "pound": 453.59237,
    "milligram": 0.001,
}
_TEMPERATURES = frozenset(
    normalise_unit(u) for u in ("degree celsius", "degree fahrenheit", "degree")
)
_ANY_DOLLAR = "Dollar"


@dataclass(frozen=True)
class DucklingRow:
    """One phrase of the corpus with the quantity Duckling reads in it."""

    text: str
    dimension: str
    value: float | None
    low: float | None
    high: float | None
    bound: str | None
    unit: str | None


def load_duckling(path: str | Path) -> list[DucklingRow]:
    """Read the corpus table; GoldError (one line, naming the file) when it is not one."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [
            DucklingRow(
                text=str(row["text"]),
                dimension=str(row["dimension"]),
                value=_number(row.get("value")),
                low=_number(row.get("low")),
                high=_number(row.get("high")),
                bound=row.get("bound"),
                unit=row.get("unit"),
            )
            for row in data
        ]
    except (OSError, UnicodeDecodeError) as err:
        raise GoldError(f"cannot read Duckling table {path}: {err}") from None
    except (ValueError, TypeError, KeyError) as err:
        raise GoldError(f"{path} is not a Duckling table: {err}") from None


def is_duckling_file(path: str | Path) -> bool:
    """Whether the file holds the Duckling table (JSON rows with a ``dimension``), not
    NewsQuant gold; False for anything unreadable, which ``load_gold`` then reports."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return False
    return (
        isinstance(data, list)
        and bool(data)
        and isinstance(data[0], dict)
        and "dimension" in data[0]
    )


def _number(raw: object) -> float | None:
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        raise ValueError(f"not a number: {raw!r}")
    return float(raw)


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-3, abs_tol=1e-9)


def _targets(row: DucklingRow) -> tuple[float, ...]:
    """The numbers a figure must show: one value, or the two ends of a range."""
    if row.value is not None:
        return (row.value,)
    ends = tuple(v for v in (row.low, row.high) if v is not None)
    return ends


def _numbers(fig: Figure) -> tuple[float, ...]:
    if fig.value is not None:
        return (float(fig.value),)
    return tuple(float(v) for v in (fig.low, fig.high) if v is not None)


def _unit_of(fig: Figure) -> str:
    return normalise_unit(fig.unit, kind=fig.kind if fig.kind != "count" else None)


def _in_row_unit(fig: Figure, row: DucklingRow) -> tuple[float, ...]:
    """The figure's numbers converted into the row's unit, when both are units of one
    dimension with a size; else as they are."""
    numbers = _numbers(fig)
    if row.unit is None or row.unit not in UNITS:
        return numbers
    target, size = UNITS[row.unit]
    target = normalise_unit(target)
    ours = _unit_of(fig)
    bases = _DIMENSION_BASES.get(row.dimension, frozenset())
    if ours == target or ours not in bases or ours not in _SIZES:
        return numbers
    return tuple(n * _SIZES[ours] / size for n in numbers)


def _value_ok(fig: Figure, row: DucklingRow) -> bool:
    targets = sorted(_targets(row))
    if not targets:
        return False
    for numbers in {_numbers(fig), _in_row_unit(fig, row)}:
        if len(numbers) == len(targets) and all(
            _close(a, b) for a, b in zip(sorted(numbers), targets, strict=True)
        ):
            return True
        if len(targets) == 1 and len(set(numbers)) == 1 and _close(numbers[0], targets[0]):
            return True  # a range given as equal ends
    return False


def _unit_ok(fig: Figure, row: DucklingRow) -> bool:
    if row.dimension == "numeral":
        return fig.kind == "number" or fig.unit is None
    if row.dimension == "amount-of-money":
        if fig.kind != "money":
            return False
        if row.unit == "Cent":
            return (fig.unit or "").lower() in ("cent", "cents")
        if row.unit == _ANY_DOLLAR or row.unit == "Unnamed":
            return fig.currency in lx.DOLLAR_CODES or row.unit == "Unnamed"
        if row.unit in ("Pound",):
            return fig.currency in lx.POUND_CODES
        if row.unit in ("Dinar", "Rial", "Riyal"):
            return (fig.unit or "").lower().endswith(row.unit.lower())
        return fig.currency == row.unit
    if row.unit == "Degree":
        return _unit_of(fig) in _TEMPERATURES
    if row.unit == "Unnamed":
        return True
    if row.unit == "Pound" and row.dimension == "quantity":
        return _unit_of(fig) in ("pound", "pound-mass")
    if row.unit == "M":
        return _unit_of(fig) in ("metre", "mile")
    if row.unit is None or row.unit not in UNITS:
        return False
    ours = _unit_of(fig)
    return ours == normalise_unit(UNITS[row.unit][0]) or (
        ours in _DIMENSION_BASES.get(row.dimension, frozenset()) and ours in _SIZES
    )


@dataclass
class Tally:
    """Phrases seen and passed, on value and on value+unit."""

    rows: int = 0
    value: int = 0
    unit: int = 0

    def rate(self, passed: int) -> float:
        return 100.0 * passed / self.rows if self.rows else 0.0


@dataclass
class DucklingReport:
    """Pass rates of one part of the corpus, overall and by dimension; the failures of the
    tuning part (a row and what was found in it)."""

    total: Tally = field(default_factory=Tally)
    dimensions: dict[str, Tally] = field(default_factory=dict)
    failures: list[tuple[DucklingRow, list[Figure]]] = field(default_factory=list)


def passes(row: DucklingRow, figures: Sequence[Figure]) -> tuple[bool, bool]:
    """Whether the figures pass the row on value, and on value+unit."""
    found = scored(figures)
    on_value = [f for f in found if _value_ok(f, row)]
    return bool(on_value), any(_unit_ok(f, row) for f in on_value)


def evaluate_duckling(
    rows: Sequence[DucklingRow], extractor: Extractor
) -> dict[str, DucklingReport]:
    """Pass rates for the whole table (``"all"``) and each of its :data:`PARTS`, from one run
    of ``extractor`` over every phrase. Failures are kept for the tuning part only."""
    predictions = extractor([row.text for row in rows])
    reports = {name: DucklingReport() for name in ("all", *PARTS)}
    for row, figures in zip(rows, predictions, strict=True):
        part = part_of(row.text)
        on_value, on_unit = passes(row, figures)
        for name in ("all", part):
            report = reports[name]
            for tally in (report.total, report.dimensions.setdefault(row.dimension, Tally())):
                tally.rows += 1
                tally.value += on_value
                tally.unit += on_unit
        if part == "tuning" and not on_unit:
            reports[part].failures.append((row, list(figures)))
    return reports


def format_duckling(reports: Mapping[str, DucklingReport]) -> str:
    """Pass rates in percent, value / value+unit, one column per part, one row per dimension."""
    names = list(reports)
    dims = sorted({d for r in reports.values() for d in r.dimensions})
    lines = ["Duckling corpus: phrases passed, value / value+unit (percent)", ""]
    lines.append(f"{'dimension':<17}" + "".join(f"{n:>19}" for n in names))

    def cell(tally: Tally | None) -> str:
        if tally is None or not tally.rows:
            return f"{'-':>19}"
        text = f"{tally.rate(tally.value):5.1f} / {tally.rate(tally.unit):5.1f} ({tally.rows})"
        return f"{text:>19}"

    for dim in dims:
        lines.append(f"{dim:<17}" + "".join(cell(reports[n].dimensions.get(dim)) for n in names))
    lines.append(f"{'all':<17}" + "".join(cell(reports[n].total) for n in names))
    return "\n".join(lines) + "\n"


def format_failures(report: DucklingReport) -> str:
    """The phrases a report's part did not pass on value+unit, with what was found in each."""
    lines = ["", f"Phrases not passed on value+unit ({len(report.failures)}):"]
    for row, figures in report.failures:
        want = row.value if row.value is not None else f"{row.low}..{row.high}"
        found = "; ".join(
            f"{f.surface!r} {f.value if f.value is not None else (f.low, f.high)} {f.kind}"
            f" {f.unit or ''} {f.currency or ''}".rstrip()
            for f in figures
        )
        lines.append(f"  {row.dimension} {row.unit} {want} | {row.text!r} -> {found or '-'}")
    return "\n".join(lines) + "\n"
