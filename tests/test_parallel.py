"""Worker processes (:mod:`factsheet.run.parallel`): results in order, and a worker that dies
while it sends its result is an error, not a run that waits for ever."""

from __future__ import annotations

import os
import struct
import threading
from typing import Any

import pytest

from factsheet.errors import WorkerError
from factsheet.models import Options
from factsheet.run.parallel import pool_map

pytestmark = pytest.mark.slow  # the workers load the models when they start

BIG = 100_000
"""Bytes of a result: over 16 KB, a result is sent as its length, then its bytes."""


def _big(item: int, options: Options | None) -> bytes:
    return bytes([item]) * BIG


def _dies_while_sending(item: int, options: Options | None) -> bytes:
    """In the worker: the next result sent is cut after its length and a few bytes, and the
    worker dies there, as one killed (out of memory, SIGKILL) while it sends."""
    from multiprocessing import connection

    def send_bytes(self: Any, buf: Any) -> None:
        self._send(struct.pack("!i", len(buf)))
        self._send(bytes(buf[:100]))
        os._exit(1)

    connection.Connection._send_bytes = send_bytes  # type: ignore[method-assign]
    return _big(item, options)


def _within(seconds: float, call: Any) -> Any:
    """``call()``'s result or error, or a failure if it has not ended within ``seconds``."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["result"] = call()
        except BaseException as error:  # handed to the test
            outcome["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        pytest.fail(f"still waiting after {seconds} s")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def test_big_results_come_back_in_order() -> None:
    results = _within(120, lambda: list(pool_map(_big, range(6), None, jobs=2)))
    assert [r[:1] for r in results] == [bytes([n]) for n in range(6)]
    assert {len(r) for r in results} == {BIG}


@pytest.mark.parametrize("items", [[1], [1, 2, 3, 4]], ids=["one item", "more items than workers"])
def test_a_worker_that_dies_while_sending_is_a_worker_error(items: list[int]) -> None:
    """The other worker is alive and idle, or busy: the run ends either way, in one line."""
    with pytest.raises(WorkerError, match="a worker process exited with status 1"):
        _within(120, lambda: list(pool_map(_dies_while_sending, items, None, jobs=2)))


_SHARED = """
from factsheet.nlp import segment
from factsheet.run import parallel

def model(item, options):
    return id(segment.nlp())

parallel._start_method = lambda: "fork"  # as in a command, which runs one thread
assert segment.nlp.cache_info().currsize == 0
got = list(parallel.pool_map(model, range(4), None, jobs=2))
loaded = segment.nlp.cache_info().currsize
print(loaded, len(set(got)), got[0] == id(segment.nlp()))
"""


def test_forked_workers_share_the_parents_models() -> None:
    """With ``fork``, the parent loads spaCy before its first fork and every worker works with
    that one pipeline (one load, not one per worker), instead of loading its own."""
    import subprocess
    import sys

    run = subprocess.run(
        [sys.executable, "-c", _SHARED], capture_output=True, text=True, timeout=120, check=True
    )
    assert run.stdout.split() == ["1", "1", "True"]
