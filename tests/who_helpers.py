"""Helpers shared by the actor tests: the actors of a trigger word, the actor a word resolves to."""

from __future__ import annotations

from eventwire.annotate import load_language
from eventwire.extract.who import build_context, event_actors, noun_phrase, resolve_actor


def actors_at(text: str, trigger: str, country: str = "", nth: int = 0):
    doc = load_language()(text)
    token = [t for t in doc if t.text == trigger][nth]
    return tuple(a.name if a else None for a in event_actors(token, build_context(doc, country)))


def resolved(text: str, word: str, country: str = "", nth: int = 0):
    doc = load_language()(text)
    token = [t for t in doc if t.text == word][nth]
    actor = resolve_actor(noun_phrase(token), build_context(doc, country))
    return actor.name if actor else None
