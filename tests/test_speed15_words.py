"""`extract.words`: a Doc's words read from its arrays must be exactly what its tokens say."""

from spacy.tokens import Doc

from eventwire.annotate import load_language
from eventwire.extract.words import words


def _tokens(doc):
    return [(t.text, t.lower_, t.lemma_.lower(), t.pos_, t.is_alpha) for t in doc]


def test_words_are_the_tokens_lower_case_lemma_and_part_of_speech():
    doc = load_language()("The armed group Northern Front claimed the attacks.\n\nSMITH: Rebels Were Seen in İstanbul.")
    read = words(doc)
    assert list(zip(read.text, read.lower, read.lemma, read.pos, read.alpha)) == _tokens(doc)
    assert "claim" in read.lemma and "VERB" in read.pos


def test_an_unannotated_doc_has_empty_lemmas_and_tags():
    doc = load_language().make_doc("Gunmen Attacked Kesra")
    assert words(doc).lemma == ["", "", ""] and words(doc).pos == ["", "", ""]
    assert words(doc).lower == ["gunmen", "attacked", "kesra"]


def test_words_of_a_doc_built_with_tags_are_its_tags():
    nlp = load_language()
    doc = Doc(nlp.vocab, words=["Rebels", "claimed", "it"], pos=["NOUN", "VERB", "PRON"], lemmas=["rebel", "Claim", "it"])
    assert words(doc).pos == ["NOUN", "VERB", "PRON"] and words(doc).lemma == ["rebel", "claim", "it"]
    assert words(doc).text == ["Rebels", "claimed", "it"]
