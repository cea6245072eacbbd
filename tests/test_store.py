"""The store's contract, on every backend: SQLite always, PostgreSQL when a server is given.

The PostgreSQL variants run against `$EVENTWIRE_TEST_POSTGRES` (a URL to a server where the
user may create databases; `scripts/with_postgres.sh` starts a throwaway one) and skip without
it. Each test gets a fresh database of its own.
"""

from __future__ import annotations

import datetime as dt
import socket
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from eventwire.errors import ConfigError, StoreError
from eventwire.records import Span
from eventwire.store import open_store
from eventwire.store.schema import SCHEMA_VERSION

from records_factory import MUGUNGA, article, mention


def test_storing_the_same_article_twice_changes_nothing(location: str):
    store = open_store(location)
    batch = [(article(), [mention("m1")], [])]
    assert store.store_batch(batch) == 1
    before = store.counts()
    assert store.store_batch(batch) == 0
    assert store.counts() == before == {"articles": 1, "mentions": 1, "events": 1, "errors": 0}


def test_a_second_article_about_the_same_clash_joins_the_stored_event(location: str):
    store = open_store(location)
    store.store_batch([(article(article_id="a1"), [mention("m1", "a1", killed=(4,))], [])])
    store.store_batch([(article("Other words.", article_id="a2"), [mention("m2", "a2", killed=(6,))], [])])
    (event,) = store.events()
    assert event.article_ids == ("a1", "a2")
    assert event.fatalities == 4
    assert any("joined" in reason for reason in event.merge_reasons)


def test_a_follow_up_without_a_place_joins_the_event_that_names_the_same_person(location: str):
    store = open_store(location)
    shot = replace(mention("m1", "a1"), sentence=Span(0, 40, "Jane Roe, 29, was shot dead in Goma on Friday."))
    store.store_batch([(article(article_id="a1"), [shot], [])])
    charged = replace(mention("m2", "a2", date=dt.date(2024, 6, 20), place=None),
                      sentence=Span(0, 40, "A man was charged on Thursday with the murder of Jane Roe."))
    store.store_batch([(article("Other words.", article_id="a2"), [charged], [])])
    (event,) = store.events()
    assert event.article_ids == ("a1", "a2")
    assert any("same people named (Jane Roe)" in reason for reason in event.merge_reasons)
    stranger = replace(charged, mention_id="m3", article_id="a3",
                       sentence=Span(0, 40, "A man was charged on Thursday with the murder of John Doe."))
    store.store_batch([(article("More words.", article_id="a3"), [stranger], [])])
    assert len(store.events()) == 2


def test_a_report_joins_the_stored_event_of_its_own_kind_among_those_it_agrees_with(location: str):
    store = open_store(location)
    # One report told the attack and, apart, an abduction the same day (the writer's distinction
    # stands within a report); the next report of the attack joins the attack, not the abduction.
    attack = mention("m1", "a1", sub_event_type="Attack", event_type="Violence against civilians",
                     date=dt.date(2024, 5, 31))
    abduction = mention("m2", "a1", sub_event_type="Abduction/forced disappearance",
                        event_type="Violence against civilians", start=80)
    store.store_batch([(article(article_id="a1"), [attack, abduction], [])])
    assert len(store.events()) == 2
    again = mention("m3", "a2", sub_event_type="Attack", event_type="Violence against civilians")
    store.store_batch([(article("Other words.", article_id="a2"), [again], [])])
    joined = next(event for event in store.events() if "a2" in event.article_ids)
    assert joined.article_ids == ("a1", "a2") and joined.sub_event_type == "Attack"


def test_filters_by_type_country_and_dates(location: str):
    store = open_store(location)
    store.store_batch([(article(article_id="a1"), [mention("m1", "a1")], []),
                       (article("b", article_id="a2", date=dt.date(2023, 1, 1)),
                        [mention("m2", "a2", date=dt.date(2023, 1, 1), sub_event_type="Peaceful protest",
                                 event_type="Protests")], [])])
    assert [e.sub_event_type for e in store.events(event_type="protests")] == ["Peaceful protest"]
    assert len(store.events(country="CD")) == 2
    assert len(store.events(since=dt.date(2024, 1, 1))) == 1
    assert len(store.events(until=dt.date(2023, 12, 31))) == 1


def test_events_are_newest_first_with_undated_ones_last(location: str):
    store = open_store(location)
    store.store_batch([
        (article("a", article_id="a1", date=dt.date(2023, 1, 1)), [mention("m1", "a1", date=dt.date(2023, 1, 1))], []),
        (article("b", article_id="a2"), [mention("m2", "a2", date=None, sub_event_type="Peaceful protest",
                                                  event_type="Protests")], []),
        (article("c", article_id="a3", date=dt.date(2024, 6, 1)), [mention("m3", "a3")], []),
    ])
    assert [event.date for event in store.events()] == [dt.date(2024, 6, 1), dt.date(2023, 1, 1), None]
    assert len(store.events(limit=2)) == 2


def test_reading_back_articles_places_and_mentions(location: str):
    store = open_store(location)
    store.store_batch([(article(article_id="a1"), [mention("m1", "a1", start=40), mention("m0", "a1")], [])])
    assert store.article("a1").title == "title" and store.article("a1").date == dt.date(2024, 6, 1)
    assert store.article("missing") is None
    assert [pair[0].mention_id for pair in store.article_mentions("a1")] == ["m0", "m1"]
    assert store.article_places("a1") == []
    assert store.known_article_ids(["a1", "a2"]) == {"a1"}
    (event,) = store.events()
    assert store.event(event.event_id) == event and store.event("nope") is None


def test_a_failed_batch_stores_nothing_of_it(location: str):
    store = open_store(location)
    store.store_batch([(article(article_id="a1"), [mention("m1", "a1")], [])])
    with pytest.raises(TypeError):
        store.store_batch([(article(article_id="a2"), [mention("m2", "a2")], []), (article(article_id="a3"), None, [])])
    assert store.counts()["articles"] == 1


def test_errors_are_recorded_once_per_origin(location: str):
    store = open_store(location)
    store.record_error("f.txt", "binary")
    store.record_error("f.txt", "binary")
    assert store.counts()["errors"] == 1


def test_reopening_keeps_everything(location: str):
    store = open_store(location)
    store.store_batch([(article(article_id="a1"), [mention("m1", "a1")], [])])
    store.close()
    assert open_store(location).counts() == {"articles": 1, "mentions": 1, "events": 1, "errors": 0}


def test_schema_version_is_recorded_and_wal_is_on(tmp_path: Path):
    path = tmp_path / "x.db"
    open_store(path).close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_postgres_schema_version_is_kept_in_a_table(postgres_url: str):
    import psycopg

    open_store(postgres_url).close()
    open_store(postgres_url).close()  # a second open migrates nothing
    with psycopg.connect(postgres_url) as db:
        assert db.execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]


def test_a_file_that_is_not_a_database_gives_a_clear_error(tmp_path: Path):
    path = tmp_path / "notes.db"
    path.write_text("this is not sqlite " * 100)
    with pytest.raises(StoreError, match="cannot open the database"):
        open_store(path)


def test_an_unreachable_postgres_server_gives_a_clear_error_without_the_password():
    pytest.importorskip("psycopg")
    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(StoreError, match="cannot open the database") as caught:
        open_store(f"postgresql://someone:s3cret@127.0.0.1:{port}/events")
    assert "s3cret" not in str(caught.value) and "someone:***@127.0.0.1" in str(caught.value)


def test_an_unknown_url_scheme_is_refused_with_the_choices():
    with pytest.raises(ConfigError, match="postgresql://") as caught:
        open_store("mysql://user:s3cret@localhost/events")
    assert "s3cret" not in str(caught.value)


def test_the_database_url_may_come_from_the_environment(postgres_url: str, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_DB", postgres_url)
    store = open_store()
    assert type(store).__name__ == "PostgresStore" and "***" in str(store.path)


def test_a_url_that_went_through_path_still_opens_postgres(postgres_url: str):
    store = open_store(Path(postgres_url))  # Path() turns "//" into "/"
    assert type(store).__name__ == "PostgresStore"


def test_a_database_of_schema_version_1_is_upgraded_in_place(tmp_path: Path):
    import shutil

    path = tmp_path / "old.db"
    shutil.copy(Path(__file__).parent / "fixtures" / "schema_v1.db", path)
    store = open_store(path)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    (event,) = store.events()
    assert event.fatalities == 2 and store.article("a1").title == "Clash near Goma"


def test_an_event_stored_before_blocking_existed_is_joined_by_a_new_report(tmp_path: Path):
    import shutil

    path = tmp_path / "old.db"
    shutil.copy(Path(__file__).parent / "fixtures" / "schema_v1.db", path)
    store = open_store(path)
    store.store_batch([(article("Other words.", article_id="a2"), [mention("m2", "a2", place=MUGUNGA)], [])])
    (event,) = store.events()
    assert event.article_ids == ("a1", "a2")


def test_a_database_from_a_newer_eventwire_is_refused(tmp_path: Path):
    path = tmp_path / "new.db"
    sqlite3.connect(path).execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer"):
        open_store(path)


def test_a_postgres_database_from_a_newer_eventwire_is_refused(postgres_url: str):
    import psycopg

    open_store(postgres_url).close()
    with psycopg.connect(postgres_url, autocommit=True) as db:
        db.execute("UPDATE schema_version SET version = %s", (SCHEMA_VERSION + 1,))
    with pytest.raises(StoreError, match="newer"):
        open_store(postgres_url)
