"""Claims told through what a source published (a video, footage, a statement), the channel a
coordinated cue shares, and hedges that are the claim itself (issue #5): each fixture is a short
report written for these tests."""

from __future__ import annotations

from eventwire.annotate import load_language
from eventwire.extract.claims import attribution_for, build_claim, find_attributions, posted_by
from eventwire.extract.who import build_context


def claims_for(text: str, sentence_index: int, trigger: str, country: str):
    """The claim made of the event at `trigger` in the report's sentence `sentence_index`, and
    the sentence's other attributions' claims (each of its own cue)."""
    doc = load_language()(text)
    sentence = list(doc.sents)[sentence_index]
    context = build_context(doc, country)
    event = next(t for t in sentence if t.text == trigger)
    found = find_attributions(sentence)
    generic = posted_by(doc, context)
    claim = build_claim(attribution_for(event, found), event, sentence, "", context, "a1", "", (), True, generic)
    others = [build_claim(a, a.cue, sentence, "", context, "a1", "", (), True, generic) for a in found]
    return claim, others


def claim_for(text: str, sentence_index: int, trigger: str, country: str):
    return claims_for(text, sentence_index, trigger, country)[0]


def test_a_video_a_group_posted_showing_the_deed_is_the_groups_claim():
    claim = claim_for("The Sahel Liberation Front posted a video showing its fighters storming the camp.", 0,
                      "storming", "Niger")
    assert (claim.claimant, claim.channel, claim.stance) == ("Sahel Liberation Front", "video", "asserts")


def test_footage_a_group_released_of_the_deed_is_the_groups_claim():
    claim = claim_for("The Sahel Liberation Front released footage of its fighters burning trucks at the camp.", 0,
                      "burning", "Niger")
    assert (claim.claimant, claim.channel) == ("Sahel Liberation Front", "video")


def test_a_video_published_by_a_group_in_the_passive_is_the_groups_claim():
    claim = claim_for("A video showing the seizure of the bridge was released by the Sahel Liberation Front on "
                      "Tuesday.", 0, "seizure", "Niger")
    assert claim.claimant == "Sahel Liberation Front"


def test_a_video_posted_on_a_platform_is_no_source_of_its_own():
    # "posted" is what was done to the video, not a saying by it: the sentence stays the outlet's report
    claim = claim_for("In a video posted online, soldiers are seen beating two men at a roadblock.", 0, "beating",
                      "Kenya")
    assert claim.claimant == "the outlet"


def test_a_claim_made_in_a_statement_on_a_radio_is_a_broadcast():
    claim = claim_for("The ambush was claimed by the Sahel Liberation Front in a statement on its radio station.", 0,
                      "ambush", "Niger")
    assert (claim.claimant, claim.channel) == ("Sahel Liberation Front", "broadcast")


def test_a_coordinated_cue_without_its_own_subject_shares_the_first_cues_channel():
    text = ("The Sahel Liberation Front said on social media that its fighters had repelled an assault, and denied "
            "killing herders.")
    _, others = claims_for(text, 0, "repelled", "Niger")
    assert [(c.stance, c.channel) for c in others] == [("asserts", "social media"), ("denies", "social media")]


def test_a_coordinated_cue_with_its_own_subject_keeps_its_own_channel():
    text = "The army said on Telegram that it had retaken the hill, but the rebels said they still held it."
    _, others = claims_for(text, 0, "retaken", "Sudan")
    assert [c.channel for c in others] == ["telegram", "statement"]


def test_telling_the_media_is_an_interview_and_telling_journalists_a_press_conference():
    claim = claim_for("A rebel commander told local media that his men had overrun two army posts.", 0, "overrun",
                      "Niger")
    assert claim.channel == "interview"
    claim = claim_for("The governor told journalists that gunmen had killed nine farmers.", 0, "killed", "Nigeria")
    assert claim.channel == "press conference"


def test_the_claiming_verb_is_no_hedge_but_a_claimed_deed_is_hedged():
    claim = claim_for("The Sahel Liberation Front claimed responsibility for the ambush on Monday.", 0, "ambush",
                      "Niger")
    assert claim.hedges == ()
    claim = claim_for("The Sahel Liberation Front said on social media it had carried out the ambush, and claimed "
                      "that nine soldiers had died.", 0, "died", "Niger")
    assert (claim.claimant, claim.channel, claim.hedges) == ("Sahel Liberation Front", "social media", ())
    claim = claim_for("No group claimed the bombing.", 0, "bombing", "Niger")
    assert (claim.claimant, claim.hedges, claim.verification) == ("the outlet", (), "confirmed")
    claim = claim_for("The group released a video of the claimed capture of two soldiers.", 0, "capture", "Niger")
    assert "claimed" in claim.hedges
    claim = claim_for("The footage purported to show the capture of two soldiers.", 0, "capture", "Niger")
    assert claim.hedges == ("purported",)


def test_footage_an_outside_party_verified_is_confirmed_and_unverifiable_footage_is_not():
    claim = claim_for("The Sahel Liberation Front released footage, verified by reporters, of its fighters burning "
                      "trucks at the camp.", 0, "burning", "Niger")
    assert (claim.claimant, claim.verification) == ("Sahel Liberation Front", "confirmed")
    claim = claim_for("The Sahel Liberation Front released footage of its fighters burning trucks at the camp, which "
                      "could not be verified.", 0, "burning", "Niger")
    assert claim.verification == "unverified"
