"""Page furniture: the parts of an article's text that belong to the page, not the story.

Saved pages and copied text carry site banners and taglines, labels and tools ("PUBLISHED",
"VIEWS 1,204", "Comments 12", "Share", "Advertisement", "Read more: ..."), photo credits
("Image source, Reuters", "AFP via Getty Images"), copyright lines and date lines. Their numbers
are not the article's figures. :func:`furniture_spans` finds them — whole lines, or the furniture
tail of a line ("...at the KremlinImage source, Reuters") — as character spans into the text as
read, so later stages can skip them without moving any offset. :func:`publication_date` reads the
date line near the top of an article.

Rules are line-based regular expressions over the tables in ``_lexicon.py`` (section
"furniture"), compiled once. Captions are content and are kept; only their labels and credits
are furniture. A line with a word that is neither a furniture label nor part of a date, time or
count ("Ukraine war: 16,000 volunteers ready", "2.5 million refugees") is content.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from factsheet import _lexicon as lx

Span = tuple[int, int]
"""Start and end offsets of a piece of text: ``text[start:end]``."""

TOP_LINES = 15
"""How many non-blank lines count as the top of a page (masthead, headline, date line)."""

MAX_LABEL_TOKENS = 24
"""The most tokens a label or date line has ("PUBLISHED: 10:05 EST, 22 February 2024 | ...")."""

MAX_CREDIT_CHARS = 120
"""The longest photo credit without a label looked for at the end of a line."""

MAX_TAGLINE_WORDS = 12
MAX_PHRASE_WORDS = 20


def _alt(words: tuple[str, ...] | frozenset[str]) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _cased(words: tuple[str, ...]) -> str:
    """An alternation of labels as written ("Image source") or in capitals ("IMAGE SOURCE")."""
    return _alt((*words, *(w.upper() for w in words)))


_MONTH = rf"(?P<month>{_alt(frozenset(lx.MONTHS))})\.?"
_ORDINAL = r"(?:st|nd|rd|th)?"
_DATES = (
    re.compile(r"(?<![\d/.-])(?P<year>\d{4})[-/.](?P<mon>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)"),
    re.compile(
        rf"(?i)(?<![\w/])(?P<day>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?{_MONTH},?\s+(?P<year>\d{{4}})\b"
    ),
    re.compile(
        rf"(?i)\b{_MONTH}\s+(?P<day>\d{{1,2}}){_ORDINAL},?\s+(?P<year>\d{{4}})\b(?![/.-]\d)"
    ),
)
"""Full dates a date line writes unambiguously: ISO order, day-month-year and month-day-year
with the month in words. All-numeric day/month orders ("22/02/2024") are left out: which number
is the month depends on the country."""

_SEPARATORS = re.compile(r"\s*[|•·∙]\s*")
_TOKEN = re.compile(r"\d[\w,.:/'’-]*|[^\W\d_][\w'’.-]*|\S")
_LABEL_PUNCT = frozenset(",:;.-–—/()[]@#")
_VALUE_WORDS = (
    frozenset(lx.MONTHS) | lx.WEEKDAYS | lx.TIME_ZONES | lx.FURNITURE_FILLERS | {"a.m", "p.m"}
)

_NAME_WORD = r"(?:[A-Z][\w'’.-]*|(?:de|van|von|der|da|al|bin|la|le|du|di|dos|del)\b)"
_NAME = rf"[A-Z][\w'’.-]*(?:[ \t]+{_NAME_WORD}){{0,4}}"
_BYLINE = re.compile(
    rf"(?i:by)[ \t]+{_NAME}(?:[ \t]*(?:,|\band\b|&|\bfor\b|\bin\b)[ \t]*{_NAME}){{0,4}}\.?"
)
"""A byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "By JANE DOE FOR DAILYMAIL.COM"."""

_AGENCY = rf"(?i:{_alt(lx.PHOTO_AGENCIES)})(?:[ \t]+(?i:photos?|images|pool))?"
_CAPITALISED = r"(?:[A-Z]\.|[A-Z][\w'’-]*(?:\.[\w'’-]+)*)"
"""A capitalised word, an initial ("J.") or a domain ("Dailymail.com"), but not a word before a
full stop ("Bakhmut.")."""
_CREDIT_NAME = rf"{_CAPITALISED}(?:[ \t]+{_CAPITALISED}){{0,3}}"
_CREDIT_PART = rf"(?:{_AGENCY}|{_CREDIT_NAME})"
_CREDIT_RUN = rf"{_CREDIT_PART}(?:[ \t]*(?:/|\bvia\b|\bfor\b)[ \t]*{_CREDIT_PART})*"
_CREDIT_LINE = re.compile(
    rf"(?P<prefix>(?:{_cased(lx.CREDIT_PREFIXES)})s?(?:[ \t]+(?i:by|credit))?[ \t]*:?[ \t]*)?"
    rf"{_CREDIT_RUN}"
)
"""A whole line that is a photo credit: "Getty Images", "REUTERS/Gleb Garanich", "Photograph:
Alessandro Rampazzo/AFP via Getty Images" (checked to name an agency or start with a prefix)."""
_HAS_AGENCY = re.compile(rf"(?<![\w-]){_AGENCY}(?![\w-])")
_MAY_HAVE_AGENCY = re.compile(_alt(frozenset(a.casefold() for a in lx.PHOTO_AGENCIES)))
"""A quick test before the slower credit patterns: an agency's name, even glued to a word, in
the case-folded text (four times faster than a case-blind pattern; it finds every name the
case-blind :data:`_HAS_AGENCY` does, and a few more, which those patterns then turn down)."""

_PREFIX = rf"(?:{_cased(lx.CREDIT_PREFIXES)})s?(?:[ \t]+(?i:by|credit))?"
_CREDIT_TAILS = (
    # "…at the KremlinImage source, Reuters": a credit label, glued or not, to the line end.
    re.compile(rf"(?:{_cased(lx.CREDIT_LABELS)})s?[ \t]*[,:].*"),
    # "… in Kyiv. (Photo by John Smith/Getty Images)"
    re.compile(rf"\({_PREFIX}[ \t]*:?[ \t]*{_CREDIT_RUN}\)[ \t]*$"),
    # "… in Kyiv. Photograph: John Smith/AFP"
    re.compile(rf"(?<=[.!?)\"'’”])[ \t]*{_PREFIX}[ \t]*:[ \t]*{_CREDIT_RUN}[ \t]*$"),
)
"""Photo credits that a label or prefix marks, at the end of a line: only they are furniture."""

_GLUED_OR_AFTER_SENTENCE = r"(?:(?<=[a-z0-9])|(?<=[.!?)\"'’”])|(?<=[.!?)\"'’”][ \t]))"
_AGENCY_TAILS = (
    # "…in KyivGetty Images", "…, Ukraine on February 19. Reuters"
    re.compile(rf"{_GLUED_OR_AFTER_SENTENCE}(?=[A-Z]){_CREDIT_RUN}[ \t]*$"),
    # "… on February 19 John Smith/AFP via Getty Images"
    re.compile(rf"(?<![\w/-])(?=[A-Z]){_CREDIT_PART}[ \t]*(?:/|\bvia\b)[ \t]*{_CREDIT_RUN}[ \t]*$"),
)
"""Photo credits without a label at the end of a caption line; they must name an agency."""

_CAPTION_LABEL = re.compile(rf"(?:{_cased(lx.CAPTION_LABELS)})s?[ \t]*[,:]?")
"""A caption label ("Image caption,"): furniture, unlike the caption that follows it."""

_LABELLED_TAILS = (*_CREDIT_TAILS, _CAPTION_LABEL)

_PHRASE = re.compile(rf"(?i)(?:{'|'.join(lx.FURNITURE_PHRASES)})")
_COPYRIGHT = re.compile(rf"(?i:{_alt(lx.COPYRIGHT_MARKS)})[ \t]*(?:©[ \t]*)?(?:\d{{4}}|[A-Z])")
_COPYRIGHT_ANYWHERE = re.compile(r"(?i)©|\ball rights reserved\b")
_LOGO = re.compile(r"(?i)(?:[\w'’&.-]+[ \t]+){0,4}logo")

_MARKUP = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+|>[ \t]*|[-*+•][ \t]+)+|[*_`]+")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


@dataclass(frozen=True)
class Line:
    """A line of a text: its trimmed span and its text with Markdown markup taken out."""

    start: int
    end: int
    plain: str


def furniture_spans(text: str) -> list[Span]:
    """Spans of the page furniture in a text, in text order, not overlapping.

    >>> text = "PUBLISHED: 10:05 EST, 22 February 2024\\nVIEWS 1,204\\n\\nPrices rose 7%."
    >>> [text[s:e] for s, e in furniture_spans(text)]
    ['PUBLISHED: 10:05 EST, 22 February 2024', 'VIEWS 1,204']
    >>> text = "Mr Putin at the KremlinImage source, Reuters"
    >>> [text[s:e] for s, e in furniture_spans(text)]
    ['Image source, Reuters']
    """
    lines = _lines(text)
    whole = _whole_line_furniture(lines)
    spans: list[Span] = []
    for number, line in enumerate(lines):
        if number in whole:
            spans.append((line.start, line.end))
        else:
            spans.extend(_merged(sorted(_tails(text, line))))
    return spans


def publication_date(text: str) -> str | None:
    """The publication date (ISO ``YYYY-MM-DD``) of a date line near the top of an article.

    A date line is a line of furniture: labelled dates, times, counts and a byline, nothing
    else. A date labelled as published wins over an unlabelled one, and both over a date
    labelled as updated. Dates in the article's sentences are never read.

    >>> publication_date("Headline\\n\\nPUBLISHED: 10:05 EST, 22 February 2024 | "
    ...                  "UPDATED: 11:40 EST, 23 February 2024\\n\\nIn August 2023, ...")
    '2024-02-22'
    >>> publication_date("Headline\\n\\nIn August 2023, a volunteer was killed on 2 May 2023.")
    """
    best: tuple[int, str] | None = None
    for line in _lines(text, most=TOP_LINES):
        if not _is_label_line(line.plain, top=True):
            continue
        for rank, date in _labelled_dates(line.plain):
            if best is None or rank < best[0]:
                best = (rank, date)
    return best[1] if best else None


# --- lines -----------------------------------------------------------------------------------


def _lines(text: str, most: int | None = None) -> list[Line]:
    """The non-blank lines of a text, trimmed, with their plain text (the first ``most``)."""
    lines: list[Line] = []
    for match in re.finditer(r"[^\n]+", text):
        if most is not None and len(lines) >= most:
            break
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            lines.append(Line(start, end, _plain(text[start:end])))
    return lines


def _plain(line: str) -> str:
    """A line without Markdown headings, quotes, bullets, emphasis and link targets."""
    return _MARKUP.sub("", _LINK.sub(r"\1", line)).strip()


def _whole_line_furniture(lines: list[Line]) -> set[int]:
    """Indexes of the lines that are furniture as a whole."""
    whole = {
        number
        for number, line in enumerate(lines)
        if _is_furniture_line(line.plain, top=number < TOP_LINES)
    }
    tagline = _tagline(lines, whole)
    if tagline is not None:
        whole.add(tagline)
    return whole


def _is_furniture_line(plain: str, *, top: bool) -> bool:
    """Whether a line, as a whole, is furniture (``top``: it stands at the top of the page)."""
    if not plain:
        return True  # markup only: a rule, an emphasis mark, an empty bullet
    return (
        _is_label_line(plain, top=top)
        or _is_phrase_line(plain)
        or _is_credit_line(plain)
        or _is_copyright_line(plain)
        or _is_logo_line(plain)
        or bool(_CAPTION_LABEL.fullmatch(plain))
    )


def _is_label_line(plain: str, *, top: bool) -> bool:
    """A line of labels, bylines, dates, times and counts: "VIEWS 1,204", "No comments".

    Without a label or byline, a line of values is furniture only at the top of the page and
    only when it holds a full date ("February 22, 2024"): lower down it may be a timeline
    heading, and a bare number is content.
    """
    labelled = dated = False
    for part in _SEPARATORS.split(plain):
        if not part:
            continue
        if _BYLINE.fullmatch(part):
            labelled = True
            continue
        tokens = _TOKEN.findall(part)
        if len(tokens) > MAX_LABEL_TOKENS or not all(map(_is_label_token, tokens)):
            return False
        labelled = labelled or any(_word(t) in lx.FURNITURE_LABELS for t in tokens)
        dated = dated or any(pattern.search(part) for pattern in _DATES)
    return labelled or (top and dated)


def _is_label_token(token: str) -> bool:
    """Whether a token may stand in a label line: a number, label, date or time word, or
    punctuation that is not a sentence's ("!", "?", "%" and "$" are not)."""
    if token[0].isdigit():
        return True
    if len(token) == 1 and not token.isalpha():
        return token in _LABEL_PUNCT
    word = _word(token)
    return word in lx.FURNITURE_LABELS or word in _VALUE_WORDS


def _word(token: str) -> str:
    """A token compared with the tables: lower case, without a trailing full stop or colon."""
    return token.lower().rstrip(".:,")


def _is_phrase_line(plain: str) -> bool:
    """A page tool or navigation line: "Sign up for our newsletter", "Read more: ..."."""
    return len(plain.split()) <= MAX_PHRASE_WORDS and bool(_PHRASE.fullmatch(plain))


def _is_credit_line(plain: str) -> bool:
    """A photo credit on a line of its own: "Getty Images", "REUTERS/Gleb Garanich"."""
    match = _CREDIT_LINE.fullmatch(plain)
    return bool(match and (match.group("prefix") or _HAS_AGENCY.search(plain)))


def _is_copyright_line(plain: str) -> bool:
    """A copyright notice: "© 2024 Example Media", "Copyright 2024 ...", "All rights reserved"."""
    if len(plain.split()) > MAX_PHRASE_WORDS:
        return False
    return bool(_COPYRIGHT.match(plain) or _COPYRIGHT_ANYWHERE.search(plain))


def _is_logo_line(plain: str) -> bool:
    """A site banner copied as its image's text: "Tube4vids logo"."""
    return bool(_LOGO.fullmatch(plain.rstrip(".")))


def _tagline(lines: list[Line], whole: set[int]) -> int | None:
    """The index of a site's tagline: the line after its banner at the top of the page.

    A tagline follows the banner ("X logo") directly, comes before the headline (another line
    follows it), has no digits, is short, and speaks to the reader ("your", "we") or ends in an
    exclamation mark: "Your daily news feed all in one place!".
    """
    top = lines[:TOP_LINES]
    banners = [n for n, line in enumerate(top) if _is_logo_line(line.plain)]
    if not banners:
        return None
    after = next((n for n in range(banners[0] + 1, len(top)) if n not in whole), None)
    if after is None or after + 1 >= len(lines):
        return None
    plain = lines[after].plain
    words = re.findall(r"[^\W\d_][\w'’]*", plain.lower())
    if any(c.isdigit() for c in plain) or not 0 < len(words) <= MAX_TAGLINE_WORDS:
        return None
    return after if plain.endswith("!") or lx.TAGLINE_CUES.intersection(words) else None


def _tails(text: str, line: Line) -> Iterator[Span]:
    """Furniture inside a content line: caption labels, and photo credits at its end."""
    matches = [pattern.search(text, line.start, line.end) for pattern in _LABELLED_TAILS]
    tail = max(line.start, line.end - MAX_CREDIT_CHARS)
    if _MAY_HAVE_AGENCY.search(text[tail : line.end].casefold()):
        found = (pattern.search(text, tail, line.end) for pattern in _AGENCY_TAILS)
        matches.extend(m for m in found if m and _HAS_AGENCY.search(m.group()))
    for match in matches:
        if match is None:
            continue
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        if end > start:
            yield start, end


def _merged(spans: list[Span]) -> Iterator[Span]:
    """Sorted spans with overlapping ones joined."""
    current: Span | None = None
    for start, end in spans:
        if current is not None and start <= current[1]:
            current = (current[0], max(current[1], end))
            continue
        if current is not None:
            yield current
        current = (start, end)
    if current is not None:
        yield current


# --- dates -----------------------------------------------------------------------------------


def _labelled_dates(plain: str) -> Iterator[tuple[int, str]]:
    """(rank, ISO date) for each full date in a date line; rank 0 is published, 1 unlabelled,
    2 updated. A date takes the label nearest before it."""
    labels = [
        (m.start(), _word(m.group()))
        for m in re.finditer(r"[^\W\d_]+", plain)
        if _word(m.group()) in lx.PUBLISHED_LABELS | lx.REVISED_LABELS
    ]
    found = sorted(
        (match.start(), iso)
        for pattern in _DATES
        for match in pattern.finditer(plain)
        if (iso := _iso(match)) is not None
    )
    for start, iso in found:
        before = [label for at, label in labels if at < start]
        label = before[-1] if before else None
        rank = 1 if label is None else 0 if label in lx.PUBLISHED_LABELS else 2
        yield rank, iso


def _iso(match: re.Match[str]) -> str | None:
    """The ISO date of a date match, or None if it names no real day."""
    parts = match.groupdict()
    month = lx.MONTHS[parts["month"].lower()] if parts.get("month") else int(parts["mon"])
    try:
        return dt.date(int(parts["year"]), month, int(parts["day"])).isoformat()
    except ValueError:
        return None
