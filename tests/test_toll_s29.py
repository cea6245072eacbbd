"""Session 29: counted victims whom a longer phrase or a relative clause describes before a passive
casualty verb ("two men riding a motorcycle outside the village were killed", "a man accused of
stealing cattle was beaten to death", "four guards who were trapped inside were killed"), one whose
body was found, and people buried ("19 people were buried the next day") are counted; a phrase that
opens a clause of its own, or that holds a casualty word, describes no one."""

from __future__ import annotations

import pytest

from eventwire.extract.toll import find_tolls


@pytest.mark.parametrize(("text", "kind", "figure"), [
    ("On Friday, two men riding a motorcycle outside a village near the river were killed by a drone strike.",
     "killed", 2),
    ("A man accused of stealing cattle was beaten to death by a crowd in the market.", "killed", 1),
    ("Rioters set fire to the depot, and four guards who were trapped inside were killed, officials said.",
     "killed", 4),
    ("A nurse trying to calm the crowd was shot outside the clinic.", "injured", 1),
    ("A lorry driver was abducted last month, and his body was found two days later, his family said.",
     "killed", 1),
    ("Her body was recovered from the river on Sunday.", "killed", 1),
])
def test_victims_described_before_their_verb_are_counted(text: str, kind: str, figure: int):
    assert [(f.kind, f.figure) for f in find_tolls(text)] == [(kind, figure)]


@pytest.mark.parametrize(("text", "expected"), [
    # the phrase opens another clause: the civilians are the dead
    ("Two soldiers guarding the post where three civilians were killed were arrested.", [("killed", 3)]),
    # a casualty word in the clause is the victim's own: found dead, not merely shot
    ("A farmer who was found dead in a field was shot twice.", [("killed", 1)]),
])
def test_a_phrase_that_is_no_description_counts_no_one(text: str, expected: list[tuple[str, int]]):
    assert [(f.kind, f.figure) for f in find_tolls(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Nineteen people were buried in a mass grave the next day, a resident said.", [("killed", 19)]),
    ("Three people were buried under the rubble of their house.", []),  # maybe alive
    ("The gunman buried the rifle in the yard.", []),
])
def test_the_buried_are_dead(text: str, expected: list[tuple[str, int]]):
    assert [(f.kind, f.figure) for f in find_tolls(text)] == expected
