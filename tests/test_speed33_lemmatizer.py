"""The pipeline's lemmatizer sets from the Doc's arrays exactly the lemmas spaCy's own sets."""

import spacy

from eventwire.annotate import MODEL_NAME, load_language
from eventwire.lemmatizer import ArrayLemmatizer

TEXTS = [
    "The soldiers were killed by gunmen who attacked the villages on Monday.",
    "Protesters Say Government Lies About Tax Plan",
    "He said: “We are going back,” and they went.",
    "Running, runs, ran; better, best, worse.\n\nThe ministry put the toll at 31.",
    "",
]


def test_the_array_lemmatizer_sets_spacys_own_lemmas_again_and_again() -> None:
    nlp, plain = load_language(), spacy.load(MODEL_NAME)
    assert isinstance(nlp.get_pipe("lemmatizer"), ArrayLemmatizer)
    assert not isinstance(plain.get_pipe("lemmatizer"), ArrayLemmatizer)
    for text in TEXTS * 2:  # the second round reads the lemmas the first one learned
        assert [t.lemma_ for t in nlp(text)] == [t.lemma_ for t in plain(text)]


def test_a_lemma_set_before_the_lemmatizer_is_kept() -> None:
    nlp = load_language()
    doc = nlp.make_doc("Gunmen attacked the post.")
    for name, component in nlp.pipeline:
        if name == "lemmatizer":
            doc[1].lemma_ = "strike"
        doc = component(doc)
    assert [t.lemma_ for t in doc] == ["gunman", "strike", "the", "post", "."]


def test_the_known_words_are_sets_of_spacys_own_lists() -> None:
    """Each part of speech's known words (asked `form in index` once per suffix rule) are a set
    holding exactly the words of spaCy's list, and the rare words whose lemma those decide come
    out as spaCy's."""
    nlp, plain = load_language(), spacy.load(MODEL_NAME)
    ours = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    theirs = plain.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    for part in ("noun", "verb", "adj", "adv"):
        assert isinstance(ours.get(part), frozenset)
        assert ours.get(part) == set(theirs.get(part))
    text = "The insurgents' ambushes outflanked convoys; mortaring, the militiamen strafed hamlets."
    assert [t.lemma_ for t in nlp(text)] == [t.lemma_ for t in plain(text)]
