"""Small helpers over spaCy's dependency parse, shared by the classify stage's modules."""

from __future__ import annotations

from typing import Any

from factsheet.numbers import Candidate
from factsheet.segment import lemmatize

Token = Any  # spacy.tokens.Token
Span = Any  # spacy.tokens.Span

NOUNS = frozenset({"NOUN", "PROPN"})
VERBS = frozenset({"VERB", "AUX"})
PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you", "this", "that", "which", "who"})


def lemma(t: Token) -> str:
    """The token's lemma as spaCy's lemmatizer gives it, worked out when first asked.

    The pipeline runs without its lemmatizer (:func:`factsheet.segment.nlp`): we read the lemma
    of few tokens, and lemmatizing them all cost a tenth of the parse. This does what the
    lemmatizer would have done for the token: keep a lemma set earlier (by the attribute ruler),
    else look it up by the token's part of speech.
    """
    if t.lemma == 0:
        t.lemma_ = lemmatize(t)
    return str(t.lemma_)


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
            if child.pos_ == "NUM" and any(c.dep_ == "compound" for c in child.lefts):
                return child  # a name with a number: "the S&P 500 rose"
            if child.lower_ in ("that", "which", "who") and verb.dep_ == "relcl":
                if verb.head.pos_ in NOUNS:
                    return verb.head
                # attached past the noun right before it: "everyone in the country that is 90
                # miles wide"; a relative clause follows the noun it is about
                before = child.doc[child.i - 1] if child.i > child.sent.start else None
                return before if before is not None and before.pos_ in NOUNS else None
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


_FINITE = frozenset({"VBZ", "VBD", "VBP"})
_FUNCTION_POS = frozenset({"DET", "PRON", "ADP", "CCONJ", "SCONJ", "PUNCT", "AUX", "PART", "NUM"})


def second_subject(verb: Token) -> Token | None:
    """The noun of two subjects the parse gave one verb, when the first is no noun: "sales" in
    "VR headset sales rose", with "headset" taken for a verb and a subject of its own."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) < 2 or subjects[0].pos_ in NOUNS:
        return None
    return next((c for c in subjects[1:] if c.pos_ in NOUNS), None)


def subject_before(verb: Token) -> Token | None:
    """The subject the parse missed of a finite verb with none: the word right before the verb,
    linked to it in the parse, when it can be one (a noun, or a capitalised word spaCy tagged
    otherwise: "Duly has 900 doctors", "this year's MSRP is $33,790"); or the noun before a
    comma-enclosed aside ("global debt, excluding banks, was $113 trillion")."""
    if verb.tag_ not in _FINITE:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    doc, start = verb.doc, verb.sent.start
    i = verb.i - 1
    aside = i > start and doc[i].text == ","
    if aside:
        i = next((j - 1 for j in range(i - 1, max(start, i - 8), -1) if doc[j].text == ","), start)
    if i < start:
        return None
    word = doc[i]
    if not (aside or word.head.i == verb.i or verb.head.i == word.i):
        return None
    if word.pos_ in NOUNS:
        return word
    if word.text[:1].isupper() and word.pos_ not in _FUNCTION_POS and not word.is_stop:
        return word
    return None
