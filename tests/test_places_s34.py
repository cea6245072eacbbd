"""Places (s34): a garrison's town ("seizing the base at X", "a military camp at X", "an army
position at X") is the event's place, known to the gazetteer or not, as is a settlement the
gazetteer lacks that holds a public place ("a market in X") or names a front ("the X front"); a
town named only in background of an earlier year ("In May 2024, ... around the town of X") is
never the place of a sentence that names none of its own, nor a town a state lead is refined to; travellers' home province ("lorry drivers from X
province") and the place of the act an event answers ("in retaliation for drone strikes on X")
are not its place; "the city's X district" lies in the report's own city, whatever namesake
district the gazetteer knows elsewhere; a border crossing or an area of a state the gazetteer
lacks is placed under its own name; a province named in English ("North Kivu") is the province,
not a second-level namesake; "the regional capital, X" names X a town; "the Yemeni port of X" puts
X in Yemen; a lake's shores give way to the town the next sentence names.

Fixtures are short invented texts.
"""

from __future__ import annotations

from geo_helpers import mention_places, place_name


def test_the_town_of_a_seized_base_is_the_place_of_the_assault() -> None:
    places = mention_places(
        "Gunmen stormed a gendarmerie post in Burkina Faso's Sahel region on Thursday, killing 14 officers, the "
        "government said. Witnesses said the assailants burned vehicles after seizing the base at Dori before noon.")
    assert place_name(places["Witnesses said the assailants"]) == "Dori"


def test_a_camp_at_a_settlement_the_gazetteer_lacks_is_placed_there() -> None:
    places = mention_places(
        "Troops repelled an attack on a border post in western Niger late on Tuesday, the defence ministry "
        "said. Back in 2018, insurgents overran a military camp at Kwarabeli and killed 40 troops.")
    assert place_name(places["Back in 2018, insurgents"]) == "Kwarabeli"


def test_a_town_told_only_in_background_is_not_the_place_of_a_sentence_naming_none() -> None:
    places = mention_places(
        "Insurgents have killed 18 soldiers in a raid on a military outpost in eastern Burkina Faso, the army says. "
        "The insurgents, most of them riding pick-up trucks, overran the outpost before sunrise on Saturday, a "
        "resident said. In May 2024, insurgents killed dozens of people who were digging a well around the town of "
        "Kongoussi.")
    assert place_name(places["The insurgents, most of"]) == "Burkina Faso"
    assert place_name(places["In May 2024, insurgents"]) == "Kongoussi"


def test_a_state_lead_is_not_refined_to_a_town_of_last_years_attack() -> None:
    places = mention_places(
        "Police say five traders were shot dead on Tuesday in Pakistan's Sindh province. Last year, gunmen ambushed "
        "a convoy on a road outside Larkana and killed six lorry drivers from Punjab province.")
    assert place_name(places["Police say five traders"]) == "Sindh"
    assert place_name(places["Last year, gunmen ambushed"]) == "Larkana"


def test_the_place_of_the_act_an_event_answers_is_not_its_place() -> None:
    places = mention_places(
        "American aircraft bombed the Yemeni port of Midi overnight, rebel media reported. A US official said the "
        "aircraft had destroyed radar equipment at the harbour late on Monday in retaliation for drone strikes on "
        "Bahrain.")
    place = places["A US official said"]
    assert place is not None and place.iso == "YE"


def test_the_citys_district_lies_in_the_city_not_in_a_namesake_district_elsewhere() -> None:
    places = mention_places(
        "Two people died when a guided bomb struck an apartment block in Sumy, a city in north-eastern Ukraine, on "
        "Wednesday, the mayor said. The bomb landed in the city's Shevchenkivskyi district shortly before noon, "
        "emergency services said.")
    place = places["The bomb landed in"]
    assert place_name(place) == "Sumy" and place.feature == "city"


def test_a_border_crossing_the_gazetteer_lacks_is_the_place_named_for_it() -> None:
    places = mention_places(
        "Pakistani jets bombed hideouts in Afghanistan's Khost province on Thursday, killing nine people, local "
        "officials said. Border guards of the two countries fought for three hours near the Ghulam Khan crossing "
        "on Friday, officials in Kabul said.")
    assert place_name(places["Border guards of the"]) == "Ghulam Khan"


def test_the_area_of_a_state_the_gazetteer_lacks_is_placed_under_its_own_name() -> None:
    places = mention_places(
        "Bandits killed 19 villagers in Nigeria's Zamfara state overnight, local officials say. In 2023, bandits "
        "abducted 40 students in a raid in the Kaura Bakin area of the state.")
    assert place_name(places["In 2023, bandits abducted"]) == "Kaura Bakin"


def test_a_province_named_in_english_is_the_province_not_a_second_level_namesake() -> None:
    places = mention_places("Rebels killed 11 traders in an attack on a market in North Kivu province on Friday, "
                            "a local official said.")
    place = places["Rebels killed 11 traders"]
    assert place is not None and place.feature == "admin1" and place.admin1 == "Nord Kivu"


def test_the_regional_capital_named_first_in_an_apposition_is_the_town_seized() -> None:
    places = mention_places(
        "Militia fighters have killed 12 people in a raid on a market in Ethiopia's Oromia region, residents say. "
        "In 2022, the militia briefly seized the regional capital, Adama, and Bishoftu, a town known for its lakes.")
    assert place_name(places["In 2022, the militia"]) == "Nazrēt"


def test_a_port_named_with_its_countrys_people_lies_in_that_country() -> None:
    places = mention_places("Warplanes bombed the Yemeni port of Salif on Thursday night, a spokesman for "
                            "Israel's army said.")
    place = places["Warplanes bombed the Yemeni"]
    assert place is not None and place.iso == "YE"


def test_a_lakes_shores_give_way_to_the_town_the_next_sentence_names() -> None:
    places = mention_places(
        "Gunmen in canoes shot dead seven fishermen at a landing beach on the shores of Lake Victoria on Thursday "
        "night, Kenyan police said. The gang struck the beach near the town of Mbita and escaped with outboard "
        "engines, a police commander said.")
    assert place_name(places["Gunmen in canoes shot"]) == "Mbita"


def test_an_army_position_at_a_settlement_the_gazetteer_lacks_is_placed_there() -> None:
    places = mention_places("Armed men burned three villages in Kasai province this week, aid workers say. In "
                            "September 2024, the same group shot dead eleven troops while raiding an army "
                            "position at Mbuji.")
    assert place_name(places["In September 2024, the"]) == "Mbuji"


def test_a_front_named_by_a_settlement_the_gazetteer_lacks_is_placed_there() -> None:
    places = mention_places(
        "Rebel fighters shelled government lines in Yemen's Taiz province overnight, officials say. A drone "
        "struck a trench on the Kadaha front before dawn, killing two conscripts, the army said.")
    assert place_name(places["A drone struck a"]) == "Kadaha"


def test_a_market_in_a_settlement_the_gazetteer_lacks_is_placed_there() -> None:
    places = mention_places(
        "Soldiers have killed five militants in Mali's Mopti region, the army says. A drone strike on a crowded "
        "market in Tinzawaten killed nine people in March 2024, local leaders said.")
    assert place_name(places["A drone strike on"]) == "Tinzawaten"
