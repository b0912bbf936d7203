"""Tests for factsheet.render.charts and ``factsheet build``'s charts: which facts, what SVG, which
files.

Sheets are built by hand from the models (no NLP), except the CLI tests, which run the
pipeline on a two-paragraph article, and the golden chart of seeds/ (the session's seed_build).
"""

from __future__ import annotations

import doctest
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from markdown_it import MarkdownIt

from factsheet.errors import TemplateError
from factsheet.models import Discrepancy, Fact, FactSheet, Mention, Source
from factsheet.render import charts as charts_module
from factsheet.render.charts import LABEL_CHARS, MAX_BARS, Chart, chart_files, charts, readable
from factsheet.render.markdown import builtin_templates

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = "<script>alert(1)</script> & \"x\" 'y' ]]> <!-- z -->"

# --------------------------------------------------------------------------------------------
# Builders
# --------------------------------------------------------------------------------------------


_EACH = "each its own"


def fact(
    value: float | None,
    *,
    kind: str = "money",
    currency: str | None = "USD",
    unit: str | None = None,
    entity: str | None = _EACH,
    surface: str | None = None,
    low: float | None = None,
    high: float | None = None,
    trend: str | None = None,
    qualifier: str = "exact",
    id: str | None = None,
    **claims: Any,
) -> Fact:
    """A fact as consolidate.py makes one; money in USD unless told otherwise; about a thing
    of its own ("Ukraine 61000000000") unless told otherwise, so that no two bars share a
    label by chance."""
    if entity == _EACH:
        entity = f"Ukraine {value:g}" if value is not None else "Ukraine"
    if kind != "money":
        currency = None
    unit = unit if unit is not None else ("dollar" if kind == "money" else None)
    return Fact.model_validate(
        {
            "id": id or f"f{value}-{entity}-{unit}-{currency}",
            "kind": kind,
            "surface": surface or str(value),
            "value": value,
            "low": value if low is None else low,
            "high": value if high is None else high,
            "unit": unit,
            "currency": currency,
            "entity": entity,
            "qualifier": qualifier,
            "trend": trend,
            "mentions": [],
            "sources": ["a.txt"],
            "citations": [],
            **claims,
        }
    )


def people(value: float, unit: str = "volunteer", **kw: Any) -> Fact:
    return fact(value, kind="count", unit=unit, **kw)


def sheet(*facts: Fact) -> FactSheet:
    return FactSheet(title="t", sources=[], figures=[], facts=list(facts), timeline=[])


def names(s: FactSheet) -> list[str]:
    return [c.name for c in charts(s)]


def parse(chart: Chart) -> ET.Element:
    return ET.fromstring(chart.svg.encode("utf-8"))


def texts(chart: Chart) -> list[str]:
    """Every <text> element's content, in document order."""
    return ["".join(t.itertext()) for t in parse(chart).iter(f"{SVG}text")]


def bar_widths(chart: Chart) -> list[float]:
    """Widths of the bars (the rects inside a <g>), top to bottom."""
    return [
        float(r.attrib["width"]) for g in parse(chart).iter(f"{SVG}g") for r in g.iter(f"{SVG}rect")
    ]


# --------------------------------------------------------------------------------------------
# Which charts
# --------------------------------------------------------------------------------------------

SELECTION = [
    pytest.param([fact(61e9), fact(14e9)], ["money-usd"], id="two USD amounts"),
    pytest.param([fact(61e9)], [], id="one amount compares nothing"),
    pytest.param([fact(61e9), fact(14e9, currency="EUR")], [], id="one per currency is not enough"),
    pytest.param(
        [fact(1, currency="USD"), fact(2, currency="GBP"), fact(3), fact(4, currency="GBP")],
        ["money-gbp", "money-usd"],
        id="one chart per currency, by code",
    ),
    pytest.param([fact(61e9), fact(14e9, trend="up")], [], id="a change is not an amount"),
    pytest.param(
        [fact(61e9), fact(None, low=40e6, high=65e6)], [], id="a range has no single value"
    ),
    pytest.param(
        [fact(61e9), fact(5, low=4, high=6)], [], id="a range is skipped whatever its value"
    ),
    pytest.param([fact(61e9), fact(0)], [], id="zero is skipped"),
    pytest.param([fact(61e9), fact(-3e9)], [], id="negative is skipped"),
    pytest.param([fact(61e9), fact(14e9, currency=None)], [], id="money without a currency"),
    pytest.param([people(16000), people(2000)], ["people-volunteers"], id="two person counts"),
    pytest.param(
        [people(16000), people(2000, "soldier"), people(60, "senator")],
        [],
        id="volunteers, soldiers and senators are not counts of one thing",
    ),
    pytest.param(
        [people(16000), people(2000), people(3000, "soldier"), people(40, "soldier")],
        ["people-volunteers", "people-soldiers"],
        id="one chart per thing counted",
    ),
    pytest.param([people(16000, "tank"), people(300, "tank")], [], id="tanks are not people"),
    pytest.param(
        [people(16000, "asylum seeker"), people(300, "asylum seeker")],
        ["people-asylum-seekers"],
        id="a unit's last word names people",
    ),
    pytest.param(
        [people(16000, "people"), people(2000, "people")], ["people-people"], id="'people' as unit"
    ),
    pytest.param([people(16000, "official"), people(1, "official")], [], id="a count of one"),
    pytest.param([people(5), people(5)], [], id="one value twice compares nothing"),
    pytest.param([people(16000), people(2000, trend="down")], [], id="a fall in people"),
    pytest.param([people(16000), fact(300, kind="count", unit=None)], [], id="a bare count"),
    pytest.param(
        [people(16000), fact(20, kind="percent", unit="percentage", entity="people")],
        [],
        id="only counts of people",
    ),
    pytest.param(
        [fact(61e9), fact(14e9), people(16000), people(2)],
        ["money-usd", "people-volunteers"],
        id="money first, then people",
    ),
    pytest.param([], [], id="an empty sheet"),
]


@pytest.mark.parametrize(("facts", "expected"), SELECTION)
def test_which_charts(facts: list[Fact], expected: list[str]) -> None:
    assert names(sheet(*facts)) == expected


def test_titles() -> None:
    found = charts(sheet(fact(1), fact(2), fact(3, currency="EUR"), fact(4, currency="EUR")))
    assert [(c.name, c.title) for c in found] == [
        ("money-eur", "Money (EUR)"),
        ("money-usd", "Money (USD)"),
    ]
    (crowd,) = charts(sheet(people(3), people(4)))
    assert (crowd.name, crowd.title) == ("people-volunteers", "Counts of volunteers")


def test_bars_largest_first_ties_in_sheet_order() -> None:
    (chart,) = charts(
        sheet(
            fact(14e9, entity="Israel"),
            fact(95e9, entity="bill"),
            fact(61e9, entity="Ukraine"),
            fact(95e9, entity="package"),
        )
    )
    assert [b.label for b in chart.bars] == ["bill", "package", "Ukraine", "Israel"]
    assert texts(chart)[1:] == [
        "bill", "USD 95 billion", "package", "USD 95 billion",
        "Ukraine", "USD 61 billion", "Israel", "USD 14 billion", "Source: a.txt",
    ]  # fmt: skip


def test_at_most_max_bars_the_largest_with_a_note() -> None:
    facts = [fact(float(v), entity=f"e{v}") for v in range(1, MAX_BARS + 4)]
    (chart,) = charts(sheet(*facts))
    assert [b.value for b in chart.bars] == list(range(MAX_BARS + 3, 3, -1))
    assert chart.omitted == 3
    assert texts(chart)[-2:] == ["3 smaller not shown", "Source: a.txt"]
    (small,) = charts(sheet(*facts[:MAX_BARS]))
    assert small.omitted == 0
    assert "not shown" not in small.svg


def test_linear_scale_from_zero() -> None:
    (chart,) = charts(sheet(fact(80), fact(20), fact(40)))
    widest, *rest = bar_widths(chart)
    assert [round(w / widest, 2) for w in rest] == [0.5, 0.25]


def test_a_tiny_bar_stays_visible() -> None:
    (chart,) = charts(sheet(fact(61e9), fact(4.83)))
    assert bar_widths(chart)[1] == 1


def test_height_grows_with_the_bars() -> None:
    heights = [
        float(parse(charts(sheet(*[fact(v + 1) for v in range(n)]))[0]).attrib["height"])
        for n in (2, 3, 8)
    ]
    assert heights[0] < heights[1] < heights[2]


# --------------------------------------------------------------------------------------------
# Labels and values
# --------------------------------------------------------------------------------------------


def test_label_is_the_entity_else_the_surface() -> None:
    (chart,) = charts(sheet(fact(2, entity="Ukraine"), fact(1, entity=None, surface="$1")))
    assert [b.label for b in chart.bars] == ["Ukraine", "$1"]


def test_long_labels_are_cut_with_an_ellipsis() -> None:
    long = "partners in the Indo-Pacific, including Taiwan, to deter aggression by China"
    (chart,) = charts(sheet(fact(2, entity=long), fact(1, entity="Israel")))
    shown = texts(chart)[1]
    assert len(shown) <= LABEL_CHARS
    assert shown.endswith("…") and long.startswith(shown[:-1])
    assert f"{long}: USD 2" in chart.svg  # the whole label in the tooltip


VALUES = [
    pytest.param(fact(61e9), "USD 61 billion", id="billions"),
    pytest.param(fact(4.83e9), "USD 4.83 billion", id="decimals"),
    pytest.param(fact(430e6, qualifier="more_than"), "more than USD 430 million", id="more than"),
    pytest.param(fact(3.5e12, currency="EUR"), "EUR 3.5 trillion", id="trillions"),
    pytest.param(fact(40), "USD 40", id="small money"),
    pytest.param(people(16000), "16,000 volunteers", id="count"),
    pytest.param(people(2.5e6, "refugee"), "2.5 million refugees", id="millions of people"),
    pytest.param(people(20000, "foreigner", qualifier="approximate"), "approx. 20,000 foreigners"),
]


@pytest.mark.parametrize(("one", "expected"), VALUES)
def test_value_text(one: Fact, expected: str) -> None:
    other = one.model_copy(
        update={"id": "other", "value": 2, "low": 2, "high": 2, "entity": "other"}
    )
    (chart,) = charts(sheet(one, other))
    assert chart.bars[0].text == expected
    assert expected in texts(chart)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (999_999_999.99, "1 billion"),
        (1_000_000, "1 million"),
        (12_345.6, "12,345.6"),
        (0.004, "0.004"),
    ],
)
def test_readable(value: float, expected: str) -> None:
    assert readable(value) == expected


def test_doctests() -> None:
    result = doctest.testmod(charts_module)
    assert result.attempted > 0 and result.failed == 0


# --------------------------------------------------------------------------------------------
# The SVG: escaped, valid, self-contained, deterministic
# --------------------------------------------------------------------------------------------


def test_hostile_labels_are_escaped() -> None:
    (chart,) = charts(sheet(fact(2, entity=HOSTILE), fact(1, entity="Israel")))
    root = parse(chart)  # would raise on an unescaped < or &
    assert [e.tag for e in root.iter() if "script" in e.tag.lower()] == []
    assert "<script" not in chart.svg
    assert "&lt;script&gt;" in chart.svg and "&amp;" in chart.svg
    labels = texts(chart)
    assert HOSTILE[: LABEL_CHARS - 1].rstrip() + "…" in labels
    titles = ["".join(t.itertext()) for t in root.iter(f"{SVG}title")]
    assert f"{HOSTILE}: USD 2" in titles


def test_odd_currency_is_escaped_and_slugged() -> None:
    odd = [fact(2, currency='X"<>/..'), fact(1, currency='X"<>/..')]
    (chart,) = charts(sheet(*odd))
    assert chart.name == "money-x"
    assert chart.title == 'Money (X"<>/..)'
    assert "".join(parse(chart).find(f"{SVG}title").itertext()) == 'Money (X"<>/..)'  # type: ignore[union-attr]


def test_control_characters_do_not_break_the_xml() -> None:
    label = "Ukraine\x00\x1b[31m\nand\tKyiv\ufffe"
    (chart,) = charts(sheet(fact(2, entity=label), fact(1)))
    assert texts(chart)[1] == "Ukraine[31m and Kyiv"


@pytest.mark.parametrize(
    "facts",
    [
        pytest.param([fact(61e9), fact(14e9), fact(2.5)], id="money"),
        pytest.param([people(2.5e6), people(16000)], id="people"),
    ],
)
def test_plain_svg_11(facts: list[Fact]) -> None:
    (chart,) = charts(sheet(*facts))
    assert chart.svg.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')
    assert chart.svg.endswith("</svg>\n")
    root = parse(chart)
    assert root.tag == f"{SVG}svg"
    assert (root.attrib["version"], root.attrib["width"]) == ("1.1", "640")
    assert "sans-serif" in root.attrib["font-family"]
    used = {e.tag.removeprefix(SVG) for e in root.iter()}
    assert used <= {"svg", "title", "desc", "rect", "text", "g", "line"}
    attributes = {a for e in root.iter() for a in e.attrib}
    assert not {a for a in attributes if "href" in a or a.startswith("on")}
    assert "url(" not in chart.svg and "http" not in chart.svg.replace(
        "http://www.w3.org/2000/svg", ""
    )


def test_same_sheet_same_bytes() -> None:
    s = sheet(fact(61e9), fact(14e9, entity="Israel"), people(16000), people(2, "official"))
    again = FactSheet.model_validate_json(s.model_dump_json())
    assert charts(s) == charts(s) == charts(again)


def test_missing_template_is_a_template_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(charts_module, "TEMPLATE_DIR", tmp_path)
    charts_module._template.cache_clear()
    try:
        with pytest.raises(TemplateError, match=r"bar_chart\.svg\.j2"):
            charts(sheet(fact(2), fact(1)))
        assert charts(sheet(fact(2))) == []  # no chart, no template needed
    finally:
        charts_module._template.cache_clear()


def test_the_chart_template_is_not_a_markdown_template() -> None:
    assert "bar_chart" not in builtin_templates()
    assert (charts_module.TEMPLATE_DIR / charts_module.CHART_TEMPLATE).is_file()


def test_chart_files_beside_the_markdown(tmp_path: Path) -> None:
    s = sheet(fact(2), fact(1), people(3), people(4))
    files = chart_files(s, tmp_path / "out" / "my sheet.md")
    assert [f.path for f in files] == [
        tmp_path / "out" / "my sheet.money-usd.svg",
        tmp_path / "out" / "my sheet.people-volunteers.svg",
    ]
    assert [(f.link.title, f.link.path, f.link.sources) for f in files] == [
        ("Money (USD)", "my%20sheet.money-usd.svg", ("a.txt",)),
        ("Counts of volunteers", "my%20sheet.people-volunteers.svg", ("a.txt",)),
    ]
    assert [f.svg for f in files] == [c.svg for c in charts(s)]
    assert not (tmp_path / "out").exists()  # computing writes nothing


# --------------------------------------------------------------------------------------------
# The command line
# --------------------------------------------------------------------------------------------

ARTICLE = (
    "The package includes $61 billion for Ukraine and $14 billion for Israel.\n\n"
    "Officials said the army has 16,000 volunteers and the navy has 2,000 volunteers.\n"
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "in" / "article.txt"
    path.parent.mkdir()
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def images(markdown: str) -> list[tuple[str, str]]:
    """(alt text, destination) of every image a CommonMark reader sees."""
    found = []
    for block in MarkdownIt("commonmark").parse(markdown):
        for token in block.children or []:
            if token.type == "image":
                alt = "".join(child.content for child in token.children or [])
                found.append((alt, str(token.attrs["src"])))
    return found


@pytest.mark.slow
def test_cli_writes_charts_beside_the_markdown(
    cli: Callable[..., Any], article: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    md, js = out / "my sheet.md", out / "my sheet.json"
    run = cli("build", str(article), "-o", str(md), "--json", str(js))
    assert (run.code, run.out, run.err) == (0, "", "")
    assert sorted(p.name for p in out.iterdir()) == [
        "my sheet.json",
        "my sheet.md",
        "my sheet.money-usd.svg",
        "my sheet.people-volunteers.svg",
    ]
    markdown = md.read_text("utf-8")
    assert "\n## Charts\n" in markdown
    shown = images(markdown)
    assert [alt for alt, _ in shown] == ["Money (USD)", "Counts of volunteers"]
    for _, src in shown:
        assert not Path(unquote(src)).is_absolute()
        assert (md.parent / unquote(src)).is_file(), src
    expected = charts(FactSheet.model_validate_json(js.read_text("utf-8")))
    written = [(md.parent / unquote(src)).read_text("utf-8") for _, src in shown]
    assert written == [c.svg for c in expected]


@pytest.mark.slow
def test_cli_no_charts(cli: Callable[..., Any], article: Path, tmp_path: Path) -> None:
    md = tmp_path / "sheet.md"
    run = cli("build", str(article), "-o", str(md), "--no-charts")
    assert run.code == 0, run
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "sheet.md"]
    markdown = md.read_text("utf-8")
    assert "## Charts" not in markdown and images(markdown) == []
    assert "**$61 billion**" in markdown


@pytest.mark.slow
def test_cli_stdout_has_no_charts(
    cli: Callable[..., Any], article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    run = cli("build", str(article))
    assert run.code == 0, run
    assert "**$61 billion**" in run.out
    assert "## Charts" not in run.out and images(run.out) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


@pytest.mark.slow
def test_cli_a_template_error_writes_no_chart(
    cli: Callable[..., Any], article: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.md.j2"
    broken.write_text("{{ nope }}\n", encoding="utf-8")
    run = cli("build", str(article), "-o", str(tmp_path / "sheet.md"), "--template", str(broken))
    assert run.code == 1
    assert list(tmp_path.glob("*.svg")) == [] and not (tmp_path / "sheet.md").exists()


# --------------------------------------------------------------------------------------------
# seeds/
# --------------------------------------------------------------------------------------------


def test_seed_charts_are_linked_from_the_seed_sheet(seed_build: Any) -> None:
    assert [c.name for c in charts(seed_build.sheet)] == ["money-usd", "people-foreigners"]
    assert images(seed_build.markdown) == [
        ("Money (USD)", "seeds.money-usd.svg"),
        ("Counts of foreigners", "seeds.people-foreigners.svg"),
    ]


def test_golden_seed_money_chart(seed_build: Any, golden: Callable[[str, str], None]) -> None:
    (money,) = (c for c in charts(seed_build.sheet) if c.name == "money-usd")
    golden("seeds.money-usd.svg", money.svg)


# --------------------------------------------------------------------------------------------
# Like with like (issue 13)
# --------------------------------------------------------------------------------------------


def cited(one: Fact, sentence: str, **fields: Any) -> Fact:
    """The fact with one citation of its surface in ``sentence``, and other fields."""
    at = sentence.index(one.surface)
    mention = Mention(
        figure=f"g-{one.id}",
        source="a.txt",
        line=1,
        surface=one.surface,
        sentence=sentence,
        span=(at, at + len(one.surface)),
        at=(at, at + len(one.surface)),
    )
    return one.model_copy(update={"citations": [mention], **fields})


PACKAGE = "The $95 billion package includes $61 billion for Kyiv and $14 billion for Haifa."


def test_a_whole_is_never_drawn_beside_its_parts() -> None:
    whole = cited(fact(95e9, surface="$95 billion", entity="package"), PACKAGE)
    parts = [
        cited(fact(61e9, surface="$61 billion", entity="Kyiv"), PACKAGE),
        cited(fact(14e9, surface="$14 billion", entity="Haifa"), PACKAGE),
    ]
    (chart,) = charts(sheet(whole, *parts))
    assert [b.label for b in chart.bars] == ["Kyiv", "Haifa"]
    apart = "The $95 billion package passed. It sent $61 billion to Kyiv and $14 billion too."
    alone = cited(fact(95e9, surface="$95 billion", entity="package"), apart)
    (chart,) = charts(sheet(alone, *parts))
    assert [b.label for b in chart.bars] == ["package", "Kyiv", "Haifa"]


def test_no_two_bars_share_a_label() -> None:
    said = people(16000, entity="foreigners", attributions=["Mr Petrov"], id="p")
    guessed = people(20000, entity="foreigners", id="g")
    (chart,) = charts(sheet(said, guessed))
    assert [b.label for b in chart.bars] == ["foreigners", "foreigners (Mr Petrov)"]
    again = people(12000, entity="foreigners", id="a")
    (chart,) = charts(sheet(said, guessed, again))
    assert [b.label for b in chart.bars] == ["foreigners", "foreigners (Mr Petrov)"]
    dated = people(9000, entity="foreigners", period="2021", id="d")
    (chart,) = charts(sheet(said, guessed, dated))
    assert [b.label for b in chart.bars] == [
        "foreigners",
        "foreigners (Mr Petrov)",
        "foreigners (2021)",
    ]


def test_disputed_and_forecast_bars_say_so() -> None:
    a = fact(61e9, id="a", modality="forecast")
    b = fact(14e9, id="b")
    s = sheet(a, b).model_copy(
        update={
            "discrepancies": [
                Discrepancy(id="d", kind="values_differ", facts=["b", "x"], reason="Differ.")
            ]
        }
    )
    (chart,) = charts(s)
    assert [b.text for b in chart.bars] == [
        "USD 61 billion · forecast",
        "USD 14 billion · disputed",
    ]


def test_each_chart_names_its_sources() -> None:
    a = fact(61e9, id="a")
    b = fact(14e9, id="b").model_copy(update={"sources": ["b.txt", "a.txt"]})
    s = sheet(a, b).model_copy(
        update={
            "sources": [Source(id=i, sha256="0" * 64, format="text") for i in ("b.txt", "a.txt")]
        }
    )
    (chart,) = charts(s)
    assert chart.sources == ("b.txt", "a.txt")
    assert texts(chart)[-1] == "Sources: b.txt, a.txt"
