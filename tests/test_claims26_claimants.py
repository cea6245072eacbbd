"""Claimants of conflict reports whose speaker the parse hides or names through another group
(issue #5): each fixture is a short report written for these tests."""

from __future__ import annotations

from eventwire.annotate import load_language
from eventwire.extract.claims import attribution_for, build_claim, find_attributions, posted_by
from eventwire.extract.who import build_context


def claim_for(text: str, sentence_index: int, trigger: str, country: str):
    """The attribution holding `trigger` in the report's sentence `sentence_index`, and the claim made of it."""
    doc = load_language()(text)
    sentence = list(doc.sents)[sentence_index]
    context = build_context(doc, country)
    event = next(t for t in doc if t.text == trigger)
    holding = attribution_for(event, find_attributions(sentence))
    claim = build_claim(holding, event, sentence, "", context, "a1", "", (), True, posted_by(doc, context))
    return holding, claim


def test_a_closing_speech_tag_reports_the_words_before_its_comma():
    # the parser hangs "in a night raid ..." on "said": the raid is not what the residents said
    holding, claim = claim_for("Armed bandits abducted at least 30 people, most of them women and children, in a "
                               "night raid on a village in the north on Sunday, residents said.", 0, "abducted", "Nigeria")
    assert holding is not None and holding.source.text == "residents"
    assert holding.content.text.startswith("Armed bandits abducted") and holding.content.text.endswith("on Sunday")
    assert claim.claimant == "Civilians (Nigeria)"


def test_the_group_named_in_the_speakers_own_phrase_is_another_group():
    _, claim = claim_for("Boko Haram fighters stormed a village near the border on Monday, police said. The "
                         "al-Qaeda-inspired group said on Telegram that it had killed 12 soldiers.", 1, "killed", "Nigeria")
    assert claim.claimant == "Boko Haram"


def test_a_group_named_as_anothers_patron_is_not_the_group_that_speaks():
    _, claim = claim_for("Fighters from Al Shabaab, al-Qaeda's affiliate in East Africa, raided an army base on "
                         "Sunday, the group said in a statement.", 0, "raided", "Somalia")
    assert claim.claimant == "Al Shabaab"


def test_a_name_running_on_through_a_capitalised_preposition_is_the_whole_name():
    _, claim = claim_for("Shelling hit a clinic in the north on Friday, killing three patients, according to "
                         "Doctors Without Borders.", 0, "hit", "Sudan")
    assert claim.claimant == "Doctors Without Borders"
