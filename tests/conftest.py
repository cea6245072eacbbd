"""Shared fixtures: the report fixtures written for the tests, and the gold-data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SHARED_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


def shared_eval_file(relative: str) -> Path:
    """A gold file from ../shared/eval, or skip the test when the folder is absent."""
    path = SHARED_EVAL / relative
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path
