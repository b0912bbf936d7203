"""Tests of factsheet.eval.duckling (pass rates on Duckling's English corpus) and of the tuning /
check split of factsheet.eval.score. Hand-built figures and rows written for these tests; no
spaCy, no quantulum3."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factsheet.errors import GoldError
from factsheet.eval.duckling import (
    DucklingRow,
    evaluate_duckling,
    format_duckling,
    is_duckling_file,
    load_duckling,
    passes,
)
from factsheet.eval.score import GoldQuantity, GoldSentence, evaluate_parts, part_of
from factsheet.models import Figure


def fig(value: float | None, **fields: Any) -> Figure:
    base: dict[str, Any] = {
        "id": "f", "source": "t", "span": (0, 1), "line": 1, "surface": "x", "sentence": "x",
        "sentence_span": (0, 1), "value": value, "low": fields.pop("low", value),
        "high": fields.pop("high", value), "unit": None, "currency": None, "kind": "number",
        "qualifier": "exact", "trend": None, "entity": None,
    }  # fmt: skip
    base.update(fields)
    return Figure(**base)


def row(dimension: str, unit: str | None, value: float | None = None, **fields: Any) -> DucklingRow:
    return DucklingRow(
        text=fields.pop("text", "x"),
        dimension=dimension,
        value=value,
        low=fields.pop("low", None),
        high=fields.pop("high", None),
        bound=fields.pop("bound", None),
        unit=unit,
    )


# (row, figures found, passes on value, passes on value+unit)
CASES = [
    (row("temperature", "Celsius", 21), [fig(21, kind="measure", unit="degree Celsius")],
     True, True),
    (row("temperature", "Degree", 21), [fig(21, kind="measure", unit="degree fahrenheit")],
     True, True),
    (row("temperature", "Fahrenheit", 21), [fig(21, kind="measure", unit="farad")], True, False),
    # a figure in another unit of the dimension converts: half an hour is 30 minutes
    (row("duration", "Minute", 30), [fig(0.5, kind="duration", unit="hour")], True, True),
    (row("distance", "Metre", 1500), [fig(1.5, kind="measure", unit="kilometre")], True, True),
    (row("volume", "Litre", 2), [fig(2, kind="measure", unit="kilogram")], True, False),
    (row("amount-of-money", "Dollar", 5), [fig(5, kind="money", currency="CAD")], True, True),
    (row("amount-of-money", "EUR", 5), [fig(5, kind="money", currency="USD")], True, False),
    (row("amount-of-money", "Cent", 40), [fig(40, kind="money", currency="USD", unit="cent")],
     True, True),
    (row("amount-of-money", "USD", None, low=10, high=20),
     [fig(None, low=10, high=20, kind="money", currency="USD")], True, True),
    (row("amount-of-money", "USD", None, low=10, high=20),
     [fig(10, kind="money", currency="USD")], False, False),
    (row("numeral", None, 33), [fig(33)], True, True),
    (row("numeral", None, 33), [fig(33, kind="measure", unit="metre")], True, False),
    (row("numeral", None, 33), [fig(None, kind="date", date="2033")], False, False),
    (row("quantity", "Gram", 2), [], False, False),
]  # fmt: skip


@pytest.mark.parametrize(("gold", "found", "on_value", "on_unit"), CASES)
def test_passes(gold: DucklingRow, found: list[Figure], on_value: bool, on_unit: bool) -> None:
    assert passes(gold, found) == (on_value, on_unit)


def test_evaluate_duckling_by_part_and_dimension(tmp_path: Path) -> None:
    rows = [
        row("numeral", None, 3, text="three"),
        row("numeral", None, 4, text="four"),
        row("distance", "Metre", 5, text="five metres"),
    ]
    found = {"three": [fig(3)], "four": [fig(5)], "five metres": [fig(5, unit="metre")]}
    reports = evaluate_duckling(rows, lambda texts: [found[t] for t in texts])
    total = reports["all"].total
    assert (total.rows, total.value, total.unit) == (3, 2, 1)
    assert reports["tuning"].total.rows + reports["check"].total.rows == 3
    assert all(part_of(r.text) == "tuning" for r, _ in reports["tuning"].failures)
    assert reports["check"].failures == []
    text = format_duckling(reports)
    assert "numeral" in text and "distance" in text and "all" in text


def test_load_duckling(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    path.write_text(json.dumps([{"text": "two", "dimension": "numeral", "value": 2}]))
    assert is_duckling_file(path)
    assert load_duckling(path)[0].value == 2.0
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([{"text": "two"}]))
    with pytest.raises(GoldError, match=r"bad\.json"):
        load_duckling(bad)
    news = tmp_path / "news.json"
    news.write_text(json.dumps([{"text": "two", "quantities": []}]))
    assert not is_duckling_file(news) and not is_duckling_file(tmp_path / "missing.json")


def test_part_of_is_a_stable_third() -> None:
    texts = [f"Sentence number {i} of the test." for i in range(600)]
    parts = [part_of(t) for t in texts]
    assert parts == [part_of(t) for t in texts]
    assert 150 < parts.count("check") < 250


def test_evaluate_parts_scores_each_part_from_one_run() -> None:
    texts = [f"It has {i} rooms." for i in range(30)]
    gold = [
        GoldSentence(t, (GoldQuantity(float(i), float(i), float(i), "room", "=", ()),))
        for i, t in enumerate(texts)
    ]
    calls: list[int] = []

    def extractor(batch: list[str]) -> list[list[Figure]]:
        calls.append(len(batch))
        return [[fig(float(i) if i % 2 else -1.0)] for i in range(len(batch))]

    reports = evaluate_parts(gold, extractor)  # type: ignore[arg-type]
    assert calls == [30]
    value = {name: r.scores["value"] for name, r in reports.items()}
    assert value["all"].tp == value["tuning"].tp + value["check"].tp == 15
    assert reports["check"].errors == []
    assert all(part_of(e.text) == "tuning" for e in reports["all"].errors)
