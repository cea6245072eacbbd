"""Conflict-report places: a span that carries its own unit word ("Ghazni province") is the unit,
not the town it is named after; a name the text calls a village is no far-off big city
("the village of Kobe" in a report from Mali).

Fixtures are short invented texts.
"""

from __future__ import annotations

import pytest

from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.context import read_cues
from geo_helpers import resolved


def test_a_unit_word_inside_the_span_is_read_as_one_after_it() -> None:
    text = "Gunmen attacked a checkpoint in Ghazni province on Monday."
    start = text.index("Ghazni")
    assert read_cues(text, start, start + len("Ghazni province")).admin
    assert read_cues(text, start, start + len("Ghazni")).admin
    assert read_cues("Troops entered Sai Buri district.", 15, 15 + len("Sai Buri district")).admin


@pytest.mark.parametrize("name", ["Czech Republic", "Islamic State", "Suffolk County"])
def test_names_closing_with_a_country_group_or_county_word_keep_their_cues(name: str) -> None:
    text = f"Officials in {name} said so."
    assert not read_cues(text, 13, 13 + len(name)).admin


def test_a_province_named_with_its_word_is_the_province_not_its_capital(gazetteer: Gazetteer) -> None:
    text = "Gunmen attacked a checkpoint in Ghazni province on Monday, killing four police officers."
    place = resolved(text, ["Ghazni province"], gazetteer)["Ghazni province"]
    assert place is not None and place.feature == "admin1" and place.iso == "AF"
    text = "Gunmen attacked a checkpoint in Ghazni on Monday, killing four police officers."
    place = resolved(text, ["Ghazni"], gazetteer)["Ghazni"]
    assert place is not None and place.feature == "city" and place.iso == "AF"


def test_the_village_of_a_big_foreign_citys_name_is_not_that_city(gazetteer: Gazetteer) -> None:
    text = "Gunmen killed 12 people in the village of Kobe on Sunday, officials in Mali said. Troops came from Mopti."
    places = resolved(text, ["Kobe", "Mali", "Mopti"], gazetteer)
    assert places["Kobe"] is None or places["Kobe"].iso == "ML"
    text = "Gunmen killed 12 people in the village of Kobe in central Mali on Sunday."
    places = resolved(text, ["Kobe", "Mali"], gazetteer)
    assert places["Kobe"] is not None and places["Kobe"].iso == "ML"


def test_a_big_city_named_without_a_settlement_word_keeps_its_country(gazetteer: Gazetteer) -> None:
    text = "Officials in Mali met investors in Kobe on Sunday, and traders from Mopti joined them."
    place = resolved(text, ["Mali", "Kobe", "Mopti"], gazetteer)["Kobe"]
    assert place is not None and place.iso == "JP"


def test_a_bare_unit_word_is_no_unit_name() -> None:
    text = "the office of the County and District Attorney"
    start = text.index("District")
    assert not read_cues(text, start, start + len("District")).admin


def test_a_short_county_name_yields_to_the_town_of_the_state_the_report_is_about(gazetteer: Gazetteer) -> None:
    text = ("HELENA, Mont. (AP) - Montana is negotiating to keep the prison in Shelby open. Montana officials "
            "traveled to Nashville, Tennessee, for talks. Montana offered less money.")
    shelby = resolved(text, ["HELENA", "Mont.", "Montana", "Shelby", "Nashville", "Tennessee"], gazetteer)["Shelby"]
    assert shelby is not None and shelby.feature == "city" and shelby.admin1 == "Montana"
    text = "Deputies in Shelby arrested a man, Tennessee officials said, and Memphis police helped."
    shelby = resolved(text, ["Shelby", "Tennessee", "Memphis"], gazetteer)["Shelby"]
    assert shelby is not None and shelby.admin1 == "Tennessee"

