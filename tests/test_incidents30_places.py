"""Conflict reports name villages, islands and districts the gazetteer does not know ("the
village of X", "near X", "in Y's X district"), and places that only say where a source is ("a
local official in X told reporters"): the event keeps the report's own name for its place, and a
source's place is not the event's."""

from __future__ import annotations

from extraction_helpers import mention_of, mentions_of


def test_a_village_the_gazetteer_lacks_keeps_its_name_in_the_region_the_text_puts_it_in():
    mentions = mentions_of("Fighters attacked an army post in the village of Zarkumbi in Mali's Mopti region on "
                           "Tuesday, killing six soldiers, the army said.")
    place = mention_of(mentions, "Fighters").place
    assert (place.name, place.country, place.admin1) == ("Zarkumbi", "Mali", "Mopti")
    assert place.geonameid is None and place.geo_precision >= 2


def test_an_unknown_town_near_which_an_event_happened_is_its_place():
    mentions = mentions_of("Gunmen killed two traders in Gao on Monday, police said. "
                           "On Tuesday, soldiers killed four militants in a gunfight near Tembakoro, the army said.")
    place = mention_of(mentions, "On Tuesday").place
    assert (place.name, place.country) == ("Tembakoro", "Mali")
    assert mention_of(mentions, "Gunmen").place.name == "Gao"


def test_an_unknown_district_a_state_owns_is_the_place_at_the_states_precision():
    mentions = mentions_of("Gunmen killed two traders in Gao on Monday, police said. "
                           "On Wednesday, gunmen shot dead a farmer in Mopti's Kendawa district, a local official said.")
    place = mention_of(mentions, "On Wednesday").place
    assert (place.name, place.feature, place.geo_precision, place.country) == ("Kendawa", "admin2", 3, "Mali")


def test_a_business_named_after_its_owner_is_no_town():
    mentions = mentions_of("A man was shot outside Dalokwe's Cafe in Springfield, Illinois, on Monday, police said.")
    assert mention_of(mentions, "A man").place.name == "Springfield"


def test_the_town_of_a_source_who_tells_the_event_is_not_its_place():
    mentions = mentions_of("Boko Haram fighters attacked an army post on the island of Zarkumbi in Chad's Lac "
                           "province on Wednesday night, killing 14 soldiers, the army said. A local official in Bol "
                           "told reporters that at least 20 soldiers had been killed.")
    assert mention_of(mentions, "Boko Haram").place.name == "Zarkumbi"
    assert mention_of(mentions, "A local official").place.name == "Zarkumbi"


def test_a_continent_in_a_groups_name_is_not_the_place_of_a_village_raid():
    mentions = mentions_of("Soldiers killed 12 herders in Mopti on Monday, residents said. Residents of the village "
                           "of Tembakoro said on Tuesday that about 20 herders had been killed by soldiers and "
                           "mercenaries of the Africa Corps who raided the village last week.")
    assert mention_of(mentions, "Residents of").place.name == "Tembakoro"


def test_a_past_event_a_sentence_recalls_does_not_take_the_town_of_the_sentence_before_it():
    mentions = mentions_of("Thousands of students marched on parliament in Kathmandu on Thursday, and police fired "
                           "tear gas at them. Later, a group of students rallied in Bharatpur. The movement began in "
                           "September, when police opened fire on crowds outside parliament, killing 19 people.")
    recalled = mention_of(mentions, "The movement")
    assert recalled.historical and recalled.place.name != "Bharatpur"


def test_a_name_read_as_another_place_elsewhere_in_the_report_is_the_settlement_of_that_name():
    from eventwire.extract.event_place import _same_name_as_settlements
    from eventwire.records import Place, Span

    village = Place(name="Zarkumbi", latitude=8.0, longitude=33.0, geo_precision=3, country="South Sudan", iso="SS",
                    admin1="Upper Nile", feature="city", evidence=Span(10, 18, "Zarkumbi"))
    fallback = Place(name="South Sudan", latitude=7.0, longitude=30.0, geo_precision=3, country="South Sudan",
                     iso="SS", feature="country", geonameid=7909807, evidence=Span(90, 98, "Zarkumbi"))
    town = Place(name="Malakal", latitude=9.5, longitude=31.6, geo_precision=1, country="South Sudan", iso="SS",
                 admin1="Upper Nile", feature="city", geonameid=1, evidence=Span(120, 127, "Malakal"))
    placed = _same_name_as_settlements([village, fallback, town])
    assert placed[1].name == "Zarkumbi" and placed[1].evidence == fallback.evidence
    assert placed[0] == village and placed[2] == town


def test_a_town_people_fled_towards_is_not_where_the_attack_was():
    mentions = mentions_of("Fighters attacked an army post near Tembakoro in northern Mali on Thursday, killing eight "
                           "soldiers, the army said. Villagers near Tembakoro said many families had fled towards "
                           "Gao since the attack.")
    assert mention_of(mentions, "Fighters").place.name == "Tembakoro"
    assert all(m.place.name != "Gao" for m in mentions)
