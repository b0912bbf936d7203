"""The Dask backend on a real cluster: a ``LocalCluster`` of two worker processes.

The cluster's fact sheet must equal the local one, byte for byte in JSON, on seeds/ and on a
small generated corpus whose figures repeat across articles (so the reduce by fact key merges
mentions from different partitions). The local run is made in a subprocess with
``PYTHONHASHSEED=1``; the workers run with the seed their nanny gives them: the figures do not
depend on the string-hash seed.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import random
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import dask.bag as db
import pytest
from distributed import Client, LocalCluster
from helpers import start_factsheet

from factsheet.errors import OptionsError, WorkerError
from factsheet.models import FactSheet
from factsheet.run import distributed
from factsheet.run.pipeline import documents

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

SENTENCES = [
    "Officials said {people:,} volunteers were ready to help.",
    "Prices rose {percent}% in {month}, the statistics office said.",
    "The city will spend ${millions} million on new roads.",
    "The new bridge is {km} km long and cost ${millions} million.",
    "About {crowd:,} people attended the rally in the capital.",
    "The council approved the plan on {day} {month} 2023.",
    "Unemployment fell to {percent}% last month.",
    "The company said it would cut {people:,} jobs by 2025.",
    "Rescuers reached the village after a {hours}-hour drive.",
    "The museum, opened in {year}, drew {crowd:,} visitors.",
]
MONTHS = ["January", "March", "May", "October"]


def article(rng: random.Random, n: int) -> str:
    """A short news article with random figures, some drawn from small pools so that the
    same figure recurs across articles."""
    values = {
        "people": rng.choice([16000, 2500, rng.randint(100, 99999)]),
        "percent": rng.choice([7, 3.5, rng.randint(1, 40)]),
        "month": rng.choice(MONTHS),
        "millions": rng.choice([95, 14, rng.randint(2, 900)]),
        "km": rng.randint(2, 60),
        "crowd": rng.choice([12000, rng.randint(1000, 50000)]),
        "day": rng.randint(1, 28),
        "hours": rng.randint(2, 12),
        "year": rng.randint(1900, 2010),
    }
    lines = [f"# Report {n}", ""]
    if n % 3:
        lines += [f"Published: {rng.randint(1, 28)} {rng.choice(MONTHS)} 2023", ""]
    chosen = rng.sample(SENTENCES, 5)
    lines += [" ".join(s.format(**values) for s in chosen[:2]), ""]
    lines += [" ".join(s.format(**values) for s in chosen[2:]), ""]
    return "\n".join(lines)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Ten generated articles (fixed random seed) in a folder."""
    folder = tmp_path_factory.mktemp("corpus")
    rng = random.Random(20240501)
    for n in range(1, 11):
        (folder / f"report-{n:02}.md").write_text(article(rng, n), encoding="utf-8")
    return folder


LOCAL_BUILD = """
import sys
import factsheet
for path in sys.argv[1:]:
    print(factsheet.build([path]).model_dump_json())
"""


@pytest.fixture(scope="module")
def local(corpus: Path) -> dict[str, str]:
    """Path → the JSON of ``factsheet.build([path])``, run with PYTHONHASHSEED=1."""
    env = dict(os.environ, PYTHONHASHSEED="1")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    paths = [str(SEEDS), str(corpus)]
    done = subprocess.run(
        [sys.executable, "-c", LOCAL_BUILD, *paths],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    return dict(zip(paths, done.stdout.splitlines(), strict=True))


@contextlib.contextmanager
def local_cluster(workers: int, **options: Any) -> Iterator[LocalCluster]:
    """A LocalCluster of worker processes, one thread each, quiet. A nanny writes its spawn
    environment (PYTHONHASHSEED among it) into this process's ``os.environ``; it is put back
    after."""
    saved = dict(os.environ)
    try:
        with LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
            silence_logs=logging.CRITICAL,
            **options,
        ) as started:
            yield started
    finally:
        os.environ.clear()
        os.environ.update(saved)


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    """Two workers started the way the README says: ``dask worker ADDRESS``, with the hash seed
    their nanny gives them."""
    with local_cluster(2) as started:
        yield started


@pytest.fixture(scope="module")
def client(cluster: LocalCluster) -> Iterator[Client]:
    with distributed.connect(cluster.scheduler_address) as connected:
        yield connected


def worker_env() -> tuple[str | None, int, int]:
    return os.environ.get("PYTHONHASHSEED"), sys.flags.hash_randomization, hash("factsheet")


@pytest.mark.slow
def test_workers_need_no_hash_seed(client: Client) -> None:
    """The workers hash strings with a seed of their nanny's, not 1 as the local run: the
    sheets below equal the local ones all the same."""
    states = client.run(worker_env)
    assert len(states) == 2
    assert "1" not in {state[0] for state in states.values()}
    assert distributed.check_workers(client) == 2


@pytest.mark.slow
@pytest.mark.parametrize("which", ["seeds", "corpus"])
def test_build_on_a_cluster_equals_the_local_build(
    which: str,
    cluster: LocalCluster,
    corpus: Path,
    local: dict[str, str],
    capfd: pytest.CaptureFixture[str],
) -> None:
    path = str(SEEDS if which == "seeds" else corpus)
    capfd.readouterr()
    sheet = distributed.build_on(cluster.scheduler_address, documents([path]))
    assert sheet.model_dump_json() == local[path]
    assert capfd.readouterr().err == ""
    assert len(sheet.sources) == len(documents([path])) and sheet.facts


@pytest.mark.slow
def test_the_corpus_merges_figures_across_articles(local: dict[str, str], corpus: Path) -> None:
    """Not a vacuous comparison: facts cite several articles, in several partitions."""
    sheet = FactSheet.model_validate_json(local[str(corpus)])
    assert len(sheet.sources) == 10
    assert sum(len(f.sources) > 1 for f in sheet.facts) >= 3
    assert len(sheet.figures) > len(sheet.facts) > 30


@pytest.mark.slow
def test_build_bag_of_paths_read_on_the_workers(
    client: Client, corpus: Path, local: dict[str, str]
) -> None:
    paths = db.from_sequence(sorted(str(p) for p in corpus.glob("*.md")), npartitions=3)
    sheet = distributed.build_bag(paths, client=client)
    assert sheet.model_dump_json() == local[str(corpus)]


@pytest.mark.slow
def test_build_bag_of_texts(client: Client, corpus: Path, local: dict[str, str]) -> None:
    texts = [(str(p), p.read_text(encoding="utf-8")) for p in sorted(corpus.glob("*.md"))]
    sheet = distributed.build_bag(db.from_sequence(texts, npartitions=4), client=client)
    expected = FactSheet.model_validate_json(local[str(corpus)])
    # a text has no file name to tell its format: read as plain text, not Markdown (no title)
    assert sheet.figures == expected.figures
    assert sheet.facts == expected.facts


@pytest.mark.slow
@pytest.mark.parametrize("which", ["seeds", "corpus"])
def test_extract_on_streams_the_local_figures_in_order(
    which: str, cluster: LocalCluster, corpus: Path, local: dict[str, str]
) -> None:
    path = str(SEEDS if which == "seeds" else corpus)
    results = list(distributed.extract_on(cluster.scheduler_address, documents([path])))
    expected = FactSheet.model_validate_json(local[path])
    assert [r.source for r in results] == expected.sources
    # fact ids are given where facts are made (assemble), after extraction
    unmerged = [f.model_copy(update={"fact_id": None}) for f in expected.figures]
    assert [f for r in results for f in r.figures] == unmerged


@pytest.mark.slow
def test_workers_started_with_the_old_preload_give_the_same_sheet(local: dict[str, str]) -> None:
    """``--preload-nanny factsheet.run.distributed``, which earlier versions asked for, still works
    (and changes nothing)."""
    with local_cluster(1, preload_nanny=["factsheet.run.distributed"]) as cluster:
        sheet = distributed.build_on(cluster.scheduler_address, documents([str(SEEDS)]))
    assert sheet.model_dump_json() == local[str(SEEDS)]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_an_unreachable_scheduler_is_a_one_line_error() -> None:
    """An environment fault (WorkerError, exit 1), not a usage error."""
    address = f"tcp://127.0.0.1:{free_port()}"
    with pytest.raises(WorkerError) as raised:
        distributed.build_on(address, [], timeout=0.3)
    assert str(raised.value) == f"no Dask scheduler answered at {address} within 0.3 s"
    with pytest.raises(WorkerError, match="no Dask scheduler answered"):
        distributed.extract_on(address, [], timeout=0.3)


@pytest.mark.parametrize("address", ["", "tcp://", "nonsense://host:8786"])
def test_a_malformed_address_is_a_one_line_error(address: str) -> None:
    with pytest.raises(OptionsError, match="not a Dask scheduler address") as raised:
        distributed.connect(address, timeout=0.3)
    assert "\n" not in str(raised.value)


def test_without_dask_the_error_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(OptionsError) as raised:
        distributed.build_on("tcp://127.0.0.1:8786", [])
    assert str(raised.value) == "--scheduler needs Dask: pip install 'factsheet[dask]'"


@pytest.mark.slow
def test_command_build_with_a_scheduler_equals_the_local_build(
    cluster: LocalCluster,
    corpus: Path,
    local: dict[str, str],
    tmp_path: Path,
    command: Callable[..., Any],
) -> None:
    out = tmp_path / "sheet.json"
    done = command(
        "build", str(corpus), "--scheduler", cluster.scheduler_address, "-q",
        "--json", str(out), "-o", str(tmp_path / "sheet.md"),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    expected = json.loads(local[str(corpus)])
    assert expected.pop("skipped", []) == []  # the command leaves out an empty list
    assert json.loads(out.read_text("utf-8")) == expected


@pytest.mark.slow
def test_command_extract_with_a_scheduler_equals_the_local_extract(
    cluster: LocalCluster, corpus: Path, command: Callable[..., Any]
) -> None:
    there = command("extract", str(corpus), "--scheduler", cluster.scheduler_address, "-q")
    here = command("extract", str(corpus), "-q", "-f", "json")
    assert there.returncode == 0, there.stderr
    assert there.stdout == here.stdout and json.loads(there.stdout)["figures"]


# --------------------------------------------------------------------------------------------
# Faults of a long run: a signal, a worker that dies, a scheduler that goes away
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def long_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Sixty longer generated articles: a run of many seconds on two workers."""
    folder = tmp_path_factory.mktemp("long")
    rng = random.Random(20261201)
    for n in range(60):
        text = "\n\n".join(article(rng, n * 100 + k) for k in range(8))
        (folder / f"long-{n:02}.md").write_text(text, encoding="utf-8")
    return folder


start_command = start_factsheet


def wait_until(condition: Callable[[], bool], proc: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 120
    while not condition():
        assert proc.poll() is None, f"the run ended first: {proc.communicate()}"
        assert time.monotonic() < deadline, "waited two minutes"
        time.sleep(0.02)


def temporary(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.mark.slow
def test_a_stopped_command_cancels_its_futures(
    cluster: LocalCluster, long_corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "figures.jsonl"
    out.write_text("previous\n")
    scheduler = cluster.scheduler
    proc = start_command(
        "extract", str(long_corpus), "--scheduler", cluster.scheduler_address, "-q",
        "-f", "jsonl", "-o", str(out),
    )  # fmt: skip
    try:
        wait_until(lambda: len(scheduler.tasks) > 0, proc)
        sent = time.monotonic()
        os.kill(proc.pid, signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
        assert (proc.returncode, err) == (143, "factsheet: stopped by SIGTERM; nothing written\n")
        assert time.monotonic() - sent < 10
        wait_until_released = time.monotonic() + 10
        while scheduler.tasks and time.monotonic() < wait_until_released:
            time.sleep(0.05)
        assert len(scheduler.tasks) == 0, "the run's tasks are still on the scheduler"
        assert out.read_text() == "previous\n" and temporary(tmp_path) == []
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)


@pytest.mark.slow
def test_a_worker_that_dies_mid_run_costs_time_not_figures(
    long_corpus: Path, tmp_path: Path, cli: Callable[..., Any]
) -> None:
    """Dask runs the dead worker's tasks again elsewhere: the same bytes as a local run (made
    in this process, whose model is loaded). Eight of the long corpus's articles, a batch
    for each worker: one is killed as soon as a task is processing, so the run is still
    mid-way."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in sorted(long_corpus.iterdir())[:8]:
        (corpus / path.name).write_bytes(path.read_bytes())
    here = cli("extract", str(corpus), "-q", "-f", "jsonl")
    assert here.code == 0, here
    out = tmp_path / "figures.jsonl"
    with (
        local_cluster(2, preload_nanny=["factsheet.run.distributed"]) as cluster,
        Client(cluster) as client,
    ):
        pids = list(client.run(os.getpid).values())
        proc = start_command(
            "extract", str(corpus), "--scheduler", cluster.scheduler_address, "-q",
            "-f", "jsonl", "-o", str(out),
        )  # fmt: skip
        try:
            wait_until(
                lambda: bool(client.processing() and any(client.processing().values())), proc
            )
            os.kill(pids[0], signal.SIGKILL)
            _, err = proc.communicate(timeout=300)
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
    if proc.returncode == 0:
        assert err == ""
        assert out.read_text("utf-8") == here.out
    else:  # the other outcome the contract allows: one line, nothing written
        assert proc.returncode == 1 and err.count("\n") == 1 and "Dask" in err, err
        assert not out.exists()


@pytest.fixture
def own_scheduler() -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """A Dask scheduler and a worker in processes of their own, as on a real cluster:
    (address, the scheduler's process)."""
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = dict(os.environ, PYTHONHASHSEED="0")
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "env": env, "cwd": ROOT}
    scheduler = subprocess.Popen(
        [sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
         "--port", str(port), "--dashboard-address", ":0"],
        start_new_session=True, **quiet,  # type: ignore[call-overload]
    )  # fmt: skip
    worker = subprocess.Popen(
        [sys.executable, "-m", "distributed.cli.dask_worker", "--nworkers", "1",
         "--nthreads", "1", "--preload-nanny", "factsheet.run.distributed", address],
        start_new_session=True, **quiet,  # type: ignore[call-overload]
    )  # fmt: skip
    try:
        yield address, scheduler
    finally:
        for process in (worker, scheduler):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@pytest.mark.slow
def test_a_scheduler_that_goes_away_is_one_line_and_exit_1(
    own_scheduler: tuple[str, subprocess.Popen[bytes]], long_corpus: Path, tmp_path: Path
) -> None:
    address, scheduler = own_scheduler
    out = tmp_path / "figures.jsonl"
    out.write_text("previous\n")
    proc = start_command(
        "extract", str(long_corpus), "--scheduler", address, "-q", "-f", "jsonl", "-o", str(out)
    )
    try:
        # figures have come back: the run is under way on the cluster
        wait_until(lambda: any((tmp_path / t).stat().st_size for t in temporary(tmp_path)), proc)
        sent = time.monotonic()
        os.killpg(scheduler.pid, signal.SIGKILL)
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 1, err
    assert err == (
        f"factsheet: error: lost the Dask scheduler at {address} while extracting: it went "
        "away, or the connection to it broke\n"
    )
    assert time.monotonic() - sent < 30
    assert out.read_text() == "previous\n" and temporary(tmp_path) == []


def test_an_unreachable_scheduler_is_exit_1_not_a_usage_error(
    command: Callable[..., subprocess.CompletedProcess[str]], tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text("Officials said 16,000 volunteers were ready.\n")
    address = f"tcp://127.0.0.1:{free_port()}"
    done = command(
        "extract", str(tmp_path / "a.txt"), "--scheduler", address, "--scheduler-timeout", "0.5"
    )
    assert done.returncode == 1
    assert done.stderr == (
        f"factsheet: error: no Dask scheduler answered at {address} within 0.5 s\n"
    )
