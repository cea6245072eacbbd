"""Claims (issue #5, session 20): a state's own outlet vouches for nothing. Each fixture is a short
report written for these tests."""

from __future__ import annotations

import pytest

from eventwire.annotate import load_language
from eventwire.extract.claims import find_attributions
from extraction_helpers import claim_on


@pytest.mark.parametrize("text", [
    "Police detained 30 traders in Mbeya town on Monday, state broadcaster TBN reported.",
    "Police detained 30 traders in Mbeya town on Monday, according to the state-run Daily Clarion.",
    "Police detained 30 traders in Mbeya town on Monday, the official news agency said.",
    "The government-owned newspaper said police detained 30 traders in Mbeya town on Monday.",
])
def test_a_state_outlet_is_an_interested_party_not_a_confirmation(text: str):
    assert claim_on(text, "detained", "Zimbabwe", conflict=False).verification == "unverified"


@pytest.mark.parametrize("text", [
    "Police detained 30 traders in Mbeya town on Monday, the private daily Courier reported.",
    "Police detained 30 traders in Mbeya town on Monday, a local trade association said.",
])
def test_an_outlet_or_body_the_state_does_not_run_still_confirms_what_is_no_violence(text: str):
    assert claim_on(text, "detained", "Zimbabwe", conflict=False).verification == "confirmed"


def source_of(text: str, cue: str, country: str = "Togo"):
    doc = load_language()(text)
    found = [a for sentence in doc.sents for a in find_attributions(sentence)]
    return next(a for a in found if a.cue.text == cue)


def test_a_thing_withheld_from_someone_is_no_denial():
    text = ("The bar association said the two reporters were being held at a police post in Kaloma "
            "and had been denied access to their families.")
    doc = load_language()(text)
    found = [a for sentence in doc.sents for a in find_attributions(sentence)]
    assert [a.stance for a in found] == ["asserts"]
    claim = claim_on(text, "held", "Zimbabwe", conflict=False)
    assert claim.stance == "asserts" and claim.claimant != "the outlet"


def test_a_denial_in_the_passive_is_still_one():
    found = find_attributions(next(iter(load_language()("The charges were denied by the governor.").sents)))
    assert [a.stance for a in found] == ["denies"]


def test_the_speaker_after_a_wire_dateline_is_not_the_filing_town():
    attribution = source_of("KOLDA, Senegal (AFP) – The Casamance Liberation Front (CLF) said an army drone "
                            "struck a truck carrying its fighters near Bafata on Sunday.", "said")
    assert attribution.source.text == "The Casamance Liberation Front (CLF)"
    claim = claim_on("KOLDA, Senegal (AFP) – The Casamance Liberation Front (CLF) said an army drone "
                     "struck a truck carrying its fighters near Bafata on Sunday.", "struck", "Senegal")
    assert claim.claimant.startswith("Casamance Liberation Front")


def test_a_speaker_with_no_dateline_keeps_its_subject():
    assert source_of("Police said gunmen robbed a bus near Kara on Sunday.", "said").source.text == "Police"


@pytest.mark.parametrize(("text", "claimant"), [
    ("A drone struck a convoy of pickups near Kara on Monday, killing what the army said were 14 militants.",
     "Military Forces of Togo"),
    ("A drone struck a convoy of pickups near Kara on Monday, killing what villagers said were 14 herders.",
     "Civilians (Togo)"),
])
def test_what_a_side_says_the_dead_were_is_its_account_of_the_strike(text: str, claimant: str):
    assert claim_on(text, "struck", "Togo").claimant == claimant


@pytest.mark.parametrize("text", [
    "Gunmen killed six soldiers at an army post near Kara on Sunday, two security sources said.",
    "Gunmen killed six soldiers at an army post near Kara on Sunday, a security source said.",
])
def test_security_sources_speak_for_the_states_security_forces(text: str):
    assert claim_on(text, "killed", "Togo").claimant == "Military Forces of Togo"


def test_a_contrasting_clause_after_according_to_is_not_what_the_source_tells():
    text = ("Nurses marched in Kara on Monday, according to their union, while police fired tear gas "
            "at a second crowd outside the regional hospital.")
    attribution = source_of(text, "according")
    assert attribution.content.text == "Nurses marched in Kara on Monday"
    assert claim_on(text, "fired", "Zimbabwe", conflict=False).claimant == "the outlet"


@pytest.mark.parametrize(("text", "claimant"), [
    ("Gunmen attacked a post near Kara, and the army, which said it had killed ten of the attackers, "
     "sent reinforcements.", "Military Forces of Togo"),
    ("Villagers who said gunmen killed ten farmers near Kara fled to the town.", "Civilians (Togo)"),
])
def test_a_relative_pronoun_speaks_for_the_noun_it_stands_for(text: str, claimant: str):
    assert claim_on(text, "killed", "Togo").claimant == claimant
