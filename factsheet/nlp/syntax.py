"""Small helpers over spaCy's dependency parse, shared by the classify stage's modules."""

from __future__ import annotations

import bisect
from typing import Any

from factsheet import _lexicon as lx
from factsheet.grammar.numbers import Candidate
from factsheet.nlp.segment import lemmatize

Token = Any  # spacy.tokens.Token
Span = Any  # spacy.tokens.Span

NOUNS = frozenset({"NOUN", "PROPN"})
VERBS = frozenset({"VERB", "AUX"})
PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you", "this", "that", "which", "who"})


def lemma(t: Token) -> str:
    """The token's lemma as spaCy's lemmatizer gives it, worked out when first asked.

    The pipeline runs without its lemmatizer (:func:`factsheet.nlp.segment.nlp`): we read the lemma
    of few tokens, and lemmatizing them all cost a tenth of the parse. This does what the
    lemmatizer would have done for the token: keep a lemma set earlier (by the attribute ruler),
    else look it up by the token's part of speech, but for the plurals its exceptions get
    wrong (:data:`factsheet._lexicon.LEMMA_CORRECTIONS`).
    """
    if t.lemma == 0:
        t.lemma_ = lx.LEMMA_CORRECTIONS.get(t.lower_) or lemmatize(t)
    return str(t.lemma_)


def tokens_of(sent: Span, c: Candidate) -> list[Token]:
    """The tokens of the sentence that overlap the candidate."""
    base = sent.start_char
    return tokens_between(sent, base + c.start, base + c.end)


def tokens_between(sent: Span, lo: int, hi: int) -> list[Token]:
    """The tokens of the sentence that overlap the characters ``lo:hi`` of its document, found
    by bisection (a token's start and end both grow with its index): what
    ``[t for t in sent if t.idx < hi and t.idx + len(t.text) > lo]`` gives, without a look at
    every token."""
    doc, start, end = sent.doc, sent.start, sent.end
    first = bisect.bisect_right(range(start, end), lo, key=lambda i: doc[i].idx + len(doc[i].text))
    last = bisect.bisect_left(range(start, end), hi, key=lambda i: doc[i].idx)
    return [doc[i] for i in range(start + first, start + last)]


def tokens_after(sent: Span, at: int, n: int) -> list[Token]:
    """The first ``n`` tokens of the sentence that start at or after character ``at`` of its
    document, found by bisection."""
    doc, start, end = sent.doc, sent.start, sent.end
    first = start + bisect.bisect_left(range(start, end), at, key=lambda i: doc[i].idx)
    return [doc[i] for i in range(first, min(first + n, end))]


def root_of(tokens: list[Token]) -> Token | None:
    """The token of the candidate whose head lies outside it."""
    ids = {t.i for t in tokens}
    for t in tokens:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return tokens[-1] if tokens else None


def governor(root: Token) -> Token | None:
    """The verb a number depends on, through "by"/"to" prepositions: "fell by 3%", "rose to 5%"."""
    t = root
    for _ in range(3):
        head = t.head
        if head.i == t.i:
            return None
        if head.pos_ in VERBS:
            return head
        if head.dep_ == "prep" or head.pos_ == "ADP":
            t = head
            continue
        if t.dep_ in ("npadvmod", "dobj", "attr", "advmod", "quantmod") and head.pos_ == "ADJ":
            t = head
            continue
        return None
    return None


def subject(verb: Token) -> Token | None:
    """The noun subject of a verb, through relative clauses and chained verbs."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return _subject_word(verb, child)
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in NOUNS:
        return verb.head  # a participle's subject is the noun it modifies: "the ships built"
    if any(child.dep_ == "expl" for child in verb.children):
        return None  # "there were 300 entries": no subject to climb to
    return _shared_subject(verb)


def _subject_word(verb: Token, child: Token) -> Token | None:
    """The word that names the subject ``child`` of ``verb``, or None for a pronoun."""
    if child.pos_ in NOUNS or _nominal(child):
        return child
    if _numbered_name(child):
        return child
    if child.lower_ in ("that", "which", "who") and verb.dep_ == "relcl":
        return _relative_antecedent(verb, child)
    return None


def _nominal(word: Token) -> bool:
    """A subject that is a noun phrase without a noun: a gerund ("dredging took 9 weeks") or a
    superlative with its noun left out ("the cheapest costs $12")."""
    return bool(word.tag_ in ("VBG", "JJS"))


def _numbered_name(word: Token) -> bool:
    """A name ending in a number, which the parse makes the number's: "the Nikkei 225 fell",
    "Route 66 reopens"."""
    return word.pos_ == "NUM" and any(c.dep_ == "compound" for c in word.lefts)


def _relative_antecedent(verb: Token, pronoun: Token) -> Token | None:
    """The noun a relative clause is about: the noun the parse hangs it from, or, when the parse
    hung it past the noun right before it ("the people of the valley that is 40 km long"), that
    noun, since a relative clause follows the noun it is about."""
    if verb.head.pos_ in NOUNS:
        return verb.head
    before = pronoun.doc[pronoun.i - 1] if pronoun.i > pronoun.sent.start else None
    return before if before is not None and before.pos_ in NOUNS else None


def _shared_subject(verb: Token) -> Token | None:
    """The subject a verb shares with the verb it completes or is joined to: "the club hopes
    to sign 12 players", "sales fell and then recovered 4%", "up 6% after falling 9%" (through
    "after" and "up")."""
    if verb.dep_ not in ("xcomp", "conj", "advcl", "pcomp"):
        return None
    head = verb.head
    for _ in range(3):
        if head.pos_ in VERBS:
            return subject(head)
        if head.i == head.head.i:
            break
        head = head.head
    return None
