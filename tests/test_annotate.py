from eventwire.annotate import annotate, annotate_selected, load_language, sentence_spans
from eventwire.records import Article


def test_the_model_loads_once_and_parses_in_order():
    assert load_language() is load_language()
    articles = [Article("a", "Rebels attacked Goma. Police fled."), Article("b", "Nothing happened.")]
    pairs = list(annotate(articles))
    assert [a.id for a, _ in pairs] == ["a", "b"]
    assert len(list(pairs[0][1].sents)) == 2


def test_an_entity_does_not_run_across_a_sentence_break():
    """"... said on X. A Taliban spokesman said ...": the recognizer read the run of sentences as one
    text and named "X. A Taliban"; each rule sentence's first token now starts a sentence for it, as
    the parser's boundaries do on the reference path."""
    text = ("Fighters ambushed a patrol in Andarab on Tuesday, killing three, the group said on X. "
            "A Taliban spokesman said one of their fighters had been killed.")
    article = Article(id="t", text=text, title="", date=None)
    spans = sentence_spans(article)
    [(_, doc)] = annotate_selected([(article, spans, range(len(spans)))])
    assert "Taliban" in [ent.text for ent in doc.ents]
    assert all(ent.end_char <= spans[0][1] or ent.start_char >= spans[1][0] for ent in doc.ents)
