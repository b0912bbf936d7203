"""Tests for the read-sources stage: paths, folders and stdin → Documents."""

from __future__ import annotations

import errno
import hashlib
import io
import logging
import os
from pathlib import Path

import pytest

from factsheet.errors import InputError
from factsheet.models import Document
from factsheet.read.sources import document_from_bytes, read_sources, read_text

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_NAMES = ["000_02669ccc118acdf3.txt", "002_1012173faf556cf4.txt"]

ARTICLE_HTML = """\
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Senate passes aid bill | The Example Post</title>
  <meta property="og:title" content="Senate passes $95 billion aid bill">
  <meta property="og:site_name" content="The Example Post">
  <meta property="article:published_time" content="2024-02-13T08:15:00-05:00">
</head>
<body>
  <header>
    <nav class="site-nav">
      <a href="/">Home</a> <a href="/politics">Politics</a> <a href="/world">World</a>
      <a href="/subscribe">Subscribe for $1 a week</a>
    </nav>
  </header>
  <main>
    <article>
      <h1>Senate passes $95 billion aid bill</h1>
      <p class="byline">By A. Reporter</p>
      <p>The Senate passed a $95 billion foreign aid bill on Tuesday after a rare all-night
      session, ending in a 70-29 vote.</p>
      <p>In total, the package includes $61 billion for Ukraine and $14 billion for Israel,
      along with money for partners in the Indo-Pacific.</p>
      <p>The bill now goes to the House, where its fate is uncertain; about 40% of members
      have said they oppose further aid.</p>
    </article>
  </main>
  <footer>
    <p>Copyright 2024 The Example Post. All rights reserved.</p>
    <p>Call our newsroom on 555-0199.</p>
  </footer>
</body>
</html>
"""


def write(path: Path, content: str | bytes) -> Path:
    """Write a file (text as UTF-8, bytes as given), creating its folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_bytes(content.encode("utf-8"))
    else:
        path.write_bytes(content)
    return path


def ids(documents: list[Document]) -> list[str]:
    return [document.source.id for document in documents]


# --- folders, ids and ordering -------------------------------------------------------------


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder ``docs`` of mixed files in the working directory, and what is skipped."""
    monkeypatch.chdir(tmp_path)
    docs = tmp_path / "docs"
    write(docs / "b.txt", "Bravo 2.")
    write(docs / "a.md", "# Alpha\n\nAlpha 1.")
    write(docs / "sub" / "c.HTML", ARTICLE_HTML)
    write(docs / "sub" / "deeper" / "d.markdown", "Delta 4.")
    write(docs / "sub" / "e.htm", ARTICLE_HTML)
    write(docs / "z.TXT", "Zulu 26.")
    # skipped: hidden files and folders, other suffixes
    write(docs / ".hidden.txt", "hidden")
    write(docs / ".git" / "notes.txt", "in a hidden folder")
    write(docs / "data.csv", "1,2,3")
    write(docs / "report.pdf", b"%PDF-1.4")
    write(docs / "README", "no suffix")
    return docs


EXPECTED_IN_DOCS = [
    "a.md",
    "b.txt",
    "sub/c.HTML",
    "sub/deeper/d.markdown",
    "sub/e.htm",
    "z.TXT",
]


@pytest.mark.parametrize(
    ("given", "prefix"),
    [("docs", "docs/"), ("docs/", "docs/"), ("./docs", "./docs/"), ("docs/sub/..", "docs/sub/../")],
)
def test_folder_is_searched_recursively_and_ids_join_the_folder_as_given(
    tree: Path, given: str, prefix: str
) -> None:
    documents = read_sources([given])
    assert ids(documents) == [prefix + name for name in EXPECTED_IN_DOCS]


def test_folder_given_as_dot_gives_ids_without_dot_slash(
    tree: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tree)
    assert ids(read_sources(["."])) == EXPECTED_IN_DOCS
    assert ids(read_sources(["./"])) == EXPECTED_IN_DOCS


def test_folder_given_as_absolute_path_gives_absolute_ids(tree: Path) -> None:
    documents = read_sources([str(tree)])
    assert ids(documents) == [f"{tree.as_posix()}/{name}" for name in EXPECTED_IN_DOCS]


def test_formats_follow_suffix_case_insensitively(tree: Path) -> None:
    formats = {d.source.id: d.source.format for d in read_sources(["docs"])}
    assert formats == {
        "docs/a.md": "markdown",
        "docs/b.txt": "text",
        "docs/sub/c.HTML": "html",
        "docs/sub/deeper/d.markdown": "markdown",
        "docs/sub/e.htm": "html",
        "docs/z.TXT": "text",
    }


def test_folder_order_is_sorted_not_creation_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ["m.txt", "b.txt", "x/a.txt", "a.txt", "B.txt", "10.txt", "2.txt"]:
        write(tmp_path / "in" / name, f"File {name}.")
    assert ids(read_sources(["in"])) == [
        "in/10.txt",
        "in/2.txt",
        "in/B.txt",
        "in/a.txt",
        "in/b.txt",
        "in/m.txt",
        "in/x/a.txt",
    ]


def test_paths_keep_the_order_given(tree: Path) -> None:
    documents = read_sources(["docs/z.TXT", "docs/sub", "docs/a.md"])
    assert ids(documents) == [
        "docs/z.TXT",
        "docs/sub/c.HTML",
        "docs/sub/deeper/d.markdown",
        "docs/sub/e.htm",
        "docs/a.md",
    ]


def test_no_paths_give_no_documents() -> None:
    assert read_sources([]) == []


# --- explicit files ------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["notes.csv", "article.log", "README", ".hidden.txt"])
def test_explicit_file_is_read_whatever_its_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / name, "Exports rose 12% in May.\n")
    (document,) = read_sources([name])
    assert document.source.id == name
    assert document.source.format == "text"
    assert document.text == "Exports rose 12% in May.\n"


@pytest.mark.parametrize(
    "start", ["<!DOCTYPE html>", "<!doctype HTML>", "\n  <html lang='en'>", "\ufeff<html>"]
)
def test_text_file_that_starts_like_html_is_read_as_html(tmp_path: Path, start: str) -> None:
    page = ARTICLE_HTML.replace("<!DOCTYPE html>\n", "").replace('<html lang="en">', start, 1)
    path = write(tmp_path / "page.txt", page)
    (document,) = read_sources([str(path)])
    assert document.source.format == "html"
    assert "<p>" not in document.text
    assert "$61 billion for Ukraine" in document.text


def test_text_file_mentioning_html_later_stays_text(tmp_path: Path) -> None:
    path = write(tmp_path / "note.txt", "About <html> tags: 3 of them.\n<html>")
    (document,) = read_sources([str(path)])
    assert document.source.format == "text"
    assert document.text == "About <html> tags: 3 of them.\n<html>"


def test_markdown_title_is_first_level_one_heading(tmp_path: Path) -> None:
    text = "```sh\n# not a title\n```\n## Section\n\n# Budget: £27bn in spending #\n\nBody 3.\n"
    path = write(tmp_path / "budget.md", text)
    (document,) = read_sources([str(path)])
    assert document.source.format == "markdown"
    assert document.source.title == "Budget: £27bn in spending"
    assert document.text == text


def test_markdown_without_heading_and_plain_text_have_no_title(tmp_path: Path) -> None:
    md = write(tmp_path / "a.md", "#hashtag 5 is not a heading\n\n## Sub only\n")
    txt = write(tmp_path / "b.txt", "# Looks like a heading\n")
    assert [d.source.title for d in read_sources([str(md), str(txt)])] == [None, None]


# --- duplicates ----------------------------------------------------------------------------


def test_same_file_given_twice_is_read_once(tree: Path) -> None:
    documents = read_sources(["docs/b.txt", "./docs/b.txt", "docs/sub/../b.txt", "docs"])
    assert ids(documents) == ["docs/b.txt"] + [
        f"docs/{name}" for name in EXPECTED_IN_DOCS if name != "b.txt"
    ]


def test_file_reached_through_a_symlink_is_read_once(tree: Path) -> None:
    (tree.parent / "link.txt").symlink_to(tree / "b.txt")
    assert ids(read_sources(["link.txt", "docs/b.txt"])) == ["link.txt"]


# --- stdin ---------------------------------------------------------------------------------


def test_stdin_is_read_from_the_stream_given() -> None:
    stream = io.BytesIO(b"Turnout was 67.3%.\r\n")
    (document,) = read_sources(["-"], stdin=stream)
    assert document.source.id == "-"
    assert document.source.format == "text"
    assert document.text == "Turnout was 67.3%.\n"
    assert document.source.sha256 == hashlib.sha256(b"Turnout was 67.3%.\r\n").hexdigest()


def test_stdin_given_twice_is_read_once_in_place(tree: Path) -> None:
    stream = io.BytesIO(b"From stdin: 4 items.")
    documents = read_sources(["docs/b.txt", "-", "-"], stdin=stream)
    assert ids(documents) == ["docs/b.txt", "-"]


def test_stdin_html_is_detected() -> None:
    (document,) = read_sources(["-"], stdin=io.BytesIO(ARTICLE_HTML.encode()))
    assert document.source.format == "html"
    assert document.source.title == "Senate passes $95 billion aid bill"


def test_empty_stdin_is_an_input_error() -> None:
    with pytest.raises(InputError, match=r"^-: empty file$"):
        read_sources(["-"], stdin=io.BytesIO(b""))


def test_stdin_defaults_to_sys_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(b"Default stdin 9."))
    monkeypatch.setattr("sys.stdin", fake)
    (document,) = read_sources(["-"])
    assert document.text == "Default stdin 9."


# --- decoding and normalisation ------------------------------------------------------------


def test_bom_is_stripped_but_hashed(tmp_path: Path) -> None:
    raw = b"\xef\xbb\xbfGDP grew 2.1%.\n"
    (document,) = read_sources([str(write(tmp_path / "bom.txt", raw))])
    assert document.text == "GDP grew 2.1%.\n"
    assert document.source.sha256 == hashlib.sha256(raw).hexdigest()


def test_line_endings_become_lf_and_nothing_else_changes(tmp_path: Path) -> None:
    raw = "One\r\nTwo\rThree\n\u00a0£5\u2009000 \t\u2013 caf\u00e9\r\n\r\n".encode()
    (document,) = read_sources([str(write(tmp_path / "crlf.txt", raw))])
    assert document.text == "One\nTwo\nThree\n\u00a0£5\u2009000 \t\u2013 caf\u00e9\n\n"


def test_sha256_is_of_raw_bytes() -> None:
    raw = b"Price: $3\r\n"
    document = document_from_bytes(raw, id="x", fmt="text")
    assert document.source.sha256 == hashlib.sha256(raw).hexdigest()
    assert document.source.sha256 != hashlib.sha256(document.text.encode()).hexdigest()


def test_read_text_makes_a_document() -> None:
    document = read_text("# Heading\r\n\r\nUp 5%.", fmt="markdown")
    assert document.source.id == "<text>"
    assert document.source.format == "markdown"
    assert document.source.title == "Heading"
    assert document.text == "# Heading\n\nUp 5%."
    assert document.source.sha256 == hashlib.sha256(b"# Heading\r\n\r\nUp 5%.").hexdigest()


def test_read_text_with_a_lone_surrogate_is_an_input_error() -> None:
    with pytest.raises(InputError, match=r"^pasted: not UTF-8 text \(unpaired surrogate"):
        read_text("ok \udc80", id="pasted")


# --- faults --------------------------------------------------------------------------------

BAD_FILES = [
    pytest.param(
        "bad.txt",
        b"Costs rose 5% \xff.",
        r"bad.txt: not UTF-8 text \(invalid byte 0xff at offset 14\)",
    ),
    pytest.param(
        "latin1.txt",
        "Caf\u00e9 prices".encode("latin-1"),
        r"latin1.txt: not UTF-8 text \(invalid byte 0xe9 at offset 3\)",
    ),
    pytest.param(
        "bom_bad.txt",
        b"\xef\xbb\xbfab\xfe",
        r"bom_bad.txt: not UTF-8 text \(invalid byte 0xfe at offset 5\)",
        id="offset counts the BOM",
    ),
    pytest.param(
        "cut.md",
        "Ends in a cut \u20ac".encode()[:-1],
        r"cut.md: not UTF-8 text \(invalid byte 0xe2 at offset 14\)",
        id="truncated sequence",
    ),
    pytest.param(
        "image.txt",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        r"image.txt: binary file \(PNG image\), not text",
    ),
    pytest.param(
        "utf16.txt",
        b"\xff\xfeH\x00i\x00\x00\x00",
        r"utf16.txt: binary file, not text \(NUL character\)",
        id="utf-16 with a NUL",
    ),
    pytest.param(
        "odd.txt", b"\xff\xfeH\x00i", r"odd.txt: not UTF-16 text \(invalid bytes at offset 4\)"
    ),
    pytest.param("empty.txt", b"", r"empty.txt: empty file"),
    pytest.param("blank.md", b" \r\n\t\n  ", r"blank.md: empty file \(only blank space\)"),
    pytest.param("blank.html", b"\n\n", r"blank.html: empty file \(only blank space\)"),
    pytest.param(
        "scripts.html",
        b"<html><head><script>var n = 5;</script></head><body></body></html>",
        r"scripts.html: no article text found in HTML",
    ),
]


@pytest.mark.parametrize(("name", "content", "message"), BAD_FILES)
def test_bad_file_is_a_one_line_input_error_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, content: bytes, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "in" / name, content)
    with pytest.raises(InputError, match=f"^in/{message}$"):
        read_sources([f"in/{name}"])
    with pytest.raises(InputError, match=f"^in/{message}$"):
        read_sources(["in"])


@pytest.mark.parametrize("given", ["nope.txt", "nowhere/", "present.txt/inside.txt"])
def test_missing_path_is_an_input_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, given: str
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "present.txt", "Here 1.")
    with pytest.raises(InputError, match=f"^{given}: no such file or directory$"):
        read_sources(["present.txt", given])


def test_broken_symlink_is_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("dangling.txt").symlink_to(tmp_path / "gone.txt")
    with pytest.raises(InputError, match=r"^dangling\.txt: no such file or directory$"):
        read_sources(["dangling.txt"])


def test_folder_without_matching_files_is_an_input_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "attachments" / "data.csv", "1,2")
    write(tmp_path / "attachments" / ".hidden.txt", "hidden 3")
    (tmp_path / "void").mkdir()
    for folder in ["attachments", "void"]:
        with pytest.raises(InputError, match=f"^{folder}: folder has no readable files"):
            read_sources([folder])


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_is_an_input_error(tmp_path: Path) -> None:
    path = write(tmp_path / "secret.txt", "Salary: $1")
    path.chmod(0)
    with pytest.raises(InputError, match=r"secret\.txt: permission denied$"):
        read_sources([str(path)])


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), "permission denied"),
        (OSError(errno.EIO, "Input/output error"), r"cannot read \(Input/output error\)"),
        (IsADirectoryError(errno.EISDIR, "Is a directory"), r"is a folder, not a file"),
        (
            OSError(errno.ELOOP, "Too many levels"),
            r"symbolic link loop \(too many levels of links\)",
        ),
    ],
)
def test_os_errors_while_reading_become_input_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "locked.txt", "Locked 1.")

    def refuse(self: Path, *args: object, **kwargs: object) -> bytes:
        raise error

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(InputError, match=f"^locked.txt: {message}$"):
        read_sources(["locked.txt"])


def test_unlistable_folder_is_an_input_error(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_scandir = os.scandir

    def scandir(path: str) -> object:
        if os.path.basename(os.path.normpath(path)) == "deeper":
            raise PermissionError(errno.EACCES, "Permission denied", path)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    with pytest.raises(InputError, match=r"deeper: cannot list folder \(Permission denied\)$"):
        read_sources(["docs"])


def test_unreadable_stdin_is_an_input_error() -> None:
    stream = io.BytesIO(b"x")
    stream.close()
    with pytest.raises(InputError, match=r"^-: cannot read standard input"):
        read_sources(["-"], stdin=stream)


# --- HTML ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def article() -> Document:
    return read_text(ARTICLE_HTML, id="post.html", fmt="html")


def test_html_text_is_the_article_paragraphs(article: Document) -> None:
    # one paragraph per block; the byline is dropped and wrapped source lines are joined
    assert article.text.split("\n\n") == [
        "Senate passes $95 billion aid bill",
        "The Senate passed a $95 billion foreign aid bill on Tuesday after a rare all-night "
        "session, ending in a 70-29 vote.",
        "In total, the package includes $61 billion for Ukraine and $14 billion for Israel, "
        "along with money for partners in the Indo-Pacific.",
        "The bill now goes to the House, where its fate is uncertain; about 40% of members "
        "have said they oppose further aid.",
    ]


def test_html_text_leaves_out_nav_and_footer(article: Document) -> None:
    for boilerplate in ["Home", "Politics", "Subscribe", "$1 a week", "Copyright", "555-0199"]:
        assert boilerplate not in article.text


def test_html_metadata_goes_into_the_source(article: Document) -> None:
    source = article.source
    assert source.format == "html"
    assert source.title == "Senate passes $95 billion aid bill"
    assert source.date == "2024-02-13"
    assert source.site == "The Example Post"
    assert source.sha256 == hashlib.sha256(ARTICLE_HTML.encode()).hexdigest()


def test_html_line_break_stays_inside_its_paragraph() -> None:
    html = (
        "<html><body><article><h1>Poll</h1><p>Yes: 52%<br>No: 48%</p>"
        "<ul><li>Turnout 71%</li><li>Spoilt 1,204</li></ul><p>Result certified.</p>"
        "</article></body></html>"
    )
    document = read_text(html, fmt="html")
    assert (
        document.text
        == "Poll\n\nYes: 52%\nNo: 48%\n\n- Turnout 71%\n- Spoilt 1,204\n\nResult certified."
    )


def test_html_without_metadata_has_none(tmp_path: Path) -> None:
    path = write(tmp_path / "bare.htm", "<html><body><p>Only 5 words here today.</p></body></html>")
    (document,) = read_sources([str(path)])
    assert document.text == "Only 5 words here today."
    assert (document.source.title, document.source.date, document.source.site) == (None, None, None)


def test_html_extraction_is_silent(
    caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    caplog.set_level(logging.DEBUG)
    with pytest.raises(InputError):
        read_text("<html><head></head><body></body></html>", fmt="html")
    read_text(ARTICLE_HTML, fmt="html")
    noisy = [r for r in caplog.records if not r.name.startswith("factsheet")]
    assert noisy == []
    assert capfd.readouterr() == ("", "")


# --- the seeds -----------------------------------------------------------------------------


def test_seeds_read_from_repo_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(SEEDS.parent)
    documents = read_sources(["seeds"])
    assert ids(documents) == [f"seeds/{name}" for name in SEED_NAMES]


def test_seeds_read_from_any_cwd_keep_the_path_as_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    given = os.path.relpath(SEEDS)
    documents = read_sources([given + os.sep])
    assert ids(documents) == [f"{Path(given).as_posix()}/{name}" for name in SEED_NAMES]


def test_seed_text_is_the_file_as_read() -> None:
    documents = read_sources([str(SEEDS)])
    for document, name in zip(documents, SEED_NAMES, strict=True):
        raw = (SEEDS / name).read_bytes()
        assert document.text == raw.decode("utf-8")
        assert document.source.sha256 == hashlib.sha256(raw).hexdigest()
        assert document.source.format == "text"
        assert document.source.title is None
    first, second = documents
    assert first.text.startswith("Breaking News\n\nUkraine war: Putin seeks foreign volunteers")
    assert "16,000 volunteers in the Middle East" in first.text
    assert "\u00a0" in first.text  # non-breaking spaces survive
    assert "$61 billion for Ukraine" in second.text
