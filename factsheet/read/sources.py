"""Read sources: files, folders and stdin → :class:`~factsheet.models.Document`.

Reads: paths as the user gave them (files, folders, ``-`` for stdin), or a string.
Adds: one :class:`Document` per article, with the text that every later stage points into
(character offsets are offsets into ``Document.text``) and a :class:`Source` that names it
(id, SHA-256 of the raw bytes, format, and title, date and site where known). The date of an HTML
page comes from its metadata; that of text and Markdown from a date line near the top of the
article ("Published: 22 February 2024", :func:`factsheet.read.furniture.publication_date`).

The text is kept exactly as decoded, except that CRLF and CR line endings become LF. For HTML
the text is the article's main text as extracted by trafilatura, one block (paragraph, heading,
list, table, quote) per paragraph, blocks separated by a blank line.

Bytes are decoded as UTF-8 (a UTF-8 BOM is dropped; a UTF-16 BOM means UTF-16); an HTML page
that is not UTF-8 is decoded in the charset its ``<meta charset>`` or ``http-equiv`` tag declares.

Every fault is an :class:`InputError` whose one-line message starts with the path as given:
missing, unreadable (permissions, a symbolic link loop), binary (a NUL byte, or the signature of
a PDF, image or archive), undecodable, empty or blank, HTML with no article text, or over a
limit (:class:`~factsheet.models.Limits`: the size of the file, the length of a paragraph).
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import logging
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple, TextIO

from factsheet.errors import InputError, OptionsError
from factsheet.models import Document, Limits, Source, SourceFormat
from factsheet.read.furniture import publication_date
from factsheet.read.language import check_language
from factsheet.read.layout import paragraphs

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
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "zip archive"),
    (b"PK\x05\x06", "zip archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Microsoft Office document"),
    (b"{\\rtf", "RTF document"),
    (b"\x7fELF", "executable"),
)
"""Signatures at the start of a file that mean it is not text, and what each is."""
_CHARSET_SNIFF = 4096
_META_CHARSET = re.compile(
    rb"""<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
# What browsers read for a declared charset (the WHATWG Encoding standard): Latin-1 and ASCII
# pages are windows-1252, whose 0x80-0x9f are curly quotes and dashes, not control characters.
_CHARSET_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252"}
_HTML_STARTS = (b"<!doctype html", b"<html")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_URL = re.compile(r"https?://[^\s\"'<>]+", re.IGNORECASE)
_ATX_H1 = re.compile(r" {0,3}#[ \t]+(?P<title>.*?)(?:[ \t]+#+)?[ \t]*")
_FENCE = re.compile(r" {0,3}(```|~~~)")


def read_sources(
    paths: Sequence[str], *, stdin: BinaryIO | None = None, limits: Limits | None = None
) -> list[Document]:
    """Read every path into a :class:`Document`, in the order given.

    A folder is searched recursively, in sorted order, for ``.txt``, ``.md``, ``.markdown``,
    ``.html`` and ``.htm`` files; hidden files and folders are skipped. A file named explicitly
    is read whatever its suffix. ``-`` reads ``stdin`` (default: ``sys.stdin.buffer``). A file
    reached twice (named twice, or named and also inside a folder given) is read once, under
    the id it was first reached by. No paths give an empty list. ``limits`` (default:
    :class:`Limits`'s defaults) bound what is read.

    Raises:
        InputError: a path is missing, unreadable, binary, undecodable, empty or over a limit,
            or a folder holds no readable files.
    """
    return list(iter_sources(find_sources(paths), stdin=stdin, limits=limits))


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
            for source_id, path, listed in _expand(given, skipped):
                key = os.path.realpath(path)
                if key in seen:
                    logger.debug("%s: already read, skipped", source_id)
                    continue
                seen.add(key)
                entries.append(Entry(source_id, path, listed))
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
    limits: Limits | None = None,
    encoding: str | None = None,
    published: str | None = None,
) -> Iterator[Document]:
    """Read the entries (:func:`find_sources`) one at a time, in order.

    A fault raises :class:`InputError`, or, when ``skipped`` is a list, is added to it and the
    entry is passed over. ``encoding`` and ``published``: as for :func:`document_from_bytes`.
    """
    for entry in entries:
        try:
            yield read_entry(
                entry, stdin=stdin, limits=limits, encoding=encoding, published=published
            )
        except InputError as error:
            if skipped is None:
                raise
            skipped.append(error)


def read_entry(
    entry: Entry,
    *,
    stdin: BinaryIO | None = None,
    limits: Limits | None = None,
    encoding: str | None = None,
    published: str | None = None,
) -> Document:
    """Read one entry into a :class:`Document` (``encoding``, ``published``: as for
    :func:`document_from_bytes`).

    Raises:
        InputError: it is missing, unreadable, binary, undecodable, empty or over a limit.
    """
    limits = limits or Limits()
    if entry.path is None:
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = _read_stdin(stream, limits.max_bytes)
        return document_from_bytes(
            data,
            id=STDIN,
            fmt=_sniff(STDIN, data),
            limits=limits,
            encoding=encoding,
            published=published,
        )
    data = _read_file(entry.id, entry.path, limits.max_bytes, listed=entry.listed)
    return document_from_bytes(
        data,
        id=entry.id,
        fmt=_sniff(entry.path, data),
        limits=limits,
        encoding=encoding,
        published=published,
    )


def paths_from(listing: str, stdin: TextIO | None = None) -> list[str]:
    """The paths listed in a file, one a line (``-``: standard input); blank lines are passed
    over, and a line keeps its spaces but not its line end.

    Raises:
        OptionsError: the file cannot be read (a usage error: the list names the inputs).
    """
    try:
        if listing == STDIN:
            text = (stdin or sys.stdin).read()
        else:
            text = Path(listing).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise OptionsError(f"--files-from {listing}: no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise OptionsError(f"--files-from {listing}: cannot read ({error})") from None
    return [line for line in text.splitlines() if line.strip()]


class Entry(NamedTuple):
    """An input found but not read yet: its source id, its path (``None`` for stdin), and
    whether it was found in a folder (then only a regular file is read)."""

    id: str
    path: str | None
    listed: bool = False


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
            id, f"not UTF-8 text (unpaired surrogate at character {error.start})"
        ) from None
    return document_from_bytes(data, id=id, fmt=fmt)


def document_from_bytes(
    data: bytes,
    *,
    id: str,
    fmt: SourceFormat,
    limits: Limits | None = None,
    encoding: str | None = None,
    published: str | None = None,
) -> Document:
    """Decode raw bytes into a :class:`Document` with the format given.

    UTF-8 (a leading BOM is dropped), UTF-16 with a BOM, or for HTML the charset the page
    declares; ``encoding`` (a Python codec name, CLI ``--encoding``) instead when given. Line
    endings become LF; HTML is reduced to its main text; the SHA-256 is of ``data`` as given.
    ``published`` (ISO 8601, CLI ``--published``) is the publication date, whatever the text
    or page says.

    Raises:
        InputError: the bytes are binary, undecodable, empty or blank, HTML with no article
            text, over a limit, or text that is not English.
    """
    limits = limits or Limits()
    if limits.max_bytes is not None and len(data) > limits.max_bytes:
        raise InputError(id, _too_big(limits.max_bytes))
    sha256 = hashlib.sha256(data).hexdigest()
    text = _decode(id, data, html=fmt == "html", encoding=encoding)
    if not text:
        raise InputError(id, "empty file")
    if not text.strip():
        raise InputError(id, "empty file (only blank space)")
    title: str | None = None
    date: str | None = None
    site: str | None = None
    url: str | None = None
    if fmt == "html":
        text, title, date, site, url = _extract_html(id, text)
    else:
        date = publication_date(text)
        if fmt == "markdown":
            title = markdown_title(text)
    _check_paragraphs(id, text, limits.max_paragraph)
    check_language(id, text)
    date = published or date
    source = Source(id=id, sha256=sha256, format=fmt, title=title, date=date, site=site, url=url)
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


def _expand(given: str, skipped: list[InputError] | None) -> Iterator[tuple[str, str, bool]]:
    """Yield (source id, filesystem path, found in a folder) for a path given: itself, or the
    files in a folder."""
    if os.path.isdir(given):
        found = False
        for source_id, path in _walk(given, skipped):
            found = True
            yield source_id, path, True
        if not found:
            suffixes = ", ".join(SUFFIX_FORMATS)
            raise InputError(
                source_id_of(given), f"folder has no readable files (looked for {suffixes})"
            )
    else:
        yield source_id_of(_slashes(given)), given, False


def source_id_of(path: str) -> str:
    r"""A path as a source id: itself, unless it holds bytes that are not UTF-8 (a file name
    from another system), which are written as ``\xNN``; the path itself still opens the file.

    >>> source_id_of("notes/café.txt"), source_id_of("notes/caf\udce9.txt")
    ('notes/café.txt', 'notes/caf\\xe9.txt')
    """
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        pass
    try:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a lone surrogate that is not an undecodable byte
        return path.encode("utf-8", "backslashreplace").decode("utf-8")


def _walk(folder: str, skipped: list[InputError] | None = None) -> Iterator[tuple[str, str]]:
    """Yield (source id, path) for each readable file under ``folder``, sorted by relative path.

    Symbolic links to folders are not followed (a link cycle cannot loop); links to files are read.
    A folder inside that cannot be listed is added to ``skipped`` and the walk goes on (or,
    without ``skipped``, raises :class:`InputError`).
    """

    def fail(error: OSError) -> None:
        where = source_id_of(os.fspath(error.filename or folder))
        problem = InputError(where, f"cannot list folder ({_reason(error)})")
        if skipped is None or error.filename in (None, folder):
            raise problem
        skipped.append(problem)

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
        yield source_id_of(prefix + "/".join(parts)), path


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


def _read_file(source_id: str, path: str, max_bytes: int | None, *, listed: bool = False) -> bytes:
    """The bytes of a file; no more than ``max_bytes`` + 1 are read, so that a file over the
    limit (or one that grows while read) is refused without filling memory.

    A file found in a folder (``listed``) is read only when it is a regular file: a FIFO would
    wait for a writer for ever, a device never end. One named on its own may also be a FIFO or
    a device (``<(command)``, ``/dev/stdin``), read up to the limit; never a socket. A file
    deleted before it is opened is missing; one deleted or changed while it is read is read as
    it was when opened, up to the limit.
    """
    try:
        kind = _not_regular(os.stat(path).st_mode)
        if kind is not None and (listed or kind == "a socket"):
            raise InputError(source_id, f"not a regular file ({kind}), not read")
        with _open(path, listed=listed) as handle:
            info = os.fstat(handle.fileno())
            kind = _not_regular(info.st_mode)
            if kind is not None and listed:
                raise InputError(source_id, f"not a regular file ({kind}), not read")
            if max_bytes is None:
                return handle.read()
            if info.st_size > max_bytes:
                raise InputError(source_id, _too_big(max_bytes, info.st_size))
            return handle.read(max_bytes + 1)
    except (FileNotFoundError, NotADirectoryError):
        raise InputError(source_id, "no such file or directory") from None
    except PermissionError:
        raise InputError(source_id, "permission denied") from None
    except IsADirectoryError:
        raise InputError(source_id, "is a folder, not a file") from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise InputError(source_id, "symbolic link loop (too many levels of links)") from None
        raise InputError(source_id, f"cannot read ({_reason(error)})") from error


def _open(path: str, *, listed: bool) -> BinaryIO:
    """The file open for reading. One found in a folder is opened without waiting, should a
    FIFO have taken its place since it was looked at; one named may wait for its writer."""
    if not listed or not hasattr(os, "O_NONBLOCK"):
        return Path(path).open("rb")
    return open(os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC), "rb")


_FILE_TYPES = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def _not_regular(mode: int) -> str | None:
    """What a file is when it is not a regular file (nor a folder), in words; else None."""
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return next((what for test, what in _FILE_TYPES if test(mode)), "not a regular file")


def _read_stdin(stream: BinaryIO, max_bytes: int | None) -> bytes:
    try:
        return stream.read() if max_bytes is None else stream.read(max_bytes + 1)
    except (OSError, ValueError) as error:  # ValueError: the stream is closed
        raise InputError(STDIN, f"cannot read standard input ({error})") from error


def _too_big(limit: int, size: int | None = None) -> str:
    """Why an input over the size limit is refused (its size, when known), and how to raise
    the limit.

    >>> _too_big(20_000_000, 52_428_800)
    'file of 52,428,800 bytes is over the 20,000,000-byte limit (raise it with --max-bytes)'
    >>> _too_big(20_000_000)
    'over the 20,000,000-byte limit (raise it with --max-bytes)'
    """
    what = f"file of {size:,} bytes is " if size is not None else ""
    return f"{what}over the {limit:,}-byte limit (raise it with --max-bytes)"


def _check_paragraphs(source_id: str, text: str, limit: int) -> None:
    """Refuse a text with a paragraph (as :func:`factsheet.read.layout.paragraphs` splits it) longer
    than ``limit`` characters: the time and memory spent parsing one grow with its length."""
    if len(text) <= limit:
        return
    for start, end in paragraphs(text):
        if end - start > limit:
            line = text.count("\n", 0, start) + 1
            raise InputError(
                source_id,
                f"paragraph at line {line} is {end - start:,} characters long, over the "
                f"{limit:,}-character limit (raise it with --max-paragraph)",
            )


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def _sniff(path: str, data: bytes) -> SourceFormat:
    """The format for a file: by suffix, but text that opens like an HTML page is HTML."""
    fmt = SUFFIX_FORMATS.get(Path(path).suffix.lower(), "text")
    if fmt == "text" and data.removeprefix(_BOM).lstrip()[:16].lower().startswith(_HTML_STARTS):
        return "html"
    return fmt


def _decode(source_id: str, data: bytes, *, html: bool = False, encoding: str | None = None) -> str:
    """The text of the bytes, with line endings made LF.

    UTF-8, with any BOM dropped; UTF-16 when it starts with a UTF-16 BOM; for an HTML page
    that is not UTF-8, the charset its ``<meta>`` tag declares; ``encoding`` when given.
    """
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(source_id, f"binary file ({what}), not text")
    if encoding is not None:
        text = _decode_as(source_id, data, encoding)
    elif data.startswith(_UTF16_BOMS):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise InputError(
                source_id, f"not UTF-16 text (invalid bytes at offset {error.start})"
            ) from None
    else:
        nul = data.find(b"\x00")
        if nul >= 0:
            raise InputError(source_id, f"binary file, not text (NUL byte at offset {nul:,})")
        text = _decode_8bit(source_id, data, html=html)
    if "\x00" in text:
        raise InputError(source_id, "binary file, not text (NUL character)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_as(source_id: str, data: bytes, encoding: str) -> str:
    """The bytes decoded in the encoding the user gave (a BOM of it dropped)."""
    name = codecs.lookup(encoding).name
    if "16" not in name and "32" not in name:
        nul = data.find(b"\x00")
        if nul >= 0:
            raise InputError(source_id, f"binary file, not text (NUL byte at offset {nul:,})")
    try:
        return data.decode(name).removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        raise InputError(
            source_id,
            f"not {encoding} text (invalid byte 0x{data[error.start]:02x} at offset "
            f"{error.start}; see --encoding)",
        ) from None


def _decode_8bit(source_id: str, data: bytes, *, html: bool) -> str:
    body = data.removeprefix(_BOM)
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as error:
        offset = error.start + len(data) - len(body)
        invalid = f"invalid byte 0x{data[offset]:02x} at offset {offset}"
        declared = _declared_charset(data) if html and body is data else None
        if declared is None:
            raise InputError(source_id, f"not UTF-8 text ({invalid})") from None
    try:
        codec = codecs.lookup(declared)
    except LookupError:
        raise InputError(
            source_id,
            f"not UTF-8 text ({invalid}), and its declared charset {declared!r} is unknown",
        ) from None
    name = _CHARSET_ALIASES.get(codec.name, codec.name)
    if name == "utf-8":
        raise InputError(source_id, f"not UTF-8 text ({invalid}), though it declares UTF-8")
    try:
        text = data.decode(name)
    except UnicodeDecodeError as error:
        raise InputError(
            source_id,
            f"not {declared} text as the page declares (invalid byte 0x{data[error.start]:02x} "
            f"at offset {error.start})",
        ) from None
    logger.debug("%s: not UTF-8, decoded as %s as it declares", source_id, name)
    return text


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag near its start, if any.

    >>> _declared_charset(b'<html><head><meta charset="ISO-8859-1">')
    'ISO-8859-1'
    >>> _declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=cp1252">')
    'cp1252'
    """
    found = _META_CHARSET.search(data, 0, _CHARSET_SNIFF)
    return found.group(1).decode("ascii") if found else None


# --- HTML ----------------------------------------------------------------------------------


def _extract_html(
    source_id: str, html: str
) -> tuple[str, str | None, str | None, str | None, str | None]:
    """Main text, title, date, site and URL (its canonical link or ``og:url``) of a page.

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
        raise InputError(source_id, f"cannot parse HTML ({reason})") from error
    if not text:
        raise InputError(source_id, "no article text found in HTML")
    date = _field(metadata, "date")
    if date is not None and not _ISO_DATE.fullmatch(date):
        logger.debug("%s: ignoring date %r, not YYYY-MM-DD", source_id, date)
        date = None
    url = _field(metadata, "url")
    if url is not None and not _URL.fullmatch(url):
        logger.debug("%s: ignoring url %r, not an absolute http(s) URL", source_id, url)
        url = None
    return text, _field(metadata, "title"), date, _field(metadata, "sitename"), url


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
