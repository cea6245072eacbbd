from __future__ import annotations

import json
from importlib.resources import files

import numpy as np
import pytest

from eventwire.annotate import load_language
from eventwire.extract.claims import (
    _in_cue_paragraph, attribution_for, build_claim, channel_of, find_attributions, learned_cues, learned_features, modality,
    posted_by, rule_attributions,
)
from eventwire.extract.stance import CUE_MODEL, CueModel, CueModels
from eventwire.extract.token_vectors import DIMENSIONS, token_vectors
from eventwire.extract.who import build_context


def parse(text: str):
    return load_language()(text)


def token(doc, word: str):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Rebels attacked the base on Monday.", "attacked", "happened"),
        ("Rebels did not attack the base.", "attack", "negated"),
        ("They would release the hostages if talks began.", "release", "hypothetical"),
        ("They would release the hostages if the mayor agreed to talks.", "agreed", "hypothetical"),
        ("The mayor said she had agreed to meet the kidnappers if the hostages were alive.", "agreed", "hypothetical"),
        ("The mayor said she had agreed to meet the kidnappers on Friday.", "agreed", "happened"),
        ("The army will launch an offensive next week.", "launch", "planned"),
        ("The group threatened to attack the town.", "attack", "planned"),
        ("Mediators are due to hold talks with both parties on Monday.", "hold", "planned"),
        ("The two leaders are expected to sign a truce in the capital.", "sign", "planned"),
        ("He thought they had probably been killed.", "killed", "possible"),
    ],
)
def test_modality_of_the_trigger(text: str, word: str, expected: str):
    doc = parse(text)
    assert modality(token(doc, word)) == expected


def test_speech_verb_after_the_quote_and_according_to():
    doc = parse('"We destroyed two tanks," the ministry said. According to local officials, a school was hit.')
    first, second = list(doc.sents)
    (said,) = find_attributions(first)
    assert said.source.text == "the ministry" and said.stance == "asserts"
    (according,) = find_attributions(second)
    assert "officials" in according.source.text


def test_denial_is_a_denying_claim_with_its_scope():
    doc = parse("The government denied any involvement in the bombing.")
    (attribution,) = find_attributions(next(doc.sents))
    claim = build_claim(attribution, attribution.cue, next(doc.sents), "", build_context(doc), "a1", "", (),
                        True, {})
    assert claim.stance == "denies" and claim.scope == "involvement"


def test_the_trigger_inside_an_attribution_takes_its_source():
    doc = parse("Police said gunmen killed three villagers near the market.")
    sentence = next(doc.sents)
    holding = attribution_for(token(doc, "killed"), find_attributions(sentence))
    assert holding is not None and holding.source.text == "Police"


def test_a_claim_the_text_says_could_not_be_verified_is_unverified():
    doc = parse("The militia said it shot down a helicopter.")
    sentence = next(doc.sents)
    attribution = attribution_for(token(doc, "shot"), find_attributions(sentence))
    following = "The footage could not be independently verified."
    claim = build_claim(attribution, token(doc, "shot"), sentence, following, build_context(doc), "a1", "",
                        (), False, {})
    assert claim.verification == "unverified"


def test_the_outlet_reporting_on_its_own_is_confirmed_unless_hedged():
    doc = parse("Protesters blocked the main road on Monday. A man was allegedly beaten.")
    first, second = list(doc.sents)
    plain = build_claim(None, token(doc, "blocked"), first, "", build_context(doc), "a1", "Wire", (), False, {})
    hedged = build_claim(None, token(doc, "beaten"), second, "", build_context(doc), "a1", "Wire", (), False, {})
    assert (plain.claimant, plain.stance, plain.verification) == ("Wire", "reports", "confirmed")
    assert hedged.verification == "unverified" and "allegedly" in hedged.hedges


def test_channels():
    assert channel_of("He wrote on Telegram that ...", "X") == "telegram"
    assert channel_of("In a video posted online ...", "X") == "video"
    assert channel_of("She told reporters on Monday ...", "X") == "press conference"
    assert channel_of("The clash happened.", "") == "outlet"


def test_message_posted_by_resolves_a_generic_source():
    doc = parse("The message was posted by the Northern Shield Brigade (NSB).")
    sources = posted_by(doc, build_context(doc))
    assert sources["message"].name == "Northern Shield Brigade"


def test_verbs_of_belief_attribute_with_a_source_and_a_content():
    doc = parse("Local officials believe that the fire was set deliberately.")
    (belief,) = find_attributions(next(doc.sents))
    assert belief.cue.text == "believe" and belief.source.text == "Local officials"
    assert "fire" in belief.content.text


def test_a_quote_closed_in_an_earlier_sentence_is_the_content():
    doc = parse('"The bridge is gone. We will not rebuild it soon," the statement added.')
    last = list(doc.sents)[-1]
    added = next(a for a in find_attributions(last) if a.cue.text == "added")
    assert "bridge" in added.content.text and added.source.text == "the statement"


def test_according_to_takes_the_rest_of_the_sentence_as_content():
    doc = parse("According to the ministry, two depots were destroyed.")
    (according,) = find_attributions(next(doc.sents))
    assert according.cue_span().text == "According to" and "depots" in according.content.text
    assert "ministry" not in according.content.text


def test_the_event_a_speech_verb_reports():
    from eventwire.extract.claims import reported_event

    doc = parse("The rebels seized the town, officials said.")
    assert reported_event(next(doc.sents).root).text == "seized"


def test_quoted_regions_pair_the_marks_within_a_paragraph():
    from eventwire.extract.claims import quoted_regions

    text = 'He said "no" and \u201cyes\u201d.\n\n\u201cAn open quote\n\nNext.'
    assert [text[start:end] for start, end in quoted_regions(text)] == ["no", "yes", "An open quote"]


def test_a_speaker_and_a_colon_at_the_start_of_a_line():
    doc = parse('Partial transcript:\n\n"MORALES: We will win the vote. It is certain.\n\nPoll: Farmers back the reform.')
    found = [a for sentence in doc.sents for a in find_attributions(sentence) if a.cue.text == ":"]
    assert [a.source.text for a in found] == ["MORALES", "Poll"]
    assert "win the vote" in found[0].content.text and "certain" in found[0].content.text


def test_a_quote_credited_with_a_dash():
    doc = parse("Readers wrote in.\n\u201cThe bridge must be rebuilt now.\u201d \u2015 Ana Lopez\n\u201cToo late.\u201d \u2015 Tom Reyes\n")
    found = [a for sentence in doc.sents for a in find_attributions(sentence) if a.cue.text.endswith("\u2015")]
    assert [a.source.text for a in found] == ["Ana Lopez", "Tom Reyes"]
    assert found[0].content.text.startswith("The bridge") and found[1].content.text.startswith("Too late")


def test_calling_for_and_speaking_about_attribute_their_object():
    doc = parse("The union called for a new vote. The minister spoke about the budget.")
    first, second = list(doc.sents)
    (call,) = find_attributions(first)
    assert call.source.text == "The union" and "new vote" in call.content.text
    (spoke,) = find_attributions(second)
    assert "budget" in spoke.content.text


def test_straight_and_curly_marks_close_each_other():
    from eventwire.extract.claims import quoted_regions

    text = 'She said "the dam held,\u201d and left.'
    assert [text[start:end] for start, end in quoted_regions(text)] == ["the dam held,"]


def test_any_verb_tagged_onto_a_broken_off_quote_credits_it():
    doc = parse('\u201cWhere did the money go?\u201d the mayor wonders aloud. \u201cWe stay,\u201d the crowd shouted.')
    found = [a for sentence in doc.sents for a in find_attributions(sentence)]
    assert {a.cue.lemma_: a.source.text for a in found} == {"wonder": "the mayor", "shout": "the crowd"}
    assert [a.content.text for a in found] == ["Where did the money go?", "We stay,"]


def test_a_verb_and_a_colon_before_a_quote_credit_it():
    doc = parse('The governor continued: \u201cThe roads will reopen on Monday.\u201d')
    (found,) = [a for sentence in doc.sents for a in find_attributions(sentence)]
    assert found.cue.text == "continued" and found.source.text == "The governor"
    assert found.content.text.startswith("The roads will reopen")


def test_an_article_s_text_and_quotes_are_read_once_and_match_its_tokens():
    from eventwire.extract.claims import _quotes, quoted_regions
    from eventwire.extract.texts import doc_text

    doc = parse('\u201cWe stay,\u201d the crowd shouted.\n\nThe governor continued: \u201cThe roads reopen.\u201d')
    text, quotes = doc_text(doc), _quotes(doc)
    assert text == doc.text and quotes == quoted_regions(doc.text)
    assert _quotes(doc) is quotes and doc_text(doc) is text  # kept, not joined again from the tokens
    found = [a for sentence in doc.sents for a in find_attributions(sentence)]
    assert [(a.cue.text, a.content.text) for a in found] == [("shouted", "We stay,"), ("continued", "The roads reopen.")]


def test_a_noun_of_saying_with_its_holder_and_content_attributes():
    doc = parse("Reporters checked the mayor's claim that the bridge was safe. The auditors' warning about waste was ignored.")
    first, second = list(doc.sents)
    (claim,) = [a for a in find_attributions(first) if a.cue.text == "claim"]
    assert claim.source.text == "the mayor's" and claim.content.text == "that the bridge was safe"
    (warning,) = [a for a in find_attributions(second) if a.cue.text == "warning"]
    assert warning.source.text == "The auditors" and warning.content.text == "waste"


def test_verbs_of_judging_attribute_their_object():
    doc = parse("The senator downplayed the risk of a shutdown.")
    (found,) = find_attributions(next(iter(doc.sents)))
    assert found.cue.text == "downplayed" and found.source.text == "The senator"
    assert found.content.text == "the risk of a shutdown"


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        ("The governor was sure that the dam would hold.", "sure", "The governor", "that the dam would hold"),
        ("Farmers are worried about the drought.", "worried", "Farmers", "the drought"),
        ("The union is determined to strike.", "determined", "The union", "to strike"),
        ("It was clear that the talks had failed.", "clear", None, "that the talks had failed"),
    ],
)
def test_adjectives_of_certainty_and_feeling_attribute_their_clause(text, cue, source, content):
    (found,) = [a for a in find_attributions(next(iter(parse(text).sents))) if a.cue.text == cue]
    assert (found.source.text if found.source is not None else None) == source
    assert found.content.text == content


def test_a_second_cue_coordinated_inside_the_first_content_is_its_own_attribution():
    doc = parse("The minister said the plan was costly and warned that taxes would rise.")
    found = {a.cue.text: a for a in find_attributions(next(iter(doc.sents)))}
    assert found["said"].content.text == "the plan was costly"
    assert found["warned"].source.text == "The minister" and found["warned"].content.text == "that taxes would rise"


def test_a_cue_after_a_preposition_takes_the_subject_of_the_clause():
    doc = parse("The mayor opened the meeting by praising the volunteers.")
    (found,) = [a for a in find_attributions(next(iter(doc.sents))) if a.cue.text == "praising"]
    assert found.source.text == "The mayor" and found.content.text == "the volunteers"


def test_a_passive_stance_takes_its_agent_as_source_and_its_subject_as_content():
    doc = parse("The new budget was endorsed by the council.")
    (found,) = find_attributions(next(iter(doc.sents)))
    assert found.cue.text == "endorsed" and found.source.text == "the council"
    assert found.content.text == "The new budget"


def test_a_stance_with_no_object_attributes_what_it_is_aimed_at():
    doc = parse("The senator pointed to the rising costs. The mayor apologized on Monday for the delay.")
    first, second = (find_attributions(sentence) for sentence in doc.sents)
    assert [(a.source.text, a.content.text) for a in first] == [("The senator", "to the rising costs")]
    assert [(a.source.text, a.content.text) for a in second] == [("The mayor", "for the delay")]


def test_article_labels_before_a_colon_are_not_speakers():
    doc = parse("Correction: An earlier version of this story misspelled a name.")
    assert not [a for a in find_attributions(next(iter(doc.sents))) if a.cue.text == ":"]


def test_speaking_to_an_audience_attributes_nothing_to_it():
    doc = parse("The governor spoke to reporters.")
    assert not [a for a in find_attributions(next(iter(doc.sents))) if a.cue.text == "spoke"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("“The campaign is worried. Full panic mode,” said Jane Doe, a local organiser.", "Jane Doe, a local organiser"),
        ("“My answer, that was wrong,” the former adviser said in an interview.", "the former adviser"),
    ],
)
def test_a_speech_tag_after_a_quote_names_the_speaker_not_words_of_the_quote(text, source):
    found = [a for s in parse(text).sents for a in find_attributions(s) if a.cue.text == "said"]
    assert [a.source.text for a in found] == [source]


def test_the_channel_of_a_statement_is_not_its_content():
    doc = parse("The defence ministry reported on Telegram.")
    (found,) = find_attributions(next(iter(doc.sents)))
    assert found.content.text == doc.text


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The senator attacked the plan as reckless.", "attacked", "The senator"),
        ("The union supports raising the minimum wage.", "supports", "The union"),
        ("The mayor backed the proposal.", "backed", "The mayor"),
        ("He sees the deal as a trap.", "sees", "He"),
        ("She is a longtime critic of the policy.", "critic", "She"),
        ("The truce seems to have collapsed.", "seems", None),
        ("As the senator put it, the bill is a disaster.", "put", "the senator"),
        ("The mayor made it clear that he would not resign.", "made", "The mayor"),
        ("The senator went after the nominee as unfit.", "went", "The senator"),
        ("In the latest poll, the governor leads the senator by five points.", "In", "the latest poll"),
        ("By one estimate, the program costs twice as much.", "By", "one estimate"),
    ],
)
def test_the_stance_scope_adds_belief_and_evaluation_which_claims_leave_out(text: str, cue: str, source):
    sentence = next(parse(text).sents)
    assert find_attributions(sentence) == []
    (found,) = find_attributions(sentence, "stance")
    assert found.cue.text == cue and (found.source.text if found.source is not None else None) == source


@pytest.mark.parametrize(
    "text",
    ["Troops attacked the village with drones.", "Rebels attacked the town in the north.",
     "Artillery supported the advance.", "Soldiers defended the bridge.", "Troops went after the rebels in the hills."],
)
def test_physical_senses_are_no_stance(text: str):
    assert find_attributions(next(parse(text).sents), "stance") == []


@pytest.mark.parametrize(("text", "cue"), [("The minister hoped that talks would resume.", "hoped"),
                                           ("Analysts rated the plan as weak.", "rated")])
def test_a_cue_verb_survives_the_lemmatizer_cutting_its_final_e(text: str, cue: str):
    (found,) = find_attributions(next(parse(text).sents))
    assert found.cue.text == cue


def test_a_timestamp_line_joined_to_the_sentence_is_not_part_of_the_source():
    doc = parse("11:15 a.m.\n\nJane Miller says the count was not fair.")
    [found] = [a for sentence in doc.sents for a in find_attributions(sentence)]
    assert found.source.text == "Jane Miller"


def test_the_stance_scope_learns_cues_no_lexicon_lists():
    doc = parse("The judge ruled that the law was unconstitutional.")
    assert find_attributions(next(doc.sents), "speech") == []
    [found] = find_attributions(next(doc.sents), "stance")
    assert (found.cue.text, found.source.text, found.content.text) == (
        "ruled", "The judge", "that the law was unconstitutional")


def test_the_cue_model_keeps_likely_rule_cues_and_adds_likely_verbs_but_no_physical_act():
    doc = parse("The mayor said the road was closed. The governor unveiled a plan to cut taxes. "
                "Troops unveiled the village.")
    said, unveiled, troops = list(doc.sents)
    regression = CueModel(weights={"lemma=unveil": 4.0, "lemma=say": -4.0}, bias=-3.0, threshold=0.25)
    model = CueModels(rule=regression, candidate=regression)
    assert learned_cues(said, rule_attributions(said, "stance"), model) == []
    [found] = learned_cues(unveiled, rule_attributions(unveiled, "stance"), model)
    assert (found.cue.text, found.source.text, found.content.text) == (
        "unveiled", "The governor", "a plan to cut taxes")
    assert learned_cues(troops, [], model) == []


def test_the_shipped_cue_model_holds_weights_only():
    data = json.loads(files("eventwire.data").joinpath(CUE_MODEL).read_text(encoding="utf-8"))
    assert set(data) == {"about", "cross_validation", "rule", "candidate"}
    for model in (data["rule"], data["candidate"]):
        assert set(model) == {"threshold", "bias", "weights", "vector"}
        assert all(len(feature) < 60 and " " not in feature for feature in model["weights"])
        assert len(model["vector"]) == DIMENSIONS and all(isinstance(w, float) for w in model["vector"])


def test_token_vectors_read_each_word_in_its_context():
    first, second = parse("The senator backed the plan. The truck backed into a wall.").sents
    backed_plan, backed_wall = token_vectors(first)[2], token_vectors(second)[2]
    assert token_vectors(first).shape == (len(first), DIMENSIONS)
    assert np.allclose(np.linalg.norm(token_vectors(first), axis=1), 1.0, atol=1e-4)
    assert 0.3 < float(backed_plan @ backed_wall) < 0.99  # the same word, in two senses


def test_token_vectors_split_a_sentence_longer_than_the_models_window():
    sentence = parse(" ".join(["word"] * 400) + ".")[:]
    vectors = token_vectors(sentence)
    assert vectors.shape == (401, DIMENSIONS) and np.all(np.linalg.norm(vectors, axis=1) > 0.99)


def test_the_cue_model_reads_the_cue_tokens_vector_in_context():
    said = next(parse("The mayor said the road was closed.").sents)
    direction = token_vectors(said)[2]
    found = rule_attributions(said, "stance")
    towards = CueModel(weights={}, bias=-5.0, threshold=0.5, vector=10.0 * direction)
    away = CueModel(weights={}, bias=-5.0, threshold=0.5, vector=-10.0 * direction)
    towards, away = CueModels(rule=towards, candidate=away), CueModels(rule=away, candidate=towards)
    assert [a.cue.text for a in learned_cues(said, found, towards)] == ["said"]
    assert learned_cues(said, found, away) == []


def test_a_passive_cues_subject_is_not_its_source_in_either_scope():
    sentence = next(parse("The banker was accused of hiding losses from investors.").sents)
    [found] = rule_attributions(sentence, "stance")
    assert (found.cue.text, found.source, found.content.text) == ("accused", None, "of hiding losses from investors")
    [speech] = rule_attributions(sentence, "speech")
    assert speech.source is None


def test_the_rules_cues_and_the_verbs_they_pass_over_have_their_own_models():
    doc = parse("The mayor said the road was closed. The governor unveiled a new budget.")
    said, unveiled = list(doc.sents)
    likely = CueModel(weights={}, bias=3.0, threshold=0.5)
    unlikely = CueModel(weights={}, bias=-3.0, threshold=0.5)
    keep_rules = CueModels(rule=likely, candidate=unlikely)
    add_verbs = CueModels(rule=unlikely, candidate=likely)
    assert [a.cue.text for a in learned_cues(said, rule_attributions(said, "stance"), keep_rules)] == ["said"]
    assert learned_cues(unveiled, rule_attributions(unveiled, "stance"), keep_rules) == []
    assert learned_cues(said, rule_attributions(said, "stance"), add_verbs) == []
    assert [a.cue.text for a in learned_cues(unveiled, rule_attributions(unveiled, "stance"), add_verbs)] == [
        "unveiled"]


def test_a_cue_verbs_own_in_phrase_is_its_channel_not_a_viewpoint():
    sentence = next(parse("The mayor said in a report that the road was closed.").sents)
    # the rules' cues: whether the learned model keeps the noun is its own call
    assert [a.cue.text for a in rule_attributions(sentence, "stance")] == ["said", "report"]


def test_a_content_stays_in_the_paragraph_of_its_cue():
    doc = parse("Residents want the bridge rebuilt, the mayor said\n\nThe council meets on Fridays.")
    said = token(doc, "said")
    content = _in_cue_paragraph(doc[0 : len(doc)], said)
    assert content.text == "Residents want the bridge rebuilt, the mayor said"
    wrapped = parse("The mayor said the bridge, which residents use daily\nwill reopen next week.")
    # a line wrapped inside a paragraph is no break
    assert _in_cue_paragraph(wrapped[0 : len(wrapped)], token(wrapped, "said")).text == wrapped.text


def test_of_two_parsed_subjects_the_one_nearest_the_cue_is_its_source():
    doc = parse("Officials declined to comment.\n\n___.\n\n12:15 p.m.\n\nJane Miller says the count has run late.")
    [found] = [a for sentence in doc.sents for a in rule_attributions(sentence, "stance") if a.cue.text == "says"]
    assert found.source.text == "Jane Miller"


def test_a_relative_that_stands_for_the_noun_it_follows():
    sentence = next(parse("Attacks occurred in nations that oppose the new treaty.").sents)
    [found] = [a for a in rule_attributions(sentence, "stance") if a.cue.text == "oppose"]
    assert found.source.text == "nations"


def test_a_verb_after_able_takes_the_subject_of_the_clause():
    sentence = next(parse("He was able to consistently tout his polling strength.").sents)
    [found] = [a for a in learned_cues(sentence, rule_attributions(sentence, "stance"),
                                       CueModels(rule=CueModel(weights={}, bias=3.0, threshold=0.5),
                                                 candidate=CueModel(weights={}, bias=3.0, threshold=0.5)))
               if a.cue.text == "tout"]
    assert found.source.text == "He"


def test_a_comment_credited_with_a_dash_is_its_whole_line_whatever_its_marks():
    doc = parse("Readers wrote in.\n\u201dThe bridge is a \u201cdisgrace\u201d and must go.\u201d \u2015 Ana Lopez\n")
    [found] = [a for sentence in doc.sents for a in find_attributions(sentence) if a.cue.text == "\u2015"]
    assert (found.source.text, found.content.text) == ("Ana Lopez", "The bridge is a \u201cdisgrace\u201d and must go.")


def test_a_speech_clause_set_off_mid_sentence_reports_both_sides():
    sentence = next(parse("The plan has hurt the party badly, the senator said, because voters do not trust it.").sents)
    [found] = [a for a in rule_attributions(sentence) if a.cue.text == "said"]
    assert found.content.text.startswith("The plan") and found.content.text.endswith("do not trust it")


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The mayor told reporters that the bridge would reopen.", "told", "that the bridge would reopen"),
    ("The mayor urged residents to stay indoors.", "urged", "residents to stay indoors"),
])
def test_the_clause_after_a_cues_object_is_attributed(text: str, cue: str, content: str):
    [found] = [a for a in rule_attributions(next(parse(text).sents)) if a.cue.text == cue]
    assert found.content.text == content


@pytest.mark.parametrize("text", ["The mayor said in a statement that the road was closed.",
                                  "The mayor told residents in 2013 that the road was closed."])
def test_a_clause_is_the_content_rather_than_a_phrase_before_it(text: str):
    [found] = [a for a in rule_attributions(next(parse(text).sents)) if a.cue.pos_ == "VERB"]
    assert found.content.text == "that the road was closed"


def test_a_clause_the_parser_coordinates_with_the_cue_continues_what_is_said():
    sentence = next(parse("The senator says it would cut revenue early, but it would create jobs later.").sents)
    [found] = [a for a in rule_attributions(sentence) if a.cue.text == "says"]
    assert found.content.text == "it would cut revenue early, but it would create jobs later"


def test_a_title_case_headline_is_read_lower_cased():
    # the tagger reads "Warns" as a proper noun; the lower-cased copy reads it as the verb
    doc = parse("Governor Warns Budget Cuts Will Hurt Rural Schools.\n\nShe spoke on Monday.")
    headline = next(doc.sents)
    assert token(doc, "Warns").pos_ == "PROPN"
    [found] = rule_attributions(headline, "stance")
    assert (found.cue.text, found.source.text, found.content.text) == (
        "Warns", "Governor", "Budget Cuts Will Hurt Rural Schools")
    assert found.cue.doc is doc


def test_a_title_case_cue_is_judged_on_its_lower_cased_parse():
    # the cue detector sees the verb the copy parsed, not the proper noun of the original line
    doc = parse("Governor Warns Budget Cuts Will Hurt Rural Schools.\n\nShe spoke on Monday.")
    [found] = rule_attributions(next(doc.sents), "stance")
    features = learned_features(found, "rule")
    assert {"lemma=warn", "pos=VERB"} <= set(features)
    assert "pos=PROPN" not in features


def test_a_cue_and_colon_ending_a_paragraph_attributes_the_next_paragraph():
    doc = parse("The mayor spoke at the harbour on Monday. The mayor added:\n\n"
                "The budget is late. The council knows it.\n\nThe meeting ended at noon.")
    added = next(a for s in doc.sents for a in rule_attributions(s, "stance") if a.cue.text == "added")
    assert (added.source.text, added.content.text) == ("The mayor", "The budget is late. The council knows it.")
