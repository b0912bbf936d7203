"""Throughput and scale: factsheet against quantulum3 alone, on a generated and a real news corpus.

Usage (from anywhere; ``make bench`` runs the default)::

    python benchmarks/throughput.py [--articles 400] [--news-articles 351] [--jobs 2]
                                    [--memory-articles 5000]
    python benchmarks/throughput.py --quick      # a short form, for CI: seconds, not minutes

It generates a corpus of news articles (20–30 sentences each, 2–4 sentences a paragraph) from the
project's own sentence material — the sentences of our development split (real news sentences,
each holding a figure, read where it lies beside the checkout and never copied) or, without it,
the sentences of our tests (``benchmarks/sentences.txt``), and the sentences of ``seeds/`` —
with every digit redrawn at random so no two articles repeat text and no cache can help; and a
corpus of real articles, material not chosen for speed: the 117 texts of ``../shared/corpus/news/``
(read where they lie, never copied), as written and then over again with every digit redrawn,
to ``--news-articles``. Then, on each corpus and in this one run, it measures:

- quantulum3's ``parser.parse`` on each whole article (what a user would write), in its own
  process, timed after quantulum3 has loaded;
- ``factsheet extract --format jsonl`` in one process (``--jobs 1``) and in ``--jobs N``, as
  commands, start-up included: three pairs of the two, one run after the other (a shared
  machine's speed drifts by a fifth over minutes, which one run of each cannot tell from a
  change of ours); each row is the median run, and ``--jobs N`` against one process the median
  of the three pairs' ratios, with their range;

and prints KB/s, articles/s, peak RSS (of the largest process) and the ratios (one process to
quantulum3 with start-up included and without it). Start-up (``factsheet extract`` on one short
file, the median of three runs) is measured apart, first, after a first run that builds the
unit cache (every command of the benchmark keeps its cache in a folder of the benchmark's).
It also reports the wall time on 1, 4 and 16 times a small corpus (the cost must grow
linearly), the peak RSS of a streaming ``--format jsonl`` run over a tenth and all of
``--memory-articles`` articles (it must stay flat), and the cost of feeding the SQLite store
one article at a time against one run over all of them (issue 14: at most 2x), on
``--store-articles`` generated articles.

This is a benchmark, not a test: it measures and reports, and asserts nothing. The targets (issues
5 and 16) are printed beside the measures.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
MATERIAL = REPO_ROOT / "benchmarks" / "sentences.txt"
SEEDS = REPO_ROOT / "seeds"
DEV_SPLIT = REPO_ROOT.parent / "shared" / "benchmarks" / "newsquant_dev.json"
NEWS = REPO_ROOT.parent / "shared" / "corpus" / "news"

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


# --- the corpus ------------------------------------------------------------------------------


def material(source: Path | None = None) -> list[str]:
    """The sentences articles are made of: those of ``source`` (a NewsQuant JSON file, read
    where it lies, or a text file of one sentence per line; default: our tests' sentences),
    and the seeds' sentences."""
    source = source or MATERIAL
    if source.suffix == ".json":
        sentences = [item["text"] for item in json.loads(source.read_text(encoding="utf-8"))]
    else:
        lines = source.read_text(encoding="utf-8").splitlines()
        sentences = [line for line in lines if line.strip() and not line.startswith("#")]
    for path in sorted(SEEDS.glob("*.txt")):
        for paragraph in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
            flat = " ".join(paragraph.split())
            sentences += [s for s in _SENTENCE_END.split(flat) if len(s) >= 40]
    return sentences


def article(rnd: random.Random, sentences: Sequence[str]) -> str:
    """One article: 20–30 sentences in paragraphs of 2–4, every digit redrawn."""
    picked = [
        re.sub(r"\d", lambda _: str(rnd.randint(0, 9)), rnd.choice(sentences))
        for _ in range(rnd.randint(20, 30))
    ]
    paragraphs: list[str] = []
    while picked:
        size = rnd.randint(2, 4)
        paragraphs.append(" ".join(picked[:size]))
        picked = picked[size:]
    return "\n\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, count: int, seed: int, sentences: Sequence[str]) -> int:
    """Write ``count`` articles into ``folder``; their total size in bytes."""
    folder.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(seed)
    size = 0
    for n in range(count):
        data = article(rnd, sentences).encode("utf-8")
        (folder / f"article-{n:05d}.txt").write_bytes(data)
        size += len(data)
    return size


def news_texts(folder: Path = NEWS) -> list[str]:
    """The real articles of ``folder`` (``../shared/corpus/news/``, read where they lie)."""
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


def write_news_corpus(folder: Path, count: int, seed: int, texts: Sequence[str]) -> int:
    """Write ``count`` articles into ``folder``, the real articles over and over: the first
    round as written, every later round with every digit redrawn; their total size in bytes."""
    folder.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(seed)
    size = 0
    for n in range(count):
        text = texts[n % len(texts)]
        if n >= len(texts):
            text = re.sub(r"\d", lambda _: str(rnd.randint(0, 9)), text)
        data = text.encode("utf-8")
        (folder / f"news-{n:05d}.txt").write_bytes(data)
        size += len(data)
    return size


# --- measuring -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Measure:
    seconds: float
    peak_rss_mb: float
    cpu_seconds: float = 0.0
    """User and system time of the process and the children it waited for (workers): unlike
    the wall time, hardly moved by other work on the machine."""


def run(argv: Sequence[str]) -> Measure:
    """Run a command to its end; its wall time and the peak RSS of its largest process."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    started = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"benchmark: {' '.join(argv)} failed with status {child.returncode}")
    return Measure(seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)


def factsheet(*args: str) -> list[str]:
    return [sys.executable, "-m", "factsheet", "extract", "--format", "jsonl", "--quiet", *args]


def quantulum3_seconds(folder: Path) -> Measure:
    """quantulum3 on each whole article, in a fresh process, timed after it has loaded."""
    code = (
        "import sys, time, warnings, pathlib\n"
        "warnings.simplefilter('ignore')\n"
        "from quantulum3 import parser\n"
        "parser.parse('It flew 12 km.')\n"
        "texts = [p.read_text('utf-8') for p in sorted(pathlib.Path(sys.argv[1]).glob('*.txt'))]\n"
        "t, c = time.perf_counter(), time.process_time()\n"
        "for text in texts: parser.parse(text)\n"
        "print(time.perf_counter() - t, time.process_time() - c)\n"
    )
    env = dict(os.environ, PYTHONHASHSEED="0")
    child = subprocess.Popen(
        [sys.executable, "-c", code, str(folder)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None
    out = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit("benchmark: the quantulum3 run failed")
    wall, cpu = (float(x) for x in out.split())
    return Measure(wall, usage.ru_maxrss / 1024, cpu)


def store_seconds(folder: Path, root: Path) -> tuple[float, float]:
    """Feeding the store (``factsheet.output.store.feed``): all the articles in one run, and one
    article a run, each run reading its article, extracting it and recomputing facts over
    everything stored; in a fresh process, timed after the models have loaded."""
    code = (
        "import sys, time, pathlib\n"
        "from factsheet import extract\n"
        "from factsheet.output import store\n"
        "extract('Officials said 16,000 volunteers were ready.')\n"
        "folder, root = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])\n"
        "paths = sorted(folder.glob('*.txt'))\n"
        "t = time.perf_counter(); store.feed(root / 'whole.sqlite', paths)\n"
        "whole = time.perf_counter() - t\n"
        "t = time.perf_counter()\n"
        "for path in paths: store.feed(root / 'daily.sqlite', [path])\n"
        "print(whole, time.perf_counter() - t)\n"
    )
    env = dict(os.environ, PYTHONHASHSEED="0")
    out = subprocess.run(
        [sys.executable, "-c", code, str(folder), str(root)],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    if out.returncode != 0:
        raise SystemExit(f"benchmark: the store run failed: {out.stderr.strip()[-300:]}")
    whole, daily = (float(x) for x in out.stdout.split())
    return whole, daily


def _wall(m: Measure) -> float:
    return m.seconds


def _median(measures: Sequence[Measure]) -> Measure:
    """The run of median wall time."""
    return sorted(measures, key=_wall)[len(measures) // 2]


# --- the report ------------------------------------------------------------------------------


def compare(
    name: str, folder: Path, count: int, size: int, jobs: int, startup: Measure, repeats: int = 1
) -> None:
    """quantulum3, ``--jobs 1`` and ``--jobs N`` on one corpus, in this run, and their ratios;
    the two factsheet runs ``repeats`` times, one after the other, each row the median run and
    the ratio of the two the median of the pairs (a pair shares the machine's state)."""
    kb = size / 1024
    print(f"{name}: {count} articles, {kb:,.0f} KB")
    q3 = quantulum3_seconds(folder)
    pairs = [
        (
            run(factsheet("--jobs", "1", str(folder))),
            run(factsheet("--jobs", str(jobs), str(folder))),
        )
        for _ in range(repeats)
    ]
    one = _median([a for a, _ in pairs])
    many = _median([b for _, b in pairs])
    scaled = sorted(a.seconds / b.seconds for a, b in pairs)
    rows = [
        ("quantulum3 parse, whole articles", q3),
        ("factsheet extract --jobs 1", one),
        (f"factsheet extract --jobs {jobs}", many),
    ]
    print(
        f"  {'':34} {'seconds':>8} {'KB/s':>8} {'articles/s':>11} {'peak RSS MB':>12} {'CPU s':>8}"
    )
    if repeats > 1:
        print(f"  (factsheet rows: the median of {repeats} runs)")
    for label, m in rows:
        print(
            f"  {label:34} {m.seconds:8.2f} {kb / m.seconds:8.1f} "
            f"{count / m.seconds:11.2f} {m.peak_rss_mb:12.0f} {m.cpu_seconds:8.2f}"
        )

    def ratio(q: float, ours: float, start: float) -> str:
        both = f"{q / ours:5.2f}x start-up included, "
        return both + (
            f"{q / (ours - start):5.2f}x without it" if ours > start else "n/a without it"
        )

    print(
        "  single process vs quantulum3: "
        f"{ratio(q3.seconds, one.seconds, startup.seconds)}  (target >= 2.5x)"
    )
    print(
        "    in CPU time (hardly moved by other work on the machine): "
        f"{ratio(q3.cpu_seconds, one.cpu_seconds, startup.cpu_seconds)}"
    )
    spread = f"; the {repeats} pairs {scaled[0]:.2f}-{scaled[-1]:.2f}x" if repeats > 1 else ""
    print(
        f"  --jobs {jobs} vs single process: {scaled[len(scaled) // 2]:5.2f}x{spread}  "
        f"(target >= 1.8x on 2 cores)\n"
    )


def store_row(root: Path, count: int, seed: int, sentences: Sequence[str]) -> None:
    """The store row: ``count`` generated articles fed in one run, then one at a time."""
    stored = root / "store-corpus"
    write_corpus(stored, count, seed, sentences)
    print(f"store, {count} articles, in one process (models loaded once)")
    whole, daily = store_seconds(stored, root)
    print(f"  one run over all into a new store:   {whole:7.2f} s")
    print(
        f"  one article at a time, {count} runs:   {daily:7.2f} s  "
        f"({daily / whole:4.2f}x, target <= 2x)\n"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400, help="articles in the corpus")
    parser.add_argument(
        "--news-articles",
        type=int,
        default=351,
        help="articles of the news corpus: the real articles of ../shared/corpus/news/ (read "
        "where they lie) over and over, digits redrawn after the first round (0: skip)",
    )
    parser.add_argument("--jobs", type=int, default=2, help="processes for the parallel run")
    parser.add_argument("--store-articles", type=int, default=200, help="articles of the store run")
    parser.add_argument("--scale-base", type=int, default=20, help="articles in the 1x corpus")
    parser.add_argument(
        "--memory-articles", type=int, default=5000, help="articles of the memory run (0: skip)"
    )
    parser.add_argument("--seed", type=int, default=1, help="random seed of the corpus")
    parser.add_argument("--quick", action="store_true", help="a short form (for CI)")
    parser.add_argument(
        "--only", choices=["store"], help="measure only this row (store: the store row)"
    )
    parser.add_argument(
        "--material",
        type=Path,
        default=DEV_SPLIT if DEV_SPLIT.exists() else None,
        help="sentences to build articles from: a NewsQuant JSON file or a text file of one "
        "sentence per line (default: the development split beside the checkout, "
        "../shared/benchmarks/newsquant_dev.json, read where it lies, if it is there; "
        "else benchmarks/sentences.txt)",
    )
    args = parser.parse_args(argv)
    if args.quick:
        # the short form runs each part once, on a few articles: the news corpus and the
        # repeated start-ups are left to the full benchmark
        args.articles, args.news_articles, args.scale_base, args.memory_articles = 6, 0, 2, 0
        args.store_articles = 2
    repeats = 1 if args.quick else 3
    factors = (1, 2) if args.quick else (1, 4, 16)

    with tempfile.TemporaryDirectory(prefix="factsheet-bench-") as tmp:
        root = Path(tmp)
        corpus = root / "corpus"
        sentences = material(args.material)
        if args.only == "store":
            store_row(root, args.store_articles, args.seed, sentences)
            return 0
        size = write_corpus(corpus, args.articles, args.seed, sentences)
        source = args.material or MATERIAL
        print(f"material: {len(sentences)} sentences, from {source} and seeds/")
        print(f"cores: {len(os.sched_getaffinity(0))}, python {sys.version.split()[0]}\n")

        short = root / "short.txt"
        short.write_text("Officials said 16,000 volunteers were ready.\n", encoding="utf-8")
        # every command of the run keeps its unit cache in a folder of the run's: the first
        # start builds it, as a first run anywhere does; the others read it, as after that
        os.environ["FACTSHEET_CACHE"] = str(root / "cache")
        first = run(factsheet("--jobs", "1", str(short)))
        starts = sorted(
            (run(factsheet("--jobs", "1", str(short))) for _ in range(repeats)), key=_wall
        )
        startup = starts[len(starts) // 2]
        print(
            f"start-up, one short file: {startup.seconds:5.2f} s, the median of {repeats} "
            f"({starts[0].seconds:.2f}-{starts[-1].seconds:.2f}; CPU {startup.cpu_seconds:.2f} s)"
            "  (target <= 1.5 s)"
        )
        print(f"first start-up, building the unit cache: {first.seconds:5.2f} s\n")

        compare(
            f"generated corpus (seed {args.seed})",
            corpus, args.articles, size, args.jobs, startup, repeats,
        )  # fmt: skip
        texts = news_texts() if NEWS.is_dir() else []
        if args.news_articles and texts:
            news = root / "news"
            news_size = write_news_corpus(news, args.news_articles, args.seed, texts)
            compare(
                f"news corpus ({len(texts)} real articles of {NEWS}, digits redrawn after the "
                "first round)",
                news, args.news_articles, news_size, args.jobs, startup, repeats,
            )  # fmt: skip

        print(f"scaling, --jobs 1 ({args.scale_base} articles = 1x)")
        times: dict[int, float] = {}
        for factor in factors:
            folder = root / f"scale-{factor}"
            write_corpus(folder, args.scale_base * factor, args.seed + factor, sentences)
            times[factor] = run(factsheet("--jobs", "1", str(folder))).seconds
            ratio = times[factor] / times[1]
            print(f"  {factor:2d}x: {times[factor]:7.2f} s  ({ratio:5.2f}x the 1x)")
        top = factors[-1]
        print(
            f"  {top}x takes {times[top] / times[1]:.2f}x the time of 1x  (target <= {top + 1}x)\n"
        )

        store_row(root, args.store_articles, args.seed, sentences)

        if args.memory_articles:
            print("memory, --format jsonl, --jobs 1, streamed to a file")
            for count in (args.memory_articles // 10, args.memory_articles):
                folder = root / f"memory-{count}"
                write_corpus(folder, count, args.seed + count, sentences)
                m = run(factsheet("--jobs", "1", str(folder), "-o", str(root / "out.jsonl")))
                print(
                    f"  {count:6,d} articles: peak RSS {m.peak_rss_mb:6.0f} MB, "
                    f"{m.seconds:7.1f} s  (target < 1024 MB, flat)"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
