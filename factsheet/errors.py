"""The faults factsheet reports. "Nothing found" is an empty list, never an exception.

Every error message names the offending value (a path, a template, an option) so that the CLI
can print it as one line and exit non-zero.
"""

from __future__ import annotations


class FactsheetError(Exception):
    """Base of every fault factsheet raises on purpose."""


class InputError(FactsheetError):
    """An input path is missing, unreadable, binary, undecodable or empty."""


class TemplateError(FactsheetError):
    """A template is missing or fails to render."""


class OptionsError(FactsheetError):
    """An option has an invalid value."""


class GoldError(FactsheetError):
    """An evaluation gold file is missing or not in the NewsQuant format."""
