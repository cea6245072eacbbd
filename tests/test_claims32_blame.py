"""Blame laid, and answers given, in the event's own sentence (issue #5): each fixture is a short
report written for these tests."""

from __future__ import annotations

from extraction_helpers import claim_for

ABDUCTION = "Late last month, gunmen abducted 20 passengers from a bus near the town, and {}."


def test_blame_coordinated_with_the_act_is_the_accusers_claim_of_it():
    claim = claim_for(ABDUCTION.format("Ethiopian officials blamed the rebels"), 0, "abducted", "Ethiopia")
    assert (claim.claimant, claim.stance, claim.verification) == ("Government of Ethiopia", "asserts", "unverified")


def test_blame_for_another_act_or_traded_between_sides_leaves_the_outlets_report():
    for blame in ("officials blamed the rebels for a bombing in May", "each side blamed the other"):
        claim = claim_for(ABDUCTION.format(blame), 0, "abducted", "Ethiopia")
        assert (claim.claimant, claim.stance) == ("the outlet", "reports")


def test_an_answer_with_a_thing_holds_no_claim_of_the_act_it_answers():
    text = "Young men threw stones at gendarmes guarding the road to the airport, and the gendarmes responded with tear gas."
    claim = claim_for(text, 0, "threw", "France")
    assert (claim.claimant, claim.stance) == ("the outlet", "reports")
    said = "Young men threw stones at gendarmes, and the gendarmes responded with a statement that no one was hurt."
    assert claim_for(said, 0, "hurt", "France").claimant == "Police Forces of France"
