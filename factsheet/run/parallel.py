"""Worker processes: the per-document stages of many documents on all cores.

``pool_map`` runs a per-document function in a pool of processes and yields the results in
document order, holding only a few documents per worker in flight, so memory stays flat however
long the run. spaCy and quantulum3 are loaded once: a forked worker shares the parent's, loaded
before the first fork (one load, not one per worker; the workers' model pages are the same
memory, copy-on-write, so the weights sit in the cache once); a worker started afresh loads its
own when it starts.

Workers are forked where that is safe. A worker started afresh has a string-hash secret of its
own, which changes nothing: quantulum3's set-ordered tables are sorted as they are read
(:mod:`factsheet.grammar.units`).

Workers never outlive the run. They are forked with the stop signals held
(:func:`factsheet.stopping.held`) and start by ignoring SIGINT and SIGHUP, which a terminal sends
to the whole process group: the parent decides, and ends them with SIGTERM whenever
``pool_map`` is left before its end (an error, a :class:`~factsheet.errors.Stopped` run, a
consumer that stops reading). On Linux a worker also dies with its parent, however the parent
dies (``PR_SET_PDEATHSIG``). A worker that dies under the run (killed, out of memory) is a
:class:`~factsheet.errors.WorkerError`, one line, not a traceback.
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.process import BaseProcess
from typing import TypeVar

from factsheet import stopping
from factsheet.errors import WorkerError
from factsheet.models import Options

T = TypeVar("T")
W = TypeVar("W")

IN_FLIGHT = 2
"""Groups of documents queued per worker: enough to keep every worker busy, few enough to
hold memory flat."""
POLL = 0.5
"""Seconds between looks at a stop signal while waiting for a worker's result (a signal taken
by another thread does not wake the main thread's wait)."""
END_WAIT = 5.0
"""Seconds a worker told to end (SIGTERM) has before it is killed."""
_PR_SET_PDEATHSIG = 1  # linux/prctl.h


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
    processes; results in order.

    Raises:
        WorkerError: a worker process died before it gave its result.
    """
    method = _start_method()
    parent = os.getpid() if method == "fork" else None
    if parent is not None:
        _warm()  # before the first fork: the workers share the models
    pool = ProcessPoolExecutor(
        jobs,
        mp_context=multiprocessing.get_context(method),
        initializer=_start_worker,
        initargs=(parent,),
    )
    workers: dict[int, BaseProcess] = {}
    pending: deque[Future[T]] = deque()
    done = False

    def submit(item: W) -> None:
        with stopping.held():  # a worker forked here is born with the stop signals held
            pending.append(pool.submit(work, item, options))
        workers.update(_processes(pool))

    def every() -> list[BaseProcess]:
        return list({**workers, **_processes(pool)}.values())

    dead: list[BaseProcess] = []

    def result(future: Future[T]) -> T:
        """The future's result, once it is done. A worker that dies under the run breaks the
        pool; one that dies while it sends a result would leave the pool's reading thread
        waiting for the rest of it for ever, so the other workers are ended and the pipe
        released (:func:`_release`): the result is then the pool's error."""
        while not future.done():
            concurrent.futures.wait([future], timeout=POLL)
            if not future.done() and not dead:
                dead.extend(p for p in every() if p.exitcode is not None)
                if dead:
                    _end(every())
                    _release(pool)
        return future.result()

    try:
        for item in items:
            submit(item)
            if len(pending) >= jobs * IN_FLIGHT:
                yield result(pending.popleft())
        while pending:
            yield result(pending.popleft())
        done = True
    except BrokenProcessPool:  # from a result, or from submitting to a pool already broken
        raise WorkerError(_death(dead or every())) from None
    finally:
        if not done:
            for future in pending:
                future.cancel()
            _end(every())
            _release(pool)
        pool.shutdown(wait=True, cancel_futures=not done)


def _end(processes: list[BaseProcess]) -> None:
    """End the worker processes, and wait until they are gone."""
    for process in processes:
        if process.exitcode is None:
            process.terminate()
    for process in processes:
        process.join(timeout=END_WAIT)
        if process.exitcode is None:
            process.kill()
            process.join()


def _release(pool: ProcessPoolExecutor) -> None:
    """Close this process's end of the pipe the workers send results on, once they are gone.

    A worker that dies while it sends a result (a result over 16 KB is written as a length,
    then the bytes) leaves the pool's reading thread waiting for the rest of it for ever: the
    pipe stays open as long as any process holds its writing end, and this one does, though it
    never writes. Closed here, the read ends (``got end of file during message``), the pool
    knows itself broken, and it can be shut down."""
    queue = getattr(pool, "_result_queue", None)
    writer = getattr(queue, "_writer", None)
    if writer is not None:
        writer.close()


def _death(workers: list[BaseProcess]) -> str:
    """What happened to the worker that died, in words."""
    for process in workers:
        process.join(timeout=1)
    codes = [p.exitcode for p in workers if p.exitcode]
    if not codes:
        how = "ended before it finished"
    elif codes[0] < 0:
        try:
            how = f"was killed by {signal.Signals(-codes[0]).name}"
        except ValueError:
            how = f"was killed by signal {-codes[0]}"
    else:
        how = f"exited with status {codes[0]}"
    return f"a worker process {how} (out of memory, or ended from outside)"


def _processes(pool: ProcessPoolExecutor) -> dict[int, BaseProcess]:
    """The pool's worker processes by pid (forked workers start with the first item)."""
    found: dict[int, BaseProcess] | None = getattr(pool, "_processes", None)
    return dict(found or {})


def _start_method() -> str | None:
    """``fork`` where the platform has it and this process runs one thread (forking a process
    with other threads can deadlock); else ``forkserver`` where there is one, else the
    platform's default."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else None


def _start_worker(parent: int | None) -> None:
    """A worker's start: its signal dispositions, death with its parent, then the models."""
    stopping.in_worker()
    if parent is not None:
        _die_with(parent)
    _warm()


def _die_with(parent: int) -> None:
    """Have Linux kill this worker when its parent dies, even by SIGKILL, which leaves the
    parent no time to end it."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # no prctl here: the parent still ends its workers
        return
    if os.getppid() != parent:  # the parent died before the request was in place
        os._exit(1)


def _warm() -> None:
    """Load the models (once in a process): in the parent before it forks its workers, else
    when a worker starts, not with its first document."""
    from factsheet.grammar.candidates import candidates
    from factsheet.nlp.segment import nlp

    nlp()
    candidates("It flew 12 km.")
