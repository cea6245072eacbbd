"""Who claims an event told with an accusation, a renaming noun or a group named before
(issue #5): each fixture is a short report written for these tests."""

from __future__ import annotations

from extraction_helpers import claim_for


def test_an_accusation_made_with_a_statement_is_the_speakers_claim():
    text = ("Troops attacked a rebel base near the river on Thursday. A spokesman for the rebels said in a statement "
            "that its fighters had repelled the assault, and accused the army of breaking a truce.")
    claim = claim_for(text, 1, "accused", "Chad")
    assert (claim.claimant, claim.stance, claim.channel) == ("Rebels (Chad)", "asserts", "statement")


def test_an_accusation_between_the_sides_stays_the_outlets_report():
    claim = claim_for("Each side blamed the other for the shelling.", 0, "blamed", "Chad")
    assert (claim.claimant, claim.stance) == ("the outlet", "reports")


def test_a_noun_renaming_the_event_carries_its_claim():
    text = "In 2019, gunmen killed 14 woodcutters in a forest near the town, an attack the government blamed on {}."
    claim = claim_for(text.format("the rebels"), 0, "killed", "Chad")
    assert (claim.claimant, claim.stance) == ("Government of Chad", "asserts")
    said = claim_for("Gunmen killed five traders on the road, an attack the army said was carried out by rebels.", 0,
                     "killed", "Chad")
    assert said.claimant == "Military Forces of Chad"
    # a relative clause that says nothing of who did it leaves the outlet's report
    plain = claim_for("Gunmen killed five traders on the road, an attack that shocked the town.", 0, "killed", "Chad")
    assert plain.claimant == "the outlet"


def test_the_group_is_the_organisation_called_a_group_just_before():
    before = "Gunmen beat three men in a market on Wednesday, the rights group Ligue Naru said. "
    after = "Police arrested two of the victims on Thursday, the group said."
    assert claim_for(before + after, 1, "arrested", "Burundi").claimant == "Ligue Naru"
    beside = "Ligue Naru, a rights group, said gunmen had beaten three men in a market on Wednesday. "
    assert claim_for(beside + after, 1, "arrested", "Burundi").claimant == "Ligue Naru"


def test_a_spokesman_for_a_groups_faction_speaks_for_the_group():
    text = ("Separatist rebels of the Movement of Democratic Forces of Kotia (MFDK) have fought for the region's "
            "independence since 1990. A spokesman for the MFDK faction led by Ali Dogo said its fighters had killed "
            "four soldiers.")
    assert claim_for(text, 1, "killed", "Chad").claimant == "Movement of Democratic Forces of Kotia"
