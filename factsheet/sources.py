"""Read sources: files, folders and stdin → :class:`~factsheet.models.Document`.

Reads: paths as the user gave them (files, folders, ``-`` for stdin), or a string.
Adds: one :class:`Document` per article, with the text that every later stage points into
(character offsets are offsets into ``Document.text``) and a :class:`Source` that names it
(id, SHA-256 of the raw bytes, format, and title, date and site where known). The date of an HTML
page comes from its metadata; that of text and Markdown from a date line near the top of the
article ("Published: 22 February 2024", :func:`factsheet.furniture.publication_date`).

The text is kept exactly as decoded, except that CRLF and CR line endings become LF. For HTML
the text is the article's main text as extracted by trafilatura, one block (paragraph, heading,
list, table, quote) per paragraph, blocks separated by a blank line.

Every fault (missing, unreadable, binary, undecodable or empty input) is an :class:`InputError`
whose one-line message starts with the path as given.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

from factsheet.errors import InputError
from factsheet.furniture import publication_date
from factsheet.models import Document, Source, SourceFormat

logger = logging.getLogger(__name__)

# trafilatura and the libraries it drives log parse failures at ERROR and WARNING ("empty HTML
# tree", "discarding data") for inputs we handle ourselves; keep them out of the user's terminal.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

STDIN = "-"
"""The path that means standard input."""

SUFFIX_FORMATS: dict[str, SourceFormat] = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}
"""Suffixes read from folders (compared case-insensitively), and the format each implies."""

_BOM = b"\xef\xbb\xbf"
_BINARY_SNIFF = 8192
_HTML_STARTS = (b"<!doctype html", b"<html")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ATX_H1 = re.compile(r" {0,3}#[ \t]+(?P<title>.*?)(?:[ \t]+#+)?[ \t]*")
_FENCE = re.compile(r" {0,3}(```|~~~)")


def read_sources(paths: Sequence[str], *, stdin: BinaryIO | None = None) -> list[Document]:
    """Read every path into a :class:`Document`, in the order given.

    A folder is searched recursively, in sorted order, for ``.txt``, ``.md``, ``.markdown``,
    ``.html`` and ``.htm`` files; hidden files and folders are skipped. A file named explicitly
    is read whatever its suffix. ``-`` reads ``stdin`` (default: ``sys.stdin.buffer``). A file
    reached twice (named twice, or named and also inside a folder given) is read once, under
    the id it was first reached by. No paths give an empty list.

    Raises:
        InputError: a path is missing, unreadable, binary, not UTF-8 or empty, or a folder
            holds no readable files.
    """
    return list(iter_sources(find_sources(paths), stdin=stdin))


def find_sources(paths: Sequence[str], skipped: list[InputError] | None = None) -> list[Entry]:
    """The inputs the paths name, in order, each once: files, the files of folders, stdin.

    Nothing is read yet. A path that names nothing readable raises :class:`InputError`, or,
    when ``skipped`` is a list, is added to it and passed over.
    """
    entries: list[Entry] = []
    seen: set[str] = set()
    for given in paths:
        if given == STDIN:
            if STDIN not in seen:
                seen.add(STDIN)
                entries.append(Entry(STDIN, None))
            continue
        try:
            for source_id, path in _expand(given):
                key = os.path.realpath(path)
                if key in seen:
                    logger.debug("%s: already read, skipped", source_id)
                    continue
                seen.add(key)
                entries.append(Entry(source_id, path))
        except InputError as error:
            if skipped is None:
                raise
            skipped.append(error)
    return entries


def iter_sources(
    entries: Iterable[Entry],
    *,
    stdin: BinaryIO | None = None,
    skipped: list[InputError] | None = None,
) -> Iterator[Document]:
    """Read the entries (:func:`find_sources`) one at a time, in order.

    A fault raises :class:`InputError`, or, when ``skipped`` is a list, is added to it and the
    entry is passed over.
    """
    for entry in entries:
        try:
            yield read_entry(entry, stdin=stdin)
        except InputError as error:
            if skipped is None:
                raise
            skipped.append(error)


def read_entry(entry: Entry, *, stdin: BinaryIO | None = None) -> Document:
    """Read one entry into a :class:`Document`.

    Raises:
        InputError: it is missing, unreadable, binary, not UTF-8 or empty.
    """
    if entry.path is None:
        return _read_stdin(stdin if stdin is not None else sys.stdin.buffer)
    data = _read_file(entry.id, entry.path)
    return document_from_bytes(data, id=entry.id, fmt=_sniff(entry.path, data))


class Entry(NamedTuple):
    """An input found but not read yet: its source id, and its path (``None`` for stdin)."""

    id: str
    path: str | None


def read_text(text: str, *, id: str = "<text>", fmt: SourceFormat = "text") -> Document:
    """Make a :class:`Document` from a string, as if it were a file's UTF-8 content.

    >>> read_text("Prices rose 7%.\\r\\n").text
    'Prices rose 7%.\\n'

    Raises:
        InputError: the text is empty, holds a NUL or an unpaired surrogate, or is HTML
            with no article text.
    """
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise InputError(
            f"{id}: not UTF-8 text (unpaired surrogate at character {error.start})"
        ) from None
    return document_from_bytes(data, id=id, fmt=fmt)


def document_from_bytes(data: bytes, *, id: str, fmt: SourceFormat) -> Document:
    """Decode raw bytes into a :class:`Document` with the format given.

    UTF-8 only (a leading BOM is accepted and dropped); line endings become LF; HTML is reduced
    to its main text; the SHA-256 is of ``data`` as given.

    Raises:
        InputError: the bytes are binary, not UTF-8, empty, or HTML with no article text.
    """
    sha256 = hashlib.sha256(data).hexdigest()
    text = _decode(id, data)
    if not text.strip():
        raise InputError(f"{id}: empty file")
    title: str | None = None
    date: str | None = None
    site: str | None = None
    if fmt == "html":
        text, title, date, site = _extract_html(id, text)
    else:
        date = publication_date(text)
        if fmt == "markdown":
            title = markdown_title(text)
    source = Source(id=id, sha256=sha256, format=fmt, title=title, date=date, site=site)
    return Document(source=source, text=text)


def markdown_title(text: str) -> str | None:
    """The text of the first level-1 ATX heading (``# Title``) outside code fences, if any.

    >>> markdown_title("Intro\\n\\n# Budget: what it means #\\n\\n## Details")
    'Budget: what it means'
    >>> markdown_title("## Only a subheading") is None
    True
    """
    fence: str | None = None
    for line in text.split("\n"):
        opening = _FENCE.match(line)
        if opening:
            if fence is None:
                fence = opening.group(1)
            elif opening.group(1) == fence:
                fence = None
            continue
        if fence is None:
            heading = _ATX_H1.fullmatch(line)
            if heading and heading.group("title"):
                return heading.group("title")
    return None


# --- finding and reading files -------------------------------------------------------------


def _expand(given: str) -> Iterator[tuple[str, str]]:
    """Yield (source id, filesystem path) for a path given: itself, or the files in a folder."""
    if os.path.isdir(given):
        found = False
        for source_id, path in _walk(given):
            found = True
            yield source_id, path
        if not found:
            suffixes = ", ".join(SUFFIX_FORMATS)
            raise InputError(f"{given}: folder has no readable files (looked for {suffixes})")
    else:
        yield _slashes(given), given


def _walk(folder: str) -> Iterator[tuple[str, str]]:
    """Yield (source id, path) for each readable file under ``folder``, sorted by relative path.

    Symbolic links to folders are not followed (a link cycle cannot loop); links to files are read.
    """

    def fail(error: OSError) -> None:
        raise InputError(f"{error.filename or folder}: cannot list folder ({_reason(error)})")

    found: list[tuple[tuple[str, ...], str]] = []
    for dirpath, dirnames, filenames in os.walk(folder, onerror=fail):
        dirnames[:] = [name for name in dirnames if not name.startswith(".")]
        relative = Path(os.path.relpath(dirpath, folder)).parts
        relative = () if relative == (".",) else relative
        for name in filenames:
            if name.startswith(".") or Path(name).suffix.lower() not in SUFFIX_FORMATS:
                continue
            found.append(((*relative, name), os.path.join(dirpath, name)))
    prefix = _folder_prefix(folder)
    for parts, path in sorted(found):
        yield prefix + "/".join(parts), path


def _folder_prefix(folder: str) -> str:
    """The id prefix for files in a folder: ``seeds/`` for ``seeds`` or ``seeds/``; none for ``.``.

    >>> _folder_prefix("seeds"), _folder_prefix("seeds/"), _folder_prefix("."), _folder_prefix("./")
    ('seeds/', 'seeds/', '', '')
    """
    folder = _slashes(folder)
    stripped = folder.rstrip("/")
    if stripped in ("", "."):
        return "/" if folder.startswith("/") else ""
    if stripped.endswith("/."):
        stripped = stripped[:-2]
    return stripped + "/"


def _slashes(path: str) -> str:
    """The path with the platform's separator written as ``/``."""
    return path if os.sep == "/" else path.replace(os.sep, "/")


def _read_file(source_id: str, path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        raise InputError(f"{source_id}: no such file or directory") from None
    except PermissionError:
        raise InputError(f"{source_id}: permission denied") from None
    except OSError as error:
        raise InputError(f"{source_id}: cannot read ({_reason(error)})") from error


def _read_stdin(stream: BinaryIO) -> Document:
    try:
        data = stream.read()
    except (OSError, ValueError) as error:  # ValueError: the stream is closed
        raise InputError(f"{STDIN}: cannot read standard input ({error})") from error
    return document_from_bytes(data, id=STDIN, fmt=_sniff(STDIN, data))


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def _sniff(path: str, data: bytes) -> SourceFormat:
    """The format for a file: by suffix, but text that opens like an HTML page is HTML."""
    fmt = SUFFIX_FORMATS.get(Path(path).suffix.lower(), "text")
    if fmt == "text" and data.removeprefix(_BOM).lstrip()[:16].lower().startswith(_HTML_STARTS):
        return "html"
    return fmt


def _decode(source_id: str, data: bytes) -> str:
    """UTF-8 text with any BOM dropped and line endings made LF."""
    if b"\x00" in data[:_BINARY_SNIFF]:
        raise InputError(f"{source_id}: binary file, not text")
    body = data.removeprefix(_BOM)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        offset = error.start + len(data) - len(body)
        raise InputError(
            f"{source_id}: not UTF-8 text (invalid byte 0x{data[offset]:02x} at offset {offset})"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --- HTML ----------------------------------------------------------------------------------


def _extract_html(source_id: str, html: str) -> tuple[str, str | None, str | None, str | None]:
    """Main text, title, date and site of an HTML page.

    Tries trafilatura favouring precision (boilerplate numbers are false figures), then its
    default balance, then its plain ``html2txt`` of the whole page.
    """
    import trafilatura  # deferred: costs ~0.3 s to import and plain text never needs it

    try:
        precise = trafilatura.bare_extraction(
            html,
            include_comments=False,
            include_tables=True,
            favor_precision=True,
            with_metadata=True,
        )
        text = _blocks_text(precise)
        if not text:
            logger.debug("%s: no main text favouring precision, trying default", source_id)
            text = _blocks_text(
                trafilatura.bare_extraction(html, include_comments=False, include_tables=True)
            )
        if not text:
            logger.debug("%s: no main text found, falling back to html2txt", source_id)
            text = _tidy(trafilatura.html2txt(html))
        metadata = precise if precise is not None else trafilatura.extract_metadata(html)
    except Exception as error:  # a parser crash on odd markup is a fault of this input
        reason = f"{type(error).__name__}: {error}"
        raise InputError(f"{source_id}: cannot parse HTML ({reason})") from error
    if not text:
        raise InputError(f"{source_id}: no article text found in HTML")
    date = _field(metadata, "date")
    if date is not None and not _ISO_DATE.fullmatch(date):
        logger.debug("%s: ignoring date %r, not YYYY-MM-DD", source_id, date)
        date = None
    return text, _field(metadata, "title"), date, _field(metadata, "sitename")


def _blocks_text(document: Any) -> str:
    """The text of an extraction, one block per paragraph, blocks separated by a blank line.

    trafilatura's own text output separates blocks with a single newline, the same as a
    ``<br>`` inside a paragraph; rendering each top-level block apart keeps the two distinct.
    """
    from trafilatura.xml import xmltotxt

    body = _field(document, "body", raw=True)
    if body is None:
        return _tidy(_field(document, "text") or "")
    blocks = [body.text or ""]
    blocks.extend(xmltotxt(block, include_formatting=False) for block in body)
    return "\n\n".join(tidied for block in blocks if (tidied := _tidy(block)))


def _tidy(text: str) -> str:
    """Drop trailing spaces on each line and blank lines at either end."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip("\n")


def _field(document: Any, name: str, *, raw: bool = False) -> Any:
    """A field of a trafilatura result (an object in 2.x, a dict in 1.x); blank strings → None."""
    if document is None:
        return None
    value = document.get(name) if isinstance(document, dict) else getattr(document, name, None)
    if raw:
        return value
    if isinstance(value, str):
        return value.strip() or None
    return None
