"""A Dask backend: the per-document stages on a Dask cluster, the facts reduced by key there.

The cluster sibling of :mod:`factsheet.run.parallel`. Installed with ``pip install
'factsheet[dask]'``; Dask is imported only when one of these functions runs, so factsheet
imports without it.

- :func:`extract_bag` maps a ``dask.bag.Bag`` of inputs (paths, ``(id, text)`` pairs or
  :class:`Document` s) to a bag of :class:`Extracted`, in the bag's order.
- :func:`facts_bag` consolidates their figures as a reduce by fact key (``Bag.foldby`` on
  :func:`~factsheet.consolidate.facts.fact_key`), then splits each key's mentions into facts with
  :func:`~factsheet.consolidate.facts.clusters` — the same two steps ``consolidate`` runs locally.
  Every mention carries its position in the corpus, so the facts come back in order of first
  mention, as locally.
- :func:`build_bag` computes both and assembles the fact sheet as :func:`factsheet.build` does.
- :func:`extract_on` and :func:`build_on` are what ``factsheet extract|build --scheduler``
  call: they connect to a scheduler, check its workers, and send them documents read here.

Workers need no particular hash seed: the figures do not depend on Python's string hashing
(quantulum3's set-ordered tables are sorted as they are read, :mod:`factsheet.grammar.units`), so
``dask worker ADDRESS`` will do. ``--preload-nanny factsheet.run.distributed``, which earlier
versions asked for, still works and changes nothing.

Faults of the cluster are :class:`~factsheet.errors.WorkerError` s, one line each: a scheduler
that does not answer, no worker that joins it, a scheduler that goes away mid-run (the client's
futures are cancelled at once), tasks whose workers keep dying (Dask runs a task again on
another worker when its worker dies, up to ``distributed.scheduler.allowed-failures`` times, so
one lost worker costs time, not figures). A run stopped by a signal cancels its futures and
closes its client on the way out.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import threading
import warnings
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from factsheet import stopping
from factsheet.consolidate.facts import Anchoring, anchoring, clusters, fact, fact_key
from factsheet.errors import OptionsError, WorkerError
from factsheet.models import Document, Fact, FactSheet, Figure, Options
from factsheet.read.sources import STDIN, find_sources, read_entry, read_text
from factsheet.run.pipeline import (
    GROUP,
    POOL_GROUP,
    SCHEDULER_TIMEOUT,
    Extracted,
    assemble,
    extract_group,
    groups,
)

if TYPE_CHECKING:
    from dask.bag import Bag
    from distributed import Client, Future

Item = str | os.PathLike[str] | Document | tuple[str, str]
"""What a bag given to :func:`extract_bag` holds: a path (a file, or a folder searched as the
CLI does; read on the worker), an ``(id, text)`` pair (read like ``read_text(text, id=id)``),
or a :class:`Document`."""

Position = tuple[int, ...]
"""Where a mention stands in the corpus: (partition, document in partition, figure)."""

Keyed = tuple[tuple[object, ...], Position, Figure, Anchoring | None]
"""A mention as the reduce sees it: its fact key, position, figure and anchoring."""

NEEDS_DASK = "--scheduler needs Dask: pip install 'factsheet[dask]'"
IN_FLIGHT = 4
"""Documents (or batches of them) queued per worker."""
POLL = 0.5
"""Seconds between looks at a stop signal while waiting for a result."""


# --- on the workers ------------------------------------------------------------------------


def _documents_of(item: Item) -> list[Document]:
    """The documents a bag item names, read here (on the worker)."""
    if isinstance(item, Document):
        return [item]
    if isinstance(item, tuple):
        source_id, text = item
        return [read_text(text, id=source_id)]
    path = os.fspath(item)
    if path == STDIN:
        raise OptionsError("a Dask worker cannot read standard input ('-')")
    return [read_entry(entry) for entry in find_sources([path])]


def _extract_item(item: Item, options: Options | None) -> list[Extracted]:
    """The per-document stages on the documents of one bag item (a worker's task)."""
    return extract_group(_documents_of(item), options)


def _extract_batch(docs: Sequence[Document], options: Options | None) -> list[Extracted]:
    """The per-document stages on a batch of documents, parsed together (a worker's task)."""
    return extract_group(docs, options)


def _mentions(results: Sequence[Extracted], partition: int) -> list[Keyed]:
    """The mentions of one partition's results, keyed, with their positions in the corpus."""
    keyed: list[Keyed] = []
    for n, result in enumerate(results):
        for i, f in enumerate(result.figures):
            anchored = anchoring(f, result.source.date)
            keyed.append((fact_key(f, anchored), (partition, n, i), f, anchored))
    return keyed


def _key(mention: Keyed) -> tuple[object, ...]:
    return mention[0]


def _add(mentions: list[Keyed], mention: Keyed) -> list[Keyed]:
    mentions.append(mention)
    return mentions


def _join(a: list[Keyed], b: list[Keyed]) -> list[Keyed]:
    return a + b


def _position(mention: Keyed) -> Position:
    return mention[1]


def _facts_of_key(group: tuple[tuple[object, ...], list[Keyed]]) -> list[tuple[Position, Fact]]:
    """The facts among the mentions of one fact key, each with the position of its first."""
    mentions = sorted(group[1], key=_position)
    figures = [m[2] for m in mentions]
    return [
        (mentions[c[0]][1], fact([figures[i] for i in c], mentions[c[0]][3]))
        for c in clusters(figures)
    ]


# --- bags ----------------------------------------------------------------------------------


def extract_bag(items: Bag, options: Options | None = None) -> Bag:
    """A bag of :class:`Extracted`, one per document the items name, in the bag's order.

    ``items`` holds paths (``str`` or ``pathlib.Path``: files, or folders searched as the CLI
    does; read on the workers, so they must see them), ``(id, text)`` pairs, or
    :class:`Document` s. Nothing runs until the bag is computed.
    """
    _require_dask()
    return items.map(_extract_item, options).flatten()


def facts_bag(extracted: Bag) -> Bag:
    """The facts of a bag of :class:`Extracted`: a bag of (position of first mention, Fact).

    The figures are reduced by fact key (``foldby``) and each key's mentions split into facts;
    sorted by position, the facts are those :func:`~factsheet.consolidate.facts.consolidate` gives.
    """
    _require_dask()
    import dask.bag as db
    from dask.delayed import delayed

    parts = extracted.to_delayed()
    mentions = db.from_delayed([delayed(_mentions)(part, n) for n, part in enumerate(parts)])
    return mentions.foldby(_key, _add, list, _join).map(_facts_of_key).flatten()


def build_bag(
    items: Bag, options: Options | None = None, *, client: Client | None = None
) -> FactSheet:
    """The fact sheet of a bag of inputs (see :func:`extract_bag`), computed with ``client``
    (whose workers are checked first) or Dask's current scheduler; the same fact sheet as
    :func:`factsheet.build` on the same inputs, in the bag's order.

    Raises:
        OptionsError: Dask is missing.
        InputError: an input cannot be read.
    """
    _require_dask()
    from dask.base import compute

    extracted = extract_bag(items, options)
    facts = facts_bag(extracted)
    if client is not None:
        check_workers(client)
    with _quiet():
        results, placed = compute(extracted, facts, scheduler=client)
    ordered = [f for _, f in sorted(placed, key=lambda pair: pair[0])]
    return assemble(results, options, facts=ordered)


# --- a scheduler ---------------------------------------------------------------------------


def extract_on(
    address: str,
    docs: Iterable[Document],
    options: Options | None = None,
    *,
    timeout: float = SCHEDULER_TIMEOUT,
) -> Iterator[Extracted]:
    """The per-document stages over the documents on the cluster whose scheduler is at
    ``address``, yielding the results in document order as they come. Documents go in groups
    of :data:`~factsheet.run.pipeline.POOL_GROUP`, :data:`IN_FLIGHT` groups per worker at most in
    flight, so memory stays flat however long the run.

    Connects (and checks the workers) when called; iterate to the end or ``close()`` the
    iterator to disconnect.

    Raises:
        OptionsError: Dask is missing, or the address is not one.
        WorkerError: the scheduler does not answer within ``timeout`` seconds, no worker joins
            it, or, while the results are read, it goes away or its workers keep dying.
    """
    client = connect(address, timeout=timeout)
    try:
        workers = check_workers(client, timeout=timeout)
    except BaseException:
        _close(client)
        raise
    return _stream(client, docs, options, in_flight=workers * IN_FLIGHT, address=address)


def build_on(
    address: str,
    docs: Iterable[Document],
    options: Options | None = None,
    *,
    timeout: float = SCHEDULER_TIMEOUT,
) -> FactSheet:
    """The fact sheet of the documents, built on the cluster whose scheduler is at
    ``address``: the same fact sheet as :func:`factsheet.build` on the same documents.

    The documents are sent to the workers in batches of at most :data:`GROUP`, and no fewer
    than :data:`IN_FLIGHT` batches per worker; their facts are reduced by key there.

    Raises:
        OptionsError, WorkerError: as :func:`extract_on`.
    """
    client = connect(address, timeout=timeout)
    try:
        workers = check_workers(client, timeout=timeout)
        listed = list(docs)
        batches = _batches(listed, max(workers * IN_FLIGHT, -(-len(listed) // GROUP)))
        if not batches:
            return assemble([], options)
        import dask.bag as db

        with _quiet(), _faults(address):
            scattered = client.scatter(batches, hash=False)
            return build_bag(db.from_delayed(scattered), options, client=client)
    finally:
        _close(client)


def facts_on(
    address: str, results: Sequence[Extracted], *, timeout: float = SCHEDULER_TIMEOUT
) -> list[Fact]:
    """The facts of the documents' results, reduced by fact key on the cluster whose scheduler
    is at ``address``: the facts :func:`~factsheet.consolidate.facts.consolidate` gives, in order.
    What ``factsheet build --scheduler`` runs after :func:`extract_on`.

    Raises:
        OptionsError, WorkerError: as :func:`extract_on`.
    """
    if not results:
        return []
    client = connect(address, timeout=timeout)
    try:
        workers = check_workers(client, timeout=timeout)
        import dask.bag as db
        from dask.base import compute

        bag = db.from_sequence(results, npartitions=min(len(results), workers * IN_FLIGHT))
        with _quiet(), _faults(address):
            (placed,) = compute(facts_bag(bag), scheduler=client)
        return [f for _, f in sorted(placed, key=lambda pair: pair[0])]
    finally:
        _close(client)


def connect(address: str, *, timeout: float = SCHEDULER_TIMEOUT) -> Client:
    """A client of the scheduler at ``address`` (``tcp://HOST:8786``), not made the default.

    The client's threads are started with the stop signals held, so that a signal always
    reaches the main thread, which may be waiting for a result.

    Raises:
        OptionsError: Dask is missing, or the address is not one.
        WorkerError: no Dask scheduler answers at ``address`` within ``timeout`` seconds.
    """
    _require_dask()
    from distributed import Client

    _probe(address, timeout)
    try:
        with _quiet(), stopping.held():
            return Client(address, timeout=timeout, set_as_default=False)
    except Exception as error:
        raise WorkerError(_unreachable(address, error, timeout)) from None


def _probe(address: str, timeout: float) -> None:
    """Open a connection to ``address`` and exchange distributed's handshake, all within
    ``timeout`` seconds, before a :class:`Client` is made: a client that fails to start
    complains on stderr when it is collected, and one pointed at another service (the
    dashboard's port, say) can wait for ever or read garbage.

    Raises:
        OptionsError: the address is not one.
        WorkerError: no Dask server answers there in time.
    """
    from distributed.comm.addressing import parse_address
    from distributed.comm.core import connect as open_comm
    from distributed.comm.registry import get_backend

    try:
        scheme, location = parse_address(address)
        get_backend(scheme)
    except ValueError as error:
        raise OptionsError(
            f"{address}: not a Dask scheduler address ({_first_line(error)})"
        ) from None
    if not location.strip(":/"):
        raise OptionsError(f"{address!r}: not a Dask scheduler address (no host)")

    async def handshake() -> None:
        comm = await asyncio.wait_for(open_comm(address, timeout=timeout), timeout)
        await comm.close()

    try:
        with stopping.held():  # a thread of its own, which never takes a stop signal
            thread = ThreadPoolExecutor(1)  # the caller may be async
            probe = thread.submit(asyncio.run, handshake())
        with thread:
            _wait(probe)
    except Exception as error:
        raise WorkerError(_unreachable(address, error, timeout)) from None


def _unreachable(address: str, error: BaseException, timeout: float) -> str:
    if isinstance(error, (OSError, TimeoutError)):
        return f"no Dask scheduler answered at {address} within {timeout:g} s"
    return f"{address} answered, but not as a Dask scheduler ({type(error).__name__})"


def check_workers(client: Client, *, timeout: float = SCHEDULER_TIMEOUT) -> int:
    """The number of the scheduler's workers that answer. Waits up to ``timeout`` seconds for
    a first worker.

    Raises:
        WorkerError: no worker joined.
    """
    try:
        with _quiet():
            client.wait_for_workers(1, timeout=timeout)
            answers: dict[str, bool] = client.run(_answer)
    except (OSError, TimeoutError):
        address = client.scheduler.address if client.scheduler else "the scheduler"
        raise WorkerError(f"no Dask worker joined {address} within {timeout:g} s") from None
    return len(answers)


def _answer() -> bool:
    """What a worker says when asked whether it is there."""
    return True


def _stream(
    client: Client,
    docs: Iterable[Document],
    options: Options | None,
    *,
    in_flight: int,
    address: str = "the scheduler",
) -> Iterator[Extracted]:
    """The results of the documents in order, sent in groups of :data:`POOL_GROUP`, at most
    ``in_flight`` groups queued; cancels what is still pending and closes ``client`` when it
    ends, however it ends."""
    pending: deque[Future[list[Extracted]]] = deque()
    try:
        for group in groups(docs, POOL_GROUP):
            pending.append(client.submit(_extract_batch, group, options, pure=False))
            if len(pending) >= in_flight:
                with _faults(address):
                    done = _wait(pending.popleft())
                yield from done
        while pending:
            with _faults(address):
                done = _wait(pending.popleft())
            yield from done
    finally:
        for future in pending:
            future.cancel()
        _close(client)


def _wait(future: Any) -> Any:
    """A future's result (a Dask one, or a thread's), looking for a stop signal every
    :data:`POLL` seconds meanwhile."""
    finished = threading.Event()
    future.add_done_callback(lambda _: finished.set())
    while not finished.wait(POLL):
        pass
    return future.result()


@contextlib.contextmanager
def _faults(address: str) -> Iterator[None]:
    """Faults of the cluster while a result is awaited, as :class:`WorkerError` s."""
    from concurrent.futures import CancelledError

    from distributed import KilledWorker
    from distributed.comm.core import CommClosedError

    try:
        yield
    except KilledWorker as error:
        raise WorkerError(f"Dask workers kept dying on one task ({_first_line(error)})") from None
    except (CancelledError, CommClosedError):
        raise WorkerError(
            f"lost the Dask scheduler at {address} while extracting: it went away, or the "
            "connection to it broke"
        ) from None


def _batches(docs: Sequence[Document], count: int) -> list[list[Document]]:
    """The documents in at most ``count`` consecutive batches of near-equal length."""
    count = max(1, min(count, len(docs)))
    size, extra = divmod(len(docs), count)
    batches: list[list[Document]] = []
    start = 0
    for n in range(count):
        end = start + size + (n < extra)
        if end > start:
            batches.append(list(docs[start:end]))
        start = end
    return batches


# --- quiet ---------------------------------------------------------------------------------


def _require_dask() -> None:
    """Raise :class:`OptionsError` unless Dask's bag and distributed are installed."""
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        raise OptionsError(NEEDS_DASK) from None
    _silence()


def _silence() -> None:
    """Keep distributed's log records out of the user's terminal: it logs connection retries,
    dashboard ports and worker comings and goings to stderr on its own handler. Faults reach
    the caller as exceptions."""
    names = [n for n in logging.root.manager.loggerDict if n.split(".")[0] == "distributed"]
    for name in ["distributed", *names]:
        logging.getLogger(name).setLevel(logging.CRITICAL)


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """Ignore the warnings distributed gives while connecting and computing (version
    mismatches between client and workers, large graphs)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


def _close(client: Client) -> None:
    with _quiet(), contextlib.suppress(Exception):
        client.close()


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
