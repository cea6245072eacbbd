"""Actor choice (s27): one helper tells a state's forces by name."""

from __future__ import annotations

from eventwire import taxonomy as tx
from eventwire.extract.who import is_state_forces
from eventwire.records import Actor


def test_a_state_s_military_and_police_are_its_forces():
    assert is_state_forces(Actor("Military Forces of Chad", tx.STATE_FORCES))
    assert is_state_forces(Actor("Police Forces of Chad", tx.STATE_FORCES))
    assert not is_state_forces(Actor("Police Forces of Chad", tx.STATE_FORCES), kinds=("Military",))
    assert not is_state_forces(Actor("Government of Chad", tx.STATE_FORCES))
    assert not is_state_forces(None)
