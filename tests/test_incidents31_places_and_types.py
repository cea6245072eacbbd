"""Where raiders fled to is not where their act happened; weapons seized in a fight that killed
people are that fight; a state force's gunfight is a clash."""

from __future__ import annotations

from eventwire.extract.what import refine, cue_lexicon
from extraction_helpers import mention_of, mentions_of


def test_the_border_raiders_fled_towards_is_not_the_place_of_their_raid():
    mentions = mentions_of(
        "Armed cattle raiders killed three soldiers in an ambush near the town of Kotido in Uganda on Tuesday, "
        "the army said. The raiders fled towards the border with Kenya with about 200 head of cattle, an army "
        "spokesman told reporters.")
    fled = mention_of(mentions, "The raiders fled")
    assert fled.place is not None and fled.place.name == mention_of(mentions, "Armed cattle").place.name


def _refined(text: str, code: str) -> str:
    return refine(code, text, cue_lexicon().matches(text))


def test_weapons_seized_in_an_attack_that_killed_people_are_that_attack():
    text = "Troops attacked a rebel base near the village, killing three rebels and seizing weapons, the army said."
    assert _refined(text, "DISR_WEAP") == "ARMED_CLASH"
    assert _refined(text, "ATTACK") == "ARMED_CLASH"


def test_weapons_seized_without_a_fight_are_disrupted_weapons_use():
    text = "Soldiers seized 20 rifles and a cache of explosives in a raid on a house, the army said."
    assert _refined(text, "DISR_WEAP") == "DISR_WEAP"


def test_police_killing_attackers_in_a_gunfight_is_a_clash():
    text = "Police tracked the attackers to a house and killed three of them in a gunfight on Thursday."
    assert _refined(text, "ATTACK") == "ARMED_CLASH"


def test_police_shooting_a_man_with_no_fight_stays_an_attack():
    text = "Police shot dead a man at a checkpoint on Thursday, residents said."
    assert _refined(text, "ATTACK") == "ATTACK"
