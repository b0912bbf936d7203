"""The pipeline: read sources → segment → extract → classify → consolidate.

Consolidating merges figures into facts, anchors dates, finds discrepancies and ranks the key
figures.

``extract`` and ``build`` are the library's public API; the CLI calls nothing else.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from factsheet.claims import annotate
from factsheet.classify import classify
from factsheet.consolidate import consolidate, timeline
from factsheet.dates import relative_dates
from factsheet.discrepancies import find_changes, find_discrepancies
from factsheet.draft import Draft
from factsheet.errors import ArgumentError
from factsheet.extract import candidates
from factsheet.keyfigures import Layout, headline, key_facts, layout
from factsheet.models import Document, Fact, FactSheet, Figure, Options, Source
from factsheet.segment import Parsed, content, nlp, segment_documents, transient
from factsheet.sources import read_sources, read_text
from factsheet.textnorm import Normalised, normalise
from factsheet.values import normalise as normalise_values
from factsheet.values import with_fact_ids

Inputs = str | os.PathLike[str] | Document | Sequence[str | os.PathLike[str] | Document]
"""What ``extract`` and ``build`` take: a text (``str``), a path (``pathlib.Path``), a
:class:`Document`, or a list of paths or documents (a list of ``str`` is a list of paths, ``-``
meaning stdin)."""


def documents(inputs: Inputs) -> list[Document]:
    """The documents the inputs name: texts are read as they are, paths from disk.

    Raises:
        ArgumentError: ``inputs`` is none of those (``None``, a number, ``bytes``, a ``dict``),
            or an item of a list is neither a path nor a :class:`Document`.
        InputError: a text or path cannot be read.
    """
    check_inputs(inputs)
    if isinstance(inputs, str):
        return [read_text(inputs)]
    if isinstance(inputs, Document):
        return [inputs]
    if isinstance(inputs, os.PathLike):
        return read_sources([os.fspath(inputs)])
    docs: list[Document] = []
    paths: list[str] = []
    for item in inputs:
        if isinstance(item, Document):
            docs.append(item)
        else:
            paths.append(os.fspath(item))
    return docs + (read_sources(paths) if paths else [])


_ACCEPTED = "a text (str), a path (pathlib.Path), a Document, or a list of paths or Documents"


def check_inputs(inputs: object) -> None:
    """Raise :class:`ArgumentError` unless ``inputs`` is what :data:`Inputs` says.

    >>> check_inputs(["a.txt", 5])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    factsheet.errors.ArgumentError: inputs[1]: expected a path ... or a Document, got int
    """
    if isinstance(inputs, str | Document):
        return
    if isinstance(inputs, os.PathLike):
        _check_path("inputs", inputs)
        return
    if isinstance(inputs, bytes | bytearray | memoryview):
        raise ArgumentError(
            "inputs", "expected text, got bytes: decode them first (data.decode('utf-8'))"
        )
    if isinstance(inputs, Mapping) or not isinstance(inputs, Sequence):
        raise ArgumentError("inputs", f"expected {_ACCEPTED}, got {type(inputs).__name__}")
    for n, item in enumerate(inputs):
        if isinstance(item, Document | str):
            continue
        if isinstance(item, os.PathLike):
            _check_path(f"inputs[{n}]", item)
            continue
        raise ArgumentError(
            f"inputs[{n}]",
            f"expected a path (str or pathlib.Path) or a Document, got {type(item).__name__}",
        )


def _check_path(argument: str, path: os.PathLike[Any]) -> None:
    if not isinstance(os.fspath(path), str):
        raise ArgumentError(argument, "expected a path of text, got a path of bytes")


def check_call(options: object, jobs: object) -> None:
    """Raise :class:`ArgumentError` unless ``options`` is an :class:`Options` or ``None`` and
    ``jobs`` a whole number of at least 1."""
    if options is not None and not isinstance(options, Options):
        hint = " (make one: factsheet.Options(**...))" if isinstance(options, Mapping) else ""
        raise ArgumentError(
            "options", f"expected factsheet.Options or None, got {type(options).__name__}{hint}"
        )
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise ArgumentError("jobs", f"expected a whole number of at least 1, got {jobs!r}")


@dataclass(frozen=True)
class Extracted:
    """One document after the per-document stages (segment → extract → classify): its source,
    where its headline and lead end, how many sentences were read and its figures. What a worker
    process or a cluster node sends back; :func:`assemble` makes the fact sheet from these."""

    source: Source
    layout: Layout
    sentences: int
    figures: list[Figure]


def extract_document(doc: Document, options: Options | None = None) -> Extracted:
    """Run the per-document stages on one document."""
    return extract_group([doc], options)[0]


def extract_group(docs: Sequence[Document], options: Options | None = None) -> list[Extracted]:
    """Run the per-document stages on a group of documents, parsed together (spaCy works
    faster on bigger batches); spaCy's memory for them is freed after.

    The stages read each text as :func:`factsheet.textnorm.normalise` gives it (digits of other
    scripts as ASCII, invisible marks left out); spans point at the text as written. One thread
    at a time: spaCy's memory zones and quantulum3 are not safe to share between threads.

    The stages fill in drafts of the figures (:mod:`factsheet.draft`); each figure is built
    here, once, complete (:func:`_extracted`).
    """
    options = options or Options()
    with _models:
        norms = [normalise(doc.text) for doc in docs]
        read = [
            d if n is None else d.model_copy(update={"text": n.text})
            for d, n in zip(docs, norms, strict=True)
        ]
        return _extract_group(read, norms, options)


def _reset_lock() -> None:
    """A forked child gets a lock of its own: a thread of the parent may hold the parent's."""
    global _models
    _models = threading.Lock()


_models = threading.Lock()
"""Held while the models run (:func:`extract_group`)."""
os.register_at_fork(after_in_child=_reset_lock)


def _extracted(
    doc: Document,
    pieces: Sequence[tuple[int, int]],
    place: Layout,
    sentences: int,
    drafts: list[Draft],
    norm: Normalised | None,
) -> Extracted:
    """A document's result: its figures' values made uniform (:func:`factsheet.values.normalise`),
    their offsets moved from the text the stages read (``doc.text``) back to the text as written
    (``norm``, when the two differ), and then each figure built."""
    drafts = normalise_values(drafts, doc.source.date)
    if norm is not None:
        place = Layout(norm.end(place.headline_end), norm.end(place.lead_end))
        for draft in drafts:
            norm.as_written(draft)
    return Extracted(_titled(doc, pieces), place, sentences, [d.figure() for d in drafts])


def _extract_group(
    docs: Sequence[Document], norms: Sequence[Normalised | None], options: Options
) -> list[Extracted]:
    pieces = [content(doc.text) for doc in docs]
    layouts = [layout(doc.text, piece) for doc, piece in zip(docs, pieces, strict=True)]
    classified: list[list[tuple[Parsed, list[Draft]]]] = [[] for _ in docs]
    figures: list[list[Draft]] = [[] for _ in docs]
    sentences = [0 for _ in docs]
    with transient():
        for position, parsed in segment_documents(list(zip(docs, pieces, strict=True))):
            sentences[position] += 1
            text = parsed.sentence.text
            found = candidates(text, options.lang) + relative_dates(text)
            if found:
                classified[position].append((parsed, classify(parsed, found)))
        for position, doc in enumerate(docs):  # the claims pass sees a document whole
            headline = doc.text[: layouts[position].headline_end]
            for annotated in annotate(
                doc, pieces[position], classified[position], nlp(), headline=headline
            ):
                figures[position].extend(
                    f for f in annotated if options.kinds is None or f.kind in options.kinds
                )
    return [
        _extracted(doc, piece, place, count, found, norm)
        for doc, piece, place, count, found, norm in zip(
            docs, pieces, layouts, sentences, figures, norms, strict=True
        )
    ]


def _titled(doc: Document, pieces: Sequence[tuple[int, int]]) -> Source:
    """The document's source, titled by its headline when nothing else gave it a title (a text
    file has no metadata: its headline is its title)."""
    if doc.source.title is not None:
        return doc.source
    title = headline(doc.text, pieces)
    return doc.source if title is None else doc.source.model_copy(update={"title": title})


GROUP = 16
"""Documents parsed together in one process: bigger batches for spaCy, and words it learns
are kept for the group, not relearnt for every document."""
POOL_GROUP = 4
"""Documents sent to a worker process at a time: small, so that the work spreads evenly."""


def extract_documents(
    docs: Iterable[Document], options: Options | None = None, *, jobs: int = 1
) -> Iterator[Extracted]:
    """The per-document stages over the documents, in their order, a group of
    :data:`GROUP` at a time: with ``jobs`` > 1, in that many worker processes
    (:mod:`factsheet.parallel`)."""
    if jobs > 1:
        from factsheet.parallel import pool_map

        for done in pool_map(extract_group, groups(docs, POOL_GROUP), options, jobs=jobs):
            yield from done
        return
    for group in groups(docs, GROUP):
        yield from extract_group(group, options)


def groups(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """The documents in consecutive groups of ``size`` (the last may be smaller)."""
    group: list[Document] = []
    for doc in docs:
        group.append(doc)
        if len(group) == size:
            yield group
            group = []
    if group:
        yield group


def iter_figures(docs: Iterable[Document], options: Options | None = None) -> Iterator[Figure]:
    """Figures of the documents, in document and text order."""
    for result in extract_documents(docs, options):
        yield from result.figures


def extract(inputs: Inputs, options: Options | None = None, *, jobs: int = 1) -> list[Figure]:
    """Every figure in the inputs (with ``jobs`` > 1, extracted in that many processes).

    >>> [f.surface for f in extract("Officials said 16,000 volunteers were ready.")]
    ['16,000']

    Raises:
        ArgumentError: an argument is not of a kind it takes (see :data:`Inputs`), ``jobs``
            is not a whole number of at least 1.
        InputError: an input cannot be read.
    """
    check_call(options, jobs)
    results = extract_documents(documents(inputs), options, jobs=jobs)
    return [f for result in results for f in result.figures]


def build(inputs: Inputs, options: Options | None = None, *, jobs: int = 1) -> FactSheet:
    """The fact sheet of the inputs: sources, figures, merged facts and the timeline (with
    ``jobs`` > 1, the documents are read in that many processes).

    Raises:
        ArgumentError, InputError: as :func:`extract`.
    """
    check_call(options, jobs)
    return assemble(list(extract_documents(documents(inputs), options, jobs=jobs)), options)


def assemble(
    results: Sequence[Extracted], options: Options | None = None, *, facts: list[Fact] | None = None
) -> FactSheet:
    """The fact sheet from the documents' results, in document order: the consolidate stage.
    ``facts``, when given, are the results' facts already consolidated (on a Dask cluster)."""
    options = options or Options()
    sources = [r.source for r in results]
    figures = [f for r in results for f in r.figures]
    published = {s.id: s.date for s in sources}
    if facts is None:
        facts = consolidate(figures, published)
    figures = with_fact_ids(figures, facts)
    return FactSheet(
        title=options.title or _title(sources),
        sources=sources,
        figures=figures,
        facts=facts,
        timeline=timeline(facts),
        discrepancies=find_discrepancies(facts, published),
        changes=find_changes(facts),
        key_facts=key_facts(facts, {r.source.id: r.layout for r in results}),
    )


def _title(sources: Sequence[Source]) -> str:
    titled = [s.title for s in sources if s.title]
    if len(sources) == 1 and titled:
        return f"Fact sheet: {titled[0]}"
    return "Fact sheet"


def extract_sentences(
    sentences: Sequence[str], options: Options | None = None
) -> list[list[Figure]]:
    """Figures per sentence, for a batch of single sentences (the evaluation's extractor)."""
    docs = [read_text(s, id=str(i)) for i, s in enumerate(sentences)]
    by_source: dict[str, list[Figure]] = {d.source.id: [] for d in docs}
    for figure in iter_figures(docs, options):
        by_source[figure.source].append(figure)
    return [by_source[d.source.id] for d in docs]


# ``factsheet.extract`` is the function above, not the module of that name: importing a
# submodule sets the package's attribute of its name, and the package imports its public names
# only when they are first used (``factsheet/__init__.py``).
setattr(sys.modules["factsheet"], "extract", extract)  # noqa: B010
