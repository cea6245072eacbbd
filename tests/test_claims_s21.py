"""Claims (issue #5, session 21): a person named again by surname or title speaks for the body
their first naming gave them, and an outlet that cites someone passes on that someone's claim.
Each fixture is a short report written for these tests."""

from __future__ import annotations

import pytest

from eventwire.annotate import load_language
from eventwire.extract.claim_sources import source_actor
from eventwire.extract.claims import find_attributions
from eventwire.extract.who import build_context
from extraction_helpers import claim_on


def claimants(text: str, country: str) -> list[str]:
    doc = load_language()(text)
    context = build_context(doc, country)
    found = [a for sentence in doc.sents for a in find_attributions(sentence)]
    return [actor.name if actor else "" for actor in (source_actor(a.source, context, {}) for a in found)]


def test_a_titled_official_named_again_speaks_for_the_government():
    text = ("Drones hit a fuel depot in Zorivka on Monday, regional governor Petro Marchenko said. "
            "Mr Marchenko said two guards were hurt. The governor said the fire was out.")
    assert claimants(text, "Ukraine") == ["Government of Ukraine"] * 3


def test_a_person_described_as_a_farmer_named_again_is_a_civilian():
    text = ("Soldiers burned three granaries in Tilka on Friday, said Amadou Sankara, a farmer. "
            "Mr Sankara said the soldiers came at dawn.")
    assert claimants(text, "Burkina Faso")[1] == "Civilians (Burkina Faso)"


def test_a_former_office_holder_named_again_is_the_person():
    text = ("Former president Juan Quispe said police beat his supporters in Tarija. "
            "Mr Quispe said four were hurt.")
    assert claimants(text, "Bolivia")[1] == "Juan Quispe"


@pytest.mark.parametrize("text", [
    "Bandits stole 40 goats near Loiyan on Sunday, local radio reported, citing the county police commander.",
    "Bandits stole 40 goats near Loiyan on Sunday, according to local media, which quoted a police officer.",
    "Bandits stole 40 goats near Loiyan on Sunday, local radio said, quoting police.",
    "According to local media citing police sources, bandits stole 40 goats near Loiyan on Sunday.",
])
def test_an_outlet_citing_a_named_source_passes_on_that_source_s_claim(text: str):
    claim = claim_on(text, "stole", "Kenya")
    assert claim.claimant == "Police Forces of Kenya"
    assert claim.channel in {"broadcast", "media"}


def test_an_outlet_citing_no_one_is_still_the_claimant():
    assert claim_on("Bandits stole 40 goats near Loiyan on Sunday, local radio reported.", "stole", "Kenya").claimant \
        == "local radio"


def test_the_last_word_of_a_known_force_s_name_is_that_force():
    text = ("Kurdish fighters killed three members of the Revolutionary Guards near Baneh on Monday. "
            "The Guards said in a statement that the attackers had fled.")
    assert claimants(text, "Iran") == ["Military Forces of Iran"]


def test_a_local_chief_is_the_administration_and_a_village_chief_a_civilian():
    text = ("Raiders stole 200 cattle near Kapedo on Monday. A local chief said eight herders had died. "
            "A village chief said the raiders came at night.")
    assert claimants(text, "Kenya") == ["Government of Kenya", "Civilians (Kenya)"]


@pytest.mark.parametrize("account", [
    "Officials said the attackers fled on motorbikes towards the forest.",
    "Nobody else was hurt, the state government said in a statement.",
])
def test_a_speaker_s_account_in_a_sentence_of_no_event_claims_the_event_before(account: str):
    from eventwire.ingest.common import make_article
    from eventwire.pipeline import process

    text = ("Gunmen attacked the village of Tunga in Niger state on Monday, burning dozens of homes. "
            f"{account} Schools in the area will stay shut until next week.")
    for fast in (True, False):
        [result] = process([make_article("s21-account", text, "", "2024-03-05")], fast=fast)
        claimants = {c.claimant for m in result.mentions for c in m.claims}
        assert "Government of Nigeria" in claimants
