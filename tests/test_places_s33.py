"""Places (s33): a sentence that names no place takes the main place of what the report has told
so far, not the town of a later, separate event; a country heading a national body's title ("the
X National Commission for ...") is not where the body's event is; a town's full name joined by a
particle ("at Saint-Louis du Sud"), which the tagger cuts at or after the particle, is one name; an
event told first by its province and then by a district the gazetteer lacks is placed in the district;
the seat of those who tell the report ("officials in the capital say") and a capital accused of
something ("accused X of sheltering them") are not the place a sentence naming none goes on about;
a town the gazetteer lacks that troops "entered" is a settlement, put in the region told before it,
not at the town of a later event.

Fixtures are short invented texts.
"""

from __future__ import annotations

from extraction_helpers import event_of, events_of
from geo_helpers import mention_places, place_name


def test_a_continuation_keeps_a_place_told_before_it_not_a_later_events_town() -> None:
    places = mention_places(
        "An air strike by the army on a school in the central Magway region has killed at least 11 people, villagers "
        "say. A jet dropped a bomb on the school in a village in Thitpyin township at about 09:00 on Tuesday, a teacher "
        "told reporters. Many of the dead were girls whose families had escaped the fighting, he said. Separately, rebels said "
        "they had captured a police post near the port town of Sittwe after two days of fighting. In Sittwe on "
        "Friday, soldiers detained 20 students at a market, residents said.")
    assert place_name(places["Many of the dead"]) == "Thitpyin"
    assert place_name(places["In Sittwe on Friday,"]) == "Sittwe"


def test_a_country_heading_a_national_bodys_title_is_not_the_events_place() -> None:
    places = mention_places(
        "At least three people were killed by police gunfire at protests in Ghana's capital, Accra, a rights group says. "
        "Police fired live rounds on Tuesday after protesters set tyres alight near the parliament, the Ghana "
        "National Commission for Civil Liberties said. The commission said 12 people had been wounded by gunfire.")
    assert place_name(places["Police fired live rounds"]) == "Accra"
    assert place_name(places["The commission said 12"]) == "Accra"


def test_a_towns_name_joined_by_a_particle_is_read_whole() -> None:
    places = mention_places(
        "Militants have stormed an army post in southern Haiti, killing five soldiers, police say. The raid on the "
        "barracks at Saint-Louis du Sud started before dawn on Friday, a district official told reporters.")
    place = places["The raid on the"]
    assert place is not None and place.iso == "HT" and place_name(place) == "Saint-Louis du Sud"


def test_a_district_named_by_the_events_own_sentence_beats_the_province_of_the_lead() -> None:
    event = event_of(events_of("Fighters have killed nine farmers in the central Manica province, officials say. "
                               "The attackers burned homes in a village in Mualadzi district on Thursday, a local "
                               "official said."), "Fighters have killed")
    assert any(m.sentence.text.startswith("The attackers burned") for m in event.mentions)
    assert place_name(event.place) == "Mualadzi" and event.place.admin1 == "Manica"


def test_the_speakers_seat_is_not_the_main_place_of_a_continuation() -> None:
    places = mention_places(
        "Suspected jihadists have killed seven soldiers in an ambush in the east of Burkina Faso, officials in "
        "Ouagadougou say. The soldiers were escorting a convoy on Sunday when they were attacked, a security source "
        "said.")
    assert place_name(places["The soldiers were escorting"]) == "Burkina Faso"


def test_a_capital_accused_of_something_stands_for_its_government() -> None:
    places = mention_places(
        "Gunmen have killed four policemen guarding a road barrier in Pakistan's north-west, officials say. The attackers "
        "opened fire from two cars on Monday night and fled after a gunfight, police said. Officials have accused "
        "Kabul of sheltering the gunmen, a charge the Taliban deny.")
    assert place_name(places["The attackers opened fire"]) == "Pakistan"


def test_a_town_troops_entered_lies_in_the_region_told_before_it() -> None:
    places = mention_places(
        "Somali troops have taken back a key town in the central Bay region from al-Shabaab, the defence ministry says. "
        "Soldiers backed by local clan fighters entered Buulo Xaaji on Tuesday after the militants pulled out, an "
        "officer told state radio. In the capital, Mogadishu, a car bomb exploded near a checkpoint on Wednesday, "
        "killing three people, police said.")
    place = places["Soldiers backed by local"]
    assert place_name(place) == "Buulo Xaaji" and place.admin1 == "Bay"
