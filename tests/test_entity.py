"""What a figure is about (:mod:`factsheet.classify.entity`), rule by rule, on parses built by hand.

Table-driven (STYLE.md, point 10). Every sentence here was written for this file; its parse is
written out token by token (index, word, Penn tag[:universal tag], dependency, head index,
lemma when it is not the lower-cased word), as spaCy's own tests build theirs, so the rows test
the rules and not the model's mistakes: a parse is the one a grammar gives the sentence, or, for
a rule that repairs a misparse, the misparse spaCy makes of sentences like it. The end-to-end
rows through the model are in ``tests/test_entity_more.py``.

Each row names the rule it was written for (a function of ``factsheet/classify/entity.py`` or
``factsheet/nlp/syntax.py``), the sentence, the figure (as written), its kind and the entity it
must get; ``applies`` rows are cases of the rule, ``not_applies`` rows cases where it must not
fire. For every ``applies`` row a second test turns the rule off (its neutral result, as
``benchmarks/ablate_entity.py`` does) and checks that the row then fails: no row passes
without its rule. Rows are grouped by where they came from:

- ``WRITTEN_FOR_RULES``: written from each rule's construction, three or more sentences where
  it applies and one where it must not;
- ``SEEN_ON_CORPUS_NEWS``: behaviour seen on the real articles of ``../shared/corpus/news``
  (wrong or right), rewritten as sentences of our own in the same pattern;
- ``KNOWN_GAPS``: strict xfail, each with the reason.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

import pytest
from helpers import hand_parse
from spacy.tokens import Doc

from factsheet.classify import entity as entity_module
from factsheet.classify.entity import entity, person, share_entities
from factsheet.draft import Draft
from factsheet.nlp import syntax as syntax_module
from factsheet.nlp.syntax import root_of

_UNIVERSAL = {
    "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "JJ": "ADJ", "JJR": "ADJ",
    "JJS": "ADJ", "RB": "ADV", "RBR": "ADV", "RBS": "ADV", "WRB": "ADV", "IN": "ADP", "RP": "ADP",
    "DT": "DET", "PDT": "DET", "PRP": "PRON", "PRP$": "PRON", "WDT": "PRON", "WP": "PRON",
    "EX": "PRON", "CD": "NUM", "CC": "CCONJ", "TO": "PART", "POS": "PART", "MD": "AUX",
    "$": "SYM", "SYM": "SYM", "HYPH": "PUNCT", ".": "PUNCT", ",": "PUNCT", ":": "PUNCT",
    "-LRB-": "PUNCT", "-RRB-": "PUNCT", "NFP": "PUNCT",
}  # fmt: skip
_NO_SPACE_BEFORE = frozenset({".", ",", ":", ";", ")", "%", "'s", "’s"})
_NO_SPACE_AFTER = frozenset({"(", "$", "£", "€", "~"})


def parse(table: str) -> Doc:
    """A parsed sentence from its table: one token a line, ``index word tag[:pos] dep head
    [lemma]``. The universal tag defaults to the Penn tag's (verbs: VERB, or AUX for "be"),
    the lemma to the lower-cased word; spaces follow the punctuation of news text."""
    rows = [line.split() for line in textwrap.dedent(table).strip().splitlines()]
    words, tags, pos, deps, heads, lemmas = [], [], [], [], [], []
    for n, (index, word, tag, dep, head, *lemma) in enumerate(rows):
        assert int(index) == n, f"token {n} is numbered {index}"
        tag, _, universal = tag.partition(":")
        base = lemma[0] if lemma else word.lower()
        verb = "AUX" if base == "be" else "VERB"
        words.append(word)
        tags.append(tag)
        pos.append(universal or (verb if tag.startswith("VB") else _UNIVERSAL.get(tag, "X")))
        deps.append(dep)
        heads.append(int(head))
        lemmas.append(base)
    spaces = [
        not (
            word in _NO_SPACE_AFTER
            or tag == "HYPH"
            or (n + 1 < len(words) and (words[n + 1] in _NO_SPACE_BEFORE or tags[n + 1] == "HYPH"))
        )
        for n, (word, tag) in enumerate(zip(words, tags, strict=True))
    ]
    spaces[-1] = False
    doc: Doc = hand_parse(
        words=words, spaces=spaces, tags=tags, pos=pos, deps=deps, heads=heads, lemmas=lemmas
    )
    return doc


@dataclass(frozen=True)
class Sentence:
    """A sentence's parse and the surfaces of all its figures (whose words no entity holds)."""

    table: str
    figures: tuple[str, ...]

    def doc(self) -> Doc:
        return parse(self.table)


def sentence(table: str, *figures: str) -> Sentence:
    return Sentence(table, figures)


def tokens_of(doc: Doc, surface: str) -> list[Any]:
    """The tokens that overlap the first occurrence of ``surface`` in the sentence."""
    start = doc.text.index(surface)
    end = start + len(surface)
    return [t for t in doc if t.idx < end and t.idx + len(t) > start]


@dataclass(frozen=True)
class Row:
    """A figure of a sentence and the entity it must get (``None``: no entity)."""

    rule: str
    key: str
    figure: str
    want: str | None
    kind: str
    counted: str | None = None
    call: str = "entity"
    applies: bool = True

    def id(self) -> str:
        return f"{self.rule}: {SENTENCES[self.key].doc().text} [{self.figure}]"


def applies(rule: str, key: str, figure: str, want: str | None, kind: str, **kw: Any) -> Row:
    return Row(rule, key, figure, want, kind, **kw)


def not_applies(rule: str, key: str, figure: str, want: str | None, kind: str, **kw: Any) -> Row:
    return Row(rule, key, figure, want, kind, applies=False, **kw)


def gap(reason: str, key: str, figure: str, want: str | None, kind: str, **kw: Any) -> Any:
    return (reason, Row("known gap", key, figure, want, kind, **kw))


SENTENCES: dict[str, Sentence] = {
    "museum": sentence(
        """
        0  The     DT       det       1
        1  museum  NN       nsubj     2
        2  doubled VBD      ROOT      2 double
        3  its     PRP$     poss      5
        4  visitor NN       compound  5
        5  numbers NNS      dobj      2 number
        6  to      IN       prep      2
        7  90,000  CD       pobj      6
        8  .       .        punct     2
        """,
        "90,000",
    ),
    "airline_fares": sentence(
        """
        0  The     DT       det       1
        1  airline NN       nsubj     2
        2  cut     VBD      ROOT      2
        3  its     PRP$     poss      4
        4  fares   NNS      dobj      2 fare
        5  by      IN       prep      2
        6  10      CD       nummod    7
        7  %       NN       pobj      5
        8  .       .        punct     2
        """,
        "10%",
    ),
    "league_fees": sentence(
        """
        0  The       DT       det       1
        1  league    NN       nsubj     3
        2  is        VBZ      aux       3 be
        3  shrinking VBG      ROOT      3 shrink
        4  ,         ,        punct     3
        5  and       CC       cc        3
        6  it        PRP      nsubj     8
        7  has       VBZ:AUX  aux       8 have
        8  cut       VBN      conj      3
        9  its       PRP$     poss      10
        10 fees      NNS      dobj      8 fee
        11 by        IN       prep      8
        12 20        CD       nummod    13
        13 %         NN       pobj      11
        14 .         .        punct     8
        """,
        "20%",
    ),
    "their_prices": sentence(
        """
        0  They   PRP      nsubj     1
        1  cut    VBD      ROOT      1
        2  their  PRP$     poss      3
        3  prices NNS      dobj      1 price
        4  by     IN       prep      1
        5  5      CD       nummod    6
        6  %      NN       pobj      4
        7  .      .        punct     1
        """,
        "5%",
    ),
    "yacht": sentence(
        """
        0  They    PRP      nsubj     1
        1  bought  VBD      ROOT      1 buy
        2  a       DT       det       5
        3  million CD       nummod    4
        4  dollar  NN       compound  5
        5  yacht   NN       dobj      1
        6  .       .        punct     1
        """,
        "a million dollar",
    ),
    "deal": sentence(
        """
        0  It      PRP      nsubj     1
        1  was     VBD      ROOT      1 be
        2  a       DT       det       5
        3  billion CD       nummod    5
        4  dollar  NN       compound  5
        5  deal    NN       attr      1
        6  .       .        punct     1
        """,
        "a billion dollar",
    ),
    "contract": sentence(
        """
        0  The      DT       det       1
        1  band     NN       nsubj     2
        2  signed   VBD      ROOT      2 sign
        3  a        DT       det       6
        4  million  CD       nummod    5
        5  pound    NN       compound  6
        6  contract NN       dobj      2
        7  .        .        punct     2
        """,
        "a million pound",
    ),
    "fine": sentence(
        """
        0  He       PRP      nsubj     1
        1  paid     VBD      ROOT      1 pay
        2  a        DT       quantmod  3
        3  thousand CD       nummod    4
        4  pound    NN       compound  5
        5  fine     NN       dobj      1
        6  .        .        punct     1
        """,
        "a thousand",
    ),
    "asia": sentence(
        """
        0  Overnight RB       advmod    7
        1  ,         ,        punct     7
        2  Kospi     NNP      nsubj     4
        3  +0.3      NN       compound  4
        4  %         NN       compound  7
        5  Sensex    NNP      compound  6
        6  -1.2      NNP      compound  7
        7  %         UH       ROOT      7
        8  .         .        punct     7
        """,
        "+0.3%",
        "-1.2%",
    ),
    "dunmore": sentence(
        """
        0  Dunmore NN       nsubj     11
        1  (       -LRB-    punct     0
        2  +2.1    NN       appos     0
        3  %       NN       appos     0
        4  )       -RRB-    punct     0
        5  and     CC       cc        0
        6  Kesh    NNP      conj      0
        7  (       -LRB-    punct     6
        8  -0.4    UH       intj      6
        9  %       NN       appos     6
        10 )       -RRB-    punct     6
        11 traded  VBN      ROOT      11 trade
        12 late    RB       advmod    11
        13 .       .        punct     11
        """,
        "+2.1%",
        "-0.4%",
    ),
    "rolls": sentence(
        """
        0  Rolls   NNP      compound  2
        1  -       HYPH     punct     2
        2  Royce   NNP      nsubj     8
        3  (       -LRB-    punct     2
        4  up      RB       advmod    2
        5  3       CD       nummod    6
        6  %       NN       npadvmod  4
        7  )       -RRB-    punct     2
        8  led     VBD      ROOT      8 lead
        9  the     DT       det       10
        10 gainers NNS      dobj      8 gainer
        11 .       .        punct     8
        """,
        "3%",
    ),
    "brent": sentence(
        """
        0  Brent  NN       compound  1
        1  crude  NN       nsubj     2
        2  rose   VBD      ROOT      2 rise
        3  to     IN       prep      2
        4  $      $        nmod      5
        5  40     CD       nummod    6
        6  US     NNP      pobj      3
        7  (      -LRB-    punct     6
        8  £      $        nmod      9
        9  31     CD       appos     6
        10 )      -RRB-    punct     6
        11 a      DT       det       12
        12 barrel NN       appos     6
        13 .      .        punct     2
        """,
        "$40",
        "£31",
    ),
    "fallers": sentence(
        """
        0  The     DT       det       1
        1  fallers NNS      nsubj     2 faller
        2  were    VBD      ROOT      2 be
        3  Orvex   NNP      attr      2
        4  ,       ,        punct     3
        5  down    IN       advmod    3
        6  6p      NNS      pobj      5
        7  at      IN       prep      5
        8  210p    NNS      pobj      7
        9  ,       ,        punct     3
        10 and     CC       cc        3
        11 Telmar  NNP      conj      3
        12 ,       ,        punct     11
        13 down    IN       advmod    3
        14 2p      CD       pobj      13
        15 .       .        punct     2
        """,
        "6p",
        "210p",
        "2p",
    ),
    "gainers": sentence(
        """
        0  Gainers  NNS      nsubj     1 gainer
        1  included VBD      ROOT      1 include
        2  Bexley   NNP      compound  3
        3  Mining   NNP      dobj      1
        4  ,        ,        punct     3
        5  up       RB       advmod    3
        6  9p       NNP      npadvmod  5
        7  at       IN       prep      5
        8  140p     NNS      pobj      7
        9  .        .        punct     1
        """,
        "9p",
        "140p",
    ),
    "late": sentence(
        """
        0  Late   JJ       amod      1
        1  trades NNS      ROOT      1 trade
        2  :      :        punct     1
        3  Corvin NNP      appos     1
        4  ,      ,        punct     3
        5  up     IN       advmod    3
        6  4p     CD       npadvmod  5
        7  ;      :        punct     3
        8  Ledra  NNP      appos     3
        9  ,      ,        punct     8
        10 down   RB       advmod    8
        11 1p     NNP      npadvmod  10
        12 .      .        punct     1
        """,
        "4p",
        "1p",
    ),
    "riga": sentence(
        """
        0  In      IN       prep      5
        1  Riga    NNP      pobj      0
        2  ,       ,        punct     5
        3  300     CD       nummod    4
        4  people  NNS      nsubj     5
        5  marched VBD      ROOT      5 march
        6  .       .        punct     5
        """,
        "300",
    ),
    "bakery": sentence(
        """
        0  The      DT       det       1
        1  bakery   NN       nsubj     2
        2  expanded VBD      ROOT      2 expand
        3  after    IN:SCONJ mark      5
        4  we       PRP      nsubj     5
        5  lent     VBD      advcl     2 lend
        6  it       PRP      dative    5
        7  $        $        nmod      8
        8  5,000    CD       dobj      5
        9  .        .        punct     2
        """,
        "$5,000",
    ),
    "ferry_service": sentence(
        """
        0  The     DT       det       2
        1  ferry   NN       compound  2
        2  service NN       nsubj     3
        3  resumed VBD      ROOT      3 resume
        4  once    IN:SCONJ mark      7
        5  they    PRP      nsubj     7
        6  had     VBD:AUX  aux       7 have
        7  spent   VBN      advcl     3 spend
        8  £       $        quantmod  10
        9  3       CD       compound  10
        10 million CD       dobj      7
        11 .       .        punct     3
        """,
        "£3 million",
    ),
    "choir": sentence(
        """
        0  The       DT       det       1
        1  choir     NN       nsubj     2
        2  won       VBD      ROOT      2 win
        3  after     IN:SCONJ mark      5
        4  we        PRP      nsubj     5
        5  rehearsed VBD      advcl     2 rehearse
        6  for       IN       prep      5
        7  40        CD       nummod    8
        8  hours     NNS      pobj      6 hour
        9  .         .        punct     2
        """,
        "40 hours",
    ),
    "mayor": sentence(
        """
        0  Costs   NNS      nsubj     2 cost
        1  will    MD       aux       2
        2  fall    VB       ccomp     12
        3  once    RB       mark      5
        4  we      PRP      nsubj     5
        5  spend   VBP      advcl     2
        6  £       $        quantmod  8
        7  3       CD       compound  8
        8  million CD       dobj      5
        9  ,       ,        punct     12
        10 the     DT       det       11
        11 mayor   NN       nsubj     12
        12 said    VBD      ROOT      12 say
        13 .       .        punct     12
        """,
        "£3 million",
    ),
    "fares_minister": sentence(
        """
        0  Fares    NNS      nsubj     2 fare
        1  will     MD       aux       2
        2  rise     VB       ccomp     11
        3  once     IN:SCONJ mark      5
        4  we       PRP      nsubj     5
        5  pay      VBP      advcl     2
        6  $        $        nmod      7
        7  40       CD       dobj      5
        8  ,        ,        punct     11
        9  the      DT       det       10
        10 minister NN       nsubj     11
        11 warned   VBD      ROOT      11 warn
        12 .        .        punct     11
        """,
        "$40",
    ),
    "coach": sentence(
        """
        0  It        PRP      nsubj     1
        1  gets      VBZ      ccomp     12 get
        2  easier    JJR      acomp     1 easy
        3  after     IN:SCONJ mark      5
        4  we        PRP      nsubj     5
        5  train     VBP      advcl     1
        6  for       IN       prep      5
        7  40        CD       nummod    8
        8  hours     NNS      pobj      6 hour
        9  ,         ,        punct     12
        10 the       DT       det       11
        11 coach     NN       nsubj     12
        12 explained VBD      ROOT      12 explain
        13 .         .        punct     12
        """,
        "40 hours",
    ),
    "drill": sentence(
        """
        0  The      DT       det       1
        1  shop     NN       nsubj     2
        2  offers   VBZ      ROOT      2 offer
        3  $        $        nmod      4
        4  90       CD       dobj      2
        5  off      IN       prep      2
        6  a        DT       det       8
        7  cordless JJ       amod      8
        8  drill    NN       pobj      5
        9  .        .        punct     2
        """,
        "$90",
    ),
    "furniture": sentence(
        """
        0  Members   NNS      nsubj     1 member
        1  get       VBP      ROOT      1
        2  25        CD       nummod    3
        3  %         NN       npadvmod  1
        4  off       IN       prep      1
        5  garden    NN       compound  6
        6  furniture NN       pobj      4
        7  .         .        punct     1
        """,
        "25%",
    ),
    "fee": sentence(
        """
        0  Students NNS      nsubj     1 student
        1  save     VBP      ROOT      1
        2  £        $        nmod      3
        3  15       CD       dobj      1
        4  off      IN       prep      1
        5  the      DT       det       7
        6  annual   JJ       amod      7
        7  fee      NN       pobj      4
        8  .        .        punct     1
        """,
        "£15",
    ),
    "record": sentence(
        """
        0  He      PRP      nsubj     1
        1  knocked VBD      ROOT      1 knock
        2  20      CD       nummod    3
        3  seconds NNS      dobj      1 second
        4  off     IN       prep      1
        5  the     DT       det       6
        6  record  NN       pobj      4
        7  .       .        punct     1
        """,
        "20 seconds",
    ),
    "grant": sentence(
        """
        0  The      DT       det       1
        1  council  NN       nsubj     2
        2  approved VBD      ROOT      2 approve
        3  a        DT       det       4
        4  grant    NN       dobj      2
        5  of       IN       prep      4
        6  $        $        quantmod  8
        7  2        CD       compound  8
        8  million  CD       pobj      5
        9  to       TO       aux       10
        10 restore  VB       advcl     2
        11 the      DT       det       12
        12 chapel   NN       dobj      10
        13 .        .        punct     2
        """,
        "$2 million",
    ),
    "fund": sentence(
        """
        0  The       DT       det       1
        1  mayor     NN       nsubj     2
        2  announced VBD      ROOT      2 announce
        3  a         DT       det       4
        4  fund      NN       dobj      2
        5  of        IN       prep      4
        6  £         $        quantmod  8
        7  5         CD       compound  8
        8  million   CD       pobj      5
        9  to        TO       aux       10
        10 support   VB       relcl     4
        11 small     JJ       amod      12
        12 farms     NNS      dobj      10 farm
        13 .         .        punct     2
        """,
        "£5 million",
    ),
    "bond": sentence(
        """
        0  Voters  NNS      nsubj     1 voter
        1  backed  VBD      ROOT      1 back
        2  a       DT       det       3
        3  bond    NN       dobj      1
        4  of      IN       prep      3
        5  €       $        quantmod  7
        6  40      CD       compound  7
        7  million CD       pobj      4
        8  to      TO       aux       9
        9  build   VB       advcl     1
        10 schools NNS      dobj      9 school
        11 .       .        punct     1
        """,
        "€40 million",
    ),
    "dam": sentence(
        """
        0  The     DT       det       1
        1  town    NN       nsubj     2
        2  set     VBD      ROOT      2
        3  aside   RB       advmod    2
        4  $       $        quantmod  6
        5  2       CD       compound  6
        6  million CD       dobj      2
        7  to      TO       aux       8
        8  repair  VB       advcl     2
        9  the     DT       det       10
        10 dam     NN       dobj      8
        11 .       .        punct     2
        """,
        "$2 million",
    ),
    "chapel": sentence(
        """
        0  The     DT       det       1
        1  charity NN       nsubj     2
        2  raised  VBD      ROOT      2 raise
        3  £       $        nmod      4
        4  40,000  CD       dobj      2
        5  to      TO       aux       6
        6  rebuild VB       advcl     2
        7  the     DT       det       9
        8  chapel  NN       compound  9
        9  roof    NN       dobj      6
        10 .       .        punct     2
        """,
        "£40,000",
    ),
    "railways": sentence(
        """
        0  The       DT       det       1
        1  ministry  NN       nsubj     3
        2  will      MD       aux       3
        3  spend     VB       ROOT      3
        4  €         $        quantmod  6
        5  3         CD       compound  6
        6  billion   CD       dobj      3
        7  to        TO       aux       8
        8  modernise VB       xcomp     3
        9  its       PRP$     poss      10
        10 railways  NNS      dobj      8 railway
        11 .         .        punct     3
        """,
        "€3 billion",
    ),
    "to_date": sentence(
        """
        0  The     DT       det       1
        1  project NN       nsubj     3
        2  has     VBZ:AUX  aux       3 have
        3  cost    VBN      ROOT      3
        4  $       $        quantmod  6
        5  4       CD       compound  6
        6  million CD       dobj      3
        7  to      IN       prep      3
        8  date    NN       pobj      7
        9  .       .        punct     3
        """,
        "$4 million",
    ),
    "buses": sentence(
        """
        0  The       DT       det       1
        1  county    NN       nsubj     2
        2  has       VBZ      ROOT      2 have
        3  $         $        quantmod  5
        4  8         CD       compound  5
        5  million   CD       dobj      2
        6  earmarked VBN      acl       5 earmark
        7  for       IN       prep      6
        8  new       JJ       amod      9
        9  buses     NNS      pobj      7 bus
        10 .         .        punct     2
        """,
        "$8 million",
    ),
    "wing": sentence(
        """
        0  The      DT       det       1
        1  museum   NN       nsubj     2
        2  received VBD      ROOT      2 receive
        3  £        $        quantmod  5
        4  2        CD       compound  5
        5  million  CD       dobj      2
        6  raised   VBN      acl       5 raise
        7  by       IN       agent     6
        8  local    JJ       amod      9
        9  donors   NNS      pobj      7 donor
        10 for      IN       prep      6
        11 a        DT       det       13
        12 new      JJ       amod      13
        13 wing     NN       pobj      10
        14 .        .        punct     2
        """,
        "£2 million",
    ),
    "defences": sentence(
        """
        0  The      DT       det       1
        1  state    NN       nsubj     2
        2  has      VBZ      ROOT      2 have
        3  $        $        quantmod  5
        4  6        CD       compound  5
        5  million  CD       dobj      2
        6  set      VBN      acl       5
        7  aside    RB       advmod    6
        8  for      IN       prep      6
        9  flood    NN       compound  10
        10 defences NNS      pobj      8 defence
        11 .        .        punct     2
        """,
        "$6 million",
    ),
    "board": sentence(
        """
        0  The      DT       det       1
        1  board    NN       nsubj     2
        2  approved VBD      ccomp     8 approve
        3  $        $        quantmod  5
        4  5        CD       compound  5
        5  million  CD       dobj      2
        6  ,        ,        punct     8
        7  she      PRP      nsubj     8
        8  told     VBD      ROOT      8 tell
        9  the      DT       det       10
        10 staff    NN       dobj      8
        11 .        .        punct     8
        """,
        "$5 million",
    ),
    "nurses": sentence(
        """
        0  About  RB       advmod    1
        1  70     CD       nummod    2
        2  %      NN       nsubj     6
        3  of     IN       prep      2
        4  the    DT       det       5
        5  nurses NNS      pobj      3 nurse
        6  voted  VBD      ROOT      6 vote
        7  for    IN       prep      6
        8  the    DT       det       9
        9  strike NN       pobj      7
        10 .      .        punct     6
        """,
        "70%",
    ),
    "rice": sentence(
        """
        0  The     DT       det       1
        1  ship    NN       nsubj     2
        2  carried VBD      ROOT      2 carry
        3  40      CD       nummod    4
        4  tonnes  NNS      dobj      2 tonne
        5  of      IN       prep      4
        6  rice    NN       pobj      5
        7  .       .        punct     2
        """,
        "40 tonnes",
    ),
    "gap": sentence(
        """
        0  The   DT       det       1
        1  gap   NN       nsubj     2
        2  was   VBD      ROOT      2 be
        3  about RB       advmod    4
        4  3     CD       nummod    5
        5  mm    NNS      attr      2
        6  (     -LRB-    punct     5
        7  ~40   NNP      appos     5
        8  %     NN       appos     5
        9  of    IN       prep      8
        10 the   DT       det       11
        11 width NN       pobj      9
        12 )     -RRB-    punct     2
        13 .     .        punct     2
        """,
        "3 mm",
        "40%",
    ),
    "year_third": sentence(
        """
        0  Only  RB       advmod    2
        1  a     DT       quantmod  2
        2  third NN       nsubj     6
        3  of    IN       prep      2
        4  the   DT       det       5
        5  year  NN       pobj      3
        6  was   VBD      ROOT      6 be
        7  dry   JJ       acomp     6
        8  .     .        punct     6
        """,
        "a third",
    ),
    "wall": sentence(
        """
        0  Wall      NNP      compound  1
        1  thickness NN       ROOT      1
        2  at        RB       advmod    3
        3  least     RBS      advmod    4
        4  12        CD       nummod    5
        5  mm        CD       appos     1
        6  (         -LRB-    punct     5
        7  0.47      CD       appos     5
        8  in        IN       prep      7
        9  )         -RRB-    punct     5
        10 .         .        punct     1
        """,
        "12 mm",
        "0.47",
    ),
    "oil": sentence(
        """
        0  olive JJ       compound  1
        1  oil   NN       ROOT      1
        2  ,     ,        punct     1
        3  2     CD       nummod    4
        4  tbsp  NN       appos     1
        5  .     .        punct     1
        """,
        "2 tbsp",
    ),
    "okafor_line": sentence(
        """
        0  Okafor   NNP      ROOT      0
        1  14       CD       nummod    2
        2  points   NNS      appos     0 point
        3  ,        ,        punct     2
        4  6        CD       nummod    5
        5  rebounds NNS      appos     2 rebound
        6  .        .        punct     0
        """,
        "14",
        "6",
    ),
    "flour": sentence(
        """
        0  flour NN       ROOT      0
        1  ,     ,        punct     0
        2  3     CD       nummod    3
        3  eggs  NNS      appos     0 egg
        4  .     .        punct     0
        """,
        "3",
    ),
    "probe": sentence(
        """
        0  The     DT       det       1
        1  probe   NN       nsubj     2
        2  flew    VBD      ROOT      2 fly
        3  a       DT       det       13
        4  90      CD       compound  5
        5  million CD       nummod    7
        6  -       HYPH     punct     7
        7  km      NN       nmod      13
        8  (       -LRB-    punct     13
        9  56      CD       compound  10
        10 million CD       nummod    11
        11 mi      NNP      nmod      7
        12 )       -RRB-    punct     13
        13 path    NN       dobj      2
        14 .       .        punct     2
        """,
        "90 million-km",
        "56 million mi",
    ),
    "loop": sentence(
        """
        0  They PRP      nsubj     1
        1  ran  VBD      ROOT      1 run
        2  a    DT       det       10
        3  10   CD       nummod    5
        4  -    HYPH     punct     5
        5  mile NN       nmod      10
        6  (    -LRB-    punct     8
        7  16   CD       nummod    8
        8  km   NNS      nmod      5
        9  )    -RRB-    punct     10
        10 loop NN       dobj      1
        11 .    .        punct     1
        """,
        "10-mile",
        "16 km",
    ),
    "wallft": sentence(
        """
        0  They  PRP      nsubj     1
        1  built VBD      ROOT      1 build
        2  a     DT       det       10
        3  3     CD       nummod    5
        4  -     HYPH     punct     5
        5  foot  NN       nmod      10
        6  (     -LRB-    punct     8
        7  91    CD       nummod    8
        8  cm    NNS      nmod      5
        9  )     -RRB-    punct     10
        10 wall  NN       dobj      1
        11 .     .        punct     1
        """,
        "3-foot",
        "91 cm",
    ),
    "race": sentence(
        """
        0  She  PRP      nsubj     1
        1  won  VBD      ROOT      1 win
        2  the  DT       det       5
        3  5    CD       nummod    4
        4  km   NN       compound  5
        5  race NN       dobj      1
        6  .    .        punct     1
        """,
        "5 km",
    ),
    "half": sentence(
        """
        0  The     DT       det       1
        1  firm    NN       nsubj     2
        2  lifted  VBD      ROOT      2 lift
        3  its     PRP$     poss      4
        4  outlook NN       dobj      2
        5  for     IN       prep      2
        6  the     DT       det       7
        7  half    NN       pobj      5
        8  ended   VBN      acl       7 end
        9  June    NNP      npadvmod  8
        10 to      IN       prep      8
        11 £       $        quantmod  13
        12 2       CD       compound  13
        13 billion CD       pobj      10
        14 .       .        punct     2
        """,
        "£2 billion",
    ),
    "year_ending": sentence(
        """
        0  The      DT       det       1
        1  chain    NN       nsubj     2
        2  cut      VBD      ROOT      2
        3  its      PRP$     poss      4
        4  forecast NN       dobj      2
        5  for      IN       prep      2
        6  the      DT       det       7
        7  year     NN       pobj      5
        8  ending   VBG      acl       7 end
        9  March    NNP      npadvmod  8
        10 to       IN       prep      8
        11 $        $        quantmod  13
        12 80       CD       compound  13
        13 million  CD       pobj      10
        14 .        .        punct     2
        """,
        "$80 million",
    ),
    "quarter": sentence(
        """
        0  The      DT       det       1
        1  group    NN       nsubj     2
        2  raised   VBD      ROOT      2 raise
        3  its      PRP$     poss      4
        4  guidance NN       dobj      2
        5  for      IN       prep      2
        6  the      DT       det       7
        7  quarter  NN       pobj      5
        8  ended    VBD      acl       7 end
        9  May      NNP      npadvmod  8
        10 to       IN       prep      8
        11 6        CD       nummod    12
        12 %        NN       pobj      10
        13 .        .        punct     2
        """,
        "6%",
    ),
    "quarter_root": sentence(
        """
        0  The     DT       det       1
        1  quarter NN       nsubj     2
        2  ended   VBD      ROOT      2 end
        3  with    IN       prep      2
        4  sales   NNS      pobj      3 sale
        5  of      IN       prep      4
        6  $       $        quantmod  8
        7  9       CD       compound  8
        8  million CD       pobj      5
        9  .       .        punct     2
        """,
        "$9 million",
    ),
    "yield": sentence(
        """
        0  Rising VBG      amod      2 rise
        1  bond   NN       compound  2
        2  sales  NNS      nsubj     3 sale
        3  pushed VBD      ROOT      3 push
        4  the    DT       det       6
        5  bond   NN       compound  6
        6  yield  NN       dobj      3
        7  0.2    CD       nummod    8
        8  points NNS      npadvmod  9 point
        9  higher RBR      advmod    3
        10 .      .        punct     3
        """,
        "0.2",
    ),
    "euro": sentence(
        """
        0  The   DT       det       1
        1  vote  NN       nsubj     2
        2  sent  VBD      ROOT      2 send
        3  the   DT       det       4
        4  euro  NN       dobj      2
        5  1     CD       nummod    6
        6  %     NN       npadvmod  7
        7  lower JJR      advcl     2 low
        8  .     .        punct     2
        """,
        "1%",
    ),
    "retailer": sentence(
        """
        0  Upbeat   JJ       compound  1
        1  results  NNS      nsubj     2 result
        2  drove    VBD      ROOT      2 drive
        3  the      DT       det       4
        4  retailer NN       poss      6
        5  's       POS      case      4
        6  shares   NNS      dobj      2 share
        7  9        CD       nummod    8
        8  %        NN       npadvmod  9
        9  higher   JJR      advmod    2 high
        10 .        .        punct     2
        """,
        "9%",
    ),
    "bank_shares": sentence(
        """
        0  Bank   NNP      compound  1
        1  shares NNS      nsubj     2 share
        2  closed VBD      ROOT      2 close
        3  6      CD       nummod    4
        4  %      NN       npadvmod  5
        5  higher JJR      advmod    2 high
        6  .      .        punct     2
        """,
        "6%",
    ),
    "boat": sentence(
        """
        0  They   PRP      nsubj     1
        1  spent  VBD      ROOT      1 spend
        2  $      $        nmod      3
        3  30,000 CD       dobj      1
        4  on     IN       prep      1
        5  a      DT       det       6
        6  boat   NN       pobj      4
        7  .      .        punct     1
        """,
        "$30,000",
    ),
    "roof": sentence(
        """
        0  The     DT       det       1
        1  parish  NNP      nsubj     2
        2  gave    VBD      ROOT      2 give
        3  £       $        nmod      4
        4  9,000   CD       dobj      2
        5  towards IN       prep      2
        6  the     DT       det       7
        7  roof    NN       pobj      5
        8  .       .        punct     2
        """,
        "£9,000",
    ),
    "scooter": sentence(
        """
        0  She     PRP      nsubj     1
        1  paid    VBD      ROOT      1 pay
        2  €       $        nmod      3
        3  400     CD       dobj      1
        4  for     IN       prep      1
        5  a       DT       det       6
        6  scooter NN       pobj      4
        7  .       .        punct     1
        """,
        "€400",
    ),
    "march": sentence(
        """
        0  They   PRP      nsubj     1
        1  spent  VBD      ROOT      1 spend
        2  $      $        nmod      3
        3  30,000 CD       dobj      1
        4  in     IN       prep      1
        5  March  NNP      pobj      4
        6  .      .        punct     1
        """,
        "$30,000",
    ),
    "output": sentence(
        """
        0  The    DT       det       1
        1  mine   NN       nsubj     2
        2  raised VBD      ROOT      2 raise
        3  output NN       dobj      2
        4  to     IN       prep      2
        5  800    CD       nummod    6
        6  tonnes NNS      pobj      4 tonne
        7  .      .        punct     2
        """,
        "800 tonnes",
    ),
    "laptops": sentence(
        """
        0  The       DT       det       1
        1  store     NN       nsubj     2
        2  discounts VBZ      ROOT      2 discount
        3  laptops   NNS      dobj      2 laptop
        4  from      IN       prep      2
        5  $         $        nmod      6
        6  600       CD       pobj      4
        7  .         .        punct     2
        """,
        "$600",
    ),
    "farms": sentence(
        """
        0  The    DT       det       1
        1  scheme NN       nsubj     2
        2  gave   VBD      ROOT      2 give
        3  grants NNS      dobj      2 grant
        4  to     IN       prep      2
        5  300    CD       nummod    6
        6  farms  NNS      pobj      4 farm
        7  .      .        punct     2
        """,
        "300",
    ),
    "nests": sentence(
        """
        0  The     DT       det       1
        1  survey  NN       nsubj     2
        2  counted VBD      ROOT      2 count
        3  300     CD       nummod    4
        4  nests   NNS      dobj      2 nest
        5  .       .        punct     2
        """,
        "300",
    ),
    "visitors": sentence(
        """
        0  Officials NNS      nsubj     1 official
        1  estimated VBD      ROOT      1 estimate
        2  2,000     CD       nummod    3
        3  visitors  NNS      dobj      1 visitor
        4  .         .        punct     1
        """,
        "2,000",
    ),
    "quakes": sentence(
        """
        0  The      DT       det       1
        1  agency   NN       nsubj     2
        2  recorded VBD      ROOT      2 record
        3  45       CD       nummod    4
        4  quakes   NNS      dobj      2 quake
        5  .        .        punct     2
        """,
        "45",
    ),
    "tickets": sentence(
        """
        0  The     DT       det       1
        1  club    NN       nsubj     2
        2  sold    VBD      ROOT      2 sell
        3  400     CD       nummod    4
        4  tickets NNS      dobj      2 ticket
        5  .       .        punct     2
        """,
        "400",
    ),
    "barley": sentence(
        """
        0  Wheat  NN       nsubj     1
        1  rose   VBD      ROOT      1 rise
        2  3      CD       nummod    3
        3  %      NN       npadvmod  1
        4  ,      ,        punct     1
        5  barley NN       npadvmod  1
        6  by     IN       prep      1
        7  1      CD       nummod    8
        8  %      NN       pobj      6
        9  and    CC       cc        5
        10 oats   NNS      nsubj     11 oat
        11 were   VBD      conj      1 be
        12 flat   JJ       acomp     11
        13 .      .        punct     11
        """,
        "3%",
        "1%",
    ),
    "imports": sentence(
        """
        0  Exports NNS      nsubj     1 export
        1  fell    VBD      ROOT      1 fall
        2  4       CD       nummod    3
        3  %       NN       npadvmod  1
        4  ,       ,        punct     1
        5  imports NNS      npadvmod  1 import
        6  by      IN       prep      1
        7  2       CD       nummod    8
        8  %       NN       pobj      6
        9  .       .        punct     1
        """,
        "4%",
        "2%",
    ),
    "rents": sentence(
        """
        0  Rents   NNS      nsubj     1 rent
        1  climbed VBD      ROOT      1 climb
        2  5       CD       nummod    3
        3  %       NN       npadvmod  1
        4  in      IN       prep      1
        5  Leeds   NNPS     pobj      4
        6  ,       ,        punct     1
        7  prices  NNS      npadvmod  1 price
        8  by      IN       prep      1
        9  3       CD       nummod    10
        10 %       NN       pobj      8
        11 .       .        punct     1
        """,
        "5%",
        "3%",
    ),
    "noon": sentence(
        """
        0  Wheat NN       nsubj     1
        1  rose  VBD      ROOT      1 rise
        2  3     CD       nummod    3
        3  %     NN       npadvmod  1
        4  by    IN       prep      1
        5  noon  NN       pobj      4
        6  .     .        punct     1
        """,
        "3%",
    ),
    "weavers": sentence(
        """
        0  The      DT       det       1
        1  mill     NN       nsubj     2
        2  unveiled VBD      ROOT      2 unveil
        3  a        DT       det       4
        4  plan     NN       dobj      2
        5  to       TO       aux       6
        6  hire     VB       acl       4
        7  90       CD       nummod    8
        8  weavers  NNS      dobj      6 weaver
        9  .        .        punct     2
        """,
        "90",
    ),
    "oaks": sentence(
        """
        0  The     DT       det       1
        1  council NN       nsubj     2
        2  backed  VBD      ROOT      2 back
        3  a       DT       det       4
        4  scheme  NN       dobj      2
        5  to      TO       aux       6
        6  plant   VB       acl       4
        7  5,000   CD       nummod    8
        8  oaks    NNS      dobj      6 oak
        9  .       .        punct     2
        """,
        "5,000",
    ),
    "jets": sentence(
        """
        0  The      DT       det       1
        1  airline  NN       nsubj     2
        2  outlined VBD      ROOT      2 outline
        3  a        DT       det       4
        4  scheme   NN       dobj      2
        5  to       TO       aux       6
        6  retire   VB       acl       4
        7  30       CD       nummod    8
        8  jets     NNS      dobj      6 jet
        9  .        .        punct     2
        """,
        "30",
    ),
    "homes": sentence(
        """
        0  The     DT       det       1
        1  plan    NN       nsubjpass 7
        2  to      TO       aux       3
        3  open    VB       acl       1
        4  20      CD       nummod    5
        5  clinics NNS      dobj      3 clinic
        6  was     VBD      auxpass   7 be
        7  dropped VBN      ROOT      7 drop
        8  .       .        punct     7
        """,
        "20",
    ),
    "okafor": sentence(
        """
        0  Okafor  NNP      nsubj     1
        1  coaches VBZ      ROOT      1 coach
        2  the     DT       det       3
        3  team    NN       dobj      1
        4  ,       ,        punct     3
        5  where   WRB:SCONJ advmod   7
        6  she     PRP      nsubj     7
        7  trains  VBZ      relcl     3 train
        8  30      CD       nummod    9
        9  players NNS      dobj      7 player
        10 .       .        punct     1
        """,
        "30",
    ),
    "oban": sentence(
        """
        0  The     DT       det       1
        1  ferry   NN       nsubj     2
        2  left    VBD      ROOT      2 leave
        3  Oban    NNP      dobj      2
        4  ,       ,        punct     2
        5  and     CC       cc        2
        6  it      PRP      nsubj     7
        7  carried VBD      conj      2 carry
        8  80      CD       nummod    9
        9  cars    NNS      dobj      7 car
        10 .       .        punct     7
        """,
        "80",
    ),
    "club_grew": sentence(
        """
        0  The     DT       det       1
        1  club    NN       nsubj     2
        2  grew    VBD      ccomp     6 grow
        3  fast    RB       advmod    2
        4  :       :        punct     6
        5  it      PRP      nsubj     6
        6  hopes   VBZ      ROOT      6 hop
        7  to      TO       aux       8
        8  sign    VB       xcomp     6
        9  12      CD       nummod    10
        10 players NNS      dobj      8 player
        11 .       .        punct     6
        """,
        "12",
    ),
    "nurse": sentence(
        """
        0  The      DT       det       1
        1  nurse    NN       nsubj     2
        2  works    VBZ      ROOT      2 work
        3  nights   NNS      dobj      2 night
        4  ,        ,        punct     2
        5  and      CC       cc        2
        6  she      PRP      nsubj     7
        7  treats   VBZ      conj      2 treat
        8  30       CD       nummod    9
        9  patients NNS      dobj      7 patient
        10 .        .        punct     7
        """,
        "30",
    ),
    "savers": sentence(
        """
        0  A     DT       det       5
        1  30    CD       nummod    3
        2  -     HYPH     punct     3
        3  year  NN       npadvmod  5
        4  -     HYPH     punct     5
        5  old   JJ       nsubj     7
        6  could MD       aux       7
        7  save  VB       ROOT      7
        8  9     CD       nummod    9
        9  %     NN       dobj      7
        10 a     DT       det       11
        11 year  NN       npadvmod  9
        12 .     .        punct     7
        """,
        "30-year-old",
        "9% a year",
    ),
    "need": sentence(
        """
        0  A     DT       det       5
        1  72    CD       nummod    3
        2  -     HYPH     punct     3
        3  year  NN       npadvmod  5
        4  -     HYPH     punct     5
        5  old   JJ       nsubj     7
        6  would MD       aux       7
        7  need  VB       ROOT      7
        8  20    CD       nummod    9
        9  %     NN       npadvmod  10
        10 more  JJR      advmod    7
        11 .     .        punct     7
        """,
        "72-year-old",
        "20%",
    ),
    "hold": sentence(
        """
        0  A      DT       det       5
        1  40     CD       nummod    3
        2  -      HYPH     punct     3
        3  year   NN       npadvmod  5
        4  -      HYPH     punct     5
        5  old    JJ       nsubj     7
        6  should MD       aux       7
        7  hold   VB       ROOT      7
        8  60     CD       nummod    9
        9  %      NN       dobj      7
        10 in     IN       prep      7
        11 shares NNS      pobj      10 share
        12 .      .        punct     7
        """,
        "40-year-old",
        "60%",
    ),
    "friend": sentence(
        """
        0  An     DT       det       2
        1  old    JJ       amod      2
        2  friend NN       nsubj     3
        3  lent   VBD      ROOT      3 lend
        4  me     PRP      dative    3 i
        5  $      $        nmod      6
        6  500    CD       dobj      3
        7  .      .        punct     3
        """,
        "$500",
    ),
    "mill": sentence(
        """
        0  The     DT       det       1
        1  trust   NN       nsubj     2
        2  sold    VBD      ROOT      2 sell
        3  the     DT       det       5
        4  old     JJ       amod      5
        5  mill    NN       dobj      2
        6  for     IN       prep      2
        7  £       $        quantmod  9
        8  2       CD       compound  9
        9  million CD       pobj      6
        10 .       .        punct     2
        """,
        "£2 million",
    ),
    "lamp": sentence(
        """
        0  Order  VB       ROOT      0
        1  the    DT       det       3
        2  walnut NNP      compound  3
        3  lamp   NN       dobj      0
        4  for    IN       prep      0
        5  $      $        nmod      6
        6  35     CD       pobj      4
        7  .      .        punct     0
        """,
        "$35",
    ),
    "farmhouse": sentence(
        """
        0  They      PRP      nsubj     1
        1  bought    VBD      ROOT      1 buy
        2  the       DT       det       3
        3  farmhouse NN       dobj      1
        4  for       IN       prep      1
        5  €         $        nmod      6
        6  300,000   CD       pobj      4
        7  .         .        punct     1
        """,
        "€300,000",
    ),
    "flat": sentence(
        """
        0  They  PRP      nsubj     1
        1  let   VBD      ROOT      1
        2  the   DT       det       3
        3  flat  NN       dobj      1
        4  for   IN       prep      1
        5  £     $        nmod      6
        6  900   CD       pobj      4
        7  a     DT       det       8
        8  month NN       npadvmod  6
        9  .     .        punct     1
        """,
        "£900 a month",
    ),
    "acres": sentence(
        """
        0  The     DT       det       1
        1  trust   NN       nsubj     2
        2  sold    VBD      ROOT      2 sell
        3  40      CD       nummod    4
        4  acres   NNS      dobj      2 acre
        5  for     IN       prep      4
        6  housing NN       pobj      5
        7  .       .        punct     2
        """,
        "40 acres",
    ),
    "portvale": sentence(
        """
        0  Portvale NNP      nsubj     1
        1  is       VBZ      ROOT      1 be
        2  the      DT       det       3
        3  base     NN       attr      1
        4  for      IN       prep      3
        5  30       CD       nummod    7
        6  lifeboat NN       compound  7
        7  crews    NNS      pobj      4 crew
        8  .        .        punct     1
        """,
        "30",
    ),
    "halden": sentence(
        """
        0  Halden  NNP      nsubj     1
        1  is      VBZ      ROOT      1 be
        2  the     DT       det       3
        3  home    NN       attr      1
        4  of      IN       prep      3
        5  40      CD       nummod    7
        6  fishing NN       compound  7
        7  boats   NNS      pobj      4 boat
        8  .       .        punct     1
        """,
        "40",
    ),
    "kessock": sentence(
        """
        0  Kessock NNP      nsubj     1
        1  is      VBZ      ROOT      1 be
        2  the     DT       det       4
        3  landing NN       compound  4
        4  place   NN       attr      1
        5  for     IN       prep      4
        6  12      CD       nummod    7
        7  ferries NNS      pobj      5 ferry
        8  .       .        punct     1
        """,
        "12",
    ),
    "port": sentence(
        """
        0  The     DT       det       1
        1  port    NN       nsubj     2
        2  employs VBZ      ROOT      2 employ
        3  30      CD       nummod    4
        4  crews   NNS      dobj      2 crew
        5  .       .        punct     2
        """,
        "30",
    ),
    "kelda": sentence(
        """
        0  Kelda   NNP      nsubj     1
        1  posted  VBD      ROOT      1 post
        2  the     DT       det       4
        3  worst   JJS      amod      4 bad
        4  result  NN       dobj      1
        5  of      IN       prep      4
        6  the     DT       det       7
        7  day     NN       pobj      5
        8  ,       ,        punct     1
        9  with    IN       prep      1
        10 its     PRP$     poss      11
        11 profits NNS      nsubj     12 profit
        12 down    RB       pcomp     9
        13 8       CD       nummod    14
        14 %       NN       npadvmod  12
        15 .       .        punct     1
        """,
        "8%",
    ),
    "markets": sentence(
        """
        0  Markets NNS      nsubj     1 market
        1  rallied VBD      ROOT      1 rally
        2  ,       ,        punct     1
        3  with    IN       prep      1
        4  prices  NNS      pobj      3 price
        5  up      RB       advmod    4
        6  3       CD       nummod    7
        7  %       NN       npadvmod  5
        8  .       .        punct     1
        """,
        "3%",
    ),
    "attendance": sentence(
        """
        0  The        DT       det       1
        1  season     NN       nsubj     2
        2  ended      VBD      ROOT      2 end
        3  with       IN       prep      2
        4  attendance NN       nsubj     5
        5  down       RB       pcomp     3
        6  4          CD       nummod    7
        7  %          NN       npadvmod  5
        8  .          .        punct     2
        """,
        "4%",
    ),
    "firm_fell": sentence(
        """
        0  The  DT       det       1
        1  firm NN       nsubj     2
        2  fell VBD      ROOT      2 fall
        3  ,    ,        punct     2
        4  down RB       advmod    2
        5  8    CD       nummod    6
        6  %    NN       npadvmod  4
        7  on   IN       prep      4
        8  the  DT       det       9
        9  day  NN       pobj      7
        10 .    .        punct     2
        """,
        "8%",
    ),
    "parts": sentence(
        """
        0  Rivals   NNS      nsubj     1 rival
        1  eye      VBP      ROOT      1
        2  a        DT       det       6
        3  car      NN       compound  5
        4  -        HYPH     punct     5
        5  parts    NNS      compound  6 part
        6  business NN       dobj      1
        7  worth    JJ       prep      1
        8  over     IN       quantmod  11
        9  $        $        quantmod  11
        10 3        CD       compound  11
        11 billion  CD       npadvmod  7
        12 .        .        punct     1
        """,
        "$3 billion",
    ),
    "bonds": sentence(
        """
        0  Investors NNS      nsubj     1 investor
        1  hold      VBP      ROOT      1
        2  bonds     NNS      dobj      1 bond
        3  worth     JJ       ccomp     1
        4  about     IN       advmod    7
        5  €         $        quantmod  7
        6  9         CD       compound  7
        7  billion   CD       npadvmod  3
        8  .         .        punct     1
        """,
        "€9 billion",
    ),
    "jewels": sentence(
        """
        0  Thieves NNS      nsubj     1 thief
        1  took    VBD      ROOT      1 take
        2  jewels  NNS      dobj      1 jewel
        3  worth   JJ       oprd      1
        4  £       $        nmod      5
        5  300,000 CD       npadvmod  3
        6  from    IN       prep      3
        7  the     DT       det       8
        8  shop    NN       pobj      6
        9  .       .        punct     1
        """,
        "£300,000",
    ),
    "worth_5": sentence(
        """
        0  It    PRP      nsubj     1
        1  is    VBZ      ROOT      1 be
        2  worth JJ       acomp     1
        3  $     $        nmod      4
        4  5     CD       npadvmod  2
        5  .     .        punct     1
        """,
        "$5",
    ),
    "tomas": sentence(
        """
        0  Her    PRP$     poss      1
        1  nephew NN       nsubj     8
        2  Tomas  NNP      appos     1
        3  ,      ,        punct     2
        4  who    WP       nsubj     5
        5  was    VBD      relcl     2 be
        6  7      CD       attr      5
        7  ,      ,        punct     2
        8  stayed VBD      ROOT      8 stay
        9  home   NN       advmod    8
        10 .      .        punct     8
        """,
        "7",
    ),
    "driver": sentence(
        """
        0  The    DT       det       1
        1  driver NN       nsubj     7
        2  ,      ,        punct     1
        3  who    WP       nsubj     4
        4  was    VBD      relcl     1 be
        5  19     CD       attr      4
        6  ,      ,        punct     1
        7  was    VBD      ROOT      7 be
        8  unhurt JJ       acomp     7
        9  .      .        punct     7
        """,
        "19",
    ),
    "ortiz_45": sentence(
        """
        0  Ortiz NNP      nsubj     1
        1  was   VBD      ROOT      1 be
        2  45    CD       attr      1
        3  when  WRB:SCONJ advmod   5
        4  he    PRP      nsubj     5
        5  moved VBD      advcl     1 move
        6  .     .        punct     1
        """,
        "45",
    ),
    "he_45": sentence(
        """
        0  He    PRP      nsubj     1
        1  was   VBD      ROOT      1 be
        2  45    CD       attr      1
        3  when  WRB:SCONJ advmod   5
        4  he    PRP      nsubj     5
        5  moved VBD      advcl     1 move
        6  .     .        punct     1
        """,
        "45",
    ),
    "copper": sentence(
        """
        0  Copper NN       nsubj     1
        1  traded VBD      ROOT      1 trade
        2  at     IN       prep      1
        3  $      $        nmod      4
        4  40     CD       nummod    5
        5  US     NNP      pobj      2
        6  a      DT       det       7
        7  tonne  NN       npadvmod  5
        8  .      .        punct     1
        """,
        "$40",
    ),
    "gold": sentence(
        """
        0  Gold   NN       nsubj     1
        1  traded VBD      ROOT      1 trade
        2  at     IN       prep      1
        3  about  IN       quantmod  5
        4  $      $        quantmod  5
        5  2,300  CD       nummod    6
        6  US     NNP      pobj      2
        7  an     DT       det       8
        8  ounce  NN       npadvmod  6
        9  on     IN       prep      1
        10 Friday NNP      pobj      9
        11 .      .        punct     1
        """,
        "$2,300",
    ),
    "wheat": sentence(
        """
        0  Wheat  NN       nsubj     1
        1  sold   VBD      ROOT      1 sell
        2  for    IN       prep      1
        3  $      $        nmod      4
        4  7      CD       nummod    5
        5  US     NNP      pobj      2
        6  a      DT       det       7
        7  bushel NN       npadvmod  5
        8  .      .        punct     1
        """,
        "$7",
    ),
    "us_markets": sentence(
        """
        0  Copper  NN       nsubj     1
        1  traded  VBD      ROOT      1 trade
        2  at      IN       prep      1
        3  $       $        nmod      4
        4  40      CD       pobj      2
        5  a       DT       det       6
        6  tonne   NN       npadvmod  4
        7  in      IN       prep      1
        8  US      NNP      compound  9
        9  markets NNS      pobj      7 market
        10 .       .        punct     1
        """,
        "$40 a tonne",
    ),
    "bus": sentence(
        """
        0  The   DT       det       1
        1  bus   NN       nsubj     2
        2  runs  VBZ      ROOT      2 run
        3  four  CD       nummod    4
        4  times NNS      npadvmod  2 time
        5  a     DT       det       6
        6  day   NN       npadvmod  4
        7  .     .        punct     2
        """,
        "four",
    ),
    "painting_record": sentence(
        """
        0  The      DT       det       1
        1  painting NN       ROOT      1
        2  sold     VBN      acl       1 sell
        3  for      IN       prep      2
        4  a        DT       det       5
        5  record   NN       pobj      3
        6  £        $        quantmod  8
        7  9        CD       compound  8
        8  million  CD       nummod    5
        9  .        .        punct     1
        """,
        "£9 million",
    ),
    "copper_high": sentence(
        """
        0  Copper NN       compound  1
        1  prices NNS      nsubj     2 price
        2  hit    VBD      ROOT      2
        3  a      DT       det       4
        4  high   NN       dobj      2
        5  of     IN       prep      4
        6  $      $        nmod      7
        7  9,800  CD       pobj      5
        8  in     IN       prep      2
        9  May    NNP      pobj      8
        10 .      .        punct     2
        """,
        "$9,800",
    ),
    "bonus": sentence(
        """
        0  Staff NN       nsubj     1
        1  got   VBD      ROOT      1 get
        2  a     DT       det       3
        3  bonus NN       dobj      1
        4  of    IN       prep      3
        5  $     $        nmod      6
        6  900   CD       pobj      4
        7  .     .        punct     1
        """,
        "$900",
    ),
    "spring": sentence(
        """
        0  The    DT       det       1
        1  club   NN       nsubj     2
        2  spent  VBD      ROOT      2 spend
        3  $      $        nmod      4
        4  40     CD       dobj      2
        5  in     IN       prep      2
        6  the    DT       det       7
        7  spring NN       pobj      5
        8  .      .        punct     2
        """,
        "$40",
    ),
    "season": sentence(
        """
        0  Next   JJ       amod      1
        1  season NN       poss      4
        2  's     POS      case      1
        3  ticket NN       compound  4
        4  price  NN       nsubj     5
        5  is     VBZ      ROOT      5 be
        6  $      $        nmod      7
        7  95     CD       attr      5
        8  .      .        punct     5
        """,
        "$95",
    ),
    "shop": sentence(
        """
        0  The   DT       det       1
        1  club  NN       nsubj     2
        2  spent VBD      ROOT      2 spend
        3  $     $        nmod      4
        4  40    CD       dobj      2
        5  in    IN       prep      4
        6  the   DT       det       7
        7  shop  NN       pobj      5
        8  .     .        punct     2
        """,
        "$40",
    ),
    "school": sentence(
        """
        0  The    DT       det       1
        1  school NN       nsubj     2
        2  admits VBZ      ROOT      2 admit
        3  pupils NNS      dobj      2 pupil
        4  under  IN       prep      2
        5  the    DT       det       6
        6  age    NN       pobj      4
        7  of     IN       prep      6
        8  11     CD       pobj      7
        9  .      .        punct     2
        """,
        "11",
    ),
    "pupils": sentence(
        """
        0  Pupils NNS      nsubj     6 pupil
        1  under  IN       prep      0
        2  the    DT       det       3
        3  age    NN       pobj      1
        4  of     IN       prep      3
        5  11     CD       pobj      4
        6  need   VBP      ROOT      6
        7  a      DT       det       8
        8  parent NN       dobj      6
        9  .      .        punct     6
        """,
        "11",
    ),
    "riders": sentence(
        """
        0  The    DT       det       1
        1  scheme NN       nsubj     2
        2  covers VBZ      ROOT      2 cover
        3  riders NNS      dobj      2 rider
        4  over   IN       prep      2
        5  the    DT       det       6
        6  age    NN       pobj      4
        7  of     IN       prep      6
        8  65     CD       pobj      7
        9  .      .        punct     2
        """,
        "65",
    ),
    "past_100": sentence(
        """
        0  Few    JJ       amod      1
        1  people NNS      nsubj     2
        2  live   VBP      ROOT      2
        3  past   IN       prep      2
        4  the    DT       det       5
        5  age    NN       pobj      3
        6  of     IN       prep      5
        7  100    CD       pobj      6
        8  .      .        punct     2
        """,
        "100",
    ),
    "ines": sentence(
        """
        0  Ines   NNP      compound  1
        1  Barros NNP      nsubj     5
        2  ,      ,        punct     1
        3  31     CD       appos     1
        4  ,      ,        punct     1
        5  won    VBD      ROOT      5 win
        6  the    DT       det       7
        7  race   NN       dobj      5
        8  .      .        punct     5
        """,
        "31",
    ),
    "teacher": sentence(
        """
        0  A       DT       det       6
        1  58      CD       nummod    3
        2  -       HYPH     punct     3
        3  year    NN       npadvmod  5
        4  -       HYPH     punct     5
        5  old     JJ       amod      6
        6  teacher NN       nsubjpass 8
        7  was     VBD      auxpass   8 be
        8  hurt    VBN      ROOT      8
        9  .       .        punct     8
        """,
        "58-year-old",
    ),
    "webb": sentence(
        """
        0  The   DT       det       1
        1  court NN       nsubj     2
        2  heard VBD      ROOT      2 hear
        3  that  IN:SCONJ mark      8
        4  Webb  NNP      nsubj     8
        5  ,     ,        punct     4
        6  51    CD       appos     4
        7  ,     ,        punct     4
        8  fled  VBD      ccomp     2 flee
        9  .     .        punct     2
        """,
        "51",
    ),
    "retired": sentence(
        """
        0  She     PRP      nsubj     1
        1  retired VBD      ROOT      1 retire
        2  at      IN       prep      1
        3  the     DT       det       4
        4  age     NN       pobj      2
        5  of      IN       prep      4
        6  60      CD       pobj      5
        7  .       .        punct     1
        """,
        "60",
    ),
    "cheapest": sentence(
        """
        0  The      DT       det       1
        1  cheapest JJS      nsubj     2 cheap
        2  costs    VBZ      ROOT      2 cost
        3  $        $        nmod      4
        4  12       CD       dobj      2
        5  .        .        punct     2
        """,
        "$12",
    ),
    "tallest": sentence(
        """
        0  The     DT       det       1
        1  tallest JJS      nsubj     2 tall
        2  stands  VBZ      ROOT      2 stand
        3  40      CD       nummod    4
        4  metres  NNS      npadvmod  2 metre
        5  .       .        punct     2
        """,
        "40 metres",
    ),
    "dredging": sentence(
        """
        0  Dredging VBG      nsubj     1
        1  took     VBD      ROOT      1 take
        2  9        CD       nummod    3
        3  weeks    NNS      dobj      1 week
        4  .        .        punct     1
        """,
        "9 weeks",
    ),
    "cheap_ones": sentence(
        """
        0  The   DT       det       2
        1  cheap JJ       amod      2
        2  ones  NNS      nsubj     3 one
        3  cost  VBP      ROOT      3
        4  $     $        nmod      5
        5  12    CD       dobj      3
        6  .     .        punct     3
        """,
        "$12",
    ),
    "dax40": sentence(
        """
        0  the  DT       det       2
        1  dax  NN       compound  2
        2  40   CD       nsubj     3
        3  was  VBD      ROOT      3 be
        4  up   RB       advmod    3
        5  0.7  CD       nummod    6
        6  %    NN       npadvmod  4
        7  at   IN       prep      4
        8  noon NN       pobj      7
        9  .    .        punct     3
        """,
        "0.7%",
    ),
    "ftse_lower": sentence(
        """
        0  the     DT       det       2
        1  ftse    NN       compound  2
        2  100     CD       nsubj     3
        3  fell    VBD      ROOT      3 fall
        4  2       CD       nummod    5
        5  %       NN       npadvmod  3
        6  on      IN       prep      3
        7  tuesday NNP      pobj      6
        8  .       .        punct     3
        """,
        "2%",
    ),
    "route66": sentence(
        """
        0  route   NN       compound  1
        1  66      CD       nsubj     2
        2  reopens VBZ      ROOT      2 reopen
        3  after   IN       prep      2
        4  18      CD       nummod    5
        5  months  NNS      pobj      3 month
        6  .       .        punct     2
        """,
        "18 months",
    ),
    "ftse": sentence(
        """
        0  The     DT       det       1
        1  FTSE    NNP      nsubj     3
        2  100     CD       nummod    1
        3  fell    VBD      ROOT      3 fall
        4  2       CD       nummod    5
        5  %       NN       npadvmod  3
        6  on      IN       prep      3
        7  Tuesday NNP      pobj      6
        8  .       .        punct     3
        """,
        "2%",
    ),
    "case": sentence(
        """
        0  The        DT       det       1
        1  watch      NN       nsubj     2
        2  has        VBZ      ROOT      2 have
        3  an         DT       det       5
        4  aluminium  NN       compound  5
        5  case       NN       dobj      2
        6  that       WDT      nsubj     7
        7  is         VBZ      relcl     5 be
        8  waterproof JJ       acomp     7
        9  to         IN       prep      8
        10 50         CD       nummod    11
        11 metres     NNS      pobj      9 metre
        12 .          .        punct     2
        """,
        "50 metres",
    ),
    "valley": sentence(
        """
        0  Everyone NN:PRON  nsubj     1
        1  knows    VBZ      ROOT      1 know
        2  the      DT       det       3
        3  people   NNS      dobj      1
        4  of       IN       prep      3
        5  the      DT       det       6
        6  valley   NN       pobj      4
        7  that     WDT      nsubj     8
        8  is       VBZ      relcl     6 be
        9  40       CD       nummod    10
        10 km       NNS      npadvmod  11
        11 long     JJ       acomp     8
        12 .        .        punct     1
        """,
        "40 km",
    ),
    "pier": sentence(
        """
        0  The    DT       det       1
        1  port   NN       nsubj     2
        2  has    VBZ      ROOT      2 have
        3  a      DT       det       4
        4  pier   NN       dobj      2
        5  which  WDT      nsubj     6
        6  is     VBZ      relcl     4 be
        7  300    CD       nummod    8
        8  metres NNS      npadvmod  9 metre
        9  long   JJ       acomp     6
        10 .      .        punct     2
        """,
        "300 metres",
    ),
    "that_it": sentence(
        """
        0  We   PRP      nsubj     1
        1  know VBP      ROOT      1
        2  that IN:SCONJ mark      4
        3  it   PRP      nsubj     4
        4  is   VBZ      ccomp     1 be
        5  40   CD       nummod    6
        6  km   NNS      npadvmod  7
        7  long JJ       acomp     4
        8  .    .        punct     1
        """,
        "40 km",
    ),
    "club_hopes": sentence(
        """
        0  The     DT       det       1
        1  club    NN       nsubj     2
        2  hopes   VBZ      ROOT      2 hop
        3  to      TO       aux       4
        4  sign    VB       xcomp     2
        5  12      CD       nummod    6
        6  players NNS      dobj      4 player
        7  .       .        punct     2
        """,
        "12",
    ),
    "firm_sales": sentence(
        """
        0  The       DT       det       1
        1  firm      NN       nsubj     2
        2  said      VBD      ROOT      2 say
        3  sales     NNS      nsubj     4 sale
        4  fell      VBD      ccomp     2 fall
        5  and       CC       cc        4
        6  then      RB       advmod    7
        7  recovered VBD      conj      4 recover
        8  4         CD       nummod    9
        9  %         NN       npadvmod  7
        10 .         .        punct     2
        """,
        "4%",
    ),
    "team_expects": sentence(
        """
        0  The     DT       det       1
        1  team    NN       nsubj     2
        2  expects VBZ      ROOT      2 expect
        3  to      TO       aux       4
        4  win     VB       xcomp     2
        5  8       CD       nummod    6
        6  games   NNS      dobj      4 game
        7  .       .        punct     2
        """,
        "8",
    ),
    "entries": sentence(
        """
        0  There   EX       expl      1
        1  were    VBD:VERB ROOT      1 be
        2  300     CD       nummod    3
        3  entries NNS      attr      1 entry
        4  .       .        punct     1
        """,
        "300",
    ),
    "harwick": sentence(
        """
        0  Harwick NNP      ROOT      0
        1  (       -LRB-    punct     0
        2  2       CD       appos     0
        3  -       SYM      punct     4
        4  1       CD       prep      2
        5  ):      :        appos     0
        6  Tomas   NNP      compound  7
        7  Lind    NNP      appos     0
        8  12      CD       nummod    9
        9  points  NNS      appos     7 point
        10 and     CC       cc        9
        11 4       CD       nummod    12
        12 steals  NNS      conj      9 steal
        13 .       .        punct     0
        """,
        "2",
        "1",
        "4",
    ),
    "ortiz_farms2": sentence(
        """
        0  We     PRP      nsubj     1
        1  liked  VBD      ROOT      1 like
        2  Ortiz  NNP      compound  3
        3  Farms  NNS      dobj      1 farm
        4  (      -LRB-    punct     6
        5  they   PRP      nsubj     6
        6  charge VBP      parataxis 1
        7  $      $        nmod      8
        8  40     CD       dobj      6
        9  a      DT       det       10
        10 crate  NN       npadvmod  8
        11 )      -RRB-    punct     6
        12 .      .        punct     1
        """,
        "$40",
    ),
    "reuters": sentence(
        """
        0  According VBG      prep      6 accord
        1  to        IN       prep      0
        2  Reuters   NNP      pobj      1
        3  ,         ,        punct     6
        4  40        CD       nummod    5
        5  delegates NNS      nsubj     6 delegate
        6  left      VBD      ROOT      6 leave
        7  early     RB       advmod    6
        8  .         .        punct     6
        """,
        "40",
    ),
    "davis": sentence(
        """
        0  Davis  NNP      ROOT      0
        1  17     CD       nummod    2
        2  points NNS      appos     0 point
        3  .      .        punct     0
        """,
        "17",
    ),
    "nikkei": sentence(
        """
        0  The    DT       det       1
        1  Nikkei NNP      nsubj     3
        2  225    CD       nummod    1
        3  rose   VBD      ROOT      3 rise
        4  1.1    CD       nummod    5
        5  %      NN       npadvmod  3
        6  to     IN       prep      3
        7  a      DT       det       8
        8  record NN       pobj      6
        9  .      .        punct     3
        """,
        "1.1%",
    ),
    "harlow": sentence(
        """
        0  Harlow NNP      ROOT      0
        1  21     CD       nummod    0
        2  17     CD       nummod    0
        3  30     CD       nummod    0
        4  .      .        punct     0
        """,
        "21",
        "17",
        "30",
    ),
    "marks": sentence(
        """
        0  Marks    NNP      nsubj     3
        1  and      CC       cc        0
        2  Spencer  NNP      conj      0
        3  sold     VBD      ROOT      3 sell
        4  300      CD       nummod    5
        5  stores   NNS      dobj      3 store
        6  .        .        punct     3
        """,
        "300",
    ),
    "brazil": sentence(
        """
        0  Brazil    NNP      nsubj     3
        1  and       CC       cc        0
        2  Argentina NNP      conj      0
        3  signed    VBD      ROOT      3 sign
        4  12        CD       nummod    6
        5  trade     NN       compound  6
        6  deals     NNS      dobj      3 deal
        7  .         .        punct     3
        """,
        "12",
    ),
    "customs": sentence(
        """
        0  Customs    NNP      nsubj     4
        1  and        CC       cc        0
        2  Border     NNP      compound  3
        3  Protection NNP      conj      0
        4  detained   VBD      ROOT      4 detain
        5  40         CD       nummod    6
        6  migrants   NNS      dobj      4 migrant
        7  .          .        punct     4
        """,
        "40",
    ),
    "city_county": sentence(
        """
        0  The     DT       det       1
        1  city    NN       nsubj     5
        2  and     CC       cc        1
        3  the     DT       det       4
        4  county  NN       conj      1
        5  spent   VBD      ROOT      5 spend
        6  $       $        quantmod  8
        7  5       CD       compound  8
        8  million CD       dobj      5
        9  .       .        punct     5
        """,
        "$5 million",
    ),
    "studio": sentence(
        """
        0  The     DT       det       1
        1  studio  NN       nsubj     2
        2  bought  VBD      ROOT      2 buy
        3  Elm     NNP      compound  4
        4  Records NNPS     dobj      2
        5  for     IN       prep      2
        6  $       $        quantmod  8
        7  30      CD       compound  8
        8  million CD       pobj      5
        9  .       .        punct     2
        """,
        "$30 million",
    ),
    "pastry": sentence(
        """
        0  A      DT       det       2
        1  pastry NN       compound  2
        2  costs  NNS      ROOT      2 cost
        3  80p    NNS      dobj      2
        4  in     IN       prep      2
        5  the    DT       det       6
        6  cafe   NN       pobj      4
        7  .      .        punct     2
        """,
        "80p",
    ),
    "berry": sentence(
        """
        0  Berry NNP      compound  1
        1  Bowl  NNP      ROOT      1
        2  (     -LRB-    punct     1
        3  1     CD       nummod    4
        4  cup   NN       compound  5
        5  oats  NNS      appos     1 oat
        6  ,     ,        punct     5
        7  2     CD       nummod    8
        8  tbsp  NN       compound  9
        9  honey NN       appos     5
        10 )     -RRB-    punct     5
        11 .     .        punct     1
        """,
        "1 cup",
        "2 tbsp",
    ),
}

WRITTEN_FOR_RULES: list[Row] = [
    # Written for _possessor: a possessive "its"/"their" stands for its antecedent (the
    # clause's subject, or the noun a pronoun subject stands for).
    applies("_possessor", "museum", "90,000", "museum visitor numbers", "number"),
    applies("_possessor", "airline_fares", "10%", "airline fares", "percent"),
    applies("_possessor", "league_fees", "20%", "league fees", "percent"),
    not_applies("_possessor", "their_prices", "5%", "prices", "percent"),
    # Written for _content_root: a figure written as a premodifier ("a million dollar yacht")
    # is the noun's, past the determiner the parse made its head.
    applies("_content_root", "yacht", "a million dollar", "yacht", "money"),
    applies("_content_root", "deal", "a billion dollar", "deal", "money"),
    applies("_content_root", "contract", "a million pound", "contract", "money"),
    not_applies("_content_root", "fine", "a thousand", "fine", "count", counted="pound"),
    # Written for _listed_name: a stat in brackets after a name, or a signed figure after it,
    # is that name's.
    applies("_listed_name", "asia", "+0.3%", "Kospi", "percent"),
    applies("_listed_name", "asia", "-1.2%", "Sensex", "percent"),
    applies("_listed_name", "dunmore", "-0.4%", "Kesh", "percent"),
    applies("_listed_name", "rolls", "3%", "Rolls-Royce", "percent"),
    not_applies("_listed_name", "brent", "£31", "Brent crude", "money"),
    # Written for _comma_listed_name: a verbless list item ("Name, down 6p at 210p") is the
    # name's before its comma.
    applies("_comma_listed_name", "fallers", "6p", "Orvex", "money"),
    applies("_comma_listed_name", "fallers", "2p", "Telmar", "money"),
    applies("_comma_listed_name", "gainers", "140p", "Bexley Mining", "money"),
    applies("_comma_listed_name", "late", "1p", "Ledra", "money"),
    not_applies("_comma_listed_name", "riga", "300", "people", "count", counted="people"),
    # Written for _topic: a figure nothing nearer claims is about the subject of the main clause.
    applies("_topic", "bakery", "$5,000", "bakery", "money"),
    applies("_topic", "ferry_service", "£3 million", "ferry service", "money"),
    applies("_topic", "choir", "40 hours", "choir", "duration"),
    not_applies("_topic", "mayor", "£3 million", None, "money"),
    # Written for _reports_speech: the speaker of "said"/"told" is the source, never the topic.
    applies("_reports_speech", "fares_minister", "$40", None, "money"),
    applies("_reports_speech", "coach", "40 hours", None, "duration"),
    applies("_reports_speech", "mayor", "£3 million", None, "money"),
    not_applies("_reports_speech", "choir", "40 hours", "choir", "duration"),
    # Written for _off_object: "N off X": a discount is about what it is taken off.
    applies("_off_object", "drill", "$90", "cordless drill", "money"),
    applies("_off_object", "furniture", "25%", "garden furniture", "percent"),
    applies("_off_object", "fee", "£15", "annual fee", "money"),
    not_applies("_off_object", "record", "20 seconds", None, "duration"),
    # Written for _names_a_noun: an amount a noun is "of" is that noun's, before any purpose
    # after it.
    applies("_names_a_noun", "grant", "$2 million", "grant", "money"),
    applies("_names_a_noun", "fund", "£5 million", "fund", "money"),
    applies("_names_a_noun", "bond", "€40 million", "bond", "money"),
    not_applies("_names_a_noun", "dam", "$2 million", "dam", "money"),
    # Written for _purpose_object: a purpose infinitive after an amount ("$N to repair the
    # dam") names what it is for.
    applies("_purpose_object", "dam", "$2 million", "dam", "money"),
    applies("_purpose_object", "chapel", "£40,000", "chapel roof", "money"),
    applies("_purpose_object", "railways", "€3 billion", "ministry railways", "money"),
    not_applies("_purpose_object", "to_date", "$4 million", "project", "money"),
    # Written for _spent_object: a participle after an amount ("$N earmarked for buses") names
    # what it is spent on.
    applies("_spent_object", "buses", "$8 million", "new buses", "money"),
    applies("_spent_object", "wing", "£2 million", "new wing", "money"),
    applies("_spent_object", "defences", "$6 million", "flood defences", "money"),
    not_applies("_spent_object", "board", "$5 million", "board", "money"),
    # Written for _part_of: "N of X": a part or an amount of a whole is about the whole.
    applies("_part_of", "nurses", "70%", "nurses", "percent"),
    applies("_part_of", "rice", "40 tonnes", "rice", "measure"),
    applies("_part_of", "gap", "40%", "width", "percent"),
    not_applies("_part_of", "year_third", "a third", None, "number"),
    # Written for _apposed_owner: in a line without a verb, an amount is about the noun it
    # stands beside.
    applies("_apposed_owner", "wall", "12 mm", "Wall thickness", "measure"),
    applies("_apposed_owner", "oil", "2 tbsp", "olive oil", "measure"),
    applies("_apposed_owner", "okafor_line", "14", "Okafor", "count", counted="points"),
    not_applies("_apposed_owner", "flour", "3", "eggs", "count", counted="eggs"),
    # Written for _through_figure_unit: a converted figure modifying another figure's unit is
    # about what that unit modifies.
    applies("_through_figure_unit", "probe", "56 million mi", "path", "measure"),
    applies("_through_figure_unit", "loop", "16 km", "loop", "measure"),
    applies("_through_figure_unit", "wallft", "91 cm", "wall", "measure"),
    not_applies("_through_figure_unit", "race", "5 km", "race", "measure"),
    # Written for _names_a_period: "the half ended June" says when: the figure belongs to the
    # clause around it.
    applies("_names_a_period", "half", "£2 billion", "firm outlook", "money"),
    applies("_names_a_period", "year_ending", "$80 million", "chain forecast", "money"),
    applies("_names_a_period", "quarter", "6%", "group guidance", "percent"),
    not_applies("_names_a_period", "quarter_root", "$9 million", "sales", "money"),
    # Written for _resulting_object: a resultative ("pushed the yield 0.2 points higher")
    # measures the object's move.
    applies("_resulting_object", "yield", "0.2", "bond yield", "count", counted="points"),
    applies("_resulting_object", "euro", "1%", "euro", "percent"),
    applies("_resulting_object", "retailer", "9%", "retailer's shares", "percent"),
    not_applies("_resulting_object", "bank_shares", "6%", "Bank shares", "percent"),
    # Written for _paid_for: money a verb pays is for the object of its "on"/"for"/"towards"
    # after the figure.
    applies("_paid_for", "boat", "$30,000", "boat", "money"),
    applies("_paid_for", "roof", "£9,000", "roof", "money"),
    applies("_paid_for", "scooter", "€400", "scooter", "money"),
    not_applies("_paid_for", "march", "$30,000", None, "money"),
    # Written for _changed_object: a change "by"/"to"/"from" a figure is the object's.
    applies("_changed_object", "output", "800 tonnes", "output", "measure"),
    applies("_changed_object", "laptops", "$600", "laptops", "money"),
    applies("_changed_object", "airline_fares", "10%", "airline fares", "percent"),
    not_applies("_changed_object", "farms", "300", "scheme", "count", counted="farms"),
    # Written for _reports_figure: the subject of a counting verb ("counted", "estimated") is
    # the source.
    applies("_reports_figure", "nests", "300", "nests", "count", counted="nests"),
    applies("_reports_figure", "visitors", "2,000", "visitors", "count", counted="visitors"),
    applies("_reports_figure", "quakes", "45", "quakes", "count", counted="quakes"),
    not_applies("_reports_figure", "tickets", "400", "club", "count", counted="tickets"),
    # Written for _gapped_subject: gapping (", barley by 1%"): the verb is left out, the
    # subject stays.
    applies("_gapped_subject", "barley", "1%", "barley", "percent"),
    applies("_gapped_subject", "imports", "2%", "imports", "percent"),
    applies("_gapped_subject", "rents", "3%", "prices", "percent"),
    not_applies("_gapped_subject", "noon", "3%", "Wheat", "percent"),
    # Written for _controller: a controlled infinitive ("unveiled a plan to hire 90"): the
    # subject of the main verb does it.
    applies("_controller", "weavers", "90", "mill", "count", counted="weavers"),
    applies("_controller", "oaks", "5,000", "council", "count", counted="oaks"),
    applies("_controller", "jets", "30", "airline", "count", counted="jets"),
    not_applies("_controller", "homes", "20", "plan", "count", counted="clinics"),
    # Written for _antecedent: a pronoun subject stands for the nearest subject before it that
    # agrees with it.
    applies("_antecedent", "okafor", "30", "Okafor", "count", counted="players"),
    applies("_antecedent", "oban", "80", "ferry", "count", counted="cars"),
    applies("_antecedent", "club_grew", "12", "club", "count", counted="players"),
    not_applies("_antecedent", "nurse", "30", "patients", "count", counted="patients"),
    # Written for _aged_subject: a subject named by its age alone ("a 30-year-old could save 9%").
    applies("_aged_subject", "savers", "9% a year", "30-year-old", "percent"),
    applies("_aged_subject", "need", "20%", "72-year-old", "percent"),
    applies("_aged_subject", "hold", "60%", "40-year-old", "percent"),
    not_applies("_aged_subject", "friend", "$500", "old friend", "money"),
    # Written for _sold_object: the price adjunct "for" of a verb of exchange is the object's price.
    applies("_sold_object", "mill", "£2 million", "old mill", "money"),
    applies("_sold_object", "lamp", "$35", "walnut lamp", "money"),
    applies("_sold_object", "farmhouse", "€300,000", "farmhouse", "money"),
    applies("_sold_object", "flat", "£900 a month", "flat", "money"),
    not_applies("_sold_object", "acres", "40 acres", "trust", "measure"),
    # Written for _named: a subject complement ("Portvale is the base for 30 crews") is about
    # the subject.
    applies("_named", "portvale", "30", "Portvale", "count", counted="crews"),
    applies("_named", "halden", "40", "Halden", "count", counted="boats"),
    applies("_named", "kessock", "12", "Kessock", "count", counted="ferries"),
    not_applies("_named", "port", "30", "port", "count", counted="crews"),
    # Written for _small_clause_subject: a verbless small clause ("with its profits down 8%")
    # is about its subject.
    applies("_small_clause_subject", "kelda", "8%", "Kelda profits", "percent"),
    applies("_small_clause_subject", "markets", "3%", "prices", "percent"),
    applies("_small_clause_subject", "attendance", "4%", "attendance", "percent"),
    not_applies("_small_clause_subject", "firm_fell", "8%", "firm", "percent"),
    # Written for _worth_of: "X worth N": the figure is X's value, whatever the parse made of
    # "worth".
    applies("_worth_of", "parts", "$3 billion", "car-parts business", "money"),
    applies("_worth_of", "bonds", "€9 billion", "bonds", "money"),
    applies("_worth_of", "jewels", "£300,000", "jewels", "money"),
    not_applies("_worth_of", "worth_5", "$5", None, "money"),
    # Written for _copula_subject: "X is/was N": the subject of the copula right before the figure.
    applies("_copula_subject", "tomas", "7", "Tomas", "age", call="person"),
    applies("_copula_subject", "driver", "19", "driver", "age", call="person"),
    applies("_copula_subject", "ortiz_45", "45", "Ortiz", "age", call="person"),
    not_applies("_copula_subject", "he_45", "45", None, "age", call="person"),
    # Written for _is_currency_nation: country letters after a dollar amount ("$40 US") belong
    # to the currency.
    applies("_is_currency_nation", "copper", "$40", "Copper", "money"),
    applies("_is_currency_nation", "gold", "$2,300", "Gold", "money"),
    applies("_is_currency_nation", "wheat", "$7", "Wheat", "money"),
    not_applies("_is_currency_nation", "us_markets", "$40 a tonne", "Copper", "money"),
    # Written for _is_carrier: "times", "a record", "a high of" only carry the figure: it is
    # about their clause.
    applies("_is_carrier", "bus", "four", "bus", "count"),
    applies("_is_carrier", "painting_record", "£9 million", "painting", "money"),
    applies("_is_carrier", "copper_high", "$9,800", "Copper prices", "money"),
    not_applies("_is_carrier", "bonus", "$900", "bonus", "money"),
    # Written for _is_time: a noun of time says when, not what for ("in the spring", "to date").
    applies("_is_time", "to_date", "$4 million", "project", "money"),
    applies("_is_time", "march", "$30,000", None, "money"),
    applies("_is_time", "spring", "$40", "club", "money"),
    applies("_is_time", "season", "$95", "ticket price", "money"),
    not_applies("_is_time", "shop", "$40", "shop", "money"),
    # Written for _of_age: "under/over the age of N" is the age of the noun the phrase limits.
    applies("_of_age", "school", "11", "pupils", "age", call="person"),
    applies("_of_age", "pupils", "11", "Pupils", "age", call="person"),
    applies("_of_age", "riders", "65", "riders", "age", call="person"),
    not_applies("_of_age", "past_100", "100", None, "age", call="person"),
    # Written for _aged: an age is the age of the noun it stands beside ("Ines Barros, 31").
    applies("_aged", "ines", "31", "Ines Barros", "age", call="person"),
    applies("_aged", "teacher", "58-year-old", "teacher", "age", call="person"),
    applies("_aged", "webb", "51", "Webb", "age", call="person"),
    not_applies("_aged", "retired", "60", None, "age", call="person"),
    # Written for _nominal: a subject without a noun: a gerund or a superlative with its noun
    # left out.
    applies("_nominal", "cheapest", "$12", "cheapest", "money"),
    applies("_nominal", "tallest", "40 metres", "tallest", "measure"),
    applies("_nominal", "dredging", "9 weeks", "Dredging", "duration"),
    not_applies("_nominal", "cheap_ones", "$12", "cheap ones", "money"),
    # Written for _numbered_name: a name ending in a number that the parse makes the number's
    # head ("the sp 500").
    applies("_numbered_name", "dax40", "0.7%", "dax 40", "percent"),
    applies("_numbered_name", "ftse_lower", "2%", "ftse 100", "percent"),
    applies("_numbered_name", "route66", "18 months", "route 66", "duration"),
    not_applies("_numbered_name", "ftse", "2%", "FTSE 100", "percent"),
    # Written for _relative_antecedent: a relative clause is about the noun it follows.
    applies("_relative_antecedent", "case", "50 metres", "aluminium case", "measure"),
    applies("_relative_antecedent", "valley", "40 km", "valley", "measure"),
    applies("_relative_antecedent", "pier", "300 metres", "pier", "measure"),
    not_applies("_relative_antecedent", "that_it", "40 km", None, "measure"),
    # Written for _shared_subject: a chained verb (infinitive, coordination, adverbial) shares
    # its head verb's subject.
    applies("_shared_subject", "club_hopes", "12", "club", "count", counted="players"),
    applies("_shared_subject", "firm_sales", "4%", "sales", "percent"),
    applies("_shared_subject", "team_expects", "8", "team", "count", counted="games"),
    not_applies("_shared_subject", "entries", "300", "entries", "count", counted="entries"),
    # A name coordinated with another right after it, by one conjunction and names only, is one
    # owner ("Marks and Spencer"); common nouns joined so are not ("the city and the county").
    applies("_coordinated_name", "marks", "300", "Marks and Spencer", "count", counted="stores"),
    applies("_coordinated_name", "brazil", "12", "Brazil and Argentina", "count", counted="deals"),
    applies(
        "_coordinated_name",
        "customs",
        "40",
        "Customs and Border Protection",
        "count",
        counted="migrants",
    ),
    not_applies("_coordinated_name", "city_county", "$5 million", "city", "money"),
]

SEEN_ON_CORPUS_NEWS: list[Row] = [
    # Box-score lines ("Team (2-1): Player 12 points and 4 steals") tokenise "):" as one token:
    # the brackets end there, and what follows is not the team's.
    not_applies("_listed_name", "harwick", "4", "steals", "count", counted="steals"),
    # Product and deal lines put clauses in brackets ("(Upgrade to Premium for $4.99/mo)"): a
    # bracket that holds a verb is an aside, not a stat of the name before it.
    applies("_holds_a_verb", "ortiz_farms2", "$40", None, "money"),
    # "According to X, 40 delegates ...": a list item that names a noun of its own is no stat.
    not_applies("_comma_listed_name", "reuters", "40", "delegates", "count", counted="delegates"),
    # Box scores: a count beside a name is the name's; beside a common noun ("flour, 3 eggs",
    # recipes) it names its own noun (WRITTEN_FOR_RULES has that row).
    applies("_apposed_owner", "davis", "17", "Davis", "count", counted="points"),
    # Index and product names keep their number ("Nikkei 225", "Series 4"), but a row of numbers
    # after a name ("Team 21 17 30", quarter scores) is no part of the name.
    applies("_names_number", "nikkei", "1.1%", "Nikkei 225", "percent"),
    not_applies("_names_number", "harlow", "21", "Harlow", "number"),
    # Deal reports: "X bought Y for $N" prices Y, whoever bought it.
    applies("_sold_object", "studio", "$30 million", "Elm Records", "money"),
]

KNOWN_GAPS: list[tuple[str, Row]] = [
    gap(
        "money 'in' a place is read as what it is for: the thing bought is not found",
        "pastry",
        "80p",
        "pastry",
        "money",
    ),
    gap(
        "a bracketed list after a capitalised name (a recipe) is read as that name's stats",
        "berry",
        "1 cup",
        "oats",
        "measure",
    ),
    gap(
        "a count of recipients ('grants to 300 farms') is given the clause's subject",
        "farms",
        "300",
        "farms",
        "count",
        counted="farms",
    ),
]


def entity_of(row: Row) -> str | None:
    """What :mod:`factsheet.classify.entity` makes the row's figure about, called as the classify
    stage
    calls it."""
    case = SENTENCES[row.key]
    doc = case.doc()
    tokens = tokens_of(doc, row.figure)
    root = root_of(tokens)
    if row.call == "person":
        return person(root)
    exclude = {t.i for t in tokens}
    others = {t.i for surface in case.figures for t in tokens_of(doc, surface)}
    counted = None
    if row.counted is not None:
        counted = next(t for t in doc if t.i > min(exclude) and t.text == row.counted)
    return entity(row.kind, root, exclude, counted, others)


def _none(*_: Any, **__: Any) -> None:
    return None


def _false(*_: Any, **__: Any) -> bool:
    return False


def _first(first: Any, *_: Any, **__: Any) -> Any:
    return first


NEUTRAL: dict[str, Callable[..., Any]] = {
    "_content_root": _first,
    "_named": _first,
    "_reports_speech": _false,
    "_names_a_noun": _false,
    "_through_figure_unit": _false,
    "_names_a_period": _false,
    "_reports_figure": _false,
    "_is_currency_nation": _false,
    "_is_carrier": _false,
    "_is_time": _false,
    "_names_number": _false,
    "_holds_a_verb": _false,
    "_nominal": _false,
    "_numbered_name": _false,
}
"""What a rule returns when turned off, where that is not None (no entity, no noun)."""


def turned_off(monkeypatch: pytest.MonkeyPatch, rule: str) -> None:
    module = entity_module if hasattr(entity_module, rule) else syntax_module
    monkeypatch.setattr(module, rule, NEUTRAL.get(rule, _none))


def params(rows: list[Row]) -> list[Any]:
    return [pytest.param(row, id=row.id()) for row in rows]


@pytest.mark.parametrize("row", params(WRITTEN_FOR_RULES + SEEN_ON_CORPUS_NEWS))
def test_entity(row: Row) -> None:
    assert entity_of(row) == row.want


@pytest.mark.parametrize(
    "row", params([r for r in WRITTEN_FOR_RULES + SEEN_ON_CORPUS_NEWS if r.applies])
)
def test_row_needs_its_rule(row: Row, monkeypatch: pytest.MonkeyPatch) -> None:
    turned_off(monkeypatch, row.rule)
    assert entity_of(row) != row.want, f"{row.figure!r} gets {row.want!r} without {row.rule}"


def test_every_rule_has_three_sentences_and_a_counter_example() -> None:
    rules = {row.rule for row in WRITTEN_FOR_RULES}
    for rule in rules:
        rows = [r for r in WRITTEN_FOR_RULES if r.rule == rule]
        assert len({r.key for r in rows if r.applies}) >= 3, rule
        assert any(not r.applies for r in rows), rule


@pytest.mark.parametrize(
    "row",
    [pytest.param(row, id=row.id(), marks=pytest.mark.xfail(strict=True, reason=reason))
     for reason, row in KNOWN_GAPS],
)  # fmt: skip
def test_known_gaps(row: Row) -> None:
    assert entity_of(row) == row.want


# --------------------------------------------------------------------------------------------
# Figures that share an entity (share_entities): restated, continued, compared
# --------------------------------------------------------------------------------------------


def figures(text: str, *spec: tuple[str, str, str | None]) -> list[Draft]:
    """Drafts of the figures of ``text`` (a sentence at offset 0) from (surface, kind, entity)
    triples."""
    out: list[Draft] = []
    at = 0
    for surface, kind, about in spec:
        start = text.index(surface, at)
        at = start + len(surface)
        out.append(
            Draft(
                source="test",
                span=(start, at),
                line=1,
                surface=surface,
                sentence=text,
                sentence_span=(0, len(text)),
                value=None,
                low=None,
                high=None,
                unit=None,
                currency=None,
                kind=kind,  # type: ignore[arg-type]
                trend=None,
                entity=about,
            )
        )
    return out


@dataclass(frozen=True)
class Shared:
    rule: str
    figures: list[Draft]
    want: list[str | None]
    applies: bool = True


SHARED_WRITTEN_FOR_RULES = [
    # _restates: a conversion in brackets right after a figure is about what that figure is
    # about, whatever entity the parse gave it.
    Shared(
        "_restates",
        figures(
            "The city built 30 miles (48 km) of cycle lanes.",
            ("30 miles", "measure", "cycle lanes"),
            ("48 km", "measure", "city"),
        ),
        ["cycle lanes", "cycle lanes"],
    ),
    Shared(
        "_restates",
        figures(
            "Turnover was 2.4 billion rupees ($29 million).",
            ("2.4 billion rupees", "money", "Turnover"),
            ("$29 million", "money", "rupees"),
        ),
        ["Turnover", "Turnover"],
    ),
    Shared(
        "_restates",
        figures(
            "Tuition is £5,000 (about $6,300) a year.",
            ("£5,000", "money", "Tuition"),
            ("$6,300", "money", "year"),
        ),
        ["Tuition", "Tuition"],
    ),
    Shared(
        "_restates",
        figures(
            "The ride is 40 km (3 hours) long.",
            ("40 km", "measure", "ride"),
            ("3 hours", "duration", "walk"),
        ),
        ["ride", "walk"],
        applies=False,
    ),
    # _continues: "or", "/" or "(" between two figures: the second is about what the first is.
    Shared(
        "_continues",
        figures(
            "Tickets cost six or seven pounds.",
            ("six", "money", "Tickets"),
            ("seven pounds", "money", None),
        ),
        ["Tickets", "Tickets"],
    ),
    Shared(
        "_continues",
        figures(
            "The drive takes 40/45 minutes.",
            ("40", "duration", "drive"),
            ("45 minutes", "duration", None),
        ),
        ["drive", "drive"],
    ),
    Shared(
        "_continues",
        figures(
            "The yard builds nine or ten boats a year.",
            ("nine", "count", "yard"),
            ("ten", "count", None),
        ),
        ["yard", "yard"],
    ),
    Shared(
        "_continues",
        figures(
            "Tickets cost six and seven pounds.",
            ("six", "money", "Tickets"),
            ("seven pounds", "money", None),
        ),
        ["Tickets", None],
        applies=False,
    ),
    # _compared_with: after "up from", "versus", "compared with" a figure is what the last
    # figure of its kind is compared with.
    Shared(
        "_compared_with",
        figures(
            "The party won 41% of the vote, up from 36%.",
            ("41%", "percent", "vote"),
            ("36%", "percent", None),
        ),
        ["vote", "vote"],
    ),
    Shared(
        "_compared_with",
        figures(
            "The fee is £2,400 versus last year's £2,150.",
            ("£2,400", "money", "fee"),
            ("£2,150", "money", None),
        ),
        ["fee", "fee"],
    ),
    Shared(
        "_compared_with",
        figures(
            "The clinic saw 12 cases in May, compared with 9 in April.",
            ("12", "count", "clinic"),
            ("May", "date", None),
            ("9", "count", None),
            ("April", "date", None),
        ),
        ["clinic", None, "clinic", None],
    ),
    Shared(
        "_compared_with",
        figures(
            "The party won 41% of the vote; 36% stayed home.",
            ("41%", "percent", "vote"),
            ("36%", "percent", None),
        ),
        ["vote", None],
        applies=False,
    ),
]


def fresh(drafts: list[Draft]) -> list[Draft]:
    """Copies of the drafts: share_entities completes them in place, and a row is read twice."""
    return [replace(d) for d in drafts]


def shared_params(rows: list[Shared]) -> list[Any]:
    return [pytest.param(row, id=f"{row.rule}: {row.figures[0].sentence}") for row in rows]


@pytest.mark.parametrize("row", shared_params(SHARED_WRITTEN_FOR_RULES))
def test_shared_entities(row: Shared) -> None:
    assert [f.entity for f in share_entities(fresh(row.figures), 0)] == row.want


@pytest.mark.parametrize("row", shared_params([r for r in SHARED_WRITTEN_FOR_RULES if r.applies]))
def test_shared_row_needs_its_rule(row: Shared, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(entity_module, row.rule, _false)
    assert [f.entity for f in share_entities(fresh(row.figures), 0)] != row.want


def test_every_parse_is_one_sentence() -> None:
    for key, case in SENTENCES.items():
        doc = case.doc()
        assert len(list(doc.sents)) == 1, key
        for surface in case.figures:
            assert tokens_of(doc, surface), (key, surface)


def _all_rows() -> Iterator[Row]:
    yield from WRITTEN_FOR_RULES
    yield from SEEN_ON_CORPUS_NEWS
    for _, row in KNOWN_GAPS:
        yield row


def test_every_sentence_is_used() -> None:
    assert {row.key for row in _all_rows()} == set(SENTENCES)
