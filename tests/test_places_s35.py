"""Places (s35): a town whose mayor a sentence names ("the mayor of X was ambushed") is
recognised as a town however the tagger read its name, and is the place of that sentence unless
it names another; a settlement the gazetteer lacks that attackers "came to" or "went to" is the
event's place, as one they entered is; a sea or region heading a noun for a settlement after "a"
("a Black Sea port") only says what kind of port it is, so the sentence's country, or the port's
town told in the next sentence, is the place; a valley or forest the gazetteer lacks is named
without its landform word ("the X valley" is X, as "X district" is); "the airstrip of X", "X, a
fishing island" and "a hill overlooking X" name X a settlement; a name the text calls a gang's
("X, the most feared gang") is no place, wherever a town shares it.

Fixtures are short invented texts.
"""

from __future__ import annotations

from geo_helpers import mention_places, place_name


def test_the_town_whose_mayor_was_attacked_is_the_place() -> None:
    places = mention_places(
        "Gunmen have wounded a local official in Mexico's Guerrero state, police say. The mayor of Cocula was "
        "shot at on a dirt track late on Saturday while he drove to a funeral, police said.")
    place = places["The mayor of Cocula"]
    assert place_name(place) == "Cocula" and place is not None and place.admin1 == "Guerrero"


def test_the_mayors_town_gives_way_to_the_town_the_attack_happened_in() -> None:
    places = mention_places(
        "The mayor of Teloloapan was shot dead in Iguala late on Saturday, the state prosecutor said.")
    assert place_name(places["The mayor of Teloloapan"]) == "Iguala de la Independencia"


def test_a_village_the_soldiers_came_to_is_the_place_of_the_killings() -> None:
    places = mention_places(
        "Troops have executed at least 15 herders from a farming settlement of Mali's Mopti region, witnesses say. "
        "The soldiers came to Kouyabougou on Sunday, gathered the men near the well and shot them, a survivor "
        "told reporters.")
    place = places["The soldiers came to"]
    assert place_name(place) == "Kouyabougou" and place is not None and place.iso == "ML"


def test_an_acronym_gone_to_is_no_settlement() -> None:
    places = mention_places(
        "Rebels killed three soldiers in northern Mali on Sunday, the army said. The minister later went to "
        "MINUSMA on Monday to ask for air support after rebels killed two more soldiers.")
    assert place_name(places["The minister later went"]) != "MINUSMA"


def test_a_sea_naming_the_kind_of_port_is_not_the_place() -> None:
    places = mention_places(
        "Two dock workers died when missiles hit a Black Sea port in southern Ukraine, officials say.")
    place = places["Two dock workers died"]
    assert place is not None and place.iso == "UA"


def test_the_ports_town_told_next_is_the_events_place() -> None:
    places = mention_places(
        "A drone attack on a Red Sea harbour in Yemen's west has killed four people, rebel officials say. The "
        "drones struck fuel depots at the port of Mocha late on Sunday, the officials said.")
    lead = places["A drone attack on"]
    assert lead is not None and lead.iso == "YE"
    assert place_name(places["The drones struck fuel"]) in {"Mocha", "Al Mukhā"}


def test_a_village_named_by_its_airstrip_is_the_place() -> None:
    places = mention_places(
        "Rebels have set fire to a small plane in Indonesia's Papua province, police say. On Saturday, gunmen "
        "torched the plane after it landed at the airstrip of Kiwirok, in Bintang regency, police said.")
    assert place_name(places["On Saturday, gunmen torched"]) == "Kiwirok"


def test_an_island_named_so_is_the_place_of_the_fighting_there() -> None:
    places = mention_places(
        "Soldiers have killed nine militants in Cameroon's Far North region, the army says. On Friday, troops drove "
        "the fighters off Kangalom, a fishing island on Lake Chad, the army said.")
    place = places["On Friday, troops drove"]
    assert place_name(place) == "Kangalom" and place is not None and place.iso == "CM"


def test_a_village_a_hill_overlooks_is_the_outposts_place() -> None:
    places = mention_places(
        "Israeli troops have built a new position in southern Lebanon, residents say. Soldiers set up the outpost "
        "on a hill overlooking Aitaroun on Monday, residents said.")
    assert place_name(places["Soldiers set up the"]) == "Aitaroun"


def test_a_forest_the_gazetteer_lacks_is_named_without_the_word() -> None:
    places = mention_places(
        "Jets have bombed a bandit hideout in Nigeria's Katsina state, the air force says. The pilots struck "
        "the camp in the Rugudu forest on Friday, an air force spokesman said.")
    place = places["The pilots struck the"]
    assert place_name(place) == "Rugudu" and place is not None and "forest" not in place.admin2


def test_a_gang_the_text_names_so_is_no_place_of_its_members_acts() -> None:
    places = mention_places(
        "QUITO, Ecuador – A grenade blast outside the Ambato jail on Sunday killed two visitors, police said. "
        "Los Pinos, the most feared gang in the jails, said in a video that the blast was a warning. On Monday, "
        "Los Pinos prisoners killed three inmates of a rival gang during a riot in the jail, officials said. Troops "
        "detained a dozen Los Pinos fighters during searches of homes in Pelileo on Tuesday, the army said.")
    assert place_name(places["On Monday, Los Pinos"]) != "Los Pinos"
    assert place_name(places["Troops detained a dozen"]) == "Pelileo"
