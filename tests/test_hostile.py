"""Hostile and pathological text (issue 6): nothing a source writes may change the meaning of the
fact sheet.

- Numbers beyond what a float holds, or absurd ("10,000 digits", "9 x 10^999", "1e999", "NaN",
  "∞"): no crash, no figure with a value that is not finite, and the JSON stays valid JSON.
- Sizes: thousands of numbers in one sentence, a 100,000-character sentence, deeply nested
  brackets are scanned in bounded time (the number grammar; the spaCy stages are timed by
  ``benchmarks/fuzz.py``).
- Markdown and HTML written in a source are quoted as text: they create no link, HTML, footnote
  or table cell in the fact sheet.
- A user template with an error gets one line naming its file and line, not a traceback.
- The same inputs give the same bytes.

Cases are grouped as in the other tests: the ones that showed a bug when written
(``*_BUGS_CAUGHT``) and the ones that only pin behaviour (``*_NEW``).
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from factsheet import build
from factsheet.errors import TemplateError
from factsheet.grammar.candidates import candidates
from factsheet.grammar.numbers import LARGEST, scan
from factsheet.models import FactSheet, FigureList
from factsheet.read.sources import read_text
from factsheet.render.escape import md
from factsheet.render.markdown import render_markdown

# --------------------------------------------------------------------------------------------
# Numbers no float holds
# --------------------------------------------------------------------------------------------

# (text, surfaces scan must find) — found while writing this file: each crashed, gave an
# infinite value, or read the mantissa of a number it could not hold as a figure of its own.
VALUES_BUGS_CAUGHT = [
    ("The total was " + "9" * 10_000 + " dollars.", []),  # inf
    ("It cost $" + "9" * 400 + " trillion.", []),  # inf after the scale
    ("It was " + ",".join(["999"] * 3_000) + " people.", []),  # inf
    ("It was 1" + " 000" * 3_000 + " people.", []),  # inf
    ("It was 9.9 x 10^999 grams.", []),  # OverflowError
    ("It was 9×10⁹⁹⁹ metres.", []),  # OverflowError
    ("It was 9 x 10^-999 grams.", []),  # underflow to 0
    ("It was 1e999 and 1.5e308 and 1e-999.", []),  # "1.5", "1" and "999" as figures
    ("nine hundred " * 200, []),  # words multiplied past a float
]
VALUES_NEW = [
    ("NaN percent, nan, inf, Infinity and ∞ people.", []),
    ("It was 5 x 10^99 atoms.", ["5 x 10^99"]),
    ("A googol is 1 x 10^100.", ["1 x 10^100"]),
    ("It weighs 6.6 x 10⁻³⁴ grams.", ["6.6 x 10⁻³⁴"]),
    ("Pi is 3." + "1" * 5_000 + " or so.", ["3." + "1" * 5_000]),
    ("(" * 5_000 + "5 people" + ")" * 5_000, ["5"]),
]


def _ids(cases: list[tuple[str, list[str]]]) -> list[str]:
    return [text[:40] + ("…" if len(text) > 40 else "") for text, _ in cases]


def _finite(values: list[float | None]) -> bool:
    return all(v is None or (math.isfinite(v) and abs(v) <= LARGEST) for v in values)


@pytest.mark.parametrize(
    ("text", "surfaces"), VALUES_BUGS_CAUGHT + VALUES_NEW, ids=_ids(VALUES_BUGS_CAUGHT + VALUES_NEW)
)
def test_scan_values_are_finite(text: str, surfaces: list[str]) -> None:
    found = scan(text)
    assert all(_finite([c.value, c.low, c.high]) for c in found)
    assert [text[c.start : c.end] for c in found] == surfaces


@pytest.mark.parametrize(
    ("text", "surfaces"), VALUES_BUGS_CAUGHT[:6], ids=_ids(VALUES_BUGS_CAUGHT[:6])
)
def test_candidates_values_are_finite(text: str, surfaces: list[str]) -> None:
    """With quantulum3's units too (it reads "1e999" itself: its reading must not leak)."""
    found = candidates(text)
    assert all(_finite([c.value, c.low, c.high]) for c in found)
    assert [text[c.start : c.end] for c in found] == surfaces


# --------------------------------------------------------------------------------------------
# Sizes: the number grammar is linear in the numbers of a sentence
# --------------------------------------------------------------------------------------------

SIZES = {
    # Quadratic before: 9.7 s and 64 s on the machine this was written on.
    "5,000 numbers in one sentence": "Values " + ", ".join(str(i) for i in range(5_000)) + ".",
    "a 100,000-character sentence": ("word 12 more " * 7_700)[:100_000],
    "5,000 capitalised number words": "Six " * 5_000,
    "5,000 yen amounts": "¥5 " * 5_000,
    "5,000 years": "In 1999 " * 5_000,
    "100,000 characters, one number": "a" * 100_000 + " 5 people",
    "10,000 nested brackets": "(" * 10_000 + "5 people" + ")" * 10_000,
    # Exponential backtracking before, found by benchmarks/fuzz.py: a phone number's digit
    # groups, an identifier's parts, number words each read two ways, where no reading can end.
    "a 500-digit phone number": "Call +" + "9" * 500 + "x",
    "a phone number with a 500-digit group": "Call +1 " + "9" * 500 + "x",
    "an identifier of 60 parts": "The A1" + "b1" * 30 + "_",
    "40 number words in a row": "thirty-three-" * 40 + "x",
}


@pytest.mark.parametrize("text", list(SIZES.values()), ids=list(SIZES))
def test_scan_time_is_bounded(text: str) -> None:
    start = time.perf_counter()
    found = scan(text)
    elapsed = time.perf_counter() - start
    assert elapsed < 10, f"{elapsed:.1f} s"  # well under 2 s each; generous for slow CI
    assert all(text[c.start : c.end] for c in found)


# --------------------------------------------------------------------------------------------
# The whole pipeline: JSON that is JSON, Markdown that quotes
# --------------------------------------------------------------------------------------------


def _strict_json(text: str) -> Any:
    """``json.loads`` refusing ``NaN`` and ``Infinity`` (not JSON, though Python writes them)."""

    def refuse(constant: str) -> Any:
        raise ValueError(f"not JSON: {constant}")

    return json.loads(text, parse_constant=refuse)


def _sheet(text: str) -> FactSheet:
    return build(read_text(text, id="hostile.txt"))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "surfaces"),
    VALUES_BUGS_CAUGHT + VALUES_NEW[:2],
    ids=_ids(VALUES_BUGS_CAUGHT + VALUES_NEW[:2]),
)
def test_build_json_is_valid_for_absurd_numbers(
    text: str, surfaces: list[str], validate_json: Callable[..., str]
) -> None:
    sheet = _sheet(text + " Also 16,000 volunteers came.")
    doc = _strict_json(sheet.model_dump_json())
    validate_json(json.dumps(doc), FactSheet.model_json_schema(), FactSheet)
    assert [f.surface for f in sheet.figures] == [*surfaces, "16,000"]
    figures = FigureList(sources=sheet.sources, figures=sheet.figures).model_dump_json()
    validate_json(figures, FigureList.model_json_schema(), FigureList)


# Markdown and HTML a source may carry, each beside a figure so that its sentence is quoted.
INJECTIONS = {
    "link": "Click [here](javascript:alert(1)) for 5 prizes.",
    "image": "See ![pic](http://evil.example/x.png) of 7 cats.",
    "autolink": "Visit <http://evil.example> or www.evil.example for 3 deals.",
    "script": "<script>alert('x')</script> 12 people were hurt.",
    "html block": "<div onclick=alert(1)>\n\n4 people</div>",
    "footnote definition": "[^1]: Fake citation with 9 sources.",
    "footnote reference": "As shown[^1] 8 people agreed.[^2]",
    "table": "| col | 6 dogs |\n|---|---|\n| a | b |",
    "backticks": "Run `rm -rf /` on 2 servers, or ```3 more```.",
    "heading": "# Breaking: 10 dead",
    "setext": "11 people\n===",
    "list": "1. first\n2) 13 second",
    "quote": "> 14 people said so",
    "emphasis": "**15** people and _16_ dogs and ~~17~~ cats.",
    "entity": "It cost &pound;18 &#60;b&#62; or 19 &amp; more.",
    "html comment": "<!-- 20 --> 21 votes.",
    "reference link": "[a][ref] got 22 votes.\n\n[ref]: javascript:alert(1)",
    "pipe in sentence": "Votes were 23 | 24 | 25 in the count.",
    "control characters": "It rose\x0c 26%\x1b[31m in red\x07.",
    "math": "$$27$$ and $28$ and \\(29\\).",
}


@pytest.fixture(scope="module")
def injected() -> tuple[FactSheet, str]:
    sheet = _sheet("\n\n".join(INJECTIONS.values()))
    return sheet, render_markdown(sheet)


@pytest.mark.slow
def test_injected_markdown_is_quoted(
    injected: tuple[FactSheet, str], markdown_problems: Callable[[str], list[str]]
) -> None:
    sheet, markdown = injected
    assert markdown_problems(markdown) == []
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin

    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"]).use(footnote_plugin)
    html = parser.render(markdown)
    for bad in ("<script", 'href="javascript', "<img", "<div", "<code", "<del", "<blockquote"):
        assert bad not in html, bad
    headings = [line for line in markdown.split("\n") if line.startswith("#")]
    assert not [h for h in headings if "Breaking" in h or "10" in h], headings
    # One table row per key figure and no more: no cell was opened by a source's "|".
    rows = [line for line in markdown.split("\n") if line.startswith("|")]
    assert len(rows) == 2 + len(sheet.key_facts)
    assert len({line.count("|") - line.count("\\|") for line in rows}) == 1
    # Only the template's own links (none without charts) and footnotes reach the page.
    tokens = [t for t in parser.parse(markdown) for t in [t, *(t.children or [])]]
    assert not [t for t in tokens if t.type in ("link_open", "image")]


@pytest.mark.slow
def test_injected_text_is_still_there(injected: tuple[FactSheet, str]) -> None:
    """Quoted, not dropped: the words of the sources are on the page."""
    _, markdown = injected
    for piece in ("alert", "script", "rm -rf", "Breaking", "onclick", "Fake citation"):
        assert piece in markdown.replace("\\", ""), piece


@pytest.mark.slow
def test_the_title_is_quoted_too() -> None:
    sheet = _sheet("<b>[5 dead](javascript:x)</b>\n\nFive people died.")
    markdown = render_markdown(sheet)
    assert "<b>" not in markdown
    assert "](javascript" not in markdown


def test_md_escapes_every_injection() -> None:
    for text in INJECTIONS.values():
        escaped = md(text)
        assert "<" not in escaped
        assert "\n" not in escaped
        assert "](" not in escaped
        assert "[^" not in escaped


# --------------------------------------------------------------------------------------------
# The same inputs, the same bytes
# --------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_outputs_are_deterministic() -> None:
    text = "\n\n".join([*INJECTIONS.values(), "It cost $5 billion, up 7% from 2019."])
    first, second = _sheet(text), _sheet(text)
    assert first.model_dump_json() == second.model_dump_json()
    assert render_markdown(first) == render_markdown(second)


# --------------------------------------------------------------------------------------------
# Templates with errors: file and line, one line
# --------------------------------------------------------------------------------------------

# (template text, the line the message must name): each kind of error a template can make.
TEMPLATE_ERRORS_BUGS_CAUGHT = {
    # AssertionError escaped as a traceback.
    "a filter that fails": ("x\n{{ title | truncate(-5) }}\n", 2),
    # Jinja folded the constant while compiling: no line, UndefinedError escaped.
    "a constant that fails": ("x\ny\n{{ none.foo }}\n", 3),
    # A missing include was reported as unreadable, with the search path.
    "a missing include": ("x\n\n{% include 'missing.md.j2' %}\n", 3),
    "a missing base": ("{% extends 'missing-base.md.j2' %}\n", 1),
}
TEMPLATE_ERRORS_NEW = {
    "a syntax error": ("line 1\n{% if x %}\nno end\n", 3),
    "an undefined variable": ("a\nb\n{{ nope }}\n", 3),
    "an undefined attribute": ("a\n{{ sheet.nope }}\n", 2),
    "a filter given the wrong arguments": ("a\nb\n{{ 'x' | md(1, 2) }}\n", 3),
    "an unknown filter": ("a\n{{ title | bogus }}\n", 2),
    "a division by zero": ("a\n{{ 1 // 0 }}\n", 2),
    "an index out of range": ("a\n{{ sheet.figures[5] }}\n", 2),
    "a macro without a caller": (
        "x\n{% macro m() %}{{ caller() }}{% endmacro %}\n{{ m() }}\n",
        2,
    ),
}
TEMPLATE_ERRORS = {**TEMPLATE_ERRORS_BUGS_CAUGHT, **TEMPLATE_ERRORS_NEW}


def _empty_sheet() -> FactSheet:
    return FactSheet(title="T", sources=[], figures=[], facts=[], timeline=[])


@pytest.mark.parametrize(
    ("source", "line"), list(TEMPLATE_ERRORS.values()), ids=list(TEMPLATE_ERRORS)
)
def test_template_error_names_file_and_line(source: str, line: int, tmp_path: Path) -> None:
    path = tmp_path / "my.md.j2"
    path.write_text(source, encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        render_markdown(_empty_sheet(), template=path)
    message = str(caught.value)
    assert message.startswith(f"{path}, line {line}: "), message
    assert "\n" not in message


def test_error_in_an_included_template_names_that_file(tmp_path: Path) -> None:
    (tmp_path / "part.md.j2").write_text("a\nb\n{{ nope }}\n", encoding="utf-8")
    (tmp_path / "my.md.j2").write_text("x\n{% include 'part.md.j2' %}\n", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"part\.md\.j2, line 3: 'nope' is undefined"):
        render_markdown(_empty_sheet(), template=tmp_path / "my.md.j2")


def test_unreadable_include_is_a_template_error(tmp_path: Path) -> None:
    (tmp_path / "part.md.j2").write_bytes(b"\xff\xfe not UTF-8\n")
    (tmp_path / "my.md.j2").write_text("x\n{% include 'part.md.j2' %}\n", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"my\.md\.j2, line 2: cannot read template"):
        render_markdown(_empty_sheet(), template=tmp_path / "my.md.j2")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("source", "line"), list(TEMPLATE_ERRORS.values())[:6], ids=list(TEMPLATE_ERRORS)[:6]
)
def test_cli_reports_template_error_on_one_line(
    source: str, line: int, cli: Callable[..., Any], tmp_path: Path
) -> None:
    """``factsheet build x.txt --template my.md.j2``: exit 1 and one line on stderr."""
    article = tmp_path / "x.txt"
    article.write_text("Nothing to count here.\n", encoding="utf-8")
    template = tmp_path / "my.md.j2"
    template.write_text(source, encoding="utf-8")
    run = cli("build", str(article), "--template", str(template), "-o", str(tmp_path / "x.md"))
    assert run.code == 1, run
    assert run.err.count("\n") == 1, run
    assert run.err.startswith(f"factsheet: error: {template}, line {line}: "), run
    assert "Traceback" not in run.err
