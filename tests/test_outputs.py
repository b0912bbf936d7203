"""Outputs that never destroy: an output that is an input, two outputs with one path, devices,
FIFOs, standard output, a folder we may not write, a full disk, two runs on one output, and a
signal in the middle of an in-process run.

A full disk and a read-only folder are real where the machine lets us mount a small tmpfs (as
root); elsewhere a full disk is a file system that fails writes (a fault-injection fixture) and
a read-only folder one without write permission.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import socket
import stat
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import command_env

from factsheet import cli as cli_module
from factsheet.read import sources

ROOT = Path(__file__).resolve().parent.parent
TEXT = "Officials said 16,000 volunteers were ready. Prices rose 7% in May.\n"
PREVIOUS = "previous output\n"


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in.txt").write_text(TEXT)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(TEXT)
    return tmp_path


@pytest.fixture
def unread(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if any input is read: the usage errors below come before."""

    def read_entry(*args: object, **kwargs: object) -> None:
        raise AssertionError("an input was read before the usage error")

    monkeypatch.setattr(sources, "read_entry", read_entry)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*.tmp"))


def one_error(run: Any, code: int, *needles: str) -> None:
    assert run.code == code, run
    assert run.err.startswith("factsheet: error: ") and run.err.count("\n") == 1, run.err
    assert [n for n in needles if n not in run.err] == [], run.err


# --------------------------------------------------------------------------------------------
# Usage errors before anything is read
# --------------------------------------------------------------------------------------------

# (argv, what the one line says): exit 2, the inputs untouched, nothing read
DESTROYING = [
    (["build", "in.txt", "-o", "in.txt"], ["in.txt", "is also an input"]),
    (["extract", "in.txt", "-o", "./in.txt"], ["is also an input"]),
    (["build", "docs", "-o", "docs/a.txt"], ["docs/a.txt", "is also an input"]),
    (["build", "in.txt", "-o", "hard.txt"], ["hard.txt", "is also an input"]),
    (["build", "in.txt", "-o", "link.txt"], ["link.txt", "is also an input"]),
    (["build", "in.txt", "-o", "s.md", "--json", "s.md"], ["s.md", "both -o and --json"]),
    (["build", "in.txt", "-o", "s.md", "--json", "./s.md"], ["both -o and --json"]),
    (["build", "in.txt", "--json", "-"], ["both -o and --json"]),
    (["build", "in.txt", "-o", "sock"], ["sock", "is a socket"]),
]


@pytest.mark.parametrize(("argv", "needles"), DESTROYING, ids=[" ".join(a) for a, _ in DESTROYING])
def test_an_output_that_would_destroy_is_a_usage_error(
    cli: Callable[..., Any], work: Path, unread: None, argv: list[str], needles: list[str]
) -> None:
    os.link(work / "in.txt", work / "hard.txt")
    (work / "link.txt").symlink_to("in.txt")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(work / "sock"))
        run = cli(*argv)
    one_error(run, 2, *needles)
    assert (work / "in.txt").read_text() == TEXT and (work / "docs" / "a.txt").read_text() == TEXT
    assert not (work / "s.md").exists() and leftovers(work) == []


@pytest.mark.slow
def test_a_new_output_inside_an_input_folder_is_fine(cli: Callable[..., Any], work: Path) -> None:
    run = cli("build", "docs", "-o", "docs/sheet.md", "-q")
    assert run.code == 0, run
    assert (work / "docs" / "sheet.md").read_text().startswith("# ")


# --------------------------------------------------------------------------------------------
# Devices, FIFOs and standard output are written through
# --------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_dev_null_is_written_through_not_replaced(cli: Callable[..., Any], work: Path) -> None:
    before = os.stat("/dev/null")
    run = cli("build", "in.txt", "-o", "/dev/null", "--json", "/dev/null", "-q")
    one_error(run, 2, "/dev/null", "both -o and --json")
    run = cli("build", "in.txt", "-o", "/dev/null", "-q")
    assert (run.code, run.out, run.err) == (0, "", ""), run
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev


@pytest.mark.slow
def test_dev_full_is_one_line(cli: Callable[..., Any], work: Path) -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    run = cli("extract", "in.txt", "-o", "/dev/full")
    one_error(run, 1, "/dev/full", "No space left on device")
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


@pytest.mark.slow
@pytest.mark.parametrize("form", ["json", "jsonl"])
def test_a_fifo_is_written_through(cli: Callable[..., Any], work: Path, form: str) -> None:
    fifo = work / "figures.fifo"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text()), daemon=True)
    reader.start()
    run = cli("extract", "in.txt", "-f", form, "-o", str(fifo))
    reader.join(timeout=30)
    assert run.code == 0, run
    assert fifo.is_fifo()
    here = cli("extract", "in.txt", "-f", form)
    assert got == [here.out] and "16,000" in here.out


@pytest.mark.slow
@pytest.mark.parametrize("path", ["-", "/dev/stdout"])
def test_dash_and_dev_stdout_are_standard_output(
    cli: Callable[..., Any], work: Path, path: str
) -> None:
    here = cli("extract", "in.txt")
    run = cli("extract", "in.txt", "-o", path)
    assert (run.code, run.out) == (0, here.out)
    sheet = cli("build", "in.txt", "-o", path, "--json", "sheet.json")
    assert sheet.code == 0 and sheet.out.startswith("# ")
    assert not list(work.glob("*.svg")) and not (work / "-").exists()


# --------------------------------------------------------------------------------------------
# Folders we may not write, full disks
# --------------------------------------------------------------------------------------------


@contextlib.contextmanager
def tmpfs(folder: Path, options: str) -> Iterator[bool]:
    """A tmpfs mounted on ``folder`` (True), or nothing where mounting is not allowed (False)."""
    folder.mkdir()
    if os.geteuid() != 0 or sys.platform != "linux":
        yield False
        return
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        yield False
        return
    try:
        yield True
    finally:
        subprocess.run(["umount", str(folder)], check=False)


@pytest.fixture
def readonly(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """(a folder we may not write in, the reason the message gives)."""
    folder = tmp_path / "readonly"
    with tmpfs(folder, "ro,size=64k") as mounted:
        if mounted:
            yield folder, "read-only file system"
            return
        if os.geteuid() == 0:
            pytest.skip("root writes anywhere, and may not mount a read-only tmpfs here")
        folder.chmod(0o555)
        try:
            yield folder, "permission denied"
        finally:
            folder.chmod(0o755)


@pytest.mark.parametrize("command", ["build", "extract"])
def test_a_folder_we_may_not_write_is_one_line(
    cli: Callable[..., Any], work: Path, readonly: tuple[Path, str], unread: None, command: str
) -> None:
    folder, reason = readonly
    run = cli(command, "in.txt", "-o", str(folder / "out"))
    one_error(run, 2, str(folder / "out"), "cannot write in folder", reason)


class _Full:
    """A file that takes ``room`` characters, then fails as a full disk does."""

    def __init__(self, handle: Any, room: int) -> None:
        self._handle = handle
        self._room = room

    def write(self, text: str) -> int:
        self._room -= len(text)
        if self._room < 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        return int(self._handle.write(text))

    def close(self) -> None:
        self._handle.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)


@pytest.fixture
def full(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder on a full disk: a 64 KB tmpfs where we may mount one, else one whose new files
    take 1,000 characters and then fail as a full disk does."""
    folder = tmp_path / "full"
    with tmpfs(folder, "size=64k") as mounted:
        if not mounted:
            real = os.fdopen

            def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
                return _Full(real(fd, *args, **kwargs), room=1_000)

            monkeypatch.setattr(cli_module.os, "fdopen", fdopen)
        yield folder


@pytest.mark.slow
@pytest.mark.parametrize("form", ["json", "jsonl", "csv"])
def test_a_full_disk_is_one_line_and_keeps_the_previous_output(
    cli: Callable[..., Any], tmp_path: Path, full: Path, form: str
) -> None:
    many = tmp_path / "many.txt"
    many.write_text(
        "\n\n".join(f"Sales rose {i % 90}% to ${i} million at {i * 3} stores." for i in range(150))
    )
    out = full / "figures"
    out.write_text(PREVIOUS)
    run = cli("extract", str(many), "-f", form, "-o", str(out))
    one_error(run, 1, str(out), "No space left on device")
    assert out.read_text() == PREVIOUS
    assert leftovers(full) == []


@pytest.mark.slow
def test_a_full_disk_keeps_every_output_of_a_build(
    cli: Callable[..., Any], tmp_path: Path, full: Path
) -> None:
    """The JSON does not fit: neither it nor the Markdown (which would) is replaced."""
    many = tmp_path / "many.txt"
    # 60 paragraphs: 16 KB of Markdown, 220 KB of JSON (150 took four times as long)
    many.write_text("\n\n".join(f"About {i * 7} people paid ${i} each." for i in range(60)))
    sheet, data = full / "sheet.md", full / "sheet.json"
    sheet.write_text(PREVIOUS)
    data.write_text(PREVIOUS)
    run = cli("build", str(many), "-o", str(sheet), "--json", str(data), "--no-charts")
    one_error(run, 1, "No space left on device")
    assert sheet.read_text() == PREVIOUS and data.read_text() == PREVIOUS
    assert leftovers(full) == []


# --------------------------------------------------------------------------------------------
# Two runs on one output; a signal in process
# --------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_two_runs_on_one_output_leave_one_whole_file(
    tmp_path: Path, cli: Callable[..., Any]
) -> None:
    """Each run writes its own temporary file and renames it: the output is one run's, whole
    (each compared with its input's output made in this process)."""
    texts = {
        "a.txt": "\n\n".join(f"The city hired {i * 11} nurses in {2000 + i}." for i in range(80)),
        "b.txt": "\n\n".join(f"Exports fell {i % 50}% to ${i * 2} billion." for i in range(80)),
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text)
    env = command_env()
    base = [sys.executable, "-m", "factsheet", "extract", "-j", "1", "-q"]
    alone = {name: cli("extract", "-j", "1", "-q", str(tmp_path / name)).out for name in texts}
    out = tmp_path / "same.json"
    runs = [
        subprocess.Popen([*base, str(tmp_path / name), "-o", str(out)], cwd=ROOT, env=env)
        for name in texts
    ]
    assert [run.wait(timeout=300) for run in runs] == [0, 0]
    assert out.read_text() in alone.values()
    assert leftovers(tmp_path) == []


@pytest.mark.slow
def test_the_command_ends_with_everything_written(tmp_path: Path, cli: Callable[..., Any]) -> None:
    """The command ends without the interpreter's teardown (``cli._exit``): what it writes to a
    pipe is all there (more than a pipe holds), the file it writes is whole, the exit status
    is the run's, and an error is its one line on standard error."""
    article = tmp_path / "a.txt"
    article.write_text(
        "\n\n".join(f"The city hired {i * 11} nurses in {2000 + i}." for i in range(300))
    )
    base = [sys.executable, "-m", "factsheet", "extract", "-j", "1", "-q", "--format", "jsonl"]
    want = cli("extract", "-j", "1", "-q", "--format", "jsonl", str(article)).out
    assert len(want.encode()) > 65_536

    def command(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*base, *argv], cwd=ROOT, env=command_env(), capture_output=True, text=True, timeout=300
        )

    piped = command(str(article))
    assert (piped.returncode, piped.stdout, piped.stderr) == (0, want, "")
    written = command(str(article), "-o", str(tmp_path / "out.jsonl"))
    assert written.returncode == 0
    assert (tmp_path / "out.jsonl").read_text() == want
    missing = command(str(tmp_path / "none.txt"))
    assert missing.returncode == 1
    assert missing.stdout.splitlines()[-1].startswith('{"record":"skipped"')
    assert (
        missing.stderr == f"factsheet: error: {tmp_path / 'none.txt'}: no such file or directory\n"
    )


@pytest.mark.slow
def test_the_command_under_a_profiler_exits_the_usual_way(tmp_path: Path) -> None:
    """``python -m cProfile -m factsheet`` writes its profile after the program ends: the
    command leaves the interpreter's usual exit to it."""
    (tmp_path / "a.txt").write_text("Officials said 16,000 volunteers were ready.\n")
    profile = tmp_path / "run.prof"
    argv = ["-m", "cProfile", "-o", str(profile), "-m", "factsheet", "extract", "-j", "1", "-q"]
    done = subprocess.run(
        [sys.executable, *argv, str(tmp_path / "a.txt")],
        cwd=ROOT, env=command_env(), capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "16,000" in done.stdout
    assert profile.stat().st_size > 0


def test_a_signal_in_process_stops_the_run_in_one_line(
    cli: Callable[..., Any], work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``cli.main`` called from Python: SIGTERM while the input is read stops it with 143 and
    one line, nothing written, and the handlers are put back after."""
    out = work / "out.json"
    out.write_text(PREVIOUS)
    real = sources.read_entry

    def read_entry(*args: Any, **kwargs: Any) -> Any:
        os.kill(os.getpid(), signal.SIGTERM)
        return real(*args, **kwargs)

    monkeypatch.setattr(sources, "read_entry", read_entry)
    before = signal.getsignal(signal.SIGTERM)
    run = cli("extract", "in.txt", "-o", str(out))
    assert (run.code, run.out, run.err) == (
        143,
        "",
        "factsheet: stopped by SIGTERM; nothing written\n",
    )
    assert out.read_text() == PREVIOUS and leftovers(work) == []
    assert signal.getsignal(signal.SIGTERM) is before


@pytest.mark.slow
def test_a_file_name_with_a_newline_stays_one_line(cli: Callable[..., Any], work: Path) -> None:
    (work / "docs" / "two\nlines.txt").write_text("")
    run = cli("extract", "docs", "-q")
    assert run.code == 1
    assert run.err == "factsheet: error: docs/two\\nlines.txt: empty file\n"
