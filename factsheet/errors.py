"""The faults factsheet reports. "Nothing found" is an empty list, never an exception.

Every error message names the offending value (a path, a template, an option) so that the CLI
can print it as one line and exit non-zero.
"""

from __future__ import annotations


class FactsheetError(Exception):
    """Base of every fault factsheet raises on purpose."""


class InputError(FactsheetError):
    """An input is missing, unreadable, binary, undecodable, empty or over a limit.

    The message is ``"{source}: {reason}"``; both parts are kept, for the list of skipped
    inputs in the outputs.

    >>> error = InputError("notes.txt", "empty file")
    >>> str(error), error.source, error.reason
    ('notes.txt: empty file', 'notes.txt', 'empty file')
    """

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        return type(self), (self.source, self.reason)


class TemplateError(FactsheetError):
    """A template is missing or fails to render."""


class OptionsError(FactsheetError):
    """An option has an invalid value (a usage error: the CLI exits with status 2)."""


class OutputError(FactsheetError):
    """An output cannot be written (disk full, permission denied)."""


class GoldError(FactsheetError):
    """An evaluation gold file is missing or not in the NewsQuant format."""


class StoreError(FactsheetError):
    """A store (``--db``, ``--from-db``) cannot be opened or written: not a SQLite file, not a
    factsheet store, a store of another schema version, or one that is locked."""
