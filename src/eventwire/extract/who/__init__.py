"""Actors: spans of text -> canonical actors with ACLED actor types (inter codes).

Canonical names follow ACLED's conventions ("Military Forces of Russia", "Protesters
(Ukraine)"). Three sources, in order: the actor data file the project owns (named groups
and their aliases, extendable by the user through `$EVENTWIRE_ACTORS`), aliases learned
within the article ("Liberation Front (LF)" -> later "the LF"; "Mr Smith" -> "John Smith"),
and general patterns (demonym or country + a force noun; a capital city speaking for its
government; role nouns such as protesters, civilians, gunmen).

Modules, each importing only those above it: `lexicon` (shared word lists), `tables` (the actor
data file, countries), `context` (what an article teaches), `names` (phrase -> name helpers),
`groups` (armed groups referred to by role, modifier or claim), `resolve` (`resolve_actor`),
`learn` (`build_context`), `arguments` (the trigger's syntax), `crowds` (protesters, rioters and
the forces facing them), `events` (`event_actors`, `event_actor_groups`), `roles` (`typed_roles`: the
roles an event's type gives its sides).
"""

from eventwire.extract.who.arguments import governing_verb, in_dateline
from eventwire.extract.who.context import ActorContext
from eventwire.extract.who.events import event_actor_groups, event_actors, killed_group_member
from eventwire.extract.who.groups import group_named_by_word
from eventwire.extract.who.learn import build_context, self_named_group
from eventwire.extract.who.lexicon import (
    ARMED_GROUP_TYPES, CLAIMED_THINGS, DENYING_VERBS, GROUP_NOUNS, PERSON_NOUNS, PRONOUNS, ROLE_NAMES, STATE_NOUNS,
)
from eventwire.extract.who.names import (
    ARMED_PERSON_WORDS, STATE_BODY_HEADS, _named_group_type, forces_name, is_state_forces, noun_phrase,
    qualified_by_its_country, security_kind, state_body, unique_actors,
)
from eventwire.extract.who.resolve import last_named_group, resolve_actor
from eventwire.extract.who.roles import typed_roles
from eventwire.extract.who.tables import country_of_word, country_tables, known_actors, known_armed_groups

__all__ = [
    "ARMED_GROUP_TYPES", "ARMED_PERSON_WORDS", "CLAIMED_THINGS", "DENYING_VERBS", "GROUP_NOUNS", "PERSON_NOUNS",
    "PRONOUNS", "ROLE_NAMES", "STATE_BODY_HEADS", "STATE_NOUNS", "ActorContext", "_named_group_type", "build_context",
    "country_of_word", "country_tables", "event_actor_groups", "event_actors", "forces_name", "governing_verb",
    "group_named_by_word", "in_dateline", "is_state_forces", "killed_group_member", "known_actors",
    "known_armed_groups", "last_named_group", "noun_phrase", "qualified_by_its_country", "resolve_actor",
    "security_kind", "self_named_group", "state_body", "typed_roles", "unique_actors",
]
