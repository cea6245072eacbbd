"""Claim sources (issue #5): an unsigned writing left where an act was done speaks for the act's
doer, and a body named with a country's demonym and a state body's noun speaks for that state.
Each fixture is a short report written for these tests."""

from __future__ import annotations

from eventwire.annotate import load_language
from eventwire.extract.claim_sources import source_actor
from eventwire.extract.claims import find_attributions
from eventwire.extract.who import build_context


def claimant(text: str, cue: str, country: str):
    doc = load_language()(text)
    found = [a for sentence in doc.sents for a in find_attributions(sentence)]
    attribution = next(a for a in found if a.cue.text == cue)
    return source_actor(attribution.source, build_context(doc, country), {})


def test_a_note_left_at_the_scene_is_the_doers_word():
    actor = claimant("The rebels killed a farmer near the river, according to a note left near his body.",
                     "according", "Chad")
    assert actor is not None and actor.name == "Rebels (Chad)"


def test_a_note_left_at_the_scene_of_a_passive_act_is_the_word_of_its_by_phrase():
    actor = claimant("A farmer was killed by the rebels near the river, according to a note found near his body.",
                     "according", "Chad")
    assert actor is not None and actor.name == "Rebels (Chad)"


def test_a_note_no_one_left_is_nobodys_word():
    assert claimant("Gunmen killed a farmer, according to a note seen by reporters.", "according", "Chad") is None


def test_a_demonym_and_a_state_body_name_the_state():
    actor = claimant("Rioters set fire to two shops on Tuesday night, the Belgian High Commission said.",
                     "said", "Belgium")
    assert actor is not None and actor.name == "Government of Belgium"


def test_a_rights_commission_named_by_a_demonym_is_no_state():
    actor = claimant("Police shot two protesters, the Ghanaian Human Rights Commission said.", "said", "Ghana")
    assert actor is None or not actor.name.startswith("Government")


def test_a_plural_of_a_word_of_the_one_armed_groups_name_is_that_group():
    actor = claimant("The Zomi Revolutionary Army (ZRA) attacked a police post on Monday. "
                     "The Zomis said two of their fighters died.", "said", "Myanmar")
    assert actor is not None and actor.name == "Zomi Revolutionary Army"


def test_a_note_left_by_a_group_known_by_a_word_of_its_name_is_the_groups():
    actor = claimant("Fighters of the Karen National Liberation Army (KNLA) attacked an army post on Monday. "
                     "The Karens killed a village chief, according to a note left near his body.",
                     "according", "Myanmar")
    assert actor is not None and actor.name == "Karen National Liberation Army (KNLA)"


def test_a_name_with_its_short_form_in_brackets_is_that_organisation_however_qualified():
    actor = claimant("Police shot dead two people on Wednesday, the banned Lowland Democratic Movement (Lodemo) said.",
                     "said", "Eswatini")
    assert actor is not None and actor.name == "Lowland Democratic Movement"
    actor = claimant("The opposition Union for Renewal and Progress (URP) said five of its members had been killed.",
                     "said", "Ghana")
    assert actor is not None and actor.name == "Union for Renewal and Progress"


def test_the_party_is_the_one_the_text_called_the_opposition_by_name():
    actor = claimant("Police arrested 41 members of the opposition Movement for Fair Change (MFC) at a meeting on "
                     "Saturday, the party said.", "said", "Zimbabwe")
    assert actor is not None and actor.name == "Movement for Fair Change"


def test_the_group_is_the_armed_group_its_sentence_is_about_not_the_one_named_last():
    actor = claimant("Fighters of the Hill Liberation Front (HLF) ambushed a Taliban patrol on Tuesday, killing five "
                     "Taliban fighters, the group said on X.", "said", "Afghanistan")
    assert actor is not None and actor.name == "Hill Liberation Front"


def test_a_short_form_taught_by_a_bracket_names_the_organisation_again():
    doc = load_language()("Police shot dead two people, the banned Lowland Democratic Movement (Lodemo) said. "
                          "Lodemo said on Telegram that officers had fired live rounds.")
    found = [a for sentence in doc.sents for a in find_attributions(sentence)]
    second = source_actor(found[-1].source, build_context(doc, "Eswatini"), {})
    assert second is not None and second.name == "Lowland Democratic Movement"


def test_the_federation_is_the_one_the_text_named_with_its_short_form():
    doc = load_language()("The National Teachers' Federation (NTF) said 40 teachers were hurt. Hours later, police "
                          "arrested the union's leader at his home, the federation said.")
    found = [a for sentence in doc.sents for a in find_attributions(sentence)]
    actor = source_actor(found[-1].source, build_context(doc, "Ghana"), {})
    assert actor is not None and actor.name == "National Teachers' Federation"
