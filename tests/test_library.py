"""The library's faults: every bad argument is a documented ``ArgumentError`` naming it, and
calls from several threads at once give what serial calls give."""

from __future__ import annotations

import pathlib
import threading
from typing import Any

import pytest

import factsheet
from factsheet import ArgumentError, FactsheetError, Options, OptionsError
from factsheet.models import Limits

# (call, the argument named, words the message holds)
BAD_CALLS: list[tuple[str, Any, str, list[str]]] = [
    ("extract", lambda: factsheet.extract(None), "inputs", ["NoneType", "a text (str)"]),  # type: ignore[arg-type]
    ("extract", lambda: factsheet.extract(5), "inputs", ["int"]),  # type: ignore[arg-type]
    ("extract", lambda: factsheet.extract(b"It rose 5%."), "inputs", ["bytes", "decode"]),  # type: ignore[arg-type]
    ("extract", lambda: factsheet.extract({"a.txt": 1}), "inputs", ["dict"]),  # type: ignore[arg-type]
    ("extract", lambda: factsheet.extract(["a.txt", 5]), "inputs[1]", ["int", "Document"]),  # type: ignore[list-item]
    ("extract", lambda: factsheet.extract([pathlib.Path("a"), None]), "inputs[1]", ["NoneType"]),  # type: ignore[list-item]
    ("extract", lambda: factsheet.extract("x", {"title": "T"}), "options", ["dict", "Options("]),  # type: ignore[arg-type]
    ("extract", lambda: factsheet.extract("x", jobs=0), "jobs", ["at least 1", "0"]),
    ("build", lambda: factsheet.build("x", jobs=True), "jobs", ["True"]),
    ("build", lambda: factsheet.build("x", jobs="2"), "jobs", ["'2'"]),  # type: ignore[arg-type]
    ("build", lambda: factsheet.build(3.5), "inputs", ["float"]),  # type: ignore[arg-type]
    ("Options", lambda: Options(kinds="money"), "Options.kinds", ["frozenset", "'money'"]),  # type: ignore[arg-type]
    ("Options", lambda: Options(kinds=["monye"]), "Options.kinds", ["'money'", "'monye'"]),  # type: ignore[list-item]
    ("Options", lambda: Options(lang="de_DE"), "Options.lang", ["en_US", "'de_DE'"]),
    ("Options", lambda: Options(title=5), "Options.title", ["string", "5"]),  # type: ignore[arg-type]
    ("Options", lambda: Options(colour="red"), "Options.colour", ["no such option", "title"]),  # type: ignore[call-arg]
    ("Options", lambda: Options.model_validate({"use_spacy": True}), "Options.use_spacy",
     ["no such option"]),
    ("Options", lambda: Options(encoding="utf-9"), "Options.encoding",
     ["unknown encoding", "'utf-9'"]),
    ("Options", lambda: Options(published="May 1"), "Options.published", ["YYYY-MM-DD"]),
    ("Options", lambda: Options(limits={"max_bytes": 0}), "Limits.max_bytes",  # type: ignore[arg-type]
     ["greater than or equal to 1"]),
    ("Limits", lambda: Limits(max_bytes=0), "Limits.max_bytes", ["greater than or equal to 1"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("call", "argument", "words"),
    [(call, argument, words) for _, call, argument, words in BAD_CALLS],
    ids=[f"{name}: {argument} {words[0]}" for name, _, argument, words in BAD_CALLS],
)
def test_a_bad_argument_is_an_argument_error_naming_it(
    call: Any, argument: str, words: list[str]
) -> None:
    with pytest.raises(ArgumentError) as raised:
        call()
    error = raised.value
    assert error.argument == argument
    assert str(error).startswith(f"{argument}: ") and "\n" not in str(error)
    assert [w for w in words if w not in str(error)] == [], str(error)
    assert isinstance(error, OptionsError) and isinstance(error, FactsheetError)


def test_the_error_classes_are_public() -> None:
    exported = {"ArgumentError", "OutputError", "WorkerError", "GoldError", "StoreError", "Run"}
    assert exported <= set(factsheet.__all__)
    assert factsheet.ArgumentError is ArgumentError


SEED = pathlib.Path(__file__).resolve().parent.parent / "seeds" / "000_02669ccc118acdf3.txt"


@pytest.mark.slow
def test_good_arguments_still_pass() -> None:
    options = Options(kinds=["count"], title="T")
    figures = factsheet.extract([str(SEED)], options)
    assert figures and {f.kind for f in figures} == {"count"}
    assert factsheet.extract((SEED,), options) == figures


TEXTS = [
    "The clinic treated {n:,} patients in {year}, up {p}% on the year before.",
    "Engineers laid {km} km of cable for ${m} million, officials said.",
    "About {n:,} residents signed the petition, and {p}% of them were under 30.",
]


@pytest.mark.slow
def test_threads_at_once_give_the_serial_results() -> None:
    """Eight threads calling ``extract`` together (spaCy's memory zones are not safe to share:
    unlocked, one thread frees strings another still reads) give what serial calls give."""
    texts = [
        " ".join(
            t.format(n=1000 + 37 * i, year=1990 + i, p=i % 40, km=3 + i, m=9 + i) for t in TEXTS
        )
        for i in range(16)
    ]
    serial = [factsheet.extract(text) for text in texts]
    results: dict[int, Any] = {}
    errors: list[BaseException] = []
    start = threading.Barrier(8)

    def work(n: int) -> None:
        start.wait()
        try:
            for i in range(n, len(texts), 8):
                results[i] = factsheet.extract(texts[i])
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert errors == []
    assert [results[i] for i in range(len(texts))] == serial
