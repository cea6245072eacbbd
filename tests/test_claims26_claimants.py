"""Claimants of conflict reports whose speaker the parse hides or names through another group
(issue #5): each fixture is a short report written for these tests."""

from __future__ import annotations

from extraction_helpers import attributed_claim


def test_a_closing_speech_tag_reports_the_words_before_its_comma():
    # the parser hangs "in a night raid ..." on "said": the raid is not what the residents said
    holding, claim = attributed_claim("Armed bandits abducted at least 30 people, most of them women and children, in a "
                                      "night raid on a village in the north on Sunday, residents said.", 0, "abducted", "Nigeria")
    assert holding is not None and holding.source.text == "residents"
    assert holding.content.text.startswith("Armed bandits abducted") and holding.content.text.endswith("on Sunday")
    assert claim.claimant == "Civilians (Nigeria)"


def test_the_group_named_in_the_speakers_own_phrase_is_another_group():
    _, claim = attributed_claim("Boko Haram fighters stormed a village near the border on Monday, police said. The "
                                "al-Qaeda-inspired group said on Telegram that it had killed 12 soldiers.", 1, "killed", "Nigeria")
    assert claim.claimant == "Boko Haram"


def test_a_group_named_as_anothers_patron_is_not_the_group_that_speaks():
    _, claim = attributed_claim("Fighters from Al Shabaab, al-Qaeda's affiliate in East Africa, raided an army base on "
                                "Sunday, the group said in a statement.", 0, "raided", "Somalia")
    assert claim.claimant == "Al Shabaab"


def test_a_name_running_on_through_a_capitalised_preposition_is_the_whole_name():
    _, claim = attributed_claim("Shelling hit a clinic in the north on Friday, killing three patients, according to "
                                "Doctors Without Borders.", 0, "hit", "Sudan")
    assert claim.claimant == "Doctors Without Borders"
