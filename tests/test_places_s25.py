"""Places (s25): a small town that nothing else in the report vouches for, picked by a slim margin
over a far larger namesake, is that namesake; "in the city" is the town the report first called
"the city"; "in the capital" is the capital of the report's country.

Fixtures are short invented texts.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.resolve import make_mention, resolve_mentions
from eventwire.pipeline import extract_article
from eventwire.records import Article


def _resolved(text: str, names: list[str], gazetteer: Gazetteer) -> list[tuple[str, str]]:
    mentions = [make_mention(text, text.index(name), text.index(name) + len(name)) for name in names]
    return [(r.place.name, r.place.admin1) if r else ("", "") for r in resolve_mentions(mentions, gazetteer, text)]


def _places(text: str) -> dict[str, str]:
    """Each mention's sentence opening (four words) -> its place's name."""
    mentions = extract_article(Article(id="t", text=text, title="", date=dt.date(2026, 3, 10)))
    return {" ".join(m.sentence.text.split()[:4]): m.place.name if m.place else "" for m in mentions}


@pytest.mark.parametrize("text", [
    "Springfield police said a man was wounded on Elm Street on Sunday. A suspect was later arrested in Canton.",
    "Two men were shot in Springfield on Friday night, police said. One of them lives in Canton.",
])
def test_a_lone_small_town_yields_to_a_far_larger_namesake(gazetteer: Gazetteer, text: str) -> None:
    springfield, _ = _resolved(text, ["Springfield", "Canton"], gazetteer)
    assert springfield == ("Springfield", "Massachusetts")


def test_a_small_town_the_text_puts_in_its_state_stays_there(gazetteer: Gazetteer) -> None:
    text = "Springfield, Mich., police said a man was wounded on Elm Street on Sunday. A suspect was arrested in Canton."
    springfield, _ = _resolved(text, ["Springfield", "Canton"], gazetteer)
    assert springfield == ("Springfield", "Michigan")


def test_in_the_city_is_the_town_the_report_first_called_the_city() -> None:
    places = _places(
        "LVIV (Reuters) - A missile hit a shopping centre in Dnipro on Friday, killing four people, the regional "
        "governor said. The city's mayor said rescuers were still searching the rubble. Officials said a drone had "
        "struck a depot in Pavlohrad overnight. In Lviv, hundreds of people rallied on Sunday to demand the release "
        "of prisoners. In July, a rocket struck a bus station in the city, killing six people, officials said.")
    assert places["In July, a rocket"] == "Dnipro"
    assert places["In Lviv, hundreds of"] == "Lviv"


def test_in_the_capital_is_the_capital_of_the_reports_country() -> None:
    places = _places(
        "MOPTI, Mali (Reuters) - Gunmen attacked the village of Dioura in central Mali on Monday, killing nine "
        "people, local officials said. Soldiers later clashed with the attackers near Diafarabe. In the capital, "
        "police arrested 14 opposition supporters on Wednesday as they gathered to protest the killings, their "
        "lawyer said.")
    assert places["In the capital, police"] == "Bamako"


def test_a_town_named_only_to_locate_another_is_not_the_city() -> None:
    places = _places(
        "Militiamen fought for hours in the port town of Garabulli, east of Tripoli, on Sunday, residents said. "
        "On Tuesday, shopkeepers blocked the coast road with burning tyres and asked the fighters to quit the city.")
    assert places["On Tuesday, shopkeepers blocked"] != "Tripoli"
