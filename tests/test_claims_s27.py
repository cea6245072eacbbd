"""Claims (issue #5, session 27). Each fixture is a short report written for these tests."""

from __future__ import annotations

from eventwire.annotate import load_language
from eventwire.extract.claim_sources import source_actor
from eventwire.extract.claims import find_attributions
from eventwire.extract.who import build_context
from extraction_helpers import event_of, events_of


def _claimants(text: str, start: str) -> set[str]:
    return {claim.claimant for claim in event_of(events_of(text), start).claims if claim.stance != "denies"}


def _source_actors(text: str, country: str) -> list[str | None]:
    doc = load_language()(text)
    context = build_context(doc, country)
    found = [a for sentence in doc.sents for a in find_attributions(sentence) if a.source is not None]
    return [getattr(source_actor(a.source, context, {}), "name", None) for a in found]


def test_a_speaker_set_beside_the_channel_of_the_opening_phrase_speaks():
    """"In a message posted on Telegram, the X Front (XF) said ...": the parser hangs the name on
    "Telegram"; it is still the one who said it."""
    text = ("In a message posted on Telegram, the Velo Liberation Front (VLF) said its fighters had overrun "
            "an army post near Kasota in Mali and killed 12 soldiers.")
    assert "Velo Liberation Front" in _claimants(text, "In a message")


def test_the_two_groups_of_a_joint_statement_are_each_a_claimant():
    """"X fighters and the Y Army attacked ..., the two groups said in a joint statement": each group."""
    text = ("Fighters of the Velo Liberation Front and the Kasota Defence Army attacked an army post near "
            "Kasota in Cameroon on Monday, the two groups said in a joint statement.")
    assert {"Velo Liberation Front", "Kasota Defence Army"} <= _claimants(text, "Fighters")


def test_a_denial_of_an_accusation_leaves_the_accusers_claim():
    """"Residents said soldiers killed them, accusations the army rejected": the residents assert the
    act, the army denies it; the denial does not take the act from the residents."""
    text = ("Residents of Tombali said soldiers detained five young men at the market in Mali on Tuesday and "
            "shot them outside the town, accusations the army rejected as lies.")
    claims = event_of(events_of(text), "Residents").claims
    assert ("Civilians (Mali)", "asserts") in {(c.claimant, c.stance) for c in claims}
    assert ("Military Forces of Mali", "denies") in {(c.claimant, c.stance) for c in claims}


def test_the_people_of_one_the_act_struck_accuse_in_their_own_name():
    """"Relatives of a trader detained at a checkpoint accuse the army of holding him": the relatives
    claim the detention their own subject tells."""
    text = ("Relatives of a trader detained at a checkpoint outside Tombali in Mali on the 3rd say they have "
            "heard nothing from him since and accuse the army of holding him.")
    assert "Civilians (Mali)" in _claimants(text, "Relatives")


def test_whom_a_body_described_names_one_the_act_struck():
    """"killed two men, whom the military later described as smugglers": the military tells the act."""
    text = "A drone killed two men near Kasota in Syria on Sunday, whom the military later described as smugglers."
    assert "Military Forces of Syria" in _claimants(text, "A drone")


def test_a_commander_who_gave_his_name_as_x_speaks_for_his_group():
    """"A X commander who gave his name only as Y said ...", parsed as "as Y said": the commander speaks."""
    text = ("Fighters of the Velo militia clashed with police in Kasota in Mozambique on Monday. A Velo commander "
            "who gave his name only as Tonga said eleven of his men had been shot dead at a roadblock.")
    assert _source_actors(text, "Mozambique") == ["Velo"]


def test_the_group_names_again_an_organisation_whose_name_holds_group():
    """"members of the X Group of Nigeria (XGN) ..., the group's commander said": that organisation."""
    text = ("On Tuesday, members of the Hunters Group of Nigeria (HGN) were ambushed near Kasota, and six of "
            "them died, the group's state commander said.")
    assert _source_actors(text, "Nigeria") == ["Hunters Group of Nigeria"]


def test_a_name_before_a_group_noun_is_the_group():
    """"the X self-defence group said": X; a place before the noun is no name of the group."""
    assert _source_actors("The Tierra Libre self-defence group said its members had killed four gunmen.",
                          "Mexico") == ["Tierra Libre"]
    assert _source_actors("A Lagos-based rights group said police killed two men.", "Nigeria") == [None]


def test_a_place_s_police_chief_speaks_for_the_police():
    """"Nakuru's police chief, Inspector X, said": the state's police, not the town's civilians; a
    foreign country's officer is not this state's."""
    text = "Police shot two men in Kasota in Kenya on Monday. Nakuru's police chief, Inspector John Kamau, said."
    assert _source_actors(text, "Kenya") == ["Police Forces of Kenya"]
    assert _source_actors("The region's army commander said troops killed four rebels.", "Kenya") == [
        "Military Forces of Kenya"]


def test_an_armed_party_s_own_radio_speaks_for_it():
    """"X's Radio Y said": the armed group whose outlet it is."""
    text = "Al-Shabaab's Radio Kasota said its fighters had killed 37 militiamen in Somalia."
    assert _source_actors(text, "Somalia") == ["Al Shabaab"]


def test_the_same_official_is_the_one_named_before():
    """"a police official said ... . ..., the same official said": the police's, not any official's."""
    text = ("Gunmen killed five villagers in Kasota in Nigeria on Monday, a police official said. Later on Tuesday, "
            "soldiers killed two gunmen near Tombali, the same official said.")
    assert _source_actors(text, "Nigeria") == ["Police Forces of Nigeria", "Police Forces of Nigeria"]


def test_a_speaker_read_as_a_second_object_of_the_channel_s_preposition_speaks():
    """"In a message on X, the Y's Z Front said": the parser makes the name a second object of "on";
    the front speaks, for the armed group that owns it."""
    text = ("Fighters of the Velo Liberation Army (VLA) and the Kasota Clan fought near Tombali on Sunday. "
            "In a message on X, the VLA's Northern Front said it had killed 18 of them.")
    assert _source_actors(text, "Colombia") == ["Velo Liberation Army"]


def test_a_group_that_has_not_commented_claims_nothing():
    """"..., and the ombudsman blamed the X, which has not commented": the group says nothing."""
    found = find_attributions(next(iter(load_language()(
        "Armed men took two farmers near Tombali, and the ombudsman blamed the Velo Front, which has not "
        "commented.").sents)))
    assert [a.cue.text for a in found] == ["blamed"]


def test_a_saying_after_a_semicolon_holds_only_what_follows_it():
    """"Residents said a shell hit a house ...; the military said its troops had fired no shells":
    the residents tell the strike, the military's words begin after the semicolon."""
    text = ("Residents of Tombali in Pakistan said a mortar shell fired from an army post hit a house on Sunday, "
            "killing five members of one family; the military said its troops had fired no shells there.")
    assert "Civilians (Pakistan)" in _claimants(text, "Residents")
