"""Reviews: an append-only audit trail laid over events at read time, never lost to re-extraction."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwire.errors import ReviewError
from eventwire.store import open_store, reviews
from eventwire.store.sqlite import SQLiteStore
from records_factory import GOMA, article, mention


@pytest.fixture
def store(tmp_path: Path) -> SQLiteStore:
    store = open_store(tmp_path / "events.db")
    store.store_batch([(article(article_id="a1"), [mention("m1", "a1", killed=(4,))], [GOMA])])
    return store


def only_event_id(store: SQLiteStore) -> str:
    (event,) = store.events()
    return event.event_id


def test_a_correction_is_laid_over_the_stored_event(store: SQLiteStore):
    event_id = only_event_id(store)
    reviews.record_review(store, event_id, "correct", {"fatalities": 9, "location": "Mugunga"}, "ana", "per UN")
    item = reviews.reviewed_event(store, event_id)
    assert item is not None
    assert item.status == "corrected"
    assert item.event.fatalities == 9
    assert item.event.place is not None and item.event.place.name == "Mugunga"
    assert item.event.place.evidence is None  # a reviewer's value has no text span behind it
    assert set(item.corrected_fields) == {"fatalities", "location"}
    assert store.event(event_id).fatalities == 4  # the machine's value is kept underneath


def test_each_review_is_an_audit_row_with_before_and_after(store: SQLiteStore):
    event_id = only_event_id(store)
    first = reviews.record_review(store, event_id, "correct", {"fatalities": 9}, "ana", "per UN", token_id="abc")
    second = reviews.record_review(store, event_id, "accept", None, "bo", "checked")
    assert first.before == {"status": "unreviewed", "fatalities": 4}
    assert first.after == {"status": "corrected", "fatalities": 9}
    assert (first.reviewer, first.token_id, first.comment) == ("ana", "abc", "per UN")
    assert second.before == {"status": "corrected"} and second.after == {"status": "accepted"}
    trail = reviews.reviews_for(store, [event_id])[event_id]
    assert [review.action for review in trail] == ["correct", "accept"]
    assert dt.datetime.fromisoformat(trail[0].at) <= dt.datetime.fromisoformat(trail[1].at)
    item = reviews.reviewed_event(store, event_id)
    assert item.status == "accepted" and item.event.fatalities == 9  # accepting keeps the correction


def test_re_extraction_never_overwrites_a_correction(store: SQLiteStore):
    event_id = only_event_id(store)
    reviews.record_review(store, event_id, "correct", {"fatalities": 9}, "ana")
    # A second report of the same clash joins the event, which rebuilds its stored row.
    store.store_batch([(article("Clashes near Goma again.", article_id="a2"), [mention("m2", "a2", killed=(2,))], [])])
    rebuilt = store.event(event_id)
    assert rebuilt is not None and len(rebuilt.mentions) == 2
    assert reviews.reviewed_event(store, event_id).event.fatalities == 9


def test_rejected_events_can_be_left_out(store: SQLiteStore):
    event_id = only_event_id(store)
    reviews.record_review(store, event_id, "reject", None, "ana", "not an event")
    assert [item.status for item in reviews.apply_reviews(store, store.events())] == ["rejected"]
    assert reviews.apply_reviews(store, store.events(), include_rejected=False) == []


def test_a_sub_event_type_correction_brings_its_event_type(store: SQLiteStore):
    event_id = only_event_id(store)
    reviews.record_review(store, event_id, "correct", {"sub_event_type": "Peaceful protest"})
    event = reviews.reviewed_event(store, event_id).event
    assert (event.event_type, event.sub_event_type, event.disorder_type) == (
        "Protests", "Peaceful protest", "Demonstrations")


@pytest.mark.parametrize(
    ("action", "corrections", "message"),
    [
        ("approve", None, "unknown review action"),
        ("correct", {}, "at least one corrected field"),
        ("accept", {"fatalities": 1}, "takes no corrections"),
        ("correct", {"notes": "x"}, "cannot correct notes"),
        ("correct", {"sub_event_type": "Skirmish"}, "unknown sub-event type"),
        ("correct", {"event_type": "Riots"}, "does not fit sub-event type"),
        ("correct", {"latitude": 123.0}, "latitude must be a number from -90 to 90"),
        ("correct", {"event_date": "2024-02-30"}, "not a YYYY-MM-DD date"),
    ],
)
def test_bad_reviews_are_refused_and_nothing_is_stored(store: SQLiteStore, action, corrections, message):
    event_id = only_event_id(store)
    with pytest.raises(ReviewError, match=message):
        reviews.record_review(store, event_id, action, corrections)
    assert reviews.reviews_for(store, [event_id]) == {}


def test_an_unknown_event_cannot_be_reviewed(store: SQLiteStore):
    with pytest.raises(reviews.UnknownEventError, match="no event 'EWNOPE'"):
        reviews.record_review(store, "EWNOPE", "accept")


def test_reviews_survive_reopening_the_database(tmp_path: Path):
    path = tmp_path / "events.db"
    store = open_store(path)
    store.store_batch([(article(article_id="a1"), [mention("m1", "a1")], [GOMA])])
    event_id = only_event_id(store)
    reviews.record_review(store, event_id, "correct", {"actor1": "Militia of Goma", "inter1": 3})
    store.close()
    reopened = open_store(path)
    actor = reviews.reviewed_event(reopened, event_id).event.actor1
    assert actor is not None and (actor.name, actor.inter) == ("Militia of Goma", 3)
