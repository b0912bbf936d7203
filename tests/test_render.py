"""Tests for factsheet.render.markdown: the context, the built-in template, the filters, the errors.

Sheets are built by hand from the models (no NLP). Rendered Markdown is parsed back with
markdown-it-py (CommonMark + tables + footnotes) to check what a reader would actually see.
"""

from __future__ import annotations

import doctest
import html
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

from factsheet.errors import TemplateError
from factsheet.models import Change, Discrepancy, Fact, FactSheet, KeyFact, Kind, Mention, Source
from factsheet.render import context, escape, wording
from factsheet.render.escape import cell, md, quote_with_emphasis
from factsheet.render.markdown import TEMPLATE_DIR, builtin_templates, render_markdown
from factsheet.render.wording import normalised, qualifier_text

# --------------------------------------------------------------------------------------------
# Builders
# --------------------------------------------------------------------------------------------

S_MONEY_1 = "The US has pledged about $61 billion in aid to Ukraine."
S_MONEY_2 = "Ukraine will get roughly $61 billion, officials said."
S_COUNT = (
    "Russian Defence Minister Sergei Shoigu said there were 16,000 volunteers "
    "in the Middle East ready to fight."
)
HOSTILE = (
    "Read [click](http://evil) now <script>alert(1)</script> or see [^1] and ![x](y) "
    "| a | b | with **bold** and 500 people, http://evil.example www.evil.example"
)


def mention(
    sentence: str, surface: str, *, source: str = "a.txt", line: int = 1, figure: str = "g"
) -> Mention:
    at = sentence.index(surface)
    return Mention(
        figure=figure,
        source=source,
        line=line,
        surface=surface,
        sentence=sentence,
        span=(1000 + at, 1000 + at + len(surface)),
        at=(at, at + len(surface)),
    )


def fact(kind: Kind, surface: str, **fields: Any) -> Fact:
    value = fields.pop("value", None)
    citations: list[Mention] = fields.pop("citations", [])
    data: dict[str, Any] = {
        "id": fields.pop("id", f"{kind}-{surface}"),
        "kind": kind,
        "surface": surface,
        "value": value,
        "low": value,
        "high": value,
        "unit": None,
        "currency": None,
        "entity": None,
        "qualifier": "exact",
        "trend": None,
        "mentions": [m.figure for m in citations],
        "sources": sorted({m.source for m in citations}),
        "citations": citations,
    }
    data.update(fields)
    return Fact(**data)


def source(id_: str = "a.txt", **fields: Any) -> Source:
    return Source(id=id_, sha256="0" * 64, format="text", **fields)


def sheet(
    facts: list[Fact],
    *,
    sources: list[Source] | None = None,
    timeline: list[str] | None = None,
    title: str = "Test sheet",
) -> FactSheet:
    if timeline is None:
        timeline = [f.id for f in facts if f.kind == "date"]
    return FactSheet(
        title=title,
        sources=sources if sources is not None else [source()],
        figures=[],
        facts=facts,
        timeline=timeline,
    )


def money_fact() -> Fact:
    return fact(
        "money",
        "$61 billion",
        id="f-money",
        value=61_000_000_000,
        unit="dollar",
        currency="USD",
        entity="Ukraine",
        qualifier="approximate",
        citations=[
            mention(S_MONEY_1, "$61 billion", source="a.txt", line=7, figure="g1"),
            mention(S_MONEY_2, "$61 billion", source="b.txt", line=3, figure="g2"),
        ],
    )


def count_fact() -> Fact:
    return fact(
        "count",
        "16,000",
        id="f-count",
        value=16000,
        unit="volunteer",
        entity="volunteers",
        citations=[mention(S_COUNT, "16,000", line=15, figure="g3")],
    )


def date_fact(surface: str, iso: str, sentence: str, **fields: Any) -> Fact:
    return fact(
        "date",
        surface,
        id=f"d-{iso}",
        date=iso,
        citations=[mention(sentence, surface, figure=f"g-{iso}")],
        **fields,
    )


def full_sheet() -> FactSheet:
    """One fact of every kind, dates listed out of order in `facts`."""
    d1 = date_fact("March 2022", "2022-03", "Talks resumed in March 2022.")
    d2 = date_fact("February 2022", "2022-02", "The invasion began in February 2022.")
    facts = [
        d1,
        fact("number", "14,280", value=14280, citations=[mention("It was 14,280.", "14,280")]),
        fact("score", "70-29", low=70, high=29, citations=[mention("Passed 70-29.", "70-29")]),
        fact("measure", "12 km", value=12, unit="kilometre", citations=[]),
        fact("duration", "3 years", value=3, unit="year", citations=[]),
        fact("age", "22", value=22, unit="year", citations=[]),
        fact("percent", "7%", value=7, unit="percentage", citations=[]),
        count_fact(),
        money_fact(),
        fact("time", "10 am", value=10, unit="hour", citations=[]),
        fact("ordinal", "third", value=3, citations=[]),
        d2,
    ]
    return sheet(
        facts,
        sources=[source("a.txt"), source("b.txt")],
        timeline=[d2.id, d1.id],
    )


def parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table").use(footnote_plugin)


def headings(text: str) -> list[str]:
    return re.findall(r"^## (.+)$", text, flags=re.MULTILINE)


def footnote_refs(text: str) -> list[int]:
    """Footnote references `[^n]` (not definitions) in raw Markdown, in order."""
    return [int(n) for n in re.findall(r"\[\^(\d+)\](?!:)", text)]


def footnote_defs(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"^\[\^(\d+)\]:", text, flags=re.MULTILINE)]


def rendered_refs(text: str) -> list[str]:
    """Labels of the footnote references markdown-it finds."""
    labels: list[str] = []
    for token in parser().parse(text):
        for child in token.children or []:
            if child.type == "footnote_ref":
                labels.append(str(child.meta["label"]))
    return labels


# --------------------------------------------------------------------------------------------
# The built-in template: layout
# --------------------------------------------------------------------------------------------


def test_sections_in_order_and_timeline_last() -> None:
    text = render_markdown(full_sheet())
    assert headings(text) == [
        "Sources",
        "Money",
        "Counts",
        "Percentages",
        "Ages",
        "Measures and durations",
        "Scores and votes",
        "Other numbers",
        "Timeline",
    ]


def test_empty_sections_are_omitted() -> None:
    text = render_markdown(sheet([count_fact()]))
    assert headings(text) == ["Sources", "Counts"]


def test_time_and_ordinal_go_to_other_numbers() -> None:
    facts = [
        fact("time", "10 am", value=10, unit="hour"),
        fact("ordinal", "third", value=3),
    ]
    text = render_markdown(sheet(facts))
    assert headings(text) == ["Sources", "Other numbers"]
    assert "- **third** (3rd)" in text
    assert "- **10 am**" in text.splitlines()


def test_no_facts_is_one_line() -> None:
    text = render_markdown(sheet([], title="Nothing here"))
    assert text == ("# Nothing here\n\nNo figures found in 1 source.\n\n## Sources\n\n1. a.txt\n")


def test_title_and_summary() -> None:
    text = render_markdown(full_sheet())
    assert text.startswith("# Test sheet\n\n12 facts from 0 figures in 2 sources.\n\n")


def test_blank_title_falls_back() -> None:
    assert render_markdown(sheet([], title="  ")).startswith("# Fact sheet\n")


def test_money_line_bold_surface_and_normalised() -> None:
    text = render_markdown(sheet([money_fact()]))
    line = "- **$61 billion** (USD 61,000,000,000) — Ukraine · approx. · 2 sources [^1] [^2]"
    assert line in text.splitlines()


def test_count_line_with_trend() -> None:
    f = count_fact().model_copy(update={"trend": "up"})
    text = render_markdown(sheet([f]))
    assert "- **16,000** (16,000 volunteers) — volunteers · ↑ up [^1]" in text.splitlines()


def test_normalised_equal_to_surface_is_not_repeated() -> None:
    text = render_markdown(sheet([fact("percent", "7%", value=7)]))
    assert "- **7%**" in text.splitlines()


def test_timeline_follows_sheet_timeline_order() -> None:
    text = render_markdown(full_sheet())
    timeline = text.split("## Timeline\n\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert timeline == [
        "- **February 2022** (2022-02) — The invasion began in February 2022. [^6]",
        "- **March 2022** (2022-03) — Talks resumed in March 2022. [^7]",
    ]


def test_timeline_entity_preferred_and_missing_dates_appended() -> None:
    d1 = date_fact("2021", "2021", "In 2021 it grew.", entity="growth")
    d2 = date_fact("2020", "2020", "In 2020 it fell.")
    text = render_markdown(sheet([d1, d2], timeline=[d2.id, "no-such-id", d2.id]))
    lines = [ln for ln in text.splitlines() if ln.startswith("- ")]
    assert lines == ["- **2020** — In 2020 it fell. [^1]", "- **2021** — growth [^2]"]


def test_sources_list() -> None:
    """A source is listed by its title, site, date and link, its path after; by its path when
    it has no title; a link only when it is a plain web address."""
    sources = [
        source("seeds/000_x.txt", title="Putin seeks volunteers", site="BBC", date="2022-03-11"),
        source("-", date="2022-03-12"),
        source("a.html", title="Floods [close] schools", url="https://news.example.org/floods"),
        source("b.html", title="Odd link", url="javascript:alert(1)"),
    ]
    text = render_markdown(sheet([], sources=sources))
    assert "1. Putin seeks volunteers — BBC, 2022-03-11 (seeds/000_x.txt)\n" in text
    assert "2. \\- — 2022-03-12\n" in text
    assert "3. Floods \\[close\\] schools — <https://news.example.org/floods> (a.html)\n" in text
    assert "4. Odd link (b.html)\n" in text


def test_output_ends_with_one_newline_and_is_deterministic() -> None:
    s = full_sheet()
    first = render_markdown(s)
    assert first.endswith("\n") and not first.endswith("\n\n")
    assert render_markdown(s) == first
    assert "\n\n\n" not in first


# --------------------------------------------------------------------------------------------
# Footnotes
# --------------------------------------------------------------------------------------------


def test_footnotes_numbered_in_order_one_definition_each() -> None:
    text = render_markdown(full_sheet())
    refs = footnote_refs(text)
    defs = footnote_defs(text)
    assert refs == list(range(1, len(refs) + 1))  # unique, in order of appearance
    assert sorted(defs) == refs  # every reference has exactly one definition, and back
    assert len(refs) == 7


def test_footnotes_as_markdown_it_sees_them() -> None:
    text = render_markdown(full_sheet())
    assert rendered_refs(text) == [str(n) for n in range(1, 8)]
    html_out = parser().render(text)
    assert html_out.count('class="footnote-item"') == 7


def test_note_quotes_sentence_with_figure_emphasised() -> None:
    text = render_markdown(sheet([money_fact(), count_fact()]))
    notes = [ln for ln in text.splitlines() if ln.startswith("[^")]
    assert notes == [
        '[^1]: "The US has pledged about **$61 billion** in aid to Ukraine." — a.txt, line 7',
        '[^2]: "Ukraine will get roughly **$61 billion**, officials said." — b.txt, line 3',
        '[^3]: "Russian Defence Minister Sergei Shoigu said there were **16,000** volunteers '
        'in the Middle East ready to fight." — a.txt, line 15',
    ]
    html_out = parser().render(text)
    assert "<strong>$61 billion</strong> in aid" in html_out
    assert "were <strong>16,000</strong> volunteers" in html_out


# --------------------------------------------------------------------------------------------
# Hostile source text
# --------------------------------------------------------------------------------------------


def hostile_sheet() -> FactSheet:
    evil_source = "[x](http://evil)|[^9]<img src=x>.txt"
    f = fact(
        "count",
        "500",
        value=500,
        unit="person",
        entity="[people](http://evil) <script>x</script> [^2]",
        citations=[
            mention(HOSTILE, "500", source=evil_source, line=4, figure="h1"),
            mention("![x](y) **500** | a | b |", "500", source="a.txt", line=5, figure="h2"),
        ],
    )
    d = date_fact("[^1]", "2020", "On [^1] <b>it</b> happened [go](http://evil).")
    return sheet(
        [f, d],
        sources=[
            source(
                evil_source,
                title="<script>alert(1)</script> [t](http://evil)",
                site="![i](http://evil/i.png)",
            ),
            source("a.txt"),
        ],
        title="[Title](http://evil) <script>alert(1)</script> [^1]",
    )


def test_hostile_text_makes_no_links_html_images_or_footnotes() -> None:
    text = render_markdown(hostile_sheet())
    out = parser().render(text)
    assert "http://evil" in out  # the text is still there, as text
    assert 'href="http://evil' not in out
    assert '<a href="http' not in out
    assert "<script" not in out
    assert "<img" not in out
    assert "<b>" not in out
    assert "<table" not in out
    assert rendered_refs(text) == ["1", "2", "3"]
    assert footnote_refs(text) == [1, 2, 3]
    # Our bold: one per fact line, one per note; none from the quoted `**bold**`.
    assert out.count("<strong>") == 2 + 3


def test_hostile_text_reads_back_as_written() -> None:
    out = html.unescape(parser().render(render_markdown(hostile_sheet())))
    assert "[click](http://evil)" in out
    assert "<script>alert(1)</script>" in out
    assert "![x](y)" in out
    assert "| a | b |" in out
    assert "**bold**" in out
    assert "[people](http://evil) <script>x</script> [^2]" in out


# --------------------------------------------------------------------------------------------
# Templates: choice and errors
# --------------------------------------------------------------------------------------------


def test_builtin_templates() -> None:
    found = builtin_templates()
    assert found == {
        "brief": TEMPLATE_DIR / "brief.md.j2",
        "factsheet": TEMPLATE_DIR / "factsheet.md.j2",
    }
    assert all(path.is_file() for path in found.values())


def test_builtin_name_and_none_render_the_same() -> None:
    s = full_sheet()
    assert render_markdown(s, template="factsheet") == render_markdown(s)
    assert render_markdown(s, template=TEMPLATE_DIR / "factsheet.md.j2") == render_markdown(s)


def test_user_template_path(tmp_path: Path) -> None:
    path = tmp_path / "mine.md.j2"
    path.write_text(
        """\
{{ title|md }}|{{ n_facts }}
{% for section in sections %}
{% for row in section.rows %}
{{ row.fact|normalised }};{{ row.fact.qualifier|qualifier_text }};{{ row.surface|cell }}
{%- for n in row.notes %}[^{{ n.number }}]{% endfor +%}
{% endfor %}
{% endfor %}
{% for n in notes %}
{{ n.number }}={{ n.mention|quote_with_emphasis }}
{% endfor %}
""",
        encoding="utf-8",
    )
    text = render_markdown(sheet([money_fact()]), template=str(path))
    assert text == (
        "Test sheet|1\n"
        "USD 61,000,000,000;approx.;$61 billion[^1][^2]\n"
        "1=The US has pledged about **$61 billion** in aid to Ukraine.\n"
        "2=Ukraine will get roughly **$61 billion**, officials said.\n"
    )
    assert render_markdown(sheet([money_fact()]), template=path) == text


def test_user_template_can_include_builtin(tmp_path: Path) -> None:
    path = tmp_path / "wrap.md.j2"
    path.write_text('{% include "factsheet.md.j2" %}\nFooter\n', encoding="utf-8")
    s = sheet([count_fact()])
    assert render_markdown(s, template=path) == render_markdown(s) + "Footer\n"


@pytest.mark.parametrize("ending", ["", "\n\n\n", "  \n \n"])
def test_user_template_output_ends_with_one_newline(tmp_path: Path, ending: str) -> None:
    path = tmp_path / "short.md.j2"
    path.write_text("{{ n_facts }}" + ending, encoding="utf-8")
    assert render_markdown(sheet([]), template=path) == "0\n"


def test_runtime_error_in_template(tmp_path: Path) -> None:
    path = tmp_path / "div.md.j2"
    path.write_text("a\nb\n{{ 1 // n_facts }}\n", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"div\.md\.j2, line 3: .*division"):
        render_markdown(sheet([]), template=path)


def test_missing_include_names_it(tmp_path: Path) -> None:
    path = tmp_path / "inc.md.j2"
    path.write_text('x\n{% include "gone.md.j2" %}\n', encoding="utf-8")
    with pytest.raises(
        TemplateError, match=r"inc\.md\.j2, line 2: template 'gone\.md\.j2' not found"
    ):
        render_markdown(sheet([]), template=path)


def test_missing_template_names_it_and_lists_builtins(tmp_path: Path) -> None:
    missing = tmp_path / "nope.md.j2"
    with pytest.raises(TemplateError) as info:
        render_markdown(sheet([]), template=missing)
    message = str(info.value)
    assert str(missing) in message
    assert "factsheet" in message.split("built-in", 1)[1]


def test_unknown_builtin_name() -> None:
    with pytest.raises(TemplateError, match=r"'fancy'.*built-in: brief, factsheet"):
        render_markdown(sheet([]), template="fancy")


def test_undefined_variable_names_template_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.md.j2"
    path.write_text("# {{ title|md }}\n\n{{ no_such_thing }}\n", encoding="utf-8")
    with pytest.raises(TemplateError) as info:
        render_markdown(sheet([]), template=path)
    message = str(info.value)
    assert "bad.md.j2, line 3" in message
    assert "no_such_thing" in message


def test_undefined_attribute_in_loop(tmp_path: Path) -> None:
    path = tmp_path / "bad.md.j2"
    path.write_text("{% for s in sources %}\n{{ s.nope }}\n{% endfor %}\n", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"bad\.md\.j2, line 2: .*nope"):
        render_markdown(sheet([]), template=path)


def test_syntax_error_names_template_and_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.md.j2"
    path.write_text("ok\n{% for x in sources %}\n{{ x }\n", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"broken\.md\.j2, line 3"):
        render_markdown(sheet([]), template=path)


def test_template_directory_is_not_a_template(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="not found"):
        render_markdown(sheet([]), template=tmp_path)


# --------------------------------------------------------------------------------------------
# Filters
# --------------------------------------------------------------------------------------------

MD_EXAMPLES = [
    ("plain words", "plain words"),
    ("[a](b)", "\\[a\\]\\(b\\)"),
    ("<b>&amp;", "&lt;b&gt;&amp;amp;"),
    ("*x* _y_ ~z~ `c`", "\\*x\\* \\_y\\_ \\~z\\~ \\`c\\`"),
    ("[^1]", "\\[\\^1\\]"),
    ("a | b", "a \\| b"),
    ("one\n\n  two\tthree", "one two three"),
    ("back\\slash", "back\\\\slash"),
    ("# not a heading", "\\# not a heading"),
    ("- not a list", "\\- not a list"),
    ("1. not a list", "1\\. not a list"),
    ("2022-03-11 snake_case", "2022-03-11 snake_case"),
    ("http://x.org www.x.org", "http\\://x.org www\\.x.org"),
    ("mail me@x.org", "mail me\\@x.org"),
    ("nul\x00here", "nulhere"),
]


@pytest.mark.parametrize(("text", "expected"), MD_EXAMPLES, ids=[t for t, _ in MD_EXAMPLES])
def test_md(text: str, expected: str) -> None:
    assert md(text) == expected


def test_cell_in_a_table() -> None:
    table = f"| a | b |\n| --- | --- |\n| {cell('x | y')} | {cell('[z](http://evil)')} |\n"
    out = parser().render(table)
    assert out.count("<td>") == 2
    assert "<td>x | y</td>" in out
    assert "href" not in out


def _visible(text: str) -> str:
    """What md promises to keep: the text with whitespace runs collapsed, controls dropped."""
    kept = "".join(c for c in text if not (unicodedata.category(c) == "Cc" and not c.isspace()))
    return " ".join(kept.split())


_SPECIALS = "\\`*_{}[]()#+-!|~^<>&:/.@=\"' \n\t1aZw"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(_SPECIALS) | st.characters(), max_size=60))
@example("[click](http://evil)")
@example("<script>alert(1)</script>")
@example("![x](y) [^1] **b** __u__ ~~s~~ `c` | a | b |")
@example("1. item")
@example("- item")
@example("&amp; &#65; &copy")
@example("a\\")
@example("<http://evil>")
@example("===")
@example("0\r\x1b\r0")
@example("1\x00. hidden list")
@example("http:\x00//evil.example")
def test_md_is_inert_and_round_trips(text: str) -> None:
    escaped = md(text)
    tokens = parser().parse(escaped)
    expected = _visible(text)
    if not expected:
        assert tokens == []
        return
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    children = tokens[1].children or []
    assert {c.type for c in children} <= {"text"}, [c.type for c in children]
    assert "".join(c.content for c in children) == expected
    out = parser().render(escaped)
    for tag in ("<a ", "<img", "<script", "<em>", "<strong>", "<code>", "<sup"):
        assert tag not in out


def test_md_inside_bold_stays_inside() -> None:
    for surface in ("$61 billion", "(5)", "<5", "*5*", "5%"):
        out = parser().render(f"- **{md(surface)}** x")
        assert f"<strong>{html.escape(surface, quote=False)}</strong>" in out, surface


@st.composite
def sentence_and_span(draw: st.DrawFn) -> tuple[str, int, int]:
    sentence = draw(st.text(alphabet=st.sampled_from(_SPECIALS) | st.characters(), max_size=40))
    start = draw(st.integers(0, len(sentence)))
    end = draw(st.integers(start, len(sentence)))
    return sentence, start, end


@settings(max_examples=400, deadline=None)
@given(sentence_and_span())
@example(("It cost US$61bn in total.", 9, 14))
@example(("x\u200d$5 y", 2, 4))
@example(("a€5b", 1, 3))
@example(("1. item 5", 8, 9))
@example(("(*5*)", 1, 4))
def test_quote_with_emphasis_bolds_exactly_the_figure(case: tuple[str, int, int]) -> None:
    sentence, start, end = case
    surface = sentence[start:end]
    assume(_visible(surface))
    m = Mention(
        figure="g",
        source="s",
        line=1,
        surface=surface,
        sentence=sentence,
        span=(0, 1),
        at=(start, end),
    )
    quoted = quote_with_emphasis(m)
    tokens = parser().parse(quoted)
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    children = tokens[1].children or []
    types = [c.type for c in children]
    assert types.count("strong_open") == 1 and types.count("strong_close") == 1, quoted
    assert set(types) <= {"text", "strong_open", "strong_close"}, types
    assert "".join(c.content for c in children) == _visible(sentence)
    inside = children[types.index("strong_open") + 1 : types.index("strong_close")]
    assert _visible(surface) in "".join(c.content for c in inside)


def test_quote_with_emphasis_escapes_pieces() -> None:
    m = mention("<b>Up</b> [a](b) to 5% *today*", "5%")
    assert quote_with_emphasis(m) == "&lt;b&gt;Up&lt;/b&gt; \\[a\\]\\(b\\) to **5%** \\*today\\*"


def test_quote_with_emphasis_widens_to_word_when_needed() -> None:
    m = mention("It cost US$61bn in total.", "$61bn")
    quoted = quote_with_emphasis(m)
    assert quoted == "It cost **US$61bn** in total."
    assert "<strong>US$61bn</strong>" in parser().render(quoted)


def test_quote_with_emphasis_bad_offsets_fall_back() -> None:
    good = mention("They paid $5 and $5 more.", "$5")
    shifted = good.model_copy(update={"at": (0, 2)})
    assert quote_with_emphasis(shifted) == "They paid **$5** and $5 more."
    second = good.model_copy(update={"at": (17, 19)})
    assert quote_with_emphasis(second) == "They paid $5 and **$5** more."
    absent = good.model_copy(update={"surface": "£9", "at": (0, 2)})
    assert quote_with_emphasis(absent) == "They paid $5 and $5 more."


def test_quote_with_emphasis_collapses_whitespace() -> None:
    m = mention("  Some\n text  with\t12 things \n", "12")
    assert quote_with_emphasis(m) == "Some text with **12** things"


NORMALISED_EXAMPLES: list[tuple[str, Fact, str]] = [
    ("money", fact("money", "$61 billion", value=61e9, currency="USD"), "USD 61,000,000,000"),
    (
        "money int",
        fact("money", "$61bn", value=61_000_000_000, currency="USD"),
        "USD 61,000,000,000",
    ),
    ("money decimals", fact("money", "$9.15bn", value=9.15e9, currency="USD"), "USD 9,150,000,000"),
    ("money cents", fact("money", "$4.83", value=4.83, currency="USD"), "USD 4.83"),
    ("money range", fact("money", "$40-65", low=40, high=65, currency="USD"), "USD 40–65"),
    (
        "money no code",
        fact("money", "61 pounds", value=61, unit="pound sterling"),
        "61 pounds sterling",
    ),
    (
        "money rate",
        fact("money", "$80 a barrel", value=80, unit="dollar per barrel", currency="USD"),
        "USD 80 per barrel",
    ),
    ("percent", fact("percent", "7 per cent", value=7.0), "7%"),
    ("percent range", fact("percent", "12.8-13%", low=12.8, high=13.0), "12.8–13.0%"),
    # a point is no per cent: a share in points keeps its unit
    (
        "percentage points",
        fact("percent", "0.3 points", value=0.3, unit="percentage point"),
        "0.3 percentage points",
    ),
    (
        "basis points",
        fact("percent", "25bp", value=25, unit="basis point"),
        "25 basis points",
    ),
    ("percent unit", fact("percent", "7 pct", value=7.0, unit="percentage"), "7%"),
    (
        "percent rate",
        fact("percent", "3% a year", value=3.0, unit="percentage per year"),
        "3% per year",
    ),
    ("count", fact("count", "16,000", value=16000, unit="volunteer"), "16,000 volunteers"),
    ("count one", fact("count", "one", value=1, unit="casualty"), "1 casualty"),
    ("count irregular", fact("count", "40", value=40, unit="person"), "40 people"),
    ("count bare", fact("count", "300", value=300), "300"),
    ("measure", fact("measure", "12km", value=12, unit="kilometre"), "12 kilometres"),
    (
        "measure per",
        fact("measure", "5 m/s", value=5, unit="metre per second"),
        "5 metres per second",
    ),
    ("measure decimal", fact("measure", "1.5 km", value=1.5, unit="kilometre"), "1.5 kilometres"),
    ("duration", fact("duration", "three years", value=3, unit="year"), "3 years"),
    ("age", fact("age", "22", value=22, unit="year"), "22 years old"),
    ("age no unit", fact("age", "22-year-old", value=22), "22 years old"),
    ("age one", fact("age", "1", value=1, unit="year"), "1 year old"),
    ("score", fact("score", "70-29", low=70, high=29), "70–29"),
    ("date", fact("date", "February 2022", date="2022-02"), "2022-02"),
    ("date without iso", fact("date", "someday"), ""),
    ("time", fact("time", "10:30", date="T10:30"), "T10:30"),
    ("time without iso", fact("time", "10 am", value=10, unit="hour"), ""),
    ("number", fact("number", "14280", value=14280), "14,280"),
    ("number float", fact("number", "0.5", value=0.5), "0.5"),
    ("number noise", fact("number", "0.3", value=0.1 + 0.2), "0.3"),
    ("negative", fact("number", "-1,200", value=-1200), "-1,200"),
    ("ordinal", fact("ordinal", "third", value=3), "3rd"),
    ("ordinal teen", fact("ordinal", "12th", value=12), "12th"),
    ("ordinal 22", fact("ordinal", "22nd", value=22.0), "22nd"),
    ("huge float", fact("number", "1e25", value=1e25), "10,000,000,000,000,000,000,000,000"),
    ("no value", fact("count", "dozens", unit="person"), ""),
]


@pytest.mark.parametrize(
    ("f", "expected"),
    [(f, e) for _, f, e in NORMALISED_EXAMPLES],
    ids=[name for name, _, _ in NORMALISED_EXAMPLES],
)
def test_normalised(f: Fact, expected: str) -> None:
    assert normalised(f) == expected


@pytest.mark.parametrize(
    ("qualifier", "expected"),
    [
        ("exact", ""),
        ("approximate", "approx."),
        ("at_least", "at least"),
        ("more_than", "more than"),
        ("at_most", "at most"),
        ("less_than", "less than"),
    ],
)
def test_qualifier_text(qualifier: str, expected: str) -> None:
    assert qualifier_text(qualifier) == expected


@pytest.mark.parametrize("module", [escape, wording, context], ids=lambda m: m.__name__)
def test_doctests(module: Any) -> None:
    result = doctest.testmod(module)
    assert result.attempted > 0
    assert result.failed == 0


# --------------------------------------------------------------------------------------------
# The template context is documented in the README
# --------------------------------------------------------------------------------------------

README = Path(__file__).resolve().parent.parent / "README.md"


def _readme_section(title: str) -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(f"### {title}\n")
    end = text.find("\n## ", start)
    return text[start : end if end >= 0 else len(text)]


def test_every_context_variable_is_documented_in_the_readme() -> None:
    documented = _readme_section("Template context")
    for name in context.build_context(full_sheet()):
        assert f"`{name}`" in documented, f"README does not document the variable {name!r}"


@pytest.mark.parametrize(
    "record",
    [context.Row, context.KeyRow, context.DiscrepancyRow, context.ChangeRow, context.SourceRow,
     context.ChartLink, context.Section, context.Note],
    ids=lambda r: r.__name__,
)  # fmt: skip
def test_every_context_record_field_is_documented_in_the_readme(record: type) -> None:
    documented = _readme_section("Template context")
    assert f"**{record.__name__}**" in documented
    for name in record.__dataclass_fields__:
        assert f"`{name}`" in documented, f"README does not document {record.__name__}.{name}"


# --------------------------------------------------------------------------------------------
# Who says it and when (issue 13)
# --------------------------------------------------------------------------------------------

S_SAID = "Defence Minister Ivan Petrov said 16,000 volunteers were ready in March."
S_GUESS = "An estimated 20,000 volunteers are ready."


def said_fact() -> Fact:
    return fact(
        "count",
        "16,000",
        id="f-said",
        value=16000,
        unit="volunteer",
        entity="volunteers",
        attributions=["Defence Minister Ivan Petrov"],
        period="2022-03",
        period_surface="in March",
        citations=[mention(S_SAID, "16,000", figure="g-said")],
    )


def guessed_fact() -> Fact:
    return fact(
        "count",
        "20,000",
        id="f-guess",
        value=20000,
        unit="volunteer",
        entity="volunteers",
        modality="estimate",
        citations=[mention(S_GUESS, "20,000", source="b.txt", figure="g-guess")],
    )


def disputed_sheet() -> FactSheet:
    facts = [said_fact(), guessed_fact(), money_fact()]
    return sheet(facts, sources=[source("a.txt"), source("b.txt")]).model_copy(
        update={
            "discrepancies": [
                Discrepancy(
                    id="d1", kind="values_differ", facts=["f-said", "f-guess"], reason="Differ."
                )
            ],
            "key_facts": [
                KeyFact(fact="f-said", rank=1, score=6, reasons=["people", "named source"])
            ],
        }
    )


SPEAKERS = [
    ("Russian Defence Minister Sergei Shoigu", "Sergei Shoigu, Russian Defence Minister"),
    ("Walt Disney Co. executive Kevin Mayer", "Kevin Mayer, Walt Disney Co. executive"),
    ("US officials", "US officials"),
    ("one senior Army official", "one senior Army official"),
    ("Mr Zelensky", "Mr Zelensky"),
    ("the finance director of Riverton", "the finance director of Riverton"),
]


@pytest.mark.parametrize(("written", "shown"), SPEAKERS)
def test_speaker_text(written: str, shown: str) -> None:
    assert context.speaker_text(written) == shown


def test_speaker_and_period_beside_each_figure() -> None:
    text = render_markdown(disputed_sheet())
    assert (
        "- **16,000** (16,000 volunteers) — volunteers · disputed — "
        "Ivan Petrov, Defence Minister · 2022-03 [^1]"
    ) in text.splitlines()
    assert "- **20,000** (20,000 volunteers) — volunteers · estimate · disputed [^2]" in text
    row = next(line for line in text.splitlines() if line.startswith("| 1 |"))
    assert row == (
        "| 1 | **16,000** (16,000 volunteers) [^1] | volunteers · disputed | "
        "Ivan Petrov, Defence Minister · 2022-03 | 1 | people · named source |"
    )


def test_a_disputed_figure_is_marked_wherever_it_appears() -> None:
    text = render_markdown(disputed_sheet())
    lines = [line for line in text.splitlines() if "**16,000**" in line]
    assert len(lines) == 4  # key figures, the discrepancy, the counts section… and its note
    assert all("disputed" in line for line in lines if not line.startswith("[^"))
    assert "disputed" not in next(line for line in text.splitlines() if "**$61 billion**" in line)


def test_changes_over_time_are_a_section_of_their_own() -> None:
    s = disputed_sheet().model_copy(
        update={
            "discrepancies": [],
            "changes": [
                Change(id="c1", facts=["f-said", "f-guess"], about="volunteers", reason="Up.")
            ],
        }
    )
    text = render_markdown(s)
    assert headings(text)[:2] == ["Key figures", "Changes over time"]
    assert "\n- Up.\n  - **16,000**" in text


def test_footnote_references_in_a_row_are_separate_notes_numbered_in_order() -> None:
    text = render_markdown(disputed_sheet())
    assert "][^" not in text  # never "[^1][^2]": some readers take it for a reference link
    refs = [int(n) for n in re.findall(r"\[\^(\d+)\](?!:)", text)]
    first_seen = list(dict.fromkeys(refs))
    assert first_seen == sorted(first_seen) == list(range(1, len(first_seen) + 1))
    tokens = parser().parse(text)
    inline = [t for block in tokens for t in (block.children or [])]
    assert sum(t.type == "footnote_ref" for t in inline) == len(refs)
