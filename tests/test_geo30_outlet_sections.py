"""A news site's section named after a town or state ("example.com/arlington_news/story/1.html")
says where its local stories are, as a host name does ("athensledger.com").

Fixtures are invented addresses and sentences.
"""

from __future__ import annotations

import pytest

from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.outlet import outlet_places, outlet_sections
from eventwire.gazetteer.resolve import make_mention, resolve_mentions


@pytest.mark.parametrize("address, sections", [
    ("http://example.com/arlington_news/story/1272887.html", [("arlington", "news"), ("story",)]),
    ("https://example.com/news/tamil-nadu/a-long-story-slug-about-a-dam/", [("news",), ("tamil", "nadu")]),
    ("https://example.com/2009/03/10/index.html", []),
    ("Valley Wire", []),
    ("", []),
])
def test_sections_are_the_short_path_segments_before_the_story(address: str, sections: list) -> None:
    assert outlet_sections(address) == sections


def test_a_section_names_towns_by_their_whole_name_and_skips_section_words(gazetteer: Gazetteer) -> None:
    places = outlet_places("http://example.com/metro/los_angeles_metro/story.html", gazetteer)
    assert ("Los Angeles", "California") in {(p.name, p.admin1) for p in places}
    assert not any(p.name == "Metro" for p in places)


def test_a_sections_town_settles_a_bare_name_the_article_agrees_with(gazetteer: Gazetteer) -> None:
    text = "Mansfield council members voted on Monday to refinance the city's debt."
    mention = make_mention(text, 0, len("Mansfield"))
    plain = resolve_mentions([mention], gazetteer, text, outlet="https://www.example.com/news/story/1.html")[0].place
    local = resolve_mentions([mention], gazetteer, text, outlet="https://www.example.com/arlington_news/story/1.html")[0].place
    assert plain.admin1 != "Texas"
    assert (local.iso, local.admin1) == ("US", "Texas")
