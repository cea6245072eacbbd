"""Session 22: a third party's restated toll joins the act it counts, one report's rival tolls give
the lowest, nobody hurt is no figure, and moods and alliances are no events."""

from __future__ import annotations

from eventwire.extract.toll import find_tolls
from extraction_helpers import event_of, events_of


def test_nobody_hurt_is_no_figure():
    assert find_tolls("No one was injured when the roof fell in.") == []
    assert find_tolls("Not one guard was hurt, the warden said.") == []
    assert [(f.figure, f.kind) for f in find_tolls("One guard was hurt, the warden said.")] == [(1, "injured")]


def test_a_monitors_toll_with_no_doer_joins_the_ambush_and_keeps_its_figure():
    events = events_of("Gunmen ambushed a police patrol on the road outside Velmora, in Cauca department, on "
                       "Tuesday, killing three officers, the defence ministry said. A local monitoring group said "
                       "five officers had died.")
    ambush = event_of(events, "Gunmen ambushed")
    assert ambush is event_of(events, "A local monitoring group")
    assert ambush.fatalities == 3
    assert sorted(f.figure for f in ambush.fatality_claims if f.kind == "killed") == [3, 5]


def test_residents_naming_some_of_the_dead_tell_the_strike():
    events = events_of("An army drone struck a convoy of motorcycles near the town of Kandoro, in Borno state, on "
                       "Monday, killing what the army said were 11 fighters. Residents said four of the dead were "
                       "traders on their way to market.")
    strike = event_of(events, "An army drone")
    assert strike is event_of(events, "Residents said")
    assert "Civilians (Nigeria)" in {c.claimant for c in strike.claims}


def test_two_offices_rival_tolls_in_one_report_give_the_lowest():
    events = events_of("Rebels attacked a police station in the town of Velmora in Cauca department on Saturday, "
                       "killing two officers, the defence ministry said. The governor of Cauca said five officers "
                       "had been killed in the attack.")
    attack = event_of(events, "Rebels attacked")
    assert attack is event_of(events, "The governor")
    assert attack.fatalities == 2


def test_a_growing_mood_and_an_alliance_are_noevents_of():
    events = events_of("Gunmen killed four farmers near the village of Umbeti, in Plateau state, on Friday, police "
                       "said. Tensions have grown in the area since last year, and the farmers' union has accused "
                       "the state government of arming herders. The militia, which has fought the army since 2019, "
                       "allied itself with a rival faction last year.")
    assert len(events) == 1
