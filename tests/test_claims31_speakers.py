"""Speakers who close a sentence in forms the parser misreads (issue #5): each fixture is a short
report written for these tests."""

from __future__ import annotations

from extraction_helpers import claim_for


def test_a_qualified_speaker_who_tells_an_outlet_is_the_speaker():
    claim = claim_for("Gunmen killed nine herders near the town on Sunday, a police officer who asked not to be "
                      "named told AFP.", 0, "killed", "Chad")
    assert (claim.claimant, claim.stance) == ("Police Forces of Chad", "asserts")


def test_an_office_set_off_before_the_name_it_introduces_is_the_speaker():
    claim = claim_for("Soldiers killed 12 rebels near the border on Monday, the army's spokesman, Colonel Ali Dogo, "
                      "said.", 0, "killed", "Chad")
    assert claim.claimant == "Military Forces of Chad"


def test_a_person_described_by_an_office_speaks_for_whom_the_office_serves():
    claim = claim_for("Soldiers killed 12 rebels near the border on Monday, said Ali Dogo, a spokesman for the army.",
                      0, "killed", "Chad")
    assert claim.claimant == "Military Forces of Chad"
    # a group described as a group keeps its own name
    group = claim_for("The Kotia Liberation Front (KLF), a separatist group, claimed the attack in a statement.", 0,
                      "claimed", "Chad")
    assert group.claimant.startswith("Kotia Liberation Front")


def test_who_news_media_quote_is_the_speaker_and_their_report_the_channel():
    for text in ("Gunmen killed nine herders near the town on Sunday, the state news agency quoted police as saying.",
                 "The state news agency quoted a police spokesman as saying that gunmen had killed nine herders."):
        claim = claim_for(text, 0, "killed", "Chad")
        assert (claim.claimant, claim.channel) == ("Police Forces of Chad", "media"), text


def test_an_organisation_introduced_as_a_group_is_named_without_the_group_words():
    claim = claim_for("Soldiers killed 12 civilians on Monday, the rights group Kotia Rights Monitor said.", 0, "killed", "Chad")
    assert claim.claimant == "Kotia Rights Monitor"


def test_a_pronoun_speaking_inside_a_speakers_words_is_that_speaker():
    claim = claim_for("The UN mission said it had confirmed that soldiers killed 12 civilians in the village.", 0,
                      "killed", "Chad")
    assert (claim.claimant, claim.verification) == ("United Nations", "confirmed")
