"""Where the text says a place lies ("X in central Y's Z region", "X, a village in the
municipality of Y"), and unit or town names the tagger misses in conflict reporting:
sentence-initial locatives, a unit after a country's possessive, and small towns in a report
about the country at large.

Fixtures are short invented reports; the villages ("Ndiamkoro", "Kelendougou", "Sabu Ngalo") are
invented names the gazetteer does not hold, the units and towns real ones it does.
"""

from __future__ import annotations

from eventwire.annotate import load_language
from eventwire.extract.where import find_places
from eventwire.gazetteer import Gazetteer
from eventwire.records import Article


def places_by_name(text: str, gazetteer: Gazetteer) -> dict[str, object]:
    places = find_places(Article(id="t", text=text), load_language()(text), gazetteer)
    return {p.evidence.text: p for p in places}


def test_a_village_in_a_countrys_region_lies_in_that_region(gazetteer: Gazetteer) -> None:
    places = places_by_name("Gunmen attacked the village of Ndiamkoro in Mali's Mopti region on Sunday.", gazetteer)
    assert (places["Ndiamkoro"].iso, places["Ndiamkoro"].feature, places["Ndiamkoro"].name) == ("ML", "admin1", "Mopti")


def test_a_compass_word_before_the_country_does_not_hide_the_region_after_it(gazetteer: Gazetteer) -> None:
    text = "Fighters stormed a base in the town of Kelendougou in central Somalia's Hiiraan region on Friday."
    place = places_by_name(text, gazetteer)["Kelendougou"]
    assert (place.iso, place.name) == ("SO", "Hiiraan")


def test_an_apposition_names_the_municipality_a_village_lies_in(gazetteer: Gazetteer) -> None:
    text = "Gunmen shot a farmer in Sabu Ngalo, a village in the municipality of Jamundí, in Colombia on Friday."
    place = places_by_name(text, gazetteer)["Sabu Ngalo"]
    assert (place.iso, place.name) == ("CO", "Jamundí")


def test_a_town_the_index_has_keeps_its_place_beside_a_wider_host(gazetteer: Gazetteer) -> None:
    # The apposition's "in" does not overrule a town the index knows in that country.
    text = "Gunmen fired on a police post in the town of Jamundi, in Valle del Cauca, wounding one officer."
    places = places_by_name(text, gazetteer)
    assert (places["Jamundi"].iso, places["Jamundi"].feature) == ("CO", "city")


def test_a_romance_name_cut_at_its_particle_is_made_whole(gazetteer: Gazetteer) -> None:
    places = places_by_name("Gunmen fired on a police post in the town of Jamundi, in Valle del Cauca.", gazetteer)
    assert places["Valle del Cauca"].iso == "CO" and "Valle" not in places


def test_a_port_and_a_rural_area_name_their_town(gazetteer: Gazetteer) -> None:
    port = places_by_name("Aircraft destroyed two drone launchers near the port of Hodeidah on Tuesday.", gazetteer)
    assert port["Hodeidah"].iso == "YE"
    rural = places_by_name("Guerrillas attacked a patrol in the rural area of Tame, in the department of Arauca.", gazetteer)
    assert rural["Tame"].iso == "CO" and rural["Arauca"].iso == "CO"


def test_a_name_before_a_lower_case_unit_word_is_a_unit_the_tagger_missed(gazetteer: Gazetteer) -> None:
    places = places_by_name("Gunmen abducted the mayor of a town in the Timbuktu region on Monday night.", gazetteer)
    assert places["Timbuktu"].iso == "ML"


def test_a_capitalised_state_word_is_no_unit(gazetteer: Gazetteer) -> None:
    places = places_by_name("Fighters loyal to the Islamic State attacked a checkpoint.", gazetteer)
    assert "Islamic" not in places


def test_a_town_opening_a_sentence_after_in_is_a_place(gazetteer: Gazetteer) -> None:
    places = places_by_name("Police fired tear gas in Nairobi. In Nyeri, protesters set fire to a police post.", gazetteer)
    assert places["Nyeri"].iso == "KE"


def test_the_unit_after_a_countrys_possessive_is_a_place(gazetteer: Gazetteer) -> None:
    places = places_by_name("Insurgents raided a village in Mozambique's Cabo Delgado province on Sunday.", gazetteer)
    assert (places["Cabo Delgado"].iso, places["Cabo Delgado"].feature) == ("MZ", "admin1")


def test_a_small_town_placed_by_the_text_in_a_report_on_the_whole_country_stays(gazetteer: Gazetteer) -> None:
    text = ("Gunmen attacked a checkpoint in Baghdad on Monday. Protesters burned tyres in Nasiriyah and Basra. "
            "A drone struck a vehicle near Sinjar on Tuesday, killing two fighters. Iraq's government condemned the strike.")
    place = places_by_name(text, gazetteer)["Sinjar"]
    assert (place.iso, place.admin1, place.geo_precision) == ("IQ", "Ninawa", 2)


def test_a_province_named_like_one_abroad_is_the_one_in_the_articles_country(gazetteer: Gazetteer) -> None:
    # Saudi Arabia's Al Jawf holds far more people than Yemen's; the report's towns are Yemeni.
    text = ("Shells hit a market in Taiz on Sunday. Fighting flared south of Marib, and the rebels who hold "
            "Sanaa did not comment. Last month, a landmine killed three shepherds in Al Jawf province.")
    place = places_by_name(text, gazetteer)["Al Jawf"]
    assert (place.iso, place.feature) == ("YE", "admin1")


def test_a_name_the_index_lacks_placed_at_a_town_is_near_that_town(gazetteer: Gazetteer) -> None:
    places = places_by_name("Gunmen killed four villagers in Sabu Ngalo, north of Mingora, on Monday.", gazetteer)
    village = places["Sabu Ngalo"]
    assert (village.name, village.geo_precision) == ("Mingora", 2)
