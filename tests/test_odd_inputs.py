"""Inputs a long run meets: FIFOs, sockets and devices inside folders, odd file names, files
deleted or growing while read, and 20,000 small files in nested folders. Each is either
processed or reported, the run goes on, and memory stays flat."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import command_env

from factsheet.models import FigureList
from factsheet.read import sources

ROOT = Path(__file__).resolve().parent.parent
TEXT = "Officials said 16,000 volunteers were ready.\n"


def _figure_records(jsonl: str) -> list[dict[str, object]]:
    """The figure records of JSON Lines output (past its header and skipped records)."""
    records = [json.loads(line) for line in jsonl.splitlines()]
    return [r for r in records if r["record"] == "figure"]


def error_lines(run: Any) -> list[str]:
    return [
        line.removeprefix("factsheet: error: ")
        for line in run.err.splitlines()
        if line.startswith("factsheet: error: ")
    ]


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """``docs/`` with one good file, a FIFO, a socket and a link to a device, all named .txt."""
    monkeypatch.chdir(tmp_path)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.txt").write_text(TEXT)
    os.mkfifo(docs / "pipe.txt")
    (docs / "device.txt").symlink_to("/dev/zero")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(docs / "socket.txt"))
        yield docs


@pytest.mark.slow
def test_fifos_sockets_and_devices_in_a_folder_are_skipped_with_a_reason(
    cli: Callable[..., Any], folder: Path
) -> None:
    started = time.monotonic()
    run = cli("extract", "docs", "-q")
    assert time.monotonic() - started < 60  # never waits for a FIFO's writer
    assert run.code == 1, run
    assert error_lines(run) == [
        "docs/device.txt: not a regular file (a character device), not read",
        "docs/pipe.txt: not a regular file (a named pipe), not read",
        "docs/socket.txt: not a regular file (a socket), not read",
    ]
    listing = FigureList.model_validate_json(run.out)
    assert [s.id for s in listing.sources] == ["docs/good.txt"]
    assert len(listing.skipped) == 3
    assert all(s.reason.startswith("not a regular file") for s in listing.skipped)


@pytest.mark.slow
def test_a_fifo_named_on_its_own_is_read(cli: Callable[..., Any], folder: Path) -> None:
    """``factsheet extract <(command)`` gives a pipe: read it, as standard input is."""
    fifo = folder / "pipe.txt"
    writer = threading.Thread(target=lambda: fifo.write_text(TEXT), daemon=True)
    writer.start()
    run = cli("extract", str(fifo), "-f", "jsonl")
    writer.join(timeout=30)
    assert run.code == 0, run
    assert [f["surface"] for f in _figure_records(run.out)] == ["16,000"]


@pytest.mark.slow
def test_a_socket_named_on_its_own_is_reported(cli: Callable[..., Any], folder: Path) -> None:
    run = cli("extract", "docs/socket.txt", "docs/good.txt", "-q")
    assert run.code == 1
    assert error_lines(run) == ["docs/socket.txt: not a regular file (a socket), not read"]


def test_a_device_named_on_its_own_is_refused_by_its_size(
    cli: Callable[..., Any], folder: Path
) -> None:
    run = cli("extract", "/dev/zero", "--max-bytes", "1000")
    assert run.code == 1
    assert error_lines(run) == ["/dev/zero: over the 1,000-byte limit (raise it with --max-bytes)"]


ODD_NAMES = ["two\nlines.txt", "  spaces  .txt", "-leading-dash.txt", "ünïcødé 数字.txt"]


@pytest.mark.slow
def test_odd_file_names_are_read_and_shown_on_one_line(
    cli: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ODD_NAMES:
        (docs / name).write_text(TEXT)
    (docs / "empty\n.txt").write_text("")
    undecodable = os.fsencode(docs) + b"/caf\xe9.txt"
    with open(undecodable, "wb") as handle:
        handle.write(TEXT.encode())
    run = cli("extract", "docs", "-q")
    assert run.code == 1, run
    assert run.err == "factsheet: error: docs/empty\\n.txt: empty file\n"
    listing = FigureList.model_validate_json(run.out)
    assert sorted(s.id for s in listing.sources) == sorted(
        ["docs/caf\\xe9.txt", *(f"docs/{name}" for name in ODD_NAMES)]
    )
    assert {f.surface for f in listing.figures} == {"16,000"}
    named = cli("extract", "-f", "jsonl", "--", "docs/-leading-dash.txt")
    assert named.code == 0
    assert [f["source"] for f in _figure_records(named.out)] == ["docs/-leading-dash.txt"]


@pytest.mark.slow
def test_a_file_deleted_before_it_is_read_is_reported_and_the_run_goes_on(
    cli: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ["a.txt", "b.txt", "c.txt"]:
        (docs / name).write_text(TEXT)
    real = sources.read_entry

    def read_entry(entry: sources.Entry, **kwargs: Any) -> Any:
        if entry.id == "docs/b.txt":  # listed, then deleted before it is read
            os.unlink(entry.path or "")
        return real(entry, **kwargs)

    monkeypatch.setattr(sources, "read_entry", read_entry)
    run = cli("extract", "docs", "-q")
    assert run.code == 1
    assert error_lines(run) == ["docs/b.txt: no such file or directory"]
    listing = FigureList.model_validate_json(run.out)
    assert [s.id for s in listing.sources] == ["docs/a.txt", "docs/c.txt"]


def test_a_file_that_grows_while_read_is_read_no_further_than_the_limit(
    cli: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its size when opened is under the limit; by the time it is read it is over: refused by
    what was read (at most the limit and one byte), not read to its end."""
    monkeypatch.chdir(tmp_path)
    growing = tmp_path / "growing.txt"
    growing.write_text(TEXT * 1000)
    real = os.fstat

    class Opened:
        def __init__(self, info: os.stat_result) -> None:
            self._info = info
            self.st_size = 10  # as it was when opened
            self.st_mode = info.st_mode

    monkeypatch.setattr(sources.os, "fstat", lambda fd: Opened(real(fd)))
    run = cli("extract", "growing.txt", "--max-bytes", "1000")
    assert run.code == 1
    assert error_lines(run) == [
        "growing.txt: over the 1,000-byte limit (raise it with --max-bytes)"
    ]


def _many(folder: Path, files: int) -> Path:
    """``files`` small notes in nested folders, one in ten with a figure."""
    n = 0
    per = 100
    for part in range(max(1, files // (per * 10))):
        for sub in range(10):
            where = folder / f"part-{part:02}" / f"sub-{sub}"
            where.mkdir(parents=True)
            for note in range(per):
                text = (
                    f"The school hired {n % 97 + 3} teachers.\n" if n % 10 == 0 else "No count.\n"
                )
                (where / f"note-{note:03}.txt").write_text(text)
                n += 1
    return folder


def _peak(argv: list[str]) -> tuple[int, int]:
    """(exit status, peak resident memory in KB) of ``python -m factsheet ARGV``."""
    env = command_env()
    proc = subprocess.Popen([sys.executable, "-m", "factsheet", *argv], cwd=ROOT, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, usage.ru_maxrss


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "wait4"), reason="needs os.wait4 for a child's peak memory")
def test_twenty_thousand_small_files_in_flat_memory(tmp_path: Path) -> None:
    few, many = _many(tmp_path / "few", 1_000), _many(tmp_path / "many", 20_000)
    out = tmp_path / "figures.jsonl"
    code, small = _peak(["extract", str(few), "-f", "jsonl", "-o", str(out), "-j", "1", "-q"])
    assert code == 0
    code, large = _peak(["extract", str(many), "-f", "jsonl", "-o", str(out), "-j", "1", "-q"])
    assert code == 0
    assert len(_figure_records(out.read_text())) == 2_000
    assert large < small + 40_000, f"peak {large:,} KB for 20,000 files, {small:,} KB for 1,000"
