"""What someone is suspected of is the charge behind an event, not a hedge on it (issue #5): each
fixture is a short report written for these tests."""

from __future__ import annotations

from extraction_helpers import claim_for


def test_the_charge_an_arrest_is_made_on_does_not_hedge_the_arrest():
    claim = claim_for("Police arrested a man suspected of theft in the market on Friday.", 0, "arrested", "Chad")
    assert (claim.hedges, claim.verification) == ((), "confirmed")
    raid = claim_for("Soldiers raided the village on Wednesday and arrested 11 men suspected of supporting the rebels, "
                     "residents said.", 0, "arrested", "Chad")
    assert raid.hedges == ()


def test_suspected_before_who_they_were_still_hedges():
    claim = claim_for("Soldiers killed four suspected militants near the village on Wednesday, residents said.", 0,
                      "killed", "Chad")
    assert claim.hedges == ("suspected",)
