"""Models as flat columns: what CSV and the SQLite store are made of.

Reads a pydantic model class; gives one :class:`Column` per scalar a row holds, generated from
the model's fields, so that a field added to the model becomes a column with no more code:

- a field of a number, string, bool or ``Literal`` type is one column of its name (``int`` and
  ``bool`` INTEGER, ``float`` and ``int | float`` REAL, the rest TEXT);
- a pair of integers (a span) is two INTEGER columns, ``NAME_start`` and ``NAME_end``;
- a nested model is its own columns, each named ``NAME_SUBNAME``;
- anything else (a list, a mapping) is one TEXT column holding JSON.

Every column's description is its field's ``description`` (a span's two columns say which end
they are). :func:`row` flattens an instance; :func:`unflatten` turns a row back into the data
:meth:`~pydantic.BaseModel.model_validate` takes, so that the round trip gives an equal model.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

SqlType = Literal["INTEGER", "REAL", "TEXT"]

_LARGEST_INT = 1e15
"""Integral floats below this are integers, as classify writes them (``16000``, not ``16000.0``):
a REAL column gives them back as floats."""


@dataclass(frozen=True)
class Column:
    """One flat column of a model: its name, SQL type and description, and where its value is
    (``path``: field names, then an index into a pair)."""

    name: str
    type: SqlType
    description: str
    path: tuple[str | int, ...]
    json: bool = False
    """The value is stored as JSON text (a list or a mapping)."""


def columns(model: type[BaseModel], *, skip: Sequence[str] = ()) -> list[Column]:
    """The flat columns of a model's fields, in field order (``skip``: fields left out)."""
    return list(_columns(model, "", (), skip))


def _columns(
    model: type[BaseModel], prefix: str, path: tuple[str | int, ...], skip: Sequence[str]
) -> typing.Iterator[Column]:
    for name, info in model.model_fields.items():
        if name in skip:
            continue
        description = " ".join((info.description or "").split())
        where = (*path, name)
        annotation = _without_none(info.annotation)
        nested = _model(annotation)
        if nested is not None:
            yield from _columns(nested, f"{prefix}{name}_", where, ())
        elif _is_pair(annotation):
            start, end = f"Start of: {description}", f"End of: {description}"
            yield Column(f"{prefix}{name}_start", "INTEGER", start, (*where, 0))
            yield Column(f"{prefix}{name}_end", "INTEGER", end, (*where, 1))
        else:
            sql = _sql_type(annotation)
            yield Column(f"{prefix}{name}", sql or "TEXT", description, where, json=sql is None)


def _without_none(annotation: Any) -> Any:
    if get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0]
        return Union[tuple(args)]  # noqa: UP007 - rebuilt from its parts
    return annotation


def _model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None


def _is_pair(annotation: Any) -> bool:
    return get_origin(annotation) is tuple and get_args(annotation) == (int, int)


def _sql_type(annotation: Any) -> SqlType | None:
    """The column type of a scalar annotation; ``None`` for what is stored as JSON."""
    if get_origin(annotation) is Literal:
        kinds = {type(a) for a in get_args(annotation)}
        return "INTEGER" if kinds <= {int, bool} else "TEXT"
    if get_origin(annotation) in (Union, types.UnionType):
        parts = {_sql_type(a) for a in get_args(annotation) if a is not type(None)}
        if parts <= {"INTEGER", "REAL"}:
            return "REAL" if "REAL" in parts else "INTEGER"
        return "TEXT" if parts == {"TEXT"} else None
    if annotation in (int, bool):
        return "INTEGER"
    if annotation is float:
        return "REAL"
    if annotation is str:
        return "TEXT"
    return None


def row(instance: BaseModel, cols: Sequence[Column]) -> list[object]:
    """The instance's values for the columns, in order (JSON text for JSON columns)."""
    data = instance.model_dump(mode="json")
    values: list[object] = []
    for col in cols:
        value: Any = data
        for step in col.path:
            if value is None:
                break
            value = value[step]
        if col.json and value is not None:
            value = json.dumps(value, ensure_ascii=False, sort_keys=True)
        values.append(value)
    return values


def unflatten(values: Mapping[str, object], cols: Sequence[Column]) -> dict[str, Any]:
    """The data a model validates from, given a row's values by column name: pairs rebuilt,
    nested models regrouped (``None`` when all their columns are), JSON parsed, integral
    numbers of REAL columns made integers again."""
    data: dict[str, Any] = {}
    for col in cols:
        value = values.get(col.name)
        if col.json and isinstance(value, str):
            value = json.loads(value)
        elif col.type == "REAL" and isinstance(value, float):
            value = number(value)
        target: Any = data
        for step, following in zip(col.path, col.path[1:], strict=False):
            target = target.setdefault(step, [None, None] if isinstance(following, int) else {})
        target[col.path[-1]] = value
    return _nones(data)


def _nones(data: dict[str, Any]) -> dict[str, Any]:
    """Nested models whose every column is null are null."""
    for key, value in data.items():
        if isinstance(value, dict):
            value = _nones(value)
            data[key] = None if all(_null(v) for v in value.values()) else value
    return data


def _null(value: object) -> bool:
    return value is None or (isinstance(value, list) and all(v is None for v in value))


def number(value: float) -> int | float:
    """An integral float as the integer it stands for (below 10^15).

    >>> number(16000.0), number(4.83), number(1e16)
    (16000, 4.83, 1e+16)
    """
    if value.is_integer() and abs(value) < _LARGEST_INT:
        return int(value)
    return value
