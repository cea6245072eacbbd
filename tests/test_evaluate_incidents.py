from __future__ import annotations

import json
from pathlib import Path

from eventwire.evaluate.incidents import bcubed, gold_city, place_matches, score_articles, score_incidents
from eventwire.merge import build_event
from eventwire.records import Event, Place
from records_factory import mention


def test_bcubed_of_perfect_split_and_merged_clusterings():
    gold = {"a": "1", "b": "1", "c": "2"}
    assert bcubed({"a": "x", "b": "x", "c": "y"}, gold) == (1.0, 1.0, 1.0)
    precision, recall, _ = bcubed({"a": "x", "b": "y", "c": "z"}, gold)
    assert precision == 1.0 and round(recall, 3) == round((0.5 + 0.5 + 1) / 3, 3)


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    return path


def test_city_names_match_across_abbreviations_and_brackets():
    def event_in(name: str, admin1: str) -> Event:
        place = Place(name, 37.1, -113.6, 1, "United States", "US", admin1, "", 0, "city", None)
        return build_event("E1", [mention(place=place)])

    assert place_matches(event_in("St. George", "Utah"), "Saint George", "Utah", None, None)
    assert place_matches(event_in("Bronx", "New York"), "The Bronx", "New York", None, None)
    assert place_matches(event_in("Queens", "New York"), "Queens (New York)", "New York", None, None)
    assert place_matches(event_in("De Soto", "Missouri"), "DESOTO", "Missouri", None, None)
    assert not place_matches(event_in("Queens", "New York"), "Brooklyn", "New York", None, None)


def test_a_gold_city_field_holding_scraped_page_text_reads_as_the_city():
    assert gold_city("publication date: 3/4/2016Clerk hurt in store holdup | KXYZ\nMAPLETON", "Clerk hurt") == "MAPLETON"
    assert gold_city("publication date: 3/4/2016\r\nClerk hurt in store holdupMAPLETON",
                     "Clerk hurt in store holdup") == "MAPLETON"
    assert gold_city("2016Mapleton") == "Mapleton"
    assert gold_city("Mapleton") == "Mapleton"
    assert gold_city("St. Mapleton (Kent County)", "Shooting in St. Mapleton") == "St. Mapleton (Kent County)"
    assert gold_city(None) is None


def test_two_reports_of_one_shooting_score_as_one_incident(tmp_path: Path):
    articles = write_jsonl(tmp_path / "a.jsonl", [
        {"id": "r1", "date": "2024-02-11", "title": "Man shot dead in Dayton",
         "text": "A 34-year-old man was shot and killed Saturday night in Dayton, Ohio, police said.",
         "incident": "i1"},
        {"id": "r2", "date": "2024-02-11", "title": "Police probe Dayton shooting",
         "text": "Police in Dayton, Ohio, are investigating after a man was shot dead on Saturday.",
         "incident": "i1"},
    ])
    incidents = write_jsonl(tmp_path / "i.jsonl", [
        {"incident": "i1", "date": "2024-02-10", "city": "Dayton", "state": "Ohio", "lat": 39.7589,
         "lon": -84.1916, "killed": 1, "injured": 0, "articles": ["r1", "r2"]},
    ])
    scores = score_incidents(articles, incidents)
    assert scores["n_articles"] == 2 and scores["n_incidents"] == 1
    assert scores["place_acc25"] == 1.0 and scores["killed_acc"] == 1.0 and scores["date_acc"] == 1.0
    assert scores["bcubed_f1"] == 1.0


def test_articles_without_dates_are_scored(tmp_path: Path):
    path = write_jsonl(tmp_path / "g.jsonl", [
        {"id": "g1", "title": "Two hurt in Tulsa shooting",
         "text": "Two men were wounded in a shooting in Tulsa, Oklahoma, police said.",
         "gold": {"city": "Tulsa", "state": "Oklahoma", "killed": 0, "injured": 2}},
    ])
    scores = score_articles(path)
    assert scores["n"] == 1 and scores["injured_acc"] == 1.0 and scores["place_acc25"] == 1.0


def test_reports_are_found_whatever_the_reader_does_to_their_apostrophes(tmp_path: Path):
    path = tmp_path / "q.jsonl"
    row = {"id": "q1", "title": "Man hurt in Tulsa shooting",
           "text": "A man was wounded in a shooting in Tulsa, Oklahoma, police said. It wasn\u2019t the first.",
           "gold": {"city": "Tulsa", "state": "Oklahoma", "killed": 0, "injured": 1}}
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    scores = score_articles(path)
    assert scores["injured_acc"] == 1.0 and scores["place_acc25"] == 1.0


def test_the_headline_gives_the_toll_the_body_leaves_out(tmp_path: Path):
    path = write_jsonl(tmp_path / "h.jsonl", [
        {"id": "h1", "title": "2 dead, 1 hurt in Tulsa shooting",
         "text": "A gunman opened fire at a bar in Tulsa, Oklahoma, on Saturday night, police said.",
         "gold": {"city": "Tulsa", "state": "Oklahoma", "killed": 2, "injured": 1}},
    ])
    scores = score_articles(path)
    assert scores["killed_acc"] == 1.0 and scores["injured_acc"] == 1.0


def test_the_headline_places_an_event_the_body_does_not(tmp_path: Path):
    path = write_jsonl(tmp_path / "p.jsonl", [
        {"id": "p1", "title": "Man wounded in Tulsa shooting - Channel 9 News",
         "text": "A gunman opened fire at a bar on Saturday night, wounding a man, police said.",
         "gold": {"city": "Tulsa", "state": "Oklahoma", "killed": 0, "injured": 1}},
    ])
    assert score_articles(path)["place_acc25"] == 1.0
