"""Places (s32): a town of the dateline's province far from its city is the scene; a town
named as an area of it ("a residential area of X", "the rural areas of X") even where the
tagger calls it a person or misses it, and apart from a dateline of its own state; a town "on
the edge of" which an event happened, unknown at home, keeps its name in the province the text
puts it in; "the town" is the town the report called one; "in the area" is the town the sentence
before named.

Fixtures are short invented texts.
"""

from __future__ import annotations

from geo_helpers import mention_places, place_name


def test_a_city_the_tagger_calls_a_person_is_placed_after_area_of() -> None:
    # The city is in the index by that spelling only as an alternate name (a village has it as its own).
    places = mention_places("A Russian missile strike on a residential area of Zaporizhzhia killed two pensioners "
                     "on Friday, the regional governor said.")
    place = places["A Russian missile strike"]
    assert place is not None and place.iso == "UA" and place.latitude > 47.7 and place.geo_precision == 1


def test_the_rural_areas_of_a_town_are_the_scene_apart_from_the_dateline() -> None:
    places = mention_places("CUCUTA, Colombia – Soldiers and guerrillas exchanged fire on Friday in the rural areas "
                     "of Sardinata, the army said.")
    assert place_name(places["CUCUTA, Colombia – Soldiers"]) == "Sardinata"


def test_a_town_the_index_knows_only_abroad_is_named_in_the_province_the_text_puts_it() -> None:
    places = mention_places("PORT SUDAN – Paramilitary fighters shelled a camp on the edge of Zamzura in North Darfur on "
                     "Monday, killing six people, medics said. On Sunday, the fighters looted the village of "
                     "Habila Kora west of Zamzura, residents said.")
    camp, village = places["PORT SUDAN – Paramilitary"], places["On Sunday, the fighters"]
    assert camp is not None and camp.name == "Zamzura" and camp.admin1 == "Northern Darfur"
    assert village is not None and village.name == "Habila Kora" and village.iso == "SD"


def test_the_town_is_the_one_the_report_called_a_town() -> None:
    places = mention_places("Rebels attacked the town of Pichari, east of Peru's capital Lima, on Monday, killing three "
                     "police officers, officials said. A day later, soldiers killed five rebels in a clash on "
                     "the outskirts of the town, the army said.")
    assert place_name(places["A day later, soldiers"]) == "Pichari"


def test_a_town_far_from_the_dateline_city_in_its_province_is_the_scene() -> None:
    # A town 60 km from the provincial capital the report is filed from is no part of that city.
    places = mention_places("MAROUA, Cameroon – A suicide bomber blew herself up at a crowded market in Mora on Friday, "
                     "killing nine people, a local official said.")
    assert place_name(places["MAROUA, Cameroon – A"]) == "Mora"


def test_the_area_is_the_town_the_sentence_before_named() -> None:
    # The report's main place is the town its lead names twice; the area is the one named just before.
    places = mention_places("BAMAKO (Reuters) – Gunmen attacked an army post in Boulkessi on Monday, killing three "
                     "soldiers, officials said. A nurse in Boulkessi said five more were wounded. Separately, "
                     "fighters raided the village of Dioura in the Mopti region on Tuesday and burned the market. "
                     "Soldiers killed four of the raiders in the area on Wednesday, the army said.")
    assert place_name(places["Soldiers killed four of"]) == "Dioura"


def test_the_town_is_the_last_town_told_of_where_another_sentence_called_one() -> None:
    places = mention_places("Gunmen raided the village of Pichari on Monday, killing two farmers, police said. On "
                     "Tuesday, hundreds of people protested in Satipo against the violence. The next day, "
                     "looters set fire to shops in the town's market, witnesses said.")
    assert place_name(places["The next day, looters"]) == "Satipo"
