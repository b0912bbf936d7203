"""What a figure is about: its ``entity``, from the dependency parse.

Part of the classify stage. It reads a figure's tokens in the sentence's parse (spaCy) and the
tables of :mod:`factsheet._lexicon`, and gives the words of the sentence a reader would name as
what the figure counts, measures or costs: the counted noun phrase ("900 nurses in the north"),
what money is for ("£3 million for the harbour"), the subject of the verb a figure depends on
("the orchestra sold 4,000 tickets"), and whose age a number is ("Ines Barros, 31").

Each rule below names a construction of English grammar (the examples in the docstrings are
written for this module; ``tests/test_entity.py`` holds each rule's rows, on parses built by
hand). ``benchmarks/ablate_entity.py`` turns each rule off in turn and measures what it is worth.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from factsheet import _lexicon as lx
from factsheet.draft import Draft
from factsheet.nlp.syntax import (
    NOUNS,
    PRONOUNS,
    VERBS,
    Token,
    lemma,
    subject,
)

_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "npadvmod"})


# --- the phrase that names an entity ----------------------------------------------------------


def _phrase(
    head: Token, exclude: set[int], *, with_prep: bool = True, limit: int = 9, whose: bool = True
) -> str:
    """A short noun phrase around ``head``: its adjacent modifiers (but not a possessive of time:
    "last season's payroll" is "payroll") and a prepositional phrase; a possessive "its"/"their"
    is replaced by the noun it stands for ("the museum doubled its visitor numbers" → "museum
    visitor numbers"). Tokens in ``exclude`` (the figure's) are never part of it."""
    keep = {head.i}
    for child in reversed(list(head.lefts)):
        if child.dep_ in ("poss", "npadvmod") and _is_time(child):
            break  # "next year's budget": when, not whose
        if child.dep_ in _MODIFIER_DEPS and child.i not in exclude:
            sub = [t for t in child.subtree if t.i not in exclude and t.pos_ not in ("DET", "NUM")]
            if any(t.i in exclude for t in child.subtree) and child.dep_ != "compound":
                continue
            keep.update(t.i for t in sub)
        else:
            break
    joined = _coordinated_name(head, exclude)
    if joined is not None:
        keep.update(range(head.i + 1, joined.i + 1))  # "Marks and Spencer", not "Marks"
    number = head.doc[head.i + 1] if head.i + 1 < head.sent.end else None
    if number is not None and _names_number(head, number, exclude):
        keep.add(number.i)  # "the Nikkei 225", "Route 66"
    if with_prep:
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in lx.ENTITY_PREPS and child.i not in exclude:
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
    while (hi in exclude or head.doc[hi].pos_ in ("PUNCT", "CCONJ", "ADP", "DET")) and hi > lo:
        hi -= 1  # not "turnover of (" before "($9 million)"
    words = [t for t in head.doc[lo : hi + 1] if t.i not in exclude]
    text = re.sub(r"\s+", " ", "".join(t.text_with_ws for t in words).strip())
    owner = _possessor(head, exclude) if whose and text else None
    if owner is not None:
        named = _phrase(owner, exclude, with_prep=False, whose=False)
        if named and named not in text:
            return f"{named} {text}"
    return text


def _coordinated_name(head: Token, exclude: set[int]) -> Token | None:
    """The name coordinated with the name ``head`` right after it, when the words between are
    names and one conjunction: "Marks and Spencer", "the Europe and Africa Command", "Brazil
    and Argentina" name one owner, not their first word. Common nouns are not joined ("the
    city and the county spent": the city)."""
    if head.pos_ != "PROPN":
        return None
    joined = next((c for c in head.rights if c.dep_ == "conj"), None)
    if joined is None or joined.pos_ != "PROPN":
        return None
    between = head.doc[head.i + 1 : joined.i]
    if len(between) > 3 or [t.pos_ for t in between if t.pos_ != "PROPN"] != ["CCONJ"]:
        return None
    return None if any(t.i in exclude for t in between) else joined


def _names_number(name: Token, number: Token, exclude: set[int]) -> bool:
    """Whether ``number`` is the number of the proper name right before it ("Nikkei 225",
    "Route 66"), not a figure nor the first of a row of numbers ("Harlow 21 17 30")."""
    after = number.doc[number.i + 1] if number.i + 1 < number.sent.end else None
    return (
        name.pos_ == "PROPN"
        and number.like_num
        and number.head.i == name.i
        and number.i not in exclude
        and name.whitespace_ != ""
        and not (after is not None and (after.like_num or after.i in exclude))
    )


def _possessor(noun: Token, hidden: set[int]) -> Token | None:
    """The noun a possessive "its"/"their" before ``noun`` stands for (a possessive determiner
    refers back to an antecedent): the subject of the clause the noun stands in ("the ferry line
    sold two of its boats" → "ferry line"), or, when that subject is a pronoun too, the noun the
    pronoun stands for ("The league is shrinking: it has lost six of its clubs")."""
    if not any(c.dep_ == "poss" and c.lower_ in lx.POSSESSIVE_PRONOUNS for c in noun.children):
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


# --- the entry point --------------------------------------------------------------------------


def entity(
    kind: str,
    root: Token,
    exclude: set[int],
    counted: Token | None,
    figure_tokens: Collection[int] = (),
) -> str | None:
    """What the figure is about.

    In order: what the figure itself names (what money is for, "70% of the nurses", what a
    discount is off), the name it is listed under in a stat line ("Lena Park (21 points)",
    "Kospi +0.3%") or the noun it is the worth of ("a fleet worth $40 million"); the owner found
    by climbing the parse from the figure's noun phrase (the noun it modifies or hangs from, or
    the subject of its verb: "the clinic treated 640 patients"), else the subject of "is" right
    before it, else the name opening its verbless list item ("Orvex, down 4p"); else the counted
    noun phrase; else the subject of the sentence's main clause. ``root`` is the figure's head
    token, ``exclude`` its tokens, ``counted`` the noun it counts (for counts). The words of the
    sentence's other figures (``figure_tokens``) are never part of an entity.
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
    """The figure's head word, past a determiner the parse made it: in "a million dollar yacht"
    the parse hangs the figure's "a" from "yacht", which makes "a" the word of the figure whose
    head lies outside it; the figure's head word is "dollar"."""
    if root.pos_ != "DET":
        return root
    heads = [
        t
        for i in sorted(exclude)
        if (t := root.doc[i]).head.i not in exclude and t.pos_ not in ("DET", "PUNCT")
    ]
    return heads[-1] if heads else root


# --- stat lines and lists: the name a figure is listed under ---------------------------------


def _listed_name(first: Token, exclude: set[int]) -> str | None:
    """The name a figure is listed under in a stat line: in brackets right after it ("Lena Park
    (21 points)", "the Oslo Exchange (1,402.5, down 3.1)") or, for a signed figure, right before
    it ("Kospi +0.3% Sensex -1.2%"). Brackets that hold a clause ("(rising to $9 in May)") are
    an aside, not a stat."""
    opening = _opening_bracket(first)
    if opening is not None:
        before = opening.i - 1
        if before >= first.sent.start and _follows_figure(first.doc[before], exclude):
            return None  # "$40 US (£31)": a figure's restatement
        if _holds_a_verb(opening):
            return None
        return _name_before(opening, exclude)
    if first.text[:1] in _SIGNS:
        return _name_before(first, exclude)
    return None


_SIGNS = frozenset("+-−")
_FUNCTION_POS = frozenset({"DET", "PRON", "ADP", "CCONJ", "SCONJ", "PUNCT", "AUX", "PART"})


_BRACKET_REACH = 60  # tokens: brackets opened further back hold no stat line of this figure


def _opening_bracket(first: Token) -> Token | None:
    """The "(" of the brackets a figure (starting at token ``first``) stands in, if any, within
    :data:`_BRACKET_REACH` tokens (a look at every token back to the start of a sentence of
    thousands of figures would be quadratic)."""
    sent = first.sent
    for i in range(first.i - 1, max(sent.start, first.i - _BRACKET_REACH) - 1, -1):
        text = first.doc[i].text
        if ")" in text:  # "):" is one token
            return None
        if "(" in text:
            return first.doc[i]
    return None


def _holds_a_verb(opening: Token) -> bool:
    """Whether the brackets opened at ``opening`` hold a verb."""
    doc = opening.doc
    for i in range(opening.i + 1, opening.sent.end):
        if ")" in doc[i].text:
            return False
        if doc[i].pos_ in VERBS:
            return True
    return False


def _is_name_word(token: Token) -> bool:
    """A word of a proper name: tagged as one, or capitalised and not a function word (spaCy
    tags some names otherwise: all-capital index names, "Kospi")."""
    if token.pos_ == "PROPN":
        return True
    return token.text[:1].isupper() and token.pos_ not in _FUNCTION_POS and not token.is_stop


def _name_before(token: Token, exclude: set[int]) -> str | None:
    """The proper name that ends right before ``token`` ("F Lena Park", "Nikkei 225",
    "Rolls-Royce"), or None when the word there is not a name or belongs to a figure."""
    doc, start = token.doc, token.i
    while start > token.sent.start and start - 1 not in exclude:
        prev = doc[start - 1]
        joined = start - 2 >= token.sent.start and _is_name_word(doc[start - 2])
        numbered = prev.like_num and joined  # "Nikkei 225"
        hyphened = prev.text == "-" and not prev.whitespace_ and not doc[start - 2].whitespace_
        if not (_is_name_word(prev) or numbered or (hyphened and joined)):  # "Rolls-Royce"
            break
        start -= 1
    if start == token.i or not any(_is_name_word(t) for t in doc[start : token.i]):
        return None
    return str(doc[start : token.i].text)


def _follows_figure(token: Token, exclude: set[int]) -> bool:
    """Whether ``token`` belongs to, or is the word right after, a figure ("$40 US")."""
    return token.i in exclude or (token.i - 1 in exclude and token.i - 1 >= token.sent.start)


_LIST_BREAKS = frozenset({",", ";"})
_LIST_FILLERS = frozenset({"ADV", "ADP", "ADJ", "SYM", "PART", "DET", "NUM", "PUNCT"})


def _comma_listed_name(first: Token, after: int, exclude: set[int]) -> str | None:
    """The name before the comma that opens a verbless list item holding the figure: "Orvex,
    up 6p at 210p, and Telmar, down 2p", "7 Mill Street, Harwich, £310,000". The item is the
    figure with its qualifiers and units only: one that names a noun of its own ("Riga, 40
    delegates"), or holds a verb, is not listed under the name."""
    doc, sent = first.doc, first.sent
    start = first.i
    while start > sent.start and doc[start - 1].text not in _LIST_BREAKS:
        start -= 1
        if doc[start].text == "(" or not _list_filler(doc[start], exclude):
            return None
    if start <= sent.start + 1 or doc[start - 1].text != ",":
        return None
    end = after
    while end < sent.end and doc[end].text not in _LIST_BREAKS:
        if not _list_filler(doc[end], exclude):
            return None
        end += 1
    return _name_before(doc[start - 1], exclude)


def _list_filler(word: Token, exclude: set[int]) -> bool:
    """A word a verbless list item may hold besides its figure: a figure's word, a unit noun
    right after a figure ("6 p"), or a word that is no noun or verb ("up", "at", "now")."""
    unit = word.pos_ == "NOUN" and word.i - 1 in exclude
    return word.i in exclude or unit or word.pos_ in _LIST_FILLERS


def _topic(root: Token, hidden: set[int]) -> str | None:
    """The subject of the sentence's main clause, for a figure nothing nearer claims."""
    main = root.sent.root
    if main.pos_ not in VERBS or _reports_speech(main):
        return None  # "..., the coach told reporters": the speaker is the source
    subj = subject(main)
    if subj is None or subj.i in hidden or subj.lower_ in PRONOUNS:
        return None
    return _phrase(subj, hidden) or None


def _reports_speech(verb: Token) -> bool:
    """A verb of speech ("say", "tell"): its subject is who speaks, not what a figure is about."""
    return lemma(verb).lower() in lx.SPEECH_VERBS


# --- what the figure's own phrase names ---------------------------------------------------------


def _own_object(
    kind: str, root: Token, after: int, exclude: set[int], words: Sequence[Token] = ()
) -> str | None:
    """What the figure names itself: "£3 million for the harbour", "$2 million to repair the
    dam", "70% of the nurses", "40 tonnes of rice", "$90 off a drill"."""
    if kind in ("money", "percent"):
        discounted = _off_object(root, after)
        if discounted is not None:
            return _phrase(discounted, exclude, with_prep=False) or None
    if kind == "money":
        purpose = None if _names_a_noun(root) else _purpose_object(root, after)
        if purpose is not None:
            return _phrase(purpose, exclude) or None
        paid_for = _prep_object(root, lx.MONEY_PREPS, exclude)
        if paid_for is not None:
            return _phrase(paid_for, exclude, with_prep=False) or None
        spent_on = _spent_object(root, exclude)
        if spent_on is not None:
            return _phrase(spent_on, exclude) or None
    if kind in ("percent", "number", "money", "measure"):
        whole = _part_of(root, words, exclude)
        if whole is not None:
            return _phrase(whole, exclude) or None
    return None


def _off_object(root: Token, after: int) -> Token | None:
    """The noun of "off" right after an amount (which ends before token ``after``): what a
    discount is taken off, "$90 off a cordless drill", "25% off garden furniture"."""
    doc = root.doc
    if after >= root.sent.end or doc[after].lower_ != "off" or doc[after].pos_ != "ADP":
        return None
    return next(
        (c for c in doc[after].children if c.dep_ == "pobj" and c.pos_ in NOUNS),
        None,
    )


def _names_a_noun(root: Token) -> bool:
    """Whether an amount is what a noun before it is "of": "a grant of $2 million to restore the
    chapel" is the grant's, not the chapel's."""
    prep = root.head
    return (
        prep.lower_ == "of"
        and root.dep_ == "pobj"
        and prep.head.pos_ in NOUNS
        and not _is_carrier(prep.head)
        and not _is_time(prep.head)
    )


def _purpose_object(root: Token, after: int) -> Token | None:
    """The object of a purpose infinitive right after an amount (which ends before token
    ``after``): "dam" in "$2 million to repair the dam"."""
    doc = root.doc
    if after + 1 >= len(doc) or doc[after].lower_ != "to" or doc[after + 1].pos_ != "VERB":
        return None
    for obj in doc[after + 1].children:
        if obj.dep_ == "dobj" and obj.pos_ in NOUNS:
            return obj
    return None


def _spent_object(root: Token, exclude: set[int]) -> Token | None:
    """What a participle or clause that modifies an amount spends it on: its object ("roads" in
    "$8 million spent repaving roads") or, without one, the object of its "for"/"on" ("buses" in
    "$8 million earmarked for new buses"). A clause of speech does not count ("$5 million, she
    told the board")."""
    for child in root.rights:
        if child.dep_ in ("acl", "relcl", "advcl", "xcomp") and child.pos_ == "VERB":
            if _reports_speech(child):
                continue
            for obj in child.children:
                if obj.dep_ == "dobj" and obj.pos_ in NOUNS:
                    return obj
            return _prep_object(child, ("for", "on"), exclude)
    return None


def _part_of(root: Token, words: Sequence[Token], exclude: set[int]) -> Token | None:
    """The whole a figure is a part or an amount of: "nurses" in "70% of the nurses", "rice" in
    "40 tonnes of rice". The "of" may hang from any word of the figure ("(~40% of the width)")."""
    return next(
        (w for t in [root, *words] if (w := _prep_object(t, ("of",), exclude)) is not None),
        None,
    )


def _prep_object(head: Token, preps: Collection[str], hidden: set[int]) -> Token | None:
    """The noun object of the first of ``head``'s prepositions (to its right) that is one of
    ``preps``, unless it is a noun of time ("in the spring") or part of a compound preposition
    ("in return for")."""
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in preps:
            for pobj in child.children:
                if (
                    pobj.dep_ == "pobj"
                    and pobj.pos_ in NOUNS
                    and pobj.i not in hidden
                    and not _is_time(pobj)
                    and lemma(pobj).lower() not in lx.PREPOSITION_NOUNS
                    and not (child.lower_ == "in" and _a_place(pobj, child))
                ):
                    return pobj
    return None


def _a_place(noun: Token, prep: Token) -> bool:
    """Is the object of "in" after a price where it is charged, not what the money is in: a
    name or a noun with its determiner after a verb of price ("costs 90p in Leeds", "is £6 in
    the city centre"), where what money comes in is a bare noun ("$2 million in aid") and
    other verbs put money in things ("invested $5m in Orvex", "lost $40m in the deal")?"""
    if noun.pos_ != "PROPN" and not any(t.dep_ in ("det", "poss") for t in noun.lefts):
        return False
    verb = prep.head
    for _ in range(3):
        if verb.pos_ in VERBS or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb.pos_ in VERBS and lemma(verb).lower() in lx.PRICE_VERBS


# --- climbing the parse to the figure's owner ----------------------------------------------------

_CLIMB_DEPS = frozenset({"appos", "conj", "quantmod", "advmod", "npadvmod", "prep", "pobj"})
_MODIFIED_DEPS = frozenset({"nummod", "compound", "amod", "nmod", "quantmod"})
_PASS_THROUGH = frozenset({"ADJ", "ADV", "NUM", "SYM", "X"})


def _owner(kind: str, anchor: Token, hidden: set[int]) -> str | None:
    """The noun a figure's phrase is about, climbing from ``anchor`` (its head word)."""
    t = anchor
    via: Token | None = None  # the preposition the figure hangs from, when it does
    apposed: Token | None = None  # the noun the figure's phrase stands in apposition to
    for _ in range(8):
        head = t.head
        if head.i == t.i:
            return _apposed_owner(kind, apposed, hidden)
        if _through_figure_unit(head, t, hidden):
            t = head
            continue
        if head.pos_ in NOUNS and head.i not in hidden:
            if _is_carrier(head) or _is_time(head) or _is_currency_nation(kind, head, anchor):
                # "a total of", "four times", "a record £9 million"; "down 2% week on week"
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
            # "lifted its outlook for the half ended June to £2 billion": the figure belongs to
            # the clause the period phrase stands in, through the period's preposition
            period = head.head
            hidden = hidden | {period.i}
            t = period.head if period.dep_ == "pobj" and period.head.pos_ == "ADP" else period
            continue
        if head.pos_ in VERBS:
            moved = _resulting_object(head, t, hidden) if t.i != anchor.i else None
            if moved is not None:  # "pushed the bond yield 0.2 points higher"
                return _phrase(moved, hidden) or None
            return _clause_owner(kind, head, anchor, via, hidden)
        if head.pos_ in _PASS_THROUGH and t.dep_ in _CLIMB_DEPS | _MODIFIED_DEPS:
            small = _small_clause_subject(head, hidden)
            if small is not None:  # "with its profits down 8%"
                return _phrase(small, hidden) or None
            t = head
            continue
        if t.dep_ in ("appos", "conj"):
            t = head
            continue
        return None
    return None


def _apposed_owner(kind: str, apposed: Token | None, hidden: set[int]) -> str | None:
    """In a line without a verb, the noun the figure's phrase stands in apposition to: "wall
    thickness" in "wall thickness at least 12 mm (0.47 in)", "olive oil" in "olive oil, 2
    tbsp", "Okafor" in "Okafor 14 points, 6 rebounds". A count names its own noun unless it
    stands beside a name: in "flour, 3 eggs" the eggs are counted, not the flour."""
    if apposed is None or (kind == "count" and apposed.pos_ != "PROPN"):
        return None
    return _phrase(apposed, hidden) or None


def _through_figure_unit(head: Token, t: Token, hidden: set[int]) -> bool:
    """Whether the climb goes on through another figure's unit noun that ``t`` modifies: "a
    40-mile (64 km) hike" is the hike's."""
    return bool(head.pos_ in NOUNS and head.i in hidden and t.dep_ in _MODIFIED_DEPS)


def _clause_owner(
    kind: str, verb: Token, figure: Token, via: Token | None, hidden: set[int]
) -> str | None:
    """Whose is a figure of this clause: what money pays for ("spent $30,000 on a boat"), what
    changed by it ("cut its fares by 10%"), what is bought or sold for it ("Order the lamp for
    $35", "the trust sold the mill for £2 million"), else the subject ("the clinic treated 640
    patients")."""
    paid_for = _paid_for(kind, verb, figure, via, hidden)
    if paid_for is not None:
        return _phrase(paid_for, hidden, with_prep=False) or None
    obj = next(
        (c for c in verb.children if c.dep_ == "dobj" and c.pos_ in NOUNS and c.i not in hidden),
        None,
    )
    changed = _changed_object(kind, via, obj)
    if changed is not None:
        return _phrase(changed, hidden) or None
    if _reports_figure(verb):
        return None  # "the survey counted 300 nests": the survey is the source
    gapped = _gapped_subject(verb, via, hidden)
    if gapped is not None:
        return gapped
    sold = _sold_object(kind, via, obj)
    if sold is not None:
        return _phrase(sold, hidden) or None
    subj = _controller(verb) or subject(verb) or _antecedent(verb)
    if subj is not None and subj.i not in hidden and subj.lower_ not in PRONOUNS:
        return _phrase(_named(subj, hidden), hidden) or None
    if subj is None:
        aged = _aged_subject(verb)
        if aged is not None:
            return aged
    return None


def _paid_for(
    kind: str, verb: Token, figure: Token, via: Token | None, hidden: set[int]
) -> Token | None:
    """What money pays for, in a preposition of the verb after the figure: "boat" in "spent
    $30,000 on a boat", "roof" in "gave £9,000 towards the roof"."""
    if kind != "money" or via is not None:
        return None
    paid_for = _prep_object(verb, lx.MONEY_PREPS, hidden)
    return paid_for if paid_for is not None and paid_for.i > figure.i else None


def _changed_object(kind: str, via: Token | None, obj: Token | None) -> Token | None:
    """The object a figure of change applies to: "fares" in "cut its fares by 10%", "output" in
    "raised output to 800 tonnes", "laptops" in "discounts laptops from $600". A count names
    its own noun unless it is the size of the change: "gave grants to 300 farms" is about the
    farms, "cut staff by 40 people" about the staff."""
    if via is None or via.lower_ not in lx.CHANGE_PREPS:
        return None
    return obj if kind != "count" or via.lower_ == "by" else None


def _reports_figure(verb: Token) -> bool:
    """A verb of counting or estimating ("count", "estimate"): its subject is the source of the
    figure, not what it is about."""
    return lemma(verb).lower() in lx.REPORTING_VERBS


def _sold_object(kind: str, via: Token | None, obj: Token | None) -> Token | None:
    """What is bought, sold or let "for" money (the price adjunct of a verb of exchange): "mill"
    in "the trust sold the mill for £2 million", "flat" in "they let the flat for £900 a
    month", "lamp" in "Order the lamp for $35". The object stands before the "for"."""
    bought = via is not None and via.lower_ == "for" and obj is not None and obj.i < via.i
    return obj if kind == "money" and bought else None


def _names_a_period(verb: Token) -> bool:
    """Whether a verb is the participle that bounds a period named by the noun it modifies:
    "ended" in "the half ended June", "ending" in "the season ending in May"."""
    return (
        verb.dep_ == "acl"
        and lemma(verb).lower() in lx.PERIOD_VERBS
        and verb.head.pos_ in NOUNS
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children)
    )


def _named(noun: Token, hidden: set[int]) -> Token:
    """The subject a noun describes after "is" (a subject complement is about the subject):
    "Portvale" in "Portvale is the base for 30 lifeboat crews"; else the noun itself."""
    verb = noun.head
    if noun.dep_ != "attr" or lemma(verb) != "be" or verb.pos_ not in VERBS:
        return noun
    subj = subject(verb)
    if subj is None or subj.i in hidden or subj.pos_ not in NOUNS:
        return noun
    return subj


def _resulting_object(verb: Token, result: Token, hidden: set[int]) -> Token | None:
    """The object a verb moves by the figure, when the figure measures the result word the
    climb came through (a resultative): "bond yield" in "pushed the bond yield 0.2 points
    higher", "the pound" in "sent the pound 1% lower"."""
    if result.lower_ not in lx.RESULT_WORDS or result.dep_ in ("nsubj", "nsubjpass"):
        return None
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ in NOUNS and child.i not in hidden:
            return None if _is_time(child) else child
    return None


def _controller(verb: Token) -> Token | None:
    """The subject of the clause whose object an infinitive completes: in "the mill unveiled a
    plan to hire 90 weavers" the mill, not the plan, hires them."""
    if verb.dep_ != "acl" or not any(c.tag_ == "TO" for c in verb.lefts):
        return None
    noun = verb.head
    if noun.dep_ != "dobj" or noun.head.pos_ not in VERBS:
        return None
    owner = subject(noun.head)
    return owner if owner is not None and owner.lower_ not in PRONOUNS else None


def _aged_subject(verb: Token) -> str | None:
    """A subject named by its age alone: "a 30-year-old could save 9%" → "30-year-old"."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not re.fullmatch(r"(?:year-)?old", subj.lower_):
        return None
    words = [t for t in subj.subtree if t.pos_ != "DET"]
    if not any(t.like_num for t in words):
        return None
    return "".join(t.text_with_ws for t in words).strip() or None


def _small_clause_subject(word: Token, hidden: set[int]) -> Token | None:
    """The noun subject of a verbless small clause headed by ``word`` (as after "with": "with its
    profits down 8%"): "profits". The parse may instead hang the predicate word from the noun
    after it ("prices" ← "up" in "with prices up 3%"): the noun is the subject all the same."""
    for child in word.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ in NOUNS and child.i not in hidden:
            return child
    noun = word.head
    if (
        word.dep_ == "advmod"
        and word.lower_ in lx.RESULT_WORDS
        and noun.pos_ in NOUNS
        and noun.i == word.i - 1
        and noun.i not in hidden
    ):
        return noun
    return None


def _gapped_subject(verb: Token, via: Token | None, hidden: set[int]) -> str | None:
    """The subject of a clause whose verb is left out after a comma (gapping): "barley" in
    "Wheat rose 3%, barley by 1% and oats were flat"."""
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


# --- pronouns -------------------------------------------------------------------------------------


def _antecedent(verb: Token) -> Token | None:
    """The noun a pronoun subject of ``verb`` stands for: the nearest subject before it in the
    sentence that agrees with it ("Okafor coaches the team, where she trains 30 players"). An
    infinitive takes the subject of the verb it completes ("The club grew: it hopes to sign 12
    players")."""
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


# --- "worth N", "X is N" ----------------------------------------------------------------------

_QUALIFIER_DEPS = frozenset({"advmod", "quantmod"})


def _word_before(first: Token) -> Token | None:
    """The word before a figure (starting at token ``first``), past qualifiers ("nearly")."""
    doc, i = first.doc, first.i - 1
    while i > first.sent.start and (doc[i].pos_ == "ADV" or doc[i].dep_ in _QUALIFIER_DEPS):
        i -= 1
    return doc[i] if i >= first.sent.start else None


def _worth_of(first: Token, exclude: set[int]) -> str | None:
    """The noun right before "worth" and a figure, whatever the parse made of them: "a fleet
    worth nearly $40 million", "the painting, worth £2 million"."""
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
    the parse attached the figure to: "the average commute is about 38 minutes"."""
    copula = _word_before(first)
    if copula is None or lemma(copula) != "be" or copula.pos_ not in VERBS:
        return None
    subj = subject(copula)
    if subj is None or subj.i in hidden:
        return None
    name = next((c for c in subj.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if name is not None and name.i == subj.i + 1:
        subj = name  # "her nephew Tomas, who was 7"
    return _phrase(subj, hidden) or None


# --- nouns that only carry a figure -------------------------------------------------------------


def _is_currency_nation(kind: str, noun: Token, anchor: Token) -> bool:
    """The country letters of a dollar amount written after it: "US" in "$40 US a tonne"."""
    return (
        kind == "money"
        and noun.i == anchor.i + 1
        and noun.text in lx.DOLLAR_PREFIX_NATIONS
        and any(t.text == "$" for t in anchor.subtree)
    )


def _is_carrier(noun: Token) -> bool:
    """A noun that only carries a figure: "a total of 90", "four times", "a record £9 million"."""
    base = lemma(noun).lower()
    return base in lx.TRANSPARENT_NOUNS or base in lx.CARRIER_NOUNS


def _is_time(noun: Token) -> bool:
    """A noun of time, which says when, not what for: "in the spring", "in October"."""
    base = lemma(noun).lower()
    return base in lx.DURATION_UNITS or base in lx.TIME_NOUNS or base in lx.MONTHS


# --- ages -------------------------------------------------------------------------------------


def person(root: Token, first: Token | None = None) -> str | None:
    """Whose age: "Ines Barros, 31", "a 58-year-old teacher", "her nephew Tomas, who was 7",
    "the driver was 58 years old" (``first``: the figure's first token, where it has more)."""
    first = root if first is None else first
    hidden = {t.i for t in root.doc[first.i : root.i + 1]} | {root.i}
    return _aged(root) or _set_off(first) or _of_age(root) or _copula_subject(first, hidden)


def _set_off(first: Token) -> str | None:
    """The person before an age set off by commas with "at", "both" or an adverb of time: "the
    oldest runner, at 84,", "her son, now nine,", "the couple, both 68,"."""
    doc, i = first.doc, first.i
    if i < 3 or first.sent.start > i - 3:
        return None
    word, comma, noun = doc[i - 1], doc[i - 2], doc[i - 3]
    if word.lower_ not in lx.SET_OFF_AGE_WORDS or comma.text != ",":
        return None
    if noun.pos_ not in NOUNS:
        return None
    names = [t for t in noun.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    start = names[0].i if names and noun.pos_ == "PROPN" else noun.i
    return str(doc[start : noun.i + 1].text)


def _of_age(root: Token) -> str | None:
    """The noun an "under/over the age of N" phrase limits: "pupils under the age of 11",
    "riders over the age of 65"."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or lemma(prep.head).lower() != "age":
        return None
    age = prep.head
    if age.dep_ != "pobj":
        return None
    limit = age.head  # "under", "over"
    noun = limit.head
    if noun.pos_ in VERBS and limit.i > limit.sent.start:
        before = limit.doc[limit.i - 1]  # hung from the verb past its noun: "admits pupils"
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
        # a capitalised compound is part of the name whatever its tag: the tagger reads rare
        # given names as other words ("Willy Joseph Cancel, 22": "Willy" as an adverb)
        names = [
            t
            for t in head.lefts
            if t.dep_ == "compound" and (t.pos_ == "PROPN" or (t.is_alpha and t.is_title))
        ]
        start = names[0].i if names else head.i
        return str(head.doc[start : head.i + 1].text)
    if lemma(head).lower() in lx.DURATION_UNITS or head.lower_ in ("old", "age"):
        return None
    return str(head.text)


# --- figures that share an entity ---------------------------------------------------------------

_SHARED_BETWEEN = re.compile(r"\s*(?:\(|or|/)\s*(?:about|around|some|nearly|almost)?\s*")
_NO_ENTITY_KINDS = frozenset({"date", "time", "ordinal", "age"})


def share_entities(figures: Sequence[Draft], offset: int) -> list[Draft]:
    """Figures without an entity take it from the figure they restate or continue: "30 miles
    (48 km)", "six or seven pounds", "¥900 billion ($6 billion)"; or from the last figure of
    their kind before them when they are what it is compared with: "41% of the vote, up from
    36%", "£2,400 versus last year's £2,150".

    ``offset`` is where the figures' sentence starts in the source text. The drafts are
    completed in place.
    """
    out = list(figures)
    for i in range(1, len(out)):
        fig, prev = out[i], out[i - 1]
        if {fig.kind} & _NO_ENTITY_KINDS:
            continue
        between = fig.sentence[prev.span[1] - offset : fig.span[0] - offset]
        if _restates(prev, fig, between, fig.sentence[fig.span[1] - offset :]):
            fig.entity = prev.entity
            continue
        if fig.entity:
            continue
        if _continues(prev, between):
            fig.entity = prev.entity
        elif _compared_with(fig.sentence[: fig.span[0] - offset]):
            donor = next((f for f in reversed(out[:i]) if f.kind == fig.kind), None)
            if donor is not None and donor.entity:
                fig.entity = donor.entity
    return out


def _continues(prev: Draft, between: str) -> bool:
    """Whether a figure continues the one before it, which names what both are about: "six or
    seven pounds", "40/45 minutes", "3 (about 5) hours"."""
    return (
        bool(prev.entity)
        and prev.kind not in _NO_ENTITY_KINDS
        and _SHARED_BETWEEN.fullmatch(between) is not None
    )


def _compared_with(before: str) -> bool:
    """Whether the text ``before`` a figure ends in a comparison cue ("up from", "versus last
    year's"): the figure is what an earlier one is compared with, about the same thing."""
    return _COMPARED_BEFORE.search(before) is not None


_BRACKET_OPENING = re.compile(r"\s*\(\s*(?:about|around|some|nearly|almost|approx\.?)?\s*")


def _restates(prev: Draft, fig: Draft, between: str, rest: str) -> bool:
    """Whether ``fig`` is ``prev`` converted, in brackets right after it: "30 miles (48 km) of
    cycle lanes", "2.4 billion rupees ($29 million)" (``between`` is the text between them,
    ``rest`` the sentence after ``fig``). It is about the same thing, whatever the parse
    attached the brackets to."""
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
