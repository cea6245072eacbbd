"""A person titled by a side's role is of that side, not the state (issue #5): each fixture is a
short report written for these tests."""

from __future__ import annotations

from extraction_helpers import mentions_of


def _sides(text):
    (mention,) = mentions_of(text)
    return mention.actor1 and mention.actor1.name, mention.actor2 and mention.actor2.name


def test_a_rebel_leader_named_is_of_the_rebels():
    assert _sides("Rebel leader John Kamau was killed by troops in Goma on Tuesday.")[1].startswith("Rebels")


def test_an_opposition_leader_named_is_no_state_official():
    assert _sides("Police arrested opposition leader Tundu Mrema in Arusha on Tuesday.")[1] != "Government of Tanzania"


def test_a_governor_named_is_still_the_state():
    assert _sides("Police arrested Governor Tundu Mrema in Arusha on Tuesday.")[1] == "Government of Tanzania"
