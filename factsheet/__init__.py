"""factsheet: turn news articles into a cited fact sheet of every numeric figure.

>>> from factsheet import extract
>>> [(f.surface, f.kind, f.unit) for f in extract("Officials said 16,000 volunteers were ready.")]
[('16,000', 'count', 'volunteer')]

The public names are imported when first used (PEP 562), so that ``import factsheet`` and the
start of the ``factsheet`` command, which holds the stop signals while it imports
(:mod:`factsheet.__main__`), cost little.
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING

from factsheet.errors import (
    ArgumentError,
    FactsheetError,
    GoldError,
    InputError,
    OptionsError,
    OutputError,
    StoreError,
    TemplateError,
    WorkerError,
)

if TYPE_CHECKING:
    from factsheet.models import SCHEMA_VERSION, Fact, FactSheet, Figure, Limits, Options, Source
    from factsheet.run.pipeline import Run, build, extract

__all__ = [
    "SCHEMA_VERSION",
    "ArgumentError",
    "Fact",
    "FactSheet",
    "FactsheetError",
    "Figure",
    "GoldError",
    "InputError",
    "Limits",
    "Options",
    "OptionsError",
    "OutputError",
    "Run",
    "Source",
    "StoreError",
    "TemplateError",
    "WorkerError",
    "build",
    "extract",
]
__version__ = "0.1.0"

_LAZY = {
    "SCHEMA_VERSION": "factsheet.models",
    "Fact": "factsheet.models",
    "FactSheet": "factsheet.models",
    "Figure": "factsheet.models",
    "Limits": "factsheet.models",
    "Options": "factsheet.models",
    "Source": "factsheet.models",
    "Run": "factsheet.run.pipeline",
    "build": "factsheet.run.pipeline",
    "extract": "factsheet.run.pipeline",
}


def __getattr__(name: str) -> object:
    """The public name from its module, imported on first use."""
    if name not in _LAZY:
        raise AttributeError(f"module 'factsheet' has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


logging.getLogger(__name__).addHandler(logging.NullHandler())
