"""Sources named by their office, by whom they speak for, or by a name set off before its
description (issue #5): each fixture is a short report written for these tests."""

from __future__ import annotations

from extraction_helpers import claim_for


def test_a_civil_office_holder_speaks_for_the_government():
    for source in ("a local commissioner", "the district administrator", "a town councillor"):
        claim = claim_for(f"Gunmen killed nine herders near the town on Sunday, {source} said.", 0, "killed",
                          "Kenya")
        assert claim.claimant == "Government of Kenya", source


def test_a_spokesman_for_the_rebels_is_the_rebels_not_the_state():
    claim = claim_for("M23 rebels seized the town on Sunday. A spokesman for the rebels said they had killed 20 "
                      "soldiers.", 1, "killed", "Democratic Republic of the Congo")
    assert claim.claimant == "M23"


def test_a_spokesman_of_an_organisation_the_actor_list_lacks_is_that_organisation():
    text = ("Fighters of the Unity, Justice and Renewal (UJR) movement attacked a village on Monday. A UJR "
            "spokesman said its fighters had killed four soldiers.")
    assert claim_for(text, 1, "killed", "Chad").claimant in {"UJR", "Unity, Justice and Renewal"}
    assert claim_for("Gunmen attacked a market on Monday. A UN spokesman said 12 people had been killed.", 1,
                     "killed", "Chad").claimant == "United Nations"


def test_a_name_set_off_before_its_description_closing_the_sentence_is_the_speaker():
    claim = claim_for("Troops shot dead two smugglers near Kalgar last week, Tanvo, a rights group that monitors "
                      "the border, said.", 0, "shot", "Chad")
    assert claim.claimant == "Tanvo"
    assert claim.stance == "asserts"


def test_a_name_that_runs_on_through_a_small_preposition_to_its_acronym_is_the_whole_name():
    claim = claim_for("Gunmen fired on a convoy near the town on Friday, killing a driver, the African Union "
                      "Mission in Chad (AUMC) said.", 0, "killing", "Chad")
    assert claim.claimant.startswith("African Union Mission in Chad")


def test_the_title_before_a_speakers_name_says_whom_the_speaker_speaks_for():
    text = "Gunmen attacked a checkpoint on Monday. {} Ali Dogo said four attackers were killed."
    expected = {"Army spokesman Colonel": "Military Forces of Chad", "Police spokesman": "Police Forces of Chad",
                "Rebel spokesman": "Rebels (Chad)", "Government spokesman": "Government of Chad"}
    for title, claimant in expected.items():
        assert claim_for(text.format(title), 1, "killed", "Chad").claimant == claimant, title


def test_a_statement_from_a_state_body_or_a_bodys_report_is_the_states():
    assert claim_for("A statement from the presidency said gunmen had killed 14 traders.", 0, "killed",
                     "Chad").claimant == "Government of Chad"
    assert claim_for("Gunmen killed 14 traders on the road, the local council said.", 0, "killed",
                     "Chad").claimant == "Government of Chad"
    # who saw the report is not who wrote it
    assert claim_for("Gunmen killed 14 traders on the road, according to a police report seen by reporters.", 0,
                     "killed", "Chad").claimant == "Police Forces of Chad"


def test_sources_inside_a_force_are_the_forces_and_medics_are_civilians():
    assert claim_for("Gunmen killed 14 traders on the road, sources in the military said.", 0, "killed",
                     "Chad").claimant == "Military Forces of Chad"
    assert claim_for("Medics said 14 traders were killed on the road.", 0, "killed",
                     "Chad").claimant == "Civilians (Chad)"


def test_a_ministry_an_armed_group_runs_speaks_for_the_group():
    claim = claim_for("M23 rebels seized the town last month. Shelling killed nine people on Monday, according to "
                      "the health ministry run by the M23 rebels.", 1, "killed", "Democratic Republic of the Congo")
    assert claim.claimant == "M23"


def test_an_accuser_asserts_the_deed_it_charges():
    claim = claim_for("Residents accused soldiers of killing nine herders near the well.", 0, "killing", "Chad")
    assert (claim.claimant, claim.stance) == ("Civilians (Chad)", "asserts")


def test_what_is_reported_of_no_one_named_is_the_outlets_hedged_report():
    claim = claim_for("At least nine herders were reported killed when gunmen raided the camp on Friday.", 0,
                      "killed", "Chad")
    assert (claim.claimant, claim.verification, claim.hedges) == ("the outlet", "unverified", ("reported",))
    # a named source of the same report is still its claimant
    claim = claim_for("Nine herders were said to have been killed in the raid, according to local officials.", 0,
                      "killed", "Chad")
    assert claim.claimant == "Government of Chad"
