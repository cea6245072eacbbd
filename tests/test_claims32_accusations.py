"""An accusation is its accuser's claim of the act (issue #5): each fixture is a short report
written for these tests."""

from __future__ import annotations

from extraction_helpers import claim_for, mentions_of


def test_blaming_a_side_for_an_act_is_the_accusers_unverified_claim():
    claim = claim_for("Mali has blamed Niger for the strike on a market in the city on Thursday.", 0, "blamed",
                      "Mali")
    assert (claim.claimant, claim.stance, claim.verification) == ("Government of Mali", "asserts", "unverified")


def test_an_accusation_that_names_the_act_is_a_claim_of_that_act():
    text = ("N'DJAMENA, Chad (Reuters) - Gunmen shot dead five traders at a market near the border on Wednesday. "
            "The army blamed the rebels for the attack.")
    claims = [c for m in mentions_of(text) for c in m.claims if c.sentence.startswith("The army blamed")]
    assert [(c.claimant, c.stance, c.verification) for c in claims] == [
        ("Military Forces of Chad", "asserts", "unverified")]


def test_blame_traded_between_sides_stays_the_outlets_report():
    for text, trigger in [("Each side blamed the other for the shelling.", "blamed"),
                          ("The two armies accused each other of shelling the town.", "accused")]:
        claim = claim_for(text, 0, trigger, "Chad")
        assert (claim.claimant, claim.stance) == ("the outlet", "reports")
