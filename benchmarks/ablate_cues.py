"""What each rule of ``factsheet.classify.cues`` is worth: value+change with the rule switched off.

Usage (from anywhere)::

    python benchmarks/ablate_cues.py [--list] [NAME ...]
    python benchmarks/ablate_cues.py --each TABLE     # each word of _lexicon.TABLE in turn

For each named ablation (all of them by default) it switches one rule of ``factsheet.classify.cues``
off — it patches the function, or takes the words out of the cue table the rule reads — scores
the development split as ``benchmarks/eval_newsquant.py`` does and prints the value+change F1
of its tuning part and of its check part beside the scores with every rule on, and how many
figures changed their label in each part. A rule worth keeping costs points when it is off;
one that costs only tuning points was written from the tuning sentences. With ``--each`` it
takes out one word of a cue table at a time and prints the words whose removal changed a label.

The check part's sentences are never printed: only its scores and counts. This is a benchmark,
not a test.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any
from unittest import mock

REPO_ROOT = Path(__file__).resolve().parent.parent
GOLD = REPO_ROOT.parent / "shared" / "benchmarks" / "newsquant_dev.json"
sys.path.insert(0, str(REPO_ROOT))

Ablation = Callable[[], contextlib.AbstractContextManager[Any]]


def _off(name: str, value: Any = None) -> Ablation:
    """The function ``cues.<name>`` replaced by one that always returns ``value``."""

    def patch() -> contextlib.AbstractContextManager[Any]:
        from factsheet.classify import cues

        return mock.patch.object(cues, name, lambda *args, **kwargs: value)

    return patch


def _set(name: str, value: Any) -> Ablation:
    """The attribute ``cues.<name>`` set to ``value``."""

    def patch() -> contextlib.AbstractContextManager[Any]:
        from factsheet.classify import cues

        return mock.patch.object(cues, name, value)

    return patch


def _without(table: str, *words: str) -> Ablation:
    """The words (all of them if none are named) taken out of ``_lexicon.<table>`` (a set, a
    tuple, or a dict of either); the patterns of ``factsheet.classify.cues`` are rebuilt from it."""

    @contextlib.contextmanager
    def patch() -> Iterator[None]:
        from factsheet import _lexicon as lx
        from factsheet.classify import cues

        old = getattr(lx, table)

        def kept(values: Any) -> Any:
            return type(values)(w for w in values if words and w not in words)

        new = {k: kept(v) for k, v in old.items()} if isinstance(old, dict) else kept(old)
        try:
            with mock.patch.object(lx, table, new):
                cues._patterns.cache_clear()
                yield
        finally:
            cues._patterns.cache_clear()

    return patch


def _loose_preposition() -> contextlib.AbstractContextManager[Any]:
    """A bound word joins a verb to its amount wherever it stands ("over the next months")."""
    from factsheet.classify import cues

    def loose(prep: Any, start: int) -> bool:
        return bool(prep.lower_ == "by" or prep.lower_ in cues._patterns().bound_words)

    return mock.patch.object(cues, "_amount_preposition", loose)


ABLATIONS: dict[str, Ablation] = {
    # qualifier
    "qualifier cue before the figure": _off("_qualifier_before"),
    "qualifier cue after the figure": _off("_qualifier_after"),
    "  ... unless a figure follows the cue ($40 plus $5)": _off("_figure_at", False),
    "bracketed conversion shares its host's cues": _off("_bracketed_host"),
    "  ... the bracket holds figures only": _set("_BETWEEN_CONVERSIONS", re.compile(r"[^()]*")),
    # trend
    "sign": _off("_sign"),
    "  ... written before the currency (gold +$12)": _set("_SIGN_BEFORE", re.compile("(?!)")),
    "trend word before the figure": _off("_trend_word_before"),
    "  ... a graded bound between (down well over 60%)": _without("BOUND_MODIFIERS"),
    "trend word after the figure": _off("_trend_word_after"),
    "particle of a verb that moves nothing": _off("_is_phrasal_particle", False),
    "compared with: no trend": _off("_compared_before", False),
    "level reached (to N): no trend": _off("_target_before", False),
    "comparative + than after: no trend": _off("_compared_after", False),
    "verb of change (the parse)": _off("_change_verb"),
    "coordinated amounts": _off("_coordinated_amount", False),
    "object of an instruction is no amount": _off("_instruction", False),
    "reduction verbs with a counted object (shed N jobs)": _without("REDUCTION_VERBS"),
    "comparative between figure and verb": _off("_comparative_of_verb", False),
    "change noun sized by the figure": _off("_is_change_noun", False),
    "step nouns (points)": _without("STEP_NOUNS"),
    "collect verbs (raised $N)": _without("COLLECT_VERBS", "raise"),
    "bound preposition only right before the figure": _loose_preposition,
    "gapped clause shares the trend": _off("_gapped_host"),
    "  ... a remnant subject tagged as a verb": _set("_REMNANT_VERB_TAGS", frozenset()),
}


def _scores() -> tuple[dict[str, float], dict[str, list[list[str]]]]:
    from factsheet.eval.score import change_of, evaluate_parts, load_gold, part_of, scored
    from factsheet.run import pipeline

    gold = load_gold(GOLD)
    figures: dict[str, list[list[str]]] = {"tuning": [], "check": []}

    def extractor(texts: Sequence[str]) -> list[list[Any]]:
        found = pipeline.extract_sentences(texts)
        for text, figs in zip(texts, found, strict=True):
            figures[part_of(text)].append([f"{f.surface}:{change_of(f)}" for f in scored(figs)])
        return found

    parts = evaluate_parts(gold, extractor)
    return {p: parts[p].scores["value+change"].f1 for p in ("tuning", "check")}, figures


def _changed(a: list[list[str]], b: list[list[str]]) -> int:
    return sum(len(set(y) - set(x)) for x, y in zip(a, b, strict=True))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="ablations to run (default: all)")
    parser.add_argument("--list", action="store_true", help="list the ablations and exit")
    parser.add_argument(
        "--each", metavar="TABLE", help="take out each word of this _lexicon table in turn"
    )
    args = parser.parse_args(argv)
    if args.list:
        print("\n".join(ABLATIONS))
        return 0
    ablations = dict(ABLATIONS)
    if args.each:
        from factsheet import _lexicon as lx

        table = getattr(lx, args.each, None)
        if not isinstance(table, (dict, frozenset, set, tuple)):
            print(f"error: no cue table {args.each!r} in factsheet._lexicon", file=sys.stderr)
            return 2
        words = [w for v in table.values() for w in v] if isinstance(table, dict) else table
        ablations = {f"{args.each} - {w!r}": _without(args.each, w) for w in sorted(words)}
    unknown = [n for n in args.names if n not in ablations]
    if unknown:
        print(f"error: no ablation {unknown[0]!r}; run with --list", file=sys.stderr)
        return 2
    base, base_figures = _scores()
    print(f"{'rule switched off':<56} {'tuning':>14} {'check':>14}  changed t/c")
    print(f"{'(none)':<56} {base['tuning']:14.1f} {base['check']:14.1f}")
    for name in args.names or ablations:
        with ablations[name]():
            scores, figures = _scores()
        changed = [_changed(base_figures[p], figures[p]) for p in ("tuning", "check")]
        if args.each and not any(changed):
            continue  # a word that changes nothing on the split
        cells = [f"{scores[p]:6.1f} ({scores[p] - base[p]:+5.1f})" for p in ("tuning", "check")]
        print(f"{name[:56]:<56} {cells[0]:>14} {cells[1]:>14}  {changed[0]}/{changed[1]}")
    return 0


if __name__ == "__main__":
    if os.environ.get("PYTHONHASHSEED") != "0" and os.name == "posix":
        # as the factsheet command does: quantulum3's readings depend on the string-hash seed
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        os.execve(sys.executable, [sys.executable, *sys.argv], env)
    raise SystemExit(main())
