"""Flat exports: the figures as CSV and JSON Lines, and the published schemas.

Reads the figures of a run and their sources; writes text. Every figure row carries its
source's title and publication date (``source_title``, ``source_published``), so a spreadsheet
needs no join, and a span is two integer columns (``span_start``, ``span_end``).

- CSV: a header of :func:`csv_columns` (the figure's flat columns, :mod:`factsheet.output.flat`,
then
  the two source columns) and one row per figure. A null is an empty field and empty text is
  ``""``, so the two can be told apart; numbers are written as in JSON.
- JSON Lines: a header record (``{"record": "header", "schema_version": ..., "sources": [...]}``),
  one ``figure`` record per figure as it is found, and at the end one ``skipped`` record per
  input that could not be read (:class:`~factsheet.models.JsonlRecord`).

:func:`json_schema` gives the JSON Schemas ``factsheet schema`` prints, with ``$schema`` and
``$id``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

from pydantic import BaseModel

from factsheet.consolidate.facts import consolidate
from factsheet.consolidate.values import with_fact_ids
from factsheet.models import (
    SCHEMA_VERSION,
    FactSheet,
    Figure,
    FigureList,
    FigureRecord,
    HeaderRecord,
    JsonlRecord,
    Skipped,
    SkippedRecord,
    Source,
)
from factsheet.output import flat

SchemaOf = Literal["factsheet", "figures", "jsonl", "store"]
SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID = "urn:factsheet:schema:{version}:{of}"
"""The ``$id`` of each published schema: a URN naming the schema version and the document."""


def figure_list(
    sources: Sequence[Source], figures: Sequence[Figure], skipped: Sequence[Skipped] = ()
) -> FigureList:
    """What ``extract`` writes: the figures with the ids of the facts they make together."""
    facts = consolidate(figures, {s.id: s.date for s in sources})
    return FigureList(
        sources=list(sources), figures=with_fact_ids(figures, facts), skipped=list(skipped)
    )


# --- CSV -------------------------------------------------------------------------------------

_SOURCE_COLUMNS = ("source_title", "source_published")


def csv_columns() -> list[flat.Column]:
    """The CSV columns, in order: a figure's flat columns, then its source's title and date."""
    figure = flat.columns(Figure)
    extra = flat.columns(FigureRecord, skip=[*Figure.model_fields, "record"])
    assert [c.name for c in extra] == list(_SOURCE_COLUMNS)
    return figure + extra


def csv_text(listing: FigureList) -> str:
    """The figures as CSV: a header, then one row per figure."""
    cols = csv_columns()
    sources = {s.id: s for s in listing.sources}
    lines = [_csv_line([c.name for c in cols])]
    for figure in listing.figures:
        lines.append(_csv_line(flat.row(figure_record(figure, sources.get(figure.source)), cols)))
    return "".join(lines)


def _csv_line(values: Iterable[object]) -> str:
    return ",".join(csv_field(v) for v in values) + "\n"


def csv_field(value: object) -> str:
    """One CSV field: null empty, empty text ``""``, text quoted only where it must be.

    >>> [csv_field(v) for v in (None, "", "7%", 'say "hi", then go', 16000, 4.83, True)]
    ['', '""', '7%', '"say ""hi"", then go"', '16000', '4.83', 'true']
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return json.dumps(value)
    text = str(value)
    if text == "" or any(ch in text for ch in ',"\n\r') or text != text.strip(" "):
        return '"' + text.replace('"', '""') + '"'
    return text


# --- JSON Lines ------------------------------------------------------------------------------


def figure_record(figure: Figure, source: Source | None) -> FigureRecord:
    """A figure with its source's title and publication date."""
    return FigureRecord(
        **dict(figure),
        record="figure",
        source_title=source.title if source is not None else None,
        source_published=source.date if source is not None else None,
    )


def jsonl_header(source_ids: Sequence[str]) -> str:
    """The first line of JSON Lines output."""
    return _line(HeaderRecord(record="header", sources=list(source_ids)))


def jsonl_figures(figures: Iterable[Figure], source: Source | None) -> str:
    """The figure lines of one source: what ``_line(figure_record(f, source))`` writes, from the
    figure's own dump, without validating a :class:`FigureRecord` anew for each figure."""
    title = source.title if source is not None else None
    published = source.date if source is not None else None
    lines = []
    for figure in figures:
        data = {"record": "figure", **figure.model_dump(mode="json")}
        data.update(source_title=title, source_published=published)
        lines.append(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
    return "".join(lines)


def jsonl_skipped(skipped: Iterable[Skipped]) -> str:
    """The closing lines: one per input that could not be read."""
    return "".join(_line(SkippedRecord(record="skipped", **dict(s))) for s in skipped)


def _line(record: HeaderRecord | FigureRecord | SkippedRecord) -> str:
    """A record as one line: ``record`` first, then the fields in model order."""
    data = record.model_dump(mode="json")
    ordered = {"record": data.pop("record"), **data}
    return json.dumps(ordered, ensure_ascii=False, separators=(",", ":")) + "\n"


def jsonl_text(listing: FigureList) -> str:
    """A whole listing as JSON Lines (what ``extract --format jsonl`` streams)."""
    sources = {s.id: s for s in listing.sources}
    return (
        jsonl_header([s.id for s in listing.sources])
        + "".join(jsonl_figures([f], sources.get(f.source)) for f in listing.figures)
        + jsonl_skipped(listing.skipped)
    )


def read_jsonl(text: str) -> list[JsonlRecord]:
    """Parse JSON Lines output back into records (blank lines are passed over)."""
    return [JsonlRecord.model_validate_json(line) for line in text.splitlines() if line.strip()]


# --- the schemas -----------------------------------------------------------------------------


def json_schema(of: SchemaOf = "factsheet") -> dict[str, Any]:
    """The JSON Schema of an output: ``factsheet`` (``build --json``), ``figures``
    (``extract``), ``jsonl`` (one line of ``extract --format jsonl``) or ``store`` (a row of
    each table of the SQLite store, :mod:`factsheet.output.store`)."""
    if of == "store":
        from factsheet.output.store import store_schema

        body = store_schema()
    else:
        models: dict[str, type[BaseModel]] = {
            "factsheet": FactSheet,
            "figures": FigureList,
            "jsonl": JsonlRecord,
        }
        body = models[of].model_json_schema()
    head = {"$schema": SCHEMA_DIALECT, "$id": SCHEMA_ID.format(version=SCHEMA_VERSION, of=of)}
    return {**head, **body}


def dumps_schema(schema: Mapping[str, Any]) -> str:
    """A schema as ``factsheet schema`` prints it."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
