"""factsheet: turn news articles into a cited fact sheet of every numeric figure.

>>> from factsheet import extract
>>> [(f.surface, f.kind, f.unit) for f in extract("Officials said 16,000 volunteers were ready.")]
[('16,000', 'count', 'volunteer')]
"""

from __future__ import annotations

import logging

from factsheet.errors import FactsheetError, InputError, OptionsError, TemplateError
from factsheet.models import SCHEMA_VERSION, Fact, FactSheet, Figure, Options, Source
from factsheet.pipeline import build, extract

__all__ = [
    "SCHEMA_VERSION",
    "Fact",
    "FactSheet",
    "FactsheetError",
    "Figure",
    "InputError",
    "Options",
    "OptionsError",
    "Source",
    "TemplateError",
    "build",
    "extract",
]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
