"""Speed changes of session 30 that must leave every result as it was: sentence Docs built from
the token arrays (`annotate._Tokens`), the text each Doc is made from kept with it
(`texts.record_text`), and the armed groups a report names found through its word runs
(`who.groups._armed_groups_named`)."""

from __future__ import annotations

from bisect import bisect_right
from types import SimpleNamespace

import numpy as np
from spacy.attrs import NORM, ORTH, SENT_START, SPACY
from spacy.tokens import Doc

from eventwire import annotate, taxonomy as tx
from eventwire.extract.texts import doc_text
from eventwire.extract.who.groups import _armed_groups_named
from eventwire.extract.who.names import _holds_word
from eventwire.extract.who.tables import known_armed_groups
from eventwire.records import Article

_REPORT = ("KORVANA, Ostland (Wire) -- Gunmen stormed a market in the town of Belmar on Tuesday, "
           "Lt. Col. Ana Dresz said. St. Paul's clinic took in 4 people.\n\nThe J.R. Peltz Brigade "
           "denied it; police said the raid began at 11 a.m. Tuesday near Hollin Rd. and ended by noon.")


def _tokens() -> tuple[annotate._Tokens, list[int], int]:
    nlp = annotate.load_language()
    doc = nlp.make_doc(_REPORT)
    tokens = annotate._Tokens.of(doc, _REPORT)
    return tokens, annotate._token_starts(tokens, annotate.split_sentences(_REPORT)), len(doc)


def _attributes(doc: Doc) -> np.ndarray:
    return doc.to_array([ORTH, SPACY, NORM, SENT_START])


def test_a_sentence_doc_is_cut_after_punctuation_only_as_token_by_token() -> None:
    nlp = annotate.load_language()
    tokens, starts, length = _tokens()
    for begin, end in zip(starts, [*starts[1:], length]):
        expected = tokens.doc(nlp, begin, end)
        for before, token in zip(expected, expected[1:]):
            if before.text[-1].isalnum():
                token.is_sent_start = False
        assert np.array_equal(_attributes(tokens.sentence(nlp, begin, end)), _attributes(expected))


def test_a_run_of_sentences_marks_each_start_as_token_by_token() -> None:
    nlp = annotate.load_language()
    tokens, starts, length = _tokens()
    for begin, end in [(0, length), (starts[1], length), (0, starts[2]), (starts[1] + 1, length - 1)]:
        expected = tokens.doc(nlp, begin, end)
        for start in starts[bisect_right(starts, begin):]:
            if start >= end:
                break
            expected[start - begin].is_sent_start = True
        assert np.array_equal(_attributes(tokens.run(nlp, begin, end, starts)), _attributes(expected))


def test_an_annotated_doc_keeps_the_text_it_was_made_from() -> None:
    article = Article(id="s30-text", outlet="wire", url="", date=None, title="Market raid", text=_REPORT)
    selections = [(article, annotate.sentence_spans(article), [0])]
    ((_, selected),) = annotate.annotate_selected(selections)
    ((_, whole),) = list(annotate.annotate([article]))
    for doc in (selected, whole):
        assert doc_text(doc) == doc.text == _REPORT
    made_elsewhere = annotate.load_language().make_doc("Rebels shelled Korvana.")
    assert doc_text(made_elsewhere) == "Rebels shelled Korvana."


def _named_by_search(text: str) -> set[str]:
    return {actor.name for actor in known_armed_groups()
            if any(_holds_word(text, alias) for alias in (actor.name, *actor.aliases))}


def test_the_armed_groups_named_are_those_a_search_for_every_alias_finds() -> None:
    nlp = annotate.load_language()
    texts = [
        "Fighters of al-Shabaab and the Taliban's envoys met Hamas officials in Korvana.",
        "The Hamasville council and Talibanistan fans met ISILx traders.",  # first words inside longer words
        "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad, or JAS, raided Belmar.",
        "No group was named.",
    ]
    for text in texts:
        context = SimpleNamespace(armed_groups=None, types={"Peltz Brigade": tx.REBEL_GROUPS})
        found = _armed_groups_named(nlp.make_doc(text), context)
        assert found == _named_by_search(text) | {"Peltz Brigade"}, text
    assert "Al Shabaab" in _named_by_search(texts[0]) and not _named_by_search(texts[1])
