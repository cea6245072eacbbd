from eventwire.annotate import annotate, load_language
from eventwire.records import Article


def test_the_model_loads_once_and_parses_in_order():
    assert load_language() is load_language()
    articles = [Article("a", "Rebels attacked Goma. Police fled."), Article("b", "Nothing happened.")]
    pairs = list(annotate(articles))
    assert [a.id for a, _ in pairs] == ["a", "b"]
    assert len(list(pairs[0][1].sents)) == 2
