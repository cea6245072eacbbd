"""Session 35: types. People taken during a raid told before are part of the raid; the weapon of the act
told before, named again by "the", keeps the act's class; a post overrun with no word of its capture is a
battle; a "clash" on an official with no fight told is an attack; vigilantes fighting armed men is a battle."""

from __future__ import annotations

from eventwire.extract.what import Classification, by_sides, in_report, refine
from eventwire.records import Actor


def _actor(name: str, inter: int) -> Actor:
    return Actor(name=name, inter=inter)


def test_people_taken_during_the_raid_are_the_raid():
    labels = [Classification("ATTACK", 0.9), Classification("ABDUCT_DISSAP", 0.8)]
    texts = ["Raiders have killed eleven herders in a raid on a cattle camp in the east, officials say.",
             "Four girls were carried off during the raid, the commissioner added."]
    assert [label.code for label in in_report(texts, labels)] == ["ATTACK", "ATTACK"]


def test_the_weapon_named_again_keeps_the_act_class():
    labels = [Classification("AIR_STRIKE", 0.9), Classification("ART_MISS_ATTACK", 0.5)]
    texts = ["Guided bombs dropped by warplanes have killed five people in a river port, officials say.",
             "The bombs hit a fish market and a school on Tuesday night, the mayor wrote on Telegram."]
    assert [label.code for label in in_report(texts, labels)] == ["AIR_STRIKE", "AIR_STRIKE"]


def test_a_post_overrun_is_a_battle_unless_it_was_captured():
    text = "Militants overran the army outpost at Gorom on Saturday, a local official said."
    assert refine("NON_STATE_ACTOR_OVERTAKES_TER", text, {}) == "ARMED_CLASH"
    captured = "Militants overran the army outpost at Gorom and took control of the town, a local official said."
    assert refine("NON_STATE_ACTOR_OVERTAKES_TER", captured, {}) == "NON_STATE_ACTOR_OVERTAKES_TER"


def test_an_official_ambushed_is_attacked():
    text = "The district governor was ambushed on a dirt road on Friday as he returned from a funeral."
    assert by_sides("ARMED_CLASH", None, _actor("Government of Ruritania", 1), text) == "ATTACK"
    fought = "The district governor's convoy was ambushed on Friday and his guards returned fire."
    assert by_sides("ARMED_CLASH", None, _actor("Government of Ruritania", 1), fought) == "ARMED_CLASH"


def test_vigilantes_fighting_armed_men_is_a_battle():
    text = "Vigilantes killed five bandits who tried to rustle goats near the market on Friday."
    bandits = _actor("Unidentified Armed Group (Ruritania)", 3)
    assert by_sides("MOB_VIOL", None, bandits, text) == "ARMED_CLASH"
    lynched = "Vigilantes and a mob lynched two suspected bandits near the market on Friday."
    assert by_sides("MOB_VIOL", None, bandits, lynched) == "MOB_VIOL"


def test_a_missile_stopped_whole_after_its_firing_is_disrupted():
    labels = [Classification("ART_MISS_ATTACK", 0.8), Classification("DISR_WEAP", 0.8)]
    texts = ["Earlier, the rebels said they had fired a cruise missile at the main oil terminal.",
             "The navy said the missile had been intercepted over the sea and nobody was hurt."]
    assert [label.code for label in in_report(texts, labels)] == ["DISR_WEAP", "DISR_WEAP"]
    some = ["The rebels said they had fired 40 rockets at the border towns.",
            "The army said most of the rockets had been intercepted."]
    assert [label.code for label in in_report(some, labels)] == ["ART_MISS_ATTACK", "DISR_WEAP"]


def test_the_kidnappers_named_again_tell_the_abduction():
    labels = [Classification("ABDUCT_DISSAP", 0.9), Classification("ATTACK", 0.6)]
    texts = ["Armed men have seized 30 pupils from a boarding school in the north-west, teachers say.",
             "The gunmen arrived in pick-up trucks after midnight and broke into the dormitories, a guard said."]
    assert [label.code for label in in_report(texts, labels)] == ["ABDUCT_DISSAP", "ABDUCT_DISSAP"]
    shot = ["Armed men have seized 30 pupils from a boarding school in the north-west, teachers say.",
            "The gunmen shot dead a guard at the gate, a teacher said."]
    assert [label.code for label in in_report(shot, labels)] == ["ABDUCT_DISSAP", "ATTACK"]
