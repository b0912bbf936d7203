"""The command line: a thin layer over the library.

Parses arguments, builds :class:`Options`, calls ``factsheet.build`` / ``factsheet.extract`` /
``factsheet.evaluate``, writes outputs atomically, and turns a :class:`FactsheetError` into a
one-line message and exit status 1. The only module that prints or configures logging.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Literal

import typer

from factsheet import __version__
from factsheet.errors import FactsheetError, OptionsError
from factsheet.models import FactSheet, FigureList, Options

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn news articles into a cited fact sheet of every numeric figure.",
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

Paths = Annotated[
    list[str],
    typer.Argument(
        help="Articles: .txt, .md or .html files, folders (searched recursively), or - for stdin.",
        show_default=False,
    ),
]
Output = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write here instead of standard output.", dir_okay=False),
]


def check_target(path: Path | None) -> None:
    """Fail before anything is written when an output path cannot be written."""
    if path is None:
        return
    if path.is_dir():
        raise OptionsError(f"{path}: is a folder, not a file")
    if not path.resolve().parent.is_dir():
        raise OptionsError(f"{path}: folder {path.parent} does not exist")


def write_output(text: str, path: Path | None) -> None:
    """Write text to the path atomically (a temporary file renamed into place), or to stdout.

    The file keeps the mode of the file it replaces, or gets the usual mode for a new file.
    Characters that cannot be UTF-8 (lone surrogates from undecodable arguments) become "?".
    """
    text = text.encode("utf-8", "replace").decode("utf-8")
    if path is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    check_target(path)
    target = path.resolve()
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.chmod(tmp, _mode_for(target))
        os.replace(tmp, target)
    except OSError as err:
        Path(tmp).unlink(missing_ok=True)
        raise OptionsError(f"{path}: cannot write ({err.strerror or err})") from err
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _json(model: FigureList | FactSheet) -> str:
    return model.model_dump_json(indent=2) + "\n"


def figures_as(fmt: str, listing: FigureList) -> str:
    """The figures in one of the output formats: json, jsonl or csv."""
    if fmt == "json":
        return _json(listing)
    if fmt == "jsonl":
        return "".join(f.model_dump_json() + "\n" for f in listing.figures)
    buffer = io.StringIO()
    fields = list(listing.figures[0].model_dump().keys()) if listing.figures else _FIGURE_FIELDS
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for f in listing.figures:
        row = f.model_dump(mode="json")
        row["span"] = f"{f.span[0]}:{f.span[1]}"
        row["sentence_span"] = f"{f.sentence_span[0]}:{f.sentence_span[1]}"
        writer.writerow(row)
    return buffer.getvalue()


_FIGURE_FIELDS = [
    "id", "source", "span", "line", "surface", "sentence", "sentence_span", "value", "low",
    "high", "unit", "currency", "kind", "qualifier", "trend", "entity", "date",
]  # fmt: skip


@app.command()
def build(
    paths: Paths,
    output: Output = None,
    json_out: Annotated[
        Path | None,
        typer.Option(
            "--json", help="Also write the fact sheet as JSON to this file.", dir_okay=False
        ),
    ] = None,
    title: Annotated[str | None, typer.Option(help="Title of the fact sheet.")] = None,
    template: Annotated[
        str | None,
        typer.Option(help="A built-in template name or the path of your own Jinja2 template."),
    ] = None,
    with_charts: Annotated[
        bool,
        typer.Option(
            "--charts/--no-charts",
            help="Write SVG bar charts (money per currency, counts of people) beside the "
            "-o file and link them from the Markdown. Never when the Markdown goes to "
            "standard output: there is no folder to write them in.",
        ),
    ] = True,
) -> None:
    """Build the Markdown fact sheet: every figure, merged into facts, each cited."""
    from factsheet.charts import chart_files
    from factsheet.pipeline import build as build_sheet
    from factsheet.render import render_markdown

    check_target(output)
    check_target(json_out)
    sheet = build_sheet(paths, Options(title=title))
    charts = chart_files(sheet, output) if with_charts and output is not None else []
    markdown = render_markdown(sheet, template=template, charts=[c.link for c in charts])
    if json_out is not None:
        write_output(_json(sheet), json_out)
    for chart in charts:
        write_output(chart.svg, chart.path)
    write_output(markdown, output)


@app.command()
def extract(
    paths: Paths,
    output: Output = None,
    fmt: Annotated[
        Literal["json", "jsonl", "csv"],
        typer.Option("--format", "-f", help="Output format."),
    ] = "json",
) -> None:
    """Extract every figure as JSON, JSON Lines or CSV."""
    from factsheet.pipeline import documents, iter_figures

    docs = documents(paths)
    listing = FigureList(sources=[d.source for d in docs], figures=list(iter_figures(docs)))
    write_output(figures_as(fmt, listing), output)


@app.command()
def schema(
    output: Output = None,
    of: Annotated[
        Literal["factsheet", "figures"],
        typer.Option(help="The document whose schema to print: build --json, or extract."),
    ] = "factsheet",
) -> None:
    """Print the JSON Schema of the output (generated from the models)."""
    model = FactSheet if of == "factsheet" else FigureList
    write_output(json.dumps(model.model_json_schema(), indent=2) + "\n", output)


@app.command(name="eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold file in the NewsQuant JSON format.")],
    show_errors: Annotated[
        bool, typer.Option("--show-errors", help="List misses and false figures per sentence.")
    ] = False,
    baseline: Annotated[
        Literal["quantulum3"] | None,
        typer.Option(help="Also score this baseline, side by side."),
    ] = None,
) -> None:
    """Score extraction against an annotated gold file: precision, recall and F1."""
    from factsheet import evaluate as ev
    from factsheet.pipeline import extract_sentences

    sentences = ev.load_gold(gold)
    reports = {"factsheet": ev.evaluate(sentences, extract_sentences)}
    if baseline == "quantulum3":
        reports["quantulum3"] = ev.evaluate(sentences, ev.quantulum3_baseline)
    sys.stdout.write(ev.format_report(reports, show_errors=show_errors))


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"factsheet {__version__}\n")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Turn news articles into a cited fact sheet of every numeric figure."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit status."""
    logging.basicConfig(level=logging.WARNING, format="factsheet: %(levelname)s: %(message)s")
    try:
        # standalone mode: click reports usage errors itself (a usage line, exit status 2)
        app(args=list(argv) if argv is not None else None, prog_name="factsheet")
    except SystemExit as done:
        code = done.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    except FactsheetError as err:
        sys.stderr.write(f"factsheet: error: {err}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("factsheet: interrupted\n")
        return 130
    except BrokenPipeError:
        return 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
