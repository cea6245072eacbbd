"""Places (s31): a town the index knows only under another transliteration ("al-Gadaref" for
GeoNames' Al Qadarif: the Arabic article, vowels, q/g) is found by its variant key; of a name's
lookalikes abroad and at home, the one in the state the report names is taken; a bare upper-case
dateline stays the report's place when the parser makes it the subject of "police said".

Fixtures are short invented texts.
"""

from __future__ import annotations

from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.names import variant_key
from geo_helpers import mention_places


def test_a_variant_key_ignores_the_article_the_vowels_and_qaf() -> None:
    assert variant_key("al-Gadaref") == variant_key("Al Qadarif") != ""
    assert variant_key("el-Sukhna") == variant_key("As Sukhnah") != ""


def test_a_short_skeleton_has_no_variant_key() -> None:
    # Two or three consonants ("Hula", "Tiba") are shared by too many places to tell one apart.
    assert variant_key("Hula") == variant_key("Tiba") == ""


def test_the_index_finds_a_town_by_another_transliteration(gazetteer: Gazetteer) -> None:
    assert gazetteer.candidates("al-Gadaref") == []
    assert "Al Qadarif" in [c.name for c in gazetteer.variant_candidates("al-Gadaref")]


def test_a_town_spelled_otherwise_in_the_report_is_placed_there() -> None:
    places = mention_places("Shelling hit the main market in the town of al-Gadaref on Sunday, killing four "
                     "people, doctors said.")
    place = places["Shelling hit the main"]
    assert place is not None and place.iso == "SD" and abs(place.latitude - 14.03) < 0.2


def test_of_a_names_lookalikes_the_one_in_the_named_province_is_taken() -> None:
    # "el-Sukhna" is also a transliteration of a town in India: the report names a Syrian province.
    places = mention_places("A roadside bomb hit an army truck near el-Sukhna in Homs province on Friday, "
                     "killing two soldiers, state media said.")
    place = places["A roadside bomb hit"]
    assert place is not None and place.iso == "SY" and place.admin1 == "Homs" and place.longitude > 38.5


def test_a_bare_dateline_said_by_the_police_is_the_reports_place() -> None:
    places = mention_places("LUBBOCK — A man was shot and killed outside a bar early Sunday, police said. "
                     "No arrests have been made.")
    place = places["LUBBOCK — A man"]
    assert place is not None and place.name == "Lubbock"


def test_a_town_near_which_the_text_puts_something_in_a_named_country_is_a_place(gazetteer: Gazetteer) -> None:
    from eventwire.extract.where import Toponym, _towns_near_known_places

    text = "Jets bombed caves near Bamarni in northern Iraq overnight."
    country = Toponym(text.index("Iraq"), text.index("Iraq") + len("Iraq"))
    found = _towns_near_known_places(text, [country], gazetteer)
    assert [text[t.start : t.end] for t in found] == ["Bamarni"]


def test_a_district_a_city_owns_lies_in_that_city() -> None:
    # "Kyivskyi" is also the name of a district of another city, hundreds of kilometres away.
    places = mention_places("ODESA, Ukraine – A Russian drone struck a minibus in Odesa's Kyivskyi district on Monday "
                     "evening, killing two passengers, the regional governor said.")
    place = places["ODESA, Ukraine – A"]
    assert place is not None and place.admin1 == "Odessa"
