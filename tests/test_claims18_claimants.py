"""Claimant, channel, verification and modality of claims in conflict reports (issue #5): each
fixture is a short report written for these tests."""

from __future__ import annotations

import pytest

from eventwire.annotate import load_language
from eventwire.extract.claims import attribution_for, build_claim, find_attributions, modality, posted_by
from eventwire.extract.who import build_context


def parse(text: str):
    return load_language()(text)


def token(doc, word: str):
    return next(t for t in doc if t.text == word)


def claim_for(doc, sentence_index: int, trigger: str, conflict: bool = True, country: str = "", following: str = ""):
    """The claim the speech rules make about `trigger` in the report's sentence `sentence_index`."""
    sentence = list(doc.sents)[sentence_index]
    context = build_context(doc, country)
    holding = attribution_for(token(doc, trigger), find_attributions(sentence))
    return build_claim(holding, token(doc, trigger), sentence, following, context, "a1", "", (), conflict,
                       posted_by(doc, context))


def test_a_source_giving_the_toll_claims_it():
    doc = parse("The health ministry put the toll at 31 dead and more than 70 wounded.")
    (found,) = find_attributions(next(doc.sents))
    assert (found.cue.text, found.source.text) == ("put", "The health ministry")
    assert found.content.text == "the toll at 31 dead and more than 70 wounded"
    claim = claim_for(doc, 0, "dead", country="Peru")
    assert claim.claimant == "Government of Peru" and claim.stance == "asserts"


def test_speakers_the_parser_took_for_the_content_are_the_source():
    doc = parse("A drone struck a market on Monday, killing nine people, residents and a nurse said.")
    (found,) = find_attributions(next(doc.sents))
    assert found.source.text == "residents and a nurse"
    assert found.content.text.endswith("nine people")
    assert claim_for(doc, 0, "struck", country="Peru").claimant == "Civilians (Peru)"


def test_a_claim_made_by_a_group_names_who_the_unnamed_fighters_are():
    doc = parse("Armed fighters say they have overrun an army post. The claim was made by the group NSB in a "
                "message posted online, after the Northern Shield Brigade (NSB) had threatened the post.")
    assert posted_by(doc, build_context(doc))["claim"].name == "Northern Shield Brigade"
    assert claim_for(doc, 0, "overrun").claimant == "Northern Shield Brigade"


def test_the_group_speaking_is_the_armed_group_named_before():
    doc = parse("Fighters of the Northern Shield Brigade (NSB) attacked a base on Monday, the army said. "
                "The group said on its radio station that its fighters had killed 41 soldiers.")
    claim = claim_for(doc, 1, "killed")
    assert (claim.claimant, claim.channel, claim.verification) == ("Northern Shield Brigade", "broadcast", "unverified")


def test_an_office_speaks_for_whose_office_it_is():
    doc = parse("Gunmen killed six people at a shop on Tuesday, the state prosecutor's office said.")
    assert claim_for(doc, 0, "killed", country="Peru").claimant == "Government of Peru"


def test_each_speaker_in_a_sentence_keeps_its_own_channel():
    doc = parse("The army said its soldiers had repelled the attack, but the rebels said on Telegram that they "
                "held the hill.")
    army = claim_for(doc, 0, "repelled", country="Peru")
    rebels = claim_for(doc, 0, "held", country="Peru")
    assert (army.channel, rebels.channel) == ("statement", "telegram")


def test_a_denial_and_an_armed_party_s_word_are_unverified_in_any_event():
    doc = parse("The ministry said 49 protesters were detained. The ministry denied beating detainees.")
    said = claim_for(doc, 0, "detained", conflict=False, country="Peru")
    denied = claim_for(doc, 1, "beating", conflict=False, country="Peru")
    assert (said.claimant, said.verification) == ("Government of Peru", "unverified")
    assert (denied.stance, denied.verification) == ("denies", "unverified")


def test_neither_account_verified_leaves_the_claim_unverified():
    doc = parse("A local group said the market was shelled.")
    claim = claim_for(doc, 0, "shelled", conflict=False, following="Neither account could be independently verified.")
    assert claim.verification == "unverified"


def test_a_group_opposing_an_event_does_not_claim_it():
    doc = parse("Both groups oppose the invasion that the president launched last year.")
    claim = claim_for(doc, 0, "invasion")
    assert (claim.claimant, claim.stance) == ("the outlet", "reports")


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Opposition leaders have called for another rally on Saturday.", "rally", "planned"),
        ("The rebels demanded a ceasefire.", "ceasefire", "planned"),
        ("Regional leaders are due to meet next week to discuss a ceasefire.", "discuss", "planned"),
        ("Troops were sent to the town to protect the market.", "protect", "happened"),
        ("The army announced the arrest of three men.", "arrest", "happened"),
    ],
)
def test_an_event_asked_for_or_planned_has_not_happened(text: str, word: str, expected: str):
    assert modality(token(parse(text), word)) == expected


def test_a_speech_verb_parsed_as_an_auxiliary_still_attributes():
    doc = parse("The rebels took the town after fighting that the monitors said killed about 300 people.")
    found = [a for a in find_attributions(next(doc.sents)) if a.cue.text == "said"]
    assert [(a.source.text, a.content.text) for a in found] == [("the monitors", "killed about 300 people")]


@pytest.mark.parametrize(
    ("text", "trigger", "claimant", "stance"),
    [
        ("The group's spokesman also claimed an attack on a warship.", "claimed", "The group's spokesman", "asserts"),
        ("No group has claimed responsibility for the attack.", "claimed", "the outlet", "reports"),
        ("Each side blamed the other for the shelling.", "blamed", "the outlet", "reports"),
    ],
)
def test_an_event_told_by_the_saying_itself_is_its_speakers_claim(text, trigger, claimant, stance):
    claim = claim_for(parse(text), 0, trigger)
    assert (claim.claimant, claim.stance) == (claimant, stance)


def test_a_confirmation_by_the_ministry_is_its_confirmed_claim():
    claim = claim_for(parse("The health ministry confirmed the deaths."), 0, "confirmed", country="Peru")
    assert (claim.claimant, claim.verification) == ("Government of Peru", "confirmed")
