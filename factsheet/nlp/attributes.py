"""spaCy's attribute ruler, faster, with the same results.

The English pipeline's ``attribute_ruler`` sets each token's coarse part of speech, morphology
and some lemmas from about 180 patterns over its tag, lower-case form and dependency. spaCy runs
them through its general ``Matcher``, which tries every pattern on every token: a sixth of the
parse's time. Nearly all the patterns are of one token, so which of them match a token depends
only on its (tag, lower-case form, dependency, is-space) signature: :class:`AttributeRuler`
works that out once per signature and remembers it. The few patterns of two tokens ("there
are", "gon na") are tried only where their first token matches.

The result is exactly the ruler's: every match sets its attributes on one token, the matches are
applied in the order the ruler applies them (by pattern number), and a token's attributes end
as the last match that sets each leaves them. ``tests/test_speed.py`` compares both rulers token
by token.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, NamedTuple

Predicate = Callable[[tuple[str, str, str, bool]], bool]
"""A test of one token's signature: (tag, lower-case form, dependency, is space)."""

_FIELDS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}


class Unsupported(ValueError):
    """A pattern this ruler does not know how to test; use spaCy's own ruler."""


def _predicate(spec: dict[str, Any]) -> Predicate:
    """The test one token pattern (``{"TAG": "NN", "LOWER": {"IN": [...]}}``) makes."""
    tests = [_test(key, value) for key, value in spec.items()]
    return lambda s: all(test(s) for test in tests)


def _test(key: str, value: Any) -> Predicate:
    if key not in _FIELDS:
        raise Unsupported(key)
    field = _FIELDS[key]
    if not isinstance(value, dict):
        return lambda s: s[field] == value
    if set(value) == {"IN"}:
        allowed = frozenset(value["IN"])
        return lambda s: s[field] in allowed
    if set(value) == {"NOT_IN"}:
        banned = frozenset(value["NOT_IN"])
        return lambda s: s[field] not in banned
    if set(value) == {"REGEX"}:
        pattern = re.compile(value["REGEX"])
        return lambda s: pattern.search(str(s[field])) is not None
    raise Unsupported(str(value))


class AttributeRuler:
    """A pipeline component equal to the spaCy ``AttributeRuler`` it is made from.

    Raises:
        Unsupported: the ruler has a pattern with an operator or an attribute not handled here.
    """

    def __init__(self, ruler: Any) -> None:
        from spacy.strings import get_string_id
        from spacy.tokens._retokenize import set_token_attrs

        self._set = set_token_attrs
        self._attrs: list[dict[Any, Any]] = list(ruler.attrs)
        self._single: list[tuple[int, Predicate]] = []
        self._multi: list[tuple[int, list[Predicate], int]] = []
        for number, group in enumerate(ruler.patterns):
            index = ruler.indices[number]
            for pattern in group["patterns"]:
                if any("OP" in token for token in pattern):
                    raise Unsupported("OP")
                tests = [_predicate(token) for token in pattern]
                if len(tests) == 1:
                    self._single.append((number, tests[0]))
                else:
                    self._multi.append((number, tests, index))
        lowers = [
            t["LOWER"] for g in ruler.patterns for p in g["patterns"] for t in p if "LOWER" in t
        ]
        named: set[str] = set()
        self._lower_regexes: list[re.Pattern[str]] = []
        for value in lowers:
            if isinstance(value, str):
                named.add(value)
            elif set(value) == {"IN"}:
                named.update(value["IN"])
            elif set(value) == {"REGEX"}:
                self._lower_regexes.append(re.compile(value["REGEX"]))
            else:
                raise Unsupported(str(value))
        self._lower_ids = frozenset(get_string_id(w) for w in named)
        self._by_row: dict[tuple[int, ...], _Seen] = {}
        self._merged: dict[tuple[int, ...], dict[Any, Any]] = {}

    def __call__(self, doc: Any) -> Any:
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        strings = doc.vocab.strings
        rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        for row in rows:  # a word no pattern names is looked up as the empty word
            if row[1] not in self._lower_ids and not self._named_by_regex(strings[row[1]]):
                row[1] = 0
        seen = [self._seen(tuple(row), strings) for row in rows]
        extra: dict[int, list[int]] = {}
        for start, first in enumerate(seen):
            for m in first.starts:  # patterns of several tokens whose first token this is
                number, tests, index = self._multi[m]
                span = len(tests)
                ahead = seen[start : start + span]
                if len(ahead) == span and all(t.multi[m][k] for k, t in enumerate(ahead)):
                    target = start + (index if index >= 0 else span + index)
                    extra.setdefault(target, []).append(number)
        for i, found in enumerate(seen):
            if i in extra:
                self._set(doc[i], self._merge(tuple(sorted([*found.single, *extra[i]]))))
            elif found.merged is not None:
                self._set(doc[i], found.merged)
        return doc

    def _named_by_regex(self, lower: str) -> bool:
        return any(pattern.search(lower) for pattern in self._lower_regexes)

    def _seen(self, row: tuple[int, ...], strings: Any) -> _Seen:
        """What the patterns say of tokens with this signature (hash ids), worked out once."""
        found = self._by_row.get(row)
        if found is None:
            tag, lower, dep, space = row
            signature = (strings[tag], strings[lower] if lower else "", strings[dep], bool(space))
            single = tuple(n for n, test in self._single if test(signature))
            multi = tuple(tuple(test(signature) for test in tests) for _, tests, _ in self._multi)
            starts = tuple(m for m, flags in enumerate(multi) if flags[0])
            found = _Seen(single, multi, starts, self._merge(single) if single else None)
            self._by_row[row] = found
        return found

    def _merge(self, numbers: tuple[int, ...]) -> dict[Any, Any]:
        merged = self._merged.get(numbers)
        if merged is None:
            merged = {}
            for number in numbers:
                merged.update(self._attrs[number])
            self._merged[numbers] = merged
        return merged


class _Seen(NamedTuple):
    single: tuple[int, ...]
    """The one-token patterns that match, by number."""
    multi: tuple[tuple[bool, ...], ...]
    """For each pattern of several tokens, which of its tokens this one would match."""
    starts: tuple[int, ...]
    """The patterns of several tokens whose first token this one would match."""
    merged: dict[Any, Any] | None
    """The attributes the one-token patterns set, merged in order."""


def install(pipeline: Any) -> None:
    """Put an :class:`AttributeRuler` in place of the pipeline's ``attribute_ruler``, which is
    kept (disabled). A ruler this module cannot copy is left as it is."""
    from spacy.language import Language

    if _NAME not in Language.factories:
        Language.factory(_NAME, func=_make)
    try:
        pipeline.add_pipe(_NAME, after="attribute_ruler")
    except Unsupported:
        return
    pipeline.disable_pipe("attribute_ruler")


_NAME = "factsheet_attribute_ruler"


def _make(nlp: Any, name: str) -> AttributeRuler:
    return AttributeRuler(nlp.get_pipe("attribute_ruler"))
