"""A side's account given on a later day ("the ministry said the next day that its forces had
repelled the assault") is the statement's time, not an act that followed: it joins the act."""

from __future__ import annotations

import pytest

from extraction_helpers import event_of, events_of


@pytest.mark.parametrize("account", [
    "The defence ministry said the next day that its forces had repelled the assault and killed 12 of the attackers.",
    "The army said on the following day that its troops had repelled the assault and killed 12 of the attackers.",
])
def test_a_sides_account_given_the_next_day_joins_the_act(account):
    events = events_of("Gunmen attacked an army post near Mopti in central Mali on Wednesday night, killing four "
                       f"soldiers, residents said. {account}")
    act = event_of(events, "Gunmen attacked")
    assert any(m.sentence.text.startswith(account[:20]) for m in act.mentions)
    assert len(events) == 1


def test_an_act_on_the_next_day_stays_an_act_of_its_own():
    events = events_of("Gunmen attacked an army post near Mopti in central Mali on Wednesday night, killing four "
                       "soldiers, residents said. The next day, army jets bombed a camp near Djenne, killing 20 "
                       "fighters, the army said.")
    assert len(events) == 2
