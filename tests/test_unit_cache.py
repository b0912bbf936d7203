"""The unit table kept between runs (:func:`factsheet.grammar.units._table`): the copy read back
is the table built; a copy built from other tables, or damaged, is built anew; a cache folder
that cannot be written, or none, changes nothing but the time."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from factsheet.grammar import units


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv(units.CACHE_VARIABLE, str(tmp_path / "cache"))
    units._table.cache_clear()
    yield tmp_path / "cache"
    units._table.cache_clear()


def _same(a: units._Table, b: units._Table) -> None:
    assert (a.words, a.symbols, a.letters, a.by_name) == (b.words, b.symbols, b.letters, b.by_name)
    assert (a.word_re.pattern, a.word_re.flags) == (b.word_re.pattern, b.word_re.flags)
    assert (a.symbol_re.pattern, a.symbol_re.flags) == (b.symbol_re.pattern, b.symbol_re.flags)


def test_the_copy_read_back_is_the_table_built(folder: Path) -> None:
    built = units._table()
    assert (folder / "units-en_US.json").is_file()
    units._table.cache_clear()
    read = units._read_table(folder / "units-en_US.json", units._table_key("en_US"))
    assert read is not None
    _same(read, built)
    _same(read, units._build_table())
    assert units.unit_after("It flew 12 km.", 8, 10) is not None


def test_a_copy_of_other_tables_is_built_anew(folder: Path) -> None:
    units._table()
    path = folder / "units-en_US.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["key"] = "another"
    data["words"] = {"kilometres": ["gallon", "volume"]}
    path.write_text(json.dumps(data), encoding="utf-8")
    units._table.cache_clear()
    assert units._table().words["kilometres"].name == "kilometre"
    assert json.loads(path.read_text(encoding="utf-8"))["key"] == units._table_key("en_US")


@pytest.mark.parametrize("damage", ["", "{", '{"key": 1}', "[]", "\udcff"], ids=repr)
def test_a_damaged_copy_is_built_anew(folder: Path, damage: str) -> None:
    folder.mkdir(parents=True)
    (folder / "units-en_US.json").write_text(damage, encoding="utf-8", errors="surrogateescape")
    key = units._table_key("en_US")
    assert units._read_table(folder / "units-en_US.json", key) is None
    _same(units._table(), units._build_table())


def test_a_copy_with_a_key_but_no_table_is_built_anew(folder: Path) -> None:
    folder.mkdir(parents=True)
    key = units._table_key("en_US")
    (folder / "units-en_US.json").write_text(json.dumps({"key": key}), encoding="utf-8")
    assert units._read_table(folder / "units-en_US.json", key) is None


def test_a_folder_that_cannot_be_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(units.CACHE_VARIABLE, str(blocked / "cache"))
    units._table.cache_clear()
    try:
        _same(units._table(), units._build_table())
    finally:
        units._table.cache_clear()
    assert blocked.read_text(encoding="utf-8") == "not a folder"


def test_no_cache_when_the_variable_is_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(units.CACHE_VARIABLE, "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert units.cache_folder() is None
    units._table.cache_clear()
    try:
        units._table()
    finally:
        units._table.cache_clear()
    assert list(tmp_path.iterdir()) == []


def test_the_folder_follows_the_xdg_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(units.CACHE_VARIABLE)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert units.cache_folder() == tmp_path / "factsheet"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert units.cache_folder() == tmp_path / ".cache" / "factsheet"
