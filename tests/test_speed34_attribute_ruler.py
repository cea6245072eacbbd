"""The pipeline's attribute ruler finds spaCy's own matches, hence sets spaCy's own attributes."""

import spacy
from spacy.pipeline import AttributeRuler

from eventwire.annotate import MODEL_NAME, load_language
from eventwire.attribute_ruler import CachedAttributeRuler

TEXTS = [
    "There were three blasts near the market, and there's a curfew now.",
    "I ain't gonna go, let's see. Y'all c'mon, we gotta leave.",
    "Gunmen   attacked\tthe post.\n\nPolice said it was over; it wasn't.",
    "Rebels Seize Town, Army Says",
    "",
]


def test_the_cached_ruler_matches_and_sets_what_spacys_ruler_does_again_and_again() -> None:
    nlp, plain = load_language(), spacy.load(MODEL_NAME)
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, CachedAttributeRuler)
    assert type(plain.get_pipe("attribute_ruler")) is AttributeRuler
    for text in TEXTS * 2:  # the second round reads the matches the first one remembered
        ours, theirs = nlp(text), plain(text)
        assert ruler.match(ours) == AttributeRuler.match(ruler, ours)
        assert [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in ours] == \
               [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in theirs]


def test_words_no_pattern_names_share_one_key_and_named_words_keep_their_own() -> None:
    ruler = load_language().get_pipe("attribute_ruler")
    load_language()("The convoy was ambushed; there is no word, it wasn't gonna stop.")
    plan = ruler._plan
    named = {ruler.vocab.strings[key]: value for key, value in plan.named.items()}
    assert named["convoy"] == named["ambushed"] == -1
    assert named["n't"] == ruler.vocab.strings["n't"]  # a regex names it ("^n'?t$")
    assert named["is"] == ruler.vocab.strings["is"]  # a list names it
    assert named["gon"] == ruler.vocab.strings["gon"]  # a word names it
