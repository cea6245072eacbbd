"""Event places (s24): a name after a sentence's opening "In" and before a comma is a place
("In X, crowds marched ...", not "In March, ..."), as is a known town after "in occupied"; a
clinic the event struck is the scene, not the hospital the wounded were taken to; a name the
gazetteer lacks after "near" with a region after it ("near X in the Y region"), or after
"around", or one that bombs or a raid fell on ("bombs on X", "a raid on X"), is a village of the
report's own, whatever the tagger read it as. An armed force's name tagged as a place ("the X
Defence Forces") is no town; a capital's dateline the parser split off as a sentence of its own
is still the bureau's when the lead names the scene; "Residents of X blocked the road" happens in X.

Fixtures are short invented texts (invented villages, real countries and regions).
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.annotate import load_language
from eventwire.extract.event_place import read_places
from eventwire.gazetteer import Gazetteer
from eventwire.records import Article
from extraction_helpers import mention_of, mentions_of, toponyms


def test_a_name_opening_a_sentence_after_in_and_before_a_comma_is_a_place(gazetteer: Gazetteer) -> None:
    text = "Shelling hit a depot on Monday. In Kyiv, several hundred pensioners marched on Friday over unpaid pay."
    assert "Kyiv" in toponyms(text, gazetteer)


@pytest.mark.parametrize("month", ["March", "Sunday"])
def test_a_month_or_day_opening_a_sentence_after_in_is_no_place(month: str, gazetteer: Gazetteer) -> None:
    text = f"Shelling hit a depot on Monday. In {month}, a mortar round struck a bakery, killing two bakers."
    assert month not in toponyms(text, gazetteer)


def test_a_known_town_after_in_occupied_is_a_place(gazetteer: Gazetteer) -> None:
    text = "Last week, soldiers detained a school director in occupied Tokmak, her husband said."
    assert "Tokmak" in toponyms(text, gazetteer)


def test_a_clinic_the_event_struck_is_the_scene_not_a_hospital_aside() -> None:
    text = ("ERBIL, Iraq (Reuters) – A drone struck a car carrying three fighters near Dihok on Monday, the group "
            "said. The group also said warplanes had bombed a clinic in Zorvani on Tuesday, wounding three nurses. "
            "On Wednesday, hundreds of people rallied in Dihok to denounce the strikes.")
    place = mention_of(mentions_of(text), "The group also said").place
    assert place is not None and place.name == "Zorvani" and place.geo_precision >= 2


def test_an_unknown_village_near_which_a_region_is_named_is_the_place() -> None:
    text = ("BAMAKO (Reuters) – Rebels ambushed an army convoy near Tessabit in the Gao region on Saturday, killing "
            "six soldiers, the army said.")
    (mention,) = [m for m in mentions_of(text) if m.sentence.text.startswith("BAMAKO")]
    assert mention.place is not None and mention.place.name == "Tessabit" and mention.place.admin1 == "Gao"
    assert mention.place.geo_precision >= 2


def test_an_unknown_village_after_around_is_the_place() -> None:
    text = ("GOMA, Democratic Republic of Congo (Reuters) – Rebels shelled army positions near Sake on Monday, "
            "killing four soldiers. Last week, militiamen abducted three herders in the hills around Kabarebe, "
            "a local chief said.")
    place = mention_of(mentions_of(text), "Last week").place
    assert place is not None and place.name == "Kabarebe" and place.geo_precision >= 2


def test_a_forces_name_tagged_as_a_place_names_its_country_not_a_town(gazetteer: Gazetteer) -> None:
    text = "Fighting broke out near the border, the South Sudan People's Defence Forces said on Monday."
    found = toponyms(text, gazetteer)
    assert "South Sudan People's Defence Forces" not in found


def test_a_capital_dateline_split_off_as_a_sentence_is_a_bureau_when_the_lead_names_the_scene(
        gazetteer: Gazetteer) -> None:
    text = ("JUBA (Reuters) – Armed youths attacked an army barracks at Pibor in Jonglei state on Saturday, the "
            "army said. Residents said the attackers also burned a market and drove off cattle.")
    doc = load_language()(text)
    main = read_places(Article(id="t", text=text, title="", date=dt.date(2025, 3, 1)), doc, gazetteer).main_place
    assert main is not None and main.name != "Juba" and main.admin1 == "Jonglei"


@pytest.mark.parametrize("words", ["aircraft had dropped bombs on Ngorwal",
                                   "soldiers had killed two men in a raid on Ngorwal"])
def test_an_unknown_village_that_bombs_or_a_raid_fell_on_is_the_place(words: str) -> None:
    text = ("JUBA (Reuters) – Armed youths attacked an army barracks at Pibor in Jonglei state on Saturday, the army "
            f"said. The rebels said on Tuesday that {words} on Monday.")
    place = mention_of(mentions_of(text), "The rebels said").place
    assert place is not None and place.name == "Ngorwal" and place.geo_precision >= 2


def test_residents_of_a_town_acting_there_place_the_event_in_it() -> None:
    text = ("MAPUTO (Reuters) – Insurgents raided a village near Marrupa on Monday, killing four people, the police "
            "said. Residents of Cuamba blocked the town's only bridge with burning tyres on Thursday, demanding "
            "more patrols.")
    place = mention_of(mentions_of(text), "Residents of").place
    assert place is not None and place.name == "Cuamba"
