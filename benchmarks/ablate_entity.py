"""What each rule of factsheet/classify/entity.py (and the parse helpers it reads) is worth.

Usage (from anywhere)::

    python benchmarks/ablate_entity.py [RULE ...] [--show RULE] [--gold GOLD.json]
    python benchmarks/ablate_entity.py [RULE ...] --corpus DIR [--show RULE]
    python benchmarks/ablate_entity.py [RULE ...] --text SENTENCE [--text SENTENCE ...]

Turns each named rule off in turn (its function patched to its neutral result: no entity, no
match, or the noun it was given) and scores the development split again. It prints, per rule,
the change in F1 of each measure on the tuning part and on the check part (in points; negative:
the rule helps). ``--show RULE`` lists the tuning-part figures whose entity the rule decides,
with their gold concepts: errors are read on the tuning part only, never on the check part.
With ``--corpus DIR`` it reads the articles of DIR (no gold) instead and counts, per rule, the
figures whose entity the rule decides (``--show``: lists them), to see whether a rule fires on
text it was not written from and names what a reporter would. ``--text`` does the same for
sentences of your own: which rules decide their figures' entities. This is a benchmark, not a
test.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = REPO_ROOT.parent / "shared" / "benchmarks" / "newsquant_dev.json"


def _none(*_: Any, **__: Any) -> None:
    return None


def _false(*_: Any, **__: Any) -> bool:
    return False


def _first(first: Any, *_: Any, **__: Any) -> Any:
    return first


@dataclass(frozen=True)
class Rule:
    """A rule: the module attribute that implements it and what it returns when turned off."""

    name: str
    module: str
    attribute: str
    neutral: Callable[..., Any]


RULES: tuple[Rule, ...] = (
    Rule("possessive stands for its antecedent", "classify.entity", "_possessor", _none),
    Rule("a name keeps its number 'Nikkei 225'", "classify.entity", "_names_number", _false),
    Rule("figure past a determiner root", "classify.entity", "_content_root", _first),
    Rule("stat-line name (brackets, sign)", "classify.entity", "_listed_name", _none),
    Rule("brackets holding a verb are no stat", "classify.entity", "_holds_a_verb", _false),
    Rule("verbless list item 'Name, up 4p'", "classify.entity", "_comma_listed_name", _none),
    Rule("main-clause subject (topic)", "classify.entity", "_topic", _none),
    Rule("speech verb names no topic", "classify.entity", "_reports_speech", _false),
    Rule("'N off X' discount", "classify.entity", "_off_object", _none),
    Rule("'N of X' names a noun (no purpose)", "classify.entity", "_names_a_noun", _false),
    Rule("purpose infinitive '$N to VERB X'", "classify.entity", "_purpose_object", _none),
    Rule("clause modifying an amount", "classify.entity", "_spent_object", _none),
    Rule("part of a whole 'N of X'", "classify.entity", "_part_of", _none),
    Rule("verbless line: apposition", "classify.entity", "_apposed_owner", _none),
    Rule("through another figure's unit", "classify.entity", "_through_figure_unit", _false),
    Rule("period participle 'quarter ended'", "classify.entity", "_names_a_period", _false),
    Rule("resultative 'sent X 5% higher'", "classify.entity", "_resulting_object", _none),
    Rule("money paid for, after the verb", "classify.entity", "_paid_for", _none),
    Rule("object changed 'by/to N'", "classify.entity", "_changed_object", _none),
    Rule("counting verb: subject is source", "classify.entity", "_reports_figure", _false),
    Rule("gapping ', X by N'", "classify.entity", "_gapped_subject", _none),
    Rule("controlled infinitive subject", "classify.entity", "_controller", _none),
    Rule("pronoun subject's antecedent", "classify.entity", "_antecedent", _none),
    Rule("subject named by age", "classify.entity", "_aged_subject", _none),
    Rule("object sold 'for' money", "classify.entity", "_sold_object", _none),
    Rule("copular attribute → subject", "classify.entity", "_named", _first),
    Rule("small clause 'with X down N'", "classify.entity", "_small_clause_subject", _none),
    Rule("'X worth N'", "classify.entity", "_worth_of", _none),
    Rule("'X is N' copula subject", "classify.entity", "_copula_subject", _none),
    Rule("currency nation letters '$N US'", "classify.entity", "_is_currency_nation", _false),
    Rule("carrier nouns 'a total of'", "classify.entity", "_is_carrier", _false),
    Rule("time nouns say when", "classify.entity", "_is_time", _false),
    Rule("'under the age of N'", "classify.entity", "_of_age", _none),
    Rule("age's noun 'Name, 31'", "classify.entity", "_aged", _none),
    Rule("restated in brackets", "classify.entity", "_restates", _false),
    Rule("continued 'six or seven pounds'", "classify.entity", "_continues", _false),
    Rule("compared 'up from N'", "classify.entity", "_compared_with", _false),
    Rule("subject: gerund or fused head", "syntax", "_nominal", _false),
    Rule("subject: numbered name", "syntax", "_numbered_name", _false),
    Rule("subject: relative antecedent", "syntax", "_relative_antecedent", _none),
    Rule("subject: shared with head verb", "syntax", "_shared_subject", _none),
)


@contextmanager
def turned_off(rule: Rule) -> Iterator[None]:
    """``rule`` patched to its neutral result inside the block."""
    import importlib

    module = importlib.import_module(f"factsheet.{rule.module}")
    original = getattr(module, rule.attribute)
    setattr(module, rule.attribute, rule.neutral)
    try:
        yield
    finally:
        setattr(module, rule.attribute, original)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rules", nargs="*", help="rules to turn off (default: all), by name")
    parser.add_argument("--show", metavar="RULE", help="list the tuning figures RULE decides")
    parser.add_argument("--gold", default=str(DEFAULT_GOLD), help="NewsQuant gold file (JSON)")
    parser.add_argument("--corpus", metavar="DIR", help="articles without gold to count on")
    parser.add_argument(
        "--text", action="append", metavar="SENTENCE", help="a sentence of your own to explain"
    )
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO_ROOT))
    if args.corpus or args.text:
        return _corpus(args.corpus, args.text or [], args.rules, args.show)
    from factsheet.eval.score import MEASURES, load_gold, part_of, score
    from factsheet.run import pipeline

    gold = load_gold(args.gold)
    parts = {
        p: [i for i, g in enumerate(gold) if part_of(g.text) == p] for p in ("tuning", "check")
    }

    def run() -> tuple[list[list[Any]], dict[str, dict[str, float]]]:
        predictions = pipeline.extract_sentences([g.text for g in gold])
        f1 = {
            part: {
                m: s.f1
                for m, s in score(
                    [gold[i] for i in ids], [predictions[i] for i in ids]
                ).scores.items()
            }
            for part, ids in parts.items()
        }
        return predictions, f1

    base_predictions, base = run()
    print(
        "base F1 tuning "
        + " / ".join(f"{base['tuning'][m]:.1f}" for m in MEASURES)
        + " · check "
        + " / ".join(f"{base['check'][m]:.1f}" for m in MEASURES)
        + f"  ({' / '.join(MEASURES)})"
    )
    chosen = _chosen(args.rules, args.show)
    print(f"{'rule turned off':<40} {'tuning Δ (v/u/c/concept)':>28} {'check Δ':>24}")
    for rule in chosen:
        with turned_off(rule):
            predictions, f1 = run()
        deltas = {
            part: " ".join(f"{f1[part][m] - base[part][m]:+5.1f}" for m in MEASURES)
            for part in parts
        }
        print(f"{rule.name:<40} {deltas['tuning']:>28} {deltas['check']:>24}")
        if args.show:
            _show(gold, parts["tuning"], base_predictions, predictions)
    return 0


def _chosen(names: Sequence[str], show: str | None) -> list[Rule]:
    if show:
        return [r for r in RULES if show in (r.name, r.attribute)]
    return [r for r in RULES if not names or r.name in names or r.attribute in names]


def _corpus(
    folder: str | None, texts: Sequence[str], names: Sequence[str], show: str | None
) -> int:
    """Per rule, the figures of the articles in ``folder`` (or of ``texts``) whose entity changes
    when it is off."""
    from factsheet.read.sources import read_text
    from factsheet.run import pipeline

    paths = sorted(Path(folder).glob("*.txt")) if folder else []
    docs = [read_text(p.read_text(encoding="utf-8"), id=p.name) for p in paths]
    docs += [read_text(text, id=f"text {i}") for i, text in enumerate(texts)]

    def run() -> list[Any]:
        return list(pipeline.iter_figures(docs))

    base = run()
    print(f"{len(base)} figures in {len(docs)} texts")
    if texts:
        for fig in base:
            print(f"  {fig.surface!r} ({fig.kind}): {fig.entity!r}")
    for rule in _chosen(names, show):
        with turned_off(rule):
            off = run()
        changed = [(a, b) for a, b in zip(base, off, strict=False) if a.entity != b.entity]
        if len(off) != len(base):
            print(f"{rule.name:<40} figures differ in number: {len(base)} → {len(off)}")
        if changed or not texts:
            print(f"{rule.name:<40} {len(changed):5d} figures")
        if show or texts:
            for a, b in changed:
                print(f"\n  {a.sentence}\n    {a.surface!r}: on {a.entity!r} · off {b.entity!r}")
    return 0


def _show(gold: Any, tuning: list[int], before: list[list[Any]], after: list[list[Any]]) -> None:
    """The tuning-part figures whose entity differs with the rule on and off."""
    for i in tuning:
        pairs = [(a, b) for a, b in zip(before[i], after[i], strict=False) if a.entity != b.entity]
        if not pairs:
            continue
        concepts = "; ".join(
            f"{q.value if q.value is not None else (q.low, q.high)}: {', '.join(q.concepts) or '-'}"
            for q in gold[i].quantities
        )
        print(f"\n  {gold[i].text}\n    gold  {concepts}")
        for a, b in pairs:
            print(f"    {a.surface!r}: on {a.entity!r} · off {b.entity!r}")


if __name__ == "__main__":
    if os.environ.get("PYTHONHASHSEED") != "0" and os.name == "posix":
        env = {**os.environ, "PYTHONHASHSEED": "0"}  # as eval_newsquant.py does
        os.execve(sys.executable, [sys.executable, *sys.argv], env)
    raise SystemExit(main())
