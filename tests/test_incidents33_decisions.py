"""Known wrong event decisions: a source's town after a bureau dateline, a newspaper's title
read as the scene, and a hospital's count of bodies read as a disaster of its own."""

from __future__ import annotations

import datetime as dt

from eventwire.extract.mentions import main_mention
from eventwire.extract.toll import find_tolls
from eventwire.pipeline import extract_article
from eventwire.records import Article


def mentions_of(text: str):
    return extract_article(Article(id="t", text=text, title="", date=dt.date(2025, 3, 10)))


def main_place_name(text: str) -> str | None:
    main = main_mention(mentions_of(text))
    assert main is not None
    return main.place.name if main.place is not None else None


def test_the_town_of_a_source_named_in_a_closing_attribution_beats_the_bureau_dateline():
    assert main_place_name("DAR ES SALAAM, Tanzania (Reuters) - Gunmen killed four people at a market on Sunday, "
                           "said John Mwita in Arusha.") == "Arusha"


def test_a_police_commander_named_by_his_title_speaks_for_his_jurisdiction():
    assert main_place_name("DAR ES SALAAM (Reuters) - Gunmen killed two traders at a market on Thursday, said "
                           "regional police commander John Mwita in Arusha.") == "Arusha"


def test_an_unnamed_source_in_an_opening_attribution_still_places_only_the_source():
    mentions = mentions_of("Boko Haram fighters attacked an army post on the island of Zarkumbi in Chad's Lac "
                           "province on Wednesday night, killing 14 soldiers, the army said. A local official in Bol "
                           "told reporters that at least 20 soldiers had been killed.")
    later = [m for m in mentions if m.sentence.text.startswith("A local official")]
    assert later and all(m.place.name == "Zarkumbi" for m in later)


def test_a_newspapers_title_is_not_the_scene():
    assert main_place_name("A teenager was shot dead on Friday, according to the New York Times.") is None


def test_a_town_named_as_the_scene_is_kept_beside_a_newspaper_of_the_same_name():
    assert main_place_name("A teenager was shot dead in Chicago on Friday, the Chicago Tribune reported.") == "Chicago"


def test_a_hospitals_count_of_bodies_belongs_to_the_attack_it_follows():
    mentions = mentions_of("Gunmen attacked a village in Borno state on Sunday. The hospital said 12 bodies were "
                           "brought in.")
    hospital = [m for m in mentions if m.sentence.text.startswith("The hospital")]
    assert hospital and all(m.sub_event_type == "Attack" for m in hospital)
    assert [c.figure for c in hospital[0].fatality_claims] == [12]


def test_bodies_counted_are_dead_but_bodies_of_work_are_not():
    assert [(f.figure, f.kind) for f in find_tolls("Rescuers recovered at least 30 more bodies.")] == [(30, "killed")]
    assert find_tolls("She published two bodies of work about the war.") == []
