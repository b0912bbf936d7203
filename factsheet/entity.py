"""What a figure is about: its ``entity``, from the dependency parse.

Part of the classify stage: the counted noun phrase ("16,000 volunteers in the Middle East"),
the purpose of money ("$61 billion for Ukraine"), the subject of the verb a figure depends on,
and whose age a number is ("Willy Joseph Cancel, 22").
"""

from __future__ import annotations

import re

from factsheet import _lexicon as lx
from factsheet.syntax import NOUNS, PRONOUNS, Token, governor, subject

_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "npadvmod"})
_ENTITY_PREPS = frozenset(
    {"in", "of", "from", "at", "on", "for", "to", "across", "among", "inside"}
)
_MONEY_PREPS = ("for", "on", "in", "to", "towards", "toward")


def _phrase(head: Token, exclude: set[int], *, with_prep: bool = True, limit: int = 9) -> str:
    """A short noun phrase around ``head``: its adjacent modifiers and a prepositional phrase."""
    keep = {head.i}
    for child in reversed(list(head.lefts)):
        if child.dep_ in _MODIFIER_DEPS and child.i not in exclude:
            sub = [t for t in child.subtree if t.i not in exclude and t.pos_ not in ("DET", "NUM")]
            if any(t.i in exclude for t in child.subtree) and child.dep_ != "compound":
                continue
            keep.update(t.i for t in sub)
        else:
            break
    if with_prep:
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in _ENTITY_PREPS and child.i not in exclude:
                sub = [t for t in child.subtree if t.i not in exclude]
                if sub and len(sub) <= limit:
                    keep.update(t.i for t in sub)
                break
            if child.dep_ not in ("amod", "compound", "punct", "nummod"):
                break
    lo, hi = min(keep), max(keep)
    while lo in exclude or head.doc[lo].pos_ in ("DET", "PUNCT", "ADP", "CCONJ", "PRON"):
        if lo >= hi:
            break
        lo += 1
    while head.doc[hi].pos_ in ("PUNCT", "CCONJ", "ADP", "DET") and hi > lo:
        hi -= 1
    words = [t for t in head.doc[lo : hi + 1] if t.i not in exclude]
    text = "".join(t.text_with_ws for t in words).strip()
    return re.sub(r"\s+", " ", text)


def entity(kind: str, root: Token, exclude: set[int], counted: Token | None) -> str | None:
    if counted is not None:
        return _phrase(counted, exclude) or None
    head = root.head
    if (
        root.dep_ in ("nummod", "compound", "amod", "nmod")
        and head.pos_ in NOUNS
        and head.i > root.i
        and head.lemma_.lower() not in lx.TREND_UP_NOUNS | lx.TREND_DOWN_NOUNS
    ):
        return _phrase(head, exclude) or None
    if kind == "money":
        purpose = _purpose_object(root, exclude)
        if purpose is not None:
            return _phrase(purpose, exclude) or None
        for child in root.rights:
            if child.dep_ == "prep" and child.lower_ in _MONEY_PREPS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return _phrase(pobj, exclude, with_prep=False) or None
            if child.dep_ in ("acl", "relcl", "advcl", "xcomp") and child.pos_ == "VERB":
                for obj in child.children:
                    if obj.dep_ == "dobj" and obj.pos_ in NOUNS:
                        return _phrase(obj, exclude) or None
    for child in root.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.pos_ in NOUNS:
                    return _phrase(pobj, exclude) or None
    verb = governor(root)
    if verb is not None:
        if kind == "money":
            for child in verb.rights:
                if child.dep_ == "prep" and child.lower_ in _MONEY_PREPS and child.i > root.i:
                    for pobj in child.children:
                        if pobj.dep_ == "pobj" and pobj.pos_ in NOUNS:
                            return _phrase(pobj, exclude, with_prep=False) or None
        subj = subject(verb)
        if subj is not None and subj.i not in exclude and subj.lower_ not in PRONOUNS:
            return _phrase(subj, exclude) or None
    return None


def _purpose_object(root: Token, exclude: set[int]) -> Token | None:
    """The object of "to VERB" right after an amount: "$4.83 billion to support partners"."""
    doc = root.doc
    after = max(exclude) + 1 if exclude else root.i + 1
    if after + 1 >= len(doc) or doc[after].lower_ != "to" or doc[after + 1].pos_ != "VERB":
        return None
    for obj in doc[after + 1].children:
        if obj.dep_ == "dobj" and obj.pos_ in NOUNS:
            return obj
    return None


def person(root: Token) -> str | None:
    """Whose age: "Willy Joseph Cancel, 22", "a 65-year-old man"."""
    head = root.head
    while (
        head.dep_ in ("compound", "amod", "npadvmod")
        and head.head.i != head.i
        and head.pos_ != "PROPN"
    ):
        head = head.head
    if head.i == root.i or head.pos_ not in NOUNS:
        return None
    if head.pos_ == "PROPN":
        names = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
        start = names[0].i if names else head.i
        return str(head.doc[start : head.i + 1].text)
    if head.lemma_.lower() in lx.DURATION_UNITS or head.lower_ in ("old", "age"):
        return None
    return str(head.text)
