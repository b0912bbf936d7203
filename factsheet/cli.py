"""The command line: a thin layer over the library.

Parses arguments, builds :class:`Options`, calls ``factsheet.build`` / ``factsheet.extract`` /
``factsheet.evaluate``, writes outputs atomically, and turns every fault into a one-line
message on standard error, never a traceback. The only module that prints or configures logging.

Exit status: 0 when every input was processed; 1 when some input was skipped (the output still
covers the rest and lists the skipped ones) or a run failed (a template or an output that
cannot be written); 2 for a usage error (an unknown option, a bad value, an output path in a
folder that does not exist). Standard output closed early (``| head``) ends the run quietly.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import stat
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Literal, TextIO

import typer
from typer._click import exceptions as click_exceptions  # typer 0.29 vendors click
from typer._completion_classes import completion_init

from factsheet import __version__, stopping
from factsheet.errors import ArgumentError, FactsheetError, OptionsError, OutputError, Stopped
from factsheet.models import (
    MAX_BYTES,
    MAX_PARAGRAPH,
    SPACY_MAX_LENGTH,
    FactSheet,
    FigureList,
    Limits,
    Options,
)
from factsheet.pipeline import Run

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


class _StdoutClosed(Exception):
    """Standard output was closed by its reader (``factsheet ... | head``)."""


class _Written:
    """What this run has put out so far, for the message when it is stopped by a signal."""

    files = False  # an output file was moved into place
    stdout = False  # something went to standard output


STDOUT_PATHS = frozenset({"-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"})
"""Output paths that mean standard output (written to it, never opened by name)."""


def is_stdout(path: Path | str | None) -> bool:
    """Whether an output path means standard output: none, ``-`` or ``/dev/stdout``.

    >>> is_stdout(None), is_stdout(Path("-")), is_stdout("/dev/stdout"), is_stdout("out.md")
    (True, True, True, False)
    """
    return path is None or str(path) in STDOUT_PATHS


def written_through(path: Path) -> bool:
    """Whether an output path is opened and written to rather than replaced: a device, a FIFO,
    anything under ``/dev`` or ``/proc``. A rename would put a regular file where it stands
    (``-o /dev/null`` would break the system); only regular files and new paths are replaced.
    """
    if str(path).startswith(("/dev/", "/proc/")):
        return True
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:  # not there yet (or not reachable: check_target says why)
        return False


def check_target(path: Path | None) -> None:
    """Fail before anything is read when an output path cannot be written: a folder, a folder
    that does not exist, one we may not write in, a socket."""
    if is_stdout(path):
        return
    assert path is not None
    if path.is_dir():
        raise OptionsError(f"{path}: is a folder, not a file")
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = None
    if mode is not None and stat.S_ISSOCK(mode):
        raise OptionsError(f"{path}: is a socket, not a file")
    if mode is not None and written_through(path):
        return  # written through: a device or a FIFO; its folder does not matter
    folder = path.resolve().parent
    if not folder.is_dir():
        raise OptionsError(f"{path}: folder {path.parent} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OptionsError(f"{path}: cannot write in folder {folder} ({_why_not(folder)})")


def _why_not(folder: Path) -> str:
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return "read-only file system"
    except OSError:
        pass
    return "permission denied"


def check_outputs(outputs: Sequence[tuple[str, Path | None]], inputs: Sequence[str]) -> None:
    """Fail before anything is read when the outputs would destroy something: an output that
    is one of the inputs, two outputs with one path, two outputs to standard output.

    ``outputs`` are (option, path) pairs, a path of ``None`` meaning standard output;
    ``inputs`` the paths of the files to be read.
    """
    seen: dict[object, str] = {}
    for option, path in outputs:
        key: object = "standard output" if is_stdout(path) else _identity(Path(str(path)))
        if key in seen:
            raise OptionsError(
                f"{path if path is not None else '-'}: given to both {seen[key]} and {option}; "
                "give each output a path of its own"
            )
        seen[key] = option
    existing = {
        key: option for key, option in seen.items() if isinstance(key, tuple) and key[0] == "file"
    }
    if not existing:
        return
    for name in inputs:
        key = _identity(Path(name))
        if key in existing:
            out = next(p for o, p in outputs if o == existing[key])
            raise OptionsError(
                f"{out}: the output of {existing[key]} is also an input, which it would "
                "overwrite; write it somewhere else"
            )


def _identity(path: Path) -> object:
    """What tells two paths of one file apart from two files: device and inode for a file that
    exists (hard links and symbolic links included), else the path made absolute."""
    try:
        info = os.stat(path)
    except OSError:
        return ("new", os.path.realpath(path))
    return ("file", info.st_dev, info.st_ino)


def write_output(text: str, path: Path | None) -> None:
    """Write text to the path atomically (a temporary file renamed into place), or to stdout.

    The file keeps the mode of the file it replaces, or gets the usual mode for a new file.
    Characters that cannot be UTF-8 (lone surrogates from undecodable arguments) become "?".
    """
    write_outputs([(path, text)])


def write_outputs(outputs: Sequence[tuple[Path | None, str]]) -> None:
    """Write several outputs as one: each text goes to a temporary file beside its target (or
    is held, for standard output and devices), and only when every one of them is written are
    they moved into place, with the stop signals held. A full disk, a write error or a signal
    leaves every previous output as it was."""
    with contextlib.ExitStack() as stack:
        staged = [stack.enter_context(Output(path, hold=True)) for path, _ in outputs]
        for out, (_, text) in zip(staged, outputs, strict=True):
            out.write(text)
        for out in staged:
            out.finish()  # a full disk shows here, before anything is replaced
        for out in staged:
            out.put_through()  # standard output and devices, which may wait for their reader
        with stopping.held():
            for out in staged:
                out.commit()


class Output:
    """An output being written: to stdout as it comes, or to a temporary file beside the target
    that replaces the target only on :meth:`commit`. Leaving the ``with`` block without a commit
    (an error, a signal, or nothing to write) removes the temporary file and leaves the target
    untouched.

    A device or a FIFO (:func:`written_through`) is opened and written, not replaced. With
    ``hold=True`` what goes to standard output or a device is held until :meth:`commit`.
    """

    def __init__(self, path: Path | None, *, hold: bool = False) -> None:
        self.path = None if is_stdout(path) else path
        self._tmp: str | None = None
        self._handle: TextIO | None = None
        self._held: list[str] | None = [] if hold else None
        self._put = False

    def __enter__(self) -> Output:
        if self.path is None:
            return self
        check_target(self.path)
        try:
            if written_through(self.path):
                if self._held is None:
                    self._handle = self._open_through()
                return self
            target = self.path.resolve()
            fd, self._tmp = tempfile.mkstemp(
                prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
            )
        except OSError as err:
            raise self._error(err) from err
        self._handle = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        return self

    def _open_through(self) -> TextIO:
        assert self.path is not None
        # appending: a regular file reached through /dev/fd/N or /dev/stderr is not truncated
        return open(self.path, "a", encoding="utf-8", newline="\n")

    def write(self, text: str) -> None:
        """Write text (lone surrogates become "?")."""
        text = text.encode("utf-8", "replace").decode("utf-8")
        if self._held is not None and self._tmp is None:
            self._held.append(text)
            return
        try:
            if self._handle is None:
                sys.stdout.write(text)
                _Written.stdout = True
            else:
                self._handle.write(text)
        except OSError as err:
            raise self._error(err) from err

    def finish(self) -> None:
        """Everything written so far reaches the temporary file (a full disk shows here)."""
        if self._tmp is None or self._handle is None:
            return
        try:
            self._handle.close()
        except OSError as err:
            raise self._error(err) from err

    def put_through(self) -> None:
        """For standard output or a device: write what is held, and flush."""
        if self._tmp is not None or self._put:
            return
        self._put = True
        held, self._held = self._held or [], None
        try:
            if self.path is None:
                if held:
                    _Written.stdout = True
                sys.stdout.write("".join(held))
                sys.stdout.flush()
                return
            handle = self._handle or self._open_through()
            self._handle = None
            with handle:
                handle.write("".join(held))
            _Written.files = True
        except OSError as err:
            raise self._error(err) from err

    def commit(self) -> None:
        """Finish: write what is held and flush (stdout, a device), or move the temporary file
        into place."""
        if self._tmp is None:
            self.put_through()
            return
        assert self.path is not None
        target = self.path.resolve()
        self.finish()
        try:
            os.chmod(self._tmp, _mode_for(target))
            os.replace(self._tmp, target)
        except OSError as err:
            raise self._error(err) from err
        self._tmp = None
        _Written.files = True

    def _error(self, err: OSError) -> Exception:
        if self.path is None and isinstance(err, BrokenPipeError):
            return _StdoutClosed()
        where = self.path if self.path is not None else "standard output"
        return OutputError(f"{where}: cannot write ({err.strerror or err})")

    def __exit__(self, *exc: object) -> None:
        if self._handle is not None and self._tmp is None:
            with contextlib.suppress(OSError):
                self._handle.close()
            self._handle = None
        if self._tmp is not None:
            if self._handle is not None:
                with contextlib.suppress(OSError):  # a full disk fails the last flush again
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
    """The JSON of the model; ``skipped`` only when some input was (so that a run with nothing
    skipped gives the same bytes as before the field existed)."""
    exclude = None if model.skipped else {"skipped"}
    return model.model_dump_json(indent=2, exclude=exclude) + "\n"


def figures_as(fmt: str, listing: FigureList) -> str:
    """The figures in one of the output formats: json, jsonl or csv."""
    from factsheet import exports

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
    from factsheet.sources import paths_from

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
        from factsheet.store import sheet_from_store

        _check(outputs, [str(from_db)])
        written.write(sheet_from_store(from_db, Options(title=title)), [str(from_db)])
        raise typer.Exit(0)
    given = _inputs(paths, files_from)
    options = _options(title, max_bytes, max_paragraph, encoding, published)
    with _start(given, options, jobs, scheduler, quiet, outputs) as shown:
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
        with _start(given, options, jobs, scheduler, quiet, [("-o", output)]) as shown:
            sheet = shown.store(db)
        if wanted:
            write_outputs([(output, figures_as(fmt, _listing(sheet, shown.run)))])
        raise typer.Exit(shown.finish())
    with (
        _start(given, options, jobs, scheduler, quiet, [("-o", output)]) as shown,
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
    quiet: bool,
    outputs: Sequence[tuple[str, Path | None]],
) -> _Shown:
    """The run over the inputs, its outputs checked first, shown on standard error."""
    for _, path in outputs:
        check_target(path)
    run = Run(given, options, jobs=jobs, scheduler=scheduler)
    check_outputs(outputs, run.paths)
    return _Shown(run, quiet=quiet, many=len(run.sources) > 1 or any(map(os.path.isdir, given)))


def _write_figures(fmt: str, run: Run, out: Output) -> None:
    """The run's figures in one of the output formats, JSON Lines as they are found."""
    from factsheet import exports

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
        from factsheet.charts import chart_files
        from factsheet.render import render_markdown

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
        from factsheet.progress import Tracker

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
        """The run into the store (:meth:`Run.store`), its summary noted."""
        sheet, summary = self.run.store(db)
        self.note = summary.describe()
        return sheet

    def finish(self) -> int:
        """Report skipped inputs and the summary on stderr; the exit status (1 if any input
        was skipped)."""
        from factsheet.progress import skipped_lines

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
    from factsheet import exports

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
    from factsheet import duckling
    from factsheet import evaluate as ev
    from factsheet.pipeline import extract_sentences

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
    _Written.files = _Written.stdout = False
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
        _say("interrupted; nothing written" if not _Written.files else "interrupted")
        return 130
    except (_StdoutClosed, BrokenPipeError):
        _discard_stdout()
        return 0
    except SystemExit as done:  # click's own exits (help, version) in older versions
        return done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
    return code if isinstance(code, int) else 0


def _stopped(stop: Stopped) -> int:
    """The one line for a run stopped by a signal, and its exit status (128 + N)."""
    if _Written.files:
        _say(f"stopped by {stop.name} after its outputs were written")
    elif _Written.stdout:
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
    read, :mod:`factsheet.units`).
    """
    # spaCy and pydantic allocate many short-lived objects and few cycles; collecting the
    # youngest generation every 100,000 allocations instead of 700 saves about 6% of a run
    gc.set_threshold(100_000, 50, 100)
    raise SystemExit(main(command=True))


if __name__ == "__main__":
    run()
