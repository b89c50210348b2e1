"""A built wheel, installed non-editable into a fresh venv, answers from its bundled knowledge."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]


def sh(*argv: str | Path, cwd: Path | None = None, timeout: int = 900) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME"}}
    env["ADVISOR_CACHE_DIR"] = "off"
    return subprocess.run([str(a) for a in argv], capture_output=True, text=True, cwd=cwd, env=env,
                          timeout=timeout)


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The venv folder: the wheel built from this checkout, installed with its dependencies from PyPI."""
    tmp = tmp_path_factory.mktemp("install")
    wheels = tmp / "wheels"
    built = sh(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", REPO, "-w", wheels)
    assert built.returncode == 0, built.stderr
    (wheel,) = wheels.glob("ssb_advisor-*.whl")
    venv = tmp / "venv"
    created = sh(sys._base_executable, "-m", "venv", venv)
    assert created.returncode == 0, created.stderr
    pip = sh(venv / "bin" / "python", "-m", "pip", "install", "--quiet", "--disable-pip-version-check", wheel)
    if pip.returncode != 0 and ("NewConnectionError" in pip.stderr or "No matching distribution" in pip.stderr):
        pytest.skip(f"the wheel's dependencies cannot be downloaded here: {pip.stderr.strip().splitlines()[-1]}")
    assert pip.returncode == 0, pip.stderr
    return venv


def test_the_wheel_ships_the_knowledge(installed):
    (wheel,) = (installed.parent / "wheels").glob("ssb_advisor-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "advisor/_knowledge/entries/08-faq.yaml" in names
    assert "advisor/_knowledge/tables/products.yaml" in names
    assert "advisor/_knowledge/scope.yaml" in names
    assert not any(name.startswith(("tests/", "ui/")) for name in names)


def test_the_installed_package_is_not_the_checkout(installed, tmp_path):
    result = sh(installed / "bin" / "python", "-c",
                "import advisor, advisor.knowledge as k; print(advisor.__file__); print(k.bundled_knowledge_dir())",
                cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    module, knowledge = result.stdout.splitlines()
    assert "site-packages" in module and not module.startswith(str(REPO))
    assert knowledge.endswith("site-packages/advisor/_knowledge")


def test_the_installed_command_answers_from_another_folder(installed, tmp_path):
    result = sh(installed / "bin" / "advisor", "ask", "Are solid-state batteries safer?", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["found"] is True
    assert answer["sources"] and "risk" in answer["text"]


def test_the_installed_command_validates_its_bundled_knowledge(installed, tmp_path):
    result = sh(installed / "bin" / "advisor", "validate", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok: ")
    assert "site-packages/advisor/_knowledge" in result.stdout
