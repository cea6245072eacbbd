"""Places (s27): a town's residents telling what happened are in their town; a village missed
after "outside" or "residents of"; a road's town gives way to the sentence's own; names the
gazetteer lacks in the forms reports give them ("al-X", "X-d'Y", "at X, in Y territory", "the
commune of X", "residents of the X area").

Fixtures are short invented texts.
"""

from __future__ import annotations

from geo_helpers import mention_places, place_name


def test_residents_telling_what_happened_there_are_in_their_town() -> None:
    places = mention_places(
        "Gunmen killed four traders near Djibo on Sunday, officials said. Residents of Ouahigouya said soldiers "
        "burned the cattle market there on Monday, killing two herders. A day later, gunmen ambushed a "
        "convoy near Titao.")
    assert place_name(places["Residents of Ouahigouya said"]) == "Ouahigouya"


def test_a_small_town_after_outside_or_residents_of_in_the_reports_state() -> None:
    places = mention_places(
        "Insurgents attacked an army base in Damaturu, Yobe state, on Friday, the army said. On Saturday, "
        "gunmen abducted six farmers outside Kanamma, residents said.")
    assert place_name(places["On Saturday, gunmen abducted"]) == "Kanamma"
    places = mention_places(
        "Gunmen attacked a camp near Kadiolo in the Sikasso region on Thursday. Residents of Leleni said "
        "soldiers detained four herders at the market on Friday.")
    assert place_name(places["Residents of Leleni said"]) == "Leleni"


def test_a_town_a_road_is_named_after_gives_way_to_the_sentences_own_town() -> None:
    places = mention_places("In Potiskum on Friday, hundreds of traders blocked the Kano road with burning tyres, "
                     "police said.")
    assert place_name(places["In Potiskum on Friday,"]) == "Potiskum"


def test_names_the_gazetteer_lacks_in_the_forms_reports_give_them() -> None:
    places = mention_places(
        "BAGHDAD (Reuters) - Gunmen attacked an army post near Baqubah on Monday. In 2022, militants killed "
        "six shepherds in an ambush near al-Zuhairat. On Tuesday, protesters blocked the road at Kelembwe, "
        "in Kabindu territory, to demand the release of a chief. Residents of Marosi Duhok said soldiers burned "
        "two houses there on Friday. Gangs burned a market in the commune of Anse-d'Orvil on Sunday.")
    assert place_name(places["In 2022, militants killed"]) == "al-Zuhairat"
    assert place_name(places["On Tuesday, protesters blocked"]) == "Kelembwe"
    assert place_name(places["Residents of Marosi Duhok"]) == "Marosi Duhok"
    assert place_name(places["Gangs burned a market"]) == "Anse-d'Orvil"

