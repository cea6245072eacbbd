"""One claimant's tellings of one event in one report share one verification (issue #5): each
sentence is judged alone, so without this a claimant's two claims could disagree."""

from __future__ import annotations

from eventwire.extract.claims import consistent_verification
from eventwire.records import Claim


def _claim(claimant: str, verification: str, article: str = "a1", stance: str = "asserts") -> Claim:
    return Claim(claimant=claimant, channel="statement", stance=stance, verification=verification,
                 modality="happened", article_id=article)


def test_a_claimants_tellings_in_one_report_take_the_least_trusted_verification():
    claims = (_claim("Civilians (Chad)", "unverified"), _claim("Civilians (Chad)", "confirmed"))
    assert [c.verification for c in consistent_verification(claims)] == ["unverified", "unverified"]


def test_other_claimants_other_reports_and_denials_keep_their_own():
    claims = (
        _claim("Civilians (Chad)", "unverified"),
        _claim("United Nations", "confirmed"),  # another claimant
        _claim("Civilians (Chad)", "confirmed", article="a2"),  # another report
        _claim("Military Forces of Chad", "unverified", stance="denies"),
        _claim("Military Forces of Chad", "confirmed"),  # its denial does not lower its own assertion
    )
    assert [c.verification for c in consistent_verification(claims)] == [
        "unverified", "confirmed", "confirmed", "unverified", "confirmed"]


def test_claims_that_agree_are_returned_unchanged():
    claims = (_claim("the outlet", "confirmed"), _claim("the outlet", "confirmed"))
    assert consistent_verification(claims) == claims


def test_a_party_to_the_event_is_an_interested_party_whatever_its_sentence_named():
    claims = (_claim("Protesters (Chad)", "confirmed"), _claim("the outlet", "confirmed", stance="reports"))
    settled = consistent_verification(claims, parties=("Protesters (Chad)", "Police Forces of Chad"))
    assert [c.verification for c in settled] == ["unverified", "confirmed"]
    # a disputed claim stays disputed
    assert consistent_verification((_claim("Protesters (Chad)", "disputed"),), ("Protesters (Chad)",))[0] \
        .verification == "disputed"
