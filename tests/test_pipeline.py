"""End to end: reports in, stored events out, on the bundled sample and on reports written for
the tests in the same style (other places, groups and people)."""

from __future__ import annotations

import datetime as dt
import math
import sqlite3
from pathlib import Path

import pytest

from eventwire.pipeline import run
from eventwire.records import OUTLET, Event
from eventwire.store import open_store

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples"


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("sample") / "events.db")
    run([SAMPLE], store)
    return store


@pytest.fixture(scope="module")
def sample_events(sample_store) -> list[Event]:
    return sample_store.events()


def find(events: list[Event], sub_event_type: str, words: str) -> Event:
    hits = [e for e in events if e.sub_event_type == sub_event_type
            and any(words in m.sentence.text for m in e.mentions)]
    assert hits, f"no {sub_event_type} event whose sentence says {words!r}"
    return hits[0]


def test_every_event_field_has_evidence_in_the_article(sample_store, sample_events):
    for event in sample_events:
        for mention in event.mentions:
            text = sample_store.article(mention.article_id).text
            assert text[mention.sentence.start : mention.sentence.end] == mention.sentence.text
            if mention.trigger:
                assert text[mention.trigger.start : mention.trigger.end] == mention.trigger.text
            if mention.date_evidence:
                assert text[mention.date_evidence.start : mention.date_evidence.end] == mention.date_evidence.text
        for claim in event.claims:
            assert claim.sentence


def test_sample_artillery_strike_is_dated_placed_and_claimed_by_the_army(sample_events):
    strike = find(sample_events, "Shelling/artillery/missile attack", "artillery")
    assert strike.date == dt.date(2023, 6, 4) and strike.time_precision == 1
    assert strike.actor1 is not None and strike.actor1.name == "Military Forces of Russia"
    assert strike.place is not None and strike.place.evidence is not None
    assert strike.place.geo_precision == 2  # "near the village of"
    claim = strike.claims[0]
    assert claim.claimant == "Military Forces of Russia" and claim.stance == "asserts"
    assert claim.verification == "unverified"
    # '"The enemy scattered and retreated," the statement added' goes on telling the strike
    assert any("scattered" in m.sentence.text for m in strike.mentions)


def test_sample_capture_is_claimed_on_telegram_and_unverified(sample_events):
    capture = find(sample_events, "Abduction/forced disappearance", "captured")
    claims = [c for c in capture.claims if c.stance == "asserts"]
    assert any(c.channel == "telegram" for c in claims)
    assert all(c.verification == "unverified" for c in claims)
    # "Fighters ... say they have captured": the fighters are the group whose message claims it
    assert capture.actor1 is not None and capture.actor1.name == "Russian Volunteer Corps"
    assert capture.actor2 is not None and capture.actor2.name == "Military Forces of Russia"
    # "Earlier, a group issued a message ..." does not go on telling Sunday's artillery strike.
    assert capture.time_precision == 2


def test_sample_incursion_deaths_are_a_claim_not_a_fact(sample_events):
    incursion = find(sample_events, "Armed clash", "incursion")
    assert incursion.time_precision in (2, 3)
    assert incursion.date is not None and incursion.date.month == 5
    (figure,) = [f for f in incursion.fatality_claims if f.kind == "killed"]
    assert figure.figure == 70 and figure.claimant == "Government of Russia"
    assert any(c.stance == "denies" and c.claimant == "Government of Ukraine" for c in incursion.claims)


def test_sample_raid_in_march_is_month_precise(sample_events):
    raid = find(sample_events, "Armed clash", "raid")
    assert raid.date == dt.date(2023, 3, 15) and raid.time_precision == 3
    assert raid.place is not None and raid.place.feature == "admin1"


def test_sample_background_invasion_is_historical(sample_events):
    historical = [e for e in sample_events if e.historical]
    assert historical, "the invasion launched in February last year must be flagged historical"
    # besides the invasion, only the raid "in March" the report recalls beside June's news
    assert all(e.date is None or e.date.year == 2022 or (e.date.year, e.date.month) == (2023, 3)
               for e in historical)
    # "Both groups want to topple ..., and also oppose the invasion": wanting is no speech
    assert {c.claimant for e in historical for c in e.claims} == {OUTLET}


def test_sample_conditional_hand_over_is_not_an_event(sample_events):
    for event in sample_events:
        for mention in event.mentions:
            assert "hand them over" not in mention.sentence.text or event.sub_event_type.startswith("Abduction")


def test_sample_places_are_geocoded_near_their_true_positions(sample_store, sample_events):
    article_id = sample_events[0].mentions[0].article_id
    places = sample_store.article_places(article_id)
    for true_lat, true_lon in ((50.351, 36.830), (50.413, 36.925)):  # the sample's village and town
        assert any(km(p.latitude, p.longitude, true_lat, true_lon) < 3 for p in places)  # goal: 10 km


def test_running_twice_leaves_the_database_unchanged(tmp_path: Path):
    path = tmp_path / "twice.db"
    first = run([SAMPLE], open_store(path))
    dump_one = list(sqlite3.connect(path).iterdump())
    second = run([SAMPLE], open_store(path))
    dump_two = list(sqlite3.connect(path).iterdump())
    assert first.stored == 1 and second.stored == 0 and second.already_stored == 1
    assert dump_one == dump_two


def test_a_bad_file_in_a_folder_is_reported_and_the_rest_stored(tmp_path: Path, fixtures: Path):
    store = open_store(tmp_path / "mixed.db")
    summary = run([fixtures / "folder"], store)
    assert summary.stored == 3 and summary.failed == 3
    assert store.counts()["errors"] == 3


def test_written_report_gives_the_same_behaviours_with_other_names(tmp_path: Path, fixtures: Path):
    store = open_store(tmp_path / "mali.db")
    run([fixtures / "mali_report.txt"], store)
    events = store.events()
    strike = find(events, "Shelling/artillery/missile attack", "artillery")
    assert strike.actor1.name == "Military Forces of Mali"
    assert strike.date == dt.date(2024, 3, 8) and strike.time_precision == 1  # "on Friday"
    assert strike.claims[0].verification == "unverified"
    capture = find(events, "Abduction/forced disappearance", "captured")
    assert capture.actor1.name == "Azawad Liberation Front (FLA)"  # a real group: actors.json names it
    assert all(not m.sentence.text.startswith("The rebellion") for e in events if not e.historical
               for m in e.mentions)


def test_actors_named_together_become_associated_actors():
    from eventwire.ingest.common import make_article
    from eventwire.pipeline import process

    report = make_article("t", "Militants attacked an army base and a police post near Gao on Monday, killing six "
                               "soldiers, officials said.", title="Base attacked", date=dt.date(2024, 3, 5))
    (result,) = process([report])
    (attack,) = [m for m in result.mentions if m.actor2 is not None]
    assert attack.actor2.name == "Military Forces of Mali"
    assert [actor.name for actor in attack.assoc_actor_2] == ["Police Forces of Mali"]


def test_a_conditional_promise_reported_by_an_official_is_not_an_event():
    from eventwire.ingest.common import make_article
    from eventwire.pipeline import process

    report = make_article("t", "The provincial governor said he had agreed to meet the rebel leaders if the soldiers "
                               "were still alive.", title="Governor", date=dt.date(2024, 3, 5))
    (result,) = process([report])
    assert [m.sub_event_type for m in result.mentions] == []
