"""Places (s26): a capital asked to act or backing a force is no event's place; townsfolk marching
in their own town; a post or landing site "of X" lies at X; a valley the gazetteer lacks keeps the report's name; a town named inside the
province the sentence names is the finer place; a name the text calls a region is the region.

Fixtures are short invented texts.
"""

from __future__ import annotations

import datetime as dt

from eventwire.annotate import annotate
from eventwire.extract.event_place import is_incidental, is_location, read_places
from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.resolve import make_mention, resolve_mentions
from eventwire.pipeline import extract_article
from eventwire.records import Article, Place


def _places(text: str) -> dict[str, Place | None]:
    """Each mention's sentence opening (four words) -> its place."""
    mentions = extract_article(Article(id="t", text=text, title="", date=dt.date(2026, 3, 10)))
    return {" ".join(m.sentence.text.split()[:4]): m.place for m in mentions}


def _name(place: Place | None) -> str:
    return place.name if place else ""


def test_a_capital_asked_to_act_is_not_the_protests_place() -> None:
    places = _places(
        "MOSUL, Iraq (Reuters) - A roadside bomb wounded two soldiers near Tal Afar on Sunday. In Mosul on "
        "Monday, hundreds of farmers staged a sit-in to demand that Baghdad stop the water cuts, witnesses said.")
    assert _name(places["In Mosul on Monday,"]) == "Mosul"


def test_hundreds_of_residents_marching_are_in_their_own_town(gazetteer: Gazetteer) -> None:
    text = "Hundreds of residents of Offa marched through the town on Tuesday, demanding the traders' release."
    article, doc = next(annotate([Article(id="t", text=text, title="", date=dt.date(2026, 3, 10))]))
    offa = next(p for p in read_places(article, doc, gazetteer).places if p.name == "Offa")
    assert not is_incidental(offa, doc)


def test_a_border_post_of_a_town_lies_at_that_town() -> None:
    places = _places(
        "KAMPALA, Uganda - Gunmen attacked a bus in Tororo on Monday. Soldiers caught up with the smugglers near "
        "the border post of Katuna on Thursday and shot two of them, an army spokesman said.")
    assert _name(places["Soldiers caught up with"]) == "Katuna"


def test_a_valley_the_gazetteer_lacks_keeps_the_reports_name() -> None:
    places = _places(
        "FAIZABAD, Afghanistan - Taliban fighters detained four men in Jurm on Monday, residents said. "
        "Rebels said they had killed two Taliban in an ambush in the Zarbak valley on Sunday.")
    assert _name(places["Rebels said they had"]) == "Zarbak valley"


def test_a_town_beside_a_forest_is_the_finer_place() -> None:
    places = _places(
        "KATSINA, Nigeria - Bandits killed seven villagers in Batsari on Monday. Jets bombed a camp in the "
        "Dawaki forest near Batsari on Wednesday, killing several gunmen, officials said.")
    assert _name(places["Jets bombed a camp"]) == "Batsari"


def test_mountains_of_a_named_region_lie_in_that_region() -> None:
    places = _places(
        "MOGADISHU, Somalia - A car bomb killed three people in Baidoa on Monday, police said. The army said "
        "its jets had struck militants in the Hareed mountains of Puntland's Bari region on Tuesday.")
    place = places["The army said its"]
    assert place is not None and place.name == "Hareed mountains" and place.admin1 == "Bari"


def test_a_town_named_inside_the_sentences_province_is_the_finer_place() -> None:
    places = _places(
        "LIMA (Reuters) - The bodies of four guards abducted from a mine in the highland province of Pataz "
        "were found on a hillside near the town of Tayabamba on Friday, police said.")
    assert _name(places["LIMA (Reuters) - The"]) == "Tayabamba"


def test_a_name_the_text_calls_a_region_is_the_region(gazetteer: Gazetteer) -> None:
    text = "NIAMEY, Niger - A patrol was ambushed near Madaoua in Niger's Tahoua region on Monday."
    mentions = [make_mention(text, text.index(name), text.index(name) + len(name)) for name in ("Madaoua", "Tahoua")]
    madaoua, tahoua = resolve_mentions(mentions, gazetteer, text)
    assert (madaoua.place.name, madaoua.place.feature) == ("Madaoua", "city")
    assert (tahoua.place.name, tahoua.place.feature) == ("Tahoua", "admin1")
    places = _places(text)
    assert _name(places["NIAMEY, Niger - A"]) == "Madaoua"


def test_a_village_people_were_taken_from_keeps_its_name() -> None:
    places = _places(
        "YANGON, Myanmar - A bomb dropped from a military aircraft hit a house in Bhamo on Sunday, killing "
        "three people. In late May, soldiers took away a farmer and his son from Sadung, relatives said.")
    assert _name(places["In late May, soldiers"]) == "Sadung"


def test_people_who_fled_to_a_town_act_in_that_town() -> None:
    places = _places(
        "PORT-AU-PRINCE, Haiti - Gang members raided Mirebalais on Monday, killing five people, police said. "
        "On Wednesday, families who had fled to Hinche blocked a road with burning tyres, accusing the "
        "government of abandoning Mirebalais.")
    assert _name(places["On Wednesday, families who"]) == "Hinche"


def test_a_capital_backing_a_force_is_no_place(gazetteer: Gazetteer) -> None:
    text = "The minister blamed gangs backed by Belgrade for the ambush near Zubin Potok on Friday."
    article, doc = next(annotate([Article(id="t", text=text, title="", date=dt.date(2026, 3, 10))]))
    places = {p.evidence.text: p for p in read_places(article, doc, gazetteer).places if p.evidence}
    assert not is_location(places["Belgrade"], doc)
    assert is_location(places["Zubin Potok"], doc)
