"""Actor choice (s32): the target of violence against civilians (or of looting) the words leave
unnamed is civilians; a noun trigger found at the word before it reads its verb's casualty clause;
the act someone is accused of, or blamed for, is the accused's; "paramilitary" soldiers stay the
state's; people harmed in an unnamed attack were harmed by the group that claims it, or that the
attackers are said to belong to; federal agents are police; people a demonym names keep its
country abroad; the civilians a state's strike harmed are not its own by a guess where the
sentence's officials are another's; a riot's crowd is rioters, and police that "responded" face it;
a state's capital seized is taken from its forces; those killed stay the victims where the parser made
them the tellers ("has killed 12 people, residents and a nurse have told ...")."""

from __future__ import annotations

from extraction_helpers import event_of, events_of
from who_helpers import actors_at

from eventwire import taxonomy as tx
from eventwire.annotate import load_language
from eventwire.extract.who import ActorContext, typed_roles
from eventwire.records import Actor


def test_an_attack_whose_target_no_word_names_targets_civilians():
    text = ("Gunmen in three cars stormed a wedding party in the village of Tarkwa on Saturday night and opened fire, "
            "police said.")
    event = event_of(events_of(text), "Gunmen")
    assert event.sub_event_type == "Attack"
    assert event.actor2 is not None and event.actor2.name.startswith("Civilians")


def test_a_casualty_clause_names_the_victims_of_a_trigger_found_at_its_compound():
    text = "Militants fired four mortar rounds at a residential area of Baidoa on Monday night, killing a man."
    assert actors_at(text, "mortar", "Somalia")[1] == "Civilians (Somalia)"


def test_the_accused_did_the_act_they_are_accused_of():
    text = "Residents accused the soldiers of killing nine herders near a cattle market on Sunday."
    assert actors_at(text, "accused", "Mali") == ("Military Forces of Mali", "Civilians (Mali)")
    text = "Kyrgyzstan's defence ministry accused Uzbek border units of firing on its positions late on Monday."
    assert actors_at(text, "accused", "Kyrgyzstan") == ("Military Forces of Uzbekistan", "Military Forces of Kyrgyzstan")


def test_whom_an_accusation_blames_is_the_doer_of_the_act_told():
    text = "Residents blamed the army, which has used drones against rebels in the region since 2023."
    assert actors_at(text, "blamed", "Ethiopia")[0] == "Military Forces of Ethiopia"
    text = "Local officials blamed the attack on the Islamic State."
    assert actors_at(text, "blamed", "Iraq")[0] == "Islamic State (ISIS)"


def test_paramilitary_soldiers_are_the_state_s_forces():
    text = "Eight paramilitary soldiers were killed near the border on Sunday, officials said."
    assert actors_at(text, "killed", "Pakistan")[1] == "Military Forces of Pakistan"


def test_those_killed_in_an_unnamed_attack_were_killed_by_the_group_that_claims_it():
    text = ("At least nine paramilitary soldiers have been killed in an attack on a convoy in the north-west, officials "
            "say. The banned Tehrik-i-Taliban Pakistan (TTP) said it had carried out the attack.")
    assert actors_at(text, "killed", "Pakistan") == ("Tehrik-i-Taliban Pakistan (TTP)", "Military Forces of Pakistan")


def test_the_group_the_attackers_are_said_to_belong_to_is_theirs():
    text = ("Armed men attacked the village of Kenscoff on Monday night, killing at least nine people, the mayor says. "
            "Witnesses said the attackers belonged to the Grand Ravine gang, which controls the hills above the town.")
    assert actors_at(text, "attacked", "Haiti")[0] == "Grand Ravine"


def test_federal_or_immigration_agents_are_the_state_s_police():
    text = "Federal agents fired tear gas at hundreds of protesters outside a detention centre in Tacoma on Saturday."
    assert actors_at(text, "fired", "United States") == ("Protesters (United States)", "Police Forces of United States")


def test_people_a_demonym_names_keep_their_country_where_the_event_is_abroad():
    text = ("NOUAKCHOTT, Mauritania – Malian soldiers rounded up five Mauritanian shepherds at a well near Tessit, in "
            "Mali, on Monday and shot them, relatives said. Mauritania's government summoned Mali's ambassador. "
            "Mauritanian officials said the shepherds had crossed the border to find water.")
    event = event_of(events_of(text), "NOUAKCHOTT")
    assert event.actor2 is not None and event.actor2.name == "Civilians (Mauritania)"


def test_civilians_a_state_s_strike_killed_are_of_the_country_whose_officials_tell_it():
    text = ("A Russian missile strike on a residential area of Nova Zorivka has killed four members of one family, "
            "Ukrainian officials say. Russia's defence ministry did not comment. Russian officials said on Sunday "
            "that Ukrainian drones had hit a Russian refinery.")
    event = event_of(events_of(text), "A Russian missile")
    assert (event.actor1.name, event.actor2.name) == ("Military Forces of Russia", "Civilians (Ukraine)")


def test_the_crowd_of_a_riot_is_rioters_and_the_police_that_responded_face_it():
    doc = load_language()("Police shot dead two men when traders stoned officers and set fire to a police car.")
    police, men = Actor("Police Forces of Zambia", tx.STATE_FORCES), Actor("Civilians (Zambia)", tx.CIVILIANS)
    riot = tx.BY_NAME["Violent demonstration"]
    assert typed_roles(riot, police, men, doc[1], ActorContext()) == (
        Actor("Rioters (Zambia)", tx.RIOTERS), police)
    text = ("In Lyon on Saturday, masked protesters smashed shop windows and set fire to cars near the town hall, and "
            "police responded with tear gas, the prefecture said.")
    event = event_of(events_of(text), "In Lyon")
    assert (event.actor1.name, event.actor2.name) == ("Rioters (France)", "Police Forces of France")


def test_a_state_s_capital_seized_is_taken_from_its_forces():
    text = "The rebels seized the capital, Bangui, in March 2013."
    assert actors_at(text, "seized", "Central African Republic")[1] == "Military Forces of Central African Republic"
    text = "Militiamen briefly seized the regional capital, Bahir Dar, in 2023."
    assert actors_at(text, "seized", "Ethiopia")[1] is None


def test_the_killed_the_parser_made_the_tellers_are_the_victims():
    text = ("An air strike on a crowded bus station in Sudan's Darfur region has killed at least 12 people, residents "
            "and a nurse have told reporters.")
    assert actors_at(text, "strike", "Sudan") == ("Military Forces of Sudan", "Civilians (Sudan)")
