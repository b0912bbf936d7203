"""What each rule of the number grammar and of classify is worth: the scores with it off.

Usage (from anywhere)::

    python benchmarks/ablate.py [--list] [NAME ...]

For each named ablation (all of them by default) it switches one rule off — it patches the
function or the pattern the rule is, in ``factsheet.grammar.numbers``, ``factsheet.grammar.units``,
``factsheet.grammar.ranges`` or ``factsheet.classify.figures`` — scores the development split as
``benchmarks/eval_newsquant.py`` does, and prints the change of each measure's F1 on its tuning
part and on its check part. A rule worth keeping costs points on both parts when it is off; one
that costs only tuning points was written from the tuning sentences. The check part's sentences
are never printed: only its scores. This is a benchmark, not a test.
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

REPO_ROOT = Path(__file__).resolve().parent.parent
GOLD = REPO_ROOT.parent / "shared" / "benchmarks" / "newsquant_dev.json"
sys.path.insert(0, str(REPO_ROOT))

NEVER = re.compile(r"(?!x)x")
"""A pattern that matches nothing: a rule that is a pattern, switched off."""

Ablation = Callable[[], AbstractContextManager[Any]]


MODULES = {
    "numbers": "factsheet.grammar.numbers",
    "units": "factsheet.grammar.units",
    "candidates": "factsheet.grammar.candidates",
    "figures": "factsheet.classify.figures",
}
"""The modules whose rules the rows below switch off, by the short names the rows use."""


def _module(name: str) -> Any:
    importlib.import_module(MODULES[name])

    return sys.modules[MODULES[name]]


def _set(module: str, attr: str, value: Any) -> Ablation:
    """``factsheet.<module>.<attr>`` replaced by ``value`` while scoring."""
    return lambda: mock.patch.object(_module(module), attr, value)


def _returns(module: str, attr: str, value: Any) -> Ablation:
    """The function ``factsheet.<module>.<attr>`` made to return ``value``."""
    return _set(module, attr, lambda *args, **kwargs: value)


def _identity(module: str, attr: str, position: int = 1) -> Ablation:
    """The pass ``factsheet.<module>.<attr>`` made to return its argument at ``position``."""
    return _set(module, attr, lambda *args, **kwargs: args[position])


class _NoJoin:
    """``ranges`` as ``extract`` sees it, joining nothing side by side."""

    @staticmethod
    def join(text: str, cands: list[Any]) -> list[Any]:
        return cands


ABLATIONS: dict[str, tuple[str, Ablation]] = {
    # numbers: non-figures and labels
    "labels": ("numbers that name things: 'Article 5', 'Boeing 737'",
               _identity("numbers", "_labels")),
    "word-in-name": ("a number word in a name: 'the Big Ten'",
                     _returns("numbers", "_word_in_name", False)),
    "technical": ("technical tokens: 1080p, a 4K TV", _set("numbers", "_TECHNICAL", NEVER)),
    "emergency": ("emergency numbers: '911 calls'", _set("numbers", "_EMERGENCY", NEVER)),
    "online": ("web and e-mail addresses", _set("numbers", "_ADDRESS_ONLINE", NEVER)),
    "model-after": ("a number before a model word: '787 Dreamliner'",
                    _set("numbers", "_MODEL_AFTER", NEVER)),
    "records": ("records '10-5-3' as one score", _returns("numbers", "_records", None)),
    # numbers: values
    "fractions": ("fractions '3/4', '2 1/2', '½'", _returns("numbers", "_fractions", [])),
    "ratios": ("'one in five', 'nine out of ten'", _returns("numbers", "_ratios", [])),
    "suspended": ("'two-, three- and four-bedroom'", _returns("numbers", "_suspended_words", [])),
    "half-of": ("'half of them', 'half the flats'", _set("numbers", "_HALF_OF", NEVER)),
    "vague": ("'hundreds of', 'dozens of'", _set("numbers", "_VAGUE_RE", NEVER)),
    "multipliers": ("'fivefold', 'triple'", _set("numbers", "_MULTIPLIER_RE", NEVER)),
    "minus-word": ("'minus 5', 'negative 0.2%'", _set("numbers", "_MINUS_WORD", NEVER)),
    "leading-zero": ("'000', '05' are no numbers", _set("numbers", "_LEADING_ZERO", NEVER)),
    # units and ranges
    "units": ("units of measure after a number", _returns("candidates", "unit_after", None)),
    "degrees": ("degrees with or without a scale", _set("units", "_DEGREE", NEVER)),
    "rates": ("money and percent rates: '$5 a barrel'", _identity("candidates", "_rate")),
    "ranges": ("ranges and scores side by side", _set("candidates", "ranges", _NoJoin())),
    "from-to": ("'from A ... to B' written apart", _identity("figures", "join_apart", 2)),
    # classify: kinds
    "age-verb": ("'who was 10', 'turned 65'", _set("figures", "_AGE_VERB_BEFORE", NEVER)),
    "life-expectancy": ("'life expectancy is about 68'",
                        _set("figures", "_LIFE_EXPECTANCY_BEFORE", NEVER)),
    "age-apposition": ("'Jane Roe, 34,' and 'the mayor, 58,'",
                       _set("figures", "_APPOSITION_AFTER", NEVER)),
    "age-bracket": ("'Sarah Jones (34)'", _returns("figures", "_bracketed_after_name", False)),
    "decade-of-life": ("'in their 30s'", _set("figures", "_DECADE_OF_LIFE_BEFORE", NEVER)),
    "age-range-after": ("'5 to 7 years old'", _set("figures", "_AGE_RANGE_AFTER", NEVER)),
    "age-before": ("'aged 34', 'ages 5 and 7'", _set("figures", "_AGE_BEFORE", NEVER)),
    "one-of": ("'one of the' is a pronoun", _set("figures", "_ONE_OF", NEVER)),
    "one-idiom": ("'at one point', 'no one'", _set("figures", "_ONE_IDIOM", NEVER)),
    "one-determiner": ("'One possible reason'", _set("figures", "_ONE_DETERMINER", NEVER)),
    "model-name": ("'the 747 program'", _returns("figures", "_names_a_model", False)),
    "times": ("'3,200 times' is a multiple", _set("figures", "_TIMES_AFTER", NEVER)),
    "year-count": ("'2000 people' counts, 'the 1995 plan' is a date",
                   _returns("figures", "_close_after", False)),
    "shared-units": ("a bare number takes a like figure's unit",
                     _set("figures", "_shared_units", lambda text, offset, figures, *_: figures)),
}  # fmt: skip


@contextmanager
def _quiet() -> Iterator[None]:
    os.environ.setdefault("PYTHONHASHSEED", "0")
    yield


def _scores() -> dict[str, dict[str, float]]:
    from factsheet.eval.score import evaluate_parts, load_gold
    from factsheet.run import pipeline

    reports = evaluate_parts(load_gold(GOLD), pipeline.extract_sentences)
    return {
        part: {m: s.f1 for m, s in reports[part].scores.items()} for part in ("tuning", "check")
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="ablations to run (default: all)")
    parser.add_argument("--list", action="store_true", help="list the ablations and stop")
    args = parser.parse_args(argv)
    if args.list:
        for name, (what, _) in ABLATIONS.items():
            print(f"{name:<18} {what}")
        return 0
    unknown = [n for n in args.names if n not in ABLATIONS]
    if unknown:
        parser.error(f"unknown ablation {', '.join(unknown)} (see --list)")
    base = _scores()
    measures = list(base["tuning"])
    print("F1 with every rule on: " + "; ".join(
        f"{part} " + " / ".join(f"{base[part][m]:.1f}" for m in measures) for part in base
    ))  # fmt: skip
    print(f"{'off':<18} " + "  ".join(f"{'Δ ' + part:>27}" for part in base))
    for name in args.names or list(ABLATIONS):
        with ABLATIONS[name][1]():
            scores = _scores()
        cells = []
        for part in base:
            deltas = " ".join(f"{scores[part][m] - base[part][m]:+6.1f}" for m in measures)
            cells.append(f"{deltas:>27}")
        print(f"{name:<18} " + "  ".join(cells))
    return 0


if __name__ == "__main__":
    if os.environ.get("PYTHONHASHSEED") != "0" and os.name == "posix":
        os.execve(
            sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"}
        )
    raise SystemExit(main())
