"""Caches on pure lookups that extraction repeats: each must answer exactly as the uncached read."""

from eventwire.gazetteer.context import read_cues


def _cues_of(text: str, name: str):
    start = text.index(name)
    return read_cues(text, start, start + len(name))


def test_cues_are_read_from_the_words_around_the_name_alone():
    first = "Gunmen attacked a village near Tarnow on Monday, police said."
    second = "In an unrelated report, soldiers were seen near Tarnow on Monday, police said."
    assert _cues_of(first, "Tarnow").near and _cues_of(second, "Tarnow").near
    assert _cues_of(first, "Tarnow") == _cues_of(second, "Tarnow")


def test_a_repeated_read_gives_the_same_cues_and_the_window_still_ends_at_60_characters():
    text = "the town of " + "x" * 60 + " Tarnow, Poland"
    assert _cues_of(text, "Tarnow").containers == ("Poland",)
    assert not _cues_of(text, "Tarnow").settlement  # "the town of" lies beyond the window
    near = "the town of Tarnow"
    assert _cues_of(near, "Tarnow").settlement and _cues_of(near, "Tarnow").settlement


def _doc_with_entities():
    import spacy
    from spacy.tokens import Span as SpacySpan

    doc = spacy.blank("en")("Fighters of the Northern Front attacked Kesra in Oldland on Monday .")
    doc.ents = [SpacySpan(doc, 2, 5, label="ORG"), SpacySpan(doc, 6, 7, label="GPE"), SpacySpan(doc, 8, 9, label="GPE")]
    return doc


def test_entities_are_the_docs_own_read_once_per_doc():
    from spacy.tokens import Span as SpacySpan

    from eventwire.extract.entities import entities, entities_in

    doc = _doc_with_entities()
    assert entities(doc) == doc.ents and entities(doc) is entities(doc)
    for start, end in [(0, 12), (2, 5), (3, 9), (5, 8), (6, 6), (0, 0)]:
        assert entities_in(doc[start:end]) == doc[start:end].ents
    assert entities_in(doc) == list(doc.ents)
    other = _doc_with_entities()
    other.ents = [SpacySpan(other, 6, 7, label="LOC")]  # set before its first read
    assert [(e.start, e.label_) for e in entities(other)] == [(6, "LOC")]
    assert [e.label_ for e in entities(doc)] == ["ORG", "GPE", "GPE"] and entities(doc) == doc.ents


def test_span_text_is_spacys_own_text_of_every_span():
    import spacy

    from eventwire.extract.texts import doc_text, span_text

    doc = spacy.blank("en")("Gunmen  attacked the post,\n\nkilling two. \"We hold it,\" they said. ")
    assert doc_text(doc) == doc.text and span_text(doc) == doc.text
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            assert span_text(doc[start:end]) == doc[start:end].text
