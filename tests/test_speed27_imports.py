"""Worker processes load spaCy and the classifier without importing torch (thinc would import it
whenever installed: ~2 s of CPU and ~180 MiB per worker), and torch stays importable after."""

import subprocess
import sys

_PROBE = """
import sys
from eventwire import annotate, pipeline
pipeline._limit_threads(1)
pipeline.default_context()
doc = annotate.load_language()("Gunmen killed two people in Kano on Sunday.")
print("torch" in sys.modules, len(doc))
import thinc.compat
print(thinc.compat.has_torch)
import torch
print(isinstance(torch.__version__, str))
"""


def test_a_worker_process_never_imports_torch_yet_can_afterwards():
    result = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=300, check=True)
    assert result.stdout.split() == ["False", "9", "False", "True"]


def test_a_process_that_imported_torch_first_keeps_it():
    probe = "import sys, torch\nfrom eventwire import annotate\nimport thinc.compat\nprint(thinc.compat.has_torch)"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=300, check=True)
    assert result.stdout.split() == ["True"]
