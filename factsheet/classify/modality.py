"""Estimate or fact: a figure's ``modality``.

Part of the claims pass (:mod:`factsheet.classify.claims`). Reads the dependency parse around the
figure;
returns one of:

- ``expected_by_others``: what others expected, against which an actual figure is measured —
  "analysts had expected revenue of $2 billion", "beating analysts' estimates of $1.1 billion",
  "expectations of 3%", "the consensus";
- ``target``: what someone means to reach — "aims to raise", "plans to cut 500 jobs", "a target
  of 2%", "the goal is 1 million";
- ``forecast``: what is expected to happen — "is expected to amount to $5 billion", "projected",
  "will reach", "could hit", "is set to top";
- ``estimate``: a figure nobody counted — "an estimated 20,000", "estimated at $5 billion",
  "officials believe";
- ``reported``: anything else (the default).

The cues are read on the way up the parse from the figure: the words that modify the nouns it
stands in ("an *estimated* 20,000 foreigners", "a *target* of 2%"), the verbs of its clause and
their auxiliaries ("*will* reach"), up to the reporting verb of the sentence (in "officials
said revenue will rise" the "will" counts, the "said" does not). The tables are in
:mod:`factsheet._claims`.
"""

from __future__ import annotations

from factsheet import _claims as cl
from factsheet.classify.attribution import is_reporting
from factsheet.models import Modality
from factsheet.nlp.syntax import NOUNS, VERBS, Token, lemma

_OWNER_DEPS = frozenset({"poss", "compound", "nmod", "amod"})
_FRAME_DEPS = frozenset({"xcomp", "ccomp"})
_OTHER_CLAUSES = frozenset({"advcl", "acl", "relcl", "pcomp"})
_ARGUMENTS = frozenset(
    {"dobj", "attr", "oprd", "nsubj", "nsubjpass", "npadvmod", "dative", "acomp", "advmod"}
)
_ARGUMENT_PREPS = frozenset({"to", "by"})
"""A figure is an argument of a verb when it is its object, subject or complement, or the
amount of a change ("rise *to* $5 billion", "fall *by* 3%"); "at 4-7" or "with two missions" is
not, so "would" or "could" on that verb say nothing about it."""
"""Clauses hung on another that do not take its modality: "attempted to recruit 500,000 ...
before passing a law decreasing the age from 27 to 25"."""
_CUE_LEMMAS = (
    cl.FORECAST_LEMMAS | cl.ESTIMATE_LEMMAS | cl.TARGET_LEMMAS
)  # reporting verbs that are cues themselves: "estimated", "expects"


def modality(root: Token, kind: str = "count") -> Modality:
    """The modality of the figure whose root token is ``root`` (a figure of ``kind``)."""
    t: Token = root
    child: Token | None = None
    argument = True  # is the figure an argument of the verb ``t`` (its object, subject …)?
    for _ in range(40):
        found = _verb_cue(t, child, argument) if t.pos_ in VERBS else _noun_cue(t, child, kind)
        if found is not None:
            return found
        if child is not None and is_reporting(t) and _base(t) not in _CUE_LEMMAS:
            return "reported"  # beyond the reporting verb is the report, not the figure
        if t.head.i == t.i or t.dep_ in _OTHER_CLAUSES:
            break
        if t.head.pos_ in VERBS:
            if t.pos_ in VERBS:
                argument = argument and t.dep_ == "xcomp"  # "expected to amount to $5 billion"
            else:
                argument = t.dep_ in _ARGUMENTS or (t.pos_ == "ADP" and t.lower_ in _ARGUMENT_PREPS)
        child, t = t, t.head
    return "reported"


def _by_forecasters(t: Token) -> bool:
    """Whether a verb's subject, or a noun's owner, is one whose expectation is not the
    speaker's own ("analysts", "Wall Street", "a Reuters poll")."""
    for c in t.children:
        if c.dep_ in ("nsubj", "nsubjpass", "poss", "compound", "nmod") and _forecaster(c):
            return True
        if (
            c.dep_ in ("agent", "prep")
            and c.lower_ in ("by", "from", "of")
            and any(_forecaster(g) for g in c.children if g.dep_ == "pobj")
        ):
            return True
    return False


def _forecaster(t: Token) -> bool:
    words = [t, *(c for c in t.children if c.dep_ in ("compound", "amod"))]
    return any(lemma(w).lower() in cl.FORECASTERS for w in words)


def _base(t: Token) -> str:
    """The lemma of a word, a participle read as an adjective included ("an *estimated*
    20,000", "the *projected* deficit": spaCy lemmatizes those as themselves)."""
    base = lemma(t).lower()
    if base.endswith("ed") and base == t.lower_:
        for stem in (base[:-1], base[:-2], base[:-3]):
            if stem in _CUE_LEMMAS:
                return stem
    return base


def _verb_cue(verb: Token, child: Token | None, argument: bool) -> Modality | None:
    base = _base(verb)
    through = child.dep_ if child is not None else ""
    said = argument or through == "ccomp"  # "expects revenue of", "estimated that 20,000 died"
    if base in cl.FORECAST_LEMMAS and said:
        return "expected_by_others" if _by_forecasters(verb) else "forecast"
    if base in cl.ESTIMATE_LEMMAS and said:
        return "expected_by_others" if _by_forecasters(verb) else "estimate"
    if not argument or through == "conj":
        return None
    if base in cl.TARGET_LEMMAS and (
        through == "xcomp" or (through in ("dobj", "prep") and base in cl.TARGET_OBJECT_LEMMAS)
    ):
        return "target"  # "plans to cut 500 jobs", "seeks $2 billion"
    if base in cl.FORECAST_FRAMES and through == "xcomp":
        return "forecast"  # "is set to reach", "likely to top"
    if any(c.dep_ == "aux" and c.lower_ in cl.FUTURE_AUXILIARIES for c in verb.children):
        return "forecast"
    if base == "be" and through in ("attr", "acomp", "prep"):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ in NOUNS:
            return _what_noun_says(subject)  # "the goal is 1 million"
    return None


def _noun_cue(noun: Token, child: Token | None, kind: str) -> Modality | None:
    for c in noun.children:
        if c.dep_ not in ("amod", "compound", "nmod") or (child is not None and c.i == child.i):
            continue
        base = _base(c)
        if base in cl.ESTIMATE_LEMMAS:
            return "estimate"  # "an estimated 20,000"
        if base in cl.FORECAST_LEMMAS:
            return "expected_by_others" if _by_forecasters(noun) else "forecast"
    if child is None or noun.pos_ not in NOUNS:
        return None
    if child.dep_ in ("prep", "appos"):
        if lemma(noun).lower() in cl.PLEDGE_NOUNS:
            return "target"  # "a pledge of $1 billion"
        return _what_noun_says(noun)  # "a target of 2%", "estimates of $1.1 billion"
    if child.dep_ in ("compound", "nummod", "quantmod", "npadvmod", "amod") and kind in (
        "percent",
        "money",
        "measure",
    ):
        return _what_noun_says(noun)  # "a 2% inflation target"; "1 goal" counts goals
    return None


def _what_noun_says(noun: Token) -> Modality | None:
    """The modality a noun gives the figure it holds ("a target of 2%", "estimates of")."""
    base = lemma(noun).lower()
    if base in cl.TARGET_NOUNS:
        return "target"
    if base not in cl.EXPECTATION_NOUNS:
        return None
    if base in ("expectation", "consensus") or _by_forecasters(noun) or _compared(noun):
        return "expected_by_others"
    return "estimate" if base == "estimate" else "forecast"


def _compared(noun: Token) -> bool:
    """Is the noun what an actual figure is measured against: "beating estimates of", "compared
    with forecasts of"?"""
    head = noun.head
    if noun.dep_ == "pobj" and head.pos_ == "ADP":
        head = head.head
    return lemma(head).lower() in cl.COMPARISON_LEMMAS
