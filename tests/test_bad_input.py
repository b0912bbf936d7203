"""Bad input and faults (issue 6): every input is either processed or reported, nothing lost.

One test per case of the issue. Every file is generated here, in ``tmp_path``; none is
committed. Each run goes through the CLI in process (the ``cli`` fixture) unless the case is
about the process itself (a closed pipe). A good article sits beside each bad input, to show
that the run goes on: its figures are in the output, and the bad one is named on stderr and in
the output's list of skipped inputs.
"""

from __future__ import annotations

import errno
import gzip
import io
import json
import os
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from helpers import command_env

from factsheet.models import MAX_BYTES, FactSheet, FigureList

ROOT = Path(__file__).resolve().parent.parent
GOOD = "Officials said 16,000 volunteers were ready, and prices rose 7% in May.\n"


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("article.txt", "Prices rose 5% in May.\n" * 20)
    return buffer.getvalue()


# Binary files, each with a text suffix so that a folder picks it up; none holds a NUL near its
# start, so only the signature tells it is not text.
BINARIES = {
    "PDF document": b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\nPrices rose 5%.\n",
    "PNG image": b"\x89PNG\r\n\x1a\nIHDR 5% of pixels",
    "JPEG image": b"\xff\xd8\xff\xe0JFIF rose 5%",
    "GIF image": b"GIF89aPrices rose 5% in May.",
    "zip archive": _zip(),
    "gzip archive": gzip.compress(b"Prices rose 5% in May.\n" * 20),
}


def skipped_json(out: Path) -> list[tuple[str, str]]:
    """(source, reason) of each input skipped, from an extract JSON file."""
    listing = FigureList.model_validate_json(out.read_text("utf-8"))
    assert [f.surface for f in listing.figures] == ["16,000", "7%"]
    return [(s.source, s.reason) for s in listing.skipped]


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working folder holding one good article, ``good.txt``."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    return tmp_path


def extract_with(cli: Callable[..., Any], *paths: str, options: tuple[str, ...] = ()) -> Any:
    """``factsheet extract good.txt PATHS -o out.json``: check the good article was processed
    and that the run exited 1 with one error line per skipped input."""
    run = cli("extract", "good.txt", *paths, "-o", "out.json", "--quiet", *options)
    assert run.code == 1, run
    assert run.out == ""
    assert all(line.startswith("factsheet: error: ") for line in run.err.splitlines()), run.err
    return run


def error_lines(run: Any) -> list[str]:
    return [line.removeprefix("factsheet: error: ") for line in run.err.splitlines()]


# --- paths ---------------------------------------------------------------------------------


@pytest.mark.slow
def test_missing_path(cli: Callable[..., Any], work: Path) -> None:
    run = extract_with(cli, "missing.txt", "gone/")
    assert error_lines(run) == [
        "missing.txt: no such file or directory",
        "gone/: no such file or directory",
    ]
    assert skipped_json(work / "out.json") == [
        ("missing.txt", "no such file or directory"),
        ("gone/", "no such file or directory"),
    ]


@pytest.mark.slow
def test_folder_with_no_supported_files(cli: Callable[..., Any], work: Path) -> None:
    (work / "attachments").mkdir()
    (work / "attachments" / "photo.jpg").write_bytes(BINARIES["JPEG image"])
    (work / "attachments" / "data.csv").write_text("1,2,3\n")
    run = extract_with(cli, "attachments")
    assert error_lines(run) == [
        "attachments: folder has no readable files (looked for .txt, .md, .markdown, .html, .htm)"
    ]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its permissions")
def test_file_without_read_permission(cli: Callable[..., Any], work: Path) -> None:
    secret = work / "secret.txt"
    secret.write_text("Salary: $1.\n")
    secret.chmod(0)
    run = extract_with(cli, "secret.txt")
    assert error_lines(run) == ["secret.txt: permission denied"]


@pytest.mark.slow
def test_file_without_read_permission_as_the_os_reports_it(
    cli: Callable[..., Any], work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same case where root can read anything: opening the file fails as it would."""
    secret = work / "secret.txt"
    secret.write_text("Salary: $1.\n")
    real_open = Path.open

    def open_(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self.name == "secret.txt":
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", open_)
    run = extract_with(cli, "secret.txt")
    assert error_lines(run) == ["secret.txt: permission denied"]


@pytest.mark.slow
def test_symlink_loop_by_name_and_in_a_folder(cli: Callable[..., Any], work: Path) -> None:
    (work / "a.txt").symlink_to("b.txt")
    (work / "b.txt").symlink_to("a.txt")
    (work / "self").symlink_to("self")
    folder = work / "in"
    folder.mkdir()
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "up").symlink_to("..")  # a link to a folder above: not followed, cannot loop
    (folder / "ok.md").write_text("Costs rose 3%.\n")
    loop = "symbolic link loop (too many levels of links)"
    run = cli("extract", "a.txt", "self", "in", "-o", "out.json", "-q")
    assert run.code == 1, run
    assert error_lines(run) == [f"a.txt: {loop}", f"self: {loop}", f"in/loop.txt: {loop}"]
    listing = FigureList.model_validate_json((work / "out.json").read_text("utf-8"))
    assert [s.id for s in listing.sources] == ["in/ok.md"]


# --- binary files --------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("what", BINARIES)
def test_binary_file_by_name_and_in_a_folder(
    cli: Callable[..., Any], work: Path, what: str
) -> None:
    (work / "named.pdf").write_bytes(BINARIES[what])
    (work / "in").mkdir()
    (work / "in" / "found.txt").write_bytes(BINARIES[what])
    run = extract_with(cli, "named.pdf", "in")
    reason = f"binary file ({what}), not text"
    assert error_lines(run) == [f"named.pdf: {reason}", f"in/found.txt: {reason}"]
    assert skipped_json(work / "out.json") == [("named.pdf", reason), ("in/found.txt", reason)]


@pytest.mark.slow
@pytest.mark.parametrize("offset", [0, 20, 100_000], ids=lambda n: f"NUL at {n}")
def test_nul_byte_anywhere(cli: Callable[..., Any], work: Path, offset: int) -> None:
    text = ("Prices rose 5% in May. " * 10_000).encode()
    (work / "nul.txt").write_bytes(text[:offset] + b"\x00" + text[offset:])
    run = extract_with(cli, "nul.txt")
    assert error_lines(run) == [f"nul.txt: binary file, not text (NUL byte at offset {offset:,})"]


# --- encodings -----------------------------------------------------------------------------

PAGE = (
    "<html><head>{meta}<title>Caf\u00e9 prices</title></head><body><article>"
    "<p>The caf\u00e9 raised its prices by 5% \u2014 \u201cquite\u201d a lot for its "
    "300 regulars, the owner said on Monday.</p></article></body></html>"
)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("meta", "codec"),
    [
        ('<meta charset="windows-1252">', "cp1252"),
        ("<meta charset=ISO-8859-1>", "cp1252"),  # read as windows-1252, as browsers do
        (
            '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
            "cp1252",
        ),
    ],
    ids=["meta charset", "latin-1 is windows-1252", "http-equiv"],
)
def test_html_in_its_declared_charset(
    cli: Callable[..., Any], work: Path, meta: str, codec: str
) -> None:
    (work / "page.html").write_bytes(PAGE.format(meta=meta).encode(codec))
    run = cli("extract", "page.html", "-q")
    assert run.code == 0, run
    figures = json.loads(run.out)["figures"]
    assert [f["surface"] for f in figures] == ["5%", "300"]
    assert "caf\u00e9" in figures[0]["sentence"] and "\u201cquite\u201d" in figures[0]["sentence"]


@pytest.mark.slow
def test_utf8_with_bom_and_utf16_with_bom(cli: Callable[..., Any], work: Path) -> None:
    (work / "bom.txt").write_bytes(b"\xef\xbb\xbf" + GOOD.encode())
    (work / "utf16.txt").write_bytes(GOOD.encode("utf-16"))
    run = cli("extract", "bom.txt", "utf16.txt", "-q")
    assert run.code == 0, run
    figures = json.loads(run.out)["figures"]
    assert [(f["source"], f["surface"], f["span"]) for f in figures] == [
        ("bom.txt", "16,000", [15, 21]),
        ("bom.txt", "7%", [61, 63]),
        ("utf16.txt", "16,000", [15, 21]),
        ("utf16.txt", "7%", [61, 63]),
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        (
            "latin1.txt",
            "Le caf\u00e9 co\u00fbte 5 euros.".encode("latin-1"),
            "not UTF-8 text (invalid byte 0xe9 at offset 6)",
        ),
        (
            "undeclared.html",
            PAGE.format(meta="").encode("cp1252"),
            "not UTF-8 text (invalid byte 0xe9 at offset 22)",
        ),
        (
            "unknown.html",
            PAGE.format(meta="<meta charset=klingon>").encode("cp1252"),
            "not UTF-8 text (invalid byte 0xe9 at offset 44), and its declared charset "
            "'klingon' is unknown",
        ),
        (
            "lies.html",
            PAGE.format(meta='<meta charset="utf-8">').encode("cp1252"),
            "not UTF-8 text (invalid byte 0xe9 at offset 44), though it declares UTF-8",
        ),
        (
            "wrong.html",
            PAGE.format(meta='<meta charset="us-ascii">').encode("cp1252") + b"\x81",
            "not us-ascii text as the page declares (invalid byte 0x81 at offset 212)",
        ),
    ],
    ids=lambda v: v if isinstance(v, str) and v.endswith(("txt", "html")) else "",
)
def test_undecodable_text_is_reported(
    cli: Callable[..., Any], work: Path, name: str, data: bytes, reason: str
) -> None:
    (work / name).write_bytes(data)
    run = extract_with(cli, name)
    assert error_lines(run) == [f"{name}: {reason}"]


# --- nothing to read -----------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.md", b" \n\t\r\n\n", "empty file (only blank space)"),
        ("nbsp.txt", "\u00a0\u2003\n".encode(), "empty file (only blank space)"),
        (
            "scripts.html",
            b"<html><head><script>var n = 5;</script></head><body></body></html>",
            "no article text found in HTML",
        ),
        ("blank.html", b"<html><body>  </body></html>", "no article text found in HTML"),
    ],
)
def test_nothing_to_read_is_reported(
    cli: Callable[..., Any], work: Path, name: str, data: bytes, reason: str
) -> None:
    (work / name).write_bytes(data)
    run = extract_with(cli, name)
    assert error_lines(run) == [f"{name}: {reason}"]


# --- very large inputs ---------------------------------------------------------------------


@pytest.mark.slow
def test_file_over_the_size_limit_is_refused_unread(cli: Callable[..., Any], work: Path) -> None:
    """A 50 MB file (sparse: no disk used) is refused by its size, before it is read."""
    with (work / "dump.txt").open("wb") as handle:
        handle.truncate(50_000_000)
    started = time.perf_counter()
    run = extract_with(cli, "dump.txt")
    assert time.perf_counter() - started < 5
    assert error_lines(run) == [
        f"dump.txt: file of 50,000,000 bytes is over the {MAX_BYTES:,}-byte limit "
        "(raise it with --max-bytes)"
    ]


@pytest.mark.slow
def test_max_bytes_limit_can_be_raised(cli: Callable[..., Any], work: Path) -> None:
    (work / "long.txt").write_text("Exports rose 12% in May.\n" * 100)  # 2,500 bytes
    run = extract_with(cli, "long.txt", options=("--max-bytes", "2000"))
    assert error_lines(run) == [
        "long.txt: file of 2,500 bytes is over the 2,000-byte limit (raise it with --max-bytes)"
    ]
    run = cli("extract", "good.txt", "long.txt", "--max-bytes", "2500", "-q")
    assert run.code == 0, run


@pytest.mark.slow
def test_stdin_over_the_size_limit(cli: Callable[..., Any], work: Path) -> None:
    run = cli("extract", "good.txt", "-", "--max-bytes", "100", "-q", stdin=b"x " * 1000)
    assert run.code == 1, run
    assert error_lines(run) == ["-: over the 100-byte limit (raise it with --max-bytes)"]


@pytest.mark.slow
def test_five_megabyte_line_is_refused_quickly(cli: Callable[..., Any], work: Path) -> None:
    """One 5 MB line without a sentence end: parsing it would take hours (the time per
    paragraph grows faster than its length) and spaCy refuses texts over 1,000,000 characters."""
    (work / "line.txt").write_text("workers in the city rose by 12 " * 161_291 + "\n")
    started = time.perf_counter()
    run = extract_with(cli, "line.txt")
    assert time.perf_counter() - started < 10
    assert error_lines(run) == [
        "line.txt: paragraph at line 1 is 5,000,020 characters long, over the "
        "100,000-character limit (raise it with --max-paragraph)"
    ]


@pytest.mark.slow
def test_max_paragraph_limit_can_be_raised(cli: Callable[..., Any], work: Path) -> None:
    (work / "para.txt").write_text("Intro.\n\n" + "Exports rose 12% in May and " * 10 + "more.\n")
    run = extract_with(cli, "para.txt", options=("--max-paragraph", "200"))
    assert error_lines(run) == [
        "para.txt: paragraph at line 3 is 285 characters long, over the 200-character limit "
        "(raise it with --max-paragraph)"
    ]
    assert cli("extract", "para.txt", "--max-paragraph", "285", "-q").code == 0


# --- exit status, summary and outputs ------------------------------------------------------


@pytest.mark.slow
def test_exit_status_0_when_every_input_was_processed(cli: Callable[..., Any], work: Path) -> None:
    (work / "in").mkdir()
    (work / "in" / "a.txt").write_text(GOOD)
    (work / "in" / "notes.csv").write_text("1,2\n")  # not an input: other suffixes are ignored
    run = cli("build", "good.txt", "in", "-o", "out.md", "--json", "out.json")
    assert run.code == 0, run
    assert "skipped" not in (work / "out.json").read_text("utf-8")
    assert "Skipped" not in (work / "out.md").read_text("utf-8")


@pytest.mark.slow
def test_summary_lists_each_skipped_input_and_the_output_covers_the_rest(
    cli: Callable[..., Any], work: Path, validate_json: Callable[..., str]
) -> None:
    folder = work / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD)
    (folder / "b.txt").write_bytes(BINARIES["PDF document"])
    (folder / "c.md").write_bytes(b"")
    run = cli("build", "in", "missing.md", "-o", "out.md", "--json", "out.json")
    assert run.code == 1, run
    lines = run.err.splitlines()
    assert lines[:3] == [
        "factsheet: error: in/b.txt: binary file (PDF document), not text",
        "factsheet: error: in/c.md: empty file",
        "factsheet: error: missing.md: no such file or directory",
    ]
    assert lines[3].startswith("factsheet: 1 file, 1 sentence, 2 figures in ")
    assert lines[3].endswith(" s; 3 skipped (listed above)") and len(lines) == 4
    sheet = FactSheet.model_validate_json((work / "out.json").read_text("utf-8"))
    assert [s.id for s in sheet.sources] == ["in/a.txt"]
    assert [s.source for s in sheet.skipped] == ["in/b.txt", "in/c.md", "missing.md"]
    schema = json.loads(cli("schema").out)
    validate_json((work / "out.json").read_text("utf-8"), schema, FactSheet)
    markdown = (work / "out.md").read_text("utf-8")
    assert (
        "## Skipped inputs\n\nNot read, so not covered by this sheet:\n\n"
        "- in/b.txt: binary file \\(PDF document\\), not text\n"
        "- in/c.md: empty file\n"
        "- missing.md: no such file or directory\n"
    ) in markdown
    brief = cli("build", "in", "missing.md", "--template", "brief", "-q").out
    assert brief.endswith(
        "Skipped inputs (not read, so not covered): in/b.txt (binary file \\(PDF document\\), "
        "not text); in/c.md (empty file); missing.md (no such file or directory)\n"
    )


@pytest.mark.slow
def test_extract_with_skipped_inputs_validates_and_is_deterministic(
    cli: Callable[..., Any], work: Path, validate_json: Callable[..., str]
) -> None:
    (work / "bad.txt").write_bytes(b"\xff\xfe\x00")
    first = cli("extract", "good.txt", "bad.txt", "missing.txt", "-q")
    second = cli("extract", "good.txt", "bad.txt", "missing.txt", "-q", "-j", "2")
    assert first.code == second.code == 1
    assert first.out == second.out
    validate_json(first.out, json.loads(cli("schema", "--of", "figures").out), FigureList)
    assert [s["source"] for s in json.loads(first.out)["skipped"]] == ["bad.txt", "missing.txt"]


@pytest.mark.slow
def test_csv_reports_skipped_inputs_on_stderr_only(cli: Callable[..., Any], work: Path) -> None:
    run = cli("extract", "good.txt", "missing.txt", "-f", "csv", "-q")
    assert run.code == 1, run
    assert "missing" not in run.out
    assert error_lines(run) == ["missing.txt: no such file or directory"]


@pytest.mark.slow
def test_jsonl_ends_with_the_skipped_inputs(cli: Callable[..., Any], work: Path) -> None:
    (work / "bad.txt").write_bytes(b"caf\xe9 prices rose 7%\n")
    run = cli("extract", "good.txt", "missing.txt", "bad.txt", "-f", "jsonl", "-q")
    assert run.code == 1, run
    records = [json.loads(line) for line in run.out.splitlines()]
    assert records[0] == {
        "record": "header",
        "schema_version": "2",
        "sources": ["good.txt", "missing.txt", "bad.txt"],
    }
    assert {r["record"] for r in records[1:-2]} == {"figure"}
    assert records[-2:] == [
        {"record": "skipped", "source": "missing.txt", "reason": "no such file or directory"},
        {"record": "skipped", "source": "bad.txt", "reason": records[-1]["reason"]},
    ]
    assert records[-1]["reason"].startswith("not UTF-8 text")
    assert error_lines(run)[0] == "missing.txt: no such file or directory"


@pytest.mark.parametrize("command", ["build", "extract"])
def test_nothing_readable_leaves_the_existing_output_untouched(
    cli: Callable[..., Any], work: Path, command: str
) -> None:
    (work / "out").write_text("previous\n")
    (work / "doc.pdf").write_bytes(BINARIES["PDF document"])
    run = cli(command, "doc.pdf", "missing.txt", "-o", "out", "-q")
    assert run.code == 1, run
    assert (work / "out").read_text() == "previous\n"
    assert sorted(p.name for p in work.iterdir()) == ["doc.pdf", "good.txt", "out"]


def test_stdout_closed_early_ends_quietly_in_process(
    cli: Callable[..., Any], work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Closed(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(errno.EPIPE, "Broken pipe")

    monkeypatch.setattr(sys, "stdout", Closed())
    run = cli("extract", "good.txt", "-f", "jsonl")
    assert (run.code, run.err) == (0, "")


@pytest.mark.slow
def test_stdout_closed_early_ends_quietly(tmp_path: Path) -> None:
    """``factsheet extract FOLDER -f jsonl | head -c 10``: no message, no traceback."""
    for n in range(6):
        rows = [f"Sales rose {i}% to ${i * 3} million, with {i * 7} workers." for i in range(150)]
        (tmp_path / f"{n}.txt").write_text("\n\n".join(rows))
    env = command_env()
    env["PYTHONPATH"] = str(ROOT)
    command = [sys.executable, "-m", "factsheet", "extract", str(tmp_path), "-f", "jsonl", "-j1"]
    with subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        assert proc.stdout.read(10).startswith(b'{"record":')
        proc.stdout.close()
        err = proc.stderr.read().decode()
        code = proc.wait(timeout=120)
    assert err == ""
    assert code == 0
