"""ACLED's rules after the model, on short invented sentences: a suicide bombing told without the
word "suicide" (explosives on the body, the bomber among the dead); a fight between two parties'
followers with no firearm is mob violence."""

from __future__ import annotations

import pytest

from eventwire.extract import what


def refined(code: str, text: str) -> str:
    return what.refine(code, text, what.cue_lexicon().matches(text))


def cues(text: str) -> set[str]:
    return set(what.cue_lexicon().matches(text))


@pytest.mark.parametrize("text", [
    "A man detonated explosives strapped to his chest at a checkpoint outside Lendi, killing himself and four guards.",
    "A teenage girl set off a bomb concealed under her veil near the bus station, killing herself and six passengers.",
    "The attacker detonated his vest as guards searched him at the gate, an official said.",
    "Nine people died, the bomber among them, a medic said.",
    "Seven people were killed, including the bomber, the governor said.",
])
def test_a_suicide_bombing_told_without_the_word_suicide_has_its_cue(text):
    assert "SUIC_BOMB" in cues(text)


@pytest.mark.parametrize("text", [
    "The gunman then killed himself, police said.",
    "A bomb hidden under a parked car exploded near the market, killing three people.",
])
def test_a_killer_who_killed_himself_or_a_planted_bomb_is_no_suicide_bombing(text):
    assert "SUIC_BOMB" not in cues(text)


@pytest.mark.parametrize("model", ["ATTACK", "ARMED_CLASH"])
@pytest.mark.parametrize("text", [
    "Three people were hurt on Saturday when supporters of the ruling Unity Front party and the opposition Freedom "
    "Alliance fought with sticks and stones outside a polling station in Lendi, police said.",
    "Rival party activists clashed with clubs and machetes in the market town of Lendi on Friday, leaving two dead.",
])
def test_a_fight_between_two_parties_followers_is_mob_violence(model, text):
    assert refined(model, text) == "MOB_VIOL"


@pytest.mark.parametrize("text", [
    "Supporters of the ruling party and the opposition clashed near the polls, and police fired live rounds, killing two.",
    "Members of the youth league and fighters of the Lendi Liberation Front clashed with rifles near the bridge.",
    "Supporters of the ruling party and the opposition fought in Lendi until militants attacked both camps.",
])
def test_partisans_with_firearms_or_armed_groups_are_not_a_mob(text):
    assert refined("ARMED_CLASH", text) != "MOB_VIOL"


@pytest.mark.parametrize("text, code", [
    ("Police picked up 14 young men in raids across the old town and were questioning them about the blast.", "ARREST"),
    ("Gendarmes rounded up some 30 traders at the market on Friday.", "ARREST"),
    ("On Wednesday the army flew more troops to the border post and started building a permanent camp there.",
     "HQ_ESTABLISHED"),
    ("Two bus drivers were taken by jihadist fighters on the road north of Lendi late on Sunday.", "ABDUCT_DISSAP"),
])
def test_arrests_bases_and_abductions_told_in_other_words_have_their_cue(text, code):
    assert code in cues(text)


def test_a_group_of_young_men_wrecking_property_is_a_riot():
    text = "Overnight, a group of young men smashed the windows of a party office in Lendi and set fire to a car outside."
    assert refined("PROPERTY_DISTRUCT", text) == "VIOL_DEMONSTR"
    assert refined("ATTACK", "Soldiers shot three young men and set fire to their houses, residents said.") == "ATTACK"


def test_armed_men_who_made_off_with_goods_and_hurt_no_one_looted():
    text = "About a dozen men with shotguns raided a mining camp overnight and made off with gold and two outboard engines."
    assert "PROPERTY_DISTRUCT" in cues(text)
    assert refined("ARMED_CLASH", text) == "PROPERTY_DISTRUCT"
