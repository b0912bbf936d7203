"""The command line: commands, help text, errors, atomic output files, the JSON contract.

Most tests call ``factsheet.cli.main(argv)`` in process (the ``cli`` fixture); two run
``python -m factsheet`` in a subprocess to see exactly what a user's terminal would show.
Inputs are tiny texts, so spaCy is loaded once and every call is fast; the seeds are built
once per session by the ``seed_build`` fixture.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import typer.main

from factsheet import cli as cli_module
from factsheet.models import SCHEMA_VERSION, FactSheet, FigureList, JsonlRecord
from factsheet.output.exports import csv_columns
from factsheet.render.escape import md

ROOT = Path(__file__).resolve().parent.parent

FIGURE_FIELDS = (
    "id", "source", "span", "line", "surface", "sentence", "value", "low", "high", "unit",
    "currency", "kind", "qualifier", "trend", "entity", "date",
)  # fmt: skip
"""The fields every figure in the JSON output carries at least (the issue's contract)."""

SENTENCE = "Officials said 16,000 volunteers were ready, and prices rose 7% in May.\n"
GOLD = [
    {
        "text": "Officials said 16,000 volunteers were ready.",
        "quantities": [
            {
                "value": "16000",
                "unit": "volunteer",
                "normalized_unit": "volunteer",
                "change": "=",
                "referred_concepts": "volunteers",
            }
        ],
    }
]


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(SENTENCE, encoding="utf-8")
    return path


def leftovers(folder: Path) -> list[str]:
    """Temporary files a write left behind (the CLI's are hidden ``.NAME.*.tmp``)."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# --------------------------------------------------------------------------------------------
# Help: every command and option documented (after sqlite-utils' tests/test_docs.py)
# --------------------------------------------------------------------------------------------

GROUP = typer.main.get_command(cli_module.app)
COMMANDS = sorted(GROUP.commands)  # type: ignore[attr-defined]
PARAMS = [
    pytest.param(name, param, id=f"{name} {param.opts[0] if param.opts else param.name}")
    for name in COMMANDS
    for param in GROUP.commands[name].params  # type: ignore[attr-defined]
] + [pytest.param("factsheet", p, id=f"factsheet {p.opts[0]}") for p in GROUP.params]


def test_the_commands_are_those_of_the_issue() -> None:
    assert COMMANDS == ["build", "eval", "extract", "schema"]


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help(name: str) -> None:
    command = GROUP.commands[name]  # type: ignore[attr-defined]
    assert (command.help or "").strip(), f"factsheet {name} has no help text"


@pytest.mark.parametrize(("command", "param"), PARAMS)
def test_every_option_and_argument_has_help(command: str, param: Any) -> None:
    assert (getattr(param, "help", None) or "").strip(), f"{command} {param.name}: no help text"


@pytest.mark.parametrize(
    "argv", [[], *([name] for name in COMMANDS)], ids=lambda a: " ".join(["factsheet", *a])
)
def test_help_lists_every_option(cli: Callable[..., Any], argv: list[str]) -> None:
    run = cli(*argv, "--help")
    assert run.code == 0, run
    assert "Usage" in run.out and run.err == ""
    command = GROUP.commands[argv[0]] if argv else GROUP  # type: ignore[attr-defined]
    names = [opt for p in command.params for opt in p.opts if opt.startswith("--")]
    names += list(command.commands) if not argv else []  # type: ignore[attr-defined]
    assert [n for n in names if n not in run.out] == []


def test_short_help_flag(cli: Callable[..., Any]) -> None:
    run = cli("build", "-h")
    assert run.code == 0 and "Usage" in run.out


def test_version(cli: Callable[..., Any]) -> None:
    from factsheet import __version__

    assert cli("--version").out == f"factsheet {__version__}\n"


def test_no_arguments_shows_help_without_traceback(cli: Callable[..., Any]) -> None:
    run = cli()
    assert "Usage" in run.out + run.err
    assert "Traceback" not in run.err


# --------------------------------------------------------------------------------------------
# build
# --------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_build_writes_markdown_to_stdout(cli: Callable[..., Any], article: Path) -> None:
    run = cli("build", str(article))
    assert run.code == 0, run
    assert run.out.startswith("# ")
    assert "**16,000**" in run.out and "**7%**" in run.out
    assert run.err == ""


@pytest.mark.slow
def test_build_writes_files(cli: Callable[..., Any], article: Path, tmp_path: Path) -> None:
    md, js = tmp_path / "sheet.md", tmp_path / "sheet.json"
    run = cli("build", str(article), "-o", str(md), "--json", str(js))
    assert (run.code, run.out, run.err) == (0, "", "")
    assert md.read_text("utf-8") == cli("build", str(article)).out
    sheet = FactSheet.model_validate_json(js.read_text("utf-8"))
    assert [f.surface for f in sheet.figures] == ["16,000", "7%"]
    assert leftovers(tmp_path) == []


@pytest.mark.slow
def test_build_title(cli: Callable[..., Any], article: Path) -> None:
    run = cli("build", str(article), "--title", "Aid to Ukraine")
    assert run.out.splitlines()[0] == "# Aid to Ukraine"


@pytest.mark.slow
def test_build_template_by_name_and_path(
    cli: Callable[..., Any], article: Path, tmp_path: Path
) -> None:
    default = cli("build", str(article)).out
    assert cli("build", str(article), "--template", "factsheet").out == default
    mine = tmp_path / "mine.md.j2"
    mine.write_text("# {{ title|md }}\n\n{{ n_facts }} facts\n", encoding="utf-8")
    run = cli("build", str(article), "--template", str(mine))
    assert (run.code, run.out) == (0, "# Fact sheet\n\n2 facts\n")


@pytest.mark.slow
def test_build_reads_stdin(cli: Callable[..., Any]) -> None:
    run = cli("build", "-", stdin=SENTENCE.encode("utf-8"))
    assert run.code == 0, run
    assert "**16,000**" in run.out
    assert f"\n1. {md('-')}\n" in run.out  # the source list names stdin "-"


@pytest.mark.slow
def test_build_markdown_has_no_raw_html_from_sources(
    cli: Callable[..., Any], tmp_path: Path, markdown_problems: Callable[[str], list[str]]
) -> None:
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(
        "The <script>alert('x')</script> plan costs $5 million <img src=x onerror=y>.\n\n"
        "A <div>block</div> of 300 jobs was cut | said *someone* [^9] `code`.\n",
        encoding="utf-8",
    )
    run = cli("build", str(hostile), "--title", "<b>Budget</b> & [^1]")
    assert run.code == 0, run
    assert markdown_problems(run.out) == []


# --------------------------------------------------------------------------------------------
# extract, schema: the JSON contract
# --------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_extract_json_contract(
    cli: Callable[..., Any], article: Path, validate_json: Callable[..., str]
) -> None:
    run = cli("extract", str(article))
    assert run.code == 0, run
    doc = json.loads(run.out)
    assert list(doc) == ["schema_version", "sources", "figures"]
    assert doc["schema_version"] == SCHEMA_VERSION == "2"
    assert [s["id"] for s in doc["sources"]] == [str(article)]
    assert [f["surface"] for f in doc["figures"]] == ["16,000", "7%"]
    for figure in doc["figures"]:
        assert [k for k in FIGURE_FIELDS if k not in figure] == []
    schema = json.loads(cli("schema", "--of", "figures").out)
    validate_json(run.out, schema, FigureList)


def test_seed_json_validates_against_the_schemas(
    cli: Callable[..., Any], seed_build: Any, seed_extract: str, validate_json: Callable[..., str]
) -> None:
    figures_schema = json.loads(cli("schema", "--of", "figures").out)
    sheet_schema = json.loads(cli("schema").out)
    validate_json(seed_extract, figures_schema, FigureList)
    validate_json(seed_build.json, sheet_schema, FactSheet)
    for figure in json.loads(seed_extract)["figures"]:
        assert [k for k in FIGURE_FIELDS if k not in figure] == []


def test_schema_describes_every_figure_field(cli: Callable[..., Any]) -> None:
    schema = json.loads(cli("schema", "--of", "figures").out)
    assert schema["properties"]["schema_version"]["const"] == "2"
    figure = schema["$defs"]["Figure"]
    assert [k for k in FIGURE_FIELDS if k not in figure["properties"]] == []
    assert figure.get("additionalProperties") is False


@pytest.mark.slow
def test_the_json_schema_rejects_what_the_contract_forbids(
    validate_json: Callable[..., str], cli: Callable[..., Any], article: Path
) -> None:
    """The validation used above can fail: an extra field or a bad kind is an error."""
    schema = json.loads(cli("schema", "--of", "figures").out)
    doc = json.loads(cli("extract", str(article)).out)
    doc["figures"][0]["kind"] = "weight"
    with pytest.raises(Exception):  # noqa: B017 - jsonschema or pydantic, whichever validates
        validate_json(json.dumps(doc), schema, FigureList)


def test_extract_is_deterministic(
    cli: Callable[..., Any], seed_extract: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    again = cli("extract", "seeds/")
    assert again.code == 0
    assert again.out == seed_extract


@pytest.mark.slow
def test_build_is_deterministic(cli: Callable[..., Any], article: Path, tmp_path: Path) -> None:
    first = cli("build", str(article), "--json", str(tmp_path / "a.json"))
    second = cli("build", str(article), "--json", str(tmp_path / "b.json"))
    assert first.out == second.out
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_extract_jsonl_a_header_then_one_figure_per_line(
    cli: Callable[..., Any], seed_extract: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The figures of the JSON, each with its source's title and date; no fact ids (they
    are made after every figure is found), and nothing skipped, so no closing records."""
    monkeypatch.chdir(ROOT)
    run = cli("extract", "seeds/", "--format", "jsonl")
    doc = json.loads(seed_extract)
    dates = {s["id"]: (s["title"], s["date"]) for s in doc["sources"]}
    expected = [
        {"record": "figure", **f, "fact_id": None}
        | dict(zip(["source_title", "source_published"], dates[f["source"]], strict=True))
        for f in doc["figures"]
    ]
    lines = run.out.split("\n")
    assert lines[-1] == ""
    header = {"record": "header", "schema_version": "2", "sources": list(dates)}
    assert [json.loads(line) for line in lines[:-1]] == [header, *expected]
    assert [next(iter(json.loads(line))) for line in lines[:-1]] == ["record"] * len(lines[:-1])
    for line in lines[:-1]:
        JsonlRecord.model_validate_json(line)


def test_extract_csv_header_and_one_row_per_figure(
    cli: Callable[..., Any], seed_extract: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    run = cli("extract", "seeds/", "-f", "csv")
    expected = json.loads(seed_extract)["figures"]
    rows = list(csv.DictReader(io.StringIO(run.out)))
    assert len(rows) == len(expected)
    assert [r["id"] for r in rows] == [f["id"] for f in expected]
    assert [r["surface"] for r in rows] == [f["surface"] for f in expected]
    assert [(int(r["span_start"]), int(r["span_end"])) for r in rows] == [
        tuple(f["span"]) for f in expected
    ]
    assert [r["fact_id"] for r in rows] == [f["fact_id"] for f in expected]
    assert all(r["fact_id"] for r in rows)
    header = next(csv.reader(io.StringIO(run.out)))
    flat = {"span": "span_start"}
    assert [k for k in FIGURE_FIELDS if flat.get(k, k) not in header] == []
    assert header[-2:] == ["source_title", "source_published"]


@pytest.mark.slow
def test_extract_csv_header_without_figures(cli: Callable[..., Any], tmp_path: Path) -> None:
    """No figures still gives the header, the same one as with figures."""
    none = tmp_path / "none.txt"
    none.write_text("Nothing to count here.\n", encoding="utf-8")
    run = cli("extract", str(none), "--format", "csv")
    assert run.code == 0, run
    assert run.out.split("\n") == [",".join(c.name for c in csv_columns()), ""]


@pytest.mark.slow
def test_extract_no_figures_is_an_empty_list(cli: Callable[..., Any], tmp_path: Path) -> None:
    none = tmp_path / "none.txt"
    none.write_text("Nothing to count here.\n", encoding="utf-8")
    run = cli("extract", str(none))
    assert (run.code, json.loads(run.out)["figures"]) == (0, [])


@pytest.mark.slow
def test_extract_reads_stdin(cli: Callable[..., Any]) -> None:
    run = cli("extract", "-", "--format", "jsonl", stdin=SENTENCE.encode("utf-8"))
    assert run.code == 0, run
    records = [json.loads(line) for line in run.out.splitlines()]
    figures = [r for r in records if r["record"] == "figure"]
    assert records[0] == {"record": "header", "schema_version": "2", "sources": ["-"]}
    assert [(f["source"], f["surface"]) for f in figures] == [("-", "16,000"), ("-", "7%")]
    assert SENTENCE[figures[0]["span"][0] : figures[0]["span"][1]] == "16,000"


# --------------------------------------------------------------------------------------------
# eval
# --------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_eval_scores_a_gold_file(cli: Callable[..., Any], tmp_path: Path) -> None:
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(GOLD), encoding="utf-8")
    run = cli("eval", str(gold), "--show-errors", "--baseline", "quantulum3")
    assert run.code == 0, run
    assert "factsheet" in run.out and "quantulum3" in run.out
    assert "value+unit" in run.out
    assert run.err == ""


# --------------------------------------------------------------------------------------------
# Errors: one line on stderr, non-zero exit, never a traceback
# --------------------------------------------------------------------------------------------


def _error_files(folder: Path) -> dict[str, Path]:
    files = {
        "ok.txt": SENTENCE.encode("utf-8"),
        "binary.txt": b"GIF89a\x00\x01\x00\x00",
        "latin1.txt": "Le café coûte 5 euros.\n".encode("latin-1"),
        "empty.txt": b"",
        "blank.txt": b"  \n\n",
        "notgold.json": b'{"text": "not a list"}',
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    (folder / "nothing").mkdir()
    return {name: folder / name for name in [*files, "nothing"]}


# (argv with {names} for files in the test folder, what the one line must contain)
ERRORS = [
    (["build", "missing.txt"], ["missing.txt", "no such file"]),
    (["extract", "missing/"], ["missing/"]),
    (["build", "{binary.txt}"], ["binary.txt", "binary"]),
    (["build", "{latin1.txt}"], ["latin1.txt", "UTF-8"]),
    (["extract", "{empty.txt}"], ["empty.txt", "empty"]),
    (["build", "{blank.txt}"], ["blank.txt", "empty"]),
    (["build", "{nothing}"], ["nothing", "no readable files"]),
    (["build", "{ok.txt}", "--template", "nosuch"], ["nosuch", "factsheet"]),
    (["build", "{ok.txt}", "--template", "{nothing}"], ["nothing", "not found"]),
    (["eval", "missing.json"], ["missing.json"]),
    (["eval", "{notgold.json}"], ["notgold.json", "NewsQuant"]),
]

# Usage errors (bad choices, missing arguments, an output that cannot be a file): exit 2.
# cli.main runs typer outside its standalone mode and turns its (vendored click) usage
# exceptions into one line, instead of click's usage block.
USAGE_ERRORS = [
    (["extract", "{ok.txt}", "--format", "xml"], ["xml", "jsonl", "extract --help"]),
    (["schema", "--of", "everything"], ["everything", "figures"]),
    (["eval", "missing.json", "--baseline", "spacy"], ["spacy"]),
    (["build"], ["paths", "build --help"]),
    (["build", "{ok.txt}", "--colour"], ["--colour"]),
    (["frobnicate"], ["frobnicate", "factsheet --help"]),
    (["build", "{ok.txt}", "-o", "{nothing}"], ["nothing", "directory"]),
    (["build", "{ok.txt}", "--max-bytes", "0"], ["--max-bytes", "greater than or equal to 1"]),
    (["extract", "{ok.txt}", "--max-paragraph", "2000000"], ["--max-paragraph", "1000000"]),
    (["build", "{ok.txt}", "--jobs", "many"], ["--jobs", "integer"]),
    (["build", "{ok.txt}", "-o", "nofolder/out.md"], ["nofolder", "does not exist"]),
    (["build", "{ok.txt}", "--json", "nofolder/out.json"], ["nofolder", "does not exist"]),
    (["extract", "{ok.txt}", "-o", "nofolder/out.json"], ["nofolder", "does not exist"]),
    (["schema", "-o", "nofolder/schema.json"], ["nofolder", "does not exist"]),
]


def _argv(template: list[str], files: dict[str, Path]) -> list[str]:
    return [str(files[a[1:-1]]) if a.startswith("{") else a for a in template]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("template", "needles", "code"),
    [(argv, needles, 1) for argv, needles in ERRORS]
    + [(argv, needles, 2) for argv, needles in USAGE_ERRORS],
    ids=[" ".join(argv) for argv, _ in [*ERRORS, *USAGE_ERRORS]],
)
def test_error_is_one_line(
    cli: Callable[..., Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    template: list[str],
    needles: list[str],
    code: int,
) -> None:
    """A fault is exit status 1, a usage error 2; either way one line naming what is wrong."""
    monkeypatch.chdir(tmp_path)
    run = cli(*_argv(template, _error_files(tmp_path)))
    assert run.code == code, run
    assert run.out == ""
    assert run.err.startswith("factsheet: error: ") and run.err.count("\n") == 1, run.err
    assert [n for n in needles if n not in run.err] == [], run.err
    assert not (tmp_path / "nofolder").exists()
    assert leftovers(tmp_path) == []


# --------------------------------------------------------------------------------------------
# Output files are written atomically
# --------------------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    "extra", [["{missing}"], ["{article}", "--template", "nosuch"]], ids=["no input", "template"]
)
def test_failed_build_leaves_existing_output_alone(
    cli: Callable[..., Any], article: Path, tmp_path: Path, extra: list[str]
) -> None:
    out = tmp_path / "out.md"
    out.write_text("previous sheet\n", encoding="utf-8")
    names = {"missing": str(tmp_path / "missing.txt"), "article": str(article)}
    argv = [names[a[1:-1]] if a.startswith("{") else a for a in extra]
    run = cli("build", *argv, "-o", str(out))
    assert run.code == 1
    assert out.read_text("utf-8") == "previous sheet\n"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("command", ["build", "extract"])
def test_skipped_input_is_reported_and_the_rest_processed(
    cli: Callable[..., Any], tmp_path: Path, command: str
) -> None:
    files = _error_files(tmp_path)
    out = tmp_path / "out"
    run = cli(command, str(files["ok.txt"]), str(files["empty.txt"]), "-o", str(out))
    assert run.code == 1, run
    lines = run.err.splitlines()
    assert lines[0] == f"factsheet: error: {files['empty.txt']}: empty file", run.err
    summary = r"factsheet: 1 file, 1 sentence, \d+ figures in [\d.]+ s; 1 skipped \(listed above\)"
    assert re.fullmatch(summary, lines[1]), lines[1]
    assert len(lines) == 2
    written = out.read_text("utf-8")
    assert "16,000" in written
    if command == "extract":
        listing = FigureList.model_validate_json(written)
        assert [s.id for s in listing.sources] == [str(files["ok.txt"])]
        assert [(s.source, s.reason) for s in listing.skipped] == [
            (str(files["empty.txt"]), "empty file")
        ]
    else:
        skipped = written.split("## Skipped inputs\n\n", 1)[1].split("\n\n#", 1)[0]
        assert (
            skipped
            == f"Not read, so not covered by this sheet:\n\n- {md(files['empty.txt'])}: empty file"
        )


@pytest.mark.slow
def test_failed_rename_cleans_up(
    cli: Callable[..., Any], article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.md"
    out.write_text("previous sheet\n", encoding="utf-8")

    def refuse(src: Any, dst: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cli_module.os, "replace", refuse)
    run = cli("build", str(article), "-o", str(out))
    monkeypatch.undo()
    assert run.code == 1
    assert run.err.count("\n") == 1 and "No space left" in run.err, run.err
    assert out.read_text("utf-8") == "previous sheet\n"
    assert leftovers(tmp_path) == []


@pytest.mark.slow
def test_template_error_writes_nothing(
    cli: Callable[..., Any], article: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.j2"
    broken.write_text("{{ no_such_variable }}\n", encoding="utf-8")
    out, js = tmp_path / "out.md", tmp_path / "out.json"
    run = cli("build", str(article), "--template", str(broken), "-o", str(out), "--json", str(js))
    assert run.code == 1 and run.err.count("\n") == 1, run
    assert "no_such_variable" in run.err
    assert not out.exists() and not js.exists()
    assert leftovers(tmp_path) == []


def test_failed_build_writes_no_json(
    cli: Callable[..., Any], article: Path, tmp_path: Path
) -> None:
    js = tmp_path / "out.json"
    run = cli("build", str(article), "--json", str(js), "-o", str(tmp_path / "no" / "out.md"))
    assert run.code == 2
    assert not js.exists()


@pytest.mark.slow
def test_unencodable_output_cleans_up(
    cli: Callable[..., Any], article: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.md"
    run = cli("build", str(article), "--title", "bad \udcff byte", "-o", str(out))
    assert leftovers(tmp_path) == []
    assert run.code == 1 or out.exists()


@pytest.mark.slow
def test_output_file_mode_follows_umask(
    cli: Callable[..., Any], article: Path, tmp_path: Path
) -> None:
    umask = os.umask(0o022)
    os.umask(umask)
    out = tmp_path / "out.md"
    assert cli("build", str(article), "-o", str(out)).code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask


# --------------------------------------------------------------------------------------------
# In a real process: nothing but the output on the terminal
# --------------------------------------------------------------------------------------------


def test_subprocess_output_is_clean_and_stable(
    seed_extract: str, command: Callable[..., Any]
) -> None:
    """No warnings (quantulum3 warns at import without scikit-learn) or log lines on stderr;
    the same bytes as the in-process run, under another hash seed."""
    done = command("extract", "seeds/", "--quiet", seed="12345")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout == seed_extract


def test_subprocess_error_is_one_line(
    command: Callable[..., Any],
) -> None:
    done = command("build", "no/such/article.txt")
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr == "factsheet: error: no/such/article.txt: no such file or directory\n"


def test_subprocess_usage_error_has_no_traceback(
    command: Callable[..., Any],
) -> None:
    done = command("extract", "seeds/", "--format", "xml")
    assert done.returncode == 2
    assert done.stderr == (
        "factsheet: error: Invalid value for '--format' / '-f': 'xml' is not one of 'json', "
        "'jsonl', 'csv'. (see 'factsheet extract --help')\n"
    )


# --------------------------------------------------------------------------------------------
# Long runs: progress bar and summary
# --------------------------------------------------------------------------------------------


def _folder_of_articles(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(count):
        (folder / f"a{n}.txt").write_text(f"Prices rose {n + 1}% in May.\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("command", ["build", "extract"])
def test_folder_run_ends_with_a_summary(
    cli: Callable[..., Any], tmp_path: Path, command: str
) -> None:
    run = cli(command, str(_folder_of_articles(tmp_path, 3)), "-o", str(tmp_path / "out"))
    assert run.code == 0, run
    assert re.fullmatch(r"factsheet: 3 files, 3 sentences, 3 figures in \d+\.\d s\n", run.err)


@pytest.mark.slow
def test_quiet_silences_the_summary(cli: Callable[..., Any], tmp_path: Path) -> None:
    run = cli("extract", str(_folder_of_articles(tmp_path, 2)), "--quiet")
    assert run.code == 0 and run.err == "", run
    assert len(json.loads(run.out)["figures"]) == 2


@pytest.mark.slow
def test_one_file_has_no_summary(cli: Callable[..., Any], article: Path) -> None:
    run = cli("extract", str(article))
    assert run.code == 0 and run.err == "", run


@pytest.mark.slow
def test_progress_bar_only_on_a_terminal(
    cli: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factsheet.run import progress

    shown: list[bool] = []
    real = progress.Tracker.__init__

    def spy(self: progress.Tracker, total: int, *, bar: bool, **kw: Any) -> None:
        shown.append(bar)
        real(self, total, bar=bar, **kw)

    monkeypatch.setattr(progress.Tracker, "__init__", spy)
    folder = str(_folder_of_articles(tmp_path, 2))
    cli("extract", folder)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    cli("extract", folder)
    cli("extract", folder, "--quiet")
    assert shown == [False, True, False]


def test_progress_bar_draws_on_its_stream() -> None:
    from factsheet.run.pipeline import Extracted
    from factsheet.run.progress import Tracker

    stream = io.StringIO()
    results = [
        Extracted(source=object(), layout=object(), sentences=2, figures=[])  # type: ignore[arg-type]
        for _ in range(3)
    ]
    with Tracker(3, bar=True, stream=stream) as tracker:
        assert len(list(tracker.track(results))) == 3
    assert tracker.summary(elapsed=2.0) == "3 files, 6 sentences, 0 figures in 2.0 s"
    assert "factsheet" in stream.getvalue()


@pytest.mark.slow
def test_jsonl_is_streamed_to_a_file_atomically(cli: Callable[..., Any], tmp_path: Path) -> None:
    out = tmp_path / "figures.jsonl"
    run = cli("extract", str(_folder_of_articles(tmp_path, 3)), "-f", "jsonl", "-o", str(out))
    assert run.code == 0, run
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [r["value"] for r in rows if r["record"] == "figure"] == [1, 2, 3]
    assert leftovers(tmp_path) == []
