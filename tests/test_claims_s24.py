"""Claims (issue #5, session 24). Each fixture is a short report written for these tests."""

from __future__ import annotations

from extraction_helpers import claim_for, event_of, events_of


def test_a_speaker_putting_its_losses_at_a_figure_claims_the_figure():
    """"The army put its losses at three soldiers": a count of one's own dead told with "put" is
    the speaker's claim, and its figure is theirs, as "put the toll at" is."""
    text = ("Rebels overran a border post near Kessaro in Kenya on Friday. "
            "The military put its losses at three soldiers.")
    event = event_of(events_of(text), "Rebels overran")
    assert "Military Forces of Kenya" in {claim.claimant for claim in event.claims}
    assert [(f.figure, f.claimant) for f in event.fatality_claims] == [(3, "Military Forces of Kenya")]


def test_a_speaker_telling_of_the_hostages_goes_on_with_the_abduction():
    """A next sentence whose speaker tells of "the hostages" or "the captives" gives an account of
    the abduction told before it."""
    text = ("Gunmen seized nine road workers near Kessaro in Mali on Friday. "
            "Jama'at Nusrat al-Islam wal-Muslimin said in a post on Telegram that the hostages were unharmed.")
    event = event_of(events_of(text), "Gunmen seized")
    assert "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)" in {claim.claimant for claim in event.claims}


def test_an_outlet_run_by_a_party_speaks_for_that_party():
    """"the junta-run television", "the Houthi-run health ministry": the body named before the
    hyphen of "-run", "-owned", "-controlled" is whom the outlet or body speaks for."""
    assert claim_for("The junta-run Pyinma television said soldiers had repelled an attack.", 0, "said",
                     "Myanmar").claimant == "Military Forces of Myanmar"
    assert claim_for("The Houthi-run health ministry said nine people had been killed.", 0, "said",
                     "Yemen").claimant == "Houthis (Ansar Allah)"
    assert claim_for("The state-owned daily Sentinel said soldiers had repelled an attack.", 0, "said",
                     "Myanmar").claimant == "Government of Myanmar"


def test_its_commander_after_members_of_a_group_speaks_for_the_group():
    """"Members of X killed ..., its commander said": the members' group is what "its" stands for."""
    text = ("Members of the Kessaro Home Guard (KHG), a vigilante force, killed four suspected cattle thieves "
            "near Torbi, Nigeria, on Friday, its commander said.")
    event = event_of(events_of(text), "Members of")
    assert {claim.claimant for claim in event.claims} == {"Kessaro Home Guard"}
