"""How a run stops: SIGINT, SIGTERM and SIGHUP become :class:`~factsheet.errors.Stopped`.

SIGINT is Ctrl-C (a terminal sends it to the whole process group, workers included), SIGTERM
what ``kill``, ``timeout``, cron, systemd and Kubernetes send, SIGHUP a terminal that went away.

- :func:`handled` (the CLI only; a library installs no handlers): while it is active, the first
  stop signal raises :class:`Stopped` in the main thread, wherever it is, so that every
  ``finally`` and ``with`` on the way out runs (temporary files removed, workers ended, a Dask
  client's futures cancelled); later signals are ignored while that cleaning up runs. A signal
  that was ignored when the command started (``nohup``) stays ignored.
- :func:`held`: the stop signals blocked in the calling thread for the length of a block. Worker
  processes are forked inside it, so they are born with the signals held and set their own
  dispositions (:func:`in_worker`) before they take any; helper threads (the progress bar's, a
  Dask client's) are started inside it, so they inherit the mask and a signal always reaches the
  main thread; and the final renames of a run's outputs happen inside it, so that a run leaves
  all of its outputs or none.
- :func:`in_worker`: what a worker process does first: it ignores SIGINT and SIGHUP (a
  terminal sends them to the whole group; the parent decides) and dies on SIGTERM, which is how
  the parent ends it.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Callable, Iterator
from types import FrameType

from factsheet.errors import Stopped

STOP_SIGNALS: tuple[signal.Signals, ...] = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)
"""The signals that stop a run, where the platform has them."""

_CAN_MASK = hasattr(signal, "pthread_sigmask")

Handler = Callable[[int, FrameType | None], object] | int | signal.Handlers | None


def _stop(signum: int, frame: FrameType | None) -> None:
    """The handler: ignore further stop signals (the cleaning up must finish), then stop."""
    for sig in STOP_SIGNALS:
        if signal.getsignal(sig) is _stop:
            signal.signal(sig, _ignore)
    raise Stopped(signum)


def _ignore(signum: int, frame: FrameType | None) -> None:
    """A handler that does nothing. Not ``SIG_IGN``: a signal that arrived just before the
    switch would then be raised as an ``OSError`` ("ignored due to race condition")."""


@contextlib.contextmanager
def handled(*, restore: bool = True) -> Iterator[None]:
    """Stop signals raise :class:`Stopped` in the main thread while the block runs.

    Outside the main thread this does nothing (Python runs handlers only there). Signals held
    when it starts (:func:`factsheet.cli.run` holds them across its ``exec``) are taken as soon
    as the handlers are in place. On leaving, the previous handlers are put back, or with
    ``restore=False`` (the command, about to exit) the signals are ignored from then on.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous: dict[signal.Signals, Handler] = {}
    with held():
        for sig in STOP_SIGNALS:
            before = signal.getsignal(sig)
            if before is signal.SIG_IGN:
                continue  # nohup, or a background job of a non-interactive shell
            previous[sig] = before
            signal.signal(sig, _stop)
    release()
    try:
        yield
    finally:
        with held():
            for sig, before in previous.items():
                if not restore:
                    signal.signal(sig, _ignore)
                else:
                    signal.signal(sig, before if before is not None else signal.SIG_DFL)


@contextlib.contextmanager
def held() -> Iterator[None]:
    """The stop signals blocked in this thread for the block, and delivered after it (those
    that arrived meanwhile). Threads and processes started in the block inherit the mask."""
    if not _CAN_MASK:
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def hold() -> None:
    """Block the stop signals in this thread (until :func:`release`); :func:`held` is the
    block form. An ``exec`` keeps the mask: the new program takes them when it is ready."""
    if _CAN_MASK:
        signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)


def release() -> None:
    """Unblock the stop signals in this thread; any that arrived while held are taken now."""
    if _CAN_MASK:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)


def in_worker() -> None:
    """A worker process's dispositions: SIGINT and SIGHUP ignored, SIGTERM ends it; then the
    signals are unblocked (a worker is forked with them held, inside :func:`held`)."""
    for sig in STOP_SIGNALS:
        signal.signal(sig, signal.SIG_DFL if sig == signal.SIGTERM else signal.SIG_IGN)
    release()
