"""Places (s32, lead): a region the report names vouches for a lookalike spelling of a town of a
state that bears the region's name, however far that town lies from the report's other towns
(without the region the far-off lookalike stays doubtful and the name is kept as written); "the
city" right after a sentence that introduced "the city of X" is X, not the report's own city.

Fixtures are short invented texts.
"""

from __future__ import annotations

from geo_helpers import mention_places, place_name

CAPITAL = "Drones struck a fuel depot in Khartoum on Sunday, the government said. "


def test_a_named_region_vouches_for_a_lookalike_town_in_its_state() -> None:
    places = mention_places(CAPITAL + "In the Kordofan region, fighters of the paramilitary group attacked the town of "
                            "Al-Fula on Monday, killing nine people, residents said.")
    place = places["In the Kordofan region,"]
    assert place is not None and place.admin1.endswith("Kordofan") and place.name != "Al-Fula"


def test_without_the_region_the_far_lookalike_stays_doubtful() -> None:
    places = mention_places(CAPITAL + "Fighters of the paramilitary group attacked the town of Al-Fula on Monday, "
                            "killing nine people, residents said.")
    assert place_name(places["Fighters of the paramilitary"]) == "Al-Fula"


def test_the_city_after_the_city_of_x_is_x() -> None:
    places = mention_places(
        "Shells hit a school in the north of Mosul on Sunday, and much of the city lost power, officials said. "
        "On Monday, gunmen attacked a checkpoint on the edge of the city of Kirkuk, killing two policemen, police said. "
        "The gunmen later fired on an army patrol on the city's southern outskirts, wounding a soldier, the army said.")
    assert place_name(places["The gunmen later fired"]) == "Kirkuk"
