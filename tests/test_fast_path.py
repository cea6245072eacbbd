"""The fast path (language pipeline only on the sentences extraction reads) against the
reference path (every component over every sentence) on the repository's reports.

The fast path runs the entity recognizer over the whole text but tags and parses only the
sentences extraction reads, split by a cheap rule rather than the parser; where the two
disagree on a boundary, or the recognizer sees no parser boundaries, a mention can differ.
The events it finds must be the reference path's (recall and precision of mentions >= 98%).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest

from eventwire.annotate import (
    LEDE_SENTENCES,
    _Tokens,
    annotate_selected,
    load_language,
    may_name_place,
    names_something,
    sentence_spans,
    split_sentences,
)
from eventwire.gazetteer import Gazetteer
from eventwire.ingest import read_inputs
from eventwire.pipeline import process
from eventwire.records import Article

ROOT = Path(__file__).resolve().parents[1]

WRITTEN = {
    "denial": (
        "KABUL, Afghanistan - Gunmen attacked a police checkpoint in the city of Ghazni on Monday, "
        "killing four officers, the provincial governor said. The Taliban denied any involvement in "
        "the attack. Residents said the road to Kabul was closed for several hours."
    ),
    "posted": (
        "A rebel group said it shot down a military helicopter near Idlib on Tuesday. "
        "The claim could not be independently verified. The statement was posted by Hayat Tahrir "
        "al-Sham on its Telegram channel. Syria's army carried out air strikes on the town of Saraqib "
        "later that day, according to the Syrian Observatory for Human Rights."
    ),
    "joint": (
        "Security forces and the Katiba Macina militia clashed in central Mali. In a joint statement "
        "with the Malian army, French forces said they had killed 15 militants near Mopti.\n\n"
        "The fighting follows the 2012 uprising in the north, when rebels seized Timbuktu. "
        "Hundreds of people protested peacefully in Bamako on Friday against the government."
    ),
    "quiet": (
        "The city council approved the new budget on Tuesday. Council members said the plan "
        "includes money for parks and road repairs in Springfield."
    ),
}


def reports() -> list[Article]:
    inputs = [ROOT / "samples", ROOT / "tests" / "fixtures" / "mali_report.txt"]
    articles = [item for item in read_inputs(inputs) if isinstance(item, Article)]
    articles += [Article(id=f"written-{name}", text=text, date=dt.date(2023, 5, 2), outlet="test")
                 for name, text in WRITTEN.items()]
    return articles


@pytest.fixture(scope="module")
def both_paths() -> tuple[list, list]:
    articles = reports()
    return process(articles, fast=False), process(articles, fast=True)


def keys(results) -> set[tuple[str, int, str]]:
    return {(m.article_id, m.trigger.start, m.sub_event_type) for r in results for m in r.mentions}


def test_fast_path_finds_the_reference_paths_events(both_paths):
    reference, fast = both_paths
    assert not [r.error for r in reference + fast if r.error]
    expected, found = keys(reference), keys(fast)
    assert expected, "the reports have events"
    recall = len(expected & found) / len(expected)
    precision = len(expected & found) / len(found)
    assert recall >= 0.98, sorted(expected - found)
    assert precision >= 0.98, sorted(found - expected)


def test_fast_path_mentions_agree_field_by_field(both_paths):
    reference, fast = both_paths
    by_key = {(m.article_id, m.trigger.start, m.sub_event_type): m for r in fast for m in r.mentions}
    pairs = [(m, by_key.get((m.article_id, m.trigger.start, m.sub_event_type))) for r in reference for m in r.mentions]
    same = [a for a, b in pairs if b is not None and
            (a.date, a.actor1, a.actor2, a.fatality_claims, a.historical) == (b.date, b.actor1, b.actor2, b.fatality_claims, b.historical)
            and (a.place and a.place.geonameid) == (b.place and b.place.geonameid)]
    assert len(same) / len(pairs) >= 0.9


@pytest.mark.parametrize("text", [
    "Witnesses said the shooting began just after the morning service.",
    "Officials said Saturday's ambushes had been planned for weeks.",
    "Residents said the suspected gunmen fled on motorbikes.",
    "A local doctor said the bodies were taken to the district hospital.",
    "The mayor said the casualties included two firefighters.",
    "The movement said in a post on Telegram that it held the two men.",
    "The Sahel front said it was holding them.",
    "The group said it was still holding the children.",
    "The governor confirmed the toll.",
])
def test_an_account_that_refers_back_by_any_noun_claims_reads_is_parsed(text):
    # Every form of claims.TOLD_AGAIN, under any determiner: the reference path reads such an account.
    from eventwire.extract.what import NONE, Classification
    from eventwire.pipeline import needs_language

    assert needs_language(text, Classification(NONE, 0.9), Article(id="a", text=text, date=dt.date(2023, 5, 2)))


def test_an_account_after_the_event_gives_its_speakers_claim_on_both_paths():
    article = Article(id="account", date=dt.date(2023, 5, 2), outlet="test", text=(
        "A man opened fire on worshippers at a church in Lindale on Friday, killing three people. "
        "Witnesses said the shooting began just after the morning service."))

    def claims(results) -> list[tuple[str, str, int]]:
        return [(c.claimant, c.stance, c.start) for r in results for m in r.mentions for c in m.claims]

    reference = claims(process([article], fast=False))
    assert [stance for _, stance, _ in reference] == ["reports", "asserts"]
    assert claims(process([article], fast=True)) == reference


def test_a_report_without_events_costs_no_parse():
    article = Article(id="quiet", text=WRITTEN["quiet"])
    ((_, doc),) = annotate_selected([(article, sentence_spans(article), [])])
    assert doc.text == article.text
    assert not doc.has_annotation("TAG") and len(list(doc.sents)) == 2
    assert [e.text for e in doc.ents if e.label_ == "GPE"] == ["Springfield"]  # entities everywhere


def test_a_report_in_which_no_sentence_reports_an_event_skips_the_language_pipeline(monkeypatch):
    from eventwire import pipeline

    annotated: list[str] = []
    real = pipeline.annotate_selected

    def spy(selections, gazetteer=None):
        annotated.extend(article.id for article, _, _ in selections)
        return real(selections, gazetteer)

    monkeypatch.setattr(pipeline, "annotate_selected", spy)
    quiet = Article(id="quiet", text=WRITTEN["quiet"], date=dt.date(2023, 5, 2))
    denial = Article(id="denial", text=WRITTEN["denial"], date=dt.date(2023, 5, 2))
    results = process([quiet, denial], fast=True)
    assert annotated == ["denial"]
    assert [r.article.id for r in results] == ["quiet", "denial"] and not any(r.error for r in results)
    assert results[0].mentions == () and results[0].places == ()  # stored without its places
    assert results[1].mentions
    # The reference path still stores the places of a report without events.
    assert [p.name for p in process([quiet], fast=False)[0].places] == ["Springfield"]


def test_the_parser_does_not_end_a_rule_sentence_inside_a_name():
    # The parser alone ends a sentence after "Ban" (it may still end one after punctuation).
    article = Article(id="name", text=(
        "Gunmen attacked a checkpoint near the disputed Ban Nong Khai Thom pagoda in the east on Monday, "
        "police said. Troops fired on a crowd."))
    ((_, doc),) = annotate_selected([(article, sentence_spans(article), [0])])
    assert [s.text for s in doc.sents] == [
        "Gunmen attacked a checkpoint near the disputed Ban Nong Khai Thom pagoda in the east on Monday, "
        "police said.", "Troops fired on a crowd."]


def test_selected_sentences_are_annotated_at_article_offsets():
    article = Article(id="denial", text=WRITTEN["denial"])
    ((_, doc),) = annotate_selected([(article, sentence_spans(article), [1])])
    sentences = list(doc.sents)
    assert doc.text == article.text and len(sentences) == 3
    denial = sentences[1]
    assert denial.text.startswith("The Taliban denied")
    assert {token.dep_ for token in denial} > {"nsubj", "dobj"}
    assert ("Taliban", "ORG") in [(e.text, e.label_) for e in denial.ents]
    assert all(token.tag_ == "" and token.dep_ in {"ROOT", "dep"} for token in sentences[0])


def test_a_sentence_read_alone_keeps_what_the_tokenizer_set_in_the_article():
    text = "Police came. Two men from Springfield, Mass., were held in Boston."
    nlp = load_language()
    doc = nlp.make_doc(text)
    piece, reference = _Tokens.of(doc, text).doc(nlp, 3, len(doc)), doc[3:].as_doc()
    read = [(t.text, t.whitespace_, t.norm_, t.is_sent_start) for t in piece]
    assert read == [(t.text, t.whitespace_, t.norm_, t.is_sent_start) for t in reference]
    assert "Massachusetts" in [t.norm_ for t in piece]  # the tokenizer's exception, read by the models


@pytest.mark.parametrize(("text", "named"), [
    ("The council approved it on Tuesday.", False),
    ("The council of Springfield approved it on Tuesday.", True),
    ("Smith said it was over.", True),
    ("He said it was over.", False),
    ("“We will not leave,” she said.", False),
    ("it rained all day.", False),
    ("I think it’s over, and I'm sure of it.", False),
    ("It's over on Monday, Jan. 5, or in March.", False),
    ("US troops left on Monday.", True),
    ("Police said it was over on Sunday.", True),
    ("The Sunday Times reported it.", True),
    ("it was filmed on an iPhone.", True),  # a capital inside a word counts as one, as in a name run
])
def test_a_sentence_names_something_when_a_word_beyond_its_opening_function_word_is_capitalised(text, named):
    # "I", a function word's contraction, a day or a month is capitalised but names nothing.
    assert names_something(text) is named


def test_entities_are_read_in_the_sentences_that_name_something_as_in_the_whole_text():
    text = ("Two men were arrested in Springfield on Monday. It was over in minutes and nobody was hurt. "
            "The mayor of Springfield, Tom Baker, praised the police.")
    article = Article(id="named", text=text)
    ((_, doc),) = annotate_selected([(article, sentence_spans(article), [])])
    whole = load_language()(text)
    # Only unnamed things ("minutes": TIME) of the middle sentence go unread.
    names = {"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"}
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in names] == [
        (e.start_char, e.end_char, e.label_) for e in whole.ents if e.label_ in names]
    assert {e.text for e in doc.ents} >= {"Springfield", "Tom Baker"}


@pytest.mark.parametrize(("text", "place"), [
    ("Residents fled to Kabul on Monday.", True),
    ("He flew home to St. Louis.", True),
    ("Turkish troops crossed the border.", True),  # a nationality names a country
    ("The Taliban denied any involvement.", False),
    ("It was over on Monday, and I left.", False),
])
def test_a_sentence_may_name_a_place_when_the_gazetteer_knows_one_of_its_names(text, place):
    assert may_name_place(text, Gazetteer.open()) is place


def test_with_a_gazetteer_entities_are_read_in_the_lede_the_chosen_sentences_and_those_naming_a_place():
    text = ("Gunmen attacked a checkpoint in Ghazni on Monday. Four officers died. Police came. "
            "The Taliban denied any involvement. Residents fled to Kabul. The Taliban left.")
    article = Article(id="places", text=text)
    spans = sentence_spans(article)
    assert LEDE_SENTENCES == 3 and len(spans) == 6
    ((_, doc),) = annotate_selected([(article, spans, [5])], Gazetteer.open())
    assert {"Ghazni", "Kabul"} <= {e.text for e in doc.ents}
    taliban = [e.start_char for e in doc.ents if e.text == "Taliban"]
    assert text.index("Taliban") not in taliban  # a sentence naming no place is not read ...
    assert text.rindex("Taliban") in taliban  # ... unless extraction reads it


@pytest.mark.parametrize("text", [
    "", "   ", "One sentence without an end", "Dr. Smith arrived. He left!  Then?\n\nNew paragraph.",
    "“Quoted.” Next one. (Bracketed.) 42 people came.",
])
def test_sentence_split_covers_the_text_without_overlap(text):
    spans = split_sentences(text)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:]))
    assert " ".join(text[s:e] for s, e in spans).split() == text.split()



@pytest.mark.parametrize(("text", "sentences"), [
    ("Police found Ms. Sears at 8 a.m. Wednesday near St. Louis. Lt. Gary Ames said so.", 2),
    ("James C. Ortiz of Topeka, Kan., was charged on Dec. 13 with arson. He denied it.", 2),
    ("The hearing began at 11 a.m. The judge adjourned it.", 2),
    ("Gunmen attacked a checkpoint. Two officers died! Who did it? Nobody knows.", 4),
    ("George W. Bush spoke. Robert E. Lee rode. George F. Will wrote.", 3),
    ("The rebels said on X. The army denied the claim.", 2),
    ("The minister wrote on X. Hundreds of miners blocked the road.", 2),
    ("Officials posted via X. Dozens gathered.", 2),
    ("Voters backed Measure B. In May the union sued.", 2),
])
def test_sentence_split_does_not_end_at_abbreviations_or_initials(text, sentences):
    assert len(split_sentences(text)) == sentences


@pytest.fixture(scope="module")
def onnx_encoder():
    pytest.importorskip("onnxruntime")
    from eventwire.extract.encoders import OnnxMiniLMEncoder

    return OnnxMiniLMEncoder()


def test_onnx_encoder_is_close_to_the_torch_model(onnx_encoder):
    from eventwire.extract.encoders import MiniLMEncoder

    texts = [WRITTEN["denial"], "Hundreds of people protested peacefully in Bamako on Friday.", "Rain."]
    fast, reference = onnx_encoder.encode(texts), MiniLMEncoder().encode(texts)
    assert fast.shape == (3, 384) and np.allclose(np.linalg.norm(fast, axis=1), 1.0, atol=1e-5)
    assert (fast * reference).sum(axis=1).min() > 0.97


def test_onnx_encoder_gives_a_sentence_the_same_vector_whatever_its_neighbours(onnx_encoder):
    texts = ["Gunmen attacked a police checkpoint.", "The council approved the budget on Tuesday after a long debate."]
    alone = onnx_encoder.encode(texts[:1])
    assert np.array_equal(onnx_encoder.encode(texts)[0], alone[0])
    assert np.array_equal(onnx_encoder.encode(texts[::-1])[1], alone[0])
    assert onnx_encoder.encode([]).shape == (0, 384)


def test_onnx_encoder_exports_to_the_temporary_folder_when_the_cache_is_read_only(onnx_encoder, monkeypatch, tmp_path):
    import shutil
    import tempfile

    from eventwire.extract import encoders

    built = encoders.quantised_model_path()  # the module fixture exported it there
    targets = []

    def export(target):
        targets.append(target)
        if len(targets) == 1:
            raise PermissionError(13, "Permission denied", str(target))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built, target)
        return target

    monkeypatch.setattr(encoders, "export_quantised", export)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    encoder = encoders.OnnxMiniLMEncoder(model_path=tmp_path / "read-only" / "model.onnx")
    assert targets[1] == tmp_path / "eventwire" / "model.onnx"
    assert encoder.encode(["Gunmen attacked a police checkpoint."]).shape == (1, 384)
