"""Nothing lost, nothing twice: kill -9 mid-run, concurrent writers, readers during a run."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from report_factory import write_reports

EVENTWIRE = [sys.executable, "-m", "eventwire.cli"]
# What is tested here is storage (atomic batches, idempotent upserts, locking), not extraction
# quality: the lexical classifier keeps these multi-process runs fast.
ENV = {**os.environ, "EVENTWIRE_CLASSIFIER": "lexical"}


def eventwire(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*EVENTWIRE, *args], capture_output=True, text=True, timeout=600, env=ENV)


def snapshot(db: Path) -> tuple[set, set, int]:
    with sqlite3.connect(db) as connection:
        events = set(connection.execute("SELECT event_id, event_date, sub_event_type, fatalities FROM events"))
        mentions = set(connection.execute("SELECT mention_id, event_id FROM mentions"))
        articles = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    return events, mentions, articles


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> Path:
    return write_reports(tmp_path_factory.mktemp("reports"), 240)


@pytest.fixture(scope="module")
def uninterrupted(reports, tmp_path_factory) -> tuple[set, set, int]:
    db = tmp_path_factory.mktemp("clean") / "clean.db"
    result = eventwire("run", "--quiet", "--batch-size", "16", "--db", str(db), str(reports))
    assert result.returncode == 0, result.stderr
    return snapshot(db)


def test_kill_9_mid_run_then_rerun_gives_exactly_the_uninterrupted_events(reports, uninterrupted, tmp_path):
    db = tmp_path / "killed.db"
    process = subprocess.Popen([*EVENTWIRE, "run", "--quiet", "--batch-size", "16", "--db", str(db), str(reports)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    deadline = time.monotonic() + 300
    stored = 0
    while time.monotonic() < deadline and process.poll() is None:
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=1) as connection:
                    stored = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:
                stored = 0
        if stored >= 32:
            break
        time.sleep(0.05)
    assert process.poll() is None, "the run finished before it could be killed; use more reports"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    partial = snapshot(db)
    assert 0 < partial[2] < uninterrupted[2]
    result = eventwire("run", "--quiet", "--batch-size", "16", "--db", str(db), str(reports))
    assert result.returncode == 0, result.stderr
    assert snapshot(db) == uninterrupted


def test_two_concurrent_runs_on_overlapping_inputs_never_fail_or_duplicate(reports, uninterrupted, tmp_path):
    db = tmp_path / "shared.db"
    first_half, second_half = tmp_path / "first", tmp_path / "second"
    first_half.mkdir()
    second_half.mkdir()
    files = sorted(reports.glob("*.txt"))
    for path in files[:160]:
        (first_half / path.name).write_text(path.read_text())
    for path in files[80:]:
        (second_half / path.name).write_text(path.read_text())
    command = [*EVENTWIRE, "run", "--quiet", "--batch-size", "8", "--db", str(db)]
    one = subprocess.Popen([*command, str(first_half)], stderr=subprocess.PIPE, text=True, env=ENV)
    two = subprocess.Popen([*command, str(second_half)], stderr=subprocess.PIPE, text=True, env=ENV)
    reads = 0
    while one.poll() is None or two.poll() is None:
        listed = eventwire("events", "--db", str(db), "--json", "--limit", "5")
        assert listed.returncode == 0, listed.stderr
        reads += 1
    assert one.wait() == 0 and two.wait() == 0, (one.stderr.read(), two.stderr.read())
    events, mentions, articles = snapshot(db)
    assert articles == uninterrupted[2]
    assert {m for m, _ in mentions} == {m for m, _ in uninterrupted[1]}
    assert reads > 0


def test_the_http_api_reads_a_database_while_a_run_writes_it(reports, tmp_path):
    from fastapi.testclient import TestClient

    from eventwire import api

    db = tmp_path / "served.db"
    eventwire("run", "--quiet", "--db", str(db), str(sorted(reports.glob("*.txt"))[0]))
    client = TestClient(api.create_app(db, token="t"))
    writer = subprocess.Popen([*EVENTWIRE, "run", "--quiet", "--batch-size", "8", "--db", str(db), str(reports)],
                              stderr=subprocess.PIPE, text=True, env=ENV)
    seen = []
    while writer.poll() is None:
        response = client.get("/events", params={"limit": 5})
        assert response.status_code == 200, response.text
        seen.append(response.json()["total"])
        assert client.get("/stats").status_code == 200
    assert writer.wait() == 0, writer.stderr.read()
    assert seen and seen == sorted(seen)  # totals only grow: no reader ever sees a half batch undone
