"""Places conflict reports name that GeoNames' tables lack or spell otherwise: curated towns,
areas and spellings in regions.json, and a town placed in the county the text puts it in.

Fixtures are short invented reports.
"""

from __future__ import annotations

import pytest

from eventwire.gazetteer import Gazetteer
from geo_helpers import resolved


@pytest.mark.parametrize("name, iso, feature", [
    ("Kordofan", "SD", "region"),
    ("Ituri province", "CD", "region"),
    ("Kech district", "PK", "region"),
    ("North Waziristan", "PK", "region"),
    ("Puntland", "SO", "region"),
    ("Mucojo", "MZ", "city"),
    ("Masisi", "CD", "city"),
    ("Ras Isa", "YE", "city"),
])
def test_the_index_holds_well_known_conflict_areas_and_towns(name: str, iso: str, feature: str, gazetteer: Gazetteer) -> None:
    assert (iso, feature) in {(c.iso, c.feature) for c in gazetteer.candidates(name)}


@pytest.mark.parametrize("spelling, iso", [("Tal Tamr", "SY"), ("Ain Issa", "SY"), ("Ras al-Ain", "SY"), ("Kunar", "AF")])
def test_the_news_spelling_of_a_place_geonames_transliterates_otherwise_finds_it(
    spelling: str, iso: str, gazetteer: Gazetteer
) -> None:
    assert any(c.iso == iso for c in gazetteer.candidates(spelling))


def test_a_town_of_a_conflict_province_beats_a_bigger_namesake_abroad(gazetteer: Gazetteer) -> None:
    text = "Insurgents attacked the town of Palma in Mozambique's Cabo Delgado province on Wednesday."
    place = resolved(text, ["Palma", "Mozambique", "Cabo Delgado"], gazetteer)["Palma"]
    assert (place.iso, place.admin1, place.feature) == ("MZ", "Cabo Delgado", "city")


def test_a_town_without_a_county_in_the_index_stays_itself_inside_the_county_the_text_names(gazetteer: Gazetteer) -> None:
    # The index files North Kivu as a county of Nord Kivu and gives Masisi no county.
    text = "Rebels seized Masisi in North Kivu province, the army said."
    place = resolved(text, ["Masisi", "North Kivu"], gazetteer)["Masisi"]
    assert (place.name, place.feature) == ("Masisi", "city")
