"""A bounded atheris run over the readers inside the suite (`make fuzz` runs 10,000)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HARNESS = Path(__file__).resolve().parents[1] / "fuzz" / "fuzz_readers.py"


def test_readers_survive_a_bounded_coverage_guided_fuzz_run():
    pytest.importorskip("atheris")
    result = subprocess.run([sys.executable, str(HARNESS), "-runs=1500", "-max_len=4096"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Done 1500 runs" in result.stderr
