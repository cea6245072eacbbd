"""Session 33: people treated in hospital for their wounds are counted as injured."""

from __future__ import annotations

from eventwire.extract.toll import find_tolls


def test_people_treated_in_hospital_for_their_wounds_are_injured():
    found = find_tolls("The medical charity said 17 patients were treated in hospital for bullet wounds.")
    assert [(f.figure, f.kind) for f in found] == [(17, "injured")]


def test_people_treated_at_a_named_hospital_are_injured():
    found = find_tolls("Nine were treated at the Mater hospital for stab wounds.")
    assert [(f.figure, f.kind) for f in found] == [(9, "injured")]
