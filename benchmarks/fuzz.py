"""Fuzz the whole pipeline: many generated inputs, each under a time limit, invariants checked.

Run from the repository root (not collected by pytest; takes a few minutes)::

    PYTHONPATH=. python benchmarks/fuzz.py --inputs 2000 --limit 20 --seed 6

Inputs come from five generators, in turn: random Unicode text (every plane, controls
included); number-rich text built from templates (numbers in every notation, currencies,
scales, units, ranges, words); Markdown and HTML injection around figures; absurd numbers
("1e999", 400-digit runs, "9 x 10^999", "NaN", "∞"); and, once each at the end, pathological
sizes (10,000 digits, a 100,000-character sentence, 5,000 numbers in one sentence, 10,000
nested brackets, 100,000 characters without a space).

Each input is built into a fact sheet (``factsheet.build``) and rendered to Markdown under a
per-input time limit (``SIGALRM``). C code that holds the GIL, such as a regular expression
backtracking inside quantulum3, can overrun the limit (the input still counts as over it, with
its real time); a stall that releases the GIL past three times the limit ends the run and is
written to ``fuzz-hang.txt``. Checked afterwards, outside the limit (validating thousands of
figures against the schema takes longer than making them): nothing raises; every figure's
span points at its surface; every value is finite; both JSON documents are strict JSON (no
``NaN``/``Infinity``) and validate against the published schema (with ``jsonschema``
installed); the Markdown parses with no raw HTML, link, image, code span or broken footnote.
Printed: inputs run per generator, failures (the first few shown), time per input, building
and rendering only (median, 99th percentile, the slowest and which). Exit status 1 when
anything failed.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import signal
import statistics
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from types import FrameType
from typing import Any

from factsheet import build
from factsheet.models import FactSheet, FigureList
from factsheet.read.sources import read_text
from factsheet.render.markdown import render_markdown

# --------------------------------------------------------------------------------------------
# Generators
# --------------------------------------------------------------------------------------------

NUMBERS = [
    lambda r: str(r.randint(0, 10 ** r.randint(1, 12))),
    lambda r: f"{r.randint(1, 999)},{r.randint(0, 999):03d},{r.randint(0, 999):03d}",
    lambda r: f"{r.uniform(0, 1000):.{r.randint(1, 4)}f}",
    lambda r: f"{r.randint(1, 9)} x 10^{r.choice(['', '-'])}{r.randint(0, 1200)}",
    lambda r: f"{r.randint(1, 9)}e{r.randint(-999, 999)}",
    lambda r: "9" * r.randint(10, 500),
    lambda r: "0." + "0" * r.randint(50, 400) + "1",
    lambda r: r.choice(["NaN", "nan", "inf", "Infinity", "∞", "-0", "½", "٣٤", "1e999"]),
    lambda r: r.choice(["one", "twenty-five", "a dozen", "half", "a third", "hundreds", "six"]),
    lambda r: " ".join(["nine hundred"] * r.randint(1, 300)),
]
BEFORE = ["", "", "", "$", "US$", "£", "€", "¥", "-", "+", "−", "about ", "EUR ", "minus "]
AFTER = ["", "", "", "%", " percent", " million", "bn", "m", " km", " mph", " people",
         " years old", " billion trillion", "th", "s", " degrees C", " a year", "k",
         " yen"]  # fmt: skip
WORDS = ["volunteers", "the", "Boeing", "Article", "in", "of", "said", "rose", "from", "March",
         "2023", "Covid-19", "F-16", "were", "killed", "a", "The", "Six", "China", "between",
         "and", "to", "by", "fell", "at", "least", "more", "than", "last", "week"]  # fmt: skip
GLUE = [" ", " ", ", ", " to ", "-", "–", " and ", ". ", " (", ") ", "\n", "\n\n", "; "]
INJECTIONS = [
    "[click](javascript:alert({n}))", "![x](http://e.example/{n}.png)", "<script>{n}</script>",
    "<b>{n}</b>", "<!-- {n} -->", "[^{n}]", "\n[^1]: {n} fake\n", "| {n} | x |\n|---|---|\n",
    "`{n}`", "```\n{n}\n```", "\n# {n} dead\n", "\n{n}\n===\n", "\n> {n} said\n", "**{n}**",
    "_{n}_", "~~{n}~~", "&lt;{n}&gt;", "&#60;{n}", "<http://x.example/{n}>", "www.{n}.example",
    "\n1. {n}\n", "\\{n}\\", "{{{{ {n} }}}}", "{{% if {n} %}}", "$${n}$$", "\u202e{n}\u202c",
]  # fmt: skip


def _number(r: random.Random) -> str:
    return r.choice(BEFORE) + r.choice(NUMBERS)(r) + r.choice(AFTER)


def random_unicode(r: random.Random) -> str:
    size = r.choice([5, 40, 200, 1000])
    pick = r.random()
    if pick < 0.3:  # any code point but surrogates
        chars = [chr(r.randint(0, 0x10FFFF)) for _ in range(size)]
        return "".join(c for c in chars if not 0xD800 <= ord(c) <= 0xDFFF)
    if pick < 0.6:  # printable ASCII with digits and punctuation
        return "".join(chr(r.randint(32, 126)) for _ in range(size))
    alphabet = "0123456789 ,.-–$%£€()[]<>|*_`#\n\t\u00a0\u202f½²³⁰⁻×xXe+kmMbn"
    return "".join(r.choice(alphabet) for _ in range(size))


def number_rich(r: random.Random) -> str:
    parts = []
    for _ in range(r.randint(1, 40)):
        parts.append(_number(r) if r.random() < 0.5 else r.choice(WORDS))
        parts.append(r.choice(GLUE))
    return "".join(parts)


def injection(r: random.Random) -> str:
    parts = []
    for _ in range(r.randint(1, 12)):
        n = _number(r) if r.random() < 0.7 else str(r.randint(0, 99))
        parts.append(r.choice(INJECTIONS).format(n=n))
        parts.append(" " + " ".join(r.choice(WORDS) for _ in range(r.randint(0, 6))) + " ")
        parts.append(r.choice(GLUE))
    return "".join(parts)


def absurd(r: random.Random) -> str:
    n = r.choice(
        ["1e999", "9" * r.randint(300, 5000), "9 x 10^999", "9×10⁹⁹⁹", "9 x 10^-999", "NaN",
         "∞", "Infinity", "$" + "9" * 400 + " trillion", ",".join(["999"] * r.randint(100, 2000))]
    )  # fmt: skip
    return f"The total was {n} people, and 16,000 volunteers came."


GENERATORS: dict[str, Callable[[random.Random], str]] = {
    "random unicode": random_unicode,
    "number-rich": number_rich,
    "injection": injection,
    "absurd numbers": absurd,
}

PATHOLOGICAL: dict[str, str] = {
    "10,000 digits": "The total was " + "9" * 10_000 + " dollars.",
    "a 100,000-character sentence": ("Some 12 people ate 3 km of cake and " * 3_000)[:100_000],
    "5,000 numbers in one sentence": "Values " + ", ".join(str(i) for i in range(5_000)) + ".",
    "10,000 nested brackets": "(" * 10_000 + "5 people" + ")" * 10_000,
    "100,000 characters, no space": "a" * 100_000 + " 5 people",
    "5,000 markdown links": " ".join(f"[{i}](javascript:x)" for i in range(5_000)),
}

# --------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------


class Timeout(BaseException):  # not Exception: quantulum3_parse catches those
    """The input ran past its time limit."""


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise Timeout


def _strict_json(text: str) -> Any:
    def refuse(constant: str) -> Any:
        raise ValueError(f"not JSON: {constant}")

    return json.loads(text, parse_constant=refuse)


def _validator(model: type[FactSheet] | type[FigureList]) -> Callable[[Any], list[str]]:
    try:
        import jsonschema
    except ImportError:
        return lambda doc: []
    validator = jsonschema.Draft202012Validator(model.model_json_schema())
    return lambda doc: [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(doc)]


def _markdown_checker() -> Callable[[str], list[str]]:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin

    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"]).use(footnote_plugin)

    def walk(tokens: list[Any]) -> Iterator[Any]:
        for t in tokens:
            yield t
            yield from walk(t.children or [])

    def problems(text: str) -> list[str]:
        env: dict[str, Any] = {}
        tokens = list(walk(parser.parse(text, env)))
        defined = {k[1:] for k in env.get("footnotes", {}).get("refs", {})}
        refs: set[str] = set()
        found: list[str] = []
        for t in tokens:
            if t.type in ("html_inline", "html_block", "link_open", "image", "code_inline"):
                found.append(f"{t.type}: {t.content[:60]!r}")
            elif t.type == "footnote_ref":
                refs.add(t.meta["label"])
        found.extend(f"footnote {n} unreferenced" for n in defined - refs)
        found.extend(f"footnote {n} undefined" for n in refs - defined)
        return found

    return problems


@dataclass
class Results:
    runs: Counter[str] = field(default_factory=Counter)
    failures: list[tuple[str, str, str]] = field(default_factory=list)
    times: list[tuple[float, str, str]] = field(default_factory=list)


Problems = Callable[[Any], list[str]]


@dataclass
class Output:
    """What the pipeline made of one input: the document, its fact sheet and the Markdown."""

    doc: Any
    sheet: FactSheet
    markdown: str


def produce(text: str) -> Output:
    """The pipeline's work on ``text``, the part the time limit is for (raises on a crash)."""
    doc = read_text(text, id="fuzz.txt")
    sheet = build(doc)
    return Output(doc, sheet, render_markdown(sheet))


def check(
    out: Output, sheet_errors: Problems, figure_errors: Problems, md_problems: Problems
) -> list[str]:
    """What is wrong with the pipeline's output (the checks are not timed: validating a sheet
    of thousands of figures against the schema takes longer than making it)."""
    doc, sheet = out.doc, out.sheet
    problems = []
    for f in sheet.figures:
        if doc.text[f.span[0] : f.span[1]] != f.surface:
            problems.append(f"span {f.span} is not {f.surface!r}")
        for v in (f.value, f.low, f.high):
            if v is not None and not math.isfinite(v):
                problems.append(f"value {v} of {f.surface!r}")
    figures = FigureList(sources=sheet.sources, figures=sheet.figures)
    problems += figure_errors(_strict_json(figures.model_dump_json()))
    problems += sheet_errors(_strict_json(sheet.model_dump_json()))
    problems += md_problems(out.markdown)
    return problems


def _hang(source: str, text: str, limit: float) -> None:
    """The watchdog's verdict: an input stuck where ``SIGALRM`` cannot reach (in C code)."""
    path = "fuzz-hang.txt"
    with open(path, "w", encoding="utf-8") as out:
        out.write(text)
    sys.stdout.write(
        f"HANG: {source} input ran past {3 * limit:g} s where the time limit cannot stop it; "
        f"written to {path}: {_short(text)}\n"
    )
    sys.stdout.flush()
    os._exit(2)


def run(inputs: Iterator[tuple[str, str]], limit: float, verbose: bool = False) -> Results:
    sheet_errors, figure_errors = _validator(FactSheet), _validator(FigureList)
    md_problems = _markdown_checker()
    results = Results()
    signal.signal(signal.SIGALRM, _alarm)
    for number, (source, text) in enumerate(inputs):
        results.runs[source] += 1
        start = time.perf_counter()
        watchdog = threading.Timer(3 * limit, _hang, (source, text, limit))
        watchdog.daemon = True
        watchdog.start()
        signal.setitimer(signal.ITIMER_REAL, limit)
        out: Output | None = None
        try:
            out = produce(text)
            problems = []
        except Timeout:
            problems = [f"over the time limit of {limit:g} s"]
        except Exception as exc:
            if type(exc).__name__ == "InputError":  # refused as not text: the reader's job
                problems = []
            else:
                problems = [f"raised {type(exc).__name__}: {exc}"]
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            watchdog.cancel()
        elapsed = time.perf_counter() - start
        if out is not None:
            try:
                problems = check(out, sheet_errors, figure_errors, md_problems)
            except Exception as exc:
                problems = [f"checking raised {type(exc).__name__}: {exc}"]
        if verbose:
            print(f"{number:5} {elapsed:7.3f} s  {source}: {_short(text)}", file=sys.stderr)
        results.times.append((elapsed, source, text))
        results.failures.extend((source, p, text) for p in problems)
    return results


def generated(n: int, seed: int, pathological: bool) -> Iterator[tuple[str, str]]:
    r = random.Random(seed)
    names = list(GENERATORS)
    for i in range(n):
        name = names[i % len(names)]
        yield name, GENERATORS[name](r)
    if pathological:
        for name, text in PATHOLOGICAL.items():
            yield f"pathological: {name}", text


def _short(text: str) -> str:
    return repr(text[:70]) + (f"… ({len(text):,} chars)" if len(text) > 70 else "")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--inputs", type=int, default=2000, help="Generated inputs (default 2000).")
    ap.add_argument("--seed", type=int, default=6, help="Random seed (default 6).")
    ap.add_argument("--limit", type=float, default=20, help="Seconds per input (default 20).")
    ap.add_argument("--no-pathological", action="store_true", help="Skip the huge inputs.")
    ap.add_argument("--verbose", action="store_true", help="Each input's time, on stderr.")
    args = ap.parse_args(argv)

    build(read_text("Warm up: 16,000 volunteers came.", id="warm.txt"))  # load spaCy first
    began = time.perf_counter()
    inputs = generated(args.inputs, args.seed, not args.no_pathological)
    results = run(inputs, args.limit, args.verbose)
    total = time.perf_counter() - began

    print(f"{sum(results.runs.values())} inputs in {total:.0f} s (limit {args.limit:g} s each)")
    for source, count in results.runs.items():
        failed = len({id(t) for s, _, t in results.failures if s == source})
        print(f"  {source:45} {count:5} run, {failed:3} failed")
    times = sorted(t for t, _, _ in results.times)
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    print(f"time per input: median {statistics.median(times) * 1000:.0f} ms, "
          f"99th percentile {p99 * 1000:.0f} ms")  # fmt: skip
    print("slowest:")
    for elapsed, source, text in sorted(results.times, key=lambda x: -x[0])[:8]:
        print(f"  {elapsed:7.2f} s  {source}: {_short(text)}")
    print(f"failures: {len(results.failures)}")
    for source, problem, text in results.failures[:20]:
        print(f"  {source}: {problem}\n      input {_short(text)}")
    return 1 if results.failures else 0


if __name__ == "__main__":
    sys.exit(main())
