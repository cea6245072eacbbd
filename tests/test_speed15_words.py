"""`extract.words`: a Doc's words read from its arrays must be exactly what its tokens say."""

from spacy.tokens import Doc

from eventwire.annotate import load_language
from eventwire.extract.words import words


def _tokens(doc):
    return [(t.lower_, t.lemma_.lower(), t.pos_) for t in doc]


def test_words_are_the_tokens_lower_case_lemma_and_part_of_speech():
    doc = load_language()("The armed group Northern Front claimed the attacks.\n\nSMITH: Rebels Were Seen.")
    read = words(doc)
    assert list(zip(read.lower, read.lemma, read.pos)) == _tokens(doc)
    assert "claim" in read.lemma and "VERB" in read.pos


def test_an_unannotated_doc_has_empty_lemmas_and_tags():
    doc = load_language().make_doc("Gunmen Attacked Kesra")
    assert words(doc).lemma == ["", "", ""] and words(doc).pos == ["", "", ""]
    assert words(doc).lower == ["gunmen", "attacked", "kesra"]


def test_a_change_of_the_docs_tags_is_read_again():
    nlp = load_language()
    doc = Doc(nlp.vocab, words=["rebels", "claimed", "it"])
    assert words(doc).pos == ["", "", ""]
    doc[1].pos_ = "VERB"
    doc[1].lemma_ = "Claim"
    assert words(doc).pos == ["", "VERB", ""] and words(doc).lemma == ["", "claim", ""]
