"""The spaCy pipeline we load (:func:`factsheet.nlp.segment.nlp`): its tokenizer is made from
spaCy's English rules instead of read from the model's folder, so it must be the one saved
there, setting for setting."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.slow  # loads the spaCy model


def _pattern(setting: Any) -> str | None:
    """The regular expression behind a tokenizer setting (a pattern's bound method), if any."""
    return None if setting is None else str(setting.__self__.pattern)


def test_the_tokenizer_is_the_models_own() -> None:
    from spacy.tokenizer import Tokenizer
    from spacy.util import get_model_meta, get_package_path

    from factsheet.nlp.segment import MODEL, nlp

    pipeline = nlp()
    package = get_package_path(MODEL)
    meta = get_model_meta(package)
    saved = Tokenizer(pipeline.vocab).from_disk(
        package / f"{meta['lang']}_{meta['name']}-{meta['version']}" / "tokenizer"
    )
    made = pipeline.tokenizer
    assert made.rules == saved.rules
    for name in ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match"):
        assert _pattern(getattr(made, name)) == _pattern(getattr(saved, name)), name
    assert made.faster_heuristics == saved.faster_heuristics
    assert made.to_bytes(exclude=["vocab"]) == saved.to_bytes(exclude=["vocab"])
    text = "Dr. Smith's $61bn plan (approx. 7%) isn't e-mail: see https://example.org/a?b=1."
    assert [t.text for t in made(text)] == [t.text for t in saved(text)]
