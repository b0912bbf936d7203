"""Score factsheet and raw quantulum3 on a NewsQuant gold file, with timings.

Usage (from anywhere)::

    python benchmarks/eval_newsquant.py [GOLD.json] [--show-errors]

GOLD.json defaults to ``../shared/benchmarks/newsquant_dev.json`` relative to the repository
root. The gold file is read where it lies, never copied into the project. This is a
benchmark, not a test: it prints the seconds each system took, then P/R/F1 per measure for both
systems side by side, then factsheet's errors counted by class, largest first (and, with
--show-errors, its errors sentence by sentence).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = REPO_ROOT.parent / "shared" / "benchmarks" / "newsquant_dev.json"
DUCKLING = REPO_ROOT.parent / "shared" / "benchmarks" / "duckling_en.json"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "gold", nargs="?", default=str(DEFAULT_GOLD), help="NewsQuant gold file (JSON)"
    )
    parser.add_argument(
        "--show-errors", action="store_true", help="list misses and false figures of factsheet"
    )
    parser.add_argument(
        "--no-duckling", action="store_true", help="do not score Duckling's English corpus"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    # Imported here so that --help works without loading spaCy or quantulum3.
    sys.path.insert(0, str(REPO_ROOT))
    from factsheet.errors import FactsheetError
    from factsheet.eval.duckling import evaluate_duckling, format_duckling, load_duckling
    from factsheet.eval.score import (
        evaluate,
        evaluate_parts,
        format_report,
        load_gold,
        quantulum3_baseline,
    )
    from factsheet.run import pipeline

    try:
        gold = load_gold(args.gold)
    except FactsheetError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1

    timings = {}
    start = time.perf_counter()
    parts = evaluate_parts(gold, pipeline.extract_sentences)
    timings["factsheet"] = time.perf_counter() - start
    start = time.perf_counter()
    baseline = evaluate(gold, quantulum3_baseline)
    timings["quantulum3"] = time.perf_counter() - start
    reports = {
        "factsheet": parts["all"],
        "tuning": parts["tuning"],
        "check": parts["check"],
        "quantulum3": baseline,
    }

    print(f"gold: {args.gold}")
    for name, seconds in timings.items():
        rate = len(gold) / seconds if seconds else float("inf")
        print(f"{name:<12} {seconds:7.2f} s  ({rate:.0f} sentences/s, model loading included)")
    print()
    print(
        f"tuning part: {parts['tuning'].n_sentences} sentences, {parts['tuning'].n_gold} gold; "
        f"check part: {parts['check'].n_sentences} sentences, {parts['check'].n_gold} gold"
    )
    print(format_report(reports, show_errors=False), end="")
    if DUCKLING.is_file() and not args.no_duckling:
        print()
        rows = load_duckling(DUCKLING)
        print(format_duckling(evaluate_duckling(rows, pipeline.extract_sentences)), end="")
    print()
    print("factsheet's errors on the tuning part, by class (largest first):")
    for label, count in error_classes(parts["tuning"]).most_common():
        print(f"{count:5d}  {label}")
    if args.show_errors:
        print()
        print(format_report({"tuning": parts["tuning"]}, show_errors=True), end="")
    return 0


def error_classes(report: Any) -> Counter[str]:
    """Errors counted by class: misses by gold unit, false figures and wrong units by our kind,
    wrong changes by gold → ours, wrong concepts by whether we named one."""
    from factsheet.eval.score import change_of

    classes: Counter[str] = Counter()
    for sentence in report.errors:
        for quantity in sentence.missed:
            unit = "no unit" if quantity.unit in ("", "-") else "a unit"
            shape = "range" if quantity.value is None else "value"
            classes[f"missed: a gold {shape} with {unit}"] += 1
        for fig in sentence.false:
            classes[f"false figure: kind {fig.kind}"] += 1
        for mismatch in sentence.mismatched:
            fig, gold = mismatch.figure, mismatch.gold
            if "unit" in mismatch.aspects:
                classes[f"wrong unit: ours of kind {fig.kind}"] += 1
            if "change" in mismatch.aspects:
                classes[f"wrong change: gold {gold.change}, ours {change_of(fig)}"] += 1
            if "concept" in mismatch.aspects:
                named = "named another" if fig.entity else "named none"
                want = "a concept" if gold.concepts else "none"
                classes[f"wrong concept: gold {want}, ours {named}"] += 1
    return classes


if __name__ == "__main__":
    if os.environ.get("PYTHONHASHSEED") != "0" and os.name == "posix":
        # as the factsheet command does: quantulum3's readings depend on the string-hash seed
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        os.execve(sys.executable, [sys.executable, *sys.argv], env)
    raise SystemExit(main())
