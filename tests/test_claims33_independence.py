"""Who can vouch for an event of political violence (issue #5): one rule, `claim_sources.vouches`,
for every outside body. Each fixture is a short report written for these tests."""

from __future__ import annotations

import pytest

from eventwire.annotate import load_language
from eventwire.extract.claims import build_claim, find_attributions
from eventwire.extract.who import build_context


def verification(text: str, trigger: str) -> tuple[str, str]:
    doc = load_language()(text)
    sentence = next(iter(doc.sents))
    context = build_context(doc, "Nigeria")
    word = next(t for t in sentence if t.text == trigger)
    holding = next(a for a in find_attributions(sentence) if word in a.content)
    claim = build_claim(holding, word, sentence, "", context, "a1", "", (), True, {})
    return claim.claimant, claim.verification


@pytest.mark.parametrize("text", [
    "The United Nations said gunmen killed nine villagers in the district on Monday.",
    "Doctors Without Borders said gunmen killed nine villagers in the district on Monday.",
    "The International Committee of the Red Cross said gunmen killed nine villagers in the district on Monday.",
    "Human Rights Watch said gunmen killed nine villagers in the district on Monday.",
    "A local rights group said gunmen killed nine villagers in the district on Monday.",
    "Amnesty International said gunmen killed nine villagers in the district on Monday.",
])
def test_an_outside_body_that_does_not_fight_confirms_an_attack_it_tells_of(text: str):
    assert verification(text, "killed")[1] == "confirmed"


@pytest.mark.parametrize(("text", "claimant"), [
    ("Amnesty said gunmen killed nine villagers in the district on Monday.", "Amnesty International"),
    ("HRW said gunmen killed nine villagers in the district on Monday.", "Human Rights Watch (HRW)"),
    ("The International Committee of the Red Cross said gunmen killed nine villagers on Monday.",
     "International Committee of the Red Cross (ICRC)"),
])
def test_rights_and_relief_bodies_are_named_as_the_actor_list_names_them(text: str, claimant: str):
    assert verification(text, "killed") == (claimant, "confirmed")


@pytest.mark.parametrize("text", [
    "The Wagner Group said gunmen killed nine villagers in the district on Monday.",
    "The army said gunmen killed nine villagers in the district on Monday.",
    "Residents said gunmen killed nine villagers in the district on Monday.",
])
def test_a_fighting_force_from_outside_an_army_or_a_witness_does_not(text: str):
    assert verification(text, "killed")[1] == "unverified"


def test_an_outside_body_that_says_it_could_not_verify_leaves_it_unverified():
    text = "Human Rights Watch said gunmen killed nine villagers, which it could not independently verify."
    assert verification(text, "killed")[1] == "unverified"


def test_denying_a_charge_told_beside_an_arrest_disputes_the_charge_not_the_arrest():
    text = "Police arrested the party's chairman in Kenya on treason charges, which he denies."
    doc = load_language()(text)
    sentence = next(iter(doc.sents))
    context = build_context(doc, "Kenya")
    arrested = next(t for t in sentence if t.text == "arrested")
    denial = next(a for a in find_attributions(sentence) if a.stance == "denies")
    claim = build_claim(denial, arrested, sentence, "", context, "a1", "", (), False, {})
    assert (claim.stance, claim.scope) == ("denies", "involvement")
