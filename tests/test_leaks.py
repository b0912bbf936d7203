"""The project quotes no benchmark sentence: ``../shared/tools/benchmark_leaks.py --check``.

Benchmark sentences are for measuring; a docstring, comment, test row or benchmark sentence
that quotes one (even with the names changed) makes our scores on that benchmark say nothing.
The check needs ``../shared`` beside the checkout, as CI has it; without it the test is skipped.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
LEAKS = REPO.parent / "shared" / "tools" / "benchmark_leaks.py"


@pytest.mark.skipif(not LEAKS.is_file(), reason="../shared/tools is not beside the checkout")
def test_no_benchmark_sentence_is_quoted() -> None:
    run = subprocess.run(
        [sys.executable, str(LEAKS), "--repo", str(REPO), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
