"""Worker processes: the per-document stages of many documents on all cores.

``pool_map`` runs a per-document function in a pool of processes and yields the results in
document order, holding only a few documents per worker in flight, so memory stays flat however
long the run. Each worker loads spaCy and quantulum3 once, when it starts.

Workers are forked where that is safe, so they share the parent's string-hash secret: quantulum3
orders some of its tables by hash, and a worker with another secret could read a rare unit
differently from the parent (see ``factsheet.cli.run``, which fixes the seed for the command).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

from factsheet.models import Options

T = TypeVar("T")
W = TypeVar("W")

IN_FLIGHT = 2
"""Groups of documents queued per worker: enough to keep every worker busy, few enough to
hold memory flat."""


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def pool_map(
    work: Callable[[W, Options | None], T],
    items: Iterable[W],
    options: Options | None,
    *,
    jobs: int,
) -> Iterator[T]:
    """``work(item, options)`` for each item (a document, or a group of documents), in ``jobs``
    processes; results in order."""
    context = multiprocessing.get_context(_start_method())
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_warm) as pool:
        pending: deque[Future[T]] = deque()
        try:
            for item in items:
                pending.append(pool.submit(work, item, options))
                if len(pending) >= jobs * IN_FLIGHT:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()


def _start_method() -> str | None:
    """``fork`` where the platform has it and this process runs one thread (forking a process
    with other threads can deadlock); else the platform's default, whose workers start afresh
    and share the hash secret only when ``PYTHONHASHSEED`` is set, as the command does."""
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return "fork"
    return None


def _warm() -> None:
    """Load the models when a worker starts, not with its first document."""
    from factsheet.extract import candidates
    from factsheet.segment import nlp

    nlp()
    candidates("It flew 12 km.")
