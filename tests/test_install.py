"""The wheel carries the templates: build it, install it apart, run it outside the checkout.

``templates/`` lives at the repository root and is mapped into the wheel as
``factsheet/templates`` (hatch ``force-include``). A checkout always finds it, so only an
installed copy, run from elsewhere, proves the mapping. Takes a few seconds (spaCy loads once).
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(argv: list[str], *, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(wheel, site): the wheel built from the checkout, and the folder it is installed in."""
    pytest.importorskip("hatchling", reason="--no-build-isolation needs hatchling in the venv")
    tmp = tmp_path_factory.mktemp("install")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    pip = [sys.executable, "-m", "pip"]
    built = run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(tmp / "dist"), str(ROOT)],
        cwd=tmp,
        env=env,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = (tmp / "dist").glob("factsheet-*.whl")
    site = tmp / "site"
    done = run([*pip, "install", "--no-deps", "--target", str(site), str(wheel)], cwd=tmp, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    return wheel, site


def test_wheel_holds_the_templates(installed: tuple[Path, Path]) -> None:
    wheel, _ = installed
    names = zipfile.ZipFile(wheel).namelist()
    assert "factsheet/templates/factsheet.md.j2" in names
    assert "factsheet/templates/bar_chart.svg.j2" in names
    assert "factsheet/cli.py" in names


@pytest.mark.slow
def test_installed_cli_runs_outside_the_checkout(
    installed: tuple[Path, Path], tmp_path: Path
) -> None:
    _, site = installed
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "note.txt").write_text(
        "Officials said 16,000 volunteers were ready.\n", encoding="utf-8"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONPATH"] = str(site)

    where = run(
        [
            sys.executable,
            "-c",
            "import factsheet, factsheet.render.markdown as r; print(factsheet.__file__); "
            "print(r.TEMPLATE_DIR)",
        ],
        cwd=elsewhere,
        env=env,
    )
    assert where.returncode == 0, where.stderr
    module, templates = (Path(line).resolve() for line in where.stdout.splitlines())
    assert module.is_relative_to(site.resolve()), f"imported {module}, not the installed copy"
    assert templates == (site / "factsheet" / "templates").resolve()
    assert not module.is_relative_to(ROOT)

    sheet = run([sys.executable, "-m", "factsheet", "build", "note.txt"], cwd=elsewhere, env=env)
    assert sheet.returncode == 0, sheet.stderr
    assert sheet.stderr == ""
    assert sheet.stdout.startswith("# ")
    assert "**16,000**" in sheet.stdout
