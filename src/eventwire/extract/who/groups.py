"""Armed groups a phrase refers to by a role noun, a modifier or a claim the article told."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Doc, Span as SpacySpan, Token

from eventwire import taxonomy as tx
from eventwire.extract.entities import entities_in
from eventwire.extract.texts import doc_text
from eventwire.extract.who.context import ActorContext
from eventwire.extract.who.lexicon import (
    ARMED_GROUP_TYPES, ARMED_ROLE_NOUNS, GROUP_NOUNS, LINK_WORDS, NAMED_GROUP_HEADS, REFERRING_ATTACKER_NOUNS,
)
from eventwire.extract.who.names import _holds_word, _located_country, _named_actor, _strip_determiners
from eventwire.extract.who.tables import country_of_word, defending_actors, known_armed_groups

# Role nouns that name the same people: "Wazalendo militiamen ... a militia leader".
SAME_ROLE = {"militiamen": "militia", "guerillas": "guerrillas", "paramilitary": "paramilitaries"}


def _role_key(word: str) -> str:
    return SAME_ROLE.get(word, word)


def _is_linked_group(head: Token) -> bool:
    """"The al-Qaeda-linked group", "the Iran-aligned group": a group named again by whom it is
    tied to, which is not that one."""
    return head.lemma_.lower() in GROUP_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
        and any(c.dep_ == "amod" and c.lower_ in LINK_WORDS for c in head.children)


def _claimed_group(span: SpacySpan, context: ActorContext) -> str | None:
    """The article's claiming group, for an unnamed attacker told in the claim or the two
    sentences before it, or referred back to after it ("the attackers", not "militants attacked a
    base in May"; not the gunmen of another attack told paragraphs earlier)."""
    if context.claiming_group is None:
        return None
    group, window_start, claim_end = context.claiming_group
    definite = any(t.dep_ == "det" and t.lower_ in {"the", "these", "those"} for t in span.root.lefts)
    return group if window_start <= span.start_char < claim_end or definite else None


def _group_modifier(head: Token, context: ActorContext) -> str | None:
    """The named group a role, attack or weapon noun is qualified by ("ELN guerrillas",
    "Al-Shabab militants", "a Hamas rocket attack"): the words before the noun, or the first
    of them alone."""
    modifiers = [child for child in head.lefts if child.dep_ in {"compound", "amod", "nmod"}]
    if not modifiers:
        return None
    doc = head.doc
    for text in (doc[modifiers[0].left_edge.i : head.i].text, doc[modifiers[0].left_edge.i : modifiers[0].i + 1].text):
        named = _named_actor(text, context)
        if named is not None and named[1] != tx.STATE_FORCES:
            return named[0]
    local = next((context.local_names[word.lower_] for word in modifiers if word.lower_ in context.local_names), None)
    if local is not None:  # "suspected separatist fighters" in a report of Cameroon
        return local
    for word in modifiers:
        if word.text.istitle() and (word.i > word.sent.start or word.pos_ == "PROPN") and not country_of_word(word.text):
            # "(suspected) Maoist rebels" in a report that names the "Communist Party of India
            # (Maoist)": a word of the name of the one armed group the report names with it
            holding = group_named_by_word(doc, context, (word.text,))
            if holding is not None:
                return holding
    return None


def _armed_groups_named(doc: Doc, context: ActorContext) -> frozenset[str]:
    """The armed groups the report names: those it introduces, and those of the data file whose
    name or an alias it writes."""
    if context.armed_groups is None:
        text = doc_text(doc)
        by_first_run, others = _armed_group_aliases()
        written = [entry for run in by_first_run.keys() & set(_WORD_RUN.findall(text)) for entry in by_first_run[run]]
        context.armed_groups = frozenset(
            {name for name, inter in context.types.items() if inter in ARMED_GROUP_TYPES}
            | {name for name, alias in (*written, *others) if _holds_word(text, alias)})
    return context.armed_groups


_WORD_RUN = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _armed_group_aliases() -> tuple[dict[str, list[tuple[str, str]]], tuple[tuple[str, str], ...]]:
    """The known armed groups' names and aliases, as (group, alias) pairs: by the alias's first
    run of word characters, and those that open with another character. Written as a whole
    word, an alias that opens with a word character stands where the text has that run as a
    whole run, so of the ~700 aliases only those whose first run the text has are looked for
    (a search of the whole text for each was a twentieth of extraction)."""
    by_first_run: dict[str, list[tuple[str, str]]] = {}
    others: list[tuple[str, str]] = []
    for actor in known_armed_groups():
        for alias in (actor.name, *actor.aliases):
            first = _WORD_RUN.match(alias)
            if first is None:
                others.append((actor.name, alias))
            else:
                by_first_run.setdefault(first.group(), []).append((actor.name, alias))
    return by_first_run, tuple(others)


def group_named_by_word(doc: Doc, context: ActorContext, forms: Iterable[str]) -> str | None:
    """The one armed group the report names (`_armed_groups_named`) whose name holds one of
    `forms` as a word; none when no group's or several groups' names hold it."""
    holding = {name for name in _armed_groups_named(doc, context)
               if any(re.search(rf"\b{re.escape(form)}\b", name) for form in forms)}
    return next(iter(holding)) if len(holding) == 1 else None


GANG_ARTICLES = {"Los", "Las", "El", "La", "Os", "As"}


def _gang_name(head: Token) -> str | None:
    """The name of a gang, cartel or militia named by proper nouns before the noun ("the Los Lobos
    gang"), not by a place ("a Guanajuato gang") or a people ("a Fulani militia")."""
    if head.lemma_.lower() not in NAMED_GROUP_HEADS:
        return None
    names = [t for t in head.lefts if t.dep_ in {"compound", "nmod"} and t.pos_ == "PROPN"]
    if not names or not any(t.dep_ == "det" and t.lower_ == "the" for t in head.lefts):
        return None  # (a name is definite: "a Sinaloa gang" is one from Sinaloa)
    phrase = head.doc[names[0].left_edge.i : head.i]
    # (a name that opens with a Spanish or Portuguese article, "the Los Lobos gang", is the gang's
    # own, whatever place the tagger takes it for)
    own_article = phrase[0].text in GANG_ARTICLES and len(phrase) > 1
    # (a number can be part of the name: "the Barrio 18 gang")
    if any((t.ent_type_ in {"GPE", "LOC", "NORP", "FAC"} and not own_article) or country_of_word(t.text)
           for t in phrase) or not all(t.pos_ == "PROPN" or t.is_punct or t.pos_ == "NUM" for t in phrase):
        return None
    return _strip_determiners(phrase.text)


def _bare_role_group(span: SpacySpan, context: ActorContext) -> str | None:
    """"the rebels" alone (no name, country or other word qualifying it): the group the article
    named with that role noun, if it named one."""
    qualified = any(token.dep_ in {"amod", "compound", "nmod", "poss", "nummod"} for token in span.root.lefts)
    if qualified:
        return None
    return _learned_group(_role_key(span.root.lower_), span, context) or _sole_group_before(span, context)


def _sole_group_before(span: SpacySpan, context: ActorContext) -> str | None:
    """"The insurgents" after the report has named one armed group and no other: that group."""
    if span.root.lower_ not in ARMED_ROLE_NOUNS or not any(t.dep_ == "det" and t.lower_ == "the"
                                                           for t in span.root.lefts):
        return None
    return _only_group_named_before(span, context, defenders=False)


# Words in the name of a group that guards a community or sides with the state ("the Vigilante Group
# of X", "the X Self-Defence Forces", "the Civilian JTF", "the X Community Watch Corps"), for a group
# the data file does not mark so (`defending_actors`).
DEFENDING_NAME = re.compile(r"\b(?:vigilantes?|self-defen[cs]e|civilian jtf|community watch)\b", re.IGNORECASE)


def _only_group_named_before(span: SpacySpan, context: ActorContext, defenders: bool = True) -> str | None:
    """The one armed group the report names before `span`, if it names exactly one; without
    `defenders`, of those that are not a community's or the state's guards (`_defends`):
    unnamed attackers are not the vigilantes who fight them."""
    before = span.doc[: span.start]
    names = [entity.text for entity in entities_in(before)] + [token.text for token in before if token.pos_ == "PROPN"]
    named = {found[0] for name in names for found in (_named_actor(_strip_determiners(name), context),)
             if found is not None and found[1] in ARMED_GROUP_TYPES
             and (defenders or not _defends(found[0]))}
    return next(iter(named)) if len(named) == 1 else None


def _defends(name: str) -> bool:
    """Whether the armed group guards a community or sides with the state: the data file says so,
    or its name does."""
    return name in defending_actors() or bool(DEFENDING_NAME.search(name))


# Words for an insurgency's own members (not "gunmen", "attackers": anyone's): "killed four
# militants" in a report of one armed group counts that group's dead.
INSURGENT_NOUNS = {"militants", "insurgents", "jihadists", "fighters", "extremists", "terrorists"}


def _referred_back_group(noun: Token, context: ActorContext) -> str | None:
    """"the attackers", "one of the assailants" after the report has named one armed group and
    no other: that group, the one the report told carrying out the act. So are "suspected
    militants", counted ones ("killed four militants") and bare ones ("militants seized the town")
    in the article's own country (not "In neighbouring X, suspected jihadists ...")."""
    if noun.lower_ not in REFERRING_ATTACKER_NOUNS:
        return None
    definite = any(t.dep_ == "det" and t.lower_ == "the" for t in noun.lefts)
    suspected = any(t.dep_ == "amod" and t.lower_ == "suspected" for t in noun.lefts)
    counted = noun.lower_ in INSURGENT_NOUNS and any(t.dep_ == "nummod" for t in noun.lefts)
    # ("In March 2021, militants seized the town": an insurgency's members named bare)
    bare = noun.lower_ in INSURGENT_NOUNS and noun.tag_ == "NNS" and not any(
        t.dep_ in {"det", "amod", "compound", "nmod", "poss", "nummod"} for t in noun.lefts)
    if not definite and not ((suspected or counted or bare)
                             and (_located_country(noun.sent) or context.country) == context.country):
        return None
    return _only_group_named_before(noun.doc[noun.i : noun.i + 1], context, defenders=False)


def _learned_group(role: str, span: SpacySpan, context: ActorContext) -> str | None:
    """The group the article qualified `role` with, for a phrase after it refers back to it."""
    if role not in context.role_groups or span.start_char < context.role_group_starts.get(role, 0):
        return None
    return context.role_groups[role]
