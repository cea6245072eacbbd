"""Places (s29): a sentence whose only towns are someone's home is placed at the local report's
dateline town; the names of a crossing where something happened are streets; a headline's
apostrophe turned into "?" hides no town.

Fixtures are short invented texts.
"""

from __future__ import annotations

import datetime as dt

from eventwire.annotate import annotate
from eventwire.extract.where import find_places, recognise_headline
from eventwire.gazetteer import Gazetteer
from eventwire.records import Article
from geo_helpers import mention_places, place_name


def test_a_victims_home_town_is_not_the_scene_of_the_datelines_report() -> None:
    places = mention_places(
        "LIMA, Ohio — A 41-year-old Findlay man is charged with murder after police say he shot another man on "
        "Friday. Tom Brant allegedly shot 50-year-old Jack Miller, also of Findlay, during an argument in the "
        "parking lot of a hardware store. Lima police arrested Brant at his home.")
    assert place_name(places["Tom Brant allegedly shot"]) == "Lima"


def test_a_township_dateline_the_gazetteer_lacks_is_the_scene_too() -> None:
    places = mention_places(
        "PINE TOWNSHIP, Mich. — A Niles man, 30, was charged with murder on Saturday after a shooting. "
        "Investigators say Tom Brant shot Jack Miller, 53, also of Niles, outside a store during an argument. "
        "Deputies arrested Brant at a house in Pine Township.")
    assert place_name(places["Investigators say Tom Brant"]) == "Pine Township"


def test_a_home_town_is_still_the_place_of_a_report_about_nowhere_else() -> None:
    places = mention_places("A Springfield man was shot and wounded on Tuesday, police said. John Doe, 22, of "
                     "Springfield, was found in his car.")
    assert place_name(places["A Springfield man was"]) == "Springfield"


def test_without_a_dateline_a_home_town_still_beats_the_county_sheriff() -> None:
    places = mention_places(
        "A 15-year-old boy was killed on Saturday when a rifle went off in a pickup, the Garfield County "
        "Sheriff's Office said. Ben Cole, 15, of Glenwood Springs, died at the scene near a reservoir.")
    assert place_name(places["Ben Cole, 15, of"]) == "Glenwood Springs"


def test_the_names_of_a_crossing_where_it_happened_are_streets() -> None:
    article = Article(id="t", title="", date=dt.date(2026, 3, 10),
                      text="The shooting happened near Main and Racine shortly after midnight on Friday, officers said.")
    assert [p.name for p in find_places(article, next(annotate([article]))[1])] == []


def test_towns_named_together_are_still_towns() -> None:
    article = Article(id="t", title="", date=dt.date(2026, 3, 10),
                      text="Two soldiers were killed in clashes near Aleppo and Idlib on Sunday, a monitor said.")
    assert [p.name for p in find_places(article, next(annotate([article]))[1])] == ["Aleppo", "Idlib"]


def test_a_headline_apostrophe_lost_to_a_question_mark_hides_no_town(gazetteer: Gazetteer) -> None:
    found = recognise_headline("Two hurt in shooting on Denver?s north side", "A man was shot.", gazetteer)
    assert [(t.start, t.end) for t in found] == [(24, 30)]
