"""Places (s30): a town titling a police officer's name is a place (the one his department
serves), and so is one named before a hospital in lower case ("flown to a X hospital"); "the
village's" stands for the town named last before it, as "the town" does; a sentence that tells
only the care the wounded got ("a friend drove her, ..., to X Hospital") is not the report's main
event.

Fixtures are short invented texts.
"""

from __future__ import annotations

import datetime as dt

from eventwire.annotate import annotate
from eventwire.extract.mentions import main_mention
from eventwire.extract.where import find_places
from eventwire.pipeline import extract_article
from eventwire.records import Article
from geo_helpers import mention_places, place_name


def _article(text: str) -> Article:
    return Article(id="t", text=text, title="", date=dt.date(2026, 3, 10))


def test_a_town_titling_an_officers_name_is_a_place() -> None:
    article = _article("Prosecutors accuse him of killing 29-year-old Loudonville Officer Dan Reed.")
    assert "Loudonville" in [p.name for p in find_places(article, next(annotate([article]))[1])]


def test_a_town_before_officers_in_lower_case_or_a_person_alone_is_no_officers_town() -> None:
    article = _article("Dan Reed Officer Bell spoke to reporters on Monday.")
    assert [p.name for p in find_places(article, next(annotate([article]))[1])] == []


def test_the_village_stands_for_the_town_named_last_before_it() -> None:
    places = mention_places(
        "MANSFIELD, Ohio (AP) — A man accused of killing a policeman will appear in court on Monday. "
        "Prosecutors accuse him of killing 29-year-old Loudonville Officer Dan Reed. Reed was shot dead "
        "near the village's water tower on March 2.")
    assert place_name(places["Reed was shot dead"]) == "Loudonville"


def test_a_ride_to_the_hospital_is_not_the_reports_event() -> None:
    mentions = extract_article(_article(
        "A 30-year-old man was charged with assault on Monday after he shot his neighbor on Saturday in "
        "Elmwood. A friend drove the neighbor, who had three gunshot wounds, to St. Mary Hospital in Lakeview, "
        "where she is in stable condition, police said. The neighbor was shot in the leg and arm, police said."))
    main = main_mention(mentions)
    assert main is not None and main.sentence.text.startswith("The neighbor was shot")


def test_a_town_named_before_a_hospital_in_lower_case_is_a_place() -> None:
    article = _article("Deputies said the boy was hurt while cleaning a rifle at home and was later flown to a "
                       "Sikeston hospital.")
    assert "Sikeston" in [p.name for p in find_places(article, next(annotate([article]))[1])]
