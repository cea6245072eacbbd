"""Session 32: a strike that hits a place or people or kills is a weapon's strike, the air strike a report
names by "strike" alone after its lead ("the strike hit the market on Monday"), not a walkout (which "hit
shipping"); a protest told as having "turned violent" is a violent demonstration."""

from __future__ import annotations

import pytest

from eventwire.extract import what


def _refined(code: str, text: str) -> str:
    return what.refine(code, text, what.cue_lexicon().matches(text))


@pytest.mark.parametrize("text", [
    "They say the strike hit the market in the town of Kora on Monday morning, as farmers gathered.",
    "Witnesses said the strike had destroyed two houses near the well.",
])
def test_a_strike_that_hits_a_place_is_an_air_strike(text: str):
    assert _refined("PEACE_PROTEST", text) == "AIR_STRIKE"


@pytest.mark.parametrize("text", [
    "The strike hit shipping at the port on Monday, as hundreds of dockers gathered outside the gates.",
    "Dockers went on strike on Monday and the strike hit the market for fish.",
])
def test_a_walkout_that_hit_trade_stays_a_protest(text: str):
    assert _refined("PEACE_PROTEST", text) == "PEACE_PROTEST"


def test_a_protest_that_turned_violent_is_a_violent_demonstration():
    text = "Riot police fired tear gas and arrested dozens after rallies against a fuel tax turned violent in Oporto."
    assert _refined("PROTEST_WITH_INTER", text) == "VIOL_DEMONSTR"
