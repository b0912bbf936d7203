"""The pipeline: read sources → segment → extract → classify → consolidate.

Consolidating merges figures into facts, anchors dates, finds discrepancies and ranks the key
figures.

``extract`` and ``build`` are the library's public API; the CLI calls nothing else.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence

from factsheet.classify import classify
from factsheet.consolidate import consolidate, timeline
from factsheet.dates import relative_dates
from factsheet.discrepancies import find_discrepancies
from factsheet.extract import candidates
from factsheet.keyfigures import key_facts, layout
from factsheet.models import Document, FactSheet, Figure, Options, Source
from factsheet.segment import segment
from factsheet.sources import read_sources, read_text

Inputs = str | os.PathLike[str] | Document | Sequence[str | os.PathLike[str] | Document]
"""What ``extract`` and ``build`` take: a text (``str``), a path (``pathlib.Path``), a
:class:`Document`, or a list of paths or documents (a list of ``str`` is a list of paths, ``-``
meaning stdin)."""


def documents(inputs: Inputs) -> list[Document]:
    """The documents the inputs name: texts are read as they are, paths from disk."""
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


def iter_figures(docs: Sequence[Document], options: Options | None = None) -> Iterator[Figure]:
    """Figures of the documents, in document and text order."""
    options = options or Options()
    for parsed in segment(docs):
        text = parsed.sentence.text
        found = candidates(text, options.lang) + relative_dates(text)
        if not found:
            continue
        for figure in classify(parsed, found):
            if options.kinds is None or figure.kind in options.kinds:
                yield figure


def extract(inputs: Inputs, options: Options | None = None) -> list[Figure]:
    """Every figure in the inputs.

    >>> [f.surface for f in extract("Officials said 16,000 volunteers were ready.")]
    ['16,000']
    """
    return list(iter_figures(documents(inputs), options))


def build(inputs: Inputs, options: Options | None = None) -> FactSheet:
    """The fact sheet of the inputs: sources, figures, merged facts and the timeline."""
    options = options or Options()
    docs = documents(inputs)
    figures = list(iter_figures(docs, options))
    facts = consolidate(figures, {d.source.id: d.source.date for d in docs})
    layouts = {d.source.id: layout(d.text) for d in docs}
    return FactSheet(
        title=options.title or _title([d.source for d in docs]),
        sources=[d.source for d in docs],
        figures=figures,
        facts=facts,
        timeline=timeline(facts),
        discrepancies=find_discrepancies(facts),
        key_facts=key_facts(facts, layouts),
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
