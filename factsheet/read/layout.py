"""The layout of a text as read: its paragraphs, and its content with the page furniture cut out.

Shared by reading (a paragraph too long to read is refused: :mod:`factsheet.read.sources`),
segmenting (:mod:`factsheet.nlp.segment` cuts the content into sentences), the claims pass and
key figures (a text's headline and lead). Plain text offsets; no NLP.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from factsheet.read.furniture import Span, furniture_spans

# A new paragraph starts at a blank line, or at a line break after which the text does not read
# as the same sentence going on (a hard-wrapped line ends in a letter or comma and goes on in
# lower case).
_BLANK = re.compile(r"\n[ \t\u00a0]*\n\s*")
_NEWLINE = re.compile(r"\n")
_SOFT_BREAK = re.compile(r"(?<=[a-z,;\-])[ \t]*\n[ \t]*(?=[a-z(])")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Offsets of the paragraphs of a text, blank ones left out.

    >>> t = "Title\\n\\nOne line\\nwrapped here.\\nNext para."
    >>> [t[s:e] for s, e in paragraphs(t)]
    ['Title', 'One line\\nwrapped here.', 'Next para.']
    """
    cuts: list[tuple[int, int]] = []
    for block_start, block_end in _split(text, 0, len(text), _BLANK):
        for line_start, line_end in _split(text, block_start, block_end, _NEWLINE):
            soft = _SOFT_BREAK.match(text, cuts[-1][1]) if cuts else None
            if soft is not None and soft.end() >= line_start:
                cuts[-1] = (cuts[-1][0], line_end)
            else:
                cuts.append((line_start, line_end))
    return [(s, e) for s, e in (strip(text, s, e) for s, e in cuts) if e > s]


def content(text: str) -> list[Span]:
    """Offsets of the paragraphs of a text with its page furniture cut out.

    >>> t = "VIEWS 1,204\\n\\nMr Putin at the KremlinImage source, Reuters\\n\\nPrices rose 7%."
    >>> [t[s:e] for s, e in content(t)]
    ['Mr Putin at the Kremlin', 'Prices rose 7%.']
    """
    furniture = furniture_spans(text)
    if not furniture:
        return paragraphs(text)
    pieces: list[Span] = []
    for start, end in paragraphs(text):
        pieces.extend(_without(text, start, end, furniture))
    return pieces


def _without(text: str, start: int, end: int, cuts: Sequence[Span]) -> Iterator[Span]:
    """The parts of ``text[start:end]`` outside the sorted spans ``cuts``, stripped, not empty."""
    first = bisect.bisect_left(cuts, (start, start)) - 1
    pos = start
    for cut_start, cut_end in cuts[max(first, 0) :]:
        if cut_start >= end:
            break
        if cut_end <= pos:
            continue
        yield from _nonblank(text, pos, min(cut_start, end))
        pos = max(pos, cut_end)
    yield from _nonblank(text, pos, end)


def _nonblank(text: str, start: int, end: int) -> Iterator[Span]:
    start, end = strip(text, start, end)
    if end > start:
        yield start, end


def _split(text: str, start: int, end: int, sep: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    pos = start
    for m in sep.finditer(text, start, end):
        yield pos, m.start()
        pos = m.end()
    yield pos, end


def strip(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` without the white space at its ends, as offsets."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
