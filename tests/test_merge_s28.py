"""Session 28: a report's only named armed group, giving its own account of an act that unnamed
fighters did, is the doer of that act (one event, the group its actor1 and a claimant); a side's
toll of a bombing told with a killing verb is its account, not an armed act of its own."""

from __future__ import annotations

from extraction_helpers import events_of


def test_the_only_named_group_speaking_of_an_act_by_unnamed_fighters_did_it():
    text = ("MOGADISHU, Somalia – Eleven people were shot or burned to death on Wednesday when fighters set fire to "
            "the village of Dhagaxley in Somalia's Bay region, the district commissioner told reporters. "
            "In a message posted on its radio station, al-Shabaab said its fighters had overrun a post of a clan "
            "militia in the village and killed about 40 militiamen.")
    events = [e for e in events_of(text) if not e.historical]
    assert len(events) == 1
    assert events[0].actor1 is not None and events[0].actor1.name == "Al Shabaab"
    assert "Al Shabaab" in [c.claimant for c in events[0].claims]
    assert events[0].fatalities == 11


def test_a_side_tells_the_toll_of_its_bombing_with_a_killing_verb():
    text = ("MOGADISHU, Somalia – At least a dozen people were killed on Wednesday when a suicide bomber drove a "
            "car packed with explosives into the gate of a police station in the town of Dhagaxley, police said. "
            "Al-Shabaab said in a statement that its fighter had killed 25 policemen.")
    events = [e for e in events_of(text) if not e.historical]
    assert len(events) == 1
    assert events[0].sub_event_type == "Suicide bomb"
    assert events[0].fatalities == 12
