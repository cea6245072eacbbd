from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventwire import pipeline
from eventwire.errors import IngestError
from eventwire.store import open_store
from eventwire.watch import poll_once, watch

EVENTWIRE = Path(sys.executable).with_name("eventwire")

ITEM = """  <item>
    <title>{title}</title>
    <link>{link}</link>
    <guid>{guid}</guid>
    <pubDate>Tue, 05 Mar 2024 08:00:00 +0000</pubDate>
    <description>{text}</description>
  </item>
"""
ITEMS = [
    ("Gunmen attack village near Mopti", "wire-1", "Gunmen killed nine villagers near Mopti on Sunday, police said."),
    ("Protest in Bamako", "wire-2", "Hundreds of traders protested against new taxes in Bamako on Tuesday."),
    ("Clashes in Gao", "wire-3", "Soldiers clashed with militants outside Gao on Monday, the army said."),
]


def feed_xml(count: int) -> str:
    items = "".join(
        ITEM.format(title=title, guid=guid, text=text, link=f"https://wire.example/{guid}")
        for title, guid, text in ITEMS[:count]
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Sahel Wire</title>\n{items}</channel></rss>'


@pytest.fixture
def no_models(monkeypatch: pytest.MonkeyPatch) -> None:
    """Extraction replaced by a no-op: these tests are about what is ingested, not what is extracted."""
    monkeypatch.setattr(pipeline, "process", lambda batch: [pipeline.ArticleResult(article) for article in batch])


def write_feed(path: Path, count: int, mtime: float) -> None:
    """Write the feed with `count` items; a distinct mtime, as HTTP dates have one-second resolution."""
    path.write_text(feed_xml(count))
    os.utime(path, (mtime, mtime))


def stored_titles(db: Path) -> list[str]:
    with sqlite3.connect(db) as connection:
        return sorted(row[0] for row in connection.execute("SELECT title FROM articles"))


def watch_once(url: str, db: Path) -> subprocess.CompletedProcess:
    """One `eventwire watch --once` in its own process (a restart each time); stderr unwrapped."""
    env = {**os.environ, "EVENTWIRE_CLASSIFIER": "lexical"}
    done = subprocess.run(
        [str(EVENTWIRE), "watch", url, "--once", "--db", str(db)], capture_output=True, text=True, env=env,
        timeout=120,
    )
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout, " ".join(done.stderr.split()))


def test_watch_once_across_restarts_ingests_each_item_exactly_once(served, tmp_path: Path):
    root, base = served
    db = tmp_path / "watch.db"
    write_feed(root / "feed.rss", 2, time.time() - 100)

    first = watch_once(f"{base}/feed.rss", db)
    assert first.returncode == 0, first.stderr
    assert "2 new, 2 stored" in first.stderr
    assert stored_titles(db) == ["Gunmen attack village near Mopti", "Protest in Bamako"]

    again = watch_once(f"{base}/feed.rss", db)
    assert again.returncode == 0, again.stderr
    assert "unchanged (HTTP 304)" in again.stderr

    write_feed(root / "feed.rss", 3, time.time() - 50)
    third = watch_once(f"{base}/feed.rss", db)
    assert third.returncode == 0, third.stderr
    assert "1 new, 1 stored" in third.stderr
    assert stored_titles(db) == ["Clashes in Gao", "Gunmen attack village near Mopti", "Protest in Bamako"]
    with sqlite3.connect(db) as connection:
        keys = sorted(row[0] for row in connection.execute("SELECT item_key FROM watch_seen"))
        etag, last_modified = connection.execute("SELECT etag, last_modified FROM watch_sources").fetchone()
    assert [key.rsplit("/", 1)[-1] for key in keys] == ["wire-1", "wire-2", "wire-3"]  # feedparser resolves guids
    assert last_modified


def test_feed_without_validators_is_deduplicated_by_item_key(served, tmp_path: Path, no_models):
    root, base = served
    store = open_store(tmp_path / "w.db")
    write_feed(root / "feed.rss", 2, time.time())
    assert poll_once(f"{base}/feed.rss", store).stored == 2
    store.connection.execute("UPDATE watch_sources SET last_modified = ''")  # as if the server sent none
    (root / "feed.rss").write_text(feed_xml(2).replace("nine villagers", "ten villagers"))
    summary = poll_once(f"{base}/feed.rss", store)
    assert not summary.not_modified and summary.new_items == 0 and summary.stored == 0, "an edit is not news"


def test_folder_watch_reads_new_files_and_new_lines_only(tmp_path: Path, no_models):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(" date 2024-03-01 First\nPolice dispersed a protest in Kano.")
    log = inbox / "log.jsonl"
    log.write_text('{"text": "Troops shelled a village near Kidal.", "title": "Kidal"}\n')
    store = open_store(tmp_path / "w.db")

    first = poll_once(str(inbox), store)
    assert (first.new_items, first.stored) == (2, 2)
    assert poll_once(str(inbox), store).new_items == 0

    with log.open("a") as handle:
        handle.write('{"text": "A bomb exploded in a market in Gao.", "title": "Gao"}\n')
    (inbox / "b.html").write_text(
        "<html><head><title>Mopti</title></head><body><article><p>Gunmen attacked a checkpoint near Mopti "
        "on Sunday night, killing two soldiers, the army said in a statement.</p></article></body></html>"
    )
    (inbox / "notes.docx").write_text("ignored: not a known format")
    grown = poll_once(str(inbox), store)
    assert (grown.new_items, grown.stored, grown.already_stored) == (2, 2, 0), "only the new line and the new page"
    assert store.counts()["articles"] == 4


def test_broken_file_is_reported_once_until_it_changes(tmp_path: Path, no_models):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    broken = inbox / "x.jsonl"
    broken.write_text("{not json\n")
    store = open_store(tmp_path / "w.db")
    first = poll_once(str(inbox), store)
    assert first.failed == 1 and "malformed JSON" in first.errors[0]
    assert poll_once(str(inbox), store).failed == 0
    broken.write_text('{"text": "Fixed: police arrested protesters in Accra."}\n')
    assert poll_once(str(inbox), store).stored == 1


def test_crash_between_storing_and_remembering_stores_nothing_twice(tmp_path: Path, no_models):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(" date 2024-03-01 First\nPolice dispersed a protest in Kano.")
    store = open_store(tmp_path / "w.db")
    assert poll_once(str(inbox), store).stored == 1
    store.connection.execute("DELETE FROM watch_seen")  # the seen-marks were lost in a crash
    again = poll_once(str(inbox), store)
    assert (again.new_items, again.stored, again.already_stored) == (1, 0, 1)


def test_watch_loop_survives_failed_polls_but_once_raises(tmp_path: Path):
    store = open_store(tmp_path / "w.db")
    missing = str(tmp_path / "not-there")
    with pytest.raises(IngestError, match="no such file or folder"):
        watch(missing, store, once=True)

    failures: list[str] = []
    sleeps: list[float] = []

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        if len(sleeps) == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        watch(missing, store, interval=7, on_error=lambda error: failures.append(str(error)), sleep=sleep)
    assert len(failures) == 3 and sleeps == [7, 7, 7]


def test_cli_watch_once_on_an_unreachable_feed_is_one_line_and_exit_1(tmp_path: Path):
    from typer.testing import CliRunner

    from eventwire.cli import app

    result = CliRunner().invoke(app, ["watch", "http://127.0.0.1:9/feed.rss", "--once", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    assert "error:" in result.output and "127.0.0.1:9/feed.rss" in result.output


def test_items_whose_extraction_failed_are_retried_on_the_next_poll(
    served, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    root, base = served
    write_feed(root / "feed.rss", 2, time.time() - 100)
    store = open_store(tmp_path / "w.db")

    def failing(batch):
        return [pipeline.ArticleResult(article, error="RuntimeError: model missing") for article in batch]

    monkeypatch.setattr(pipeline, "process", failing)
    first = poll_once(f"{base}/feed.rss", store)
    assert (first.new_items, first.stored, first.failed) == (2, 0, 2)
    monkeypatch.setattr(pipeline, "process", lambda batch: [pipeline.ArticleResult(article) for article in batch])
    retried = poll_once(f"{base}/feed.rss", store)
    assert not retried.not_modified, "validators are not kept while items are unfinished"
    assert (retried.new_items, retried.stored) == (2, 2)
    assert poll_once(f"{base}/feed.rss", store).not_modified
