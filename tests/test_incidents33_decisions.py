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


def test_a_post_or_a_club_named_after_a_town_is_no_newspaper():
    assert main_place_name("Gunmen killed two guards at the Rafah Border Post on Friday.") == "Rafaḩ"  # GeoNames' spelling
    assert main_place_name("A bomb exploded outside the Peshawar Press Club on Friday, killing two people.") == "Peshawar"


def test_a_hospitals_count_of_bodies_belongs_to_the_attack_it_follows():
    mentions = mentions_of("Gunmen attacked a village in Borno state on Sunday. The hospital said 12 bodies were "
                           "brought in.")
    hospital = [m for m in mentions if m.sentence.text.startswith("The hospital")]
    assert hospital and all(m.sub_event_type == "Attack" for m in hospital)
    assert [c.figure for c in hospital[0].fatality_claims] == [12]


def test_bodies_counted_are_dead_but_bodies_of_work_are_not():
    assert [(f.figure, f.kind) for f in find_tolls("Rescuers recovered at least 30 more bodies.")] == [(30, "killed")]
    assert find_tolls("She published two bodies of work about the war.") == []


def test_a_toll_and_a_police_account_of_force_used_on_protesters_tell_that_force():
    mentions = mentions_of("LUSAKA (Reuters) - Police fired live rounds and tear gas at hundreds of people protesting "
                           "against a rise in bread prices in Lusaka on Monday, killing two, a hospital official said. "
                           "A rights group said four protesters had died, among them a student who was shot in the "
                           "back. Police spokesman John Banda said officers had acted in self-defence after "
                           "demonstrators threw stones and burned tyres.")
    assert len(mentions) == 3
    assert {m.sub_event_type for m in mentions} == {"Excessive force against protesters"}


def test_an_arrest_in_connection_with_the_event_is_dated_by_the_statement_that_tells_it():
    article = Article(id="t", title="", date=dt.date(2025, 3, 14), text=(
        "Gunmen killed at least 12 villagers in an overnight attack on a farming settlement in Plateau state on "
        "Tuesday, residents said. Police spokesman John Musa said on Thursday that officers had arrested six "
        "suspects in connection with the killings."))
    arrests = [m for m in extract_article(article) if m.sub_event_type == "Arrests"]
    assert arrests and all(m.date == dt.date(2025, 3, 13) for m in arrests)


def test_a_town_of_the_datelines_state_the_lead_puts_the_event_near_beats_the_dateline():
    assert main_place_name("PATNA, India (Reuters) – Police killed four rebels in a gunfight in forests near Gaya "
                           "in the eastern state of Bihar on Tuesday, police said.") == "Gaya"


def test_a_riot_of_its_own_or_an_attack_by_others_after_force_on_protesters_stays_apart():
    lead = ("LUSAKA (Reuters) - Police fired live rounds and tear gas at hundreds of people protesting against a rise "
            "in bread prices in Lusaka on Monday, killing two, a hospital official said. ")
    riot = mentions_of(lead + "In Ndola, protesters set fire to a police post and threw stones at officers, the "
                              "interior ministry said.")
    assert [m.sub_event_type for m in riot][1] == "Violent demonstration"
    attack = mentions_of(lead + "Masked men on motorcycles opened fire on a group of protesters, killing a student, "
                                "the opposition said.")
    assert [m.sub_event_type for m in attack][1] == "Attack"
