"""Tests for page furniture (``factsheet.read.furniture``) and the dates read from date lines.

Table-driven (STYLE.md, point 10); every line was written for this file after the layouts of
news pages (BBC, Reuters, AP, the Guardian, CNN, the Daily Mail), none copied from the seeds.

- ``FURNITURE_LINES``: a line that is furniture as a whole, wherever it stands.
- ``CONTENT_LINES``: a line that is content, at the top of the page and lower down; most hold
  figures and share words with furniture ("Share", "Views", "By", "Copyright", "Image").
- ``TOP_ONLY_LINES``: furniture at the top of a page (a bare date line), content lower down.
- ``TAILS``: a content line that ends in (or starts with) furniture: only that part is furniture.
- ``DATE_LINES``: an article's top → ``Source.date``; ``None`` where there is no date line.
- Documents: the figures of furniture are gone from ``factsheet.extract``, the content figures
  stay and their spans still slice to their surfaces (spaCy; marked slow).

``*_XFAIL`` rows are known gaps, strict.
"""

from __future__ import annotations

import doctest
import re
from itertools import pairwise
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factsheet
import factsheet.read.furniture
from factsheet import _lexicon as lx
from factsheet.models import Figure
from factsheet.read.furniture import TOP_LINES, furniture_spans, publication_date
from factsheet.read.layout import content
from factsheet.read.sources import read_text

HEADLINE = "Senate passes foreign aid bill after all-night session"
BODY = "The package includes $61 billion for Ukraine and $14 billion for Israel."
FILLER = [f"Paragraph {n} of the story says the vote ran late into the night." for n in range(20)]
"""Enough body lines that a line after them stands below the top of the page."""


def at_top(line: str) -> str:
    """An article with ``line`` just under its headline."""
    return f"{HEADLINE}\n\n{line}\n\n{BODY}\n"


def lower_down(line: str) -> str:
    """An article with ``line`` far below the top of the page."""
    return "\n\n".join([HEADLINE, *FILLER, line, BODY]) + "\n"


def found(text: str) -> list[str]:
    """The furniture of a text, as the pieces of text its spans point at."""
    return [text[start:end] for start, end in furniture_spans(text)]


def line(text: str, reason: str = "") -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(text, id=text, marks=marks)


# --------------------------------------------------------------------------------------------
# Whole lines
# --------------------------------------------------------------------------------------------

FURNITURE_LINES = [
    # date, metadata and label lines, with and without values
    line("PUBLISHED: 09:12 BST, 3 March 2023 | UPDATED: 14:30 BST, 3 March 2023"),
    line("PUBLISHED"),
    line("UPDATED"),
    line("VIEWS"),
    line("VIEWS 18,532"),
    line("Comments 47"),
    line("47 comments"),
    line("No comments"),
    line("Comments"),
    line("3.4k shares"),
    line("Share"),
    line("Share this article"),
    line("Advertisement"),
    line("Breaking News"),
    line("Last updated 3 hours ago"),
    line("Updated 9:41 AM ET, Mon March 6, 2023"),
    line("7 min read"),
    line("**Published:** 6 March 2023"),
    line("By Maria Lopez"),
    line("By Maria Lopez and Tom Reed, Associated Press | March 6, 2023"),
    line("By MARIA LOPEZ FOR MAILONLINE"),
    # page tools and navigation
    line("Read more: Flood damage tops $2 billion in three states"),
    line("READ MORE"),
    line("Sign up for our morning newsletter"),
    line("Subscribe to our 5 daily briefings by email"),
    line("Follow us on Instagram and TikTok"),
    line("Story continues below advertisement"),
    line("View 312 comments"),
    line("Most read"),
    line("[Share on Facebook](https://example.com/share?id=123)"),
    # photo credits and caption labels on lines of their own
    line("Image source, EPA"),
    line("Image caption,"),
    line("Getty Images"),
    line("AFP via Getty Images"),
    line("REUTERS/Anna Petrova"),
    line("AP Photo/Lee Chan"),
    line("Photograph: Sam Weller/PA Media"),
    line("Photo: Lee Chan"),
    # copyright and banners
    line("© 2023 Northwind Media Group"),
    line("Copyright 2023 The Morning Ledger. All rights reserved."),
    line("Northwind News © 2023"),
    line("Dailyplanet logo"),
]

CONTENT_LINES = [
    line("Flood damage: 40,000 homes without power"),
    line("2.5 million litres"),
    line("- 12 schools closed"),
    line("• 300 flights cancelled"),
    line("Share prices fell 4% on Monday."),
    line("Shares 12%"),
    line("Views differ on the 12 proposals"),
    line("Comments from 2,000 residents were read out"),
    line("Live: 14 killed in overnight strikes"),
    line("Breaking: 3 dead in pile-up"),
    line("By 2030 emissions must fall 45%."),
    line("By Monday, 600 people had left the town."),
    line("Copyright claims rose 30% in 2022."),
    line("The image source was a 2019 satellite photo."),
    line("Read the 300-page report"),
    line("Follow the 3 steps below"),
    line("Getty Images was valued at $4.8 billion"),
    line("Fighting in Israel/Gaza killed 1,200 people"),
    line("The 2023/24 budget is $12 billion"),
    line("Reuters poll: 60% back the plan"),
    line("Photos: 12 of the best"),
    line("In March 2023, a volunteer was killed"),
    line("March 2023"),
    line("1,204"),
    line("Close 4,512.30"),  # a market table's row, not a page's close button
    line("Turnout was 61%, up from 54% in 2019!"),
]

TOP_ONLY_LINES = [
    line("March 6, 2023"),
    line("6 March 2023"),
    line("2023-03-06"),
    line("Monday 6 March 2023 09.12 GMT"),
]


@pytest.mark.parametrize("text", FURNITURE_LINES)
@pytest.mark.parametrize("place", [at_top, lower_down], ids=["top", "lower"])
def test_furniture_line_is_found_whole(text: str, place: Any) -> None:
    document = place(text)
    assert found(document) == [text]


@pytest.mark.parametrize("text", CONTENT_LINES)
@pytest.mark.parametrize("place", [at_top, lower_down], ids=["top", "lower"])
def test_content_line_is_kept(text: str, place: Any) -> None:
    assert found(place(text)) == []


@pytest.mark.parametrize("text", TOP_ONLY_LINES)
def test_date_line_is_furniture_at_the_top(text: str) -> None:
    assert found(at_top(text)) == [text]


@pytest.mark.parametrize("text", TOP_ONLY_LINES)
def test_date_line_lower_down_is_content(text: str) -> None:
    assert found(lower_down(text)) == []


def test_the_top_is_counted_in_non_blank_lines() -> None:
    lines = [f"Line {n} of the page." for n in range(TOP_LINES + 1)]
    last_top = "\n\n".join([*lines[: TOP_LINES - 1], "March 6, 2023", "Body 1."])
    below = "\n\n".join([*lines[:TOP_LINES], "March 6, 2023", "Body 1."])
    assert found(last_top) == ["March 6, 2023"]
    assert found(below) == []


# --------------------------------------------------------------------------------------------
# Furniture inside a content line
# --------------------------------------------------------------------------------------------

TAILS = [
    ("Rescuers search the rubble in AntakyaImage source, EPA", "Image source, EPA"),
    ("Rescuers search the rubble in Antakya Image source, EPA", "Image source, EPA"),
    ("Rescuers search the rubble on 7 February. (Photo by Lee Chan/Getty Images)",
     "(Photo by Lee Chan/Getty Images)"),
    ("Rescuers search the rubble on 7 February. Photograph: Sam Weller/PA",
     "Photograph: Sam Weller/PA"),
    ("Rescuers search the rubble on February 7 Lee Chan/AFP via Getty Images",
     "Lee Chan/AFP via Getty Images"),
    ("Rescuers search the rubble on February 7Getty Images", "Getty Images"),
    ("Rescuers search the rubble in Antakya. REUTERS/Anna Petrova", "REUTERS/Anna Petrova"),
    ("Image caption, Rescuers pulled 12 people from the rubble", "Image caption,"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "tail"), TAILS, ids=[t for t, _ in TAILS])
def test_furniture_tail_of_a_content_line(text: str, tail: str) -> None:
    assert found(lower_down(text)) == [tail]


@pytest.mark.parametrize(("text", "tail"), TAILS, ids=[t for t, _ in TAILS])
def test_content_of_a_line_with_a_tail_is_kept(text: str, tail: str) -> None:
    document = lower_down(text)
    pieces = [document[s:e] for s, e in content(document)]
    assert text.replace(tail, "").strip() in pieces


# --------------------------------------------------------------------------------------------
# Banners and taglines at the top of a page
# --------------------------------------------------------------------------------------------

TAGLINES = [
    ("Dailyplanet logo\n\nYour news, every morning, in one place!\n\n" + HEADLINE, True),
    ("Dailyplanet logo\n\nEverything we know, all in one place\n\n" + HEADLINE, True),
    # no banner: the line is the headline, or a standfirst
    ("Your pension and the budget: what changes\n\n" + HEADLINE, False),
    # the line holds a number: it may be the headline
    ("Dailyplanet logo\n\nYour guide to the 5 biggest changes\n\n" + HEADLINE, False),
    # nothing follows it: it is the headline
    ("Dailyplanet logo\n\nYour pension and the budget: what changes!", False),
    # it does not speak to the reader: the headline
    ("Dailyplanet logo\n\nSenate passes aid bill\n\n" + BODY, False),
]


@pytest.mark.parametrize(("text", "is_tagline"), TAGLINES, ids=[t for t, _ in TAGLINES])
def test_tagline_after_a_banner(text: str, is_tagline: bool) -> None:
    second = text.split("\n\n")[1]
    assert (second in found(text)) is is_tagline


# --------------------------------------------------------------------------------------------
# Date lines → Source.date
# --------------------------------------------------------------------------------------------


def date(text: str, expected: str | None, reason: str = "") -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(text, expected, id=text.replace("\n", " | ")[:80], marks=marks)


DATE_LINES = [
    date("Published: 6 March 2023", "2023-03-06"),
    date("PUBLISHED: 09:12 BST, 3 March 2023 | UPDATED: 14:30 BST, 4 March 2023", "2023-03-03"),
    date("UPDATED: 14:30 BST, 4 March 2023 | PUBLISHED: 09:12 BST, 3 March 2023", "2023-03-03"),
    date("Updated 9:41 AM ET, Mon March 6, 2023", "2023-03-06"),
    date("Updated: 7 March 2023\nFirst published: 6 March 2023", "2023-03-06"),
    date("March 6, 2023", "2023-03-06"),
    date("6th of March 2023", "2023-03-06"),
    date("2023-03-06", "2023-03-06"),
    date("By Maria Lopez, Reuters | Mar. 6, 2023", "2023-03-06"),
    date("Date: 6 Mar 2023", "2023-03-06"),
    # no date line
    date("06/03/2023", None),  # day and month order depend on the country
    date("Published: 31 February 2023", None),  # no such day
    date("Published: March 2023", None),  # no day
    date("In March 2023, a volunteer was killed on 6 March 2023.", None),  # a sentence
    date("Officials said on March 6, 2023 that 12 people died", None),
    date("Maria Lopez, Reuters | 6 March 2023", "2023-03-06", reason="a byline without 'By'"),
]


@pytest.mark.parametrize(("top", "expected"), DATE_LINES)
def test_date_line_sets_source_date(top: str, expected: str | None) -> None:
    document = read_text(f"{HEADLINE}\n\n{top}\n\n{BODY}\n")
    assert document.source.date == expected


@pytest.mark.parametrize(("top", "expected"), DATE_LINES)
def test_date_line_sets_markdown_source_date(top: str, expected: str | None) -> None:
    document = read_text(f"# {HEADLINE}\n\n{top}\n\n{BODY}\n", fmt="markdown")
    assert document.source.date == expected


def test_date_line_below_the_top_is_not_read() -> None:
    assert publication_date(lower_down("Published: 6 March 2023")) is None
    assert publication_date(at_top("Published: 6 March 2023")) == "2023-03-06"


def test_date_is_not_read_from_the_body() -> None:
    text = at_top("In March 2023, a volunteer was killed.") + "It happened on 6 March 2023.\n"
    assert read_text(text).source.date is None


def test_html_date_comes_from_metadata_not_text() -> None:
    html = (
        "<html><head><meta property='article:published_time' content='2023-03-07'></head>"
        f"<body><article><h1>{HEADLINE}</h1><p>Published: 6 March 2023</p>"
        f"<p>{BODY} {BODY}</p></article></body></html>"
    )
    assert read_text(html, fmt="html").source.date == "2023-03-07"


# --------------------------------------------------------------------------------------------
# Spans and offsets
# --------------------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*(p.values[0] for p in FURNITURE_LINES), *(p.values[0] for p in CONTENT_LINES),
             *(t for t, _ in TAILS), "", " ", "  \t", "\u00a0"]
        ),
        max_size=12,
    ),
    st.sampled_from(["\n", "\n\n", "\r\n", "\n \n"]),
)  # fmt: skip
def test_spans_are_ordered_trimmed_and_disjoint(lines: list[str], joiner: str) -> None:
    text = joiner.join(lines)
    spans = furniture_spans(text)
    assert spans == sorted(spans)
    for (_, end), (start, _) in pairwise(spans):
        assert end <= start
    for start, end in spans:
        assert 0 <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        assert "\n" not in text[start:end]
    for start, end in content(text):
        assert all(e <= start or s >= end for s, e in spans)


def test_content_pieces_are_slices_of_the_text_as_read() -> None:
    text = f"Dailyplanet logo\n\nVIEWS 18,532\n\n{BODY}\n\nComments 47\n"
    pieces = content(text)
    assert [text[s:e] for s, e in pieces] == [BODY]


def test_no_furniture_leaves_paragraphs_as_they_were() -> None:
    text = lower_down("12 schools closed")
    assert content(text) == factsheet.read.layout.paragraphs(text)


def test_doctests() -> None:
    result = doctest.testmod(factsheet.read.furniture)
    assert result.attempted > 0
    assert result.failed == 0


# --------------------------------------------------------------------------------------------
# Documents through the pipeline (spaCy)
# --------------------------------------------------------------------------------------------

ARTICLE = """\
Dailyplanet logo

Your news, every morning, in one place!

Flood damage: 40,000 homes without power

PUBLISHED: 09:12 BST, 3 March 2023 | UPDATED: 14:30 BST, 3 March 2023

VIEWS 18,532

Floods left 40,000 homes without power on Friday, and repairs will cost $2.1 billion.

Rescuers searched a collapsed bridge near the dam on Saturday morningImage source, EPA
Image caption,
Rescuers pulled 12 people from the river

  • 300 flights cancelled
  • 2.5 million litres of water pumped out

Read more: Flood damage tops $9 billion in three states

Comments 47

© 2023 Northwind Media Group
"""

ARTICLE_HTML = """\
<!DOCTYPE html><html><head><title>Floods</title></head><body><main><article>
<h1>Flood damage: 40,000 homes without power</h1>
<p>PUBLISHED: 09:12 BST, 3 March 2023 | UPDATED: 14:30 BST, 3 March 2023</p>
<p>VIEWS 18,532</p>
<p>Floods left 40,000 homes without power on Friday, and repairs will cost $2.1 billion.</p>
<p>Officials said 300 flights were cancelled and 2.5 million litres of water were pumped out.</p>
<p>Comments 47</p>
<p>© 2023 Northwind Media Group</p>
</article></main></body></html>
"""

CONTENT_SURFACES = ["40,000", "$2.1 billion", "12", "300", "2.5 million litres"]
FURNITURE_SURFACES = ["18,532", "47", "$9 billion", "09:12", "3 March 2023", "2023"]


def figures(text: str) -> list[Figure]:
    return factsheet.extract(read_text(text))


@pytest.mark.slow
def test_furniture_figures_are_gone_content_figures_stay() -> None:
    surfaces = [f.surface for f in figures(ARTICLE)]
    for surface in CONTENT_SURFACES:
        assert surface in surfaces
    for surface in FURNITURE_SURFACES:
        assert surface not in surfaces
    assert surfaces.count("40,000") == 2  # the headline's and the body's


@pytest.mark.slow
def test_no_figure_overlaps_furniture() -> None:
    spans = furniture_spans(ARTICLE)
    for figure in figures(ARTICLE):
        start, end = figure.span
        assert all(e <= start or s >= end for s, e in spans), figure.surface


@pytest.mark.slow
def test_content_spans_point_at_their_surface_in_the_text_as_read() -> None:
    document = read_text(ARTICLE)
    for figure in factsheet.extract(document):
        start, end = figure.span
        assert document.text[start:end] == figure.surface
        s_start, s_end = figure.sentence_span
        assert document.text[s_start:s_end] == figure.sentence
        assert "Image source" not in figure.sentence


@pytest.mark.slow
def test_html_output_text_gets_the_same_filter() -> None:
    document = read_text(ARTICLE_HTML, fmt="html")
    assert "VIEWS 18,532" in document.text  # trafilatura kept it
    assert document.source.date is None or document.source.date.startswith("2023")
    surfaces = [f.surface for f in factsheet.extract(document)]
    assert "18,532" not in surfaces
    assert "47" not in surfaces
    assert {"40,000", "$2.1 billion", "300", "2.5 million litres"} <= set(surfaces)


@pytest.mark.slow
def test_article_date_is_its_published_line() -> None:
    assert read_text(ARTICLE).source.date == "2023-03-03"


def _any_case(word: str) -> st.SearchStrategy[str]:
    return st.lists(st.booleans(), min_size=len(word), max_size=len(word)).map(
        lambda upper: "".join(
            c.upper() if u else c.lower() for c, u in zip(word, upper, strict=True)
        )
    )


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(sorted(lx.PHOTO_AGENCIES)).flatmap(_any_case),
            st.text(max_size=6),
            st.sampled_from(["ſ", "K", "İ", "ß", "ﬁ", " ", "/"]),
        ),
        max_size=10,
    )
)
def test_quick_agency_test_passes_every_agency(parts: list[str]) -> None:
    """The case-folded quick test before the credit patterns never turns down a text in which
    the case-blind test finds an agency's name, whatever its case or the letters around it."""
    text = "".join(parts)
    if factsheet.read.furniture._HAS_AGENCY.search(text) or re.search(
        factsheet.read.furniture._AGENCY, text
    ):
        assert factsheet.read.furniture._MAY_HAVE_AGENCY.search(text.casefold())
