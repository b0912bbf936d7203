"""Tests for the claims pass: who says a figure (attribution), when it holds (period) and how
sure it is (modality), sentence by sentence.

The rule tests read parses built by hand (``spacy.tokens.Doc`` with words, heads, dependencies,
tags, parts of speech and lemmas, as spaCy's own tests do), so they run without the model and
pin the rules, not the parser. The sentences are our own. The parses below are what
``en_core_web_sm`` 3.8 gives for them, checked by eye. Tests through the model, over whole
documents (quotations that run over several sentences, pronouns), are marked ``slow``.
"""

from __future__ import annotations

import datetime as dt
import doctest
from typing import Any

import pytest
from helpers import hand_parse

from factsheet.classify import attribution as attribution_module
from factsheet.classify import claims as claims_module
from factsheet.classify import period as period_module
from factsheet.classify.attribution import attribution, quotes
from factsheet.classify.claims import article_subject, figure_period, names
from factsheet.classify.modality import modality
from factsheet.classify.period import time_phrases
from factsheet.consolidate import discrepancies as discrepancies_module
from factsheet.nlp.syntax import root_of

Tok = tuple[str, str, str, str, int, str, bool]
"""A token as (text, tag, POS, dependency, head index, lemma, followed by a space)."""

PARSES: dict[str, list[Tok]] = {
    "The ministry said 40 people died.": [
        ("The", "DT", "DET", "det", 1, "the", True),
        ("ministry", "NN", "NOUN", "nsubj", 2, "ministry", True),
        ("said", "VBD", "VERB", "ROOT", 2, "say", True),
        ("40", "CD", "NUM", "nummod", 4, "40", True),
        ("people", "NNS", "NOUN", "nsubj", 5, "people", True),
        ("died", "VBD", "VERB", "ccomp", 2, "die", False),
        (".", ".", "PUNCT", "punct", 2, ".", False),
    ],
    "About 300 homes lost power, the utility said.": [
        ("About", "RB", "ADV", "advmod", 1, "about", True),
        ("300", "CD", "NUM", "nummod", 2, "300", True),
        ("homes", "NNS", "NOUN", "nsubj", 3, "home", True),
        ("lost", "VBD", "VERB", "ccomp", 8, "lose", True),
        ("power", "NN", "NOUN", "dobj", 3, "power", False),
        (",", ",", "PUNCT", "punct", 8, ",", True),
        ("the", "DT", "DET", "det", 7, "the", True),
        ("utility", "NN", "NOUN", "nsubj", 8, "utility", True),
        ("said", "VBD", "VERB", "ROOT", 8, "say", False),
        (".", ".", "PUNCT", "punct", 8, ".", False),
    ],
    "Prices rose 4% last year, according to the statistics office.": [
        ("Prices", "NNS", "NOUN", "nsubj", 1, "price", True),
        ("rose", "VBD", "VERB", "ROOT", 1, "rise", True),
        ("4", "CD", "NUM", "nummod", 3, "4", False),
        ("%", "NN", "NOUN", "npadvmod", 1, "%", True),
        ("last", "JJ", "ADJ", "amod", 5, "last", True),
        ("year", "NN", "NOUN", "npadvmod", 1, "year", False),
        (",", ",", "PUNCT", "punct", 1, ",", True),
        ("according", "VBG", "VERB", "prep", 1, "accord", True),
        ("to", "IN", "ADP", "prep", 7, "to", True),
        ("the", "DT", "DET", "det", 11, "the", True),
        ("statistics", "NNS", "NOUN", "compound", 11, "statistic", True),
        ("office", "NN", "NOUN", "pobj", 8, "office", False),
        (".", ".", "PUNCT", "punct", 1, ".", False),
    ],
    "Mayor Ana Ruiz told reporters the city spent $2 million.": [
        ("Mayor", "NNP", "PROPN", "compound", 2, "Mayor", True),
        ("Ana", "NNP", "PROPN", "compound", 2, "Ana", True),
        ("Ruiz", "NNP", "PROPN", "nsubj", 3, "Ruiz", True),
        ("told", "VBD", "VERB", "ROOT", 3, "tell", True),
        ("reporters", "NNS", "NOUN", "dobj", 3, "reporter", True),
        ("the", "DT", "DET", "det", 6, "the", True),
        ("city", "NN", "NOUN", "nsubj", 7, "city", True),
        ("spent", "VBD", "VERB", "ccomp", 3, "spend", True),
        ("$", "$", "SYM", "quantmod", 10, "$", False),
        ("2", "CD", "NUM", "compound", 10, "2", True),
        ("million", "CD", "NUM", "dobj", 7, "million", False),
        (".", ".", "PUNCT", "punct", 3, ".", False),
    ],
    "Smith, 45, said the plan works.": [
        ("Smith", "NNP", "PROPN", "nsubj", 4, "Smith", False),
        (",", ",", "PUNCT", "punct", 0, ",", True),
        ("45", "CD", "NUM", "appos", 0, "45", False),
        (",", ",", "PUNCT", "punct", 0, ",", True),
        ("said", "VBD", "VERB", "ROOT", 4, "say", True),
        ("the", "DT", "DET", "det", 6, "the", True),
        ("plan", "NN", "NOUN", "nsubj", 7, "plan", True),
        ("works", "VBZ", "VERB", "ccomp", 4, "work", False),
        (".", ".", "PUNCT", "punct", 4, ".", False),
    ],
    "The council approved 12 new schools.": [
        ("The", "DT", "DET", "det", 1, "the", True),
        ("council", "NN", "NOUN", "nsubj", 2, "council", True),
        ("approved", "VBD", "VERB", "ROOT", 2, "approve", True),
        ("12", "CD", "NUM", "nummod", 5, "12", True),
        ("new", "JJ", "ADJ", "amod", 5, "new", True),
        ("schools", "NNS", "NOUN", "dobj", 2, "school", False),
        (".", ".", "PUNCT", "punct", 2, ".", False),
    ],
    "The agency estimated 5,000 jobs were lost.": [
        ("The", "DT", "DET", "det", 1, "the", True),
        ("agency", "NN", "NOUN", "nsubj", 2, "agency", True),
        ("estimated", "VBD", "VERB", "ROOT", 2, "estimate", True),
        ("5,000", "CD", "NUM", "nummod", 4, "5,000", True),
        ("jobs", "NNS", "NOUN", "nsubjpass", 6, "job", True),
        ("were", "VBD", "AUX", "auxpass", 6, "be", True),
        ("lost", "VBN", "VERB", "ccomp", 2, "lose", False),
        (".", ".", "PUNCT", "punct", 2, ".", False),
    ],
    "He said in 2021 that 80 staff had left.": [
        ("He", "PRP", "PRON", "nsubj", 1, "he", True),
        ("said", "VBD", "VERB", "ROOT", 1, "say", True),
        ("in", "IN", "ADP", "prep", 1, "in", True),
        ("2021", "CD", "NUM", "pobj", 2, "2021", True),
        ("that", "IN", "SCONJ", "mark", 8, "that", True),
        ("80", "CD", "NUM", "nummod", 6, "80", True),
        ("staff", "NN", "NOUN", "nsubj", 8, "staff", True),
        ("had", "VBD", "AUX", "aux", 8, "have", True),
        ("left", "VBN", "VERB", "ccomp", 1, "leave", False),
        (".", ".", "PUNCT", "punct", 1, ".", False),
    ],
    "Costs are expected to reach $9 million.": [
        ("Costs", "NNS", "NOUN", "nsubjpass", 2, "cost", True),
        ("are", "VBP", "AUX", "auxpass", 2, "be", True),
        ("expected", "VBN", "VERB", "ROOT", 2, "expect", True),
        ("to", "TO", "PART", "aux", 4, "to", True),
        ("reach", "VB", "VERB", "xcomp", 2, "reach", True),
        ("$", "$", "SYM", "quantmod", 7, "$", False),
        ("9", "CD", "NUM", "compound", 7, "9", True),
        ("million", "CD", "NUM", "dobj", 4, "million", False),
        (".", ".", "PUNCT", "punct", 2, ".", False),
    ],
    "Sales reached $4 billion in 2023.": [
        ("Sales", "NNS", "NOUN", "nsubj", 1, "sale", True),
        ("reached", "VBD", "VERB", "ROOT", 1, "reach", True),
        ("$", "$", "SYM", "quantmod", 4, "$", False),
        ("4", "CD", "NUM", "compound", 4, "4", True),
        ("billion", "CD", "NUM", "dobj", 1, "billion", True),
        ("in", "IN", "ADP", "prep", 1, "in", True),
        ("2023", "CD", "NUM", "pobj", 5, "2023", False),
        (".", ".", "PUNCT", "punct", 1, ".", False),
    ],
    "Revenue rose to $5 billion in 2024 from $4 billion in 2023.": [
        ("Revenue", "NN", "NOUN", "nsubj", 1, "revenue", True),
        ("rose", "VBD", "VERB", "ROOT", 1, "rise", True),
        ("to", "IN", "ADP", "prep", 1, "to", True),
        ("$", "$", "SYM", "quantmod", 5, "$", False),
        ("5", "CD", "NUM", "compound", 5, "5", True),
        ("billion", "CD", "NUM", "pobj", 2, "billion", True),
        ("in", "IN", "ADP", "prep", 1, "in", True),
        ("2024", "CD", "NUM", "pobj", 6, "2024", True),
        ("from", "IN", "ADP", "prep", 1, "from", True),
        ("$", "$", "SYM", "quantmod", 11, "$", False),
        ("4", "CD", "NUM", "compound", 11, "4", True),
        ("billion", "CD", "NUM", "pobj", 8, "billion", True),
        ("in", "IN", "ADP", "prep", 8, "in", True),
        ("2023", "CD", "NUM", "pobj", 12, "2023", False),
        (".", ".", "PUNCT", "punct", 1, ".", False),
    ],
    "The firm said in March 2022 that it had 900 stores.": [
        ("The", "DT", "DET", "det", 1, "the", True),
        ("firm", "NN", "NOUN", "nsubj", 2, "firm", True),
        ("said", "VBD", "VERB", "ROOT", 2, "say", True),
        ("in", "IN", "ADP", "prep", 2, "in", True),
        ("March", "NNP", "PROPN", "pobj", 3, "March", True),
        ("2022", "CD", "NUM", "nummod", 4, "2022", True),
        ("that", "IN", "SCONJ", "mark", 8, "that", True),
        ("it", "PRP", "PRON", "nsubj", 8, "it", True),
        ("had", "VBD", "VERB", "ccomp", 2, "have", True),
        ("900", "CD", "NUM", "nummod", 10, "900", True),
        ("stores", "NNS", "NOUN", "dobj", 8, "store", False),
        (".", ".", "PUNCT", "punct", 2, ".", False),
    ],
    "Since January 2020, the charity has raised $3 million.": [
        ("Since", "IN", "SCONJ", "prep", 7, "since", True),
        ("January", "NNP", "PROPN", "pobj", 0, "January", True),
        ("2020", "CD", "NUM", "nummod", 1, "2020", False),
        (",", ",", "PUNCT", "punct", 7, ",", True),
        ("the", "DT", "DET", "det", 5, "the", True),
        ("charity", "NN", "NOUN", "nsubj", 7, "charity", True),
        ("has", "VBZ", "AUX", "aux", 7, "have", True),
        ("raised", "VBN", "VERB", "ROOT", 7, "raise", True),
        ("$", "$", "SYM", "quantmod", 10, "$", False),
        ("3", "CD", "NUM", "compound", 10, "3", True),
        ("million", "CD", "NUM", "dobj", 7, "million", False),
        (".", ".", "PUNCT", "punct", 7, ".", False),
    ],
    "The team scored 24 points in the third quarter.": [
        ("The", "DT", "DET", "det", 1, "the", True),
        ("team", "NN", "NOUN", "nsubj", 2, "team", True),
        ("scored", "VBD", "VERB", "ROOT", 2, "score", True),
        ("24", "CD", "NUM", "nummod", 4, "24", True),
        ("points", "NNS", "NOUN", "npadvmod", 2, "point", True),
        ("in", "IN", "ADP", "prep", 2, "in", True),
        ("the", "DT", "DET", "det", 8, "the", True),
        ("third", "JJ", "ADJ", "amod", 8, "third", True),
        ("quarter", "NN", "NOUN", "pobj", 5, "quarter", False),
        (".", ".", "PUNCT", "punct", 2, ".", False),
    ],
    "Profit was $2 million in the third quarter.": [
        ("Profit", "NN", "NOUN", "nsubj", 1, "profit", True),
        ("was", "VBD", "AUX", "ROOT", 1, "be", True),
        ("$", "$", "SYM", "quantmod", 4, "$", False),
        ("2", "CD", "NUM", "compound", 4, "2", True),
        ("million", "CD", "NUM", "attr", 1, "million", True),
        ("in", "IN", "ADP", "prep", 4, "in", True),
        ("the", "DT", "DET", "det", 8, "the", True),
        ("third", "JJ", "ADJ", "amod", 8, "third", True),
        ("quarter", "NN", "NOUN", "pobj", 5, "quarter", False),
        (".", ".", "PUNCT", "punct", 1, ".", False),
    ],
    "The 2018 model sold for $300.": [
        ("The", "DT", "DET", "det", 2, "the", True),
        ("2018", "CD", "NUM", "nummod", 2, "2018", True),
        ("model", "NN", "NOUN", "ROOT", 2, "model", True),
        ("sold", "VBN", "VERB", "acl", 2, "sell", True),
        ("for", "IN", "ADP", "prep", 3, "for", True),
        ("$", "$", "SYM", "nmod", 6, "$", False),
        ("300", "CD", "NUM", "pobj", 4, "300", False),
        (".", ".", "PUNCT", "punct", 2, ".", False),
    ],
    "The company expects revenue of $2 billion.": [
        ("The", "DT", "DET", "det", 1, "the", True),
        ("company", "NN", "NOUN", "nsubj", 2, "company", True),
        ("expects", "VBZ", "VERB", "ROOT", 2, "expect", True),
        ("revenue", "NN", "NOUN", "dobj", 2, "revenue", True),
        ("of", "IN", "ADP", "prep", 3, "of", True),
        ("$", "$", "SYM", "quantmod", 7, "$", False),
        ("2", "CD", "NUM", "compound", 7, "2", True),
        ("billion", "CD", "NUM", "pobj", 4, "billion", False),
        (".", ".", "PUNCT", "punct", 2, ".", False),
    ],
    "Analysts had expected revenue of $2 billion.": [
        ("Analysts", "NNS", "NOUN", "nsubj", 2, "analyst", True),
        ("had", "VBD", "AUX", "aux", 2, "have", True),
        ("expected", "VBN", "VERB", "ROOT", 2, "expect", True),
        ("revenue", "NN", "NOUN", "dobj", 2, "revenue", True),
        ("of", "IN", "ADP", "prep", 3, "of", True),
        ("$", "$", "SYM", "quantmod", 7, "$", False),
        ("2", "CD", "NUM", "compound", 7, "2", True),
        ("billion", "CD", "NUM", "pobj", 4, "billion", False),
        (".", ".", "PUNCT", "punct", 2, ".", False),
    ],
    "The city plans to build 500 homes.": [
        ("The", "DT", "DET", "det", 1, "the", True),
        ("city", "NN", "NOUN", "nsubj", 2, "city", True),
        ("plans", "VBZ", "VERB", "ROOT", 2, "plan", True),
        ("to", "TO", "PART", "aux", 4, "to", True),
        ("build", "VB", "VERB", "xcomp", 2, "build", True),
        ("500", "CD", "NUM", "nummod", 6, "500", True),
        ("homes", "NNS", "NOUN", "dobj", 4, "home", False),
        (".", ".", "PUNCT", "punct", 2, ".", False),
    ],
    "There were an estimated 3,000 protesters.": [
        ("There", "EX", "PRON", "expl", 1, "there", True),
        ("were", "VBD", "VERB", "ROOT", 1, "be", True),
        ("an", "DT", "DET", "det", 5, "an", True),
        ("estimated", "VBN", "VERB", "amod", 5, "estimate", True),
        ("3,000", "CD", "NUM", "nummod", 5, "3,000", True),
        ("protesters", "NNS", "NOUN", "attr", 1, "protester", False),
        (".", ".", "PUNCT", "punct", 1, ".", False),
    ],
    "Sales will reach $1 billion.": [
        ("Sales", "NNS", "NOUN", "nsubj", 2, "sale", True),
        ("will", "MD", "AUX", "aux", 2, "will", True),
        ("reach", "VB", "VERB", "ROOT", 2, "reach", True),
        ("$", "$", "SYM", "quantmod", 5, "$", False),
        ("1", "CD", "NUM", "compound", 5, "1", True),
        ("billion", "CD", "NUM", "dobj", 2, "billion", False),
        (".", ".", "PUNCT", "punct", 2, ".", False),
    ],
    "The bank reported a profit of $3 billion, beating estimates of $2.8 billion.": [
        ("The", "DT", "DET", "det", 1, "the", True),
        ("bank", "NN", "NOUN", "nsubj", 2, "bank", True),
        ("reported", "VBD", "VERB", "ROOT", 2, "report", True),
        ("a", "DT", "DET", "det", 4, "a", True),
        ("profit", "NN", "NOUN", "dobj", 2, "profit", True),
        ("of", "IN", "ADP", "prep", 4, "of", True),
        ("$", "$", "SYM", "quantmod", 8, "$", False),
        ("3", "CD", "NUM", "compound", 8, "3", True),
        ("billion", "CD", "NUM", "pobj", 5, "billion", False),
        (",", ",", "PUNCT", "punct", 2, ",", True),
        ("beating", "VBG", "VERB", "advcl", 2, "beat", True),
        ("estimates", "NNS", "NOUN", "dobj", 10, "estimate", True),
        ("of", "IN", "ADP", "prep", 11, "of", True),
        ("$", "$", "SYM", "quantmod", 15, "$", False),
        ("2.8", "CD", "NUM", "compound", 15, "2.8", True),
        ("billion", "CD", "NUM", "pobj", 12, "billion", False),
        (".", ".", "PUNCT", "punct", 2, ".", False),
    ],
    "The striker scored 2 goals.": [
        ("The", "DT", "DET", "det", 1, "the", True),
        ("striker", "NN", "NOUN", "nsubj", 2, "striker", True),
        ("scored", "VBD", "VERB", "ROOT", 2, "score", True),
        ("2", "CD", "NUM", "nummod", 4, "2", True),
        ("goals", "NNS", "NOUN", "dobj", 2, "goal", False),
        (".", ".", "PUNCT", "punct", 2, ".", False),
    ],
    "The inflation target is 2%.": [
        ("The", "DT", "DET", "det", 2, "the", True),
        ("inflation", "NN", "NOUN", "compound", 2, "inflation", True),
        ("target", "NN", "NOUN", "nsubj", 3, "target", True),
        ("is", "VBZ", "AUX", "ROOT", 3, "be", True),
        ("2", "CD", "NUM", "nummod", 5, "2", False),
        ("%", "NN", "NOUN", "attr", 3, "%", False),
        (".", ".", "PUNCT", "punct", 3, ".", False),
    ],
    "With 20 players, the club could win the league.": [
        ("With", "IN", "ADP", "prep", 7, "with", True),
        ("20", "CD", "NUM", "nummod", 2, "20", True),
        ("players", "NNS", "NOUN", "pobj", 0, "player", False),
        (",", ",", "PUNCT", "punct", 7, ",", True),
        ("the", "DT", "DET", "det", 5, "the", True),
        ("club", "NN", "NOUN", "nsubj", 7, "club", True),
        ("could", "MD", "AUX", "aux", 7, "could", True),
        ("win", "VB", "VERB", "ROOT", 7, "win", True),
        ("the", "DT", "DET", "det", 9, "the", True),
        ("league", "NN", "NOUN", "dobj", 7, "league", False),
        (".", ".", "PUNCT", "punct", 7, ".", False),
    ],
}


def parsed(sentence: str) -> Any:
    """The hand-built parse of one of our sentences (a ``spacy.tokens.Doc``)."""
    toks = PARSES[sentence]
    doc = hand_parse(
        words=[t[0] for t in toks],
        spaces=[t[6] for t in toks],
        tags=[t[1] for t in toks],
        pos=[t[2] for t in toks],
        deps=[t[3] for t in toks],
        heads=[t[4] for t in toks],
        lemmas=[t[5] for t in toks],
    )
    assert doc.text == sentence
    return doc


def root(doc: Any, surface: str) -> Any:
    """The root token of the figure written ``surface`` in the parse."""
    start = doc.text.index(surface)
    end = start + len(surface)
    found = root_of([t for t in doc if t.idx < end and t.idx + len(t.text) > start])
    assert found is not None
    return found


def test_the_parses_are_trees() -> None:
    for sentence in PARSES:
        doc = parsed(sentence)
        assert sum(t.head.i == t.i for t in doc) == 1, sentence


# --------------------------------------------------------------------------------------------
# 1. Attribution
# --------------------------------------------------------------------------------------------

ATTRIBUTIONS = [
    pytest.param("The ministry said 40 people died.", "40", "The ministry", id="said that"),
    pytest.param(
        "About 300 homes lost power, the utility said.", "300", "the utility", id="a tag after"
    ),
    pytest.param(
        "Prices rose 4% last year, according to the statistics office.",
        "4%",
        "the statistics office",
        id="according to",
    ),
    pytest.param(
        "Mayor Ana Ruiz told reporters the city spent $2 million.",
        "$2 million",
        "Mayor Ana Ruiz",
        id="told someone",
    ),
    pytest.param(
        "The agency estimated 5,000 jobs were lost.", "5,000", "The agency", id="estimated"
    ),
]

NO_ATTRIBUTION = [
    pytest.param("Smith, 45, said the plan works.", "45", id="the speaker's own age"),
    pytest.param("The council approved 12 new schools.", "12", id="no reporting verb"),
    pytest.param("He said in 2021 that 80 staff had left.", "2021", id="when it was said"),
    pytest.param(
        "He said in 2021 that 80 staff had left.", "80", id="a pronoun with no text before it"
    ),
    pytest.param("Costs are expected to reach $9 million.", "$9 million", id="a passive alone"),
    pytest.param(
        "The bank reported a profit of $3 billion, beating estimates of $2.8 billion.",
        "$2.8 billion",
        id="beside the report, not in it",
    ),
]


@pytest.mark.parametrize(("sentence", "surface", "expected"), ATTRIBUTIONS)
def test_attribution(sentence: str, surface: str, expected: str) -> None:
    doc = parsed(sentence)
    assert attribution(root(doc, surface), 0, None) == expected


@pytest.mark.parametrize(("sentence", "surface"), NO_ATTRIBUTION)
def test_no_attribution(sentence: str, surface: str) -> None:
    doc = parsed(sentence)
    assert attribution(root(doc, surface), 0, None) is None


QUOTES = [
    pytest.param('He said: "We hired 200." Then he left.', ['"We hired 200."'], id="double"),
    pytest.param("“We hired 200,” she said.", ["“We hired 200,”"], id="curly"),
    pytest.param(
        "'We hired 200,' said the director of Ukraine's biggest clinic.",
        ["'We hired 200,'"],
        id="single, an apostrophe after",
    ),
    pytest.param("It's the players' union's 5% share.", [], id="apostrophes only"),
    pytest.param('Staff said "about 40" were ill.', ['"about 40"'], id="a scare quote"),
]


@pytest.mark.parametrize(("text", "expected"), QUOTES)
def test_quotes(text: str, expected: list[str]) -> None:
    assert [text[q.start : q.end] for q in quotes(text, [(0, len(text))])] == expected


def test_a_quote_left_open_runs_into_the_next_paragraph() -> None:
    text = 'She said: "We hired 200 nurses.\n\n"Another 50 start in May," she added.'
    found = quotes(text, [(0, 31), (33, len(text))])
    assert [(text[q.start : q.end], q.closed) for q in found] == [
        ('"We hired 200 nurses.', False),
        ('"Another 50 start in May,"', True),
    ]


# --------------------------------------------------------------------------------------------
# 2. Time scope
# --------------------------------------------------------------------------------------------

PUBLISHED = dt.date(2019, 11, 5)

# (sentence, figure, kind, the sentence's dates with their ISO dates, its other figures,
#  publication date, expected period, expected period_surface)
PERIODS = [
    pytest.param(
        "Sales reached $4 billion in 2023.",
        "$4 billion", "money", [("2023", "2023")], [], None, "2023", "in 2023",
        id="in a year",
    ),
    pytest.param(
        "Revenue rose to $5 billion in 2024 from $4 billion in 2023.",
        "$5 billion", "money", [("2024", "2024"), ("2023", "2023")], ["$4 billion"], None,
        "2024", "in 2024",
        id="the new level's year",
    ),
    pytest.param(
        "Revenue rose to $5 billion in 2024 from $4 billion in 2023.",
        "$4 billion", "money", [("2024", "2024"), ("2023", "2023")], ["$5 billion"], None,
        "2023", "in 2023",
        id="the old level's year",
    ),
    pytest.param(
        "Since January 2020, the charity has raised $3 million.",
        "$3 million", "money", [("January 2020", "2020-01")], [], None,
        "2020-01", "since January 2020",
        id="since a month",
    ),
    pytest.param(
        "Profit was $2 million in the third quarter.",
        "$2 million", "money", [], [], PUBLISHED, "2019-Q3", "in the third quarter",
        id="a quarter anchored to the publication date",
    ),
    pytest.param(
        "Profit was $2 million in the third quarter.",
        "$2 million", "money", [], [], None, None, "in the third quarter",
        id="a quarter with no publication date",
    ),
    pytest.param(
        "The team scored 24 points in the third quarter.",
        "24", "count", [], [], PUBLISHED, None, "in the third quarter",
        id="a game's quarter is no calendar quarter",
    ),
    pytest.param(
        "The firm said in March 2022 that it had 900 stores.",
        "900", "count", [("March 2022", "2022-03")], [], None, None, None,
        id="when it was said is not when it holds",
    ),
    pytest.param(
        "The 2018 model sold for $300.",
        "$300", "money", [("2018", "2018")], [], None, None, None,
        id="a model year",
    ),
    pytest.param(
        "The council approved 12 new schools.",
        "12", "count", [], [], None, None, None,
        id="no time phrase",
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "surface", "kind", "dates", "others", "published", "iso", "written"), PERIODS
)
def test_period(
    sentence: str,
    surface: str,
    kind: str,
    dates: list[tuple[str, str]],
    others: list[str],
    published: dt.date | None,
    iso: str | None,
    written: str | None,
) -> None:
    doc = parsed(sentence)
    spans = [(sentence.index(d), sentence.index(d) + len(d), i) for d, i in dates]
    phrases = time_phrases(doc[:], sentence, spans, published)
    other_roots = [root(doc, o) for o in others]
    found = figure_period(kind, root(doc, surface), phrases, other_roots, doc[:], sentence)
    assert found == (iso, written)


# --------------------------------------------------------------------------------------------
# 3. Estimate or fact
# --------------------------------------------------------------------------------------------

MODALITIES = [
    pytest.param(
        "The company expects revenue of $2 billion.", "$2 billion", "money", "forecast",
        id="expects",
    ),
    pytest.param(
        "Costs are expected to reach $9 million.", "$9 million", "money", "forecast",
        id="is expected to",
    ),
    pytest.param("Sales will reach $1 billion.", "$1 billion", "money", "forecast", id="will"),
    pytest.param(
        "Analysts had expected revenue of $2 billion.", "$2 billion", "money",
        "expected_by_others", id="analysts expected",
    ),
    pytest.param(
        "The bank reported a profit of $3 billion, beating estimates of $2.8 billion.",
        "$2.8 billion", "money", "expected_by_others", id="estimates it beat",
    ),
    pytest.param(
        "The city plans to build 500 homes.", "500", "count", "target", id="plans to",
    ),
    pytest.param("The inflation target is 2%.", "2%", "percent", "target", id="a target is"),
    pytest.param(
        "There were an estimated 3,000 protesters.", "3,000", "count", "estimate",
        id="an estimated",
    ),
    pytest.param(
        "The agency estimated 5,000 jobs were lost.", "5,000", "count", "estimate",
        id="estimated that",
    ),
    pytest.param(
        "The bank reported a profit of $3 billion, beating estimates of $2.8 billion.",
        "$3 billion", "money", "reported", id="the actual figure",
    ),
    pytest.param(
        "The striker scored 2 goals.", "2", "count", "reported", id="goals scored, not aimed at",
    ),
    pytest.param(
        "With 20 players, the club could win the league.", "20", "count", "reported",
        id="could, of what the figure is not",
    ),
    pytest.param(
        "The ministry said 40 people died.", "40", "count", "reported", id="said is neutral",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "surface", "kind", "expected"), MODALITIES)
def test_modality(sentence: str, surface: str, kind: str, expected: str) -> None:
    doc = parsed(sentence)
    assert modality(root(doc, surface), kind) == expected


# --------------------------------------------------------------------------------------------
# Subjects
# --------------------------------------------------------------------------------------------


def test_article_subject_is_the_title_name_the_text_repeats() -> None:
    text = "Riverton said ... Riverton's council ... in Riverton. Oslo once."
    assert article_subject("Riverton and Oslo sign a deal", text) == "Riverton"
    assert article_subject("Oslo signs a deal", text) is None  # named once only
    assert article_subject("", text) is None


def test_names_in_an_entity() -> None:
    assert names("U.S. troops") == "U.S."
    assert names("The firm") is None


def test_doctests() -> None:
    for module in (
        attribution_module,
        claims_module,
        period_module,
        discrepancies_module,
    ):
        result = doctest.testmod(module)
        assert result.failed == 0, module.__name__


# --------------------------------------------------------------------------------------------
# Whole documents, through the model
# --------------------------------------------------------------------------------------------

DOCUMENTS = [
    pytest.param(
        '"We have hired 200 nurses. We will hire 50 more in 2025," said Dr Lena Marsh.',
        {"200": "Dr Lena Marsh", "50": "Dr Lena Marsh"},
        id="a quotation of two sentences, its tag after",
    ),
    pytest.param(
        'Lena Marsh, who runs the clinic, said: "We have hired 200 nurses this year.\n\n'
        '"Another 50 will start when the wing opens."',
        {"200": "Lena Marsh", "50": "Lena Marsh"},
        id="a quotation that runs into the next paragraph",
    ),
    pytest.param(
        '"The clinic lost $4 million," Tom Reyes said. "It will lose $2 million more."',
        {"$4 million": "Tom Reyes", "$2 million": "Tom Reyes"},
        id="a quotation that goes on after its tag",
    ),
    pytest.param(
        "Lena Marsh runs the clinic in Riverton. She said 200 nurses were hired.",
        {"200": "Lena Marsh"},
        id="she: the person named before",
    ),
    pytest.param(
        "The clinic opened a new wing last spring. She said 200 nurses were hired.",
        {"200": None},
        id="she: nobody named before",
    ),
    pytest.param(
        "The clinic said on Monday it had hired 200 nurses.",
        {"200": "The clinic"},
        id="it, of the speaker itself",
    ),
    pytest.param(
        'The report was blunt: "The clinic lost $4 million."',
        {"$4 million": None},
        id="a quotation nobody is said to speak",
    ),
    pytest.param(
        "Officials in Riverton met on Monday. They said 300 homes had no power.",
        {"300": None},
        id="they: nobody spoke before",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_attribution_across_sentences(text: str, expected: dict[str, str | None]) -> None:
    from factsheet import extract

    found = {f.surface: f.attribution for f in extract(text) if f.surface in expected}
    assert found == expected


@pytest.mark.slow
def test_period_anchored_to_the_publication_date() -> None:
    from factsheet import extract
    from factsheet.models import Document
    from factsheet.read.sources import read_text

    doc = read_text("Exports fell 3% last year, and rose 2% in the third quarter.", id="a.txt")
    doc = Document(source=doc.source.model_copy(update={"date": "2024-11-05"}), text=doc.text)
    found = {f.surface: (f.period, f.period_surface) for f in extract(doc) if f.kind == "percent"}
    assert found == {"3%": ("2023", "last year"), "2%": ("2024-Q3", "in the third quarter")}


@pytest.mark.slow
def test_a_paragraph_too_long_for_context_is_not_parsed_again() -> None:
    """A quotation in a paragraph longer than CONTEXT_MAX gets no speaker from another
    sentence: the paragraph is not parsed a second time (its cost is bounded)."""
    from factsheet import extract
    from factsheet.classify.attribution import CONTEXT_MAX

    filler = "The wing was busy all day. " * (CONTEXT_MAX // 27 + 1)
    short = 'Lena Marsh spoke first. "We hired 200 nurses."'
    assert {f.surface: f.attribution for f in extract(short)} == {"200": None}
    tagged = '"We hired 200 nurses. Another 40 start soon," said Lena Marsh.'
    assert {f.surface: f.attribution for f in extract(tagged)} == {
        "200": "Lena Marsh",
        "40": "Lena Marsh",
    }
    long = f'"{filler}We hired 200 nurses. Another 40 start soon," said Lena Marsh.'
    assert len(long) > CONTEXT_MAX
    found = {f.surface: f.attribution for f in extract(long)}
    assert found["40"] == "Lena Marsh"  # the tag is in its own sentence
    assert found["200"] is None  # the tag is in another sentence of a paragraph too long
