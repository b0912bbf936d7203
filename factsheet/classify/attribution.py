"""Who gives a figure: its ``attribution``, as the text writes it, or nothing.

Part of the claims pass (:mod:`factsheet.classify.claims`), which runs after the classify stage
over one
document's parsed sentences. Reads the dependency parse of the figure's sentence and, where the
sentence alone does not say, the quotes around it and the sentences before it; returns the
speaker as written ("Russian Defence Minister Sergei Shoigu", "US officials", "one senior Army
official") or ``None``.

The rules, in order (the tables are in :mod:`factsheet._claims`):

1. **The figure's own clause.** Climbing the parse from the figure, the first reporting verb
   ("said", "told", "estimated", "announced" …) whose *content* holds the figure — its clausal
   complement ("X said *there were 16,000*", "X told CNN *that …*"), or its object for the verbs
   whose object is what is reported ("the ministry reported *40 deaths*") — credits it to the
   verb's subject, or to its agent in the passive ("… were counted *by the agency*"). A reporting
   verb without either (a passive: "costs that are expected to") is climbed past. "According to
   X" on the way credits X. A reporting tag hung on the clause ("…, analysts said") credits its
   subject.
2. **The frame is not the content.** A figure that reaches the reporting verb any other way is
   part of the report, not of what is reported ("Smith, 45, said", "Zelensky said *in 2022*",
   "…, beating estimates") and gets nothing from it.
3. **Quotes.** A figure inside a quotation whose sentence names no speaker takes the speaker of
   the quotation: the reporting tag right after it ("…," *the minister said*) or right before it
   (*Smith said:* "…"); a quotation that runs on — in the same paragraph after a short tag, or
   into the next paragraph that opens with a quotation mark while the last was left open — has
   one speaker.
4. **Pronouns.** "he"/"she" stand for the nearest person named as the subject of a clause before
   them (in the sentence, else up to :data:`BACK_SENTENCES` sentences back); "they" for the
   nearest plural speaker before them; "I"/"we" inside a quotation for the quotation's speaker;
   any other pronoun ("it said") is left unresolved, so the figure gets nothing.

Never invented: no speaker in reach gives ``None``.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from factsheet import _claims as cl
from factsheet.nlp.syntax import NOUNS, VERBS, Token, lemma
from factsheet.read.furniture import Span as Offsets

Doc = Any  # spacy.tokens.Doc
Parse = Callable[[str], Doc]
"""A function that parses a text into a spaCy ``Doc`` (sentences and dependencies)."""

CONTEXT_MAX = 3000
"""The longest paragraph parsed for context (a quotation's tag, a pronoun's antecedent), in
characters: as long as the stretches the segment stage parses, so that the time a paragraph
costs stays bounded (:data:`factsheet.nlp.segment.STRETCH_MAX`)."""
BACK_SENTENCES = 3
"""How many sentences before a pronoun are searched for the person it stands for."""
_TAG_GAP_WORDS = 12
"""Two quotations of a paragraph with at most this many words between them are one."""

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CONTENT_CLAUSES = frozenset({"ccomp", "xcomp", "parataxis"})
_CONTENT_OBJECTS = frozenset({"dobj", "attr", "oprd", "nsubjpass"})
_TAG_DEPS = frozenset({"parataxis", "ccomp", "advcl"})
_LEFT_DEPS = frozenset({"det", "amod", "compound", "nummod", "poss", "nmod", "quantmod", "case"})
_SPEAKER_PREPS = frozenset({"of", "for", "at", "from", "with", "in", "on"})
_PREP_LIMIT = 8


@dataclass(frozen=True)
class Speaker:
    """A speaker as written, with what pronoun resolution needs."""

    text: str
    start: int = 0
    plural: bool = False
    named: bool = False
    pronoun: str | None = None
    """The lower-case pronoun when the subject is one (unresolved)."""


Status = Literal["speaker", "frame", "none"]


# --- the figure's own sentence -------------------------------------------------------------------


def is_reporting(t: Token) -> bool:
    """Whether a token is a reporting verb ("said", "told", "estimated"); "added" and "posted"
    with an object of their own are not ("the stock added 2%", "posted a loss")."""
    if t.pos_ not in VERBS:
        return False
    base = lemma(t).lower()
    if base not in cl.SPEECH_LEMMAS:
        return False
    return base not in cl.SPEECH_OR_CHANGE or not any(
        c.dep_ in ("dobj", "npadvmod") for c in t.children
    )


def reported_by(root: Token) -> tuple[Status, Token | None]:
    """How the figure whose root token is ``root`` stands to the reporting verbs of its
    sentence: ``("speaker", token)`` with the subject (or agent, or "according to" object) that
    is credited; ``("frame", None)`` when the figure is part of a report but not of what is
    reported; ``("none", None)`` when no reporting verb is in reach."""
    t = root
    child: Token | None = None
    for _ in range(40):  # the parse is a tree; the bound only guards a malformed one
        according = _according_to(t)
        if according is not None:
            return "speaker", according
        if t.pos_ in VERBS:
            tag = _tag_child(t, root, child)
            if tag is not None:
                return "speaker", tag
        if t.head.i == t.i:
            return "none", None
        child, t = t, t.head
        if not is_reporting(t):
            continue
        speaker = _speaker_token(t)
        if speaker is None:
            continue  # a passive with no agent: "costs that are expected to amount to"
        if _is_content(t, child):
            return "speaker", speaker
        return "frame", None
    return "none", None


def _is_content(verb: Token, child: Token) -> bool:
    """Is ``child`` (a dependent of the reporting verb on the figure's path) what is
    reported?"""
    if child.dep_ in _CONTENT_CLAUSES:
        return True
    return child.dep_ in _CONTENT_OBJECTS and lemma(verb).lower() in cl.CONTENT_OBJECT_LEMMAS


def _speaker_token(verb: Token) -> Token | None:
    """The subject of a reporting verb, or the agent of a passive one ("by the agency")."""
    for c in verb.children:
        if c.dep_ == "nsubj":
            return c
    for c in verb.children:
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _according_to(t: Token) -> Token | None:
    """The object of an "according to" hung on ``t``."""
    first, second = cl.ACCORDING
    for c in t.children:
        if c.lower_ != first or c.dep_ not in ("prep", "advcl", "advmod"):
            continue
        for to in c.children:
            if to.lower_ == second:
                return next((g for g in to.children if g.dep_ == "pobj"), None)
    return None


def _tag_child(verb: Token, root: Token, path: Token | None) -> Token | None:
    """The subject of a reporting tag hung on the figure's clause after the figure: "Revenue
    rose 5%, analysts said", "…, said Mr Smith"."""
    for c in verb.children:
        if path is not None and c.i == path.i:
            continue
        if c.dep_ not in _TAG_DEPS or c.i < root.i or not is_reporting(c):
            continue
        if any(g.dep_ in ("ccomp", "dobj", "mark") for g in c.children):
            continue  # a reporting verb of its own content, not a tag
        speaker = _speaker_token(c)
        if speaker is not None:
            return speaker
    return None


# --- speakers as written -------------------------------------------------------------------------


def speaker(subject: Token, offset: int = 0) -> Speaker:
    """The speaker a subject token names, as written: the noun with the words before it that
    modify it and a short prepositional phrase after it ("a spokesman for the ministry"); not
    an apposition or a relative clause ("Wormuth, the service's civilian leader, …" is
    "Wormuth"). ``offset`` is the offset of the token's document in the text it came from."""
    lower = subject.lower_
    if subject.pos_ == "PRON" or lower in cl.UNRESOLVED_SPEAKERS:
        head = subject.head
        if lower in ("that", "which", "who") and head.dep_ == "relcl" and head.head.pos_ in NOUNS:
            return speaker(head.head, offset)  # "a report that said"
        return Speaker(subject.text, offset + subject.idx, pronoun=lower)
    keep = {subject.i}
    for child in subject.lefts:
        if child.dep_ in _LEFT_DEPS or (child.dep_ == "punct" and child.text in "-‐"):
            keep.update(t.i for t in child.subtree)
    for child in subject.rights:
        if child.dep_ == "case":
            keep.add(child.i)
        elif child.dep_ == "prep" and child.lower_ in _SPEAKER_PREPS:
            sub = list(child.subtree)
            if len(sub) <= _PREP_LIMIT:
                keep.update(t.i for t in sub)
            break
        elif child.dep_ == "appos" and child.pos_ == "PROPN" and child.left_edge.i == subject.i + 1:
            keep.update(t.i for t in child.subtree)  # "his father Howard Jones"
        elif child.dep_ in ("cc", "conj") and child.pos_ in NOUNS | {"CCONJ"}:
            keep.update(t.i for t in child.subtree if t.dep_ not in ("appos", "relcl", "acl"))
        else:
            break
    doc = subject.doc
    lo, hi = min(keep), max(keep)
    for i in range(subject.i - 1, lo - 1, -1):
        if _breaks(doc[i]):
            lo = i + 1  # "HONOLULU, Hawaii (HawaiiNewsNow) - NASA scientists": the scientists
            break
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space or doc[hi].dep_ == "cc"):
        hi -= 1
    words = doc[lo : hi + 1]
    if len(words) > cl.SPEAKER_MAX_WORDS:
        lo = min([subject.i, *(t.i for t in subject.lefts if t.dep_ in _LEFT_DEPS)])
        words = doc[lo : subject.i + 1]
    text = " ".join(words.text.split())
    plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
    named = any(t.pos_ == "PROPN" for t in words)
    return Speaker(text, offset + words.start_char, plural=plural, named=named)


def _breaks(t: Token) -> bool:
    """A mark no speaker's name runs across: a comma, a bracket, a dash between spaces."""
    if t.text in ",;:()[]{}—–|":
        return True
    return t.text in "-‐" and bool(t.whitespace_) and t.i > 0 and bool(t.doc[t.i - 1].whitespace_)


# --- quotations ----------------------------------------------------------------------------------

_OPEN_AFTER = frozenset(" \t\n\u00a0([{—–-/")
_CLOSE_BEFORE_SPACE = frozenset(" \t\n\u00a0")


@dataclass(frozen=True)
class Quote:
    """A quotation: offsets of its opening mark and just past its closing mark (or the end of
    its paragraph, when it is left open), in the document text."""

    start: int
    end: int
    paragraph: int
    closed: bool


def quotes(text: str, paragraphs: Sequence[Offsets]) -> list[Quote]:
    """The quotations of a text, paragraph by paragraph, outermost only. Double marks
    (“ ” « » ") always quote; single marks (‘ ’ ') only where they open a word after a space
    and close one before a space or punctuation, so that "it's" and "Ukraine's" are not
    quotations.

    >>> t = 'He said: "We have 16,000." Later it\\'s \\'done\\', they said.'
    >>> [t[q.start : q.end] for q in quotes(t, [(0, len(t))])]
    ['"We have 16,000."', "'done'"]
    """
    found: list[Quote] = []
    for n, (start, end) in enumerate(paragraphs):
        opened: int | None = None
        mark = ""
        for i in range(start, end):
            ch = text[i]
            if opened is None:
                if ch in cl.QUOTE_PAIRS and _opens(text, i, start, end):
                    opened, mark = i, ch
                continue
            if _closes(text, i, start, end, mark):
                found.append(Quote(opened, i + 1, n, True))
                opened = None
        if opened is not None:
            found.append(Quote(opened, end, n, False))
    return found


def _opens(text: str, i: int, start: int, end: int) -> bool:
    ch = text[i]
    after = text[i + 1] if i + 1 < end else ""
    if not after or after.isspace():
        return False
    if ch in "“«":
        return True
    before = text[i - 1] if i > start else " "
    if ch == '"':
        return before in _OPEN_AFTER or before in "“‘"
    return before in _OPEN_AFTER and (after.isalnum() or after in "…$£€")  # single marks


def _closes(text: str, i: int, start: int, end: int, mark: str) -> bool:
    ch = text[i]
    closing = cl.QUOTE_PAIRS[mark]
    if mark in "“«":
        return ch == closing
    if ch != closing and not (mark in "‘'" and ch in "’'"):
        return False
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    if before in _CLOSE_BEFORE_SPACE:
        return False
    return not after.isalnum()


def inside(
    quotes_: Sequence[Quote], offset: int, starts: Sequence[int] | None = None
) -> Quote | None:
    """The quotation that holds an offset of the document text, if one does (``quotes_`` in
    text order, as :func:`quotes` gives them: they do not overlap; ``starts`` their starts)."""
    if starts is None:
        starts = [q.start for q in quotes_]
    i = bisect.bisect_left(starts, offset) - 1
    if i >= 0 and quotes_[i].start < offset < quotes_[i].end:
        return quotes_[i]
    return None


# --- the document ------------------------------------------------------------------------------


@dataclass
class Context:
    """A document as the attribution rules see it beyond one sentence: its text, paragraphs,
    quotations, and parses of its paragraphs made when first asked for (``parse``)."""

    text: str
    paragraphs: Sequence[Offsets]
    parse: Parse
    _quotes: list[Quote] | None = None
    _docs: dict[int, Doc | None] = field(default_factory=dict)
    _quote_speakers: dict[int, Speaker | None] = field(default_factory=dict)
    _starts: list[int] = field(default_factory=list)
    _positions: dict[int, int] = field(default_factory=dict)

    @property
    def quotes(self) -> list[Quote]:
        if self._quotes is None:
            self._quotes = quotes(self.text, self.paragraphs)
            self._starts = [q.start for q in self._quotes]
            self._positions = {q.start: i for i, q in enumerate(self._quotes)}
        return self._quotes

    def quote_at(self, offset: int) -> Quote | None:
        """The quotation that holds an offset, if one does."""
        return inside(self.quotes, offset, self._starts)

    def position(self, quote: Quote) -> int:
        """The index of a quotation among the document's."""
        self.quotes  # noqa: B018  (computes the index)
        return self._positions[quote.start]

    def paragraph_of(self, offset: int) -> int | None:
        for n, (start, end) in enumerate(self.paragraphs):
            if start <= offset < end:
                return n
        return None

    def doc(self, paragraph: int) -> Doc | None:
        """The parse of a paragraph (its token offsets are relative to the paragraph); None for
        one longer than :data:`CONTEXT_MAX` characters, which is not parsed for context."""
        if paragraph not in self._docs:
            start, end = self.paragraphs[paragraph]
            fits = end - start <= CONTEXT_MAX
            self._docs[paragraph] = self.parse(self.text[start:end]) if fits else None
        return self._docs[paragraph]

    def sentences_before(self, offset: int) -> list[tuple[int, Any]]:
        """The sentences (spaCy spans, each with its paragraph's offset) before an offset, the
        nearest first: the rest of its own sentence's start, then up to
        :data:`BACK_SENTENCES` whole sentences back, across paragraphs."""
        here = self.paragraph_of(offset)
        if here is None:
            return []
        found: list[tuple[int, Any]] = []
        for n in range(here, max(-1, here - BACK_SENTENCES - 1), -1):
            start = self.paragraphs[n][0]
            parsed = self.doc(n)
            if parsed is None:
                break
            sents = [s for s in parsed.sents if start + s.start_char < offset]
            found.extend((start, s) for s in reversed(sents))
            if len(found) > BACK_SENTENCES:
                break
        return found[: BACK_SENTENCES + 1]


def resolve(found: Speaker, ctx: Context, quote: Quote | None) -> Speaker | None:
    """A speaker with its pronoun resolved (see the module's rule 4), or ``None``."""
    if found.pronoun is None:
        return found
    if found.pronoun in cl.FIRST_PERSON:
        return quote_speaker(ctx, quote) if quote is not None else None
    if found.pronoun in cl.PERSONAL_PRONOUNS:
        return _antecedent(ctx, found.start, plural=False)
    if found.pronoun in cl.GROUP_PRONOUNS:
        return _antecedent(ctx, found.start, plural=True)
    return None


def _antecedent(ctx: Context, offset: int, *, plural: bool) -> Speaker | None:
    """The nearest named person (or, ``plural``, the nearest group that spoke) before an
    offset."""
    for base, sent in ctx.sentences_before(offset):
        for t in reversed(list(sent)):
            if base + t.idx >= offset or t.dep_ not in _SUBJECTS:
                continue
            if plural:
                if t.tag_ in ("NNS", "NNPS") and is_reporting(t.head):
                    return speaker(t, base)
            elif t.tag_ == "NNP":
                if ctx.quote_at(base + t.idx) is not None:
                    continue  # a name inside someone's quotation is not who speaks
                if any(c.dep_ == "det" for c in t.children):
                    return None  # "the U.S.", "the Interior Ministry": no person
                return speaker(t, base)
            elif t.pos_ in NOUNS or t.lower_ in cl.PERSONAL_PRONOUNS:
                return None  # the nearest subject is someone or something else
    return None


def quote_speaker(ctx: Context, quote: Quote) -> Speaker | None:
    """The speaker of a quotation (module rule 3), its pronoun resolved."""
    if quote.start in ctx._quote_speakers:
        return ctx._quote_speakers[quote.start]
    ctx._quote_speakers[quote.start] = None  # a quotation that leads back to itself has none
    found = _own_tag(ctx, quote)
    if found is None:
        previous = _previous_in_run(ctx, quote)
        if previous is not None:
            found = quote_speaker(ctx, previous)
    elif found.pronoun is not None:
        found = resolve(found, ctx, None)
    if found is None:
        following = _next_in_run(ctx, quote)
        if following is not None:
            found = quote_speaker(ctx, following)
    ctx._quote_speakers[quote.start] = found
    return found


def _previous_in_run(ctx: Context, quote: Quote) -> Quote | None:
    """The quotation this one runs on from, if any: the one before it in its paragraph with
    a short tag between, or the last of the paragraph before when that was left open and this
    one opens its paragraph."""
    qs = ctx.quotes
    i = ctx.position(quote)
    if i == 0:
        return None
    before = qs[i - 1]
    if before.paragraph == quote.paragraph:
        gap = ctx.text[before.end : quote.start]
        return before if len(gap.split()) <= _TAG_GAP_WORDS else None
    if (
        before.paragraph == quote.paragraph - 1
        and not before.closed
        and quote.start == ctx.paragraphs[quote.paragraph][0]
    ):
        return before
    return None


def _next_in_run(ctx: Context, quote: Quote) -> Quote | None:
    qs = ctx.quotes
    i = ctx.position(quote)
    if i + 1 < len(qs) and _previous_in_run(ctx, qs[i + 1]) == quote:
        return qs[i + 1]
    return None


def _own_tag(ctx: Context, quote: Quote) -> Speaker | None:
    """The speaker a quotation's own reporting tag names: after it ('…," the minister said')
    or before it ('Smith said: "…')."""
    n = quote.paragraph
    base = ctx.paragraphs[n][0]
    doc = ctx.doc(n)
    if doc is None:
        return None
    tokens = list(doc)
    after = [t for t in tokens if base + t.idx >= quote.end]
    if after and quote.closed:
        sent = after[0].sent
        tag = [t for t in after if t.sent == sent]
        first_verb = next((t for t in tag if t.pos_ in VERBS and t.dep_ != "aux"), None)
        if first_verb is not None and is_reporting(first_verb):
            subject = _speaker_token(first_verb)
            if subject is not None and base + subject.idx >= quote.end:
                return speaker(subject, base)
    before = [t for t in tokens if base + t.idx + len(t.text) <= quote.start]
    if before:
        sent = before[-1].sent
        lead = [t for t in before if t.sent == sent]
        last_verb = next((t for t in reversed(lead) if t.pos_ in VERBS and t.dep_ != "aux"), None)
        if last_verb is not None and is_reporting(last_verb):
            between = [t for t in lead if t.i > last_verb.i]
            if all(t.is_punct or t.head.i == last_verb.i or t.pos_ in NOUNS for t in between):
                subject = _speaker_token(last_verb)
                if subject is not None:
                    return speaker(subject, base)
    return None


# --- a figure ------------------------------------------------------------------------------------


def attribution(root: Token, offset: int, ctx: Context | None) -> str | None:
    """The speaker the text credits the figure with root token ``root`` to, as written, or
    ``None``. ``offset`` is the offset of the root's parse in the document text; ``ctx`` the
    document (``None``: the sentence alone, no quotations or pronouns resolved)."""
    status, token = reported_by(root)
    quote = ctx.quote_at(offset + root.idx) if ctx is not None else None
    found: Speaker | None = None
    if status == "speaker" and token is not None:
        found = speaker(token, offset)
        if found.pronoun is not None:
            found = resolve(found, ctx, quote) if ctx is not None else None
    elif status == "none" and quote is not None and ctx is not None:
        found = quote_speaker(ctx, quote)
    return found.text if found is not None else None
