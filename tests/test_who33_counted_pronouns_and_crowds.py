"""Who a counted pronoun refers to ("killing dozens of them") without reading the count itself as
its own antecedent, and protesters named by what they do rather than by a noun."""

from __future__ import annotations

from eventwire.annotate import load_language
from eventwire.extract.who import build_context, event_actors, noun_phrase, resolve_actor


def actors_at(text: str, trigger: str, country: str = "", nth: int = 0):
    doc = load_language()(text)
    token = [t for t in doc if t.text == trigger][nth]
    return tuple(a.name if a else None for a in event_actors(token, build_context(doc, country)))


def test_a_count_of_them_is_not_its_own_antecedent():
    # "dozens" counts "them" and is itself a plural object before "them": reading it as the
    # antecedent resolved "dozens" again, without end (RecursionError failed the whole article)
    text = "Air force jets struck the insurgents as they fled towards the lake, killing dozens of them, the army said."
    doc = load_language()(text)
    dozens = next(t for t in doc if t.text == "dozens")
    actor = resolve_actor(noun_phrase(dozens), build_context(doc, "Chad"))
    assert actor is None or actor.name == resolve_actor(noun_phrase(next(t for t in doc if t.text == "insurgents")),
                                                        build_context(doc, "Chad")).name
