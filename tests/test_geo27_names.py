"""Names the packaged tables give one place only, or spell another way than the news."""

from __future__ import annotations

from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.resolve import resolve_toponym


def test_a_bare_congo_follows_the_articles_other_places(gazetteer: Gazetteer) -> None:
    east = "Rebels advanced on Goma, and Congo said it would send more troops to the east."
    west = "Voters queued in Brazzaville and Pointe-Noire on Sunday, and Congo counted the ballots."
    assert resolve_toponym("Congo", east, ["Goma"], gazetteer).iso == "CD"
    assert resolve_toponym("Congo", west, ["Brazzaville", "Pointe-Noire"], gazetteer).iso == "CG"


def test_the_english_spelling_of_a_unit_finds_it(gazetteer: Gazetteer) -> None:
    place = resolve_toponym("Middle Shabelle", "Troops retook a town in the Middle Shabelle region.", gazetteer=gazetteer)
    assert (place.iso, place.feature) == ("SO", "admin1")
