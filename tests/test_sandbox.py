"""Bounded templates (``factsheet/render/sandbox.py``): a user's template that loops without end,
grows
its output or a value without bound, or reaches for Python's insides, is stopped with a one-line
``TemplateError`` naming it; ordinary templates are not touched."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import factsheet
from factsheet.errors import TemplateError
from factsheet.models import FactSheet
from factsheet.render import sandbox
from factsheet.render.markdown import render_markdown


@pytest.fixture(scope="module")
def sheet() -> FactSheet:
    return factsheet.build("Officials said 16,000 volunteers were ready. Prices rose 7% in May.")


@pytest.fixture
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    """A render of this small sheet may take two seconds."""
    monkeypatch.setattr(sandbox, "BASE", sandbox.Bounds(chars=sandbox.BASE.chars, seconds=2.0))


# (template, words the one line holds after "FILE, line N: ")
RUNAWAY = [
    ("{% for i in range(10**12) %}x{% endfor %}", "Range too big"),
    ("{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}",
     "template stopped after 2.0 s"),
    ("{% set s = 'ab' * 50000 %}{% for a in s %}{% for b in s %}{% endfor %}{% endfor %}",
     "template stopped after 2.0 s"),
    ("{% set ns = namespace(s='x') %}{% for i in range(60) %}{% set ns.s = ns.s ~ ns.s %}"
     "{% endfor %}", "a string would be"),
    ("{% set ns = namespace(s='x') %}{% for i in range(60) %}{% set ns.s = ns.s + ns.s %}"
     "{% endfor %}", "a joined value would be"),
    ("{{ 'x' * 10**12 }}", "a repeated value would be 1,000,000,000,000 long"),
    ("{{ [1, 2] * 10**11 }}", "a repeated value would be"),
    ("{{ 2 ** 1000000000 }}", "would be over 1,000,000 bits"),
    ("{{ 'x'.center(10**12) }}", "center() would be"),
    ("{{ 'x'|center(10**12) }}", "the filter center would be"),
    ("{{ 'x'|indent(10**12) }}", "the filter indent would be"),
    ("{{ '%*s' % (10**12, 'x') }}", "a % format would be"),
    ("{{ '%1000000000000s' % 'x' }}", "a field of a % format"),
    ("{{ '%*s'|format(10**12, 'x') }}", "a % format would be"),
    ("{{ '{:>1000000000000}'.format(1) }}", "a field of format()"),
    ("{{ '{:{}}'.format(1, 10**12) }}", "format() would be"),
    ("{% set s = 'x' * 1000000 %}{{ s.replace('x', s) }}", "a string would be"),
    ("{{ ('\\t' * 1000).expandtabs(10**10) }}", "a string would be"),
    # the output grows 10,000 characters a step, so it reaches its bound long before the clock's
    ("{% set s = '0123456789' * 1000 %}{% for i in range(99999) %}{% for j in range(99999) %}"
     "{{ s }}{% endfor %}{% endfor %}", "the output would be"),
    ("{{ ''.__class__.__mro__ }}", "unsafe"),
    ("{% set l = [] %}{{ l.append(1) }}", "unsafe"),
    ("{{ lipsum(10**6) }}", "'lipsum' is undefined"),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize(("source", "words"), RUNAWAY, ids=[r[0][:60] for r in RUNAWAY])
def test_a_runaway_template_is_a_one_line_error_naming_it(
    sheet: FactSheet, tmp_path: Path, quick: None, source: str, words: str
) -> None:
    template = tmp_path / "mine.md.j2"
    template.write_text(source)
    started = time.monotonic()
    with pytest.raises(TemplateError) as raised:
        render_markdown(sheet, template=template)
    message = str(raised.value)
    assert message.startswith(str(template)) and "\n" not in message, message
    assert words in message, message
    assert time.monotonic() - started < 10


@pytest.mark.slow
def test_what_ordinary_templates_do_still_works(sheet: FactSheet, tmp_path: Path) -> None:
    template = tmp_path / "mine.md.j2"
    template.write_text(
        "{{ '%d' % 61000000000 }} {{ '{:,}'.format(61000000000) }} {{ 'ab' * 3 }} "
        "{{ title|center(30)|trim }} {{ '%-8s|' % 'x' }} {{ 2 ** 64 }} "
        "{% for f in sheet.figures %}{{ f.surface ~ ';' }}{% endfor %} {{ [1] + [2] }}"
    )
    out = render_markdown(sheet, template=template)
    surfaces = "".join(f"{f.surface};" for f in sheet.figures)
    assert out == (
        "61000000000 61,000,000,000 ababab Fact sheet x       | 18446744073709551616 "
        f"{surfaces} [1, 2]\n"
    )


@pytest.mark.slow
def test_the_bounds_grow_with_the_sheet(sheet: FactSheet) -> None:
    env = sandbox.BoundedEnvironment()
    template = env.from_string("{{ sheet.figures|length }}")
    assert template.render(sheet=sheet) == str(len(sheet.figures))
    per = sandbox.PER_FIGURE
    assert env.bounds.chars == sandbox.BASE.chars + per.chars * len(sheet.figures)
    assert env.bounds.seconds == pytest.approx(
        sandbox.BASE.seconds + per.seconds * len(sheet.figures)
    )


@pytest.mark.slow
def test_the_command_reports_a_runaway_template_in_one_line(
    cli: Callable[..., Any], tmp_path: Path, quick: None
) -> None:
    (tmp_path / "in.txt").write_text("Officials said 16,000 volunteers were ready.\n")
    template = tmp_path / "loop.md.j2"
    template.write_text(
        "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}"
    )
    out = tmp_path / "sheet.md"
    out.write_text("previous\n")
    run = cli("build", str(tmp_path / "in.txt"), "--template", str(template), "-o", str(out))
    assert run.code == 1
    assert run.err == (
        f"factsheet: error: {template}, line 1: template stopped after 2.0 s: a loop that does "
        "not end?\n"
    )
    assert out.read_text() == "previous\n"
