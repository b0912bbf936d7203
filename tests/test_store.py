"""The SQLite store (issue 14): schema, types, keys, incremental runs, --from-db, Datasette.

The articles are our own, small, written so that figures merge across them (the same harbour
budget in two articles), disagree (two counts of the same crews) and carry dates, a score and a
range.
"""

from __future__ import annotations

import dataclasses
import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, Field

from factsheet.errors import StoreError
from factsheet.models import Figure
from factsheet.output import flat, store
from factsheet.output.store import TABLES, Store
from factsheet.run.pipeline import Extracted

ARTICLES = {
    "a-harbour.txt": (
        "Published: 3 March 2024\n\n"
        "Harbour board approves $18 million dredging plan\n\n"
        "The harbour board approved an $18 million plan to dredge the northern channel on "
        "Tuesday, after a 7-2 vote.\n\n"
        "About 240 crews will work on the channel between 2024 and 2026, the board said.\n\n"
        "The channel was last dredged in May 2019, and traffic rose 12% since then.\n"
    ),
    "b-harbour.txt": (
        "Published: 9 March 2024\n\n"
        "Dredging work to begin in April\n\n"
        "Work on the $18 million plan to dredge the northern channel begins on April 2, "
        "officials said.\n\n"
        "Some 410 crews will work on the channel, the contractor said, and 30 to 45 barges "
        "will carry the silt away.\n"
    ),
    "c-rail.txt": (
        "Published: 11 March 2024\n\n"
        "Rail line reopens\n\n"
        "The coastal rail line reopened last week after repairs that cost $2.5 million, and "
        "1,200 passengers rode it on the first day.\n"
    ),
}


def write_articles(folder: Path, names: Iterator[str] | list[str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names if names is not None else ARTICLES:
        (folder / name).write_text(ARTICLES[name], encoding="utf-8")
    return folder


def dump(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return "\n".join(conn.iterdump())


def by_path(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The derived tables, with source row ids replaced by paths (row ids follow the order the
    sources were added in, which may differ between two stores of the same articles)."""
    with sqlite3.connect(db) as conn:
        facts = conn.execute(
            "SELECT facts.*, sources.path FROM facts "
            "JOIN sources ON sources.id = facts.first_source_id ORDER BY facts.id"
        )
        names = [d[0] for d in facts.description]
        first = names.index("first_source_id")
        found = {"facts": [row[:first] + row[first + 1 :] for row in facts]}
        for table in ("fact_mentions", "discrepancies", "discrepancy_facts", "key_facts"):
            found[table] = sorted(conn.execute(f"SELECT * FROM {table}"), key=repr)
        found["figures"] = sorted(
            conn.execute(
                "SELECT figures.id, figures.fact_id, figures.position, sources.path "
                "FROM figures JOIN sources ON sources.id = figures.source_id"
            )
        )
    return found


@pytest.fixture(scope="module")
def fed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A store of the three articles, fed in one run: (its path, the articles' folder)."""
    root = tmp_path_factory.mktemp("fed")
    folder = write_articles(root / "news")
    db = root / "news.sqlite"
    summary = store.feed(db, [folder])
    assert (summary.sources_new, summary.run) == (3, 1)
    return db, folder


# --- schema, types, keys ---------------------------------------------------------------------


@pytest.mark.slow
def test_tables_have_the_declared_columns_types_and_keys(fed: tuple[Path, Path]) -> None:
    db, _ = fed
    with sqlite3.connect(db) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert set(TABLES) <= names
        for table in TABLES.values():
            info = conn.execute(f"PRAGMA table_info([{table.name}])").fetchall()
            assert [(r[1], r[2]) for r in info] == [(c.name, c.type) for c in table.columns]
            pk = [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5]]
            assert pk == ([table.pk] if isinstance(table.pk, str) else list(table.pk))
            fks = {
                (r[3], r[2], r[4]) for r in conn.execute(f"PRAGMA foreign_key_list([{table.name}])")
            }
            assert fks == set(table.foreign_keys), table.name
            indexed = {
                tuple(c[2] for c in conn.execute(f"PRAGMA index_info([{i[1]}])"))
                for i in conn.execute(f"PRAGMA index_list([{table.name}])")
            }
            assert set(table.indexes) <= indexed, table.name
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA user_version").fetchone() == (2,)


@pytest.mark.slow
def test_every_column_is_described(fed: tuple[Path, Path]) -> None:
    db, _ = fed
    with sqlite3.connect(db) as conn:
        described = conn.execute("SELECT table_name, column_name, description FROM columns")
        rows = {(t, c): d for t, c, d in described}
    expected = {(t.name, c.name) for t in TABLES.values() for c in t.columns}
    assert set(rows) == expected
    assert [k for k, d in rows.items() if len(d) < 10] == []


def test_figure_columns_are_the_model_fields_flat() -> None:
    columns = [c.name for c in TABLES["figures"].columns]
    expected = []
    for name in Figure.model_fields:
        expected += [f"{name}_start", f"{name}_end"] if name.endswith("span") else [name]
    assert columns == [*expected, "source_id", "position", "fact_key"]
    model = {c.name: c.description for c in flat.columns(Figure)}
    assert model["value"] == Figure.model_fields["value"].description
    assert model["span_start"].startswith("Start of: Character offsets")


class _Inner(BaseModel):
    speaker: str | None = Field(default=None, description="Who said it.")
    at: tuple[int, int] = Field(description="Where.")


class _Grown(BaseModel):
    """A model that gained fields (as another branch adds attribution and period)."""

    id: str = Field(description="Id.")
    share: float | None = Field(default=None, description="A share.")
    tags: list[str] = Field(default_factory=list, description="Tags.")
    attribution: _Inner | None = Field(default=None, description="Attribution.")


def test_a_field_added_to_a_model_becomes_columns_with_its_description() -> None:
    cols = flat.columns(_Grown)
    assert [(c.name, c.type, c.description) for c in cols] == [
        ("id", "TEXT", "Id."),
        ("share", "REAL", "A share."),
        ("tags", "TEXT", "Tags."),
        ("attribution_speaker", "TEXT", "Who said it."),
        ("attribution_at_start", "INTEGER", "Start of: Where."),
        ("attribution_at_end", "INTEGER", "End of: Where."),
    ]
    for value in [
        _Grown(id="a", share=0.5, tags=["x"], attribution=_Inner(speaker="Ana", at=(1, 4))),
        _Grown(id="b"),
    ]:
        values = dict(zip([c.name for c in cols], flat.row(value, cols), strict=True))
        assert _Grown.model_validate(flat.unflatten(values, cols)) == value


@pytest.mark.slow
def test_values_are_typed_and_dates_cast(fed: tuple[Path, Path]) -> None:
    db, _ = fed
    with sqlite3.connect(db) as conn:
        kinds = dict(
            conn.execute(
                "SELECT surface, typeof(value) FROM figures WHERE kind IN ('money', 'percent')"
            )
        )
        assert set(kinds.values()) == {"real"}
        assert conn.execute(
            "SELECT DISTINCT typeof(line), typeof(span_start) FROM figures"
        ).fetchall() == [("integer", "integer")]
        dates = conn.execute(
            "SELECT surface, date_start, date_end FROM figures WHERE kind = 'date' "
            "AND date_start IS NOT NULL ORDER BY date_start"
        ).fetchall()
        assert ("May 2019", "2019-05-01", "2019-05-31") in dates
        assert ("April 2", "2024-04-02", "2024-04-02") in dates  # anchored: 9 March 2024
        assert all(
            conn.execute("SELECT date(?) = ? AND date(?) = ?", (s, s, e, e)).fetchone() == (1,)
            for _, s, e in dates
        )
        assert conn.execute(
            "SELECT count(*) FROM figures WHERE kind = 'date' AND value IS NOT NULL"
        ).fetchone() == (0,)
        score = conn.execute(
            "SELECT value, low, high, score_first, score_second FROM figures WHERE kind='score'"
        ).fetchall()
        assert score == [(None, 2.0, 7.0, 7.0, 2.0)]
        assert conn.execute("SELECT count(*) FROM figures WHERE low > high").fetchone() == (0,)
        published = conn.execute("SELECT path, published FROM sources ORDER BY id").fetchall()
        assert published[0][1] == "2024-03-03"


@pytest.mark.slow
def test_facts_merge_across_sources_and_discrepancies_join(fed: tuple[Path, Path]) -> None:
    db, _ = fed
    with sqlite3.connect(db) as conn:
        merged = conn.execute(
            "SELECT n_sources, n_mentions FROM facts WHERE kind = 'money' AND value = 18e6"
        ).fetchall()
        assert merged == [(2, 3)]
        reasons = conn.execute(
            "SELECT discrepancies.reason FROM discrepancies "
            "JOIN discrepancy_facts ON discrepancy_facts.discrepancy_id = discrepancies.id "
            "JOIN facts ON facts.id = discrepancy_facts.fact_id WHERE facts.value = 410"
        ).fetchall()
        assert len(reasons) == 1 and "240" in reasons[0][0] and "410" in reasons[0][0]
        ranked = conn.execute("SELECT rank FROM key_facts ORDER BY rank").fetchall()
        assert [r for (r,) in ranked] == list(range(1, len(ranked) + 1))


# --- incremental -----------------------------------------------------------------------------


@pytest.mark.slow
def test_a_rerun_changes_nothing_byte_for_byte(fed: tuple[Path, Path], tmp_path: Path) -> None:
    db, folder = fed
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(db.read_bytes())
    before = dump(copy)
    summary = store.feed(copy, [folder])
    assert (summary.changed, summary.sources_unchanged) == (False, 3)
    assert dump(copy) == before
    assert copy.read_bytes() == db.read_bytes()


@pytest.mark.slow
def test_changed_and_new_sources(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "news", ["a-harbour.txt", "b-harbour.txt"])
    db = tmp_path / "news.sqlite"
    store.feed(db, [folder])
    with sqlite3.connect(db) as conn:
        ids = dict(conn.execute("SELECT path, id FROM sources"))
        old_a = conn.execute(
            "SELECT figures.id FROM figures JOIN sources ON sources.id = source_id "
            "WHERE path LIKE '%a-harbour.txt'"
        ).fetchall()
    changed = ARTICLES["b-harbour.txt"].replace("Some 410 crews", "Some 250 crews")
    (folder / "b-harbour.txt").write_text(changed, encoding="utf-8")
    write_articles(folder, ["c-rail.txt"])
    summary = store.feed(db, [folder])
    assert (summary.sources_new, summary.sources_changed, summary.sources_unchanged) == (1, 1, 1)
    with sqlite3.connect(db) as conn:
        now = dict(conn.execute("SELECT path, id FROM sources"))
        assert {k: now[k] for k in ids} == ids  # a changed source keeps its id
        counts = set(conn.execute("SELECT value FROM figures WHERE kind = 'count'"))
        assert (250.0,) in counts and (410.0,) not in counts
        assert (
            conn.execute(
                "SELECT figures.id FROM figures JOIN sources ON sources.id = source_id "
                "WHERE path LIKE '%a-harbour.txt'"
            ).fetchall()
            == old_a
        )
        runs = conn.execute(
            "SELECT id, sources_new, sources_changed, sources_unchanged FROM runs"
        ).fetchall()
        assert runs == [(1, 2, 0, 0), (2, 1, 1, 1)]
        # about 240 and about 250 crews agree now: the discrepancy is gone
        assert conn.execute("SELECT count(*) FROM discrepancies").fetchone() == (0,)
    direct = tmp_path / "direct.sqlite"
    store.feed(direct, [folder])
    assert by_path(db) == by_path(direct)


@pytest.mark.slow
def test_fed_one_at_a_time_in_any_order_equals_one_run(
    fed: tuple[Path, Path], tmp_path: Path
) -> None:
    db, folder = fed
    daily = tmp_path / "daily.sqlite"
    for name in ["c-rail.txt", "a-harbour.txt", "b-harbour.txt"]:
        assert store.feed(daily, [folder / name]).sources_new == 1
    assert by_path(daily) == by_path(db)
    assert store.sheet_from_store(daily) == store.sheet_from_store(db)


class _Boom(Exception):
    pass


@pytest.mark.slow
@pytest.mark.parametrize("stage", ["_recompute_discrepancies", "_recompute_key_facts", "_record"])
def test_a_failed_run_leaves_the_store_untouched(
    fed: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stage: str
) -> None:
    db, _ = fed
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(db.read_bytes())
    changed = write_articles(tmp_path / "changed")
    (changed / "c-rail.txt").write_text(ARTICLES["c-rail.txt"] + "\nIt has 14 stations.\n")

    def fail(*args: object, **kwargs: object) -> None:
        raise _Boom(stage)

    monkeypatch.setattr(Store, stage, fail)
    with pytest.raises(_Boom):
        store.feed(copy, [changed])
    assert copy.read_bytes() == db.read_bytes()
    with pytest.raises(_Boom):
        store.feed(tmp_path / "new.sqlite", [changed])
    assert not (tmp_path / "new.sqlite").exists()


@pytest.mark.slow
def test_a_run_that_fails_while_extracting_writes_nothing(
    fed: tuple[Path, Path], tmp_path: Path
) -> None:
    db, _ = fed
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(db.read_bytes())
    with Store(copy) as opened:
        first = opened.results()[0]
    changed = dataclasses.replace(
        first, source=first.source.model_copy(update={"sha256": "0" * 64})
    )

    def halfway() -> Iterator[Extracted]:
        yield changed
        raise _Boom("interrupted")

    with Store(copy) as opened, pytest.raises(_Boom):
        opened.update(halfway())
    assert copy.read_bytes() == db.read_bytes()


# --- the command -----------------------------------------------------------------------------


@pytest.mark.slow
def test_build_from_db_equals_a_direct_build(cli: Callable[..., Any], tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "news")
    db = tmp_path / "news.sqlite"
    for name in reversed(list(ARTICLES)):
        run = cli("extract", str(folder / name), "--db", str(db), "-q")
        assert (run.code, run.out) == (0, ""), run
    (tmp_path / "direct").mkdir()
    (tmp_path / "from-db").mkdir()
    direct = cli("build", str(folder), "-o", str(tmp_path / "direct" / "sheet.md"),
                 "--json", str(tmp_path / "direct" / "sheet.json"))  # fmt: skip
    assert direct.code == 0, direct
    from_db = cli("build", "--from-db", str(db), "-o", str(tmp_path / "from-db" / "sheet.md"),
                  "--json", str(tmp_path / "from-db" / "sheet.json"))  # fmt: skip
    assert from_db.code == 0, from_db
    written = sorted(p.name for p in (tmp_path / "direct").iterdir())
    assert written == ["sheet.json", "sheet.md", "sheet.money-usd.svg"]
    for name in written:
        assert (tmp_path / "direct" / name).read_bytes() == (
            tmp_path / "from-db" / name
        ).read_bytes()
    # build PATH --db adds PATH (here: nothing new) and gives the sheet of the whole store
    also = cli("build", str(folder / "a-harbour.txt"), "--db", str(db))
    assert also.code == 0, also
    assert also.out == cli("build", "--from-db", str(db)).out
    assert "$18 million" in also.out and "1,200" in also.out


@pytest.mark.slow
def test_extract_db_writes_figures_only_when_asked(cli: Callable[..., Any], tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "news", ["c-rail.txt"])
    db = tmp_path / "s.sqlite"
    run = cli("extract", str(folder), "--db", str(db), "-o", "-", "-f", "csv")
    assert run.code == 0, run
    assert run.out.splitlines()[0].startswith("id,source,span_start,span_end,")
    assert "1200" in run.out and "$2.5 million" in run.out
    assert store.metadata_path(db).exists()


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b"not a database at all, just text\n" * 40, "not a SQLite database"),
        (None, "not a factsheet store"),
    ],
)
def test_a_file_that_is_not_a_store_is_refused(
    cli: Callable[..., Any], tmp_path: Path, content: bytes | None, needle: str
) -> None:
    db = tmp_path / "other.sqlite"
    if content is None:
        with sqlite3.connect(db) as conn:
            conn.execute("CREATE TABLE notes (text TEXT)")
    else:
        db.write_bytes(content)
    before = db.read_bytes()
    write_articles(tmp_path / "news", ["c-rail.txt"])
    run = cli("extract", str(tmp_path / "news"), "--db", str(db))
    assert run.code == 1 and run.err.count("\n") == 1 and needle in run.err, run
    assert db.read_bytes() == before
    assert cli("build", "--from-db", str(tmp_path / "none.sqlite")).err == (
        f"factsheet: error: {tmp_path / 'none.sqlite'}: no such store\n"
    )


@pytest.mark.slow
def test_a_store_of_another_schema_version_is_refused(
    fed: tuple[Path, Path], tmp_path: Path
) -> None:
    copy = tmp_path / "old.sqlite"
    copy.write_bytes(fed[0].read_bytes())
    with sqlite3.connect(copy) as conn:
        conn.execute("PRAGMA user_version = 1")
    with pytest.raises(
        StoreError, match="schema version 1; this factsheet reads and writes version 2"
    ):
        Store(copy)


def test_store_schema_describes_every_table(cli: Callable[..., Any]) -> None:
    schema = json.loads(cli("schema", "--of", "store").out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == "urn:factsheet:schema:2:store"
    assert list(schema["$defs"]) == list(TABLES)
    figures = schema["$defs"]["figures"]
    assert figures["properties"]["value"]["x-sqlite-type"] == "REAL"
    assert figures["x-primary-key"] == ["id"]
    assert {"column": "source_id", "references": "sources.id"} in figures["x-foreign-keys"]


@pytest.mark.slow
def test_datasette_metadata(fed: tuple[Path, Path]) -> None:
    db, _ = fed
    written = json.loads(store.metadata_path(db).read_text())
    assert written == store.datasette_metadata(db)
    tables = written["databases"]["news"]["tables"]
    assert tables["figures"]["facets"][:2] == ["kind", "source_id"]
    assert tables["figures"]["columns"]["value"] == Figure.model_fields["value"].description
    assert tables["runs"]["units"] == {"seconds": "s"}
    assert set(tables) == set(TABLES)


# --- Datasette, for real ---------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read())


@pytest.mark.slow
def test_datasette_serves_a_filtered_query(fed: tuple[Path, Path]) -> None:
    pytest.importorskip("datasette")
    db, _ = fed
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("DATASETTE")}
    server = subprocess.Popen(
        [
            sys.executable, "-m", "datasette", "serve", str(db), "-m",
            str(store.metadata_path(db)), "-h", "127.0.0.1", "-p", str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )  # fmt: skip
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                _get(f"{base}/-/versions.json")
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(
                        server.stderr.read() if server.stderr else "no server"
                    ) from None
                time.sleep(0.2)
        rows = _get(f"{base}/news/figures.json?kind=money&_shape=array")
        assert sorted(r["surface"] for r in rows) == ["$18 million"] * 3 + ["$2.5 million"]
        assert {r["kind"] for r in rows} == {"money"}
        assert sorted(r["value"] for r in rows) == [2.5e6, 18e6, 18e6, 18e6]
        table = _get(
            f"{base}/news/facts.json?_shape=objects&kind=count&value__notnull=1&_sort=value"
        )
        assert [r["value"] for r in table["rows"]] == [240, 410, 1200]
    finally:
        server.terminate()
        server.wait(timeout=20)
