"""ACLED's rules after the model, on short invented sentences: a suicide bombing told without the
word "suicide" (explosives on the body, the bomber among the dead); a fight between two parties'
followers with no firearm is mob violence. Helper B: where the model reads an act wrong or not at
all: a place retaken that the model read as no event; people unheard of since soldiers took them (a
disappearance); a beating by masked men (an attack); inmates of one gang killing members of a rival
gang in a prison riot (an armed clash: ACLED codes organised armed groups fighting each other as a
battle, and gangs that kill with weapons are such groups, not demonstrators; a crowd's riot with no
rival groups stays a riot); a crowd that set a building ablaze before troops dispersed it (a violent
demonstration, not intervention)."""

from __future__ import annotations

import pytest

from eventwire import taxonomy
from eventwire.extract import what
from eventwire.records import Actor


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


def told(text: str) -> str | None:
    found = what._told_outright(text, what.cue_lexicon().matches(text))
    return found[0] if found else None


def test_a_place_retaken_is_territory_whatever_the_model_read():
    text = ("On Sunday, soldiers of the Ruritanian armed forces, backed by Freedonian advisers, retook the village "
            "of Pesko from the Varr militia, the army said, without giving a toll.")
    assert told(text) == "GOV_REGAINS_TERIT"
    assert what.refine(told(text), text, what.cue_lexicon().matches(text)) == "GOV_REGAINS_TERIT"


def test_people_unheard_of_since_soldiers_took_them_are_a_disappearance():
    text = "Nothing has been heard of a grocer and his nephew since soldiers took them from a bus near Callan, relatives said."
    assert told(text) == "ABDUCT_DISSAP"
    assert told("Nothing has been heard from the hikers since they set off on Monday.") is None


def test_the_disappearance_is_told_by_the_taking_verb():
    text = "Nothing has been heard of the two drivers since militiamen seized them on the road to Ostra."
    found = what._told_outright(text, what.cue_lexicon().matches(text))
    assert found is not None and text[slice(*found[1])] == "seized"


@pytest.mark.parametrize("text", [
    "Masked men beat three students outside their dormitory in Pellham on Friday, a rights group said.",
    "Unknown assailants beat a reporter with iron bars in Dunmore on Monday.",
    "A local lawyer was badly beaten by men in plain clothes in Tarno, his colleagues said.",
])
def test_a_beating_cues_an_attack(text):
    assert "ATTACK" in cues(text)


@pytest.mark.parametrize("text", [
    "Ruritania beat Freedonia 3-1 in the final on Sunday.",
    "The champions were beaten by 2 goals in Varna.",
])
def test_a_game_won_cues_no_attack(text):
    assert "ATTACK" not in cues(text)


@pytest.mark.parametrize("text", [
    "Inmates killed five members of a rival gang during a riot at the Vortan jail on Friday, officials said.",
    "On Monday, inmates of the Red Hand killed three members of the rival Sparrows in a riot inside the jail.",
])
def test_rival_gangs_killing_each_other_in_a_prison_riot_are_an_armed_clash(text):
    assert refined("VIOL_DEMONSTR", text) == "ARMED_CLASH"


def test_a_prison_riot_of_no_rival_groups_stays_a_riot():
    text = "Inmates rioted at the Vortan jail on Friday, burning mattresses, and two guards were injured."
    assert refined("VIOL_DEMONSTR", text) == "VIOL_DEMONSTR"


@pytest.mark.parametrize("text", [
    "On Sunday, villagers angered by the arrests set the local party office in Tembu ablaze and blocked the main "
    "road until police dispersed them by firing into the air.",
    "Residents furious over the shooting set two government vehicles near the market ablaze before soldiers "
    "fired warning shots.",
])
def test_a_crowd_that_set_property_ablaze_before_it_was_dispersed_is_a_riot(text):
    assert "PROPERTY_DISTRUCT" in cues(text)
    assert refined("PROTEST_WITH_INTER", text) == "VIOL_DEMONSTR"


def test_setting_oneself_on_fire_is_no_property_destroyed():
    assert "PROPERTY_DISTRUCT" not in cues("A man set himself on fire outside the parliament in Varno on Monday.")


def test_the_injured_taken_to_hospital_after_a_shooting_are_its_toll_not_people_taken():
    texts = ["Two men were shot outside a bar in Kelso on Friday night.",
             "Both of the wounded were driven to a clinic in Kelso by neighbours."]
    labels = [what.Classification("ATTACK", 0.9, (14, 18)), what.Classification("ABDUCT_DISSAP", 0.6)]
    assert [label.code for label in what.in_report(texts, labels)] == ["ATTACK", "ATTACK"]


def test_a_battle_read_in_a_prison_riot_of_rival_gangs_stays_a_battle():
    text = "On Monday, inmates of the Red Hand killed three members of the rival Sparrows in a riot inside the jail."
    assert refined("ARMED_CLASH", text) == "ARMED_CLASH"
    assert refined("ARMED_CLASH", "Police opened fire on young men who were rioting in Kelso, killing one.") == "VIOL_DEMONSTR"


def test_a_crowd_that_beats_people_is_a_mob_and_police_beating_a_crowd_are_not():
    assert refined("ATTACK", "In Kelso, an angry crowd cornered two clerks outside a migrant-owned shop and beat them.") == "MOB_VIOL"
    assert refined("ATTACK", "Police fired on a crowd and beat two students in Kelso.") != "MOB_VIOL"


def test_an_ambush_whose_escort_fought_back_in_the_next_sentence_stays_a_battle():
    civilians = Actor(name="Civilians (Mali)", inter=taxonomy.CIVILIANS)
    text = "Fighters ambushed a convoy of lorries near Lendi on Sunday, killing three drivers."
    assert what.by_sides("ARMED_CLASH", None, civilians, text) == "ATTACK"
    assert what.by_sides("ARMED_CLASH", None, civilians, text,
                         "Soldiers escorting the convoy returned fire and the attackers fled.") == "ARMED_CLASH"
    assert what.by_sides("ARMED_CLASH", None, civilians, text, "The drivers were buried on Monday.") == "ATTACK"
