"""A side's answer to an act told before it ("Soldiers returned fire ..., the army said in a
statement on Monday") is that act, on its day; a third party's answer (police fighting off gangs
that attacked a town) is a clash of its own, on the act's day too."""

from __future__ import annotations

import datetime as dt

from eventwire.merge import merge_mentions
from extraction_helpers import mention_of, mentions_of

SIDES_ANSWER = (
    "Rebels of the Allied Democratic Forces ambushed an army patrol near the town of Beni on Monday, "
    "killing two soldiers, residents said. "
    "Soldiers returned fire and killed one of the attackers, the army said in a statement on Tuesday."
)


def test_a_sides_answer_keeps_the_acts_day_not_the_statements():
    mentions = mentions_of(SIDES_ANSWER)
    assert mention_of(mentions, "Rebels of").date == dt.date(2025, 1, 13)
    assert mention_of(mentions, "Soldiers returned fire").date == dt.date(2025, 1, 13)


def test_a_sides_answer_joins_the_act_it_answers():
    mentions = mentions_of(SIDES_ANSWER)
    answer = mention_of(mentions, "Soldiers returned fire")
    (event,) = [e for e in merge_mentions(mentions) if answer in e.mentions]
    assert mention_of(mentions, "Rebels of") in event.mentions
    assert event.sub_event_type == "Armed clash"


def test_a_third_partys_answer_stays_a_clash_of_its_own_on_the_acts_day():
    mentions = mentions_of(
        "Gang members attacked the town of Cabaret on Monday, killing at least 12 residents, witnesses said. "
        "Police said on Wednesday that officers had fought off the attackers, killing three gang members.")
    answer = mention_of(mentions, "Police said")
    assert answer.date == dt.date(2025, 1, 13)
    (event,) = [e for e in merge_mentions(mentions) if answer in e.mentions]
    assert mention_of(mentions, "Gang members") not in event.mentions


def test_repelling_an_attack_of_its_own_is_dated_by_its_statement():
    mentions = mentions_of(
        "Gunmen killed five traders on a road near the town of Beni on Monday, residents said. "
        "The army said on Wednesday it had repelled an attack on its base in the north of the province.")
    assert mention_of(mentions, "The army said").date != dt.date(2025, 1, 13)


def test_a_follow_up_by_a_side_is_an_act_of_its_own_not_an_account_of_the_attack():
    mentions = mentions_of(
        "Gunmen attacked a police post near the town of Bokkos in Plateau state on Sunday, killing two officers, "
        "residents said. Police later tracked the attackers to a forest and killed three of them, a police "
        "spokesman said.")
    follow_up = mention_of(mentions, "Police later")
    assert follow_up.actor1 is not None and follow_up.actor1.name.startswith("Police Forces")
    (event,) = [e for e in merge_mentions(mentions) if follow_up in e.mentions]
    assert mention_of(mentions, "Gunmen attacked") not in event.mentions


def test_a_claim_of_the_attack_after_a_follow_up_joins_the_attack_at_its_place():
    mentions = mentions_of(
        "Gunmen attacked a police post on the outskirts of Bokkos in Plateau state on Sunday, killing two officers, "
        "residents said. Police later tracked the attackers to a house in the village of Mushere and killed three "
        "of them in a gunfight. The Islamic State West Africa Province claimed the attack on the police post.")
    claim, attack = mention_of(mentions, "The Islamic State"), mention_of(mentions, "Gunmen attacked")
    (event,) = [e for e in merge_mentions(mentions) if claim in e.mentions]
    assert attack in event.mentions and mention_of(mentions, "Police later") not in event.mentions
    assert event.place is not None and event.place.name == attack.place.name


def test_a_denial_and_the_sides_own_act_is_its_account_of_the_act():
    mentions = mentions_of(
        "Government aircraft bombed the village of Mading in Upper Nile state on Tuesday, killing at least 11 "
        "people, residents said. The army denied targeting civilians and said it had struck militia positions.")
    account = mention_of(mentions, "The army denied")
    assert account.sub_event_type == mention_of(mentions, "Government aircraft").sub_event_type
    (event,) = [e for e in merge_mentions(mentions) if account in e.mentions]
    assert mention_of(mentions, "Government aircraft") in event.mentions


def test_an_act_the_event_before_came_a_day_after_is_dated_a_day_earlier():
    mentions = mentions_of(
        "Junta aircraft bombed a church in the village of Tahan in Sagaing region on Tuesday, killing nine "
        "civilians, residents said. The strike came a day after rebel fighters captured an army camp near the "
        "town of Kalay, the rebels said.")
    assert mention_of(mentions, "Junta aircraft").date == dt.date(2025, 1, 14)
    assert mention_of(mentions, "The strike came").date == dt.date(2025, 1, 13)


def test_hours_later_after_a_recalled_past_counts_from_the_act_before_it():
    mentions = mentions_of(
        "Junta aircraft bombed a church in the village of Tahan in Sagaing region on Tuesday, killing nine "
        "civilians, residents said. The strike came a day after rebel fighters captured an army camp near the "
        "town of Kalay, the rebels said. The army had held the camp since 2021. Hours later, soldiers who had "
        "fled the camp shot dead two farmers near the village of Natchaung, residents said.")
    assert mention_of(mentions, "Hours later").date == dt.date(2025, 1, 13)
