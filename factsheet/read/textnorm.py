"""Numbers as other scripts and typographies write them, read as the number grammar reads them.

Reads a document's text; gives :class:`Normalised`: the text the later stages read, and the way
back from its offsets to the text as written, so that every span still points at the original
(``text[start:end] == surface`` on the text as read from the file).

What changes, each from a table in ``_lexicon``:

- decimal digits of any script (Arabic-Indic "١٦", Devanagari "१६", full-width "１６" …) become
  ASCII digits, by their Unicode decimal value (``unicodedata.decimal``);
- separators of other scripts and full-width typography between two digits
  (:data:`~factsheet._lexicon.DIGIT_SEPARATORS`: "，", "．", "٬", "٫") become "," and ".";
- spaces and apostrophes that group thousands (:data:`~factsheet._lexicon.GROUP_SPACES`, thin
  and narrow no-break spaces; :data:`~factsheet._lexicon.GROUP_APOSTROPHES`, Swiss "1'000")
  become "," where they stand between groups of digits;
- full-width and Arabic signs beside a digit (:data:`~factsheet._lexicon.NUMBER_SIGNS`: "％",
  "٪") become "%", "$" …;
- invisible format characters (:data:`~factsheet._lexicon.INVISIBLE_MARKS`: zero-width spaces
  and joiners, direction marks and isolates) are left out, so that one inside a number does
  not split it and one beside it does not end up in its unit.

Every change but the last keeps the length; offsets move only where an invisible character was
left out. Text with none of these (most English news) is not copied: :func:`normalise` gives
``None``.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from factsheet import _lexicon as lx
from factsheet.draft import Draft


def _chars(chars: object) -> str:
    return "".join(re.escape(c) for c in sorted(chars))  # type: ignore[call-overload]


_GROUPERS = _chars(lx.GROUP_SPACES | lx.GROUP_APOSTROPHES)
_SUSPECT = re.compile(
    rf"(?![0-9])\d|[{_chars(lx.INVISIBLE_MARKS)}{_chars(lx.DIGIT_SEPARATORS)}"
    rf"{_chars(lx.GROUP_SPACES)}{_chars(lx.NUMBER_SIGNS)}]|\d[{_chars(lx.GROUP_APOSTROPHES)}]\d"
)
"""A character that may need reading differently; text without one is left as it is."""
_INVISIBLE = re.compile(f"[{_chars(lx.INVISIBLE_MARKS)}]+")
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")
_SEPARATOR = re.compile(rf"(?<=[0-9])[{_chars(lx.DIGIT_SEPARATORS)}](?=[0-9])")
# a grouped number: one to three digits, then groups of exactly three, each after one grouper
# of the same kind ("16 000", "1'000'000"); not part of a longer run of digits
_GROUPED = re.compile(
    rf"(?<![0-9{_GROUPERS}])[0-9]{{1,3}}(?P<sep>[{_GROUPERS}])[0-9]{{3}}"
    rf"(?:(?P=sep)[0-9]{{3}})*(?![0-9]|(?P=sep)[0-9])"
)
_SIGN = re.compile(rf"(?<=[0-9])[{_chars(lx.NUMBER_SIGNS)}]|[{_chars(lx.NUMBER_SIGNS)}](?=[0-9.])")


@dataclass(frozen=True)
class Normalised:
    """A text as the number grammar reads it (:attr:`text`), and the way back to the text as
    written (:attr:`original`).

    ``cuts`` are (offset in ``text``, characters left out of the original before it so far),
    one per place where invisible characters were left out, in order.
    """

    text: str
    original: str
    cuts: Sequence[tuple[int, int]]

    def at(self, i: int) -> int:
        """The offset in the original of the character at offset ``i`` of :attr:`text`."""
        n = bisect.bisect_right(self.cuts, (i, len(self.original))) - 1
        return i + (self.cuts[n][1] if n >= 0 else 0)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The offsets in the original of ``text[start:end]``: from its first character to its
        last, so that invisible characters beside it are left out and those inside kept.

        >>> n = normalise("Some \\u200b16\\u200b000\\u200f people")
        >>> n.text
        'Some 16000 people'
        >>> start, end = n.span(5, 10)
        >>> n.original[start:end] == "16\\u200b000"
        True
        """
        if end <= start:
            return self.at(start), self.at(start)
        return self.at(start), self.at(end - 1) + 1

    def end(self, end: int) -> int:
        """The offset in the original of an end offset of :attr:`text`."""
        return self.at(end - 1) + 1 if end > 0 else 0

    def as_written(self, figure: Draft) -> None:
        """Move the figure's span, surface and sentence (and so its id) to the original, on its
        draft, before the figure is built."""
        start, end = self.span(*figure.span)
        sentence_start, sentence_end = self.span(*figure.sentence_span)
        figure.span, figure.surface = (start, end), self.original[start:end]
        figure.sentence_span = (sentence_start, sentence_end)
        figure.sentence = self.original[sentence_start:sentence_end]


def normalise(text: str) -> Normalised | None:
    """The text as the number grammar reads it, or ``None`` when it reads it as it is.

    >>> normalise("Officials said 16,000 volunteers were ready.") is None
    True
    >>> normalise("١٦٬٠٠٠ متطوع").text
    '16,000 متطوع'
    >>> normalise("It rose ５０％ to CHF 1'250'000.").text
    'It rose 50% to CHF 1,250,000.'
    """
    if not _SUSPECT.search(text):
        return None
    chars = list(text)
    for found in _OTHER_DIGIT.finditer(text):
        value = unicodedata.decimal(found.group(), None)
        if value is not None:
            chars[found.start()] = str(value)
    read = "".join(chars)
    cuts: list[tuple[int, int]] = []
    if _INVISIBLE.search(read):
        pieces: list[str] = []
        kept = dropped = 0
        position = 0
        for found in _INVISIBLE.finditer(read):
            pieces.append(read[position : found.start()])
            kept += found.start() - position
            dropped += found.end() - found.start()
            cuts.append((kept, dropped))
            position = found.end()
        pieces.append(read[position:])
        read = "".join(pieces)
    read = _SEPARATOR.sub(lambda m: lx.DIGIT_SEPARATORS[m.group()], read)
    read = _GROUPED.sub(lambda m: m.group().replace(m.group("sep"), ","), read)
    read = _SIGN.sub(lambda m: lx.NUMBER_SIGNS[m.group()], read)
    if read == text:
        return None
    return Normalised(read, text, cuts)
