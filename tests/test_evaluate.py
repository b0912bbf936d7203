"""Tests of factsheet.eval.score: gold loading, matching, normalisation, scoring and the report.

Everything here runs on tiny gold files written to tmp_path and hand-built figures: no
quantulum3, no spaCy. Unit and concept cases are grouped by where they came from:
``*_DEV_GOLD`` pairs are annotations seen in the NewsQuant dev file, ``*_NEW`` are cases
written for this module.
"""

from __future__ import annotations

import doctest
import json
import sys
import types
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

import factsheet.eval.score
from factsheet.errors import FactsheetError, GoldError
from factsheet.eval.score import (
    MEASURES,
    GoldQuantity,
    GoldSentence,
    Report,
    Score,
    change_of,
    concepts_match,
    evaluate,
    format_report,
    load_gold,
    max_matching,
    normalise_unit,
    parse_gold_value,
    quantulum3_baseline,
    units_match,
    values_match,
)
from factsheet.models import Figure


def fig(value: float | None = 1.0, **fields: Any) -> Figure:
    """A hand-built figure: a bare number unless fields say otherwise."""
    low = fields.pop("low", value)
    high = fields.pop("high", value)
    base: dict[str, Any] = {
        "id": "f",
        "source": "test",
        "span": (0, 1),
        "line": 1,
        "surface": str(value),
        "sentence": "s",
        "sentence_span": (0, 1),
        "value": value,
        "low": low,
        "high": high,
        "unit": None,
        "currency": None,
        "kind": "number",
        "qualifier": "exact",
        "trend": None,
        "entity": None,
    }
    base.update(fields)
    return Figure(**base)


def gq(
    value: float | None = 1.0,
    unit: str = "-",
    change: str = "=",
    concepts: tuple[str, ...] = (),
    low: float | None = None,
    high: float | None = None,
) -> GoldQuantity:
    """A hand-built gold quantity; a range when value is None."""
    low = value if low is None else low
    high = value if high is None else high
    assert low is not None and high is not None
    return GoldQuantity(
        value=value, low=low, high=high, unit=unit, change=change, concepts=concepts
    )


def gold_item(
    value: str, unit: str = "-", change: str = "=", concepts: str = "-"
) -> dict[str, str]:
    return {
        "value": value,
        "unit": unit,
        "normalized_unit": unit,
        "change": change,
        "referred_concepts": concepts,
    }


def write_gold(tmp_path: Path, data: object, name: str = "gold.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def fixed(*per_sentence: list[Figure]) -> Any:
    """An extractor that returns the given figures and records the batches it was called with."""
    calls: list[list[str]] = []

    def extractor(sentences: Sequence[str]) -> list[list[Figure]]:
        calls.append(list(sentences))
        return [list(figures) for figures in per_sentence]

    extractor.calls = calls  # type: ignore[attr-defined]
    return extractor


# ---------------------------------------------------------------------------------------------
# Gold loading

ValueCase = tuple[object, tuple[float | None, float, float]]

EXAMPLES_VALUES_DEV_GOLD: list[ValueCase] = [
    ("16000.0", (16000.0, 16000.0, 16000.0)),
    ("1", (1.0, 1.0, 1.0)),
    ("-5.0", (-5.0, -5.0, -5.0)),
    ("-387", (-387.0, -387.0, -387.0)),
    ("4.1E-06", (4.1e-06, 4.1e-06, 4.1e-06)),
    ("0.3333333333333333", (1 / 3, 1 / 3, 1 / 3)),
    ("100-1000", (None, 100.0, 1000.0)),
    ("3.0 - 4.0", (None, 3.0, 4.0)),
    ("36040.0-34935.0", (None, 34935.0, 36040.0)),
]
EXAMPLES_VALUES_NEW: list[ValueCase] = [
    ("-3--1", (None, -3.0, -1.0)),
    ("-10-5", (None, -10.0, 5.0)),
    ("1,500", (1500.0, 1500.0, 1500.0)),
    (42, (42.0, 42.0, 42.0)),
]


@pytest.mark.parametrize(
    ("raw", "expected"),
    EXAMPLES_VALUES_DEV_GOLD + EXAMPLES_VALUES_NEW,
    ids=[str(raw) for raw, _ in EXAMPLES_VALUES_DEV_GOLD + EXAMPLES_VALUES_NEW],
)
def test_parse_gold_value(raw: object, expected: tuple[float | None, float, float]) -> None:
    assert parse_gold_value(raw) == pytest.approx(expected)


@pytest.mark.parametrize("raw", ["", "abc", "1-2-3", "nan", None, True, [1]])
def test_parse_gold_value_rejects(raw: object) -> None:
    with pytest.raises(ValueError):
        parse_gold_value(raw)


def test_load_gold_reads_newsquant_format(tmp_path: Path) -> None:
    path = write_gold(
        tmp_path,
        [
            {
                "text": "Prices rose 7% to $1,500 for 4-5 days.",
                "quantities": [
                    gold_item("7.0", "percentage", "up", "Prices"),
                    gold_item("1500.0", "dollar", "=", "price, typical home"),
                    gold_item("4-5", "day"),
                ],
            },
            {"text": "Nothing here.", "quantities": []},
        ],
    )
    gold = load_gold(str(path))
    assert gold == [
        GoldSentence(
            "Prices rose 7% to $1,500 for 4-5 days.",
            (
                GoldQuantity(7.0, 7.0, 7.0, "percentage", "up", ("Prices",)),
                GoldQuantity(1500.0, 1500.0, 1500.0, "dollar", "=", ("price", "typical home")),
                GoldQuantity(None, 4.0, 5.0, "day", "=", ()),
            ),
        ),
        GoldSentence("Nothing here.", ()),
    ]


BAD_GOLD = [
    pytest.param("{not json", "is not JSON", id="bad-json"),
    pytest.param(json.dumps({"text": "x"}), "expected a list", id="not-a-list"),
    pytest.param(json.dumps([["x"]]), "sentence 0", id="sentence-not-object"),
    pytest.param(json.dumps([{"text": "x"}]), "'quantities' must be a list", id="no-quantities"),
    pytest.param(
        json.dumps([{"text": "x", "quantities": [{"value": "1", "change": "="}]}]),
        "missing normalized_unit",
        id="missing-key",
    ),
    pytest.param(
        json.dumps([{"text": "x", "quantities": [gold_item("1", change="up-ish")]}]),
        "change 'up-ish' is not one of",
        id="bad-change",
    ),
    pytest.param(
        json.dumps([{"text": "x", "quantities": [gold_item("one")]}]),
        "sentence 0 quantity 0",
        id="bad-value",
    ),
]


@pytest.mark.parametrize(("content", "message"), BAD_GOLD)
def test_load_gold_errors_name_the_file(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "broken.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldError) as info:
        load_gold(path)
    text = str(info.value)
    assert str(path) in text
    assert message in text
    assert "\n" not in text


def test_load_gold_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "absent.json"
    with pytest.raises(GoldError, match=r"gold file not found: .*absent\.json"):
        load_gold(path)


def test_gold_error_is_a_factsheet_error(tmp_path: Path) -> None:
    with pytest.raises(FactsheetError):
        load_gold(tmp_path / "absent.json")


def test_bad_change_message_lists_valid_choices(tmp_path: Path) -> None:
    path = write_gold(tmp_path, [{"text": "x", "quantities": [gold_item("1", change="?")]}])
    with pytest.raises(GoldError, match=r"<, =, >, down, up, ~"):
        load_gold(path)


# ---------------------------------------------------------------------------------------------
# Values


@pytest.mark.parametrize(
    ("gold", "figure", "expected"),
    [
        pytest.param(gq(100000.0), fig(100000.5), True, id="rel-5e-6-equal"),
        pytest.param(gq(100.0), fig(100.01), False, id="rel-1e-4-differs"),
        pytest.param(gq(0.0), fig(0), True, id="zero"),
        pytest.param(gq(0.0), fig(1e-6), False, id="zero-vs-tiny"),
        pytest.param(gq(0.3333333333333333), fig(0.33333333), True, id="third-as-fraction"),
        pytest.param(gq(0.3333333333333333), fig(0.333), False, id="third-rounded"),
        pytest.param(gq(-5.0), fig(-5), True, id="negative"),
        pytest.param(gq(-5.0), fig(5), False, id="sign-matters"),
        pytest.param(gq(7.0, "percentage"), fig(7, unit="percentage"), True, id="percent-as-7"),
    ],
)
def test_value_tolerance(gold: GoldQuantity, figure: Figure, expected: bool) -> None:
    assert values_match(gold, figure) is expected


@pytest.mark.parametrize(
    ("gold", "figure", "expected"),
    [
        pytest.param(gq(None, low=100, high=1000), fig(None, low=100, high=1000), True, id="same"),
        pytest.param(gq(None, low=100, high=1000), fig(None, low=1000, high=100), True, id="rev"),
        pytest.param(gq(None, low=100, high=1000), fig(None, low=100, high=999), False, id="end"),
        pytest.param(gq(None, low=100, high=1000), fig(550), False, id="midpoint-is-not-range"),
        pytest.param(gq(None, low=100, high=1000), fig(100), False, id="single-low-end"),
        pytest.param(gq(100.0), fig(None, low=100, high=1000), False, id="single-vs-range"),
        pytest.param(gq(100.0), fig(None, low=None, high=None), False, id="unparsed-figure"),
        pytest.param(gq(None, low=-3, high=-1), fig(None, low=-3, high=-1), True, id="negative"),
    ],
)
def test_ranges(gold: GoldQuantity, figure: Figure, expected: bool) -> None:
    assert values_match(gold, figure) is expected


# ---------------------------------------------------------------------------------------------
# Matching


def test_max_matching_beats_greedy() -> None:
    # Left 0 may take right 0 or 1, left 1 only right 0: greedy 0->0 leaves left 1 unmatched.
    assert max_matching([[0, 1], [0]], 2) == {0: 1, 1: 0}


def test_max_matching_needs_a_long_augmenting_path() -> None:
    adjacency = [[0, 1], [0, 2], [1], [2, 3]]
    matching = max_matching(adjacency, 4)
    assert len(matching) == 4
    assert len(set(matching.values())) == 4
    assert all(right in adjacency[left] for left, right in matching.items())


def test_max_matching_empty() -> None:
    assert max_matching([], 3) == {}
    assert max_matching([[], []], 0) == {}


def test_value_concept_matching_is_maximum_not_greedy() -> None:
    # Both gold quantities are 5. "oil price" fits either prediction, "oil" only the first:
    # pairing the first gold with the first prediction (greedy) would score 1, not 2.
    gold = [GoldSentence("s", (gq(5.0, concepts=("oil price",)), gq(5.0, concepts=("oil",))))]
    report = evaluate(gold, fixed([fig(5, entity="oil"), fig(5, entity="price")]))
    assert report.scores["value+concept"] == Score(tp=2, fp=0, fn=0)


def test_matching_is_one_to_one() -> None:
    gold = [GoldSentence("s", (gq(5.0), gq(5.0)))]
    report = evaluate(gold, fixed([fig(5)]))
    assert report.scores["value"] == Score(tp=1, fp=0, fn=1)
    report = evaluate([GoldSentence("s", (gq(5.0),))], fixed([fig(5), fig(5)]))
    assert report.scores["value"] == Score(tp=1, fp=1, fn=0)


def test_matching_stays_within_a_sentence() -> None:
    gold = [GoldSentence("a", (gq(5.0),)), GoldSentence("b", ())]
    report = evaluate(gold, fixed([], [fig(5)]))
    assert report.scores["value"] == Score(tp=0, fp=1, fn=1)


# ---------------------------------------------------------------------------------------------
# Units

UnitCase = tuple[str, dict[str, Any], bool]

EXAMPLES_UNITS_DEV_GOLD: list[UnitCase] = [
    # (gold normalized_unit, figure fields, expected)
    ("percentage", {"unit": "percentage", "kind": "percent"}, True),
    ("percentage", {"unit": "per cent", "kind": "measure"}, True),
    ("percentage", {"unit": "percent", "kind": "percent"}, True),
    ("percentage", {"unit": "%", "kind": "percent"}, True),
    ("percentage", {"unit": None, "kind": "percent"}, True),
    ("dollar", {"unit": None, "currency": "USD", "kind": "money"}, True),
    ("dollar", {"unit": "united states dollar", "kind": "money"}, True),
    ("japanese yen", {"unit": None, "currency": "JPY", "kind": "money"}, True),
    ("malaysian ringgit", {"unit": None, "currency": "MYR", "kind": "money"}, True),
    ("pound sterling", {"unit": "pound sterling", "currency": "GBP", "kind": "money"}, True),
    ("australian dollar", {"unit": None, "currency": "USD", "kind": "money"}, False),
    ("dollar per year", {"unit": "dollar per year", "currency": "USD", "kind": "money"}, True),
    ("dollar per year", {"unit": None, "currency": "USD", "kind": "money"}, False),
    ("cent", {"unit": "cent", "currency": "USD", "kind": "money"}, True),
    ("sen", {"unit": "sen", "currency": "MYR", "kind": "money"}, True),
    ("year of age", {"unit": "year", "kind": "age"}, True),
    ("year of age", {"unit": None, "kind": "age"}, True),
    ("year of age", {"unit": "year", "kind": "duration"}, False),
    ("month of age", {"unit": "month", "kind": "age"}, True),
    ("people", {"unit": "person", "kind": "count"}, True),
    ("people", {"unit": "people", "kind": "count"}, True),
    ("job cut", {"unit": "job cut", "kind": "count"}, True),
    ("job cut", {"unit": "cuts", "kind": "count"}, True),
    ("Kia Hyundai vehicle", {"unit": "vehicle", "kind": "count"}, True),
    ("kid", {"unit": "kids", "kind": "count"}, True),
    ("child", {"unit": "children", "kind": "count"}, True),
    ("count", {"unit": "times", "kind": "count"}, True),
    ("station", {"unit": "stations", "kind": "count"}, True),
    ("station", {"unit": "station", "kind": "number"}, False),
    ("kilometre", {"unit": "kilometer", "kind": "measure"}, True),
    ("litre", {"unit": "liters", "kind": "measure"}, True),
    ("mile per hour", {"unit": "miles per hour", "kind": "measure"}, True),
    ("celsius", {"unit": "degree Celsius", "kind": "measure"}, True),
    ("fahrenheit", {"unit": "degree fahrenheit", "kind": "measure"}, True),
    ("degree", {"unit": "degree angle", "kind": "measure"}, True),
    ("inch", {"unit": "inches", "kind": "measure"}, True),
    ("foot", {"unit": "feet", "kind": "measure"}, True),
    ("mile", {"unit": "kilometre", "kind": "measure"}, False),
    ("-", {"unit": None, "kind": "number"}, True),
    ("-", {"unit": "dimensionless", "kind": "measure"}, True),
    ("-", {"unit": "people", "kind": "number"}, True),
    ("-", {"unit": "dollar", "currency": "USD", "kind": "money"}, False),
    ("-", {"unit": "people", "kind": "count"}, False),
    ("% -", {"unit": None, "kind": "number"}, True),
    ("% condo", {"unit": None, "kind": "number"}, True),
    ("% -", {"unit": "percentage", "kind": "percent"}, False),
]
EXAMPLES_UNITS_NEW: list[UnitCase] = [
    ("", {"unit": None, "kind": "number"}, True),
    ("hong kong dollar", {"unit": None, "currency": "hkd", "kind": "money"}, True),
    ("shekel per year", {"unit": "shekel per year", "currency": "ILS", "kind": "money"}, True),
    ("percentage per year", {"unit": "per cent per year", "kind": "measure"}, True),
    ("centimetre", {"unit": "centimeters", "kind": "measure"}, True),
]


def _unit_id(case: UnitCase) -> str:
    gold, fields, expected = case
    ours = "/".join(str(v) for v in fields.values())
    return f"{gold or 'empty'}{'==' if expected else '!='}{ours}"


@pytest.mark.parametrize(
    ("gold", "fields", "expected"),
    EXAMPLES_UNITS_DEV_GOLD + EXAMPLES_UNITS_NEW,
    ids=[_unit_id(case) for case in EXAMPLES_UNITS_DEV_GOLD + EXAMPLES_UNITS_NEW],
)
def test_units_match(gold: str, fields: dict[str, Any], expected: bool) -> None:
    assert units_match(gold, fig(1, **fields)) is expected


@pytest.mark.parametrize(
    ("unit", "kwargs", "expected"),
    [
        ("per cent", {}, "percentage"),
        ("%", {}, "percentage"),
        ("Percent", {}, "percentage"),
        ("-", {}, ""),
        (None, {}, ""),
        ("% -", {}, "fraction"),
        ("% US population", {}, "fraction"),
        ("kilometers per hour", {}, "kilometre per hour"),
        ("millimeters", {}, "millimetre"),
        ("miles", {}, "mile"),
        ("celsius", {}, "celsius"),
        ("hertz", {}, "hertz"),
        (None, {"kind": "money", "currency": "EUR"}, "euro"),
        ("dollar", {"kind": "money", "currency": "CAD"}, "canadian dollar"),
        (None, {"kind": "money", "currency": "XYZ"}, "xyz"),
        ("year", {"kind": "age"}, "year of age"),
        ("Kia and Hyundai vehicles", {"kind": "count"}, "vehicle"),
        ("dollar", {"kind": "number"}, ""),
    ],
)
def test_normalise_unit(unit: str | None, kwargs: dict[str, str], expected: str) -> None:
    assert normalise_unit(unit, **kwargs) == expected


def test_value_unit_measure_uses_normalisation() -> None:
    gold = [GoldSentence("s", (gq(7.0, "percentage"), gq(5.0, "japanese yen")))]
    figures = [
        fig(7, unit="per cent", kind="percent"),
        fig(5, currency="JPY", kind="money"),
    ]
    report = evaluate(gold, fixed(figures))
    assert report.scores["value+unit"] == Score(tp=2, fp=0, fn=0)


# ---------------------------------------------------------------------------------------------
# Change


@pytest.mark.parametrize(
    ("trend", "qualifier", "expected"),
    [
        (None, "exact", "="),
        (None, "approximate", "~"),
        (None, "at_least", ">"),
        (None, "more_than", ">"),
        (None, "at_most", "<"),
        (None, "less_than", "<"),
        ("up", "exact", "up"),
        ("down", "exact", "down"),
        ("up", "approximate", "up"),
        ("down", "more_than", "down"),
    ],
)
def test_change_of(trend: str | None, qualifier: str, expected: str) -> None:
    assert change_of(fig(1, trend=trend, qualifier=qualifier)) == expected


def test_value_change_measure() -> None:
    gold = [GoldSentence("s", (gq(3.0, change="up"), gq(4.0, change=">"), gq(5.0)))]
    figures = [fig(3, trend="up"), fig(4, qualifier="at_least"), fig(5, qualifier="approximate")]
    report = evaluate(gold, fixed(figures))
    assert report.scores["value+change"] == Score(tp=2, fp=1, fn=1)


# ---------------------------------------------------------------------------------------------
# Concepts

ConceptCase = tuple[tuple[str, ...], dict[str, Any], bool]

EXAMPLES_CONCEPTS_DEV_GOLD: list[ConceptCase] = [
    (("cost new bicycle",), {"entity": "the cost of a new bicycle"}, True),
    (("price typical home",), {"entity": "homes"}, True),
    (("Dow Jones Industrial Average",), {"entity": "the Dow Jones"}, True),
    (("revenue guidance", "Apple"), {"entity": "Apple"}, True),
    (("Bitcoin",), {"entity": "the stock"}, False),
    (("Bitcoin",), {"entity": None}, False),
    ((), {"entity": None}, True),
    ((), {"entity": ""}, True),
    ((), {"entity": "kids", "unit": "kid", "kind": "count"}, True),
    ((), {"entity": "Apple"}, False),
]
EXAMPLES_CONCEPTS_NEW: list[ConceptCase] = [
    (("the",), {"entity": None}, True),  # only stopwords: treated as no concept
    (("of the month",), {"entity": "the start of the month"}, True),
    (("model 3 sedans",), {"entity": "3 cars"}, False),  # numbers are not content words
    (("companies",), {"entity": "company"}, True),
]


@pytest.mark.parametrize(
    ("concepts", "fields", "expected"),
    EXAMPLES_CONCEPTS_DEV_GOLD + EXAMPLES_CONCEPTS_NEW,
    ids=[
        f"{'|'.join(c) or '-'}{'==' if e else '!='}{f.get('entity')}"
        for c, f, e in EXAMPLES_CONCEPTS_DEV_GOLD + EXAMPLES_CONCEPTS_NEW
    ],
)
def test_concepts_match(concepts: tuple[str, ...], fields: dict[str, Any], expected: bool) -> None:
    assert concepts_match(concepts, fig(1, **fields)) is expected


# ---------------------------------------------------------------------------------------------
# Scoring


@pytest.mark.parametrize("kind", ["date", "time", "ordinal"])
def test_unscored_kinds_are_dropped(kind: str) -> None:
    gold = [GoldSentence("In 2019, the 2nd of 3 at 10.", (gq(3.0),))]
    report = evaluate(gold, fixed([fig(2019, kind=kind), fig(3)]))
    assert report.scores["value"] == Score(tp=1, fp=0, fn=0)
    assert report.n_predicted == 1


def test_unscored_kind_cannot_match_gold() -> None:
    gold = [GoldSentence("s", (gq(2019.0),))]
    report = evaluate(gold, fixed([fig(2019, kind="date")]))
    assert report.scores["value"] == Score(tp=0, fp=0, fn=1)


def test_score_percentages() -> None:
    score = Score(tp=3, fp=1, fn=2)
    assert score.precision == pytest.approx(75.0)
    assert score.recall == pytest.approx(60.0)
    assert score.f1 == pytest.approx(2 * 75 * 60 / 135)
    empty = Score()
    assert (empty.precision, empty.recall, empty.f1) == (0.0, 0.0, 0.0)


def test_evaluate_end_to_end(tmp_path: Path) -> None:
    path = write_gold(
        tmp_path,
        [
            {
                "text": "Sales rose 7% to $1,500.",
                "quantities": [
                    gold_item("7", "percentage", "up", "Sales"),
                    gold_item("1500.0", "dollar", "=", "Sales"),
                ],
            },
            {
                "text": "About 300 residents left.",
                "quantities": [gold_item("300", "resident", "~")],
            },
        ],
    )
    gold = load_gold(path)
    extractor = fixed(
        [
            fig(7, unit="percentage", kind="percent", trend="up", entity="sales"),
            fig(1500, currency="USD", kind="money", entity="price"),
            fig(2024, kind="date"),
        ],
        [fig(300, unit="resident", kind="count", qualifier="exact"), fig(2)],
    )
    report = evaluate(gold, extractor)
    assert extractor.calls == [["Sales rose 7% to $1,500.", "About 300 residents left."]]
    assert (report.n_sentences, report.n_gold, report.n_predicted) == (2, 3, 4)
    assert report.scores == {
        "value": Score(tp=3, fp=1, fn=0),
        "value+unit": Score(tp=3, fp=1, fn=0),
        "value+change": Score(tp=2, fp=2, fn=1),
        "value+concept": Score(tp=2, fp=2, fn=1),
    }
    assert [e.index for e in report.errors] == [0, 1]
    assert [m.aspects for m in report.errors[0].mismatched] == [("concept",)]
    assert report.errors[1].false[0].value == 2


def test_evaluate_rejects_wrong_batch_length() -> None:
    with pytest.raises(ValueError, match="1 figure lists for 2 sentences"):
        evaluate([GoldSentence("a", ()), GoldSentence("b", ())], fixed([]))


# ---------------------------------------------------------------------------------------------
# Report


def _report(tp: int, fp: int, fn: int) -> Report:
    report = Report(n_sentences=2, n_gold=tp + fn)
    report.scores = {m: Score(tp, fp, fn) for m in MEASURES}
    return report


def test_format_report_side_by_side() -> None:
    text = format_report({"factsheet": _report(3, 1, 2), "quantulum3": _report(1, 1, 4)})
    lines = text.splitlines()
    assert lines[0].startswith("2 sentences, 5 gold quantities")
    assert "factsheet" in text and "quantulum3" in text
    for measure in MEASURES:
        row = next(line for line in lines if line.split()[:1] == [measure])
        # factsheet: P 75.0, R 60.0, F1 66.7; quantulum3: P 50.0, R 20.0, F1 28.6
        assert row.split()[1:] == ["75.0", "60.0", "66.7", "50.0", "20.0", "28.6"]
    assert "Errors" not in text


def test_format_report_lists_errors_of_first_system() -> None:
    gold = [
        GoldSentence(
            "Sales rose 7% to $5.",
            (gq(7.0, "percentage", "up", ("Sales",)), gq(5.0, "dollar", concepts=("Sales",))),
        )
    ]
    first = evaluate(gold, fixed([fig(7, unit="percentage", kind="percent"), fig(9)]))
    second = evaluate(gold, fixed([fig(8, surface="eight")]))
    text = format_report({"factsheet": first, "quantulum3": second}, show_errors=True)
    assert "Errors of factsheet (1 sentences)" in text
    assert "[0] Sales rose 7% to $5." in text
    assert "missed:   5 dollar [=] concept: Sales" in text
    assert 'false:    "9" 9 (no unit) (number)' in text
    assert "wrong change/concept" in text
    assert "eight" not in text


def test_format_report_empty() -> None:
    assert format_report({}) == "no systems to report\n"


# ---------------------------------------------------------------------------------------------
# quantulum3 baseline (with a stand-in for factsheet.grammar.candidates.quantulum3_parse)


def _quantity(
    surface: str, span: tuple[int, int], value: float, unit: str, entity: str, unc: float | None
) -> SimpleNamespace:
    return SimpleNamespace(
        surface=surface,
        span=span,
        value=value,
        uncertainty=unc,
        unit=SimpleNamespace(name=unit, entity=SimpleNamespace(name=entity)),
    )


def test_quantulum3_baseline(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed = {
        "It costs $5, 7% more, 3 to 5 km and 12 things.": [
            _quantity("$5", (9, 11), 5.0, "dollar", "currency", None),
            _quantity("7%", (13, 15), 7.0, "percentage", "dimensionless", None),
            _quantity("3 to 5 km", (22, 31), 4.0, "kilometre", "length", 1.0),
            _quantity("12", (36, 38), 12.0, "dimensionless", "dimensionless", None),
        ],
        "Nothing.": [],
    }
    stand_in = types.ModuleType("factsheet.grammar.candidates")
    stand_in.quantulum3_parse = lambda text: parsed[text]  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "factsheet.grammar.candidates", stand_in)

    figures = quantulum3_baseline(list(parsed))
    assert [len(f) for f in figures] == [4, 0]
    money, percent, measure, number = figures[0]
    assert (money.kind, money.unit, money.value, money.currency) == ("money", "dollar", 5.0, None)
    assert (percent.kind, percent.unit) == ("percent", "percentage")
    assert (measure.kind, measure.qualifier, measure.low, measure.high) == (
        "measure",
        "approximate",
        4.0,
        4.0,
    )
    assert (number.kind, number.unit, number.qualifier) == ("number", None, "exact")
    assert number.span == (36, 38) and number.surface == "12"
    assert all(f.trend is None and f.entity is None for f in figures[0])
    assert len({f.id for f in figures[0]}) == 4


def test_doctests() -> None:
    result = doctest.testmod(factsheet.eval.score)
    assert result.attempted > 0
    assert result.failed == 0
