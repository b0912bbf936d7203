"""Signals and lost workers, as real processes: ``factsheet`` started in a session of its own,
sent SIGINT, SIGTERM or SIGHUP (to itself, or to its whole process group as a terminal's
Ctrl-C is) at a known moment, then checked from outside:

- the run ends within a few seconds, its worker processes included;
- the exit status is 128 + N and standard error is one line, ``factsheet: stopped by SIGTERM;
  nothing written``;
- the previous outputs are untouched and no temporary file is left.

The moments are found by watching the run, not by sleeping: *loading* is as soon as the worker
processes exist (they are loading the models), *mid-run* as soon as the first figures reach
the temporary JSON Lines file, *writing* while the run waits to write its JSON to a FIFO that
nobody reads, with the Markdown already in its temporary file.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers import command_env, start_factsheet

ROOT = Path(__file__).resolve().parent.parent
PREVIOUS = "previous output\n"
SETTLE = 10.0
"""Seconds a stopped run may take to end, workers included (a shared machine is slow)."""

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform != "linux", reason="reads /proc to find the processes"),
]

SENTENCES = [
    "The council said {a:,} homes would get new windows by {year}.",
    "Ticket sales rose {p}% in the first week, to ${m} million.",
    "Rescue teams carried {b} people across the {km} km pass.",
    "A survey of {a:,} farmers found that {p}% planned to sell land.",
]


def corpus(folder: Path, files: int, paragraphs: int) -> Path:
    """Generated articles of our own sentences, enough to keep two workers busy."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(files):
        rows = [
            SENTENCES[(n + i) % len(SENTENCES)].format(
                a=1000 + 37 * i + n, year=2000 + i % 25, p=1 + (i * 7 + n) % 60, m=2 + i % 90,
                b=3 + i % 400, km=4 + i % 70,
            )
            for i in range(paragraphs)
        ]  # fmt: skip
        (folder / f"article-{n:03}.txt").write_text("\n\n".join(rows) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A corpus that takes two workers many seconds."""
    return corpus(tmp_path_factory.mktemp("signals") / "big", files=60, paragraphs=60)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return corpus(tmp_path_factory.mktemp("signals") / "small", files=3, paragraphs=4)


start = start_factsheet


def in_group(group: int) -> list[int]:
    """The live (not zombie) processes of a process group."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[2]) == group and fields[0] != "Z":
            found.append(int(entry.name))
    return found


def children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def wait_for(condition: Callable[[], bool], proc: subprocess.Popen[str], what: str) -> None:
    deadline = time.monotonic() + 120
    while not condition():
        if proc.poll() is not None:
            err = proc.stderr.read() if proc.stderr else ""
            pytest.fail(f"the run ended ({proc.returncode}) before {what}: {err}")
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"waited two minutes for {what}")
        time.sleep(0.02)


def temporary(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


Runs = list[subprocess.Popen[str]]


@pytest.fixture
def stopped() -> Iterator[Runs]:
    """Runs to kill, whatever the test did."""
    runs: Runs = []
    yield runs
    for proc in runs:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def send(proc: subprocess.Popen[str], sig: signal.Signals, target: str) -> float:
    sent = time.monotonic()
    if target == "group":
        os.killpg(proc.pid, sig)
    else:
        os.kill(proc.pid, sig)
    return sent


def ended(proc: subprocess.Popen[str], sent: float) -> tuple[int, str, float]:
    """Exit status, standard error and how long after the signal the run and every process of
    its group were gone."""
    _, err = proc.communicate(timeout=60)
    while in_group(proc.pid) and time.monotonic() - sent < 60:
        time.sleep(0.05)
    return proc.returncode, err, time.monotonic() - sent


CASES = [
    (sig, target)
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
    for target in (["group"] if sig == signal.SIGINT else ["parent", "group"])
]
IDS = [f"{sig.name} to the {target}" for sig, target in CASES]


@pytest.mark.parametrize(("sig", "target"), CASES, ids=IDS)
def test_stopped_while_the_workers_load(
    sig: signal.Signals, target: str, big: Path, tmp_path: Path, stopped: Runs
) -> None:
    out = tmp_path / "figures.json"
    out.write_text(PREVIOUS)
    proc = start("extract", str(big), "-o", str(out), "--jobs", "2")
    stopped.append(proc)
    wait_for(lambda: len(children(proc.pid)) >= 2, proc, "the workers started")
    code, err, took = ended(proc, send(proc, sig, target))
    assert (code, err) == (128 + sig, f"factsheet: stopped by {sig.name}; nothing written\n")
    assert took < SETTLE, f"took {took:.1f} s"
    assert out.read_text() == PREVIOUS
    assert temporary(tmp_path) == []
    assert in_group(proc.pid) == []


@pytest.mark.parametrize(("sig", "target"), CASES, ids=IDS)
def test_stopped_mid_run(
    sig: signal.Signals, target: str, big: Path, tmp_path: Path, stopped: Runs
) -> None:
    out = tmp_path / "figures.jsonl"
    out.write_text(PREVIOUS)
    proc = start("extract", str(big), "-f", "jsonl", "-o", str(out), "--jobs", "2")
    stopped.append(proc)

    def figures_written() -> bool:
        return any((tmp_path / name).stat().st_size > 0 for name in temporary(tmp_path))

    wait_for(figures_written, proc, "the first figures were written")
    code, err, took = ended(proc, send(proc, sig, target))
    assert (code, err) == (128 + sig, f"factsheet: stopped by {sig.name}; nothing written\n")
    assert took < SETTLE, f"took {took:.1f} s"
    assert out.read_text() == PREVIOUS
    assert temporary(tmp_path) == []


@pytest.mark.parametrize(("sig", "target"), CASES, ids=IDS)
def test_stopped_while_writing(
    sig: signal.Signals, target: str, small: Path, tmp_path: Path, stopped: Runs
) -> None:
    """The Markdown is in its temporary file, the JSON waits for a reader of its FIFO: neither
    the old Markdown nor anything else is replaced. One process: by the time a sheet is
    written, the workers of ``--jobs`` have ended (the tests above stop them)."""
    sheet, fifo = tmp_path / "sheet.md", tmp_path / "sheet.json"
    sheet.write_text(PREVIOUS)
    os.mkfifo(fifo)
    proc = start("build", str(small), "-o", str(sheet), "--json", str(fifo), "--jobs", "1")
    stopped.append(proc)
    wait_for(lambda: bool(temporary(tmp_path)), proc, "the Markdown went to its temporary file")
    time.sleep(0.2)  # now opening the FIFO, which nobody reads
    code, err, took = ended(proc, send(proc, sig, target))
    assert (code, err) == (128 + sig, f"factsheet: stopped by {sig.name}; nothing written\n")
    assert took < SETTLE, f"took {took:.1f} s"
    assert sheet.read_text() == PREVIOUS
    assert temporary(tmp_path) == []
    assert fifo.is_fifo()


def test_more_signals_do_not_cut_the_cleaning_up(big: Path, tmp_path: Path, stopped: Runs) -> None:
    """Signals after the first are ignored while the run cleans up: still one line, no
    temporary file, no worker left."""
    out = tmp_path / "figures.jsonl"
    proc = start("extract", str(big), "-f", "jsonl", "-o", str(out), "--jobs", "2")
    stopped.append(proc)
    wait_for(lambda: bool(temporary(tmp_path)), proc, "the temporary file")
    wait_for(lambda: len(children(proc.pid)) >= 2, proc, "the workers started")
    sent = send(proc, signal.SIGTERM, "group")
    for sig in (signal.SIGINT, signal.SIGHUP, signal.SIGTERM, signal.SIGINT):
        if proc.poll() is None:
            os.killpg(proc.pid, sig)
    code, err, took = ended(proc, sent)
    names = {128 + s: s.name for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    assert code in names, (code, err)
    assert err == f"factsheet: stopped by {names[code]}; nothing written\n"
    assert took < SETTLE, f"took {took:.1f} s"
    assert temporary(tmp_path) == [] and not out.exists()
    assert in_group(proc.pid) == []


def test_a_worker_killed_mid_run_is_one_line(big: Path, tmp_path: Path, stopped: Runs) -> None:
    out = tmp_path / "figures.jsonl"
    out.write_text(PREVIOUS)
    proc = start("extract", str(big), "-f", "jsonl", "-o", str(out), "--jobs", "2")
    stopped.append(proc)
    wait_for(lambda: len(children(proc.pid)) >= 2, proc, "the workers started")
    os.kill(children(proc.pid)[0], signal.SIGKILL)
    code, err, took = ended(proc, time.monotonic())
    assert code == 1
    assert err == (
        "factsheet: error: a worker process was killed by SIGKILL (out of memory, or ended "
        "from outside)\n"
    )
    assert took < SETTLE, f"took {took:.1f} s"
    assert out.read_text() == PREVIOUS
    assert temporary(tmp_path) == []


def test_workers_die_with_a_parent_killed_outright(
    big: Path, tmp_path: Path, stopped: Runs
) -> None:
    """SIGKILL leaves the parent no time to end its workers: they die with it all the same
    (PR_SET_PDEATHSIG), never orphaned."""
    proc = start("extract", str(big), "-o", str(tmp_path / "figures.json"), "--jobs", "2")
    stopped.append(proc)
    wait_for(lambda: len(children(proc.pid)) >= 2, proc, "the workers started")
    workers = children(proc.pid)
    code, _, took = ended(proc, send(proc, signal.SIGKILL, "parent"))
    assert code == -signal.SIGKILL
    assert [w for w in workers if w in in_group(proc.pid)] == []
    assert took < SETTLE, f"took {took:.1f} s"


def test_nohup_keeps_a_hangup_ignored(small: Path, tmp_path: Path) -> None:
    """A signal ignored when the command starts (``nohup``) stays ignored."""
    out = tmp_path / "sheet.md"
    script = (
        "import signal, os, sys; signal.signal(signal.SIGHUP, signal.SIG_IGN); "
        "os.execv(sys.executable, [sys.executable, '-m', 'factsheet', *sys.argv[1:]])"
    )
    env = command_env()
    proc = subprocess.Popen(
        [sys.executable, "-c", script, "build", str(small), "-o", str(out), "-j", "1", "-q"],
        cwd=ROOT,
        env=env,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    time.sleep(1.5)
    os.killpg(proc.pid, signal.SIGHUP)
    _, err = proc.communicate(timeout=120)
    assert (proc.returncode, err) == (0, "")
    assert out.read_text().startswith("# ")
