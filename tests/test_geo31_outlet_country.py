"""A statewide site named by its state's postal code ("al.com") is that state's, and an outlet
whose domain names no country (".com") writes for its home's country: a bare "Birmingham" on a
US state's site is the US one.

Fixtures are invented addresses and sentences.
"""

from __future__ import annotations

import pytest

from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.outlet import outlet_facts, outlet_places
from eventwire.gazetteer.resolve import make_mention, prepare_mentions, resolve_mentions


@pytest.mark.parametrize("address, state", [
    ("https://www.al.com/news/2018/04/a-story.html", "Alabama"),
    ("http://www.nj.com/politics/index.ssf/2018/a-story.html", "New Jersey"),
])
def test_a_two_letter_host_is_the_state_of_that_postal_code(gazetteer: Gazetteer, address: str, state: str) -> None:
    assert [(p.name, p.feature, p.iso) for p in outlet_places(address, gazetteer)] == [(state, "admin1", "US")]


def test_a_two_letter_host_that_is_no_state_code_names_nothing(gazetteer: Gazetteer) -> None:
    assert outlet_places("https://www.dw.com/en/a-story/a-1", gazetteer) == ()


def test_an_outlet_without_a_country_domain_takes_its_homes_country(gazetteer: Gazetteer) -> None:
    text = "Tickets for the Birmingham festival went on sale on Monday."
    mention = make_mention(text, text.index("Birmingham"), text.index("Birmingham") + len("Birmingham"))
    options = prepare_mentions([mention], gazetteer, text).options
    country, home = outlet_facts("https://www.al.com/entertainment/2018/04/a-story.html", options, gazetteer)
    assert (country, home.name if home else None) == ("US", "Alabama")
    assert outlet_facts("https://www.example.co.uk/news/1", options, gazetteer)[0] == "GB"
    assert outlet_facts("https://www.example.com/news/1", options, gazetteer) == ("", None)


def test_a_state_sites_bare_town_name_is_the_one_in_its_state(gazetteer: Gazetteer) -> None:
    text = "Tickets for the Birmingham festival went on sale on Monday."
    mention = make_mention(text, text.index("Birmingham"), text.index("Birmingham") + len("Birmingham"))
    plain = resolve_mentions([mention], gazetteer, text, outlet="https://www.example.com/news/story/1.html")[0].place
    local = resolve_mentions([mention], gazetteer, text, outlet="https://www.al.com/entertainment/2018/04/a-story.html")[0].place
    assert plain.iso == "GB"
    assert (local.iso, local.admin1) == ("US", "Alabama")
