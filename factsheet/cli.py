"""The command line: a thin layer over the library.

Parses arguments into one :class:`Options`, calls the library's public API
(:class:`factsheet.Run`, which finds, reads and extracts the inputs, builds the sheet or feeds
the store; ``factsheet.eval.score``), writes outputs atomically (:mod:`factsheet.output.files`), and
turns every fault into a one-line message on standard error, never a traceback. The only
module that prints or configures logging.

Exit status: 0 when every input was processed; 1 when some input was skipped (the output still
covers the rest and lists the skipped ones) or a run failed (a template, an output that
cannot be written, or the environment: a worker process, the Dask cluster); 2 for a usage
error (an unknown option, a bad value, an output path in a folder that does not exist).
Standard output closed early (``| head``) ends the run quietly.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import logging
import os
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Literal, NoReturn

import typer
from typer._click import exceptions as click_exceptions  # typer 0.29 vendors click
from typer._completion_classes import completion_init

from factsheet import __version__, stopping
from factsheet.errors import ArgumentError, FactsheetError, OptionsError, Stopped
from factsheet.models import (
    MAX_BYTES,
    MAX_PARAGRAPH,
    SPACY_MAX_LENGTH,
    FactSheet,
    FigureList,
    Limits,
    Options,
)
from factsheet.output.files import (
    Output,
    StdoutClosed,
    Written,
    check_outputs,
    check_target,
    is_stdout,
    write_output,
    write_outputs,
)
from factsheet.run.pipeline import SCHEDULER_TIMEOUT, Run

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn news articles into a cited fact sheet of every numeric figure.",
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

# Shell completion without the --install-completion options: the shell asks through the
# _FACTSHEET_COMPLETE variable (README, "Shell completion"); typer registers its shells here.
completion_init()

Paths = Annotated[
    list[str] | None,
    typer.Argument(
        help="Articles: .txt, .md or .html files, folders (searched recursively), or - for stdin.",
        show_default=False,
    ),
]
OutputPath = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="Write here instead of standard output (- for standard output).",
        dir_okay=False,
    ),
]
FilesFrom = Annotated[
    str | None,
    typer.Option(
        "--files-from",
        metavar="FILE|-",
        help="Also read the paths of articles from FILE, one a line (- for standard input).",
        show_default=False,
    ),
]
Encoding = Annotated[
    str | None,
    typer.Option(
        "--encoding",
        "-e",
        metavar="NAME",
        help="Read the text in this encoding (latin-1, cp1252, utf-16 ...) instead of UTF-8.",
        show_default=False,
    ),
]
Published = Annotated[
    str | None,
    typer.Option(
        "--published",
        metavar="DATE",
        help="Publication date (YYYY-MM-DD) of the articles, for dates they give without a "
        "year or as 'last week'; overrides the one a page gives.",
        show_default=False,
    ),
]
Db = Annotated[
    Path | None,
    typer.Option(
        "--db",
        metavar="FILE.sqlite",
        help="Also add the figures to this SQLite store (created when missing; articles it "
        "holds unchanged are not read again), with its Datasette metadata beside it.",
        show_default=False,
    ),
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
Scheduler = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        metavar="ADDRESS",
        help="Extract on the Dask cluster whose scheduler is at ADDRESS (tcp://HOST:8786); "
        "needs pip install 'factsheet[dask]'. Workers are started with "
        "'dask worker ADDRESS'.",
        show_default=False,
    ),
]
SchedulerTimeout = Annotated[
    float,
    typer.Option(
        "--scheduler-timeout",
        metavar="SECONDS",
        min=0.001,
        help="How long to wait for the Dask scheduler to answer and for a worker to join it.",
    ),
]
Quiet = Annotated[
    bool,
    typer.Option(
        "--quiet", "-q", help="No progress bar and no summary on standard error (errors stay)."
    ),
]
MaxBytes = Annotated[
    int,
    typer.Option(
        "--max-bytes",
        min=1,
        metavar="BYTES",
        help=f"Skip (and report) an input larger than this. Default: {MAX_BYTES:,}.",
        show_default=False,
    ),
]
MaxParagraph = Annotated[
    int,
    typer.Option(
        "--max-paragraph",
        min=1,
        max=SPACY_MAX_LENGTH,
        metavar="CHARS",
        help="Skip (and report) an input with a longer paragraph: parsing time and memory grow "
        f"with paragraph length. Default: {MAX_PARAGRAPH:,}; at most {SPACY_MAX_LENGTH:,}.",
        show_default=False,
    ),
]


def _json(model: FigureList | FactSheet) -> str:
    """The JSON of the model; ``skipped`` only when some input was (so that a run with nothing
    skipped gives the same bytes as before the field existed)."""
    exclude = None if model.skipped else {"skipped"}
    return model.model_dump_json(indent=2, exclude=exclude) + "\n"


def figures_as(fmt: str, listing: FigureList) -> str:
    """The figures in one of the output formats: json, jsonl or csv."""
    from factsheet.output import exports

    if fmt == "json":
        return _json(listing)
    if fmt == "jsonl":
        return exports.jsonl_text(listing)
    return exports.csv_text(listing)


def _dash(path: Path | None) -> Path | None:
    """``-o -`` (or ``/dev/stdout``) is standard output, as ``-`` is standard input."""
    return None if is_stdout(path) else path


def _inputs(paths: Sequence[str] | None, files_from: str | None) -> list[str]:
    """The paths given, then those read from ``--files-from``; at least one."""
    from factsheet.read.sources import paths_from

    given = list(paths or [])
    if files_from is not None:
        if files_from == "-" and "-" in given:
            raise OptionsError("--files-from -: standard input cannot be both a list and a text")
        given += paths_from(files_from)
    if not given:
        from typer._click.globals import get_current_context

        raise click_exceptions.UsageError(
            "Missing argument: paths (name the articles, or --files-from FILE).",
            ctx=get_current_context(),
        )
    return given


@app.command()
def build(
    paths: Paths = None,
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
    scheduler: Scheduler = None,
    scheduler_timeout: SchedulerTimeout = SCHEDULER_TIMEOUT,
    quiet: Quiet = False,
    max_bytes: MaxBytes = MAX_BYTES,
    max_paragraph: MaxParagraph = MAX_PARAGRAPH,
    db: Annotated[
        Path | None,
        typer.Option(
            "--db",
            metavar="FILE.sqlite",
            help="Add the articles to this SQLite store (created when missing; articles it "
            "holds unchanged are not read again) and build the sheet of everything in it.",
            show_default=False,
        ),
    ] = None,
    from_db: Annotated[
        Path | None,
        typer.Option(
            "--from-db",
            metavar="FILE.sqlite",
            help="Build the sheet of everything in this store, reading no article.",
            show_default=False,
        ),
    ] = None,
    files_from: FilesFrom = None,
    encoding: Encoding = None,
    published: Published = None,
) -> None:
    """Build the Markdown fact sheet: every figure, merged into facts, each cited."""
    output = _dash(output)  # `-o -`: standard output, no charts
    outputs = [("-o", output)] + ([("--json", json_out)] if json_out is not None else [])
    written = _Sheet(output, json_out, template, with_charts, outputs)
    if from_db is not None:
        if paths or files_from or db is not None:
            raise OptionsError("--from-db builds from the store alone: give no PATH or --db")
        from factsheet.output.store import sheet_from_store

        _check(outputs, [str(from_db)])
        written.write(sheet_from_store(from_db, Options(title=title)), [str(from_db)])
        raise typer.Exit(0)
    given = _inputs(paths, files_from)
    options = _options(title, max_bytes, max_paragraph, encoding, published)
    with _start(given, options, jobs, scheduler, scheduler_timeout, quiet, outputs) as shown:
        sheet = shown.store(db) if db is not None else shown.run.build()
    if sheet.sources:
        written.write(sheet, shown.run.paths)
    raise typer.Exit(shown.finish())


@app.command()
def extract(
    paths: Paths = None,
    output: OutputPath = None,
    fmt: Annotated[
        Literal["json", "jsonl", "csv"],
        typer.Option("--format", "-f", help="Output format. jsonl is written as it is found."),
    ] = "json",
    jobs: Jobs = None,
    scheduler: Scheduler = None,
    scheduler_timeout: SchedulerTimeout = SCHEDULER_TIMEOUT,
    quiet: Quiet = False,
    max_bytes: MaxBytes = MAX_BYTES,
    max_paragraph: MaxParagraph = MAX_PARAGRAPH,
    db: Annotated[
        Path | None,
        typer.Option(
            "--db",
            metavar="FILE.sqlite",
            help="Add the figures to this SQLite store instead (created when missing; "
            "articles it holds unchanged are not read again), with its Datasette metadata "
            "beside it. Nothing is printed unless -o is given.",
            show_default=False,
        ),
    ] = None,
    files_from: FilesFrom = None,
    encoding: Encoding = None,
    published: Published = None,
) -> None:
    """Extract every figure as JSON, JSON Lines or CSV (or into a SQLite store)."""
    wanted = output is not None
    output = _dash(output)
    given = _inputs(paths, files_from)
    options = _options(None, max_bytes, max_paragraph, encoding, published)
    if db is not None:
        with _start(
            given, options, jobs, scheduler, scheduler_timeout, quiet, [("-o", output)]
        ) as shown:
            sheet = shown.store(db)
        if wanted:
            write_outputs([(output, figures_as(fmt, _listing(sheet, shown.run)))])
        raise typer.Exit(shown.finish())
    with (
        _start(
            given, options, jobs, scheduler, scheduler_timeout, quiet, [("-o", output)]
        ) as shown,
        Output(output) as out,
    ):
        _write_figures(fmt, shown.run, out)
        if shown.tracker.files:
            out.commit()
    raise typer.Exit(shown.finish())


_FLAGS = {"Options.encoding": "--encoding", "Options.published": "--published"}


def _options(
    title: str | None,
    max_bytes: int,
    max_paragraph: int,
    encoding: str | None,
    published: str | None,
) -> Options:
    """The one :class:`Options` the arguments give; a bad value names its option."""
    try:
        limits = Limits(max_bytes=max_bytes, max_paragraph=max_paragraph)
        return Options(title=title, limits=limits, encoding=encoding, published=published)
    except ArgumentError as err:
        if err.argument not in _FLAGS:
            raise
        given = encoding if err.argument == "Options.encoding" else published
        problem = err.problem.rsplit("; got ", 1)[0]
        raise OptionsError(f"{_FLAGS[err.argument]} {given!r}: {problem}") from None


def _check(outputs: Sequence[tuple[str, Path | None]], inputs: Sequence[str]) -> None:
    """Fail before anything is read when an output cannot be written or would destroy
    something (:func:`check_target`, :func:`check_outputs`)."""
    for _, path in outputs:
        check_target(path)
    check_outputs(outputs, inputs)


def _start(
    given: Sequence[str],
    options: Options,
    jobs: int | None,
    scheduler: str | None,
    scheduler_timeout: float,
    quiet: bool,
    outputs: Sequence[tuple[str, Path | None]],
) -> _Shown:
    """The run over the inputs, its outputs checked first, shown on standard error."""
    for _, path in outputs:
        check_target(path)
    run = Run(given, options, jobs=jobs, scheduler=scheduler, scheduler_timeout=scheduler_timeout)
    check_outputs(outputs, run.paths)
    return _Shown(run, quiet=quiet, many=len(run.sources) > 1 or any(map(os.path.isdir, given)))


def _write_figures(fmt: str, run: Run, out: Output) -> None:
    """The run's figures in one of the output formats, JSON Lines as they are found."""
    from factsheet.output import exports

    if fmt == "jsonl":
        out.write(exports.jsonl_header(run.sources))
        for result in run.results():
            out.write(exports.jsonl_figures(result.figures, result.source))
        out.write(exports.jsonl_skipped(run.skipped))
        return
    results = list(run.results())
    if results:
        sources = [r.source for r in results]
        figures = [f for r in results for f in r.figures]
        out.write(figures_as(fmt, exports.figure_list(sources, figures, run.skipped)))


def _listing(sheet: FactSheet, run: Run) -> FigureList:
    """The figures of the run's inputs in a store's sheet."""
    ids = set(run.sources)
    return FigureList(
        sources=[s for s in sheet.sources if s.id in ids],
        figures=[f for f in sheet.figures if f.source in ids],
        skipped=run.skipped,
    )


class _Sheet:
    """The fact sheet's outputs as ``build`` is told to write them: the Markdown (and its
    charts) and the JSON."""

    def __init__(
        self,
        output: Path | None,
        json_out: Path | None,
        template: str | None,
        with_charts: bool,
        outputs: Sequence[tuple[str, Path | None]],
    ) -> None:
        self.output, self.json_out, self.template = output, json_out, template
        self.with_charts, self.outputs = with_charts, outputs

    def write(self, sheet: FactSheet, inputs: Sequence[str]) -> None:
        """Render and write them all at once (:func:`write_outputs`)."""
        from factsheet.render.charts import chart_files
        from factsheet.render.markdown import render_markdown

        charts = chart_files(sheet, self.output) if self.with_charts and self.output else []
        markdown = render_markdown(sheet, template=self.template, charts=[c.link for c in charts])
        texts: list[tuple[Path | None, str]] = (
            [(self.json_out, _json(sheet))] if self.json_out else []
        )
        texts += [(chart.path, chart.svg) for chart in charts]
        texts.append((self.output, markdown))
        check_outputs([*self.outputs, *(("a chart", c.path) for c in charts)], inputs)
        write_outputs(texts)


class _Shown:
    """A run as the command shows it on standard error: a progress bar while it reads many
    inputs (on a terminal), then the inputs skipped and a summary line; and its exit status."""

    def __init__(self, run: Run, *, quiet: bool, many: bool) -> None:
        from factsheet.run.progress import Tracker

        self.run = run
        self.report = many and not quiet
        self.tracker = Tracker(len(run.sources), bar=self.report and sys.stderr.isatty())
        run.on_result = self.tracker.add
        self.note = ""
        """What the run did to a store, for the summary line."""

    def __enter__(self) -> _Shown:
        self.tracker.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.run.close()  # end the workers now, not when collected
        self.tracker.__exit__(None, None, None)

    def store(self, db: Path) -> FactSheet:
        """The run into the store (:func:`factsheet.output.store.store_run`), its summary
        noted."""
        from factsheet.output.store import store_run

        sheet, summary = store_run(self.run, db)
        self.note = summary.describe()
        return sheet

    def finish(self) -> int:
        """Report skipped inputs and the summary on stderr; the exit status (1 if any input
        was skipped)."""
        from factsheet.run.progress import skipped_lines

        for line in skipped_lines(self.run.errors):
            _say(line)
        if self.report and (self.tracker.files or self.note):
            summary = self.tracker.summary()
            if self.run.errors:
                summary += f"; {len(self.run.errors):,} skipped (listed above)"
            if self.note:
                summary += f"; {self.note}"
            _say(summary)
        return 1 if self.run.errors else 0


@app.command()
def schema(
    output: OutputPath = None,
    of: Annotated[
        Literal["factsheet", "figures", "jsonl", "store"],
        typer.Option(
            help="The document whose schema to print: build --json, extract, one line of "
            "extract --format jsonl, or a row of each table of the --db store."
        ),
    ] = "factsheet",
) -> None:
    """Print the JSON Schema of an output (generated from the models)."""
    from factsheet.output import exports

    write_output(exports.dumps_schema(exports.json_schema(of)), _dash(output))


@app.command(name="eval")
def evaluate(
    gold: Annotated[
        Path, typer.Argument(help="Gold file: NewsQuant JSON, or Duckling's English table.")
    ],
    show_errors: Annotated[
        bool,
        typer.Option("--show-errors", help="List the errors of the tuning part, per sentence."),
    ] = False,
    baseline: Annotated[
        Literal["quantulum3"] | None,
        typer.Option(help="Also score this baseline, side by side."),
    ] = None,
) -> None:
    """Score extraction against an annotated gold file, on the whole file and on its tuning
    and check parts: precision, recall and F1 (NewsQuant), or pass rates (Duckling)."""
    from factsheet.eval import duckling
    from factsheet.eval import score as ev
    from factsheet.run.pipeline import extract_sentences

    if duckling.is_duckling_file(gold):
        passed = duckling.evaluate_duckling(duckling.load_duckling(gold), extract_sentences)
        sys.stdout.write(duckling.format_duckling(passed))
        if show_errors:
            sys.stdout.write(duckling.format_failures(passed["tuning"]))
        return
    sentences = ev.load_gold(gold)
    parts = ev.evaluate_parts(sentences, extract_sentences)
    reports = {"factsheet": parts["all"], "tuning": parts["tuning"], "check": parts["check"]}
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


def main(argv: Sequence[str] | None = None, *, command: bool = False) -> int:
    """Run the CLI; returns the exit status (see the module docstring).

    SIGINT, SIGTERM and SIGHUP stop the run (:mod:`factsheet.stopping`): its workers end, no
    temporary file is left, outputs not yet in place stay as they were, and one line says so;
    the status is 128 + the signal's number. ``command`` (the ``factsheet`` command, about to
    exit) leaves the signals ignored after the run instead of putting the handlers back.
    """
    logging.basicConfig(level=logging.WARNING, format="factsheet: %(levelname)s: %(message)s")
    args = list(argv) if argv is not None else sys.argv[1:]
    Written.files = Written.stdout = False
    try:
        with stopping.handled(restore=not command):
            return _dispatch(args)
    except Stopped as stop:
        return _stopped(stop)


def _dispatch(args: list[str]) -> int:
    """The command's run, every fault turned into one line and an exit status."""
    try:
        code = app(args=args, prog_name="factsheet", standalone_mode=False)
    except click_exceptions.NoArgsIsHelpError as err:
        err.show()  # the help text: `factsheet` alone
        return err.exit_code
    except click_exceptions.UsageError as err:
        _say(f"error: {_usage_message(err)}")
        return 2
    except click_exceptions.ClickException as err:
        _say(f"error: {_one_line(err.format_message())}")
        return err.exit_code
    except OptionsError as err:
        _say(f"error: {err}")
        return 2
    except FactsheetError as err:
        _say(f"error: {err}")
        return 1
    except (KeyboardInterrupt, typer.Abort):  # no handlers (not the main thread)
        _say("interrupted; nothing written" if not Written.files else "interrupted")
        return 130
    except (StdoutClosed, BrokenPipeError):
        _discard_stdout()
        return 0
    except SystemExit as done:  # click's own exits (help, version) in older versions
        return done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
    return code if isinstance(code, int) else 0


def _stopped(stop: Stopped) -> int:
    """The one line for a run stopped by a signal, and its exit status (128 + N)."""
    if Written.files:
        _say(f"stopped by {stop.name} after its outputs were written")
    elif Written.stdout:
        _say(f"stopped by {stop.name}; what it wrote to standard output is incomplete")
    else:
        _say(f"stopped by {stop.name}; nothing written")
    return stop.status


def _say(line: str) -> None:
    """One line on standard error, ``factsheet: `` first; control characters (a newline in a
    file name) are shown escaped, so that it stays one line."""
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(f"factsheet: {printable(line)}\n")
        sys.stderr.flush()


def printable(text: str) -> str:
    r"""The text with control characters escaped, for a one-line message.

    >>> printable("notes\nfinal.txt: empty file")
    'notes\\nfinal.txt: empty file'
    """
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)


def _usage_message(err: click_exceptions.UsageError) -> str:
    """A usage error in one line, with where to find help."""
    message = _one_line(err.format_message()).replace("Value error, ", "")
    if err.ctx is not None:
        message += f" (see '{err.ctx.command_path} --help')"
    return message


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _discard_stdout() -> None:
    """Point standard output at the null device, so that the interpreter's last flush of
    what is still buffered cannot fail with a second broken pipe."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # not a real file (tests capture it)
        return
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, fd)
    os.close(null)


def run() -> None:
    """The ``factsheet`` command: :func:`main`, and exit with its status.

    The same inputs give the same bytes under any ``PYTHONHASHSEED``: nothing the pipeline
    writes follows the order of a set of strings (quantulum3's tables are sorted as they are
    read, :mod:`factsheet.grammar.units`).
    """
    # spaCy and pydantic allocate many short-lived objects and few cycles; collecting the
    # youngest generation every 100,000 allocations instead of 700 saves about 6% of a run
    gc.set_threshold(100_000, 50, 100)
    _exit(main(command=True))


def _exit(code: int) -> NoReturn:
    """Exit with the status, without the interpreter's teardown where nothing needs it.

    At its exit Python frees every object one by one: after a run, spaCy's and pydantic's,
    0.3 s of a short file's 1.5. When this thread is the only one left, the exit handlers
    (``atexit``: multiprocessing's, logging's) run and the standard streams are flushed, as at
    any exit, and the process ends there; the system frees its memory at once. With another
    thread still running, a profiler or tracer on (``python -m cProfile``, a debugger: they
    report after the program ends), or a stream that cannot be flushed, it exits the usual
    way.
    """
    if threading.active_count() == 1 and sys.getprofile() is None and sys.gettrace() is None:
        atexit._run_exitfuncs()
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except (OSError, ValueError):
            raise SystemExit(code) from None
        os._exit(code)
    raise SystemExit(code)


if __name__ == "__main__":
    run()
