"""Small helpers over spaCy's dependency parse, shared by the classify stage's modules."""

from __future__ import annotations

from typing import Any

from factsheet.numbers import Candidate

Token = Any  # spacy.tokens.Token
Span = Any  # spacy.tokens.Span

NOUNS = frozenset({"NOUN", "PROPN"})
VERBS = frozenset({"VERB", "AUX"})
PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you", "this", "that", "which", "who"})


def tokens_of(sent: Span, c: Candidate) -> list[Token]:
    """The tokens of the sentence that overlap the candidate."""
    base = sent.start_char
    lo, hi = base + c.start, base + c.end
    return [t for t in sent if t.idx < hi and t.idx + len(t.text) > lo]


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
            if child.pos_ in NOUNS or child.tag_ in ("VBG", "JJS"):
                return child  # "sampling came back at 4 ppb", "the lowest is 74"
            if child.text[:1].isupper() and child.pos_ in ("ADJ", "X"):
                return child  # spaCy tags some all-caps names ADJ: "OHSU has performed"
            if child.lower_ in ("that", "which", "who") and verb.dep_ == "relcl":
                return verb.head if verb.head.pos_ in NOUNS else None
            return None
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in NOUNS:
        return verb.head
    if any(child.dep_ == "expl" for child in verb.children):
        return None  # "there were 16,000 volunteers": no subject to climb to
    if verb.dep_ in ("xcomp", "conj", "advcl", "pcomp"):
        head = verb.head
        for _ in range(3):  # "up 57% after plummeting 65%": through "after" and "up"
            if head.pos_ in VERBS:
                return subject(head)
            if head.i == head.head.i:
                break
            head = head.head
    return None
