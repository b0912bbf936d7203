"""Acceptance on seeds/: what `factsheet build seeds/` must and must not list, spans, golden files.

The expectations per seed live in ``seeds/expectations.json`` (see its ``_about``). The pipeline
runs once per session (the ``seed_build`` fixture in conftest.py); every test here reads it.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from factsheet.models import Fact, Figure
from factsheet.render.escape import md
from factsheet.render.markdown import render_markdown

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_FILES = sorted(p.name for p in SEEDS.glob("*.txt"))
EXPECTATIONS: dict[str, Any] = json.loads((SEEDS / "expectations.json").read_text("utf-8"))
CHECKED_FIELDS = (
    "kind",
    "value",
    "unit",
    "currency",
    "qualifier",
    "date",
    "entity_contains",
    "attribution",
    "period",
    "period_surface",
    "modality",
)


def source_id(seed: str) -> str:
    return f"seeds/{seed}"


def short(seed: str) -> str:
    return seed.split("_", 1)[0]


# --------------------------------------------------------------------------------------------
# The cases, from seeds/expectations.json
# --------------------------------------------------------------------------------------------


def _with_cases() -> list[Any]:
    cases: list[Any] = []
    for seed, spec in EXPECTATIONS.items():
        if seed.startswith("_"):
            continue
        for entry in spec["with"]:
            fields = {k: entry[k] for k in CHECKED_FIELDS if k in entry}
            name = f"{short(seed)}: {entry['surface']}"
            xfail = entry.get("xfail")
            if xfail is None:
                cases.append(pytest.param(seed, entry["surface"], fields, id=name))
                continue
            mark = pytest.mark.xfail(strict=True, reason=xfail["reason"])
            gap = xfail.get("fields")
            if gap is None:
                cases.append(pytest.param(seed, entry["surface"], fields, id=name, marks=mark))
                continue
            known = {k: v for k, v in fields.items() if k not in gap}
            missing = {k: v for k, v in fields.items() if k in gap}
            cases.append(pytest.param(seed, entry["surface"], known, id=name))
            cases.append(
                pytest.param(
                    seed, entry["surface"], missing, id=f"{name} [{','.join(gap)}]", marks=mark
                )
            )
    return cases


def _without_cases() -> list[Any]:
    cases: list[Any] = []
    for seed, spec in EXPECTATIONS.items():
        if seed.startswith("_"):
            continue
        for entry in spec["without"]:
            if isinstance(entry, str):
                cases.append(pytest.param(seed, entry, id=f"{short(seed)}: {entry}"))
            else:
                mark = pytest.mark.xfail(strict=True, reason=entry["xfail"])
                name = f"{short(seed)}: {entry['text']}"
                cases.append(pytest.param(seed, entry["text"], id=name, marks=mark))
    return cases


def test_expectations_cover_every_seed() -> None:
    assert sorted(k for k in EXPECTATIONS if not k.startswith("_")) == SEED_FILES


def _mismatches(figure: Figure, fields: dict[str, Any]) -> list[str]:
    wrong: list[str] = []
    for name, want in fields.items():
        if name == "entity_contains":
            got = figure.entity
            if got is None or want.lower() not in got.lower():
                wrong.append(f"entity {got!r} lacks {want!r}")
            continue
        got = getattr(figure, name)
        if name == "value":
            same = got is not None and math.isclose(got, want, rel_tol=1e-9)
        else:
            same = got == want
        if not same:
            wrong.append(f"{name} {got!r} != {want!r}")
    return wrong


@pytest.mark.parametrize(("seed", "surface", "fields"), _with_cases())
def test_seed_lists_figure(
    seed_build: Any, seed: str, surface: str, fields: dict[str, Any]
) -> None:
    figures = [f for f in seed_build.sheet.figures if f.source == source_id(seed)]
    same_surface = [f for f in figures if f.surface == surface]
    assert same_surface, (
        f"no figure {surface!r} in {seed}; surfaces found: {sorted({f.surface for f in figures})}"
    )
    matching = [f for f in same_surface if not _mismatches(f, fields)]
    assert matching, f"{surface!r} in {seed} found, but: " + "; ".join(
        f"line {f.line}: {', '.join(_mismatches(f, fields))}" for f in same_surface
    )
    # And it is on the sheet: merged into a fact that the Markdown lists.
    facts = [fact for fact in seed_build.sheet.facts if matching[0].id in fact.mentions]
    assert len(facts) == 1, f"figure {matching[0].id} is in {len(facts)} facts"
    assert f"**{md(facts[0].surface)}**" in seed_build.markdown


@pytest.mark.parametrize(("seed", "text"), _without_cases())
def test_seed_does_not_list(seed_build: Any, seed: str, text: str) -> None:
    source = seed_build.texts[source_id(seed)]
    starts = [m.start() for m in re.finditer(re.escape(text), source)]
    assert starts, f"{text!r} does not occur in {seed}: the expectation is stale"
    overlapping = [
        f
        for f in seed_build.sheet.figures
        if f.source == source_id(seed)
        and any(f.span[0] < s + len(text) and s < f.span[1] for s in starts)
    ]
    assert not overlapping, f"figures taken from {text!r}: " + ", ".join(
        f"{f.surface!r} ({f.kind}, line {f.line})" for f in overlapping
    )


YEAR = re.compile(r"(1[89]|20)\d\d")


def test_no_year_is_a_count(seed_build: Any) -> None:
    years = [f for f in seed_build.sheet.figures if YEAR.fullmatch(f.surface.strip())]
    assert years, "the seeds mention 2022 and 2024 on their own; expected them as dates"
    wrong = [(f.surface, f.kind, f.line) for f in years if f.kind != "date"]
    assert not wrong, f"years not read as dates: {wrong}"
    counts = [f for f in seed_build.sheet.figures if f.kind in ("count", "number", "measure")]
    assert not [f.surface for f in counts if YEAR.search(f.surface)]


# --------------------------------------------------------------------------------------------
# Spans and citations point into the articles
# --------------------------------------------------------------------------------------------


def _check_figure(figure: dict[str, Any], texts: dict[str, str]) -> list[str]:
    text = texts[figure["source"]]
    start, end = figure["span"]
    s_start, s_end = figure["sentence_span"]
    wrong: list[str] = []
    if text[start:end] != figure["surface"]:
        wrong.append(f"text[{start}:{end}] is {text[start:end]!r}")
    if figure["surface"] not in figure["sentence"]:
        wrong.append("sentence does not contain the surface")
    if text[s_start:s_end] != figure["sentence"]:
        wrong.append(f"text[{s_start}:{s_end}] is not the sentence")
    if not s_start <= start <= end <= s_end:
        wrong.append("span outside the sentence span")
    line = text.count("\n", 0, start) + 1
    if line != figure["line"]:
        wrong.append(f"line {figure['line']}, but the span starts on line {line}")
    return wrong


def _bad_figures(figures: list[dict[str, Any]], texts: dict[str, str]) -> dict[str, list[str]]:
    checked = {f"{f['surface']!r} line {f['line']}": _check_figure(f, texts) for f in figures}
    return {where: wrong for where, wrong in checked.items() if wrong}


def test_build_json_spans_point_at_surfaces(seed_build: Any) -> None:
    figures = json.loads(seed_build.json)["figures"]
    assert len(figures) > 30
    assert _bad_figures(figures, seed_build.texts) == {}


def test_extract_json_spans_point_at_surfaces(seed_build: Any, seed_extract: str) -> None:
    figures = json.loads(seed_extract)["figures"]
    assert _bad_figures(figures, seed_build.texts) == {}
    assert figures == json.loads(seed_build.json)["figures"], "extract and build disagree"


def test_citations_point_at_surfaces(seed_build: Any) -> None:
    bad: list[str] = []
    for fact in seed_build.sheet.facts:
        for c in fact.citations:
            text = seed_build.texts[c.source]
            if (
                text[c.span[0] : c.span[1]] != c.surface
                or c.sentence[c.at[0] : c.at[1]] != c.surface
            ):
                bad.append(f"{fact.surface!r}: citation at line {c.line}")
    assert not bad, bad


def test_every_figure_is_in_exactly_one_fact(seed_build: Any) -> None:
    owners = Counter(m for fact in seed_build.sheet.facts for m in fact.mentions)
    ids = [f.id for f in seed_build.sheet.figures]
    assert len(ids) == len(set(ids)), "figure ids repeat"
    assert {i: owners[i] for i in ids if owners[i] != 1} == {}
    assert set(owners) == set(ids)


# --------------------------------------------------------------------------------------------
# Repeated photo captions: one fact, one citation
# --------------------------------------------------------------------------------------------


def repeated_paragraphs(text: str) -> list[tuple[int, int]]:
    """(first, second) 1-based line numbers of paragraphs repeated right after themselves."""
    lines = text.split("\n")
    return [
        (i + 1, i + 3)
        for i in range(len(lines) - 2)
        if lines[i].strip()
        and lines[i].strip() == lines[i + 2].strip()
        and not lines[i + 1].strip()
    ]


def test_repeated_paragraphs_helper() -> None:
    assert repeated_paragraphs("a\n\nCaption 1.\n\nCaption 1. \n\nb\n\nb.") == [(3, 5)]


def _fact_of(facts: list[Fact], figure: Figure) -> Fact:
    (fact,) = [f for f in facts if figure.id in f.mentions]
    return fact


def test_repeated_captions_give_one_fact_and_one_citation(seed_build: Any) -> None:
    seed = source_id("002_1012173faf556cf4.txt")
    sheet = seed_build.sheet
    pairs = repeated_paragraphs(seed_build.texts[seed])
    checked = 0
    for first, second in pairs:
        copies = [f for f in sheet.figures if f.source == seed and f.line == second]
        originals = {f.surface: f for f in sheet.figures if f.source == seed and f.line == first}
        for copy in copies:
            original = originals.get(copy.surface)
            assert original is not None, f"{copy.surface!r} found on line {second} only"
            fact = _fact_of(sheet.facts, copy)
            assert original.id in fact.mentions, (
                f"{copy.surface!r}: lines {first} and {second} not merged"
            )
            lines = [c.line for c in fact.citations if c.source == seed]
            assert second not in lines, f"{copy.surface!r}: the repeat on line {second} is cited"
            assert lines.count(first) == 1
            cited = rf"{re.escape(md(seed))}, line {{}}\b"
            assert re.search(cited.format(first), seed_build.markdown)
            assert not re.search(cited.format(second), seed_build.markdown)
            checked += 1
    assert checked >= 6, f"expected figures in the repeated captions, checked {checked}"


def test_no_fact_cites_the_same_sentence_twice(seed_build: Any) -> None:
    repeats: dict[str, list[str]] = {}
    for fact in seed_build.sheet.facts:
        sentences = [" ".join(c.sentence.split()) for c in fact.citations]
        if len(sentences) != len(set(sentences)):
            repeats[fact.surface] = sentences
    assert repeats == {}


# --------------------------------------------------------------------------------------------
# The Markdown as a reader sees it
# --------------------------------------------------------------------------------------------


def test_seed_markdown_is_sound(
    seed_build: Any, markdown_problems: Callable[[str], list[str]]
) -> None:
    assert markdown_problems(seed_build.markdown) == []


def test_seed_markdown_lists_each_fact_once(seed_build: Any) -> None:
    items = [line for line in seed_build.markdown.split("\n") if line.startswith("- **")]
    assert len(items) == len(seed_build.sheet.facts)
    headings = [line for line in seed_build.markdown.split("\n") if line.startswith("# ")]
    assert len(headings) == 1


def test_seed_build_is_quiet(seed_build: Any) -> None:
    assert seed_build.warnings == []


# --------------------------------------------------------------------------------------------
# Golden files: tests/golden/, refreshed only by pytest --update-golden
# --------------------------------------------------------------------------------------------


def test_golden_markdown(seed_build: Any, golden: Callable[[str, str], None]) -> None:
    golden("seeds.md", seed_build.markdown)


def test_golden_json(seed_build: Any, golden: Callable[[str, str], None]) -> None:
    golden("seeds.json", seed_build.json)


def test_readme_sample_is_the_seed_sheet(seed_build: Any) -> None:
    """Every line of the README's abridged sample sheet is a line of the sheet of seeds/ (its
    charts named after the README's ``-o factsheet.md``), so the sample stays true."""
    readme = (ROOT / "README.md").read_text("utf-8")
    start = readme.index("```markdown\n", readme.index("`factsheet build seeds/ -o factsheet.md`"))
    sample = readme[start : readme.index("\n```\n", start)].split("\n")[1:]
    sheet = set(seed_build.markdown.replace("](seeds.", "](factsheet.").split("\n"))
    assert len(sample) > 20
    assert [line for line in sample if line and line not in sheet] == []


# --------------------------------------------------------------------------------------------
# The fact sheet a reporter trusts: discrepancies, timeline, key figures, charts
# --------------------------------------------------------------------------------------------


def _facts_by_id(seed_build: Any) -> dict[str, Any]:
    return {f.id: f for f in seed_build.sheet.facts}


def test_seed_discrepancies(seed_build: Any) -> None:
    facts = _facts_by_id(seed_build)
    found = {
        (d.kind, tuple(facts[i].surface for i in d.facts)) for d in seed_build.sheet.discrepancies
    }
    assert ("values_differ", ("16,000", "20,000")) in found
    assert ("scale_differs", ("$4.83 billion", "$4.83")) in found
    assert "## Discrepancies" in seed_build.markdown


def test_no_seed_figure_is_credited_to_a_speaker_its_text_does_not_name(
    seed_build: Any,
) -> None:
    """Every speaker is written in the sentence of the figure it is credited to (the seeds
    have no pronoun or quotation that needs another sentence), and the figures whose sentence
    has no reporting verb in reach are credited to nobody."""
    credited = [f for f in seed_build.sheet.figures if f.attribution is not None]
    assert {f.attribution for f in credited} == {
        "Russian Defence Minister Sergei Shoigu",
        "Mr Zelensky",
        "one senior Army official",
        "his brother",
        "his father Howard Jones",
        "The family",  # "The family of ... confirmed that ... a seven-month-old son had died"
    }
    assert [(f.surface, f.attribution) for f in credited if f.attribution not in f.sentence] == []
    said = re.compile(r"\b(?:said|told|announced|confirmed|according to)\b")
    assert [f.surface for f in credited if not said.search(f.sentence)] == []


def test_seed_facts_keep_their_speakers(seed_build: Any) -> None:
    sixteen = {f.unit: f.attributions for f in seed_build.sheet.facts if f.surface == "16,000"}
    assert sixteen == {
        "volunteer": ["Russian Defence Minister Sergei Shoigu"],
        "foreigner": ["Mr Zelensky"],
    }
    markdown = seed_build.markdown
    assert "— Sergei Shoigu, Russian Defence Minister [^" in markdown
    assert "— operating costs · forecast — one senior Army official · 2024 [^" in markdown


def test_seed_volunteers_are_two_facts(seed_build: Any) -> None:
    """Russia's 16,000 volunteers and Ukraine's 16,000 foreigners are different things."""
    sixteen = [f for f in seed_build.sheet.facts if f.surface == "16,000"]
    assert sorted(f.unit for f in sixteen) == ["foreigner", "volunteer"]


def test_seed_timeline_is_chronological(seed_build: Any) -> None:
    facts = _facts_by_id(seed_build)
    surfaces = [facts[i].surface for i in seed_build.sheet.timeline]
    positions = [surfaces.index(s) for s in ("February 2022", "April 2022", "August 2023")]
    assert positions == sorted(positions)
    july = next(facts[i] for i in seed_build.sheet.timeline if facts[i].surface == "July 31")
    assert july.date_basis == "unanchored"  # the seeds give no publication date


def test_seed_key_figures_lead_with_money_and_people(seed_build: Any) -> None:
    facts = _facts_by_id(seed_build)
    keys = seed_build.sheet.key_facts
    assert 0 < len(keys) <= 10
    top = [facts[k.fact] for k in keys[:5]]
    assert {f.kind for f in top} <= {"money", "count"}
    assert "$61 billion" in [f.surface for f in top]
    assert seed_build.markdown.index("## Key figures") < seed_build.markdown.index("## Money")


def test_seed_charts_are_linked_and_written(seed_build: Any) -> None:
    links = re.findall(r"!\[[^\]]*\]\(([^)]+\.svg)\)", seed_build.markdown)
    assert links, "no chart linked"
    for link in links:
        assert (seed_build.folder / link).is_file(), link


def test_seed_brief_is_one_table_of_the_key_figures(
    seed_build: Any, markdown_problems: Callable[[str], list[str]]
) -> None:
    brief = render_markdown(seed_build.sheet, template="brief")
    rows = [line for line in brief.split("\n") if line.startswith("| **")]
    assert len(rows) == len(seed_build.sheet.key_facts)
    assert markdown_problems(brief) == []
    assert "## " not in brief  # no sections: one table
