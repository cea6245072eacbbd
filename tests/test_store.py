from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from eventwire.errors import StoreError
from eventwire.store import open_store
from eventwire.store.schema import SCHEMA_VERSION

from records_factory import article, mention


def test_storing_the_same_article_twice_changes_nothing(tmp_path: Path):
    store = open_store(tmp_path / "x.db")
    batch = [(article(), [mention("m1")], [])]
    assert store.store_batch(batch) == 1
    before = store.counts()
    assert store.store_batch(batch) == 0
    assert store.counts() == before == {"articles": 1, "mentions": 1, "events": 1, "errors": 0}


def test_a_second_article_about_the_same_clash_joins_the_stored_event(tmp_path: Path):
    store = open_store(tmp_path / "x.db")
    store.store_batch([(article(article_id="a1"), [mention("m1", "a1", killed=(4,))], [])])
    store.store_batch([(article("Other words.", article_id="a2"), [mention("m2", "a2", killed=(6,))], [])])
    (event,) = store.events()
    assert event.article_ids == ("a1", "a2")
    assert event.fatalities == 4
    assert any("joined" in reason for reason in event.merge_reasons)


def test_filters_by_type_country_and_dates(tmp_path: Path):
    store = open_store(tmp_path / "x.db")
    store.store_batch([(article(article_id="a1"), [mention("m1", "a1")], []),
                       (article("b", article_id="a2", date=dt.date(2023, 1, 1)),
                        [mention("m2", "a2", date=dt.date(2023, 1, 1), sub_event_type="Peaceful protest",
                                 event_type="Protests")], [])])
    assert [e.sub_event_type for e in store.events(event_type="protests")] == ["Peaceful protest"]
    assert len(store.events(country="CD")) == 2
    assert len(store.events(since=dt.date(2024, 1, 1))) == 1
    assert len(store.events(until=dt.date(2023, 12, 31))) == 1


def test_a_failed_batch_stores_nothing_of_it(tmp_path: Path):
    store = open_store(tmp_path / "x.db")
    store.store_batch([(article(article_id="a1"), [mention("m1", "a1")], [])])
    with pytest.raises(TypeError):
        store.store_batch([(article(article_id="a2"), [mention("m2", "a2")], []), (article(article_id="a3"), None, [])])
    assert store.counts()["articles"] == 1


def test_schema_version_is_recorded_and_wal_is_on(tmp_path: Path):
    path = tmp_path / "x.db"
    open_store(path).close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_file_that_is_not_a_database_gives_a_clear_error(tmp_path: Path):
    path = tmp_path / "notes.db"
    path.write_text("this is not sqlite " * 100)
    with pytest.raises(StoreError, match="cannot open the database"):
        open_store(path)


def test_errors_are_recorded_once_per_origin(tmp_path: Path):
    store = open_store(tmp_path / "x.db")
    store.record_error("f.txt", "binary")
    store.record_error("f.txt", "binary")
    assert store.counts()["errors"] == 1


def test_a_database_of_schema_version_1_is_upgraded_in_place(tmp_path: Path):
    import shutil

    path = tmp_path / "old.db"
    shutil.copy(Path(__file__).parent / "fixtures" / "schema_v1.db", path)
    store = open_store(path)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    (event,) = store.events()
    assert event.fatalities == 2 and store.article("a1").title == "Clash near Goma"


def test_a_database_from_a_newer_eventwire_is_refused(tmp_path: Path):
    path = tmp_path / "new.db"
    sqlite3.connect(path).execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer"):
        open_store(path)
