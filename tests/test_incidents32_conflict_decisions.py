"""Decisions about a conflict report's event (issue #6): a date that qualifies a thing is not the
act's, armed men's petrol bombs are their attack, every side's dead count, and a wire dateline
without a country stays part of the sentence it opens."""

from __future__ import annotations

import datetime as dt

from eventwire.extract.mentions import main_mention
from eventwire.merge import merge_mentions
from extraction_helpers import mention_of, mentions_of


def event_of(mentions, words: str):
    mention = mention_of(mentions, words)
    return next(event for event in merge_mentions(mentions) if mention in event.mentions)


def test_a_year_that_dates_a_truce_the_sentence_names_does_not_date_its_act():
    mentions = mentions_of(
        "Soldiers attacked a rebel camp near the village of Kibati on Wednesday, killing four rebels, the army "
        "said. A rebel spokesman said its fighters had repelled the assault, and accused the army of breaking "
        "a ceasefire signed in 2021.")
    account = mention_of(mentions, "A rebel spokesman")
    assert not account.historical
    assert account.date == dt.date(2025, 1, 15)


def test_a_year_told_of_the_act_itself_still_dates_it():
    mentions = mentions_of("In 2021, rebels attacked a camp near the village of Kibati, killing four soldiers.")
    assert mentions[0].historical and mentions[0].date.year == 2021


def test_petrol_bombs_thrown_by_armed_men_are_their_attack_not_a_riot():
    mentions = mentions_of(
        "Armed men fired at officers and threw petrol bombs at a police station in the town of Ruhengeri "
        "on Tuesday night, police said.")
    assert mentions[0].sub_event_type != "Violent demonstration"


def test_petrol_bombs_thrown_by_a_crowd_stay_a_violent_demonstration():
    mentions = mentions_of(
        "Hundreds of protesters threw petrol bombs at a police station in the town of Ruhengeri on Tuesday, "
        "police said.")
    assert mentions[0].sub_event_type == "Violent demonstration"


def test_how_the_attackers_went_about_the_attack_is_that_attack():
    mentions = mentions_of(
        "Gunmen killed two police officers at a police station in the town of Ruhengeri on Tuesday, police "
        "said. A police spokesman said the attackers arrived on motorcycles, fired at officers and threw "
        "petrol bombs into the building.")
    event = event_of(mentions, "Gunmen killed")
    assert mention_of(mentions, "A police spokesman") in event.mentions
    assert event.fatalities == 2


def test_gunmen_attacking_troops_who_return_fire_is_an_armed_clash():
    mentions = mentions_of(
        "Gunmen attacked a military checkpoint in Zamfara State on Monday. "
        "Troops returned fire, killing three attackers, the army said.")
    assert event_of(mentions, "Gunmen attacked").sub_event_type == "Armed clash"


def test_the_attackers_killed_in_an_answer_add_to_the_acts_dead():
    mentions = mentions_of(
        "Gunmen attacked a military checkpoint near the town of Gusau on Monday, killing two soldiers. "
        "Troops returned fire, killing three attackers, the army said.")
    assert event_of(mentions, "Gunmen attacked").fatalities == 5


def test_an_attacker_killed_when_police_returned_fire_adds_to_the_victims():
    mentions = mentions_of(
        "Gunmen shot dead three police officers at a checkpoint near the town of Gusau on Sunday, and one of the "
        "attackers was killed when police returned fire, a police spokesman said.")
    assert main_mention(mentions) is not None
    assert event_of(mentions, "Gunmen shot").fatalities == 4


def test_dead_a_sentence_says_were_also_killed_add_to_the_acts():
    mentions = mentions_of(
        "Security forces killed 12 suspected rebels in a gunfight near the town of Beni on Wednesday, police "
        "said. Two soldiers were also killed and three were wounded, a police chief said.")
    assert event_of(mentions, "Security forces").fatalities == 14


def test_a_toll_that_already_counts_the_attackers_is_not_added_to():
    mentions = mentions_of(
        "Gunmen attacked a military checkpoint near the town of Gusau on Monday; two soldiers and three attackers "
        "were killed. Troops returned fire, killing three attackers, the army said.")
    assert event_of(mentions, "Gunmen attacked").fatalities == 5  # not 5 + 3


def test_a_dateline_without_a_country_stays_with_the_sentence_it_opens():
    mentions = mentions_of(
        "BISHKEK (Reuters) – Tajik troops shelled a Kyrgyz border village in the Batken region on Friday, "
        "killing a guard and wounding three, officials said.")
    assert mentions[0].sentence.text.startswith("BISHKEK (Reuters) – Tajik troops shelled")
    assert mentions[0].trigger.text != "Reuters"


def test_a_sides_claim_of_more_dead_read_as_blame_for_want_of_a_cue_is_its_account_of_the_act():
    mentions = mentions_of(
        "Fighters of the Allied Democratic Forces (ADF) attacked a police post in the town of Beni on Tuesday, "
        "killing four police officers, a local official said. The ADF said in a statement posted on Facebook "
        "that its fighters had killed 11 members of the police, a claim that could not be independently "
        "verified.")
    event = event_of(mentions, "Fighters of")
    assert mention_of(mentions, "The ADF said") in event.mentions
    assert event.fatalities == 4  # the side's own higher figure is an interested party's


def test_a_tally_since_the_protests_began_in_reported_speech_is_no_event_of_its_own():
    mentions = mentions_of(
        "On Saturday, a student was shot dead by a soldier during a protest in the town of Kindu, his family "
        "said. The United Nations said on Tuesday that at least 30 people had been killed since the protests "
        "began.")
    assert event_of(mentions, "On Saturday").fatalities == 1


def test_a_count_of_several_kinds_of_victims_is_a_count_against_a_rival_sources():
    mentions = mentions_of(
        "Gunmen killed three bus drivers and a passenger in the town of Kindu on Thursday, police said. "
        "A transport union leader said five people had died.")
    assert event_of(mentions, "Gunmen killed").fatalities == 4
