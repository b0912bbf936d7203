"""Precision, recall and F1 against gold files in the NewsQuant format.

Reads: a gold file (a JSON list of ``{"text", "quantities": [{"value", "unit",
"normalized_unit", "change", "referred_concepts"}]}``) and an :data:`Extractor` that turns a
batch of sentences into :class:`~factsheet.models.Figure` lists.
Adds: a :class:`Report` per system, with one :class:`Score` per measure and the errors of
each sentence; :func:`format_report` renders reports side by side as plain text.

Scoring, measure by measure (``value``, ``value+unit``, ``value+change``, ``value+concept``):

* Figures of kind ``date``, ``time`` and ``ordinal`` are dropped first: NewsQuant does not
  annotate them.
* Within a sentence, gold quantities and predicted figures are paired one-to-one by a maximum
  bipartite matching, computed separately for each measure. ``tp`` is the size of the
  matching, ``fp`` the scored predictions left over, ``fn`` the gold quantities left over.
* Values are equal within a relative tolerance of 1e-5. A gold range ("100-1000") matches a
  predicted range whose ends equal both of its ends; a single gold value matches only a
  single predicted value. Ends are compared in sorted order, so the gold "36040.0-34935.0"
  (written for "from $52,800 to $49,100") equals a predicted 49,100-52,800.
* Units are compared after :func:`normalise_unit` (see there). A gold unit "-" means no unit;
  it matches a prediction with no unit or of kind ``number``. A gold unit "% X" ("% -",
  "% condo", "% Germans": NewsQuant's mark for a fraction of a group, with the value
  written as a fraction, 0.5 for "half the condos") normalises to ``fraction``; it matches a
  prediction with no unit (the value already carries the fraction) and never ``percentage``,
  whose values are on a 0-100 scale. A predicted count (a counted noun) matches a gold unit
  whose head word (last word, singular) is the same noun: "job cut" matches a count of "cuts".
* Change is mapped from our fields by :func:`change_of`.
* Concepts: a gold quantity with concepts matches when a content word of any gold concept (or
  its singular) occurs among the words of our ``entity``. A gold concept "-" means none; it
  matches a prediction that names no concept either: ``entity`` is empty, or every content
  word of it is a word of the figure's own unit ("2 kids" with entity "kids" names nothing
  beyond what is counted).
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol, cast

from factsheet import _lexicon as lx
from factsheet.errors import GoldError
from factsheet.models import Figure, Kind, Qualifier
from factsheet.nlp.inflect import singular

logger = logging.getLogger(__name__)

Part = Literal["tuning", "check"]

Extractor = Callable[[Sequence[str]], list[list[Figure]]]
"""A batch of sentences in, the figures of each sentence out (same length, same order)."""

MEASURES: tuple[str, ...] = ("value", "value+unit", "value+change", "value+concept")
"""The measures scored, in the order they are reported."""

CHANGES: frozenset[str] = frozenset({"=", "~", ">", "<", "up", "down"})
"""The NewsQuant change labels."""

UNSCORED_KINDS: frozenset[str] = frozenset({"date", "time", "ordinal"})
"""Figure kinds NewsQuant does not annotate; they are dropped before scoring."""

NO_UNIT = ""
FRACTION = "fraction"
REL_TOL = 1e-5
ABS_TOL = 1e-9

# ---------------------------------------------------------------------------------------------
# Data tables. Currencies come from the registry in ``_lexicon`` (``CURRENCIES``): a currency
# compares by the name quantulum3 gives it ("dollar", "japanese yen"), as NewsQuant writes it,
# and a sub-unit ("84 cents", "18 sen") keeps its own name.

CURRENCY_NAMES: Mapping[str, str] = lx.CURRENCY_NAMES
"""ISO 4217 code -> the currency name quantulum3 (and NewsQuant) use."""

MINOR_CURRENCY_UNITS: frozenset[str] = lx.CURRENCY_SUBUNIT_NAMES | {"pence"}
"""Sub-units that NewsQuant keeps as the unit ("62.5 cents" -> cent), not the currency name."""

UNIT_ALIASES: Mapping[str, str] = {
    "%": "percentage",
    "percent": "percentage",
    "per cent": "percentage",
    "pct": "percentage",
    "united states dollar": "dollar",
    "us dollar": "dollar",
    "american dollar": "dollar",
    "degree celsius": "celsius",
    "degree fahrenheit": "fahrenheit",
    "degree angle": "degree",
    "dimensionless": NO_UNIT,
    "unk": NO_UNIT,
    "-": NO_UNIT,
    "person": "people",
    "pence": "penny",
    "metric ton": "tonne",
    "time": "count",
    "fold": "count",
}
"""Whole-unit synonyms, applied to each side of a "per" after lowercasing and singularising."""

AMERICAN_TO_BRITISH: Mapping[str, str] = {"meter": "metre", "liter": "litre"}
"""Word endings spelt the American way -> quantulum3's British spelling (kilometer -> kilometre)."""


STOPWORDS: frozenset[str] = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "and",
        "or",
        "but",
        "as",
        "its",
        "it",
        "this",
        "that",
        "these",
        "those",
        "their",
        "his",
        "her",
        "our",
        "your",
        "my",
        "be",
        "is",
        "are",
        "was",
        "were",
        "been",
        "has",
        "have",
        "had",
        "per",
        "than",
        "about",
        "over",
        "under",
        "some",
        "each",
        "all",
        "more",
        "less",
        "which",
        "who",
        "what",
        "s",
    }
)
"""Words that never count as the content word of a concept."""

# ---------------------------------------------------------------------------------------------
# Gold data


@dataclass(frozen=True)
class GoldQuantity:
    """One annotated quantity. ``value`` is None for a range; ``low <= high`` always."""

    value: float | None
    low: float
    high: float
    unit: str
    change: str
    concepts: tuple[str, ...]


@dataclass(frozen=True)
class GoldSentence:
    """One annotated sentence."""

    text: str
    quantities: tuple[GoldQuantity, ...]


_NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
_RANGE_RE = re.compile(rf"^\s*({_NUMBER})\s*(?:-|–|—|to)\s*({_NUMBER})\s*$")


def parse_gold_value(raw: object) -> tuple[float | None, float, float]:
    """Parse a NewsQuant value into ``(value, low, high)``; ``value`` is None for a range.

    >>> parse_gold_value("16000.0")
    (16000.0, 16000.0, 16000.0)
    >>> parse_gold_value("-5.0")
    (-5.0, -5.0, -5.0)
    >>> parse_gold_value("36040.0-34935.0")
    (None, 34935.0, 36040.0)
    >>> parse_gold_value("-3--1")
    (None, -3.0, -1.0)

    Raises ValueError when ``raw`` is neither a number nor a "low-high" range.
    """
    if isinstance(raw, bool):
        raise ValueError(f"not a number: {raw!r}")
    if isinstance(raw, int | float):
        number = float(raw)
        return number, number, number
    if not isinstance(raw, str):
        raise ValueError(f"not a number: {raw!r}")
    text = raw.replace(",", "").strip()
    try:
        number = float(text)
    except ValueError:
        pass
    else:
        if math.isfinite(number):
            return number, number, number
        raise ValueError(f"not a finite number: {raw!r}")
    match = _RANGE_RE.match(text)
    if match is None:
        raise ValueError(f"neither a number nor a 'low-high' range: {raw!r}")
    first, second = float(match.group(1)), float(match.group(2))
    return None, min(first, second), max(first, second)


def _split_concepts(raw: str) -> tuple[str, ...]:
    parts = (part.strip() for part in raw.split(","))
    return tuple(part for part in parts if part and part != "-")


def _gold_quantity(item: object, where: str) -> GoldQuantity:
    if not isinstance(item, dict):
        raise ValueError(f"{where}: a quantity must be an object, got {type(item).__name__}")
    missing = [key for key in ("value", "normalized_unit", "change") if key not in item]
    if missing:
        raise ValueError(f"{where}: missing {', '.join(missing)}")
    try:
        value, low, high = parse_gold_value(item["value"])
    except ValueError as err:
        raise ValueError(f"{where}: {err}") from None
    unit = item["normalized_unit"]
    change = item["change"]
    concepts = item.get("referred_concepts", "-")
    if not isinstance(unit, str) or not isinstance(concepts, str):
        raise ValueError(f"{where}: normalized_unit and referred_concepts must be strings")
    if change not in CHANGES:
        valid = ", ".join(sorted(CHANGES))
        raise ValueError(f"{where}: change {change!r} is not one of {valid}")
    return GoldQuantity(
        value=value,
        low=low,
        high=high,
        unit=unit.strip(),
        change=change,
        concepts=_split_concepts(concepts),
    )


def _gold_sentence(item: object, where: str) -> GoldSentence:
    if not isinstance(item, dict):
        raise ValueError(f"{where}: a sentence must be an object, got {type(item).__name__}")
    text = item.get("text")
    quantities = item.get("quantities")
    if not isinstance(text, str):
        raise ValueError(f"{where}: 'text' must be a string")
    if not isinstance(quantities, list):
        raise ValueError(f"{where}: 'quantities' must be a list")
    return GoldSentence(
        text=text,
        quantities=tuple(
            _gold_quantity(quantity, f"{where} quantity {number}")
            for number, quantity in enumerate(quantities)
        ),
    )


def load_gold(path: str | Path) -> list[GoldSentence]:
    """Read a NewsQuant gold file.

    Raises GoldError, with a one-line message naming the file, when it is missing,
    unreadable, not JSON or not a list of annotated sentences.
    """
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GoldError(f"gold file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as err:
        raise GoldError(f"cannot read gold file {path}: {err}") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as err:
        raise GoldError(f"gold file {path} is not JSON: {err.msg} at line {err.lineno}") from None
    if not isinstance(data, list):
        raise GoldError(
            f"gold file {path} is not in the NewsQuant format: expected a list of "
            f"{{'text', 'quantities'}} objects, got {type(data).__name__}"
        )
    try:
        gold = [_gold_sentence(item, f"sentence {index}") for index, item in enumerate(data)]
    except ValueError as err:
        raise GoldError(f"gold file {path} is not in the NewsQuant format: {err}") from None
    logger.debug("read %d gold sentences from %s", len(gold), path)
    return gold


# ---------------------------------------------------------------------------------------------
# Normalisation


def _british(word: str) -> str:
    for american, british in AMERICAN_TO_BRITISH.items():
        if word.endswith(american):
            return word[: -len(american)] + british
    return word


def _normalise_simple(unit: str) -> str:
    """Normalise a unit without "per": lowercase words, singular, British, aliases."""
    text = " ".join(unit.lower().split())
    if text in UNIT_ALIASES:
        return UNIT_ALIASES[text]
    words = [_british(singular(word)) for word in text.split(" ")]
    text = " ".join(words)
    return UNIT_ALIASES.get(text, text)


def _normalise_text(unit: str) -> str:
    text = " ".join(unit.strip().split())
    if not text:
        return NO_UNIT
    if text.startswith("%") and text != "%":
        return FRACTION
    lowered = re.sub(r"\bper[ -]?cent\b", "percent", text.lower())
    parts = [_normalise_simple(part) for part in lowered.split(" per ")]
    if any(part == NO_UNIT for part in parts):
        return NO_UNIT if len(parts) == 1 else " per ".join(p for p in parts if p)
    return " per ".join(parts)


def head_word(unit: str) -> str:
    """The head of a counted noun phrase: its last word, singular and lowercase.

    >>> head_word("Kia Hyundai vehicles")
    'vehicle'
    """
    words = re.findall(r"[\w'-]+", unit.lower())
    if not words:
        return NO_UNIT
    return UNIT_ALIASES.get(singular(words[-1]), singular(words[-1]))


def normalise_unit(
    unit: str | None, *, kind: str | None = None, currency: str | None = None
) -> str:
    """The comparable form of a unit, for gold (``kind=None``) and predictions alike.

    Lowercase and singular, British spellings as quantulum3 writes them, "percent",
    "per cent" and "%" as ``percentage``; no unit ("-", "dimensionless") as ``""``; gold
    fractions of a group ("% -", "% condo") as ``fraction``. For predictions: kind ``number``
    has no unit; an ISO ``currency`` is compared by its quantulum3 name (sub-units such as
    cent and sen stay themselves); kind ``age`` is "year of age" (or "month of age", "week of
    age"); kind ``count`` is the head word of the counted noun.

    >>> normalise_unit("per cent")
    'percentage'
    >>> normalise_unit("kilometers per hour")
    'kilometre per hour'
    >>> normalise_unit(None, kind="money", currency="JPY")
    'japanese yen'
    >>> normalise_unit("year", kind="age")
    'year of age'
    >>> normalise_unit("job cuts", kind="count")
    'cut'
    """
    if kind == "number":
        return NO_UNIT
    if kind == "age":
        text = (unit or "").lower()
        for span in ("month", "week", "day"):
            if span in text:
                return f"{span} of age"
        return "year of age"
    if kind == "count":
        return head_word(unit) if unit else NO_UNIT
    if kind == "percent" and not unit:
        return "percentage"
    normalised = _normalise_text(unit) if unit else NO_UNIT
    if currency:
        name = CURRENCY_NAMES.get(currency.upper(), currency.lower())
        first, _, rate = normalised.partition(" per ")
        if first in MINOR_CURRENCY_UNITS or UNIT_ALIASES.get(first) in MINOR_CURRENCY_UNITS:
            return normalised
        return f"{name} per {rate}" if rate else name
    return normalised


def _figure_unit(fig: Figure) -> str:
    return normalise_unit(fig.unit, kind=fig.kind, currency=fig.currency)


def units_match(gold_unit: str, fig: Figure) -> bool:
    """Whether a gold ``normalized_unit`` and a figure's unit are the same after normalisation."""
    gold = normalise_unit(gold_unit)
    ours = _figure_unit(fig)
    if gold == ours:
        return True
    if gold == FRACTION:
        return ours == NO_UNIT
    return fig.kind == "count" and gold != NO_UNIT and head_word(gold) == ours


def change_of(fig: Figure) -> str:
    """The NewsQuant change label of a figure.

    The trend comes first (``up``, ``down``), then the qualifier: approximate is ``~``,
    at_least and more_than are ``>``, at_most and less_than are ``<``, exact is ``=``.
    """
    if fig.trend is not None:
        return fig.trend
    return _QUALIFIER_CHANGES[fig.qualifier]


_QUALIFIER_CHANGES: Mapping[Qualifier, str] = {
    "exact": "=",
    "approximate": "~",
    "at_least": ">",
    "more_than": ">",
    "at_most": "<",
    "less_than": "<",
}


def content_words(text: str | None) -> frozenset[str]:
    """Lowercase, singular words of ``text`` that are not stopwords or bare numbers.

    >>> sorted(content_words("the cost of a new bicycle"))
    ['bicycle', 'cost', 'new']
    """
    if not text:
        return frozenset()
    words = re.findall(r"[a-z0-9]+", text.lower())
    return frozenset(
        singular(word)
        for word in words
        if word not in STOPWORDS and not word.isdigit() and len(word) > 1
    )


def concepts_match(concepts: Sequence[str], fig: Figure) -> bool:
    """Whether a figure's entity names one of the gold concepts (or, for none, names none)."""
    ours = content_words(fig.entity)
    gold = {word for concept in concepts for word in content_words(concept)}
    if not gold:
        return not (ours - content_words(fig.unit))
    return bool(gold & ours)


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=ABS_TOL)


def values_match(gold: GoldQuantity, fig: Figure) -> bool:
    """Whether a figure has the gold value: the same single value, or the same range ends."""
    fig_is_range = fig.value is None or (
        fig.low is not None and fig.high is not None and not _close(fig.low, fig.high)
    )
    if gold.value is not None:
        return not fig_is_range and fig.value is not None and _close(gold.value, fig.value)
    if not fig_is_range or fig.low is None or fig.high is None:
        return False
    low, high = sorted((fig.low, fig.high))
    return _close(gold.low, low) and _close(gold.high, high)


# ---------------------------------------------------------------------------------------------
# Matching and scoring


def max_matching(adjacency: Sequence[Sequence[int]], n_right: int) -> dict[int, int]:
    """A maximum bipartite matching by augmenting paths (Kuhn's algorithm).

    ``adjacency[i]`` lists the right-hand vertices left vertex ``i`` may pair with. Returns
    ``{left: right}``. Sentences hold a handful of quantities, so O(V·E) is plenty.

    >>> max_matching([[0, 1], [0]], 2)  # greedy 0->0 would leave 1 unmatched
    {0: 1, 1: 0}
    """
    right_to_left: dict[int, int] = {}

    def augment(left: int, seen: set[int]) -> bool:
        for right in adjacency[left]:
            if right in seen or right >= n_right:
                continue
            seen.add(right)
            if right not in right_to_left or augment(right_to_left[right], seen):
                right_to_left[right] = left
                return True
        return False

    for left in range(len(adjacency)):
        augment(left, set())
    return {left: right for right, left in sorted(right_to_left.items(), key=lambda p: p[1])}


@dataclass
class Score:
    """Counts for one measure; precision, recall and F1 in percent (0-100)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        predicted = self.tp + self.fp
        return 100.0 * self.tp / predicted if predicted else 0.0

    @property
    def recall(self) -> float:
        gold = self.tp + self.fn
        return 100.0 * self.tp / gold if gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Mismatch:
    """A gold quantity and the figure paired with it on value, with the aspects that differ."""

    gold: GoldQuantity
    figure: Figure
    aspects: tuple[str, ...]


@dataclass(frozen=True)
class SentenceErrors:
    """What went wrong in one sentence, as seen by the value matching."""

    index: int
    text: str
    missed: tuple[GoldQuantity, ...]
    false: tuple[Figure, ...]
    mismatched: tuple[Mismatch, ...]


@dataclass
class Report:
    """The scores of one system over a gold file."""

    scores: dict[str, Score] = field(default_factory=lambda: {m: Score() for m in MEASURES})
    errors: list[SentenceErrors] = field(default_factory=list)
    n_sentences: int = 0
    n_gold: int = 0

    @property
    def n_predicted(self) -> int:
        """Figures scored (dates, times and ordinals excluded)."""
        value = self.scores["value"]
        return value.tp + value.fp


def scored(figures: Iterable[Figure]) -> list[Figure]:
    """The figures that are scored: all but dates, times and ordinals."""
    return [fig for fig in figures if fig.kind not in UNSCORED_KINDS]


_Edge = Callable[[GoldQuantity, Figure], bool]

_EDGES: Mapping[str, _Edge] = {
    "value": values_match,
    "value+unit": lambda g, f: values_match(g, f) and units_match(g.unit, f),
    "value+change": lambda g, f: values_match(g, f) and g.change == change_of(f),
    "value+concept": lambda g, f: values_match(g, f) and concepts_match(g.concepts, f),
}


def _match(gold: Sequence[GoldQuantity], figures: Sequence[Figure], edge: _Edge) -> dict[int, int]:
    adjacency = [[j for j, fig in enumerate(figures) if edge(g, fig)] for g in gold]
    return max_matching(adjacency, len(figures))


def _sentence_errors(
    index: int, sentence: GoldSentence, figures: Sequence[Figure], pairs: Mapping[int, int]
) -> SentenceErrors | None:
    matched = set(pairs.values())
    missed = tuple(q for i, q in enumerate(sentence.quantities) if i not in pairs)
    false = tuple(fig for j, fig in enumerate(figures) if j not in matched)
    mismatched = []
    for i, j in sorted(pairs.items()):
        gold, fig = sentence.quantities[i], figures[j]
        aspects = tuple(
            aspect
            for aspect, ok in (
                ("unit", units_match(gold.unit, fig)),
                ("change", gold.change == change_of(fig)),
                ("concept", concepts_match(gold.concepts, fig)),
            )
            if not ok
        )
        if aspects:
            mismatched.append(Mismatch(gold, fig, aspects))
    if not (missed or false or mismatched):
        return None
    return SentenceErrors(index, sentence.text, missed, false, tuple(mismatched))


def evaluate(gold: Sequence[GoldSentence], extractor: Extractor) -> Report:
    """Run ``extractor`` on every gold sentence (one batch) and score it on each measure."""
    return score(gold, _predict(gold, extractor))


def _predict(gold: Sequence[GoldSentence], extractor: Extractor) -> list[list[Figure]]:
    predictions = extractor([sentence.text for sentence in gold])
    if len(predictions) != len(gold):
        raise ValueError(
            f"the extractor returned {len(predictions)} figure lists for {len(gold)} sentences"
        )
    return predictions


PARTS: tuple[Part, ...] = ("tuning", "check")
"""The two parts of a gold file: errors are read on the tuning part only; the check part is
only ever scored, so that a rule written from the tuning part's errors shows whether it holds
on sentences it was not written from."""

_SPLIT_SALT = b"factsheet: tuning or check\0"


def part_of(text: str) -> Part:
    """The part a gold sentence belongs to, by a salted hash of its text: one third ``check``,
    two thirds ``tuning``, the same on every machine and in every run.

    >>> part_of("Sales rose 7% to $1,500."), part_of("About 300 residents left.")
    ('tuning', 'check')
    """
    digest = hashlib.sha256(_SPLIT_SALT + text.encode("utf-8")).digest()
    return "check" if int.from_bytes(digest[:8], "big") % 3 == 0 else "tuning"


def evaluate_parts(gold: Sequence[GoldSentence], extractor: Extractor) -> dict[str, Report]:
    """The scores on the whole gold file and on each of its :data:`PARTS`, from one run of
    ``extractor``: ``{"all": ..., "tuning": ..., "check": ...}``. The errors of the check part
    are not kept."""
    predictions = _predict(gold, extractor)
    reports = {"all": score(gold, predictions)}
    for part in PARTS:
        pairs = [(g, p) for g, p in zip(gold, predictions, strict=True) if part_of(g.text) == part]
        reports[part] = score([g for g, _ in pairs], [p for _, p in pairs])
    reports["all"].errors = [e for e in reports["all"].errors if part_of(e.text) == "tuning"]
    reports["check"].errors = []
    return reports


def score(gold: Sequence[GoldSentence], predictions: Sequence[Sequence[Figure]]) -> Report:
    """Score the figures predicted for each gold sentence (same length, same order)."""
    report = Report(n_sentences=len(gold))
    for index, (sentence, predicted) in enumerate(zip(gold, predictions, strict=True)):
        figures = scored(predicted)
        report.n_gold += len(sentence.quantities)
        for measure, edge in _EDGES.items():
            pairs = _match(sentence.quantities, figures, edge)
            score = report.scores[measure]
            score.tp += len(pairs)
            score.fp += len(figures) - len(pairs)
            score.fn += len(sentence.quantities) - len(pairs)
            if measure == "value":
                errors = _sentence_errors(index, sentence, figures, pairs)
                if errors is not None:
                    report.errors.append(errors)
    logger.debug(
        "scored %d sentences: %s",
        report.n_sentences,
        ", ".join(f"{m} F1 {s.f1:.1f}" for m, s in report.scores.items()),
    )
    return report


# ---------------------------------------------------------------------------------------------
# Output


def _number(value: float) -> str:
    return f"{value:g}"


def describe_gold(quantity: GoldQuantity) -> str:
    """A one-line rendering of a gold quantity, for error listings."""
    value = (
        _number(quantity.value)
        if quantity.value is not None
        else f"{_number(quantity.low)}-{_number(quantity.high)}"
    )
    unit = quantity.unit if quantity.unit not in ("", "-") else "(no unit)"
    concepts = "; ".join(quantity.concepts) or "-"
    return f"{value} {unit} [{quantity.change}] concept: {concepts}"


def describe_figure(fig: Figure) -> str:
    """A one-line rendering of a predicted figure, for error listings."""
    if fig.value is not None:
        value = _number(fig.value)
    elif fig.low is not None and fig.high is not None:
        value = f"{_number(fig.low)}-{_number(fig.high)}"
    else:
        value = "?"
    unit = _figure_unit(fig) or "(no unit)"
    entity = fig.entity or "-"
    return f'"{fig.surface}" {value} {unit} ({fig.kind}) [{change_of(fig)}] entity: {entity}'


def _table(reports: Mapping[str, Report]) -> list[str]:
    label = max(len(text) for text in (*MEASURES, "figures scored"))
    group = 3 * 7  # three right-aligned columns of width 7 per system
    names = list(reports)
    width = max(group, *(len(name) for name in names))
    lines = [
        " " * label + "".join(f"   {name:>{width}}" for name in names),
        f"{'measure':<{label}}" + "".join(f"   {'P':>7}{'R':>7}{'F1':>7}" for _ in names),
    ]
    for measure in MEASURES:
        cells = []
        for name in names:
            s = reports[name].scores[measure]
            cells.append(f"   {s.precision:7.1f}{s.recall:7.1f}{s.f1:7.1f}".rjust(width + 3))
        lines.append(f"{measure:<{label}}" + "".join(cells))
    counts = "".join(f"   {reports[name].n_predicted:>{width}}" for name in names)
    lines.append(f"{'figures scored':<{label}}" + counts)
    return lines


def _errors(name: str, report: Report) -> list[str]:
    lines = [f"Errors of {name} ({len(report.errors)} sentences), paired on value:"]
    for errors in report.errors:
        lines.append("")
        lines.append(f"[{errors.index}] {errors.text}")
        lines.extend(f"  missed:   {describe_gold(q)}" for q in errors.missed)
        lines.extend(f"  false:    {describe_figure(fig)}" for fig in errors.false)
        for mismatch in errors.mismatched:
            lines.append(f"  wrong {'/'.join(mismatch.aspects)}:")
            lines.append(f"     gold: {describe_gold(mismatch.gold)}")
            lines.append(f"     ours: {describe_figure(mismatch.figure)}")
    return lines


def format_report(reports: Mapping[str, Report], *, show_errors: bool = False) -> str:
    """A plain-text table of P/R/F1 (percent) per measure, systems side by side.

    With ``show_errors``, the misses, false figures and wrong units, changes or concepts of
    the first system follow, sentence by sentence.
    """
    if not reports:
        return "no systems to report\n"
    first_name, first = next(iter(reports.items()))
    lines = [
        f"{first.n_sentences} sentences, {first.n_gold} gold quantities "
        "(precision, recall and F1 in percent)",
        "",
        *_table(reports),
    ]
    if show_errors:
        lines.extend(["", *_errors(first_name, first)])
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------
# quantulum3 baseline


class _Entity(Protocol):
    name: str


class _Unit(Protocol):
    name: str
    entity: _Entity


class _Quantity(Protocol):
    surface: str
    span: tuple[int, int]
    value: float
    uncertainty: float | None
    unit: _Unit


def _quantity_figure(quantity: _Quantity, index: int, text: str) -> Figure:
    unit: str | None = quantity.unit.name
    if unit in ("dimensionless", "unk"):
        unit = None
    kind: Kind
    if quantity.unit.entity.name == "currency":
        kind = "money"
    elif unit == "percentage":
        kind = "percent"
    elif unit is not None:
        kind = "measure"
    else:
        kind = "number"
    source = f"sentence-{index}"
    start, end = quantity.span
    digest = hashlib.sha1(f"{source}:{start}:{end}:{quantity.surface}".encode()).hexdigest()
    value = float(quantity.value)
    return Figure(
        id=digest[:12],
        source=source,
        span=(start, end),
        line=1,
        surface=quantity.surface,
        sentence=text,
        sentence_span=(0, len(text)),
        value=value,
        low=value,
        high=value,
        unit=unit,
        currency=None,
        kind=kind,
        qualifier="approximate" if quantity.uncertainty else "exact",
        trend=None,
        entity=None,
    )


def quantulum3_baseline(sentences: Sequence[str]) -> list[list[Figure]]:
    """Raw quantulum3 as an :data:`Extractor`, for a side-by-side baseline.

    Each quantulum3 quantity becomes a figure as it stands: its value (a range becomes its
    midpoint, flagged approximate), its unit name (no unit for "dimensionless"), kind money,
    percent, measure or number, and no currency, trend or entity.
    """
    from factsheet.grammar.units import (
        quantulum3_parse,  # the quantulum3 adapter, loaded when asked
    )

    parse = cast(Callable[[str], list[_Quantity]], quantulum3_parse)
    return [
        [_quantity_figure(quantity, index, text) for quantity in parse(text)]
        for index, text in enumerate(sentences)
    ]
