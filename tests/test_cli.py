from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from eventwire.cli import app

runner = CliRunner()
SAMPLE = Path(__file__).resolve().parents[1] / "samples"


def invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_run_events_show_and_export(tmp_path: Path):
    db = str(tmp_path / "cli.db")
    result = invoke("run", "--db", db, "--quiet", str(SAMPLE))
    assert result.exit_code == 0, result.output
    listed = json.loads(invoke("events", "--db", db, "--json").stdout)
    assert listed and all("event_id" in event for event in listed)
    shown = invoke("show", listed[0]["event_id"], "--db", db)
    assert shown.exit_code == 0 and "claim" in shown.stdout
    # Each claimant's stance and verification are printed, not taken for rich markup.
    claim = listed[0]["claims"][0]
    table = invoke("events", "--db", db).stdout
    assert f"[{claim['stance']}," in " ".join(table.split())
    exported = invoke("export", "--db", db, "--format", "acled-csv")
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert len(rows) == len(listed)
    out = tmp_path / "e.geojson"
    assert invoke("export", "--db", db, "--format", "geojson", "-o", str(out)).exit_code == 0
    assert json.loads(out.read_text())["type"] == "FeatureCollection"


def test_run_reads_feed_and_page_urls(tmp_path: Path, served):
    root, base = served
    (root / "news.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Lake Wire</title><item><title>Clash</title>'
        "<link>https://lakewire.example/1</link><pubDate>Tue, 05 Mar 2024 08:00:00 +0000</pubDate>"
        "<description>Soldiers and rebels clashed near Goma on Monday, killing four fighters, the army said."
        "</description></item></channel></rss>"
    )
    (root / "story.html").write_text(
        "<html><head><title>Protest</title></head><body><article><p>Hundreds of teachers protested over unpaid "
        "wages in Kisumu on Monday, blocking the main road for several hours, witnesses said.</p></article></body></html>"
    )
    (root / "story.xhtml").write_text(
        '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>Strike'
        "</title></head><body><article><p>Dock workers went on strike in Mombasa on Tuesday over unpaid wages, "
        "halting the port for several hours, union officials said.</p></article></body></html>"
    )
    db = str(tmp_path / "urls.db")
    result = invoke("run", "--db", db, f"{base}/news.rss", f"{base}/story.html", f"{base}/story.xhtml",
                    f"{base}/gone.rss")
    assert result.exit_code == 0, result.output
    assert "3 read" in result.output and "gone.rss" in result.output
    types = {event["sub_event_type"] for event in json.loads(invoke("events", "--db", db, "--json").stdout)}
    assert types, "events come from the fetched feed item and page"


def test_nothing_readable_exits_non_zero_with_the_reason(tmp_path: Path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n")
    result = runner.invoke(app, ["run", "--db", str(tmp_path / "x.db"), str(bad)])
    assert result.exit_code == 1
    assert "malformed JSON" in result.output


def test_unknown_event_and_bad_database_are_one_line_errors(tmp_path: Path):
    db = tmp_path / "x.db"
    result = runner.invoke(app, ["show", "NOPE", "--db", str(db)])
    assert result.exit_code != 0
    junk = tmp_path / "junk.db"
    junk.write_text("not a database" * 100)
    result = runner.invoke(app, ["events", "--db", str(junk)])
    assert result.exit_code == 1 and "cannot open the database" in result.output


def test_python_dash_m_eventwire_runs_the_command_line():
    result = subprocess.run([sys.executable, "-m", "eventwire", "--help"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and "evaluate" in result.stdout
