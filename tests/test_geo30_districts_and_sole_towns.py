"""Conflict-report places the resolver dropped or moved: "X district" is the town's own unit, not
the province around it; a run cut short after a settlement cue names a place by its own name
only; a town the text places ("near X") whose name no other place bears is kept in the country
the report names, though the report's other places in that country lie far off; "marched through X",
"retook X" say that a name the tagger took for a person is a place.

Fixtures are short invented sentences.
"""

from __future__ import annotations

import pytest

from eventwire.extract.where import _after_settlement_cues, _looks_like_place
from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.context import read_cues
from eventwire.gazetteer.resolve import decide, make_mention, prepare_mentions
from geo_helpers import resolved


@pytest.mark.parametrize("text, name, expected", [
    ("A bomb went off in Narathiwat's Tak Bai district.", "Tak Bai", True),
    ("Clashes spread to two subdistricts of the Tak Bai district.", "Tak Bai", True),
    ("A bomb went off in the Narathiwat region.", "Narathiwat", False),
    ("A bomb went off in Tak Bai on Monday.", "Tak Bai", False),
])
def test_a_district_word_after_a_name_is_its_own_cue(text: str, name: str, expected: bool) -> None:
    start = text.index(name)
    assert read_cues(text, start, start + len(name)).district is expected


def test_a_district_named_after_its_town_is_the_town_not_the_province_around_it(gazetteer: Gazetteer) -> None:
    text = "Gunmen shot dead two rangers in Narathiwat's Tak Bai district on Monday, police said."
    place = resolved(text, ["Narathiwat", "Tak Bai"], gazetteer)["Tak Bai"]
    assert (place.name, place.feature, place.admin1) == ("Tak Bai", "city", "Narathiwat")


def test_a_region_named_after_its_capital_still_means_the_region(gazetteer: Gazetteer) -> None:
    text = "Fighting spread across the Narathiwat region, officials said."
    place = resolved(text, ["Narathiwat"], gazetteer)["Narathiwat"]
    assert place.feature == "admin1"


def test_a_settlement_run_cut_short_needs_a_place_of_that_very_name(gazetteer: Gazetteer) -> None:
    # GeoNames gives Van, Turkey the variant name "Ban"; the village's own name is unknown.
    text = "Troops searched houses in the village of Ban Sako Tue on Friday."
    assert not any(text[t.start : t.end] == "Ban" for t in _after_settlement_cues(text, gazetteer))


def test_a_settlement_run_cut_short_keeps_a_town_by_its_own_name(gazetteer: Gazetteer) -> None:
    text = "Rebels entered the town of Tak Bai Friday night."
    assert [text[t.start : t.end] for t in _after_settlement_cues(text, gazetteer)] == ["Tak Bai"]


def test_a_placed_town_no_other_place_is_named_after_stays_in_the_named_country(gazetteer: Gazetteer) -> None:
    text = ("Troops clashed with guerrillas near Pichari on Sunday, Peru's army said. In Arequipa, "
            "police arrested two men; Arequipa officials said they were drivers.")
    names = ["Pichari", "Peru", "Arequipa"]
    mentions = [make_mention(text, text.index(name), text.index(name) + len(name)) for name in names]
    later = text.rindex("Arequipa")
    mentions.append(make_mention(text, later, later + len("Arequipa")))
    pichari = decide(prepare_mentions(mentions, gazetteer, text))[0]
    assert (pichari.place.name, pichari.place.iso, pichari.fallback) == ("Pichari", "PE", False)


def test_a_settlement_run_cut_at_a_joiner_keeps_a_variant_name(gazetteer: Gazetteer) -> None:
    # GeoNames lists the news spelling "Hodeidah" as a variant name of Al Hudaydah.
    text = "Aircraft struck launchers near the port of Hodeidah on Tuesday."
    assert [text[t.start : t.end] for t in _after_settlement_cues(text, gazetteer)] == ["Hodeidah"]


def test_a_near_miss_spelling_after_a_settlement_cue_is_a_toponym(gazetteer: Gazetteer) -> None:
    # News writes "Kyaukphyu"; GeoNames' own name is "Kyaukpyu".
    text = "Fighters attacked an outpost near the port town of Kyaukphyu on Saturday."
    assert [text[t.start : t.end] for t in _after_settlement_cues(text, gazetteer)] == ["Kyaukphyu"]


def test_an_unknown_name_after_a_settlement_cue_is_no_toponym(gazetteer: Gazetteer) -> None:
    text = "Fighters attacked the village of Xqzwv on Saturday."
    assert _after_settlement_cues(text, gazetteer) == []


@pytest.mark.parametrize("text, name, expected", [
    ("Students marched through Kragujevac on Friday.", "Kragujevac", True),
    ("The army retook Lysychansk after weeks of fighting.", "Lysychansk", True),
    ("Rebels advanced towards Kindu on Monday.", "Kindu", True),
    ("Fans cheered Kragujevac on Friday.", "Kragujevac", False),
    ("The officer pressed his gun into Bell's back.", "Bell", False),
])
def test_a_name_people_went_through_or_an_army_retook_is_a_place(text: str, name: str, expected: bool, gazetteer: Gazetteer) -> None:
    start = text.index(name)
    assert _looks_like_place(text, start, start + len(name), gazetteer) is expected
