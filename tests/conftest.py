"""Shared fixtures: the one real pipeline run over seeds/, golden files, JSON validation.

The pipeline (spaCy included) runs on seeds/ once per session, through the CLI in process
(``factsheet.cli.main``), exactly as ``factsheet build seeds/`` would from the repository root.
Tests that need the seeds reuse :func:`seed_build` (and :func:`seed_extract`) instead of
running it again.

``pytest --update-golden`` rewrites ``tests/golden/`` from the current output instead of
comparing against it; review the diff before committing.
"""

from __future__ import annotations

import contextlib
import difflib
import io
import json
import logging
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from helpers import ROOT, command_env

from factsheet.cli import main
from factsheet.models import FactSheet, FigureList


@pytest.fixture
def command() -> Callable[..., subprocess.CompletedProcess[str]]:
    """:func:`factsheet_process`, for tests that run the command in a process of its own."""
    return factsheet_process


def factsheet_process(*argv: str, seed: str = "0") -> subprocess.CompletedProcess[str]:
    """``python -m factsheet ARGV`` in a process of its own, from the repository root, with
    ``PYTHONHASHSEED`` set to ``seed`` and no other ``PYTHON*`` variable: what a user's
    terminal would show (exit status, stdout, stderr)."""
    env = command_env(seed)
    return subprocess.run(
        [sys.executable, "-m", "factsheet", *argv],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


SEEDS = ROOT / "seeds"
GOLDEN = Path(__file__).resolve().parent / "golden"
SEED_FILES = sorted(p.name for p in SEEDS.glob("*.txt"))


# --------------------------------------------------------------------------------------------
# The slow layer: every test that loads the spaCy model (or starts the command) is marked slow
# --------------------------------------------------------------------------------------------

PROCESS_FIXTURES = {"command", "seed_build", "seed_extract"}
"""Fixtures that start ``factsheet`` in a process of its own or run the whole pipeline: a test
that uses one is marked slow without saying so."""

MODEL_DOCTESTS = {"factsheet", "factsheet.run.pipeline", "factsheet.output.store"}
"""Modules whose doctests run the pipeline (and so load the model)."""

UNMARKED = (
    "this test loads the spaCy model but is not marked slow: add @pytest.mark.slow "
    "(or build the parse by hand: tests/helpers.py, hand_parse)"
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        process = PROCESS_FIXTURES & set(getattr(item, "fixturenames", ()))
        if process or _doctest_module(item) in MODEL_DOCTESTS:
            item.add_marker(pytest.mark.slow)


def _doctest_module(item: pytest.Item) -> str | None:
    if isinstance(item, pytest.DoctestItem) and item.dtest is not None:
        return str(item.dtest.globs.get("__name__"))
    return None


_REFUSED: list[str] = []
"""What the running unmarked test tried (the command may catch the error and exit 1)."""


def _refuse(*args: object, **kwargs: object) -> Any:
    _REFUSED.append(UNMARKED)
    raise AssertionError(UNMARKED)


@pytest.fixture(scope="session", autouse=True)
def _cache_of_our_own(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The tests, and the commands they start, keep their cache (:func:`factsheet.grammar.
    units.cache_folder`) in a folder of the session's, not in the user's."""
    from factsheet.grammar.units import CACHE_VARIABLE

    before = os.environ.get(CACHE_VARIABLE)
    os.environ[CACHE_VARIABLE] = str(tmp_path_factory.mktemp("cache"))
    yield
    if before is None:
        del os.environ[CACHE_VARIABLE]
    else:
        os.environ[CACHE_VARIABLE] = before


@pytest.fixture(scope="session", autouse=True)
def _no_model_in_the_fast_layer(request: pytest.FixtureRequest) -> Iterator[None]:
    """Under ``-m 'not slow'`` the model may not load at all, not even in a session fixture."""
    if "not slow" not in (request.config.option.markexpr or ""):
        yield
        return
    import spacy

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(spacy, "load", _refuse)
        yield


@pytest.fixture(autouse=True)
def _slow_is_marked(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """A test not marked slow may not load or run the spaCy model (loaded or not yet), nor
    start the command: it fails, even where the command caught the error."""
    if request.node.get_closest_marker("slow") is not None:
        yield
        return
    import spacy
    from spacy.language import Language

    monkeypatch.setattr(spacy, "load", _refuse)
    monkeypatch.setattr(Language, "__call__", _refuse)
    monkeypatch.setattr(Language, "pipe", _refuse)
    popen = subprocess.Popen.__init__

    def start(self: subprocess.Popen[Any], args: Any, *rest: Any, **kwargs: Any) -> None:
        argv = [args] if isinstance(args, str | bytes | os.PathLike) else list(args)
        if any("factsheet" in str(arg) for arg in argv):
            _REFUSED.append(UNMARKED)
            raise AssertionError(UNMARKED.replace("loads the spaCy model", "starts the command"))
        popen(self, args, *rest, **kwargs)

    monkeypatch.setattr(subprocess.Popen, "__init__", start)
    _REFUSED.clear()
    yield
    if _REFUSED:
        _REFUSED.clear()
        pytest.fail(UNMARKED, pytrace=False)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite tests/golden/ from the current output instead of comparing against it.",
    )


# --------------------------------------------------------------------------------------------
# Running the CLI in process
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """The outcome of one ``factsheet.cli.main(argv)`` call."""

    argv: tuple[str, ...]
    code: int
    out: str
    err: str

    def __str__(self) -> str:
        command = " ".join(self.argv)
        return f"factsheet {command} -> {self.code}\nstdout: {self.out!r}\nstderr: {self.err!r}"


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    """Call ``factsheet.cli.main(argv)`` and capture its exit status, stdout and stderr.

    ``stdin`` (bytes) replaces standard input for the call.
    """

    def run(*argv: str, stdin: bytes | None = None) -> Run:
        capsys.readouterr()
        with contextlib.ExitStack() as stack:
            if stdin is not None:
                stack.enter_context(_stdin(stdin))
            code = main(list(argv))
        captured = capsys.readouterr()
        return Run(tuple(argv), code, captured.out, captured.err)

    return run


@contextlib.contextmanager
def _stdin(data: bytes) -> Iterator[None]:
    saved = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    try:
        yield
    finally:
        sys.stdin = saved


# --------------------------------------------------------------------------------------------
# The seeds, built once
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SeedBuild:
    """``factsheet build seeds/ -o MD --json JSON``, run once from the repository root."""

    code: int
    markdown: str
    json: str
    sheet: FactSheet
    texts: dict[str, str] = field(repr=False)
    """Source id → the seed file decoded as UTF-8 (what spans point into)."""
    folder: Path = field(default=Path("."))
    """Where the Markdown (and the charts beside it) was written."""
    warnings: list[str] = field(default_factory=list)
    """Log records of level WARNING or above emitted during the run."""


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(f"{record.name}: {record.getMessage()}")


def _run_in_root(argv: Sequence[str]) -> tuple[int, list[str]]:
    collect = _Collect()
    root = logging.getLogger()
    root.addHandler(collect)
    try:
        with contextlib.chdir(ROOT):
            code = main(list(argv))
    finally:
        root.removeHandler(collect)
    return code, collect.records


def _seed_texts() -> dict[str, str]:
    return {f"seeds/{name}": (SEEDS / name).read_bytes().decode("utf-8") for name in SEED_FILES}


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> SeedBuild:
    """The fact sheet of seeds/: Markdown, JSON and the FactSheet read back from the JSON."""
    out = tmp_path_factory.mktemp("seed_build")
    md_path, json_path = out / "seeds.md", out / "seeds.json"
    code, warnings = _run_in_root(["build", "seeds/", "-o", str(md_path), "--json", str(json_path)])
    assert code == 0, f"factsheet build seeds/ exited {code}"
    text = json_path.read_text(encoding="utf-8")
    return SeedBuild(
        code=code,
        markdown=md_path.read_text(encoding="utf-8"),
        json=text,
        sheet=FactSheet.model_validate_json(text),
        texts=_seed_texts(),
        folder=out,
        warnings=warnings,
    )


@pytest.fixture(scope="session")
def seed_extract(tmp_path_factory: pytest.TempPathFactory, seed_build: SeedBuild) -> str:
    """``factsheet extract seeds/`` (JSON), run once; after seed_build so models are warm."""
    out = tmp_path_factory.mktemp("seed_extract") / "figures.json"
    code, _ = _run_in_root(["extract", "seeds/", "-o", str(out)])
    assert code == 0, f"factsheet extract seeds/ exited {code}"
    return out.read_text(encoding="utf-8")


# --------------------------------------------------------------------------------------------
# Golden files
# --------------------------------------------------------------------------------------------


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """Compare text with ``tests/golden/NAME`` byte for byte, or rewrite it on --update-golden."""
    update = bool(request.config.getoption("--update-golden"))

    def check(name: str, actual: str) -> None:
        path = GOLDEN / name
        if update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(actual.encode("utf-8"))
            pytest.skip(f"rewrote {path.relative_to(ROOT)} (--update-golden)")
        if not path.exists():
            pytest.fail(f"{path.relative_to(ROOT)} is missing: run pytest --update-golden")
        expected = path.read_bytes().decode("utf-8")
        if actual != expected:
            diff = "".join(
                difflib.unified_diff(
                    expected.splitlines(keepends=True),
                    actual.splitlines(keepends=True),
                    fromfile=f"tests/golden/{name} (expected)",
                    tofile=f"{name} (actual)",
                )
            )
            pytest.fail(
                f"output differs from tests/golden/{name}; if the change is intended, "
                f"run pytest --update-golden and review the diff.\n{diff}",
                pytrace=False,
            )

    return check


# --------------------------------------------------------------------------------------------
# Checking outputs
# --------------------------------------------------------------------------------------------


def _jsonschema() -> Any:
    try:
        import jsonschema
    except ImportError:
        return None
    return jsonschema


Validate = Callable[[str, dict[str, Any], type[FigureList | FactSheet]], str]


@pytest.fixture(scope="session")
def validate_json() -> Validate:
    """Validate a JSON document against the schema ``factsheet schema`` printed.

    With the ``jsonschema`` package installed: full JSON Schema (2020-12) validation. Without
    it: the document is read back through the pydantic model the schema is generated from.
    Returns the name of the method used.
    """

    def validate(text: str, schema: dict[str, Any], model: type[FigureList | FactSheet]) -> str:
        jsonschema = _jsonschema()
        if jsonschema is None:
            model.model_validate_json(text)
            return "pydantic"
        validator = jsonschema.Draft202012Validator(schema)
        errors = sorted(validator.iter_errors(json.loads(text)), key=lambda e: list(e.path))
        assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])
        return "jsonschema"

    return validate


def _walk(tokens: Sequence[Any]) -> Iterator[Any]:
    for token in tokens:
        yield token
        if token.children:
            yield from _walk(token.children)


_ESCAPE_OR_REFERENCE = re.compile(r"\\.|\[\^([^\]\s]+)\](:?)")


def _written_references(text: str) -> set[str]:
    """Labels of the unescaped ``[^label]`` references in Markdown (not ``[^label]:`` lines)."""
    labels: set[str] = set()
    for line in text.split("\n"):
        for match in _ESCAPE_OR_REFERENCE.finditer(line):
            if match.group(1) and not (match.start() == 0 and match.group(2)):
                labels.add(match.group(1))
    return labels


@pytest.fixture(scope="session")
def markdown_problems() -> Callable[[str], list[str]]:
    """What is wrong with a rendered fact sheet, as a reader's Markdown parser sees it.

    Parses with markdown-it-py (CommonMark + tables + footnotes) and reports: footnote
    references without a definition (left as literal ``[^n]`` text), definitions nobody
    references, and any raw HTML (inline or block) that reached the page.
    """
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin

    parser = MarkdownIt("commonmark").enable("table").use(footnote_plugin)

    def problems(text: str) -> list[str]:
        env: dict[str, Any] = {}
        tokens = parser.parse(text, env)
        found: list[str] = []
        defined = {key[1:] for key in env.get("footnotes", {}).get("refs", {})}
        referenced: set[str] = set()
        for token in _walk(tokens):
            if token.type == "footnote_ref":
                referenced.add(token.meta["label"])
            elif token.type in ("html_inline", "html_block"):
                found.append(f"raw HTML: {token.content.strip()!r}")
        written = _written_references(text)
        found.extend(
            f"footnote [^{n}] has no definition (shown as text)" for n in written - referenced
        )
        found.extend(f"footnote [^{n}] defined but never referenced" for n in defined - referenced)
        found.extend(f"footnote [^{n}] referenced, not defined" for n in referenced - defined)
        return found

    return problems
