"""The Ray executor runs the same `pipeline.process` as the local one, with the same results.

Starts a local Ray cluster of two worker CPUs inside the suite; skipped when Ray is not
installed (it is the optional `[scale]` extra).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from eventwire.pipeline import EXECUTORS, LocalExecutor, make_executor, run
from eventwire.store.sqlite import SQLiteStore

ray = pytest.importorskip("ray")

ROOT = Path(__file__).resolve().parents[1]
INPUTS = [ROOT / "samples", ROOT / "tests" / "fixtures" / "mali_report.txt"]


@pytest.fixture(scope="module")
def ray_cluster():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, ignore_reinit_error=True)
    yield
    ray.shutdown()


def stored(path: Path) -> tuple[list, list]:
    """Mentions (with their event ids) and article places as stored. The classifier's
    confidence (and every other float) is compared to 5 decimals: a Ray worker runs the embedding model on one thread,
    this process on several, and float sums in another order differ in the 8th digit."""
    with sqlite3.connect(path) as db:
        mentions = db.execute("SELECT mention_id, article_id, event_id, data FROM mentions ORDER BY mention_id").fetchall()
        articles = db.execute("SELECT id, places FROM articles ORDER BY id").fetchall()
    return [(*row[:3], _rounded(json.loads(row[3]))) for row in mentions], articles


def _rounded(value):  # type: ignore[no-untyped-def]
    if isinstance(value, float):
        return round(value, 5)
    if isinstance(value, dict):
        return {key: _rounded(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_rounded(item) for item in value]
    return value


def test_ray_is_one_entry_of_the_executor_registry():
    assert set(EXECUTORS) >= {"local", "pool", "ray"}


def test_ray_run_stores_exactly_what_a_local_run_stores(tmp_path: Path, ray_cluster):
    local = SQLiteStore(tmp_path / "local.db")
    run(INPUTS, local, LocalExecutor(), batch_size=1)
    distributed = SQLiteStore(tmp_path / "ray.db")
    summary = run(INPUTS, distributed, make_executor(2, "ray"), batch_size=1)
    assert summary.failed == 0 and summary.stored == 2
    assert stored(tmp_path / "ray.db") == stored(tmp_path / "local.db")
    assert stored(tmp_path / "ray.db")[0], "the reports yield mentions"
