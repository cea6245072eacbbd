"""Whom a claim's source phrase names when it names its body again, by a pronoun, a bare noun, a
short name or a description (issue #5): each fixture is a short report written for these tests."""

from __future__ import annotations

from extraction_helpers import claim_for

BORDER = ("Troops from Niger shelled a village near the border on Wednesday, the army said in a statement. "
          "Mali's defence ministry denied that its forces had fired first, and its spokesman said Nigerien troops "
          "had crossed the border. Hours later, shells hit houses in a border town, killing a farmer, the ministry said.")


def test_its_spokesman_speaks_for_the_body_named_earlier_in_the_same_sentence():
    assert claim_for(BORDER, 1, "crossed", "Niger").claimant == "Government of Mali"


def test_a_bare_the_ministry_is_the_ministry_the_text_named_last():
    assert claim_for(BORDER, 2, "hit", "Niger").claimant == "Government of Mali"


def test_an_agency_described_as_a_movements_voice_speaks_for_the_movement():
    text = ("Fighters of the Kotia Liberation Front attacked an army post near the river on Monday. "
            "The Kotia Press Agency, the movement's official news agency, said its fighters had shelled army "
            "positions on Tuesday.")
    assert claim_for(text, 1, "shelled", "Chad").claimant == "Kotia Liberation Front"


def test_a_short_form_of_a_name_given_before_is_the_whole_name():
    text = ("Fighters of the Kotia Liberation Front attacked an army post near the river on Monday. "
            "Hours later, a drone struck a vehicle near the river, killing three men, the Kotia said.")
    assert claim_for(text, 1, "struck", "Chad").claimant == "Kotia Liberation Front"


def test_men_who_say_they_belong_to_a_group_speak_for_it_and_their_claim_is_unverified():
    text = ("Gunmen shot dead two guards at a checkpoint outside the city on Sunday. In a video shared online, masked men "
            "who said they belonged to the Kotia Liberation Front claimed the killings.")
    claim = claim_for(text, 1, "claimed", "Chad")
    assert (claim.claimant, claim.verification) == ("Kotia Liberation Front", "unverified")


def test_a_police_force_by_a_name_no_list_holds_is_the_countrys_police():
    text = ("Gang members shot dead two officers in the capital on Sunday, the Federal Civic Police (FCP) said. "
            "The officers were guarding a checkpoint, an FCP spokesman said.")
    assert claim_for(text, 0, "shot", "Guatemala").claimant == "Police Forces of Guatemala"
    assert claim_for(text, 1, "guarding", "Guatemala").claimant == "Police Forces of Guatemala"


def test_a_spokesman_titled_by_a_role_speaks_for_the_group_the_text_named():
    text = ("The Kotia Liberation Front attacked an army post on Monday. "
            "Its fighters killed 12 soldiers, rebel spokesman Ali Dogo said.")
    assert claim_for(text, 1, "killed", "Chad").claimant == "Kotia Liberation Front"
