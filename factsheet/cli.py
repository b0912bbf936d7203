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
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Annotated, Literal, TextIO

import typer

from factsheet import __version__
from factsheet.errors import FactsheetError, InputError, OptionsError
from factsheet.models import FactSheet, FigureList, Options
from factsheet.pipeline import Extracted

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
OutputPath = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write here instead of standard output.", dir_okay=False),
]
Jobs = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        min=1,
        help="Worker processes reading documents in parallel. Default: all cores.",
        show_default=False,
    ),
]
Quiet = Annotated[
    bool,
    typer.Option(
        "--quiet", "-q", help="No progress bar and no summary on standard error (errors stay)."
    ),
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
    with Output(path) as out:
        out.write(text)
        out.commit()


class Output:
    """An output being written: to stdout as it comes, or to a temporary file beside the target
    that replaces the target only on :meth:`commit`. Leaving the ``with`` block without a commit
    (an error, or nothing to write) removes the temporary file and leaves the target untouched.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._tmp: str | None = None
        self._handle: TextIO = sys.stdout

    def __enter__(self) -> Output:
        if self.path is not None:
            check_target(self.path)
            target = self.path.resolve()
            fd, self._tmp = tempfile.mkstemp(
                prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
            )
            self._handle = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        return self

    def write(self, text: str) -> None:
        """Write text (lone surrogates become "?")."""
        try:
            self._handle.write(text.encode("utf-8", "replace").decode("utf-8"))
        except OSError as err:
            raise OptionsError(f"{self.path}: cannot write ({err.strerror or err})") from err

    def commit(self) -> None:
        """Finish: flush stdout, or move the temporary file into place."""
        if self._tmp is None:
            sys.stdout.flush()
            return
        assert self.path is not None
        target = self.path.resolve()
        try:
            self._handle.close()
            os.chmod(self._tmp, _mode_for(target))
            os.replace(self._tmp, target)
        except OSError as err:
            raise OptionsError(f"{self.path}: cannot write ({err.strerror or err})") from err
        self._tmp = None

    def __exit__(self, *exc: object) -> None:
        if self._tmp is not None:
            self._handle.close()
            Path(self._tmp).unlink(missing_ok=True)
            self._tmp = None


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
    output: OutputPath = None,
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
    jobs: Jobs = None,
    quiet: Quiet = False,
) -> None:
    """Build the Markdown fact sheet: every figure, merged into facts, each cited."""
    from factsheet.charts import chart_files
    from factsheet.pipeline import assemble
    from factsheet.render import render_markdown

    check_target(output)
    check_target(json_out)
    with _Run(paths, jobs, quiet) as run:
        results = list(run.results())
    if not results:
        raise typer.Exit(run.finish())
    sheet = assemble(results, Options(title=title))
    charts = chart_files(sheet, output) if with_charts and output is not None else []
    markdown = render_markdown(sheet, template=template, charts=[c.link for c in charts])
    if json_out is not None:
        write_output(_json(sheet), json_out)
    for chart in charts:
        write_output(chart.svg, chart.path)
    write_output(markdown, output)
    raise typer.Exit(run.finish())


@app.command()
def extract(
    paths: Paths,
    output: OutputPath = None,
    fmt: Annotated[
        Literal["json", "jsonl", "csv"],
        typer.Option("--format", "-f", help="Output format. jsonl is written as it is found."),
    ] = "json",
    jobs: Jobs = None,
    quiet: Quiet = False,
) -> None:
    """Extract every figure as JSON, JSON Lines or CSV."""
    with _Run(paths, jobs, quiet) as run, Output(output) as out:
        if fmt == "jsonl":
            for result in run.results():
                out.write("".join(f.model_dump_json() + "\n" for f in result.figures))
        else:
            results = list(run.results())
            if results:
                listing = FigureList(
                    sources=[r.source for r in results],
                    figures=[f for r in results for f in r.figures],
                )
                out.write(figures_as(fmt, listing))
        if run.tracker.files:
            out.commit()
    raise typer.Exit(run.finish())


class _Run:
    """One run over the inputs: finds them, reads them one at a time (skipping and noting those
    that cannot be read), extracts them in ``jobs`` processes, shows progress, and at the end
    reports the skipped inputs and the summary and gives the exit status."""

    def __init__(self, paths: Sequence[str], jobs: int | None, quiet: bool) -> None:
        from factsheet.parallel import default_jobs
        from factsheet.progress import Tracker
        from factsheet.sources import find_sources

        self.skipped: list[InputError] = []
        self.entries = find_sources(paths, self.skipped)
        self.jobs = min(jobs or default_jobs(), max(len(self.entries), 1))
        self.quiet = quiet
        many = len(self.entries) > 1 or any(os.path.isdir(p) for p in paths)
        self.report = many and not quiet
        bar = self.report and sys.stderr.isatty()
        self.tracker = Tracker(len(self.entries), bar=bar)

    def __enter__(self) -> _Run:
        self.tracker.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.tracker.__exit__(None, None, None)

    def results(self) -> Iterator[Extracted]:
        """The documents' results, in order, as they are extracted."""
        from factsheet.pipeline import extract_documents
        from factsheet.sources import iter_sources

        docs = iter_sources(self.entries, skipped=self.skipped)
        return self.tracker.track(extract_documents(docs, jobs=self.jobs))

    def finish(self) -> int:
        """Report skipped inputs and the summary on stderr; the exit status (1 if any input
        was skipped)."""
        from factsheet.progress import skipped_lines

        for line in skipped_lines(self.skipped):
            sys.stderr.write(f"factsheet: {line}\n")
        if self.report and self.tracker.files:
            sys.stderr.write(f"factsheet: {self.tracker.summary()}\n")
        return 1 if self.skipped else 0


@app.command()
def schema(
    output: OutputPath = None,
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


def run() -> None:
    """The ``factsheet`` command: :func:`main` under a fixed string-hash seed.

    quantulum3 builds some of its patterns and unit tables from sets, whose order follows
    Python's per-process string hashing; under another hash seed it can read a rare unit
    differently ("784 kW / 184 PS"). So that the same inputs always give the same bytes, the
    command starts itself again with ``PYTHONHASHSEED=0`` when it was not started so.
    """
    if os.environ.get("PYTHONHASHSEED") != "0" and os.name == "posix" and sys.executable:
        env = dict(os.environ, PYTHONHASHSEED="0")
        os.execve(sys.executable, [sys.executable, "-m", "factsheet", *sys.argv[1:]], env)
    raise SystemExit(main())


if __name__ == "__main__":
    run()
