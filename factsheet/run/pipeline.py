"""The pipeline: read sources → segment → extract → classify → consolidate.

Consolidating merges figures into facts, anchors dates, finds discrepancies and ranks the key
figures.

``extract``, ``build`` and :class:`Run` are the library's public API; the CLI calls nothing
else (a :class:`Run` is a run over paths as the command makes one: found first, then read and
extracted one document at a time, skipping what cannot be read).
"""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from factsheet.classify.claims import annotate
from factsheet.classify.figures import classify
from factsheet.consolidate.discrepancies import find_changes, find_discrepancies
from factsheet.consolidate.facts import consolidate, timeline
from factsheet.consolidate.keyfigures import Layout, headline, key_facts, layout
from factsheet.consolidate.values import normalise as normalise_values
from factsheet.consolidate.values import with_fact_ids
from factsheet.draft import Draft
from factsheet.errors import ArgumentError, InputError
from factsheet.grammar.candidates import candidates
from factsheet.grammar.dates import relative_dates
from factsheet.models import Document, Fact, FactSheet, Figure, Options, Skipped, Source
from factsheet.nlp.segment import Parsed, nlp, segment_documents, transient
from factsheet.read.layout import content
from factsheet.read.sources import find_sources, iter_sources, read_text
from factsheet.read.textnorm import Normalised, normalise

Inputs = str | os.PathLike[str] | Document | Sequence[str | os.PathLike[str] | Document]
"""What ``extract`` and ``build`` take: a text (``str``), a path (``pathlib.Path``), a
:class:`Document`, or a list of paths or documents (a list of ``str`` is a list of paths, ``-``
meaning stdin)."""


def documents(inputs: Inputs, options: Options | None = None) -> list[Document]:
    """The documents the inputs name: texts are read as they are, paths from disk (as
    ``options`` say: its limits, encoding and publication date).

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
        return _read_paths([os.fspath(inputs)], options)
    docs: list[Document] = []
    paths: list[str] = []
    for item in inputs:
        if isinstance(item, Document):
            docs.append(item)
        else:
            paths.append(os.fspath(item))
    return docs + (_read_paths(paths, options) if paths else [])


def _read_paths(paths: Sequence[str], options: Options | None) -> list[Document]:
    options = options or Options()
    return list(
        iter_sources(
            find_sources(paths),
            limits=options.limits,
            encoding=options.encoding,
            published=options.published,
        )
    )


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

    The stages read each text as :func:`factsheet.read.textnorm.normalise` gives it (digits of other
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
    """A document's result: its figures' values made uniform
    (:func:`factsheet.consolidate.values.normalise`),
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


SCHEDULER_TIMEOUT = 10.0
"""Seconds to wait for a Dask scheduler to answer, and for a first worker to join it
(:mod:`factsheet.run.distributed`)."""
GROUP = 16
"""Documents a cluster node parses together (:mod:`factsheet.run.distributed`)."""
GROUP_DOCS = 256
"""Documents parsed together in one process at most: many short texts (notes, briefs) make
one batch for spaCy, which costs a fixed price per batch, not one batch of a few sentences
each; words spaCy learns are kept for the group, not relearnt for every document."""
GROUP_CHARS = 64_000
"""Characters of text parsed together in one process: a group ends once its texts hold that
many (a long article makes a group alone), so what a group holds in memory is bounded."""
POOL_GROUP = 4
"""Documents sent to a cluster node at a time (:mod:`factsheet.run.distributed`): small, so that
the work spreads evenly."""
POOL_CHARS = 40_000
"""Characters of text sent to a worker process at a time (:data:`GROUP_DOCS` documents at
most, one at least): enough that sending the documents and their results, and spaCy's batches,
cost little beside the work, few enough that the work spreads evenly."""
FIRST_CHARS = 5_000
"""Characters of the first group each worker process gets: the first figures come back (and
the progress bar moves) after a short text's work, not after a whole group's."""


def extract_documents(
    docs: Iterable[Document], options: Options | None = None, *, jobs: int = 1
) -> Iterator[Extracted]:
    """The per-document stages over the documents, in their order, a group
    at a time (:data:`GROUP_DOCS`, :data:`GROUP_CHARS`): with ``jobs`` > 1, in that many
    worker processes (:mod:`factsheet.run.parallel`), groups of :data:`POOL_CHARS`."""
    if jobs > 1:
        from factsheet.run.parallel import IN_FLIGHT, pool_map

        ahead = jobs * IN_FLIGHT * POOL_CHARS  # what the workers have in hand
        last = Taper(ahead=ahead, parts=2 * jobs, least=FIRST_CHARS)
        sized = groups(docs, GROUP_DOCS, chars=POOL_CHARS, first=(jobs, FIRST_CHARS), last=last)
        for done in pool_map(extract_group, sized, options, jobs=jobs):
            yield from done
        return
    for group in groups(docs, GROUP_DOCS, chars=GROUP_CHARS):
        yield from extract_group(group, options)


class Taper(NamedTuple):
    """How :func:`groups` ends a run: it reads ``ahead`` characters of documents beyond the
    group it makes, and once every document is read, it cuts what is left into groups of a
    ``parts``-th of what is left each, ``least`` characters at least."""

    ahead: int
    parts: int
    least: int


def groups(
    docs: Iterable[Document],
    size: int,
    *,
    chars: int | None = None,
    first: tuple[int, int] = (0, 0),
    last: Taper | None = None,
) -> Iterator[list[Document]]:
    """The documents in consecutive groups of ``size`` (the last may be smaller); with
    ``chars``, a group also ends once its texts hold that many characters, and with ``first``
    = ``(n, c)``, each of the first ``n`` groups once it holds ``c``. With ``last`` (and
    ``chars``), the groups after the first ``n`` are the same until the last documents, which
    make groups that shrink (:class:`Taper`): the workers of a pool end their last groups at
    about the same time, instead of one working alone through a whole group at the end.

    >>> texts = [read_text("x" * n, id=str(n)) for n in (10, 20, 30, 40, 50)]
    >>> [[d.source.id for d in g] for g in groups(texts, 4, chars=60, first=(1, 25))]
    [['10', '20'], ['30', '40'], ['50']]
    >>> texts = [read_text("x" * 10, id=str(n)) for n in range(12)]
    >>> [len(g) for g in groups(texts, 12, chars=40, last=Taper(ahead=40, parts=2, least=20))]
    [4, 4, 2, 2]
    """
    held: deque[Document] = deque()
    held_chars = 0
    made = 0

    def limit() -> int | None:
        return first[1] if made < first[0] else chars

    def take(most: int | None) -> list[Document]:
        """The first documents held, as a group: ``size`` of them, or once they hold ``most``
        characters."""
        nonlocal held_chars, made
        group: list[Document] = []
        got = 0
        while held and len(group) < size:
            doc = held.popleft()
            group.append(doc)
            got += len(doc.text)
            if most is not None and got >= most:
                break
        held_chars -= got
        made += 1
        return group

    def ready() -> bool:
        """Whether the next group is whole among the documents held, with ``last.ahead``
        characters (or ``size`` documents) held beyond it."""
        most = limit()
        ahead = last.ahead if last is not None and made >= first[0] else 0
        return len(held) >= size + (size if ahead else 0) or (
            most is not None and held_chars >= most + ahead
        )

    for doc in docs:
        held.append(doc)
        held_chars += len(doc.text)
        while held and ready():
            yield take(limit())
    while held:
        most = limit()
        if last is not None and most is not None and made >= first[0]:
            most = min(most, max(last.least, held_chars // last.parts))
        yield take(most)


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
    results = extract_documents(documents(inputs, options), options, jobs=jobs)
    return [f for result in results for f in result.figures]


def build(inputs: Inputs, options: Options | None = None, *, jobs: int = 1) -> FactSheet:
    """The fact sheet of the inputs: sources, figures, merged facts and the timeline (with
    ``jobs`` > 1, the documents are read in that many processes).

    Raises:
        ArgumentError, InputError: as :func:`extract`.
    """
    check_call(options, jobs)
    return assemble(
        list(extract_documents(documents(inputs, options), options, jobs=jobs)), options
    )


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


class Run:
    """One run over the inputs that paths name, as the ``factsheet`` command makes it: the
    inputs are found when it is made (:attr:`sources`, :attr:`paths`; nothing is read yet),
    then read one at a time and extracted as they are read (:meth:`results`), in ``jobs``
    processes or on the Dask cluster whose scheduler is at ``scheduler`` (waiting
    ``scheduler_timeout`` seconds for it to answer, :data:`SCHEDULER_TIMEOUT` by default);
    ``on_result`` is called with each result as it comes. An input that cannot be read is
    passed over and kept in :attr:`skipped`; the run goes on. Close it (or use it as a context
    manager) to end its workers.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Officials said 16,000 volunteers were ready.")
    >>> with Run([str(folder / "a.txt"), str(folder / "none.txt")]) as run:
    ...     [f.surface for r in run.results() for f in r.figures], run.skipped[0].reason
    (['16,000'], 'no such file or directory')

    Raises:
        ArgumentError: ``options`` is not an :class:`Options`, ``jobs`` not a whole number of
            at least 1.
    """

    def __init__(
        self,
        paths: Sequence[str],
        options: Options | None = None,
        *,
        jobs: int | None = None,
        scheduler: str | None = None,
        scheduler_timeout: float = SCHEDULER_TIMEOUT,
        on_result: Callable[[Extracted], None] | None = None,
    ) -> None:
        from factsheet.run.parallel import default_jobs

        check_call(options, jobs or 1)
        self.options = options or Options()
        self.scheduler = scheduler
        self.scheduler_timeout = scheduler_timeout
        self.given = list(paths)
        """The paths as given."""
        self.errors: list[InputError] = []
        """The inputs skipped so far, as the errors that say why."""
        self.unchanged = 0
        """Documents read but not extracted, because ``unless`` took them (:meth:`results`)."""
        self._entries = find_sources(paths, self.errors)
        self.sources = [e.id for e in self._entries]
        """The ids of the inputs found, in the order they are read."""
        self.paths = [e.path for e in self._entries if e.path is not None]
        """The files found (standard input is none)."""
        self.jobs = min(jobs or default_jobs(), max(len(self._entries), 1))
        self.on_result = on_result
        """Called with each result as it comes (a progress bar counts them)."""
        self._results: Iterator[Extracted] | None = None

    @property
    def skipped(self) -> list[Skipped]:
        """The inputs skipped so far, and why (what the outputs list)."""
        return [Skipped(source=e.source, reason=e.reason) for e in self.errors]

    def results(self, *, unless: Callable[[Source], bool] | None = None) -> Iterator[Extracted]:
        """The documents' results, in order, as they are extracted; documents whose source
        ``unless`` accepts are read but not extracted (counted in :attr:`unchanged`).

        Raises:
            WorkerError: a worker process died, or the Dask cluster failed
                (:func:`factsheet.run.distributed.extract_on`).
            OptionsError: Dask is missing or ``scheduler`` is not an address.
        """
        docs: Iterator[Document] = iter_sources(
            self._entries,
            skipped=self.errors,
            limits=self.options.limits,
            encoding=self.options.encoding,
            published=self.options.published,
        )
        if unless is not None:
            docs = self._unless(docs, unless)
        if self.scheduler is not None:
            from factsheet.run.distributed import extract_on

            found = extract_on(self.scheduler, docs, self.options, timeout=self.scheduler_timeout)
        else:
            found = extract_documents(docs, self.options, jobs=self.jobs)
        self._results = found
        return found if self.on_result is None else self._told(found, self.on_result)

    @staticmethod
    def _told(
        results: Iterator[Extracted], told: Callable[[Extracted], None]
    ) -> Iterator[Extracted]:
        for result in results:
            told(result)
            yield result

    def _unless(
        self, docs: Iterator[Document], unless: Callable[[Source], bool]
    ) -> Iterator[Document]:
        for doc in docs:
            if unless(doc.source):
                self.unchanged += 1
            else:
                yield doc

    def sheet(self, results: Sequence[Extracted]) -> FactSheet:
        """The fact sheet of the results (:meth:`results`), listing the inputs skipped; the
        facts are consolidated on the cluster when the run has a scheduler."""
        facts = None
        if self.scheduler is not None:
            from factsheet.run.distributed import facts_on

            facts = facts_on(self.scheduler, results, timeout=self.scheduler_timeout)
        sheet = assemble(results, self.options, facts=facts)
        return sheet.model_copy(update={"skipped": self.skipped}) if self.errors else sheet

    def build(self) -> FactSheet:
        """The fact sheet of the inputs: :meth:`sheet` of every result."""
        return self.sheet(list(self.results()))

    def close(self) -> None:
        """End the workers now (not when the results are collected)."""
        close = getattr(self._results, "close", None)
        if close is not None:
            close()

    def __enter__(self) -> Run:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
