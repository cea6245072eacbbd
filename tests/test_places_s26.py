"""Places (s26): a capital asked to act or backing a force is no event's place; townsfolk marching
in their own town; a post or landing site "of X" lies at X; a valley the gazetteer lacks keeps the report's name (without "valley"); a town named inside the
province the sentence names is the finer place; a name the text calls a region is the region.

Fixtures are short invented texts.
"""

from __future__ import annotations

import datetime as dt

from eventwire.annotate import annotate
from eventwire.extract.event_place import is_incidental, is_location, read_places
from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.resolve import make_mention, resolve_mentions
from eventwire.records import Article
from geo_helpers import mention_places, place_name


def test_a_capital_asked_to_act_is_not_the_protests_place() -> None:
    places = mention_places(
        "MOSUL, Iraq (Reuters) - A roadside bomb wounded two soldiers near Tal Afar on Sunday. In Mosul on "
        "Monday, hundreds of farmers staged a sit-in to demand that Baghdad stop the water cuts, witnesses said.")
    assert place_name(places["In Mosul on Monday,"]) == "Mosul"


def test_hundreds_of_residents_marching_are_in_their_own_town(gazetteer: Gazetteer) -> None:
    text = "Hundreds of residents of Offa marched through the town on Tuesday, demanding the traders' release."
    article, doc = next(annotate([Article(id="t", text=text, title="", date=dt.date(2026, 3, 10))]))
    offa = next(p for p in read_places(article, doc, gazetteer).places if p.name == "Offa")
    assert not is_incidental(offa, doc)


def test_a_border_post_of_a_town_lies_at_that_town() -> None:
    places = mention_places(
        "KAMPALA, Uganda - Gunmen attacked a bus in Tororo on Monday. Soldiers caught up with the smugglers near "
        "the border post of Katuna on Thursday and shot two of them, an army spokesman said.")
    assert place_name(places["Soldiers caught up with"]) == "Katuna"


def test_a_valley_the_gazetteer_lacks_keeps_the_reports_name_without_the_landform_word() -> None:
    places = mention_places(
        "FAIZABAD, Afghanistan - Taliban fighters detained four men in Jurm on Monday, residents said. "
        "Rebels said they had killed two Taliban in an ambush in the Zarbak valley on Sunday.")
    place = places["Rebels said they had"]
    assert place_name(place) == "Zarbak" and place is not None and place.admin2 != "Zarbak valley"


def test_a_town_beside_a_forest_is_the_finer_place() -> None:
    places = mention_places(
        "KATSINA, Nigeria - Bandits killed seven villagers in Batsari on Monday. Jets bombed a camp in the "
        "Dawaki forest near Batsari on Wednesday, killing several gunmen, officials said.")
    assert place_name(places["Jets bombed a camp"]) == "Batsari"


def test_mountains_of_a_named_region_lie_in_that_region() -> None:
    places = mention_places(
        "MOGADISHU, Somalia - A car bomb killed three people in Baidoa on Monday, police said. The army said "
        "its jets had struck militants in the Hareed mountains of Puntland's Bari region on Tuesday.")
    place = places["The army said its"]
    assert place is not None and place.name == "Hareed" and place.admin1 == "Bari"


def test_a_town_named_inside_the_sentences_province_is_the_finer_place() -> None:
    places = mention_places(
        "LIMA (Reuters) - The bodies of four guards abducted from a mine in the highland province of Pataz "
        "were found on a hillside near the town of Tayabamba on Friday, police said.")
    assert place_name(places["LIMA (Reuters) - The"]) == "Tayabamba"


def test_a_name_the_text_calls_a_region_is_the_region(gazetteer: Gazetteer) -> None:
    text = "NIAMEY, Niger - A patrol was ambushed near Madaoua in Niger's Tahoua region on Monday."
    mentions = [make_mention(text, text.index(name), text.index(name) + len(name)) for name in ("Madaoua", "Tahoua")]
    madaoua, tahoua = resolve_mentions(mentions, gazetteer, text)
    assert (madaoua.place.name, madaoua.place.feature) == ("Madaoua", "city")
    assert (tahoua.place.name, tahoua.place.feature) == ("Tahoua", "admin1")
    places = mention_places(text)
    assert place_name(places["NIAMEY, Niger - A"]) == "Madaoua"


def test_a_village_people_were_taken_from_keeps_its_name() -> None:
    places = mention_places(
        "YANGON, Myanmar - A bomb dropped from a military aircraft hit a house in Bhamo on Sunday, killing "
        "three people. In late May, soldiers took away a farmer and his son from Sadung, relatives said.")
    assert place_name(places["In late May, soldiers"]) == "Sadung"


def test_people_who_fled_to_a_town_act_in_that_town() -> None:
    places = mention_places(
        "PORT-AU-PRINCE, Haiti - Gang members raided Mirebalais on Monday, killing five people, police said. "
        "On Wednesday, families who had fled to Hinche blocked a road with burning tyres, accusing the "
        "government of abandoning Mirebalais.")
    assert place_name(places["On Wednesday, families who"]) == "Hinche"


def test_a_capital_backing_a_force_is_no_place(gazetteer: Gazetteer) -> None:
    text = "The minister blamed gangs backed by Belgrade for the ambush near Zubin Potok on Friday."
    article, doc = next(annotate([Article(id="t", text=text, title="", date=dt.date(2026, 3, 10))]))
    places = {p.evidence.text: p for p in read_places(article, doc, gazetteer).places if p.evidence}
    assert not is_location(places["Belgrade"], doc)
    assert is_location(places["Zubin Potok"], doc)
