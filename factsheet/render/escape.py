"""Markdown escaping: every piece of source text a template shows goes through :func:`md` (or
:func:`cell` in a table cell); :func:`link` writes a plain http(s) address as a link, and
:func:`quote_with_emphasis` a cited sentence with its figure in bold."""

from __future__ import annotations

import functools
import logging
import re
import string
import unicodedata

from factsheet.models import (
    Mention,
)

logger = logging.getLogger(__name__)

# Backslash-escaped wherever they appear. `@` is here so that GitHub cannot turn an address
# into a mailto link or a handle into a mention. `-` and `_` are not: mid-text they start
# nothing (see `_escape_chars`), and escaping them would clutter dates, ids and compounds.
_BACKSLASHED = frozenset("\\`*{}[]()#+!|~^@")
# Escaped when they are the first character of the text: at the start of a line `-` opens a
# list or a thematic break, `=` and `-` a setext underline, `:` a definition (some flavours).
# The other block openers (# > + * ` ~ |) are always escaped.
_LINE_START = frozenset("-=:")
_ASCII_PUNCT = frozenset(string.punctuation)
# HTML-escaped instead: entities survive every Markdown renderer and never start a tag.
_HTML_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# `1. ` or `1) ` at the start of the text would open an ordered list.
_ORDERED_LIST_START = re.compile(r"\d{1,9}[.)](?=\s|$)")
# GitHub autolinks `scheme://` and `www.` in plain text; escaping the `:` or `.` defuses them.
_URL_SCHEME_COLON = re.compile(r":(?=//)")
_WWW_DOT = re.compile(r"(?<![\w.])www(\.)", re.IGNORECASE)


def _is_dropped(ch: str) -> bool:
    """Control characters (other than whitespace) carry nothing a reader can see."""
    return unicodedata.category(ch) == "Cc" and not ch.isspace()


def _is_boundary(ch: str) -> bool:
    """Whitespace or punctuation for CommonMark's flanking rules, old and new alike.

    CommonMark 0.31 counts Unicode symbols (S*) as punctuation, older versions (GitHub's)
    only P* and ASCII punctuation; a ``**`` next to one of these opens or closes in both.
    """
    return ch.isspace() or ch in _ASCII_PUNCT or unicodedata.category(ch).startswith("P")


@functools.lru_cache(maxsize=64)
def _escape_chars(text: str) -> tuple[str, ...]:
    """Escape ``text`` for inline Markdown, one output chunk per input character.

    Keeping one chunk per character lets :func:`quote_with_emphasis` insert ``**`` at any
    offset of the original text while the escaping still sees the whole text (so context such
    as ``://`` or a leading ``1.`` is never split). Control characters give ``""``, and the
    context is read with them removed, so ``1\x00. `` is seen as ``1. ``. Cached: a sentence
    quoted once for each of its figures is escaped once.
    """
    keep = [i for i, ch in enumerate(text) if not _is_dropped(ch)]
    chunks = [""] * len(text)
    for i, chunk in zip(keep, _escape_clean("".join(text[i] for i in keep)), strict=True):
        chunks[i] = chunk
    return tuple(chunks)


def _escape_clean(text: str) -> list[str]:
    """:func:`_escape_chars` for text without control characters.

    Whitespace runs become one space; leading and trailing whitespace give ``""``.
    """
    visible = [i for i, ch in enumerate(text) if not ch.isspace()]
    if not visible:
        return [""] * len(text)
    first, last = visible[0], visible[-1]
    extra: set[int] = set()  # offsets escaped because of their context
    extra.update(m.start() for m in _URL_SCHEME_COLON.finditer(text))
    extra.update(m.start(1) for m in _WWW_DOT.finditer(text))
    start = _ORDERED_LIST_START.match(text, first)
    if start is not None:
        extra.add(start.end() - 1)
    if text[first] in _LINE_START:
        extra.add(first)
    # An underscore between two letters or digits can neither open nor close emphasis.
    extra.update(
        i
        for i, ch in enumerate(text)
        if ch == "_"
        and not (0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum())
    )

    chunks: list[str] = []
    in_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            chunks.append("" if in_space or i < first or i > last else " ")
            in_space = True
            continue
        in_space = False
        if ch in _HTML_ENTITIES:
            chunks.append(_HTML_ENTITIES[ch])
        elif ch in _BACKSLASHED or i in extra:
            chunks.append("\\" + ch)
        else:
            chunks.append(ch)
    return chunks


def md(text: object) -> str:
    """Escape text quoted from a source so that it renders as itself in inline Markdown.

    Markdown specials are backslash-escaped, ``& < >`` become HTML entities, whitespace runs
    (newlines included) become one space and control characters are dropped. The result can
    start no link, image, HTML tag, footnote, emphasis, code span, list or heading.

    >>> md("[click](http://evil) <b>*hi*</b> [^1]")
    '\\\\[click\\\\]\\\\(http\\\\://evil\\\\) &lt;b&gt;\\\\*hi\\\\*&lt;/b&gt; \\\\[\\\\^1\\\\]'
    >>> md("  two\\n lines ")
    'two lines'
    """
    return "".join(_escape_chars(str(text)))


def cell(text: object) -> str:
    """Escape text for a Markdown table cell: as :func:`md`, which already escapes ``|``."""
    return md(text)


_URL = re.compile(r"https?://[^\s<>\"'`\\\x00-\x1f\x7f]+", re.IGNORECASE)


def link(url: object) -> str:
    """A web address as a Markdown autolink (``<https://…>``), or ``""`` when it is not one
    plain ``http(s)`` address: a source's URL cannot start another kind of link, script or tag.

    >>> link("https://example.org/news/a-story")
    '<https://example.org/news/a-story>'
    >>> link("javascript:alert(1)"), link("https://x.org/<b>")
    ('', '')
    """
    text = str(url or "").strip()
    return f"<{text}>" if _URL.fullmatch(text) else ""


def quote_with_emphasis(mention: Mention) -> str:
    """The mention's sentence as inline Markdown, escaped, with the figure in ``**bold**``.

    The figure is found at ``mention.at`` (offsets into ``mention.sentence``); when those do
    not point at ``mention.surface`` the first occurrence of the surface is used, and when
    there is none the sentence is quoted without emphasis.
    """
    sentence = mention.sentence
    chunks = _escape_chars(sentence)
    start, end = mention.at
    if not (0 <= start < end <= len(sentence)) or sentence[start:end] != mention.surface:
        found = sentence.find(mention.surface) if mention.surface else -1
        if found < 0:
            logger.debug("surface %r not in sentence %r", mention.surface, sentence)
            return "".join(chunks)
        start, end = found, found + len(mention.surface)
    # Keep whitespace outside the delimiters, or they would not close.
    while start < end and (sentence[start].isspace() or _is_dropped(sentence[start])):
        start += 1
    while end > start and (sentence[end - 1].isspace() or _is_dropped(sentence[end - 1])):
        end -= 1
    if start == end:
        return "".join(chunks)
    # `**` between a letter and punctuation does not open (or close) emphasis in CommonMark:
    # widen the bold part to the whole word ("US**$61bn**" → "**US$61bn**").
    if not sentence[start].isalnum():
        while start > 0 and not _is_boundary(sentence[start - 1]):
            start -= 1
    if not sentence[end - 1].isalnum():
        while end < len(sentence) and not _is_boundary(sentence[end]):
            end += 1
    before = "".join(chunks[:start])
    middle = "".join(chunks[start:end])
    after = "".join(chunks[end:])
    return f"{before}**{middle}**{after}"
