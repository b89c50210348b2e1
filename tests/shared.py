"""Where the project's shared material (the guide, the development set) lives: ``../shared``
next to the repository, never an absolute machine path.

Without it, tests that need it skip and say why; under ``CI=true`` they fail instead, so a
CI run can never pass by skipping the evaluation.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GUIDE = SHARED / "guide" / "how-does-a-solid-state-battery-work.txt"
DEV_SET = SHARED / "eval" / "dev.yaml"


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def require(path: Path) -> Path:
    """``path`` if it exists; otherwise skip the test (fail under CI) naming what is missing."""
    if not path.is_file():
        message = f"{path} is missing: the shared folder is expected at {SHARED} (../shared next to the repository)"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)
    return path
