"""Claimants named through the article's groups, a speaker's organisation, or what a source is
(issue #5): each fixture is a short report written for these tests."""

from __future__ import annotations

from eventwire.annotate import load_language
from eventwire.extract.claims import build_claim, find_attributions
from eventwire.extract.who import build_context
from extraction_helpers import claim_for


def test_a_speaker_named_with_its_acronym_in_brackets_closes_the_sentence():
    claim = claim_for("Soldiers killed at least 12 herders near a market last week, the Northern Rights "
                      "Commission (NRC) said.", 0, "killed", "Chad")
    assert claim.claimant == "Northern Rights Commission"
    assert claim.stance == "asserts"


def test_the_group_that_calls_itself_a_name_is_that_name():
    claim = claim_for("Gunmen raided a village on Sunday. The group, which calls itself Sahel Liberation Front "
                      "(SLF), claimed the raid on Monday, saying its fighters had killed eight soldiers.",
                      1, "killed", "Niger")
    assert claim.claimant == "Sahel Liberation Front"


def test_the_group_after_a_role_qualified_by_a_name_the_parser_does_not_tag():
    claim = claim_for("M23 rebels seized hills near the town on Monday, residents said. The group said it had "
                      "killed 20 soldiers.", 1, "killed", "Democratic Republic of the Congo")
    assert claim.claimant == "M23"


def test_a_groups_spokesman_speaks_for_the_group_not_the_state():
    text = ("Al-Shabaab militants attacked a base on Monday, the army said. Al-Shabaab's spokesman said its "
            "fighters had killed 40 soldiers.")
    assert claim_for(text, 1, "killed", "Somalia").claimant == "Al Shabaab"


def test_its_spokesman_speaks_for_the_subject_of_the_sentence_before():
    text = ("M23 rebels seized hills near the town on Monday. The group took 30 prisoners. Its spokesman said "
            "its fighters had killed 20 soldiers.")
    assert claim_for(text, 2, "killed", "Democratic Republic of the Congo").claimant == "M23"
    text = ("The army stormed the camp on Friday. Its spokesman said 14 fighters had been killed.")
    assert claim_for(text, 1, "killed", "Sudan").claimant == "Military Forces of Sudan"


def test_a_state_spokesman_is_still_the_states():
    claim = claim_for("Rebels attacked a checkpoint on Tuesday, a military spokesman said.", 0, "attacked", "Mali")
    assert claim.claimant == "Military Forces of Mali"


def test_one_witness_or_relative_is_the_countrys_civilians():
    assert claim_for("On Sunday, gunmen abducted a teacher in the town, the teacher's brother said.", 0, "abducted",
                     "Kenya").claimant == "Civilians (Kenya)"
    assert claim_for("Soldiers shot dead two men at a checkpoint on Friday, a witness said.", 0, "shot",
                     "Kenya").claimant == "Civilians (Kenya)"


def test_a_relative_in_uniform_is_not_a_civilian():
    claim = claim_for("Gunmen shot dead two men at a checkpoint on Friday, an army doctor said.", 0, "shot", "Kenya")
    assert claim.claimant == "Military Forces of Kenya"


def test_an_authority_is_the_countrys_government():
    claim = claim_for("Inmates killed 11 prisoners during a riot at the jail on Monday, the prison authority said.",
                      0, "killed", "Ecuador")
    assert claim.claimant == "Government of Ecuador"


def test_a_claim_of_the_attack_in_the_sentence_is_the_claimers_whatever_word_the_event_was_read_from():
    # the event read from "fighting" in the speaker's description, which no attribution holds
    claim = claim_for("The Southern Defence Forces (SDF), one of several groups fighting for independence, "
                      "claimed the attack in a video posted on Facebook.", 0, "fighting", "Cameroon")
    assert claim.claimant == "Southern Defence Forces"
    assert claim.channel in {"video", "social media"} and claim.verification == "unverified"


def test_no_one_claiming_the_attack_leaves_it_the_outlets():
    claim = claim_for("Gunmen stormed a police post on Friday, killing four officers. No group has claimed the "
                      "attack.", 0, "stormed", "Burkina Faso")
    assert claim.stance == "reports"


def test_no_group_saying_it_was_behind_the_blast_claims_nothing():
    claim = claim_for("A roadside bomb struck a minibus on Tuesday, killing four civilians, police said. No group "
                      "has said it was behind the blast.", 1, "blast", "Somalia")
    assert claim.stance == "reports" and claim.claimant != "No group"


def test_the_militants_are_the_group_the_article_named_last():
    text = ("Fighters of the Liberation Front stormed an army post near the town on Sunday, the group said. "
            "The militants said on social media that they had killed 12 soldiers.")
    assert claim_for(text, 1, "killed", "Mali").claimant == "Liberation Front"


def test_militants_with_no_group_named_stay_unidentified():
    claim = claim_for("The militants said on social media that they had killed 12 soldiers.", 0, "killed", "Mali")
    assert claim.claimant == "Unidentified Armed Group (Mali)"


def test_a_statement_from_a_group_is_the_groups_claim():
    text = ("Fighters of the Liberation Front stormed an army post near the town on Sunday, according to a "
            "statement from the group.")
    claim = claim_for(text, 0, "stormed", "Mali")
    assert claim.claimant == "Liberation Front" and claim.channel == "statement"
    claim = claim_for("Gunmen attacked a bus on Friday, according to a video released by the Liberation Front.", 0,
                      "attacked", "Mali")
    assert claim.claimant == "Liberation Front" and claim.channel == "video"


def test_a_post_on_x_is_social_media_but_x_street_is_not():
    assert claim_for("The army said in a post on X that its troops had recaptured the base.", 0, "recaptured",
                     "Sudan").channel == "social media"
    assert claim_for("Soldiers raided a camp on X Street on Sunday, police said.", 0, "raided",
                     "Sudan").channel == "statement"


def test_a_video_posted_is_the_channel_of_what_it_shows():
    # the pipeline's speaker is the innermost attribution with a named source: "posted", not "showing"
    doc = load_language()("The army posted a video showing its drones hitting a convoy near the border.")
    sentence = next(iter(doc.sents))
    posted = next(a for a in find_attributions(sentence) if a.cue.text == "posted")
    event = next(t for t in doc if t.text == "hitting")
    claim = build_claim(posted, event, sentence, "", build_context(doc, "Sudan"), "a1", "", (), True, {})
    assert claim.claimant == "Military Forces of Sudan" and claim.channel == "video"
