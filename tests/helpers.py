"""What several test files share: parses built by hand (spaCy's own test guide), so that rule
tests stay fast and independent of the model's mistakes.

Each file keeps its own compact notation for a sentence's parse (a ``word/POS/dep/head`` line in
``test_cues.py``, a token table in ``test_entity.py``, tuples in ``test_claims.py``); all of them
make the ``Doc`` here, over one blank English vocabulary: lexical attributes ("lower",
"is_punct", "like_num", stop words) without a trained pipeline.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
"""The repository root: the folder holding tests/, seeds/ and pyproject.toml."""


@functools.cache
def blank_vocab() -> Any:
    """The vocabulary of a blank English pipeline (no model is loaded)."""
    import spacy

    return spacy.blank("en").vocab


def hand_parse(
    *,
    words: Sequence[str],
    spaces: Sequence[bool],
    pos: Sequence[str],
    deps: Sequence[str],
    heads: Sequence[int],
    lemmas: Sequence[str],
    tags: Sequence[str] | None = None,
) -> Any:
    """A ``spacy.tokens.Doc`` with the parse given token by token (heads are token indexes)."""
    from spacy.tokens import Doc

    return Doc(
        blank_vocab(),
        words=list(words),
        spaces=list(spaces),
        pos=list(pos),
        deps=list(deps),
        heads=list(heads),
        lemmas=list(lemmas),
        tags=list(tags) if tags is not None else None,
    )


def command_env(seed: str = "0") -> dict[str, str]:
    """The environment a user's terminal gives ``python -m factsheet``: ours without any
    ``PYTHON*`` variable (no PYTHONPATH, no PYTHONWARNINGS of the test run), with
    ``PYTHONHASHSEED`` set to ``seed``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = seed
    return env


def start_factsheet(*argv: str) -> subprocess.Popen[str]:
    """``python -m factsheet ARGV`` from the repository root, in a session (and process group)
    of its own, as a terminal starts it; stdout and stderr are pipes of text."""
    return subprocess.Popen(
        [sys.executable, "-m", "factsheet", *argv],
        cwd=ROOT,
        env=command_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
