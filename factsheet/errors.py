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


class ArgumentError(OptionsError):
    """A library call got an argument it cannot take: ``factsheet.extract(None)``, an
    ``Options`` field of the wrong type or out of its range. ``argument`` names it
    (``"inputs"``, ``"inputs[2]"``, ``"options"``, ``"jobs"``, ``"Options.kinds"``); the
    message says what was given and what is accepted.

    >>> error = ArgumentError("jobs", "expected a whole number of at least 1, got 0")
    >>> str(error), error.argument
    ('jobs: expected a whole number of at least 1, got 0', 'jobs')
    """

    def __init__(self, argument: str, problem: str) -> None:
        super().__init__(f"{argument}: {problem}")
        self.argument = argument
        self.problem = problem

    def __reduce__(self) -> tuple[type[ArgumentError], tuple[str, str]]:
        return type(self), (self.argument, self.problem)


class OutputError(FactsheetError):
    """An output cannot be written (disk full, permission denied)."""


class WorkerError(FactsheetError):
    """A fault of the environment, not of the input or the options: the machinery around the
    run failed. A worker process died, or the Dask scheduler does not answer, went away, or
    lost the workers its tasks ran on. The CLI exits with status 1, not 2 (a usage error)."""


class GoldError(FactsheetError):
    """An evaluation gold file is missing or not in the NewsQuant format."""


class StoreError(FactsheetError):
    """A store (``--db``, ``--from-db``) cannot be opened or written: not a SQLite file, not a
    factsheet store, a store of another schema version, or one that is locked."""


class Stopped(BaseException):
    """The run was told to stop by a signal (SIGINT, SIGTERM or SIGHUP): raised in the main
    thread by the CLI's handler (:mod:`factsheet.stopping`).

    Not a :class:`FactsheetError`, not even an ``Exception``: like ``KeyboardInterrupt`` it must
    pass through every ``except Exception`` on its way out, so that each ``finally`` and
    ``with`` on the way (temporary files, worker processes, a Dask client) cleans up.

    >>> import signal
    >>> Stopped(signal.SIGTERM).name, Stopped(signal.SIGTERM).status
    ('SIGTERM', 143)
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def name(self) -> str:
        """The signal's name: ``"SIGTERM"``."""
        import signal

        try:
            return signal.Signals(self.signum).name
        except ValueError:
            return f"signal {self.signum}"

    @property
    def status(self) -> int:
        """The exit status that says so: 128 + the signal's number."""
        return 128 + self.signum
