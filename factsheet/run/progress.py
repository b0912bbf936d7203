"""Long runs: a progress bar while documents are read, and a one-line summary at the end.

:class:`Tracker` wraps the stream of per-document results
(:class:`factsheet.run.pipeline.Extracted`)
and counts files, sentences and figures as they pass. The bar (rich) is drawn on standard error
only when it is a terminal; the summary and the list of skipped inputs are plain lines. Nothing
here changes what is extracted.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import TextIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from factsheet import stopping
from factsheet.errors import InputError
from factsheet.run.pipeline import Extracted


class Tracker:
    """Counts what a run has processed, and shows a progress bar when asked to.

    >>> tracker = Tracker(total=0, bar=False)
    >>> tracker.summary(elapsed=1.5)
    '0 files, 0 sentences, 0 figures in 1.5 s'
    """

    def __init__(self, total: int, *, bar: bool, stream: TextIO | None = None) -> None:
        self.total = total
        self.files = 0
        self.sentences = 0
        self.figures = 0
        self.started = time.perf_counter()
        self._progress: Progress | None = None
        if bar:
            console = Console(file=stream or sys.stderr, force_terminal=True)
            self._progress = Progress(
                TextColumn("factsheet"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("files · {task.fields[figures]:,} figures"),
                TimeRemainingColumn(),
                console=console,
                transient=True,
            )
        self._task = self._progress.add_task("", total=total, figures=0) if self._progress else None

    def __enter__(self) -> Tracker:
        if self._progress is not None:
            with stopping.held():  # its refresh thread never takes the run's stop signals
                self._progress.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._progress is not None:
            self._progress.stop()

    def track(self, results: Iterable[Extracted]) -> Iterator[Extracted]:
        """The results, unchanged, counted as they pass."""
        for result in results:
            self.add(result)
            yield result

    def add(self, result: Extracted) -> None:
        """Count one result (and move the bar on)."""
        self.files += 1
        self.sentences += result.sentences
        self.figures += len(result.figures)
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, advance=1, figures=self.figures)

    def summary(self, elapsed: float | None = None) -> str:
        """What was processed and how long it took, in one line."""
        if elapsed is None:
            elapsed = time.perf_counter() - self.started
        return (
            f"{_count(self.files, 'file')}, {_count(self.sentences, 'sentence')}, "
            f"{_count(self.figures, 'figure')} in {elapsed:.1f} s"
        )


def skipped_lines(skipped: Iterable[InputError]) -> list[str]:
    """One line per input that was skipped, saying why."""
    return [f"error: {error}" for error in skipped]


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"
