"""Conflict reports name places that only locate the event's own ("in X, north of Y", "X, in Y
district"), places that stand for a government ("at Y's request"), and districts the gazetteer
does not know."""

from __future__ import annotations

from extraction_helpers import mention_of, mentions_of


def test_a_town_named_to_say_where_the_event_town_lies_is_not_the_event_place():
    mentions = mentions_of("Hundreds of textile workers blocked a highway in Thika, north of Nairobi, on Monday to "
                           "demand unpaid wages, and police fired tear gas to clear the road, police said.")
    assert mention_of(mentions, "Hundreds").place.name == "Thika"


def test_a_town_near_a_city_is_the_place():
    mentions = mentions_of("Hundreds of textile workers blocked a highway in Thika, near Nairobi, on Monday to "
                           "demand unpaid wages, and police fired tear gas to clear the road, police said.")
    assert mention_of(mentions, "Hundreds").place.name == "Thika"


def test_a_capital_whose_request_a_sentence_names_is_not_where_the_event_happened():
    mentions = mentions_of("Rwandan troops, deployed in the province since 2021 at Kinshasa's request, clashed with "
                           "the militants near Beni on Tuesday, the army said.")
    assert mention_of(mentions, "Rwandan troops").place.name == "Beni"


def test_a_district_the_gazetteer_lacks_keeps_its_name_at_region_precision():
    mentions = mentions_of("Gunmen shot dead two traders in Khuzdar on Monday, police said. "
                           "Security forces killed four militants in a raid on a hideout in Dasoli district on "
                           "Wednesday, the military said.")
    place = mention_of(mentions, "Security forces").place
    assert (place.name, place.feature, place.geo_precision, place.admin1) == ("Dasoli", "admin2", 3, "Balochistan")
    assert mention_of(mentions, "Gunmen").place.name == "Khuzdar"


def test_a_town_and_the_district_it_lies_in_give_the_town():
    mentions = mentions_of("Gunmen killed a teacher in Gwadar, in Dasoli district, on Friday, police said.")
    assert mention_of(mentions, "Gunmen").place.name == "Gwadar"
