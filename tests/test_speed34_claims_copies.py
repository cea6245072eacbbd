"""A title-case line's lower-cased copy is parsed once per distinct line, and its attributions
map back into each report that holds the line."""

from eventwire import annotate
from eventwire.extract import claims
from eventwire.extract.claims import rule_attributions


def test_a_repeated_title_case_line_is_parsed_once_and_attributed_in_each_report(monkeypatch) -> None:
    nlp = annotate.load_language()
    first = nlp("Governor Warns Budget Cuts Will Hurt Rural Schools.\n\nShe spoke on Monday.")
    second = nlp("Mayor resigns.\n\nGovernor Warns Budget Cuts Will Hurt Rural Schools.\n\nNo one else spoke.")
    claims._copy_attributions.cache_clear()
    calls = []
    monkeypatch.setattr(annotate, "load_language", lambda: calls.append(1) or nlp)
    found = [rule_attributions(sentence, "stance") for doc in (first, second) for sentence in doc.sents
             if sentence.text.startswith("Governor")]
    assert len(calls) == 1
    for doc, [attribution] in zip((first, second), found):
        assert attribution.cue.doc is doc and attribution.source.doc is doc
        assert (attribution.cue.text, attribution.source.text, attribution.content.text) == (
            "Warns", "Governor", "Budget Cuts Will Hurt Rural Schools")
        assert attribution.parsed_as is not None and attribution.parsed_as.cue.pos_ == "VERB"
