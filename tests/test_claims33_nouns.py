"""Nouns of saying (issue #5, PolNeAR's stance scope): a "that" clause the parser took for a
relative one, and the name set before the noun as its source. Fixtures written for these tests."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.annotate import load_language
from eventwire.extract.claims import rule_attributions


def found(text: str):
    doc = load_language()(text)
    return [a for sentence in doc.sents for a in rule_attributions(sentence, "stance")]


def test_a_named_outlet_s_report_is_an_attribution_with_the_outlet_as_source():
    report = next(a for a in found("Opposition leaders cited a Northern Tribune report that the army had moved "
                                   "troops to the border.") if a.cue.text == "report")
    assert report.source is not None and report.source.text == "Northern Tribune"
    assert report.content.text.startswith("that the army had moved")


def test_a_that_clause_parsed_as_a_relative_clause_is_the_noun_s_content():
    # the parse the small model gives some reports: "had" a relative clause on "report", "that" its mark
    words = ["Critics", "cited", "a", "report", "that", "the", "mayor", "had", "debts", "."]
    doc = Doc(load_language().vocab, words=words,
              pos=["NOUN", "VERB", "DET", "NOUN", "SCONJ", "DET", "NOUN", "VERB", "NOUN", "PUNCT"],
              tags=["NNS", "VBD", "DT", "NN", "IN", "DT", "NN", "VBD", "NNS", "."],
              lemmas=["critic", "cite", "a", "report", "that", "the", "mayor", "have", "debt", "."],
              heads=[1, 1, 3, 1, 7, 6, 7, 3, 7, 1],
              deps=["nsubj", "ROOT", "det", "dobj", "mark", "det", "nsubj", "relcl", "dobj", "punct"],
              sent_starts=[True] + [False] * 9)
    report = next(a for a in rule_attributions(doc[:], "stance") if a.cue.text == "report")
    assert report.content.text == "that the mayor had debts"


def test_a_common_noun_before_the_cue_noun_is_no_source():
    statement = [a for a in found("A campaign statement said the mayor had lost millions.") if a.cue.text == "statement"]
    assert all(a.source is None or a.source.text != "campaign" for a in statement)
