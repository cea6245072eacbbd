"""Actor choice (s27): one helper tells a state's forces by name; a capitalised "Group" inside a
name counts no one (no endless resolving)."""

from __future__ import annotations

from who_helpers import actors_at

from eventwire import taxonomy as tx
from eventwire.extract.who import is_state_forces
from eventwire.records import Actor


def test_a_state_s_military_and_police_are_its_forces():
    assert is_state_forces(Actor("Military Forces of Chad", tx.STATE_FORCES))
    assert is_state_forces(Actor("Police Forces of Chad", tx.STATE_FORCES))
    assert not is_state_forces(Actor("Police Forces of Chad", tx.STATE_FORCES), kinds=("Military",))
    assert not is_state_forces(Actor("Government of Chad", tx.STATE_FORCES))
    assert not is_state_forces(None)


def test_a_group_s_name_with_group_of_a_country_resolves_without_recursion():
    text = ("Overnight, five members of the Hunters Group of Nigeria were gunned down at their checkpoint near Mopeli by "
            "attackers, the group's state commander said.")
    assert actors_at(text, "gunned", "Nigeria") == ("Unidentified Armed Group (Nigeria)", "Hunters Group of Nigeria")
