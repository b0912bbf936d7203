"""The SQLite store: figures that grow with the archive, as tables a dashboard reads.

``factsheet extract --db FILE`` and ``build --db FILE`` write here (:func:`feed`, or
:meth:`Store.update` with results already extracted); ``build --from-db FILE`` renders the sheet
from it (:func:`sheet_from_store`). sqlite-utils makes the tables and keeps each run in one
transaction; Datasette serves them as they are (:func:`datasette_metadata`).

Tables (every column is described in the ``columns`` table, in the Datasette metadata and in
``factsheet schema --of store``):

- ``sources``: one row per article (``path`` is the source id factsheet names it by), with its
  SHA-256, title, site, publication date, URL, when it was read and where its headline and lead
  end;
- ``figures``: every field of :class:`~factsheet.models.Figure` flat (:mod:`factsheet.output.flat`:
a
  span is two integer columns), generated from the model, plus ``source_id``;
- ``facts``, ``fact_mentions`` (fact_id, figure_id); ``discrepancies``, ``discrepancy_facts``;
  ``key_facts``: what ``build`` makes from the figures, over everything in the store;
- ``runs`` (when, version, inputs, counts) and ``skipped`` (what a run could not read).

Incremental: a source whose SHA-256 and metadata are those stored is not read again; a changed
one has its figures replaced; a new one is added. Facts are then recomputed for the fact keys
(:func:`factsheet.consolidate.facts.fact_key`) the changed figures have or had, discrepancies for
the
comparison buckets those facts are in, and the key figures over all facts, which gives exactly
the facts of one run over everything (mentions of different keys are never one fact). Sources
are kept in the order of their paths, as a folder is read, so that a store fed one article a day
gives the sheet one run over the folder gives. A run that changes nothing writes nothing; a run
that fails part way leaves the database as it was.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import sqlite3
import tempfile
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from factsheet.consolidate.discrepancies import bucket, find_discrepancies
from factsheet.consolidate.facts import anchoring as _anchoring
from factsheet.consolidate.facts import consolidate, fact_key
from factsheet.consolidate.keyfigures import LIMIT, Layout, key_facts
from factsheet.errors import StoreError
from factsheet.models import (
    SCHEMA_VERSION,
    Discrepancy,
    Fact,
    FactSheet,
    Figure,
    KeyFact,
    Options,
    Skipped,
    Source,
)
from factsheet.output import flat
from factsheet.run.pipeline import Extracted, Inputs, Run, assemble

__all__ = [
    "TABLES",
    "RunSummary",
    "Store",
    "Table",
    "datasette_metadata",
    "feed",
    "metadata_path",
    "sheet_from_store",
    "store_run",
    "store_schema",
]

_USER_VERSION = int(SCHEMA_VERSION)
"""``PRAGMA user_version`` of a store: the schema version of the JSON contract it holds."""
_CHUNK = 500
"""Values bound in one ``IN (...)``."""


# --- the tables ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Table:
    """One table of the store: its columns (generated from a model where it has one), keys,
    indexes, and what Datasette shows first."""

    name: str
    description: str
    columns: list[flat.Column]
    pk: str | tuple[str, ...]
    foreign_keys: tuple[tuple[str, str, str], ...] = ()
    indexes: tuple[tuple[str, ...], ...] = ()
    sort: str | None = None
    sort_desc: str | None = None
    facets: tuple[str, ...] = ()
    label_column: str | None = None
    units: Mapping[str, str] = dataclasses.field(default_factory=dict)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


def _extra(name: str, sql: flat.SqlType, description: str, *, json: bool = False) -> flat.Column:
    """A column the store adds, not a model field."""
    return flat.Column(name, sql, description, (), json=json)


def _renamed(cols: Iterable[flat.Column], names: Mapping[str, str]) -> list[flat.Column]:
    return [dataclasses.replace(c, name=names.get(c.name, c.name)) for c in cols]


def _tables() -> dict[str, Table]:
    sources = Table(
        "sources",
        "The articles read, one row each.",
        [
            _extra("id", "INTEGER", "Row id of the source in this store, kept while it is."),
            *_renamed(flat.columns(Source), {"id": "path", "date": "published"}),
            _extra("read_at", "TEXT", "When the source was read as it is now (ISO 8601, UTC)."),
            _extra("sentences", "INTEGER", "Sentences read that may hold a figure."),
            _extra("headline_end", "INTEGER", "Where its headline ends (a character offset)."),
            _extra("lead_end", "INTEGER", "Where its lead (first paragraphs) ends."),
            _extra("sort_key", "TEXT", "Its path, in the order a folder is read: sheet order."),
        ],
        pk="id",
        indexes=(("path",), ("sort_key",)),
        sort="id",
        facets=("site", "format"),
        label_column="path",
    )
    figures = Table(
        "figures",
        "Every figure, one row per mention: every field of a figure, flat.",
        [
            *flat.columns(Figure),
            _extra("source_id", "INTEGER", "The source's row in sources."),
            _extra("position", "INTEGER", "Its place among its source's figures (from 0)."),
            _extra(
                "fact_key",
                "TEXT",
                "What every mention of its fact shares, as JSON (kind, value, range, tallies, "
                "unit, currency, anchored date): facts are recomputed by this key.",
            ),
        ],
        pk="id",
        foreign_keys=(("source_id", "sources", "id"), ("fact_id", "facts", "id")),
        indexes=(("source_id", "position"), ("fact_key",), ("fact_id",), ("kind",)),
        sort="source_id",
        facets=("kind", "source_id", "unit", "currency"),
        label_column="surface",
    )
    facts = Table(
        "facts",
        "Mentions of one figure about one thing, merged within and across sources.",
        [
            *flat.columns(Fact, skip=["mentions", "sources", "citations"]),
            _extra("n_mentions", "INTEGER", "How many figures are mentions of it."),
            _extra("n_sources", "INTEGER", "How many sources state it."),
            _extra("score", "INTEGER", "Key-figure points (null for kinds never ranked)."),
            _extra("reasons", "TEXT", "Why it scores, as a JSON list.", json=True),
            _extra("first_source_id", "INTEGER", "The source of its first mention."),
            _extra("first_position", "INTEGER", "Its first mention's place in that source."),
            _extra("fact_key", "TEXT", "The key its mentions share (see figures.fact_key)."),
            _extra("bucket", "TEXT", "Facts compared for discrepancies share this (JSON)."),
        ],
        pk="id",
        foreign_keys=(("first_source_id", "sources", "id"),),
        indexes=(("fact_key",), ("bucket",), ("kind",)),
        sort_desc="n_mentions",
        facets=("kind", "unit", "currency"),
        label_column="surface",
    )
    fact_mentions = Table(
        "fact_mentions",
        "Which figures are mentions of which fact.",
        [
            _extra("fact_id", "TEXT", "The fact (facts.id)."),
            _extra("figure_id", "TEXT", "A figure that mentions it."),
            _extra("position", "INTEGER", "Order of the mention in the fact (from 0)."),
        ],
        pk=("fact_id", "figure_id"),
        foreign_keys=(("fact_id", "facts", "id"), ("figure_id", "figures", "id")),
        indexes=(("figure_id",),),
    )
    discrepancies = Table(
        "discrepancies",
        "Facts that should agree and do not: evidence for the reader, not a verdict.",
        [
            *flat.columns(Discrepancy, skip=["facts"]),
            _extra("bucket", "TEXT", "The comparison bucket of its facts (JSON)."),
        ],
        pk="id",
        indexes=(("bucket",),),
        facets=("kind",),
        label_column="reason",
    )
    discrepancy_facts = Table(
        "discrepancy_facts",
        "Which facts each discrepancy involves.",
        [
            _extra("discrepancy_id", "TEXT", "The discrepancy (discrepancies.id)."),
            _extra("fact_id", "TEXT", "A fact it involves."),
            _extra("position", "INTEGER", "Order of the fact in the discrepancy (from 0)."),
        ],
        pk=("discrepancy_id", "fact_id"),
        foreign_keys=(("discrepancy_id", "discrepancies", "id"), ("fact_id", "facts", "id")),
        indexes=(("fact_id",),),
    )
    key = Table(
        "key_facts",
        f"The key figures: at most {LIMIT} facts, most important first.",
        _renamed(flat.columns(KeyFact), {"fact": "fact_id"}),
        pk="rank",
        foreign_keys=(("fact_id", "facts", "id"),),
        sort="rank",
    )
    runs = Table(
        "runs",
        "Each run that changed the store.",
        [
            _extra("id", "INTEGER", "Run number, from 1."),
            _extra("started_at", "TEXT", "When it started (ISO 8601, UTC)."),
            _extra("seconds", "REAL", "How long it took."),
            _extra("version", "TEXT", "The factsheet version that ran."),
            _extra("schema_version", "TEXT", "The schema version of the JSON contract."),
            _extra("inputs", "TEXT", "The paths given, as a JSON list.", json=True),
            _extra("sources_new", "INTEGER", "Sources added."),
            _extra("sources_changed", "INTEGER", "Sources whose figures were replaced."),
            _extra("sources_unchanged", "INTEGER", "Sources given again, unchanged: not read."),
            _extra("skipped", "INTEGER", "Inputs that could not be read."),
            _extra("figures_added", "INTEGER", "Figures written."),
            _extra("figures_removed", "INTEGER", "Figures of changed sources removed."),
            _extra("figures", "INTEGER", "Figures in the store after the run."),
            _extra("facts", "INTEGER", "Facts in the store after the run."),
            _extra("discrepancies", "INTEGER", "Discrepancies in the store after the run."),
        ],
        pk="id",
        sort_desc="id",
        units={"seconds": "s"},
    )
    skipped = Table(
        "skipped",
        "Inputs a run could not read, and why.",
        [_extra("run_id", "INTEGER", "The run (runs.id)."), *flat.columns(Skipped)],
        pk=("run_id", "source"),
        foreign_keys=(("run_id", "runs", "id"),),
        facets=("reason",),
    )
    described = Table(
        "columns",
        "What every column of these tables holds.",
        [
            _extra("table_name", "TEXT", "The table it is in."),
            _extra("column_name", "TEXT", "The column's name."),
            _extra("type", "TEXT", "Its SQLite type: INTEGER, REAL or TEXT (JSON where said)."),
            _extra("description", "TEXT", "What it holds."),
        ],
        pk=("table_name", "column_name"),
        facets=("table_name",),
    )
    tables = [sources, facts, figures, fact_mentions, discrepancies, discrepancy_facts, key]
    return {t.name: t for t in [*tables, runs, skipped, described]}


TABLES: dict[str, Table] = _tables()
"""The store's tables by name, in the order they are created."""


def store_schema() -> dict[str, Any]:
    """A JSON Schema of one row of each table (``factsheet schema --of store``): each
    ``$defs`` entry is a table, with its SQLite types, primary key and foreign keys."""
    kinds = {"INTEGER": "integer", "REAL": "number", "TEXT": "string"}
    defs: dict[str, Any] = {}
    for table in TABLES.values():
        pk = [table.pk] if isinstance(table.pk, str) else list(table.pk)
        defs[table.name] = {
            "type": "object",
            "description": table.description,
            "properties": {
                c.name: {
                    "type": [kinds[c.type], "null"],
                    "description": c.description + (" (JSON text)" if c.json else ""),
                    "x-sqlite-type": c.type,
                }
                for c in table.columns
            },
            "required": table.names,
            "additionalProperties": False,
            "x-primary-key": pk,
            "x-foreign-keys": [
                {"column": col, "references": f"{other}.{other_col}"}
                for col, other, other_col in table.foreign_keys
            ],
        }
    return {
        "title": "factsheet store",
        "description": "The tables of the SQLite store (factsheet extract --db): one row each.",
        "$defs": defs,
    }


# --- the store -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RunSummary:
    """What one run did to the store."""

    run: int | None
    """The run's row in ``runs``; ``None`` when it changed nothing and so wrote nothing."""
    sources_new: int = 0
    sources_changed: int = 0
    sources_unchanged: int = 0
    figures_added: int = 0
    figures_removed: int = 0

    @property
    def changed(self) -> bool:
        return self.run is not None

    def describe(self) -> str:
        """What the run did, in a few words: "store: 2 new, 1 changed, 5 unchanged"."""
        return (
            f"store: {self.sources_new:,} new, {self.sources_changed:,} changed, "
            f"{self.sources_unchanged:,} unchanged"
        )


def metadata_path(db: str | os.PathLike[str]) -> Path:
    """Where the Datasette metadata of a store is written: ``FILE.metadata.json`` beside it
    (``archive.sqlite`` → ``archive.metadata.json``)."""
    path = Path(db)
    return path.with_name(f"{path.stem}.metadata.json")


class Store:
    """An open store. Use as a context manager, or call :meth:`close`.

    Opening creates the file and its tables when it does not exist (``create``), adds the
    columns of fields the models gained since, and refuses a file that is not a factsheet
    store of this schema version with :class:`~factsheet.errors.StoreError`.
    """

    def __init__(self, path: str | os.PathLike[str], *, create: bool = True) -> None:
        self.path = Path(path)
        existed = self.path.exists()
        if not existed and not create:
            raise StoreError(f"{self.path}: no such store")
        if self.path.is_dir():
            raise StoreError(f"{self.path}: is a folder, not a store")
        if existed and not self.path.is_file():
            raise StoreError(f"{self.path}: not a regular file")
        if not self.path.resolve().parent.is_dir():
            raise StoreError(f"{self.path}: folder {self.path.parent} does not exist")
        try:
            self.db = sqlite_utils.Database(self.path, execute_plugins=False)
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: cannot open ({err})") from err
        self._created = not existed or self.path.stat().st_size == 0
        try:
            self._check()
        except BaseException:
            self.close()
            raise
        self._sources: dict[str, tuple[int, Source]] | None = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    def _check(self) -> None:
        try:
            names = set(self.db.table_names())
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{self.path}: not a SQLite database ({err})") from err
        if not names:
            return
        if not {"sources", "figures", "facts"} <= names:
            raise StoreError(f"{self.path}: a SQLite database, but not a factsheet store")
        if version != _USER_VERSION:
            raise StoreError(
                f"{self.path}: a store of schema version {version}; this factsheet reads and "
                f"writes version {SCHEMA_VERSION} (build a new store)"
            )

    def _ensure_tables(self) -> None:
        """Create missing tables and add missing columns (inside the run's transaction)."""
        for table in TABLES.values():
            handle = self.db.table(table.name)
            if not handle.exists():
                handle.create(
                    {c.name: c.type for c in table.columns},
                    pk=table.pk,
                    foreign_keys=[fk for fk in table.foreign_keys if fk[1] in TABLES],
                )
                for index in table.indexes:
                    handle.create_index(index, index_name=f"idx_{table.name}_{'_'.join(index)}")
                continue
            have = set(handle.columns_dict)
            for col in table.columns:
                if col.name not in have:
                    handle.add_column(col.name, col.type)
        self.conn.execute(f"PRAGMA user_version = {_USER_VERSION}")
        rows = [
            (t.name, c.name, c.type, c.description + (" (JSON text)" if c.json else ""))
            for t in TABLES.values()
            for c in t.columns
        ]
        stored = set(self.conn.execute("SELECT * FROM columns").fetchall())
        if stored != set(rows):
            self.conn.execute("DELETE FROM columns")
            self.conn.executemany("INSERT INTO columns VALUES (?, ?, ?, ?)", rows)

    # --- reading ------------------------------------------------------------------------------

    def _has_tables(self) -> bool:
        return self.db.table("sources").exists()

    def sources(self) -> dict[str, tuple[int, Source]]:
        """The stored sources by path: their row id and :class:`Source`."""
        if self._sources is None:
            self._sources = {}
            if self._has_tables():
                cols = _source_columns()
                for values in self._rows("SELECT * FROM sources ORDER BY id"):
                    source = Source.model_validate(flat.unflatten(values, cols))
                    self._sources[source.id] = (int(values["id"]), source)
        return self._sources

    def is_current(self, source: Source) -> bool:
        """Whether the store holds this source as it is (the same bytes and metadata): it
        need not be read again."""
        stored = self.sources().get(source.id)
        return stored is not None and stored[1] == source

    def _rows(self, sql: str, params: Sequence[object] = ()) -> Iterator[dict[str, Any]]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        for values in cursor:
            yield dict(zip(names, values, strict=True))

    def _figures(self, where: str = "", params: Sequence[object] = ()) -> list[Figure]:
        """Figures in sheet order (sources by path, then their order in the source)."""
        return [f for _, f in self._placed_figures(where, params)]

    def _placed_figures(
        self, where: str = "", params: Sequence[object] = ()
    ) -> list[tuple[tuple[str, int], Figure]]:
        cols = _model_columns(TABLES["figures"])
        sql = (
            "SELECT figures.*, sources.sort_key AS _order FROM figures "
            f"JOIN sources ON sources.id = figures.source_id {where} "
            "ORDER BY sources.sort_key, figures.position"
        )
        return [
            ((v["_order"], v["position"]), Figure.model_validate(flat.unflatten(v, cols)))
            for v in self._rows(sql, params)
        ]

    def _figures_in(self, column: str, values: Iterable[object]) -> list[Figure]:
        """The figures whose ``column`` is one of ``values``, in sheet order."""
        found: list[tuple[tuple[str, int], Figure]] = []
        for chunk in _chunks(sorted(set(values), key=str)):
            marks = ", ".join("?" for _ in chunk)
            found += self._placed_figures(f"WHERE figures.{column} IN ({marks})", chunk)
        found.sort(key=lambda placed: placed[0])
        return [f for _, f in found]

    def results(self) -> list[Extracted]:
        """Every source with its figures, in sheet order: what :func:`factsheet.run.pipeline
        .assemble` makes the sheet of (as one run over all of them would)."""
        if not self._has_tables():
            return []
        by_source: dict[str, list[Figure]] = {}
        for figure in self._figures():
            by_source.setdefault(figure.source, []).append(figure)
        cols = _source_columns()
        found: list[Extracted] = []
        for values in self._rows("SELECT * FROM sources ORDER BY sort_key"):
            source = Source.model_validate(flat.unflatten(values, cols))
            place = Layout(int(values["headline_end"]), int(values["lead_end"]))
            found.append(
                Extracted(source, place, int(values["sentences"]), by_source.get(source.id, []))
            )
        return found

    def sheet(self, options: Options | None = None) -> FactSheet:
        """The fact sheet of everything in the store."""
        return assemble(self.results(), options)

    # --- writing ------------------------------------------------------------------------------

    def update(
        self,
        results: Iterable[Extracted],
        *,
        inputs: Sequence[str] = (),
        skipped: Sequence[Skipped] = (),
        unchanged: int = 0,
        version: str | None = None,
    ) -> RunSummary:
        """Write the results of one run, in one transaction: new sources are added, changed
        ones have their figures replaced, results for sources stored as they are change
        nothing; then facts, discrepancies and key figures are recomputed where figures
        changed. ``inputs`` (the paths given), ``skipped`` and ``unchanged`` (sources the caller
        did not read because :meth:`is_current`) are recorded with the run.

        Nothing is written when nothing changed. Any exception leaves the database as it was.
        """
        from factsheet import __version__

        started, clock = _now(), time.perf_counter()
        try:
            with self.db.atomic():
                self._ensure_tables()
                summary = self._update(results, unchanged)
                if summary.sources_new or summary.sources_changed:
                    run = self._record(
                        summary, started, time.perf_counter() - clock, inputs, skipped,
                        version or __version__,
                    )  # fmt: skip
                    summary = dataclasses.replace(summary, run=run)
                else:
                    raise _NothingChanged(summary)
        except _NothingChanged as nothing:
            self._sources = None
            self._forget_if_new()
            return nothing.summary
        except sqlite3.Error as err:
            self._sources = None
            self._forget_if_new()
            raise StoreError(f"{self.path}: cannot write ({err})") from err
        except BaseException:
            self._sources = None
            self._forget_if_new()
            raise
        self._created = False
        self._sources = None
        write_metadata(self.path)
        return summary

    def _forget_if_new(self) -> None:
        """A store this run created and did not fill is removed: a failed first run leaves no
        file behind."""
        if self._created and self.path.exists() and not self._has_tables():
            self.path.unlink()

    def _update(self, results: Iterable[Extracted], unchanged: int) -> RunSummary:
        stored = dict(self.sources())
        keys: set[str] = set()
        new = changed = added = removed = 0
        next_id = 1 + max((row for row, _ in stored.values()), default=0)
        started = _now()
        for result in results:
            source = result.source
            if source.id in stored and stored[source.id][1] == source:
                unchanged += 1
                continue
            if source.id in stored:
                row = stored[source.id][0]
                gone = self.conn.execute(
                    "SELECT fact_key FROM figures WHERE source_id = ?", (row,)
                ).fetchall()
                keys.update(k for (k,) in gone)
                removed += len(gone)
                self.conn.execute("DELETE FROM figures WHERE source_id = ?", (row,))
                self.conn.execute("DELETE FROM sources WHERE id = ?", (row,))
                changed += 1
            else:
                row, next_id = next_id, next_id + 1
                new += 1
            self._insert_source(row, result, started)
            stored[source.id] = (row, source)
            keys.update(self._insert_figures(row, result))
            added += len(result.figures)
        self._sources = stored
        if keys:
            self._recompute(keys)
        return RunSummary(None, new, changed, unchanged, added, removed)

    def _insert_source(self, row: int, result: Extracted, read_at: str) -> None:
        table = TABLES["sources"]
        cols = _model_columns(table)
        values = dict(zip([c.name for c in cols], flat.row(result.source, cols), strict=True))
        values.update(
            id=row,
            read_at=read_at,
            sentences=result.sentences,
            headline_end=result.layout.headline_end,
            lead_end=result.layout.lead_end,
            sort_key=sort_key(result.source.id),
        )
        self._insert(table, [[values[n] for n in table.names]])

    def _insert_figures(self, row: int, result: Extracted) -> set[str]:
        cols = _model_columns(TABLES["figures"])
        published = result.source.date
        rows: list[list[object]] = []
        keys: set[str] = set()
        for position, figure in enumerate(result.figures):
            key = _key(figure, published)
            keys.add(key)
            rows.append([*flat.row(figure, cols), row, position, key])
        self._insert(TABLES["figures"], rows)
        return keys

    def _insert(self, table: Table, rows: Sequence[Sequence[object]]) -> None:
        if rows:
            names = ", ".join(f"[{n}]" for n in table.names)
            marks = ", ".join("?" for _ in table.names)
            self.conn.executemany(f"INSERT INTO [{table.name}] ({names}) VALUES ({marks})", rows)

    def _recompute(self, keys: set[str]) -> None:
        """Facts for the fact keys given, then discrepancies for the buckets those facts are
        or were in, then the key figures."""
        published = {path: source.date for path, (_, source) in self.sources().items()}
        figures = self._figures_in("fact_key", keys)
        facts = consolidate(figures, published)
        buckets: set[str] = set()
        for chunk in _chunks(sorted(keys)):
            marks = ", ".join("?" for _ in chunk)
            buckets.update(
                b
                for (b,) in self.conn.execute(
                    f"SELECT bucket FROM facts WHERE fact_key IN ({marks})", chunk
                )
                if b is not None
            )
            self.conn.execute(
                "DELETE FROM fact_mentions WHERE fact_id IN "
                f"(SELECT id FROM facts WHERE fact_key IN ({marks}))",
                chunk,
            )
            self.conn.execute(f"DELETE FROM facts WHERE fact_key IN ({marks})", chunk)
        by_id = {f.id: f for f in figures}
        buckets.update(self._insert_facts(facts, by_id))
        self.conn.executemany(
            "UPDATE figures SET fact_id = ? WHERE id = ?",
            [(fact.id, m) for fact in facts for m in fact.mentions],
        )
        if buckets:
            self._recompute_discrepancies(buckets)
        self._recompute_key_facts()

    def _insert_facts(self, facts: Sequence[Fact], figures: Mapping[str, Figure]) -> set[str]:
        table = TABLES["facts"]
        model_cols = _model_columns(table)
        layouts = self._layouts()
        rows: list[list[object]] = []
        mentions: list[tuple[str, str, int]] = []
        buckets: set[str] = set()
        ids = {path: row for path, (row, _) in self.sources().items()}
        positions = self._positions([m for f in facts for m in f.mentions[:1]])
        for fact in facts:
            ranked = key_facts([fact], layouts)
            place = bucket(fact)
            key = None if place is None else _json(place)
            if key is not None:
                buckets.add(key)
            first = figures[fact.mentions[0]]
            rows.append(
                [
                    *flat.row(fact, model_cols),
                    len(fact.mentions),
                    len(set(fact.sources)),
                    ranked[0].score if ranked else None,
                    _json(ranked[0].reasons) if ranked else None,
                    ids[first.source],
                    positions[first.id],
                    _key(first, self.sources()[first.source][1].date),
                    key,
                ]
            )
            mentions += [(fact.id, m, i) for i, m in enumerate(fact.mentions)]
        self._insert(table, rows)
        self._insert(TABLES["fact_mentions"], mentions)
        return buckets

    def _positions(self, figure_ids: Sequence[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for chunk in _chunks(figure_ids):
            marks = ", ".join("?" for _ in chunk)
            found.update(
                self.conn.execute(
                    f"SELECT id, position FROM figures WHERE id IN ({marks})", chunk
                ).fetchall()
            )
        return found

    def _layouts(self) -> dict[str, Layout]:
        return {
            path: Layout(headline, lead)
            for path, headline, lead in self.conn.execute(
                "SELECT path, headline_end, lead_end FROM sources"
            )
        }

    def _recompute_discrepancies(self, buckets: set[str]) -> None:
        fact_ids: list[str] = []
        for chunk in _chunks(sorted(buckets)):
            marks = ", ".join("?" for _ in chunk)
            self.conn.execute(
                "DELETE FROM discrepancy_facts WHERE discrepancy_id IN "
                f"(SELECT id FROM discrepancies WHERE bucket IN ({marks}))",
                chunk,
            )
            self.conn.execute(f"DELETE FROM discrepancies WHERE bucket IN ({marks})", chunk)
            ids = self.conn.execute(f"SELECT id FROM facts WHERE bucket IN ({marks})", chunk)
            fact_ids += [i for (i,) in ids]
        members = self._figures_in("fact_id", fact_ids)
        published = {path: source.date for path, (_, source) in self.sources().items()}
        facts = consolidate(members, published)
        by_id = {f.id: f for f in facts}
        table = TABLES["discrepancies"]
        rows: list[list[object]] = []
        links: list[tuple[str, str, int]] = []
        model_cols = _model_columns(table)
        for found in find_discrepancies(facts):
            place = bucket(by_id[found.facts[0]])
            rows.append([*flat.row(found, model_cols), None if place is None else _json(place)])
            links += [(found.id, f, i) for i, f in enumerate(found.facts)]
        self._insert(table, rows)
        self._insert(TABLES["discrepancy_facts"], links)

    def _recompute_key_facts(self) -> None:
        ranked = self.conn.execute(
            "SELECT facts.id, facts.score, facts.reasons FROM facts "
            "JOIN sources ON sources.id = facts.first_source_id WHERE facts.score IS NOT NULL "
            "ORDER BY facts.score DESC, sources.sort_key, facts.first_position LIMIT ?",
            (LIMIT,),
        ).fetchall()
        self.conn.execute("DELETE FROM key_facts")
        self._insert(
            TABLES["key_facts"],
            [[fact, rank, score, reasons] for rank, (fact, score, reasons) in enumerate(ranked, 1)],
        )

    def _record(
        self,
        summary: RunSummary,
        started: str,
        seconds: float,
        inputs: Sequence[str],
        skipped: Sequence[Skipped],
        version: str,
    ) -> int:
        count = {
            name: self.conn.execute(f"SELECT count(*) FROM [{name}]").fetchone()[0]
            for name in ("figures", "facts", "discrepancies")
        }
        run = 1 + (self.conn.execute("SELECT max(id) FROM runs").fetchone()[0] or 0)
        self._insert(
            TABLES["runs"],
            [
                [
                    run, started, round(seconds, 3), version, SCHEMA_VERSION, _json(list(inputs)),
                    summary.sources_new, summary.sources_changed, summary.sources_unchanged,
                    len(skipped), summary.figures_added, summary.figures_removed,
                    count["figures"], count["facts"], count["discrepancies"],
                ]
            ],
        )  # fmt: skip
        self._insert(
            TABLES["skipped"],
            list({s.source: [run, s.source, s.reason] for s in skipped}.values()),
        )
        return run


class _NothingChanged(Exception):
    """Raised inside the transaction to roll back a run that changed nothing (so that not even
    the tables of a new store are left behind)."""

    def __init__(self, summary: RunSummary) -> None:
        super().__init__("nothing changed")
        self.summary = summary


def _model_columns(table: Table) -> list[flat.Column]:
    """The columns of a table that are model fields (the store's own come after them)."""
    return [c for c in table.columns if c.path]


def _source_columns() -> list[flat.Column]:
    return _model_columns(TABLES["sources"])


def _chunks(values: Sequence[Any]) -> Iterator[list[Any]]:
    items = list(values)
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _key(figure: Figure, published: str | None) -> str:
    return _json(list(fact_key(figure, _anchoring(figure, published))))


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def sort_key(path: str) -> str:
    """The order of sources in the store: by path, part by part, as a folder is read
    (``a/b.txt`` before ``a-b/c.txt``, as the tuples ``('a', 'b.txt') < ('a-b', 'c.txt')``).

    >>> sorted(["a-b/c.txt", "a/b.txt", "a/a.txt"], key=sort_key)
    ['a/a.txt', 'a/b.txt', 'a-b/c.txt']
    """
    return "\x01".join(path.split("/"))


# --- the library API -------------------------------------------------------------------------


def feed(
    db: str | os.PathLike[str],
    inputs: Inputs,
    options: Options | None = None,
    *,
    jobs: int = 1,
) -> RunSummary:
    """Read the inputs into the store ``db`` (created when missing): sources stored as they
    are are not read again, changed ones are replaced, new ones added, and facts recomputed.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Officials said 16,000 volunteers were ready.")
    >>> feed(folder / "store.sqlite", [folder / "a.txt"]).sources_new
    1
    >>> feed(folder / "store.sqlite", [folder / "a.txt"]).changed
    False
    """
    from factsheet.run.pipeline import documents, extract_documents

    with Store(db) as store:
        docs = documents(inputs)
        fresh = [d for d in docs if not store.is_current(d.source)]
        given = [os.fspath(i) for i in _paths(inputs)]
        return store.update(
            extract_documents(fresh, options, jobs=jobs),
            inputs=given,
            unchanged=len(docs) - len(fresh),
        )


def store_run(run: Run, db: str | os.PathLike[str]) -> tuple[FactSheet, RunSummary]:
    """Add a run's inputs to the store ``db`` (created when missing; those it holds unchanged
    are not extracted again) and give the sheet of everything in it, listing the inputs
    skipped, and what changed in the store: what ``factsheet build --db`` does.

    Raises:
        StoreError: the store cannot be opened or written.
    """
    with Store(db) as store:
        results = list(run.results(unless=store.is_current))
        summary = store.update(
            results, inputs=run.given, skipped=run.skipped, unchanged=run.unchanged
        )
        sheet = store.sheet(run.options)
    if run.errors:
        sheet = sheet.model_copy(update={"skipped": run.skipped})
    return sheet, summary


def _paths(inputs: Inputs) -> list[str | os.PathLike[str]]:
    if isinstance(inputs, str):
        return ["<text>"]
    if isinstance(inputs, os.PathLike):
        return [inputs]
    if isinstance(inputs, Sequence):
        return [i if isinstance(i, str | os.PathLike) else i.source.id for i in inputs]
    return [inputs.source.id]


def sheet_from_store(db: str | os.PathLike[str], options: Options | None = None) -> FactSheet:
    """The fact sheet of everything in the store ``db``, without reading any article."""
    with Store(db, create=False) as store:
        return store.sheet(options)


# --- Datasette -------------------------------------------------------------------------------


def datasette_metadata(db: str | os.PathLike[str]) -> dict[str, Any]:
    """Datasette's metadata for the store: table and column descriptions, units, sort order,
    facets and label columns, under the database name Datasette gives the file (its stem)."""
    tables: dict[str, Any] = {}
    for table in TABLES.values():
        entry: dict[str, Any] = {
            "description": table.description,
            "columns": {c.name: c.description for c in table.columns},
        }
        for name in ("sort", "sort_desc", "label_column"):
            if getattr(table, name) is not None:
                entry[name] = getattr(table, name)
        if table.facets:
            entry["facets"] = list(table.facets)
        if table.units:
            entry["units"] = dict(table.units)
        tables[table.name] = entry
    return {
        "title": "factsheet",
        "description": "Numeric figures from news articles, each cited, merged into facts.",
        "databases": {
            Path(db).stem: {
                "description": f"A factsheet store (schema version {SCHEMA_VERSION}).",
                "tables": tables,
            }
        },
    }


def write_metadata(db: str | os.PathLike[str]) -> Path:
    """Write :func:`datasette_metadata` beside the store (:func:`metadata_path`) atomically,
    when it is not there as it should be. Returns its path."""
    target = metadata_path(db)
    text = json.dumps(datasette_metadata(db), indent=2, ensure_ascii=False) + "\n"
    try:
        if target.read_text(encoding="utf-8") == text:
            return target
    except (OSError, UnicodeDecodeError):
        pass
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except OSError as err:
        Path(tmp).unlink(missing_ok=True)
        raise StoreError(f"{target}: cannot write ({err.strerror or err})") from err
    return target


def digest(db: str | os.PathLike[str]) -> str:
    """A SHA-256 of the store's content (its SQL dump): equal for equal stores."""
    with Store(db, create=False) as store:
        text = "\n".join(store.conn.iterdump())
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
