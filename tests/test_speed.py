"""The fast paths and the parallel and streaming runs give exactly what the plain run gives.

- ``--jobs 2`` gives the same figures, facts and bytes as one process;
- extraction streams: the first document's figures come out before the last is read;
- the command's output does not depend on the caller's string-hash seed.
"""

from __future__ import annotations

import random
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from factsheet import build, extract
from factsheet.models import Document
from factsheet.read.sources import read_text
from factsheet.run.pipeline import GROUP_DOCS, extract_documents

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent


def _material() -> list[str]:
    lines = (ROOT / "benchmarks" / "sentences.txt").read_text("utf-8").splitlines()
    sentences = [line for line in lines if line and not line.startswith("#")]
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        sentences += [s for s in re.split(r"(?<=[.!?])\s+", path.read_text("utf-8")) if s]
    return sentences


def _corpus(folder: Path, count: int, seed: int = 7) -> Path:
    rnd = random.Random(seed)
    sentences = _material()
    folder.mkdir()
    for n in range(count):
        picked = [
            re.sub(r"\d", lambda _: str(rnd.randint(0, 9)), rnd.choice(sentences))
            for _ in range(rnd.randint(6, 10))
        ]
        text = "\n\n".join(" ".join(picked[i : i + 3]) for i in range(0, len(picked), 3))
        (folder / f"a{n:02d}.txt").write_text(text + "\n", encoding="utf-8")
    return folder


def test_jobs_give_the_same_sheet(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "corpus", 9)
    paths = [str(folder), str(ROOT / "seeds")]
    one = build(paths)
    two = build(paths, jobs=2)
    assert two.model_dump_json() == one.model_dump_json()
    assert len(one.sources) == 9 + 2 and len(one.facts) > 50


def test_extraction_streams() -> None:
    pulled: list[int] = []

    def docs() -> Iterator[Document]:
        for n in range(GROUP_DOCS * 3):
            pulled.append(n)
            yield read_text(f"Item {n}: prices rose {n + 1}%.", id=f"doc{n}")

    results = extract_documents(docs())
    first = next(results)
    assert first.source.id == "doc0" and first.figures[0].value == 1
    assert len(pulled) <= GROUP_DOCS
    assert len(list(results)) == GROUP_DOCS * 3 - 1


def test_command_jobs_give_the_same_bytes(tmp_path: Path, cli: Callable[..., Any]) -> None:
    """The command's code in this process (its model loaded), two worker processes for -j 2."""
    folder = _corpus(tmp_path / "corpus", 5)
    one = cli("extract", str(folder), "-f", "jsonl", "-j", "1", "-q").out
    two = cli("extract", str(folder), "-f", "jsonl", "-j", "2", "-q").out
    assert one == two and one.count("\n") > 20


def test_library_extract_with_jobs(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "corpus", 4)
    assert extract(folder, jobs=2) == extract(folder)


def test_throughput_benchmark_runs_in_its_short_form() -> None:
    """CI runs the benchmark's short form: it must print every row of its table (the numbers
    are not checked: a benchmark measures, it does not assert)."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "throughput.py"), "--quick"],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    for needle in [
        "quantulum3 parse, whole articles",
        "factsheet extract --jobs 1",
        "factsheet extract --jobs 2",
        "single process vs quantulum3:",
        "start-up, one short file:",
        "2x takes",
    ]:
        assert needle in done.stdout, done.stdout
    assert done.stderr == ""


def test_our_attribute_ruler_sets_what_spacys_sets() -> None:
    """factsheet.nlp.attributes replaces spaCy's attribute ruler: every token of our material gets
    the same tag, part of speech, morphology and lemma from both (two-token patterns included:
    "there are", "gon na", "ai n't")."""
    from factsheet.nlp.segment import nlp

    pipeline = nlp()
    texts = [
        *_material(),
        "There are 5 of them, y'all gon na see. Let's go, c'mon. He ai n't got 3.",
        "There were 12 people and there is 1 more.",
    ]

    def attrs(texts: list[str]) -> list[list[tuple[str, str, str, int]]]:
        return [
            [(t.tag_, t.pos_, str(t.morph), t.lemma) for t in doc] for doc in pipeline.pipe(texts)
        ]

    ours = attrs(texts)
    with pipeline.select_pipes(disable=["factsheet_attribute_ruler"]):
        pipeline.enable_pipe("attribute_ruler")
        try:
            theirs = attrs(texts)
        finally:
            pipeline.disable_pipe("attribute_ruler")
    assert [t for t, a, b in zip(texts, ours, theirs, strict=True) if a != b] == []
    assert "factsheet_attribute_ruler" in pipeline.pipe_names
    assert any(pos == "VERB" for doc in ours[-2:] for _, pos, _, _ in doc)


def test_long_stretches_are_parsed_in_bounded_pieces() -> None:
    from factsheet.nlp.segment import STRETCH_MAX, _bounded

    listing = "Scores were " + ", ".join(str(n % 997) for n in range(3000)) + " in all."
    pieces = list(_bounded(listing, 0, len(listing)))
    assert len(pieces) > 1 and all(e - s <= STRETCH_MAX for s, e in pieces)
    assert "".join(listing[s:e] for s, e in pieces).replace(" ", "") == listing.replace(" ", "")
    grouped = "It was " + "1" + " 000" * 2000 + " units."  # never cut inside a number
    number_end = grouped.index(" units.")
    assert [grouped[s:e] for s, e in _bounded(grouped, 0, len(grouped))] == [
        grouped[:number_end],
        "units.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "It cost $5 " + "(" * 10000 + " in May.",  # spaCy's tokenizer: quadratic in such runs
        "Loss (-" + "9" * 120 + ") in May.",  # quantulum3's number words: cubic in digit runs
        "Scores were " + ", ".join(str(n % 997) for n in range(1500)) + " in all.",
    ],
    ids=["brackets", "digit run", "1,500 numbers"],
)
def test_pathological_text_ends(text: str) -> None:
    """Not a timing test: these took minutes or never ended before the bounds."""
    figures = extract(text)
    assert all(f.surface == text[f.span[0] : f.span[1]] for f in figures)


def test_tokens_are_found_by_bisection_as_by_a_scan() -> None:
    """``syntax.tokens_between`` finds by bisection the tokens a scan of the whole sentence
    finds, for every span of characters: inside a token, across tokens, on spaces, empty."""
    from factsheet.nlp.segment import nlp
    from factsheet.nlp.syntax import tokens_between

    texts = [*_material()[:40], "It rose  5 %  to $ 3.2bn  (a  record) .", "Up 7%."]
    for doc in nlp().pipe(texts):
        for sent in doc.sents:
            ends = range(sent.start_char - 1, sent.end_char + 2)
            for lo in ends:
                for hi in range(lo, min(lo + 12, sent.end_char + 2)):
                    scan = [t.i for t in sent if t.idx < hi and t.idx + len(t.text) > lo]
                    assert [t.i for t in tokens_between(sent, lo, hi)] == scan, (sent, lo, hi)


def test_jsonl_lines_are_written_as_the_records_would_write_them() -> None:
    """``exports.jsonl_figures`` writes a figure's line from its own dump, not from a
    :class:`FigureRecord` validated anew: the lines are the same, with a source and without."""
    from factsheet.output import exports

    sheet = build([str(ROOT / "seeds")])
    sources = {s.id: s for s in sheet.sources}
    assert len(sheet.figures) > 20
    for source in [*sources.values(), None]:
        figures = [f for f in sheet.figures if source is None or f.source == source.id]
        plain = "".join(exports._line(exports.figure_record(f, source)) for f in figures)
        assert exports.jsonl_figures(figures, source) == plain
