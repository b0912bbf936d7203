"""The claims pass: who says each figure, when it holds, how sure it is, and what it is about.

Runs after the classify stage, over one document at a time, while its parses are alive (see
:func:`factsheet.run.pipeline.extract_group`): reads the document's text, paragraphs and title, and
its parsed sentences with the figures classify found in each; fills in each figure's
``attribution`` (:mod:`factsheet.classify.attribution`), ``period`` and ``period_surface``
(:mod:`factsheet.classify.period`), ``modality`` (:mod:`factsheet.classify.modality`) and
``subject`` (here).
A document is seen whole because attribution needs more than one sentence: a quotation that
runs over several, a pronoun that stands for someone named before it.

``subject`` is the named thing a figure is about, for merging and comparing figures across
articles that word the same thing differently: the names in its entity ("WeWork's parent
company" → "WeWork"), else — when the entity is a plain noun phrase that names nothing ("the
company's 12,000 employees", "a $120 million spending plan"), not one that says where ("dealers
across the state") — the article's own named subject: the capitalised word of its title (or
headline) that its text repeats most, at least :data:`NAMED_AT_LEAST` times. Whether a subject
is the article's rather than the entity's own shows in the fact: its entity does not hold it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from factsheet import _lexicon as lx
from factsheet.classify.attribution import Context, Parse, attribution
from factsheet.classify.modality import modality
from factsheet.classify.period import TimePhrase, anchored, period_of, surface, time_phrases
from factsheet.draft import Draft
from factsheet.grammar.dates import publication_day
from factsheet.models import Document
from factsheet.nlp.segment import Parsed
from factsheet.nlp.syntax import Span, Token, root_of, tokens_between
from factsheet.read.furniture import Span as Offsets

NAMED_AT_LEAST = 3
"""How often an article must repeat a name of its title for the name to be its subject."""
_NO_PERIOD_KINDS = frozenset({"date", "time", "ordinal"})
_MODALITY_KINDS = frozenset({"money", "percent", "count", "measure", "duration", "number"})
"""Ages, scores and dates are as they are: "Smith, 55, could face" is 55 all the same."""
_NAME = re.compile(r"\b[A-Z][\w’'&.-]*[\w]")
_WORD = re.compile(r"[A-Za-z](?:[\w’'-]|\.(?=\w))*\.?")


def annotate(
    doc: Document,
    paragraphs: Sequence[Offsets],
    sentences: Sequence[tuple[Parsed, list[Draft]]],
    parse: Parse,
    *,
    headline: str = "",
) -> list[list[Draft]]:
    """The figures of each parsed sentence of a document, with the claims fields filled in (on
    the drafts classify made, in place).

    ``paragraphs`` are the document's content spans (:func:`factsheet.nlp.segment.content`),
    ``parse`` parses a paragraph when attribution must look beyond a figure's sentence, and
    ``headline`` is the document's first line when it reads as one (its title when it has
    none)."""
    published = publication_day(doc.source.date)
    ctx = Context(doc.text, paragraphs, parse)
    name = article_subject(doc.source.title or headline, doc.text)
    return [_sentence(parsed, figures, ctx, published, name) for parsed, figures in sentences]


def _sentence(
    parsed: Parsed,
    figures: list[Draft],
    ctx: Context,
    published: dt.date | None,
    name: str | None,
) -> list[Draft]:
    sentence = parsed.sentence
    sent = parsed.span
    offset = sentence.start - sent.start_char  # of the spaCy doc in the document text
    roots = [_root(sent, sentence.start, f) for f in figures]
    date_spans = [
        (
            f.span[0] - sentence.start,
            f.span[1] - sentence.start,
            anchored(f.surface, f.date, published),
        )
        for f in figures
        if f.kind == "date"
    ]
    phrases = time_phrases(sent, sentence.text, date_spans, published)
    others = [r for f, r in zip(figures, roots, strict=True) if r is not None and f.kind != "date"]
    for f, root in zip(figures, roots, strict=True):
        f.subject = subject(f, name, sent)
        if root is not None:
            f.attribution = attribution(root, offset, ctx)
            if f.kind in _MODALITY_KINDS:
                f.modality = modality(root, f.kind)
            if f.kind not in _NO_PERIOD_KINDS:
                iso, written = figure_period(f.kind, root, phrases, others, sent, sentence.text)
                if written is not None:
                    f.period, f.period_surface = iso, written
    return figures


def figure_period(
    kind: str,
    root: Token,
    phrases: Sequence[TimePhrase],
    others: Sequence[Token],
    sent: Span,
    text: str,
) -> tuple[str | None, str | None]:
    """The ISO period and the time phrase as written of a figure of ``kind`` whose root token is
    ``root``, in a sentence (``sent``, its text ``text``) with these time phrases and the root
    tokens of its other figures; a quarter or half named without its year ("in the third
    quarter") has an ISO period only for money and percentages (a game has quarters too)."""
    n = period_of(root, phrases, others)
    if n is None:
        return None, None
    phrase = phrases[n]
    calendar = phrase.calendar or kind in ("money", "percent")
    return (phrase.iso if calendar else None), surface(phrase, sent, text)


def _root(sent: object, start: int, f: Draft) -> Token | None:
    """The root token of a figure in its parsed sentence."""
    base = sent.start_char  # type: ignore[attr-defined]
    lo, hi = base + f.span[0] - start, base + f.span[1] - start
    return root_of(tokens_between(sent, lo, hi))


# --- subjects --------------------------------------------------------------------------------


def article_subject(title: str, text: str) -> str | None:
    """The name an article is about: the capitalised word of its title that its text repeats
    most (case as written), if at least :data:`NAMED_AT_LEAST` times.

    >>> article_subject("WeWork to cut 2,400 jobs", "WeWork said ... WeWork, ... WeWork's")
    'WeWork'
    >>> article_subject("Prices rise", "Prices rose.") is None
    True
    """
    best: tuple[int, str] | None = None
    for m in _NAME.finditer(title or ""):
        word = re.sub(r"['’]s$", "", m.group())
        if word.lower() in lx.CONTEXT_STOPWORDS or len(word) < 2:
            continue
        count = len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text))
        if count >= NAMED_AT_LEAST and (best is None or count > best[0]):
            best = (count, word)
    return best[1] if best else None


def names(entity: str | None, sent: Span | None = None) -> str | None:
    """The names an entity holds, in order: its capitalised words but the function words, and
    (given the parsed sentence) but a common word capitalised only because it opens the
    sentence ("Tax revenue", "Dealers across the state").

    >>> names("WeWork’s parent company"), names("Army's Europe and Africa Command")
    ('WeWork', 'Army Europe Africa Command')
    >>> names("operating costs") is None
    True
    """
    found = []
    for word in _WORD.findall(entity or ""):
        word = re.sub(r"['’]s?$", "", word)
        if not word[:1].isupper() or word.lower() in lx.CONTEXT_STOPWORDS:
            continue
        if sent is not None and not _is_name(word, sent):
            continue
        found.append(word)
    return " ".join(found) or None


def _is_name(word: str, sent: Span) -> bool:
    """Is the word a name in the sentence: tagged a proper noun, or capitalised where it does
    not open the sentence?"""
    tokens = [t for t in sent if t.text == word or t.text.startswith(word)]
    if not tokens:
        return True
    return any(t.pos_ == "PROPN" or t.i != sent.start for t in tokens)


_PREPOSITION = re.compile(
    r"(?i)\b(?:in|of|for|from|at|on|to|with|by|among|across|into|per|outside|inside|near)\b"
)


def subject(f: Draft, article: str | None, sent: Span | None = None) -> str | None:
    """The named thing a figure is about (see the module docstring): the names in its entity;
    else, when its entity is a plain noun phrase that names nothing ("the company", "spending
    plan"; not "dealers across the state"), the article's own subject."""
    named = names(f.entity, sent)
    if named is not None:
        return named
    if article is None or not f.entity or _PREPOSITION.search(f.entity):
        return None
    return article
