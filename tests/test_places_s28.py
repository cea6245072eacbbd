"""Places (s28): a dateline that names its town's country is a bureau's; a district of the
dateline's own state named with its unit word is the scene; districts opened by "of" or struck
"on"; Nigeria's local government areas; "al-X" names the gazetteer lacks; "X, the province's
second town"; "the state capital"; "the town" for the one named last before; a cartel's name is
not its place.

Fixtures are short invented texts.
"""

from __future__ import annotations

from geo_helpers import mention_places, place_name


def test_a_dateline_naming_its_towns_country_is_a_bureaus() -> None:
    places = mention_places(
        "KANO, Nigeria – Three farmers were killed on Monday when gunmen opened fire in the hills of Gusau, "
        "Zamfara state, police said.")
    assert place_name(places["KANO, Nigeria – Three"]) == "Gusau"


def test_a_municipality_of_the_datelines_own_state_is_the_scene() -> None:
    places = mention_places(
        "CULIACAN, Mexico – Gunmen stormed a birthday party in the Navolato municipality on Saturday, killing "
        "six people, prosecutors said.")
    assert place_name(places["CULIACAN, Mexico – Gunmen"]) == "Navolato"


def test_districts_named_after_of_or_struck_on() -> None:
    places = mention_places(
        "Raiders killed nine herders in two villages of Gedabo woreda in Ethiopia on Sunday, officials said. "
        "In March, a raid on Lumbe district left twelve dead.")
    assert place_name(places["Raiders killed nine herders"]) == "Gedabo"
    assert place_name(places["In March, a raid"]) == "Lumbe"


def test_a_local_government_area_of_the_datelines_state_and_the_state_capital() -> None:
    places = mention_places(
        "SOKOTO, Nigeria – Gunmen killed twelve villagers in Dangoro local government area on Sunday, police "
        "said. Bandits abducted six women in Dangoro on Monday. On Tuesday, traders marched through the state "
        "capital to protest against the killings.")
    assert place_name(places["SOKOTO, Nigeria – Gunmen"]) == "Dangoro"
    assert place_name(places["On Tuesday, traders marched"]) == "Sokoto"


def test_names_opened_by_an_arabic_article_and_a_provinces_second_town() -> None:
    places = mention_places(
        "ADEN, Yemen – Shelling killed four people in Lahij on Monday. Security forces in the city of "
        "al-Qasrawi detained ten men on Tuesday. A year ago, rebels overran Bakuma, the province's second "
        "town, killing 20 of its defenders.")
    assert place_name(places["Security forces in the"]) == "al-Qasrawi"
    assert place_name(places["A year ago, rebels"]) == "Bakuma"


def test_a_cartels_name_is_not_its_place() -> None:
    places = mention_places(
        "Gunmen killed four men at a car wash in Navolato on Sunday. Hours later, a banner signed by the "
        "Sinaloa New Generation Cartel claimed the killings.")
    assert place_name(places["Hours later, a banner"]) != "Sinaloa"


def test_the_town_is_the_one_named_last_before() -> None:
    places = mention_places(
        "Gunmen killed two traders in Gusau on Sunday, police said. Soldiers shot dead a farmer outside Tsafe "
        "on Monday, his relatives said. The next day, youths burned tyres and looted shops in the town's main "
        "square.")
    assert place_name(places["The next day, youths"]) == "Tsafe"
