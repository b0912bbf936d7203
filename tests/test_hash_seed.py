"""The same bytes under any ``PYTHONHASHSEED``, from the library and from the command.

quantulum3 keeps its operators and the units of a surface in sets, whose order follows Python's
string hashing; :mod:`factsheet.grammar.units` sorts them as they are read, so nothing depends on
the
seed, and the command no longer starts itself again under a fixed one.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from helpers import command_env

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ("0", "1", "random")

LIBRARY = """
import sys
import factsheet
from factsheet.render.markdown import render_markdown
from factsheet.grammar.units import quantulum3_parse

sheet = factsheet.build(["seeds"])
sys.stdout.write(sheet.model_dump_json(indent=2))
sys.stdout.write(render_markdown(sheet))
car = "The engine makes just under 425 hp (784 kW / 184 PS) and 370 Nm (499 lb-ft)."
sys.stdout.write(repr([(q.surface, q.unit.name) for q in quantulum3_parse(car)]))
"""
"""The fact sheet of seeds/ as JSON and Markdown, and quantulum3's own reading of a sentence
whose unit it read differently under different seeds ("784 kW /" or "784 kW")."""


def _library(seed: str) -> subprocess.CompletedProcess[str]:
    env = command_env(seed)
    return subprocess.run(
        [sys.executable, "-c", LIBRARY],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_the_library_gives_the_same_bytes_under_any_hash_seed() -> None:
    runs = [_library(seed) for seed in SEEDS]
    for run in runs:
        assert run.returncode == 0 and run.stderr == "", run.stderr
    assert runs[0].stdout.count('"figures"') == 1 and "# " in runs[0].stdout
    assert {run.stdout for run in runs} == {runs[0].stdout}


def test_the_command_gives_the_same_bytes_under_any_hash_seed(
    tmp_path: Path, command: Callable[..., Any]
) -> None:
    outputs = []
    for n, seed in enumerate(SEEDS):
        sheet = tmp_path / f"sheet{n}.json"
        done = command("build", "seeds", "--json", str(sheet), "-o", "-", seed=seed)
        assert done.returncode == 0, done.stderr
        outputs.append((done.stdout, sheet.read_text("utf-8")))
    assert outputs[0][0] and outputs[0][1]
    assert {out for out in outputs} == {outputs[0]}
