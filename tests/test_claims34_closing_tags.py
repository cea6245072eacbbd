"""Claims (issue #5): a closing speech tag the parser hung wrongly still reports the words before
its comma, and a name someone gives the event ("in what X described as ...") is X's claim. Each
fixture is a short report written for these tests."""

from __future__ import annotations

from extraction_helpers import claim_on


def test_a_tag_with_a_channel_after_a_clause_hung_on_it_reports_that_clause():
    claim = claim_on("Hours after the march, police arrested the union's convener, Kamal Perera, at his home in Kandy, "
                     "the federation said on X.", "arrested", "Sri Lanka")
    assert claim.claimant == "the federation" and claim.channel == "social media"


def test_a_tag_with_its_listener_after_a_clause_hung_on_it_reports_that_clause():
    claim = claim_on("Overnight into Thursday, a crowd set fire to the office of a ruling party lawmaker in the "
                     "southern town of Galle and looted a nearby shop, residents told local radio.", "set", "Sri Lanka")
    assert claim.claimant == "Civilians (Sri Lanka)" and claim.channel == "broadcast"


def test_what_the_police_described_as_a_shootout_is_the_polices_claim():
    claim = claim_on("Hours later, a 20-year-old man was shot dead by police in the same street, in what the "
                     "Guyana Constabulary Force (GCF) described as a shootout with a suspect.", "shot", "Guyana")
    assert claim.claimant == "Police Forces of Guyana" and claim.verification == "unverified"


def test_killing_what_the_army_described_as_militants_is_the_armys_claim():
    claim = claim_on("Hours later, Malian aircraft struck hideouts near the village of Boni, killing what the army "
                     "described as nine militants.", "struck", "Mali")
    assert claim.claimant == "Military Forces of Mali"


def test_a_tag_governing_its_own_clause_keeps_it():
    claim = claim_on("Gunmen killed five farmers near the town on Monday, the army said in a statement.",
                     "killed", "Mali")
    assert claim.claimant == "Military Forces of Mali" and claim.channel == "statement"
