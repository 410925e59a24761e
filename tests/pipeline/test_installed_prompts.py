"""The prompt templates load from a non-editable install, run from another folder."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import assistant, assistant.prompts as p
print(assistant.__file__)
print(p.PROMPTS_DIR)
print(p.load_template("thank-you").version)
"""


@pytest.mark.install
def test_templates_load_from_a_plain_install(tmp_path: Path) -> None:
    # Built from a copy, so setuptools' build/ folder never lands in the checkout.
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    for folder in ("assistant", "evals", "prompts"):
        shutil.copytree(
            ROOT / folder, source / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    prefix = tmp_path / "prefix"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "--no-compile",
            # Never uninstall the checkout's own (editable) install from the running venv.
            "--ignore-installed",
            "--prefix",
            str(prefix),
            str(source),
        ],
        check=True,
        capture_output=True,
    )
    site = Path(sysconfig.get_path("purelib", vars={"base": str(prefix)}))
    deps = sysconfig.get_path("purelib")
    # -S: no site packages, so the checkout's editable finder cannot answer `import assistant`.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = subprocess.run(
        [sys.executable, "-S", "-c", SCRIPT],
        cwd=elsewhere,
        env={"PYTHONPATH": f"{site}:{deps}", "PATH": "/usr/bin:/bin"},
        check=True,
        capture_output=True,
        text=True,
    ).stdout.splitlines()
    package, prompts, version = out
    assert Path(package).is_relative_to(site)
    assert (
        Path(prompts) == (prefix / "share" / "interview-followup-assistant" / "prompts").resolve()
    )
    assert version
