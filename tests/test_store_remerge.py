"""Re-merging: an event a report joined is compared with its window again, so the order reports
arrive in does not decide which stay apart, and the ids of absorbed events still lead somewhere."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import replace
from pathlib import Path

import pytest

from eventwire.merge import event_id_for
from eventwire.records import Article, EventMention, Span
from eventwire.store import open_store, reviews
from records_factory import GOMA, article, mention

FRIDAY = dt.date(2024, 6, 7)


def shooting_report(article_id: str, text: str, placed: bool) -> tuple[Article, list[EventMention], list]:
    """One report of a shooting on `FRIDAY`: `text` is its only event sentence."""
    told = replace(mention(f"m-{article_id}", article_id, sub_event_type="Attack",
                           event_type="Violence against civilians", date=FRIDAY, place=GOMA if placed else None),
                   sentence=Span(0, len(text), text))
    return article(text, FRIDAY, article_id), [told], [GOMA] if placed else []


# Three reports of one shooting. The first names the victim but no place, the third gives the
# place but no name: neither alone agrees with the other. The second names both, and so ties them.
NAMED = shooting_report("a-named", "Jane Roe, 29, was shot dead on Friday, her family said.", placed=False)
BOTH = shooting_report("a-both", "Jane Roe was shot dead in Goma on Friday.", placed=True)
PLACED = shooting_report("a-placed", "A woman was shot dead in Goma on Friday, police said.", placed=True)


def event_of(report: tuple[Article, list[EventMention], list]) -> str:
    return event_id_for(report[1][0])


def test_the_first_and_third_report_alone_are_two_events(tmp_path: Path):
    store = open_store(tmp_path / "x.db")
    store.store_batch([NAMED])
    store.store_batch([PLACED])
    assert len(store.events()) == 2


@pytest.mark.parametrize("order", list(itertools.permutations((NAMED, BOTH, PLACED))),
                         ids=lambda order: "-".join(report[0].id[2:] for report in order))
def test_three_reports_of_one_shooting_are_one_event_in_any_order(tmp_path: Path, order):
    store = open_store(tmp_path / "x.db")
    for report in order:
        store.store_batch([report])
    (event,) = store.events()
    assert sorted(event.article_ids) == ["a-both", "a-named", "a-placed"]
    assert store.counts() == {"articles": 3, "mentions": 3, "events": 1, "errors": 0}


@pytest.mark.parametrize("order", [(NAMED, PLACED, BOTH), (PLACED, NAMED, BOTH)])
def test_three_reports_in_one_batch_are_one_event(tmp_path: Path, order):
    store = open_store(tmp_path / "x.db")
    store.store_batch(list(order))
    (event,) = store.events()
    assert len(event.article_ids) == 3


def test_the_older_event_keeps_its_id_and_the_absorbed_id_leads_to_it(location: str):
    store = open_store(location)
    store.store_batch([NAMED])
    store.store_batch([PLACED])
    store.store_batch([BOTH])  # joins the placed event, which then agrees with the named one
    (event,) = store.events()
    assert event.event_id == event_of(NAMED)
    assert store.event(event_of(PLACED)) == event
    assert f"event {event_of(PLACED)} joined: Attack; same people named (Jane Roe); dates 0 days apart" \
        in event.merge_reasons
    assert all(event_id == event.event_id for _, event_id in store.article_mentions("a-placed"))


def test_storing_the_same_reports_again_changes_nothing(location: str):
    store = open_store(location)
    for report in (NAMED, PLACED, BOTH):
        store.store_batch([report])
    before = (store.counts(), store.events())
    assert store.store_batch([PLACED, BOTH, NAMED]) == 0
    assert (store.counts(), store.events()) == before


def test_a_reviewed_event_keeps_its_id_and_its_reviews(location: str):
    store = open_store(location)
    store.store_batch([NAMED])
    store.store_batch([PLACED])
    reviewed = event_of(PLACED)  # the younger one
    reviews.record_review(store, reviewed, "correct", {"fatalities": 1}, "ana", "per police")
    store.store_batch([BOTH])
    (event,) = store.events()
    assert event.event_id == reviewed
    item = reviews.reviewed_event(store, event_of(NAMED))
    assert item is not None and item.event.event_id == reviewed
    assert item.status == "corrected" and item.event.fatalities == 1
    assert reviews.reviewed_event_ids(store) == [reviewed]


def test_reviews_of_an_absorbed_event_follow_it_into_the_survivor(location: str):
    store = open_store(location)
    store.store_batch([NAMED])
    store.store_batch([PLACED])
    for report in (NAMED, PLACED):
        reviews.record_review(store, event_of(report), "accept", None, "ana")
    store.store_batch([BOTH])
    (event,) = store.events()
    assert event.event_id == event_of(NAMED)  # both reviewed: the older survives
    trail = reviews.reviews_for(store, [event.event_id])[event.event_id]
    assert [review.event_id for review in trail] == [event_of(NAMED), event_of(PLACED)]
    # A review asked for under the absorbed id is the survivor's.
    review = reviews.record_review(store, event_of(PLACED), "reject", None, "bo")
    assert review.event_id == event.event_id
    assert reviews.reviewed_event(store, event_of(PLACED)).status == "rejected"
    assert reviews.apply_reviews(store, store.events(), include_rejected=False) == []


def test_an_event_absorbed_twice_leads_to_the_last_survivor(location: str):
    store = open_store(location)
    oldest, older, newest = (mention(f"m{n}", f"a{n}", date=dt.date(2024, 2 * n + 1, 1)) for n in range(3))
    for told in (oldest, older, newest):
        store.store_batch([(article(f"Report {told.article_id}.", told.date, told.article_id), [told], [])])
    with store.transaction() as db:
        store._fold(db, event_id_for(newest), event_id_for(older), "a test")
        store._fold(db, event_id_for(older), event_id_for(oldest), "a test")
    (event,) = store.events()
    assert event.event_id == event_id_for(oldest)
    assert store.event(event_id_for(newest)) == event


def test_reports_of_other_shootings_stay_apart(tmp_path: Path):
    store = open_store(tmp_path / "x.db")
    stranger = shooting_report("a-stranger", "John Doe was shot dead on Friday, his family said.", placed=False)
    for report in (NAMED, stranger, PLACED, BOTH):
        store.store_batch([report])
    assert sorted(len(event.article_ids) for event in store.events()) == [1, 3]
