"""Flat exports and the conventions of the command (issue 14): CSV and JSON Lines that join,
the published schemas, --files-from, -o -, --encoding, --published, text that is not English,
NO_COLOR and shell completion. Sentences are our own."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factsheet.models import FigureList, JsonlRecord, Source
from factsheet.output import exports
from factsheet.read import _languages
from factsheet.read.language import DISTINCT_WORDS, language
from factsheet.run.progress import Tracker

TEXT = (
    "Published: 14 June 2023\n\n"
    "Library budget\n\n"
    "The city library will spend $3.2 million on new branches, and 640 volunteers signed up "
    "on May 30, a rise of 8% on last year.\n"
)
ENGLISH = (
    "The council said that the library would open two branches this year, and that the work "
    "was paid for with money from the state, which had promised it after the vote. The mayor "
    "said there were more readers than ever."
)
GERMAN = (
    "Die Stadtbibliothek wird 3,2 Millionen Euro für neue Filialen ausgeben, und 640 "
    "Freiwillige haben sich am 30. Mai gemeldet. Das ist ein Anstieg von 8 Prozent, wie die "
    "Stadt mit den Zahlen des Vorjahres sagte, und die Arbeiten werden noch in diesem Jahr "
    "beginnen, sagte der Bürgermeister bei der Vorstellung der Pläne.\n"
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "library.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


# --- CSV -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "field"),
    [
        (None, ""),
        ("", '""'),
        ("dollar", "dollar"),
        ("a, b", '"a, b"'),
        ('say "yes"', '"say ""yes"""'),
        ("two\nlines", '"two\nlines"'),
        (" padded", '" padded"'),
        (16000, "16000"),
        (4.83, "4.83"),
        (2.5e20, "2.5e+20"),
    ],
)
def test_csv_fields(value: object, field: str) -> None:
    assert exports.csv_field(value) == field


@pytest.mark.slow
def test_csv_rows_carry_the_source_and_tell_null_from_empty(
    cli: Callable[..., Any], article: Path
) -> None:
    run = cli("extract", str(article), "-f", "csv")
    assert run.code == 0, run
    rows = list(csv.DictReader(io.StringIO(run.out)))
    assert {r["source_title"] for r in rows} == {"Library budget"}  # a text's headline
    assert {r["source_published"] for r in rows} == {"2023-06-14"}
    money = next(r for r in rows if r["kind"] == "money")
    assert (money["value"], money["currency"], money["trend"]) == ("3200000", "USD", "")
    date = next(r for r in rows if r["kind"] == "date")
    assert (date["value"], date["date_start"], date["date_end"]) == ("", "2023-05-30", "2023-05-30")
    assert run.out.splitlines()[1 + rows.index(money)].endswith(",Library budget,2023-06-14")


@pytest.mark.slow
def test_csv_empty_text_is_quoted(article: Path) -> None:
    from factsheet import extract

    figure = next(f for f in extract([article]) if f.kind == "count")
    figure = figure.model_copy(update={"entity": ""})
    source = Source(id=figure.source, sha256="0", format="text", title="")
    text = exports.csv_text(FigureList(sources=[source], figures=[figure]))
    row = next(csv.reader(io.StringIO(text.splitlines()[1])))
    names = [c.name for c in exports.csv_columns()]
    assert row[names.index("entity")] == "" and row[names.index("currency")] == ""
    raw = text.splitlines()[1]
    assert ',"",' in raw  # the empty entity and the empty title
    assert raw.endswith(',"",')  # source_title "" then source_published null


# --- JSON Lines and the schemas --------------------------------------------------------------


@pytest.mark.slow
def test_jsonl_records_validate_against_the_published_schema(
    cli: Callable[..., Any], article: Path, tmp_path: Path, validate_json: Callable[..., str]
) -> None:
    run = cli("extract", str(article), str(tmp_path / "missing.txt"), "-f", "jsonl")
    assert run.code == 1, run
    schema = json.loads(cli("schema", "--of", "jsonl").out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == "urn:factsheet:schema:2:jsonl"
    kinds = []
    for line in run.out.splitlines():
        validate_json(line, schema, JsonlRecord)  # type: ignore[arg-type]
        kinds.append(json.loads(line)["record"])
    assert kinds == ["header"] + ["figure"] * (len(kinds) - 2) + ["skipped"]
    records = exports.read_jsonl(run.out)
    assert records[0].root.record == "header"
    bad = json.loads(run.out.splitlines()[1]) | {"record": "nonsense"}
    with pytest.raises(Exception):  # noqa: B017 - jsonschema or pydantic, whichever validates
        validate_json(json.dumps(bad), schema, JsonlRecord)  # type: ignore[arg-type]


@pytest.mark.parametrize("of", ["factsheet", "figures", "jsonl", "store"])
def test_every_schema_has_schema_and_id(cli: Callable[..., Any], of: str) -> None:
    schema = json.loads(cli("schema", "--of", of).out)
    assert list(schema)[:2] == ["$schema", "$id"]
    assert schema["$id"] == f"urn:factsheet:schema:2:{of}"


# --- the command's conventions ---------------------------------------------------------------


@pytest.mark.slow
def test_files_from_a_file_and_from_stdin(
    cli: Callable[..., Any], article: Path, tmp_path: Path
) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text(f"{article}\n\n", encoding="utf-8")
    direct = cli("extract", str(article))
    assert cli("extract", "--files-from", str(listing)).out == direct.out
    piped = cli("extract", "--files-from", "-", stdin=f"{article}\n".encode())
    assert piped.out == direct.out
    both = cli("extract", "-", "--files-from", "-", stdin=b"")
    assert both.code == 2 and "standard input" in both.err
    missing = cli("extract", "--files-from", str(tmp_path / "nope.txt"))
    assert missing.code == 2 and missing.err.count("\n") == 1 and "no such file" in missing.err


@pytest.mark.slow
def test_dash_output_is_stdout(cli: Callable[..., Any], article: Path, tmp_path: Path) -> None:
    os.chdir(tmp_path)
    run = cli("extract", str(article), "-o", "-", "-f", "jsonl")
    assert run.code == 0 and run.out.startswith('{"record":"header"')
    assert not (tmp_path / "-").exists()
    assert json.loads(cli("schema", "-o", "-").out)["$id"].endswith(":factsheet")


@pytest.mark.slow
def test_encoding(cli: Callable[..., Any], tmp_path: Path) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Le café a coûté 4 €, and 300 visitors came on Friday.\n".encode("cp1252"))
    refused = cli("extract", str(latin))
    assert refused.code == 1 and "not UTF-8 text" in refused.err
    run = cli("extract", str(latin), "--encoding", "cp1252")
    assert run.code == 0, run
    assert "300" in [f["surface"] for f in json.loads(run.out)["figures"]]
    assert json.loads(run.out)["figures"][0]["sentence"].startswith("Le café")
    utf8 = tmp_path / "utf8.txt"
    utf8.write_bytes(b"It cost \xe2\x82\xac4.\n")
    wrong = cli("extract", str(utf8), "-e", "ascii")
    assert wrong.code == 1 and "not ascii text (invalid byte 0xe2 at offset 8" in wrong.err
    unknown = cli("extract", str(latin), "--encoding", "klingon")
    assert unknown.code == 2 and "unknown encoding" in unknown.err


@pytest.mark.slow
def test_published_anchors_dates_in_extract(cli: Callable[..., Any], tmp_path: Path) -> None:
    text = tmp_path / "note.txt"
    text.write_text("The depot reopened on May 30 and 640 buses ran last week.\n")
    plain = json.loads(cli("extract", str(text)).out)
    assert [f["date_start"] for f in plain["figures"] if f["kind"] == "date"] == [None, None]
    run = cli("extract", str(text), "--published", "2023-06-14")
    doc = json.loads(run.out)
    assert doc["sources"][0]["date"] == "2023-06-14"
    dates = [(f["date_start"], f["date_end"]) for f in doc["figures"] if f["kind"] == "date"]
    assert dates == [("2023-05-30", "2023-05-30"), ("2023-06-05", "2023-06-11")]
    bad = cli("extract", str(text), "--published", "June 14")
    assert bad.code == 2 and "YYYY-MM-DD" in bad.err


def test_text_that_is_not_english_is_refused(cli: Callable[..., Any], tmp_path: Path) -> None:
    german = tmp_path / "bibliothek.txt"
    german.write_text(GERMAN, encoding="utf-8")
    run = cli("extract", str(german))
    assert run.code == 1, run
    assert run.err == (
        f"factsheet: error: {german}: not English text (it reads as German); "
        "factsheet reads English only\n"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ENGLISH, "English"),
        (GERMAN, "German"),
        (
            "Le conseil a voté pour le budget de la ville, et les travaux sont prévus pour "
            "cette année selon le maire, qui a présenté les plans avec les chiffres.",
            "French",
        ),
        ("Prices rose 7% in May.", None),
        (ENGLISH + " Ein Satz auf Deutsch, der die Zahl nennt.", "English"),
    ],
)
def test_language(text: str, expected: str | None) -> None:
    assert language(text) == expected


def _language_word_by_word(text: str) -> str | None:
    """The language test as first written: every word of the text looked up in turn."""
    hits = dict.fromkeys(_languages.FUNCTION_WORDS, 0)
    seen: set[str] = set()
    for word in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", text):
        word = word.lower()
        for name, table in _languages.FUNCTION_WORDS.items():
            if word in table:
                seen.add(word)
                hits[name] += 1
    if sum(hits.values()) < _languages.MIN_WORDS:
        return None
    best = max(hits, key=lambda name: (hits[name], name == _languages.ENGLISH))
    distinct = sum(1 for word in seen if word in _languages.FUNCTION_WORDS[best])
    if best != _languages.ENGLISH and distinct < DISTINCT_WORDS:
        return None
    if best != _languages.ENGLISH and hits[best] < _languages.MARGIN * hits[_languages.ENGLISH]:
        return _languages.ENGLISH
    return best


_FUNCTION_WORDS = sorted({w for table in _languages.FUNCTION_WORDS.values() for w in table})


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_FUNCTION_WORDS).map(str.upper),
            st.sampled_from(_FUNCTION_WORDS).map(str.title),
            st.sampled_from(_FUNCTION_WORDS),
            st.text(min_size=1, max_size=8),
        ),
        max_size=80,
    ),
    st.sampled_from([" ", ", ", "\n", "-", "'"]),
)
def test_language_counts_each_word_as_it_stands(words: list[str], gap: str) -> None:
    """Counting each distinct word once, times the times it stands, judges every text as
    looking up every word in turn does: words in any case, repeated, glued by apostrophes."""
    text = gap.join(words)
    assert language(text) == _language_word_by_word(text)


def test_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    def bar_output() -> str:
        stream = io.StringIO()
        with Tracker(2, bar=True, stream=stream) as tracker:
            list(tracker.track([]))
        return stream.getvalue()

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert "\x1b[3" in bar_output()  # colours by default, on a terminal
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[3" not in bar_output() and "\x1b[9" not in bar_output()


def test_version_and_shell_completion(command: Callable[..., Any]) -> None:
    from factsheet import __version__

    assert command("--version").stdout == f"factsheet {__version__}\n"
    script = _with_env(command, {"_FACTSHEET_COMPLETE": "source_bash"})
    assert script.returncode == 0 and "_FACTSHEET_COMPLETE=complete_bash" in script.stdout
    words = {
        "_FACTSHEET_COMPLETE": "complete_bash",
        "COMP_WORDS": "factsheet ex",
        "COMP_CWORD": "1",
    }
    assert _with_env(command, words).stdout.split() == ["extract"]
    options = {**words, "COMP_WORDS": "factsheet extract --fi", "COMP_CWORD": "2"}
    assert "--files-from" in _with_env(command, options).stdout.split()


def _with_env(command: Callable[..., Any], env: dict[str, str]) -> Any:
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        return command()
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
