"""What a figure is about: its ``entity``, from the dependency parse.

Part of the classify stage: the counted noun phrase ("16,000 volunteers in the Middle East"),
the purpose of money ("$61 billion for Ukraine"), the subject of the verb a figure depends on,
and whose age a number is ("Willy Joseph Cancel, 22").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from factsheet import _lexicon as lx
from factsheet.models import Figure
from factsheet.syntax import (
    NOUNS,
    PRONOUNS,
    VERBS,
    Token,
    lemma,
    second_subject,
    subject,
    subject_before,
)

_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "npadvmod"})
_ENTITY_PREPS = frozenset(
    {"in", "of", "from", "at", "on", "for", "to", "across", "among", "inside"}
)
_MONEY_PREPS = ("for", "on", "in", "to", "towards", "toward")


def _phrase(
    head: Token, exclude: set[int], *, with_prep: bool = True, limit: int = 9, whose: bool = True
) -> str:
    """A short noun phrase around ``head``: its adjacent modifiers (but not a possessive of time,
    "this year's") and a prepositional phrase; a possessive "its"/"their" is replaced by the
    noun it stands for ("Amazon has 35m of its Echo devices" → "Amazon Echo devices")."""
    keep = {head.i}
    for child in reversed(list(head.lefts)):
        if child.dep_ in ("poss", "npadvmod") and _is_time(child):
            break  # "this year's MSRP": when, not whose
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
    text = re.sub(r"\s+", " ", "".join(t.text_with_ws for t in words).strip())
    owner = _possessor(head, exclude) if whose and text else None
    if owner is not None:
        named = _phrase(owner, exclude, with_prep=False, whose=False)
        if named and named not in text:
            return f"{named} {text}"
    return text


_POSSESSIVE_PRONOUNS = frozenset({"its", "their"})


def _possessor(noun: Token, hidden: set[int]) -> Token | None:
    """The noun a possessive "its"/"their" before ``noun`` stands for: the subject of the clause
    the noun stands in ("Acme saw the biggest fall, with its shares down 12%"), or, when that
    subject is a pronoun too, the noun it stands for ("Amazon is coming up fast: it is reckoned
    to have 35m of its Echo devices")."""
    if not any(c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS for c in noun.children):
        return None
    verb = noun.head
    while verb.pos_ not in VERBS and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in VERBS:
        return None
    owner = subject(verb) or _antecedent(verb)
    if owner is None or owner.i == noun.i:
        return None
    if owner.lower_ in PRONOUNS:
        owner = _antecedent_of(owner)
    if owner is None or owner.i in hidden or owner.pos_ not in NOUNS:
        return None
    return owner


def entity(
    kind: str,
    root: Token,
    exclude: set[int],
    counted: Token | None,
    figure_tokens: Collection[int] = (),
) -> str | None:
    """What the figure is about.

    In order: what the figure itself names (money's purpose, "60% of voters"), the name it is
    listed under in a stat line ("RHP Ann Lee (0.5 WAR)", "FTSE -0.6%") or the noun it is the
    worth of; the owner found by climbing the parse from the figure's noun phrase (the noun it
    modifies or hangs from, or the subject of its verb: "OHSU performed 700 transplants"), else
    the subject of "is" right before it, else the name opening its verbless list item ("Acme,
    down 5p"); else the counted noun phrase; else the subject of the sentence's main clause.
    The words of the sentence's other figures (``figure_tokens``) are never part of an entity.
    """
    after = max(exclude) + 1 if exclude else root.i + 1
    root = _content_root(root, exclude)
    first = root.doc[min(exclude)] if exclude else root
    words = [root.doc[i] for i in sorted(exclude)] or [root]
    exclude = exclude | set(figure_tokens)
    anchor = counted if counted is not None and counted.i == root.head.i else root
    own = (
        _own_object(kind, root, after, exclude, words)
        or _listed_name(first, exclude)
        or _worth_of(first, exclude)
    )
    if own is not None:
        return own
    hidden = exclude | {t.i for t in anchor.subtree}
    owner = (
        _owner(kind, anchor, hidden)
        or _copula_subject(first, hidden)
        or _comma_listed_name(first, after, exclude)
    )
    if owner:
        return owner
    if counted is not None:
        return _phrase(counted, exclude) or None
    return _topic(root, hidden)


def _content_root(root: Token, exclude: set[int]) -> Token:
    """The figure's head word, past a determiner the parse made it ("a million dollar house":
    "dollar", not "a")."""
    if root.pos_ != "DET":
        return root
    heads = [
        t
        for i in sorted(exclude)
        if (t := root.doc[i]).head.i not in exclude and t.pos_ not in ("DET", "PUNCT")
    ]
    return heads[-1] if heads else root


def _listed_name(first: Token, exclude: set[int]) -> str | None:
    """The name a figure is listed under in a stat line: in brackets right after it ("RHP Ann
    Lee (0.5 WAR)", "the Toronto Stock Exchange (16,369.03, up 58.06 points)") or, for a signed
    figure, right before it ("Dow +0.2% Nasdaq -0.8%")."""
    opening = _opening_bracket(first)
    if opening is not None:
        before = opening.i - 1
        if before >= first.sent.start and _follows_figure(first.doc[before], exclude):
            return None  # "$76 US (£60)": a figure's restatement
        return _name_before(opening, exclude)
    if first.text[:1] in _SIGNS:
        return _name_before(first, exclude)
    return None


_SIGNS = frozenset("+-−")
_FUNCTION_POS = frozenset({"DET", "PRON", "ADP", "CCONJ", "SCONJ", "PUNCT", "AUX", "PART"})


def _opening_bracket(first: Token) -> Token | None:
    """The "(" of the brackets a figure (starting at token ``first``) stands in, if any."""
    sent = first.sent
    for i in range(first.i - 1, sent.start - 1, -1):
        text = first.doc[i].text
        if text == ")":
            return None
        if text == "(":
            return first.doc[i]
    return None


def _is_name_word(token: Token) -> bool:
    """A word of a proper name: tagged as one, or capitalised and not a function word (spaCy
    tags some names otherwise: "FTSE", "Stoxx")."""
    if token.pos_ == "PROPN":
        return True
    return token.text[:1].isupper() and token.pos_ not in _FUNCTION_POS and not token.is_stop


def _name_before(token: Token, exclude: set[int]) -> str | None:
    """The proper name that ends right before ``token`` ("G Ann Lee", "Stoxx 50", "S&P 500"),
    or None when the word there is not a name or belongs to a figure."""
    doc, start = token.doc, token.i
    while start > token.sent.start and start - 1 not in exclude:
        prev = doc[start - 1]
        numbered = prev.like_num and start - 2 >= token.sent.start and _is_name_word(doc[start - 2])
        if not (_is_name_word(prev) or numbered):  # "FTSE 100"
            break
        start -= 1
    if start == token.i or not any(_is_name_word(t) for t in doc[start : token.i]):
        return None
    return str(doc[start : token.i].text)


def _follows_figure(token: Token, exclude: set[int]) -> bool:
    """Whether ``token`` belongs to, or is the word right after, a figure ("$76 US")."""
    return token.i in exclude or (token.i - 1 in exclude and token.i - 1 >= token.sent.start)


_LIST_BREAKS = frozenset({",", ";"})
_LIST_FILLERS = frozenset({"ADV", "ADP", "ADJ", "SYM", "PART", "DET", "NUM", "PUNCT"})


def _comma_listed_name(first: Token, after: int, exclude: set[int]) -> str | None:
    """The name before the comma that opens a verbless list item holding the figure: "Acme,
    down 5p at 300p, Beta Corp, up 2p", "12 Elm Road, Springfield, $450,000"."""
    doc, sent = first.doc, first.sent
    start = first.i
    while start > sent.start and doc[start - 1].text not in _LIST_BREAKS:
        start -= 1
        word = doc[start]
        unit = word.pos_ == "NOUN" and start - 1 in exclude  # "down 68 p at"
        if word.text == "(" or not (start in exclude or unit or word.pos_ in _LIST_FILLERS):
            return None
    if start <= sent.start + 1 or doc[start - 1].text != ",":
        return None
    end = after
    while end < sent.end and doc[end].text not in _LIST_BREAKS:
        if doc[end].pos_ in VERBS:
            return None
        end += 1
    return _name_before(doc[start - 1], exclude)


def _topic(root: Token, hidden: set[int]) -> str | None:
    """The subject of the sentence's main clause, for a figure nothing nearer claims."""
    main = root.sent.root
    if main.pos_ not in VERBS or lemma(main).lower() in lx.SPEECH_VERBS:
        return None  # "..., Rodriguez told reporters": the speaker is the source
    subj = subject(main)
    if subj is None or subj.i in hidden or subj.lower_ in PRONOUNS:
        return None
    return _phrase(subj, hidden) or None


def _own_object(
    kind: str, root: Token, after: int, exclude: set[int], words: Sequence[Token] = ()
) -> str | None:
    """What the figure names itself: "$61 billion for Ukraine", "$5 million to build roads",
    "60% of the workers", "3,000 tonnes of grain"."""
    if kind in ("money", "percent"):
        discounted = _off_object(root, after)
        if discounted is not None:  # "$550 off a MacBook Pro", "50% off a TV"
            return _phrase(discounted, exclude, with_prep=False) or None
    if kind == "money":
        purpose = None if _names_a_noun(root) else _purpose_object(root, after)
        if purpose is not None:
            return _phrase(purpose, exclude) or None
        paid_for = _prep_object(root, _MONEY_PREPS, exclude)
        if paid_for is not None:
            return _phrase(paid_for, exclude, with_prep=False) or None
        for child in root.rights:
            if child.dep_ in ("acl", "relcl", "advcl", "xcomp") and child.pos_ == "VERB":
                if lemma(child).lower() in lx.SPEECH_VERBS:
                    continue  # "$500 million, he told shareholders": who spoke to whom
                for obj in child.children:
                    if obj.dep_ == "dobj" and obj.pos_ in NOUNS:
                        return _phrase(obj, exclude) or None
    if kind in ("percent", "number", "money", "measure"):
        # "of" may hang from any word of the figure: "(~80% of nozzle diameter)"
        whole = next(
            (w for t in [root, *words] if (w := _prep_object(t, ("of",), exclude)) is not None),
            None,
        )
        if whole is not None:
            return _phrase(whole, exclude) or None
    return None


def _prep_object(head: Token, preps: Collection[str], hidden: set[int]) -> Token | None:
    """The noun object of the first of ``head``'s prepositions (to its right) that is one of
    ``preps``, unless it is a noun of time: "for Ukraine" but not "in the winter"."""
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in preps:
            for pobj in child.children:
                if (
                    pobj.dep_ == "pobj"
                    and pobj.pos_ in NOUNS
                    and pobj.i not in hidden
                    and not _is_time(pobj)
                    and lemma(pobj).lower() not in lx.PREPOSITION_NOUNS
                ):
                    return pobj
    return None


_CLIMB_DEPS = frozenset({"appos", "conj", "quantmod", "advmod", "npadvmod", "prep", "pobj"})
_MODIFIED_DEPS = frozenset({"nummod", "compound", "amod", "nmod", "quantmod"})
_CHANGE_PREPS = frozenset({"by", "to", "from", "at"})
_PASS_THROUGH = frozenset({"ADJ", "ADV", "NUM", "SYM", "X"})


def _owner(kind: str, anchor: Token, hidden: set[int]) -> str | None:
    """The noun a figure's phrase is about, climbing from ``anchor`` (its head word)."""
    t = anchor
    via: Token | None = None  # the preposition the figure hangs from, when it does
    apposed: Token | None = None  # the noun the figure's phrase stands in apposition to
    for _ in range(8):
        head = t.head
        if head.i == t.i:
            # a verbless line: "panel strength lower than 8.90 ksi"
            return (_phrase(apposed, hidden) or None) if apposed is not None else None
        if head.pos_ in NOUNS and head.i in hidden and t.dep_ in _MODIFIED_DEPS:
            t = head  # through another figure's unit: "1.8 billion-mile (2.8bn km) journey"
            continue
        if head.pos_ in NOUNS and head.i not in hidden:
            if _is_carrier(head) or _is_time(head) or _is_currency_nation(kind, head, anchor):
                # "a total of", "3,200 times", "a record $44 million"; "down 9% year over year"
                hidden = hidden | {head.i}
                t = head
                continue
            if t.dep_ in _MODIFIED_DEPS or t.dep_ == "prep":
                return _phrase(_named(head, hidden), hidden) or None
            if t.dep_ in ("appos", "conj"):
                if t.dep_ == "appos" and t.i == anchor.i and apposed is None:
                    apposed = head
                t = head
                continue
            return None
        if head.pos_ == "ADP":
            via = head
            t = head
            continue
        if head.pos_ in VERBS and _names_a_period(head):
            # "cut its forecast for the quarter ended March to $8 billion": the figure belongs
            # to the clause the period phrase stands in, through the period's preposition
            period = head.head
            hidden = hidden | {period.i}
            t = period.head if period.dep_ == "pobj" and period.head.pos_ == "ADP" else period
            continue
        if head.pos_ in VERBS:
            moved = _resulting_object(head, t, hidden) if t.i != anchor.i else None
            if moved is not None:  # "pulled the healthcare sector 0.68 percent lower"
                return _phrase(moved, hidden) or None
            return _clause_owner(kind, head, anchor, via, hidden)
        if head.pos_ in _PASS_THROUGH and t.dep_ in _CLIMB_DEPS | _MODIFIED_DEPS:
            small = _small_clause_subject(head, hidden)
            if small is not None:  # "with its shares down 12%"
                return _possessed(small, hidden)
            t = head
            continue
        if t.dep_ in ("appos", "conj"):
            t = head
            continue
        return None
    return None


def _clause_owner(
    kind: str, verb: Token, figure: Token, via: Token | None, hidden: set[int]
) -> str | None:
    """Whose is a figure of this clause: what money pays for ("paid $500 for a system"), what
    changed by it ("raised its output by 2%"), else the subject ("OHSU performed 700
    transplants"), else the object of a clause without one ("Get the mirror for $44")."""
    if kind == "money" and via is None:
        paid_for = _prep_object(verb, _MONEY_PREPS, hidden)
        if paid_for is not None and paid_for.i > figure.i:
            return _phrase(paid_for, hidden, with_prep=False) or None
    obj = next(
        (c for c in verb.children if c.dep_ == "dobj" and c.pos_ in NOUNS and c.i not in hidden),
        None,
    )
    if via is not None and via.lower_ in _CHANGE_PREPS and obj is not None:
        return _phrase(obj, hidden) or None
    if lemma(verb).lower() in lx.REPORTING_VERBS:
        return None  # "the agency counted 1.2 million refugees": the agency is the source
    gapped = _gapped_subject(verb, via, hidden)
    if gapped is not None:
        return gapped
    subj = (
        _controller(verb)
        or subject(verb)
        or second_subject(verb)
        or _reported_subject(verb)
        or _antecedent(verb)
    )
    if subj is not None and subj.i not in hidden and subj.lower_ not in PRONOUNS:
        return _phrase(_named(subj, hidden), hidden) or None
    if subj is None:
        stray = subject_before(verb)
        if stray is not None and stray.i not in hidden:
            return _phrase(stray, hidden) if stray.pos_ in NOUNS else str(stray.text)
        aged = _aged_subject(verb)
        if aged is not None:
            return aged
    imperative = verb.tag_ == "VB" and (verb.dep_ == "ROOT" or verb.i == verb.sent.start)
    if imperative and subj is None and via is not None and obj is not None:
        return _phrase(obj, hidden) or None  # "Get the mirror for $44"
    bought = via is not None and via.lower_ == "for" and obj is not None and obj.i < via.i
    if kind == "money" and subj is None and bought and obj is not None:
        return _phrase(obj, hidden) or None  # "they sold the house for $500,000"
    if subj is None and verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "advcl", "acl"):
        return str(verb.text)  # "after charging in 20 minutes"
    return None


def _names_a_period(verb: Token) -> bool:
    """Whether a verb is the participle that bounds a period named by the noun it modifies:
    "ended" in "the quarter ended March", "ending" in "the year ending June 30"."""
    return (
        verb.dep_ == "acl"
        and lemma(verb).lower() in lx.PERIOD_VERBS
        and verb.head.pos_ in NOUNS
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children)
    )


_RESULT_WORDS = frozenset({"higher", "lower", "up", "down"})


def _named(noun: Token, hidden: set[int]) -> Token:
    """The subject a noun describes after "is": "Morro Bay" in "Morro Bay is the home port for
    60 fishermen"; else the noun itself."""
    verb = noun.head
    if noun.dep_ != "attr" or lemma(verb) != "be" or verb.pos_ not in VERBS:
        return noun
    subj = subject(verb)
    if subj is None or subj.i in hidden or subj.pos_ not in NOUNS:
        return noun
    return subj


def _resulting_object(verb: Token, result: Token, hidden: set[int]) -> Token | None:
    """The object a verb moves by the figure, when the figure measures the result word the
    climb came through: "sector" in "pulled the healthcare sector 0.68 percent lower", "shares"
    in "sent shares 5% higher"."""
    if result.lower_ not in _RESULT_WORDS or result.dep_ in ("nsubj", "nsubjpass"):
        return None
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ in NOUNS and child.i not in hidden:
            return None if _is_time(child) else child
    return None


def _controller(verb: Token) -> Token | None:
    """The subject of the clause whose object an infinitive completes ("Dell announced plans to
    cut 6,650 jobs": Dell cuts them), rather than the object ("plans") itself."""
    if verb.dep_ != "acl" or not any(c.tag_ == "TO" for c in verb.lefts):
        return None
    noun = verb.head
    if noun.dep_ != "dobj" or noun.head.pos_ not in VERBS:
        return None
    owner = subject(noun.head)
    return owner if owner is not None and owner.lower_ not in PRONOUNS else None


def _aged_subject(verb: Token) -> str | None:
    """A subject named by its age alone: "a 65-year-old would tap 3.13%" → "65-year-old"."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not re.fullmatch(r"(?:year-)?old", subj.lower_):
        return None
    words = [t for t in subj.subtree if t.pos_ != "DET"]
    if not any(t.like_num for t in words):
        return None
    return "".join(t.text_with_ws for t in words).strip() or None


def _small_clause_subject(word: Token, hidden: set[int]) -> Token | None:
    """The noun subject of a verbless small clause headed by ``word``: "shares" in "with its
    shares down 12%"."""
    for child in word.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ in NOUNS and child.i not in hidden:
            return child
    return None


def _possessed(noun: Token, hidden: set[int]) -> str | None:
    """A noun's phrase, with a possessive pronoun replaced by the subject of the clause it
    stands in: "Acme saw the biggest fall, with its shares down 12%" → "Acme shares"."""
    return _phrase(noun, hidden) or None


def _gapped_subject(verb: Token, via: Token | None, hidden: set[int]) -> str | None:
    """The subject of a clause whose verb is left out after a comma ("gapping"): "Burlington" in
    "Shares of A were down 2.3%, Burlington by 2.6%"."""
    if via is None or via.i - 1 <= verb.i:
        return None
    name = via.doc[via.i - 1]
    if name.pos_ not in NOUNS or name.head.i != verb.i or name.i in hidden:
        return None
    if name.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
        return None
    start = min(t.i for t in name.subtree)
    opener = via.doc[start - 1] if start > verb.i else None
    if opener is None or not (opener.text in (",", ";") or opener.pos_ == "CCONJ"):
        return None
    return _phrase(name, hidden) or None


def _antecedent(verb: Token) -> Token | None:
    """The noun a pronoun subject of ``verb`` stands for: the nearest subject before it in the
    sentence that agrees with it ("Musk uses his account, where he has 80 million followers").
    An infinitive takes the subject of the verb it completes ("Acme grew fast: it is expected
    to have 900 stores")."""
    for _ in range(3):
        pronoun = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if pronoun is not None:
            return _antecedent_of(pronoun)
        if verb.dep_ != "xcomp" or verb.head.pos_ not in VERBS:
            return None
        verb = verb.head
    return None


def _antecedent_of(pronoun: Token) -> Token | None:
    """The nearest noun subject before a personal pronoun in its sentence, if it agrees."""
    if pronoun.lower_ not in _AGREEING_TAGS:
        return None
    for i in range(pronoun.i - 1, pronoun.sent.start - 1, -1):
        candidate = pronoun.doc[i]
        if candidate.dep_ in ("nsubj", "nsubjpass") and candidate.pos_ in NOUNS:
            return candidate if candidate.tag_ in _AGREEING_TAGS[pronoun.lower_] else None
    return None


# Which noun tags a personal pronoun can stand for: "he" a name, "it" a thing or a name.
_AGREEING_TAGS: dict[str, frozenset[str]] = {
    "he": frozenset({"NNP"}),
    "she": frozenset({"NNP"}),
    "it": frozenset({"NN", "NNP"}),
    "they": frozenset({"NNS", "NNPS", "NNP"}),
}


def _word_before(first: Token) -> Token | None:
    """The word before a figure (starting at token ``first``), past qualifiers ("around")."""
    doc, i = first.doc, first.i - 1
    while i > first.sent.start and (doc[i].pos_ == "ADV" or doc[i].dep_ in _QUALIFIER_DEPS):
        i -= 1
    return doc[i] if i >= first.sent.start else None


def _worth_of(first: Token, exclude: set[int]) -> str | None:
    """The noun right before "worth" and a figure, whatever the parse made of them: "the toy
    market worth over $2 billion", "the startup, worth $3 billion"."""
    worth = _word_before(first)
    if worth is None or worth.lower_ != "worth" or worth.i <= first.sent.start:
        return None
    noun = worth.doc[worth.i - 1]
    if noun.text == "," and noun.i > first.sent.start:
        noun = noun.doc[noun.i - 1]
    if noun.pos_ not in NOUNS or noun.i in exclude:
        return None
    return _phrase(noun, exclude, with_prep=False) or None


def _copula_subject(first: Token, hidden: set[int]) -> str | None:
    """The subject of "is"/"was" right before a figure (starting at token ``first``), whatever
    the parse attached the figure to: "life expectancy for men is around 73"."""
    copula = _word_before(first)
    if copula is None or lemma(copula) != "be" or copula.pos_ not in VERBS:
        return None
    subj = subject(copula)
    if subj is None or subj.i in hidden:
        return None
    name = next((c for c in subj.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if name is not None and name.i == subj.i + 1:
        subj = name  # "their daughter Maria, who was 10"
    return _phrase(subj, hidden) or None


_QUALIFIER_DEPS = frozenset({"advmod", "quantmod"})


def _is_currency_nation(kind: str, noun: Token, anchor: Token) -> bool:
    """The country letters of a dollar amount written after it: "US" in "$76 US a barrel"."""
    return (
        kind == "money"
        and noun.i == anchor.i + 1
        and noun.text in lx.DOLLAR_PREFIX_NATIONS
        and any(t.text == "$" for t in anchor.subtree)
    )


def _is_carrier(noun: Token) -> bool:
    """A noun that only carries a figure: "a total of 200", "3,200 times", "a record $44m"."""
    base = lemma(noun).lower()
    return base in lx.TRANSPARENT_NOUNS or base in lx.CARRIER_NOUNS


def _is_time(noun: Token) -> bool:
    """A noun of time, which says when, not what for: "in the winter", "in March"."""
    base = lemma(noun).lower()
    return base in lx.DURATION_UNITS or base in lx.TIME_NOUNS or base in lx.MONTHS


def _reported_subject(verb: Token) -> Token | None:
    """The speaker a pronoun subject stands for in reported speech: in "The company said it has
    1,000 customers", "it" is the company."""
    pronoun = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if pronoun is None or pronoun.lower_ not in ("it", "they", "he", "she", "we"):
        return None
    if verb.dep_ != "ccomp" or verb.head.pos_ not in VERBS:
        return None
    speaker = subject(verb.head)
    return speaker if speaker is not None and speaker.lower_ not in PRONOUNS else None


def _off_object(root: Token, after: int) -> Token | None:
    """The noun of "off" right after an amount (which ends before token ``after``): what a
    discount is taken off, "$550 off an Apple MacBook Pro", "50 per cent off a TV"."""
    doc = root.doc
    if after >= root.sent.end or doc[after].lower_ != "off" or doc[after].pos_ != "ADP":
        return None
    return next(
        (c for c in doc[after].children if c.dep_ == "pobj" and c.pos_ in NOUNS),
        None,
    )


def _names_a_noun(root: Token) -> bool:
    """Whether an amount is what a noun before it is of: "a stimulus package of $1 trillion to
    support the economy" is the package's, not the economy's."""
    prep = root.head
    return (
        prep.lower_ == "of"
        and root.dep_ == "pobj"
        and prep.head.pos_ in NOUNS
        and not _is_carrier(prep.head)
        and not _is_time(prep.head)
    )


def _purpose_object(root: Token, after: int) -> Token | None:
    """The object of "to VERB" right after an amount (which ends before token ``after``):
    "$4.83 billion to support partners"."""
    doc = root.doc
    if after + 1 >= len(doc) or doc[after].lower_ != "to" or doc[after + 1].pos_ != "VERB":
        return None
    for obj in doc[after + 1].children:
        if obj.dep_ == "dobj" and obj.pos_ in NOUNS:
            return obj
    return None


def person(root: Token) -> str | None:
    """Whose age: "Willy Joseph Cancel, 22", "a 65-year-old man", "his daughter Maria, who
    was 10"."""
    return _aged(root) or _of_age(root) or _copula_subject(root, {root.i})


def _of_age(root: Token) -> str | None:
    """The noun an "under/over the age of N" phrase limits: "children under the age of 5",
    "drivers over the age of 70"."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or lemma(prep.head).lower() != "age":
        return None
    age = prep.head
    if age.dep_ != "pobj":
        return None
    limit = age.head  # "under", "over"
    noun = limit.head
    if noun.pos_ in VERBS and limit.i > limit.sent.start:
        before = limit.doc[limit.i - 1]  # hung from the verb past its noun: "covers children"
        noun = before if before.head.i == noun.i else before.head
    if noun.pos_ not in NOUNS:
        return None
    return _phrase(noun, {t.i for t in limit.subtree}, with_prep=False) or None


def _aged(root: Token) -> str | None:
    """The noun an age number modifies or stands in apposition to."""
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
    if lemma(head).lower() in lx.DURATION_UNITS or head.lower_ in ("old", "age"):
        return None
    return str(head.text)


_SHARED_BETWEEN = re.compile(r"\s*(?:\(|or|/)\s*(?:about|around|some|nearly|almost)?\s*")
_NO_ENTITY_KINDS = frozenset({"date", "time", "ordinal", "age"})


def share_entities(figures: Sequence[Figure], offset: int) -> list[Figure]:
    """Figures without an entity take it from the figure they restate or continue:
    "47 feet (14 metres)", "eight or nine euros", "$US113 trillion ($161 trillion)"; or from
    the last figure of their kind before them when they are what it is compared with: "78% of
    the deal, up from 50%", "$33,790 versus last year's $32,280".

    ``offset`` is where the figures' sentence starts in the source text.
    """
    out = list(figures)
    for i in range(1, len(out)):
        fig, prev = out[i], out[i - 1]
        if {fig.kind} & _NO_ENTITY_KINDS:
            continue
        between = fig.sentence[prev.span[1] - offset : fig.span[0] - offset]
        if _restates(prev, fig, between, fig.sentence[fig.span[1] - offset :]):
            out[i] = fig.model_copy(update={"entity": prev.entity})
            continue
        if fig.entity:
            continue
        if prev.entity and prev.kind not in _NO_ENTITY_KINDS and _SHARED_BETWEEN.fullmatch(between):
            out[i] = fig.model_copy(update={"entity": prev.entity})
        elif _COMPARED_BEFORE.search(fig.sentence, 0, fig.span[0] - offset):
            donor = next((f for f in reversed(out[:i]) if f.kind == fig.kind), None)
            if donor is not None and donor.entity:
                out[i] = fig.model_copy(update={"entity": donor.entity})
    return out


_BRACKET_OPENING = re.compile(r"\s*\(\s*(?:about|around|some|nearly|almost|approx\.?)?\s*")


def _restates(prev: Figure, fig: Figure, between: str, rest: str) -> bool:
    """Whether ``fig`` is ``prev`` converted, in brackets right after it: "8 miles (13
    kilometers) of new tunnels", "1.23 billion shekels ($330 million)" (``between`` is the text
    between them, ``rest`` the sentence after ``fig``). It is about the same thing, whatever the
    parse attached the brackets to."""
    return (
        bool(prev.entity)
        and prev.kind == fig.kind
        and _BRACKET_OPENING.fullmatch(between) is not None
        and rest.lstrip().startswith(")")
    )


_PERIOD_WORDS = sorted(
    lx.PERIOD_DETERMINERS | lx.DURATION_UNITS | {f"{u}s" for u in lx.DURATION_UNITS}
)
_COMPARED_BEFORE = re.compile(
    rf"(?i)\b(?:{'|'.join(lx.COMPARISON_CUES)})\s+"
    rf"(?:(?:{'|'.join(_PERIOD_WORDS)})(?:['’]s?)?\s+)*$"
)
