"""resolve_actor: the canonical actor a phrase names, with the owners and groups it refers back to."""

from __future__ import annotations

import re
import threading

from spacy.tokens import Span as SpacySpan, Token

from eventwire import taxonomy as tx
from eventwire.extract.entities import entities, entities_in
from eventwire.extract.texts import doc_text, span_text, token_span
from eventwire.extract.who.context import ActorContext
from eventwire.extract.who.groups import (
    _bare_role_group, _claimed_group, _gang_name, _group_modifier, _is_linked_group, _learned_group,
    _only_group_named_before, _referred_back_group, _role_key,
)
from eventwire.extract.who.lexicon import (
    AIRCRAFT_NOUNS, ARMED_GROUP_TYPES, ARMED_ROLE_NOUNS, ATTACK_NOUNS, BORDER_NOUNS, DENYING_VERBS, FOLLOWER_NOUNS,
    FORCE_NOUNS, FORCE_OWNED_HEADS, GOVERNMENT_NOUNS, GROUP_NOUNS, LEADER_NOUNS, MEMBER_NOUNS, NAMED_GROUP_HEADS,
    OWN_WORDS, POLICE_NOUNS, POLICE_SECURITY_BODY, PRONOUNS, ROLE_NAMES, ROLE_NOUNS, SETTLERS_STATE, STATE_NOUNS,
    STATE_WITHIN, SUBJECT_DEPS, TELLING_LEMMAS, UNIT_HEADS, WEAPON_NOUNS,
)
from eventwire.extract.who.names import (
    ORGANISATION_HEADS, PARTY_HEADS, _appositive_name, claimed_or_unidentified, _bare_name, _carries_civilians, _counted, _counted_pronoun, _fronted_country, _holds_word,
    _in_place_name, _is_country_or_capital, _is_local_official, _is_role_word, _known_name_at, _known_type, _local_actor,
    _located_country, _longer_name, _mission_present, _named_actor, _named_entity_actor, _names_a_state, _names_in,
    _names_platform_or_day, _non_state_qualifier, _of_local_place, _proper_army, _security_phrase, _strip_determiners,
    _strip_titles, _whole_organisation, forces_name, is_state_forces, noun_phrase, security_kind,
)
from eventwire.extract.who.tables import KnownActor, country_of_word, country_tables, known_actors, known_by_last_word
from eventwire.records import Actor, Span

# Words that make an aircraft or drone no force's.
CIVILIAN_CRAFT = {"passenger", "civilian", "commercial", "cargo", "private", "medical", "rescue", "ambulance",
                  "charter", "airline", "tourist", "delivery"}

# People named by their kin ("relatives of jailed gang members", "families of the missing"): civilians,
# not the group or the people their kin are.
KIN_NOUNS = {"relative", "family", "mother", "father", "parent", "widow", "wife", "husband", "son", "daughter",
             "brother", "sister", "child", "orphan", "sibling"}

# People named by the side they are said to inform or work for ("police informants", "army
# collaborators"): civilians, as ACLED codes those killed as informers, not that side.
INFORMER_NOUNS = {"informant", "informer", "collaborator", "spy"}
# Places forces hold, which a state's name or demonym makes its forces': "a Kyrgyz border post".
MILITARY_SITES = {"base", "post", "outpost", "barracks", "checkpoint", "garrison", "position", "patrol"}
# Small bodies of troops named by their task: "a Russian sabotage group", "a reconnaissance unit".
SQUAD_NOUNS = {"group", "unit", "team", "squad"}
MILITARY_TASKS = {"sabotage", "reconnaissance", "assault", "commando", "infiltration"}
# Stores of munitions, which only an army keeps: "an ammunition depot", "an arms store".
STORE_NOUNS = {"depot", "store", "dump", "warehouse", "arsenal"}
MUNITION_WORDS = {"ammunition", "arms", "munitions", "weapons", "missile", "ammo"}
# Unarmed bodies whose members are civilians: "four members of one family", "members of a peace committee".
CIVIC_BODIES = {"family", "household", "committee", "community", "association", "cooperative", "congregation"}
# Words that arm such a body: "a village defence committee", "a vigilance committee".
ARMED_BODY_WORDS = {"defence", "defense", "vigilance", "vigilante", "security", "militia", "armed"}

# The roles of NON_STATE_QUALIFIERS that bear arms.
ARMED_ROLES = {"rebels", "militants", "insurgents", "separatists", "guerrillas", "militia", "gang", "cartel",
               "paramilitaries"}

# Nouns that make a force or a state only as the phrase's head: a "Security Council" is not the
# police, a "Defence Minister" not the army.
HEAD_ONLY_NOUNS = {"security", "defence", "defense"}

# What makes agents a state's law enforcement: "federal agents", "immigration agents".
LAW_AGENCY_WORDS = {"federal", "immigration", "customs", "border", "police"}

# "The National Guard", "the Republican Guard": a state's forces by name.
STATE_GUARDS = {"national", "republican", "presidential"}

# An office of a place below the state is that state's government: "the city's health office".
OFFICE_HEADS = {"office", "department", "directorate", "bureau", "administration", "authority"}
# What carries civilians or aid: "a convoy carrying food aid", "a passenger bus".
# What wildlife rangers guard: "rangers at the reserve headquarters", "park rangers".
WILDLIFE_WORDS = {"park", "reserve", "wildlife", "game", "conservancy", "conservation", "sanctuary", "poacher",
                  "poaching", "forestry"}

CARRIER_NOUNS = {"convoy", "truck", "lorry", "bus", "minibus", "vehicle", "boat", "ship", "train", "pickup", "car", "van",
                 "jeep"}


# People a group draws its fighters from, named as its members: "armed youths from the X".
ENLISTED_NOUNS = {"youths", "youngsters", "recruits", "volunteers", "cadres"}


def _group_of_members(head: Token, context: ActorContext) -> Actor | None:
    """"Fighters from JNIM", "gunmen of the X cartel", "troops of the AU mission", "armed youths from
    the X": members named by the armed group or force they belong to are that group (not "fighters
    from the village")."""
    belonging = [g for c in head.children if c.dep_ == "acl" and c.lemma_.lower() == "belong"
                 for p in c.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
    if head.lower_ not in MEMBER_NOUNS | ENLISTED_NOUNS and not belonging:  # ("inmates belonging to the X gang")
        return None
    # (and the group whose members they are told as: "the gang's members")
    owning = [c for c in head.children if c.dep_ == "poss" and c.lemma_.lower() in NAMED_GROUP_HEADS | GROUP_NOUNS]
    for member_of in [*(g for c in head.children if c.dep_ == "prep" and c.lower_ in {"of", "from"}
                        for g in c.children if g.dep_ == "pobj"), *belonging, *owning]:
        phrase = noun_phrase(member_of)
        if member_of.lemma_.lower() in GROUP_NOUNS and [t.lower_ for t in phrase if t.dep_ != "case"] == ["the", member_of.lower_]:
            named_before = _group_named_before(phrase, context)  # "four members of the group", "the group's fighters"
            if named_before is not None:
                return Actor(named_before.name, named_before.inter, Span(phrase.start_char, phrase.end_char, phrase.text))
        known = _known_name_at(doc_text(phrase.doc), phrase.start_char, context)
        if known is not None and known.inter == tx.UNKNOWN_ACTOR and head.lower_ in ARMED_ROLE_NOUNS:
            # "fighters of the X, Y and Z (XYZ)": the members' arms say what the named group is
            known = KnownActor(known.name, tx.REBEL_GROUPS)
        actor = Actor(known.name, known.inter, Span(phrase.start_char, phrase.end_char, phrase.text)) if known \
            else resolve_actor(phrase, context)
        if actor is not None and actor.inter == tx.UNKNOWN_ACTOR and any(
                c.dep_ == "appos" and c.lemma_.lower() in NAMED_GROUP_HEADS for c in member_of.children):
            actor = Actor(actor.name, tx.POLITICAL_MILITIAS, actor.evidence)  # "X, a gang that ..."
        named = _appositive_name(member_of)
        if (actor is None or actor.inter == tx.UNKNOWN_ACTOR or _bare_name(actor) in ROLE_NAMES) \
                and named is not None and head.lower_ in ARMED_ROLE_NOUNS:
            # "militants of the Sunni group X": the group's name after "group"
            actor = Actor(named, context.types.get(named, tx.REBEL_GROUPS), actor.evidence if actor else None)
        if actor is None and member_of.lemma_.lower() in UNIT_HEADS | GROUP_NOUNS:
            # "members of the ruling party's youth wing, the Imbonerakure": the name set beside it
            named_beside = next((c for c in member_of.children if c.dep_ == "appos" and c.text[:1].isupper()
                                 and not country_of_word(c.text)), None)
            if named_beside is not None:
                beside = noun_phrase(named_beside)
                name = _strip_determiners(span_text(beside))
                actor = Actor(name, context.types.get(name, tx.POLITICAL_MILITIAS),
                              Span(beside.start_char, beside.end_char, span_text(beside)))
        if actor is None or actor.inter == tx.UNKNOWN_ACTOR:
            # "the Cooperative for the Development of Congo (CODECO)": the acronym after the long name
            actor = next((found for token in member_of.subtree if token.text.isupper() and len(token.text) > 1
                          for found in (resolve_actor(token, context),) if found is not None), actor)
        if actor is None or _bare_name(actor) in ROLE_NAMES:
            continue
        if actor.inter in ARMED_GROUP_TYPES or actor.inter == tx.EXTERNAL_FORCES or is_state_forces(actor):
            return actor
    return None


LOYAL_WORDS = {"loyal", "allied", "aligned", "answerable", "belonging"}
LAUNCH_VERBS = {"launch", "fire", "fly", "operate", "deploy", "send", "pilot", "command", "lead", "use"}


def _commander(head: Token, context: ActorContext) -> Actor | None:
    """"Forces loyal to the government", "drones launched by the RSF": forces or weapons named by
    whom they answer to or who used them are that actor's (a government's are its military)."""
    if head.lower_ not in FORCE_NOUNS | MEMBER_NOUNS and head.lemma_.lower() not in WEAPON_NOUNS | ATTACK_NOUNS:
        return None
    owners = [_object_of(p) for c in head.children if c.dep_ == "amod" and c.lower_ in LOYAL_WORDS
              for p in c.children if p.dep_ == "prep" and p.lower_ == "to"]
    owners = [owner for owner in owners if owner is not None]
    owners += [g for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in LAUNCH_VERBS
               for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    for owner in owners:
        actor = resolve_actor(noun_phrase(owner), context)
        state = re.match(r"Government of (.+)$", actor.name) if actor is not None else None
        if state:
            return Actor(forces_name("Military", state.group(1)), tx.STATE_FORCES, actor.evidence)
        if actor is not None and _bare_name(actor) not in {"Civilians", "Protesters", "Rioters"}:
            return actor
    return None


def _object_of(preposition: Token) -> Token | None:
    """A preposition's object; where the parser cut it off ("forces loyal to RSF commander X
    shelled ...", X parsed as the verb's subject), the head of the words right after it."""
    found = next((g for g in preposition.children if g.dep_ == "pobj"), None)
    if found is not None or preposition.i + 1 >= len(preposition.doc):
        return found
    token = preposition.doc[preposition.i + 1]
    while token.dep_ in {"compound", "amod", "det", "poss", "case"} and token.head is not token:
        token = token.head
    if token.pos_ not in {"NOUN", "PROPN"} or any(token is above for above in preposition.ancestors):
        return None  # (the forces themselves, or what holds them, are not whom they answer to)
    return token


_OWNERS_IN_PROGRESS = threading.local()


def _interior_ministry_owns(head: Token) -> bool:
    """Forces an interior ministry owns, which are the state's police: "the interior ministry's
    forces", or "its forces" after the interior ministry in the sentence ("The interior ministry
    said ten members of its forces had been hurt")."""
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is not None and owner.lower_ in PRONOUNS:
        owner = next((t for t in reversed(head.doc[head.sent.start : head.i]) if t.lower_ == "ministry"), None)
    return owner is not None and owner.lower_ == "ministry" and any(t.lower_ == "interior" for t in owner.subtree)


def _told_by_interior_ministry(head: Token) -> bool:
    """Whether an interior ministry is the speaker of the sentence `head` is in."""
    return any(t.lower_ == "ministry" and t.dep_ == "nsubj" and t.head.lemma_.lower() in TELLING_LEMMAS
               and any(w.lower_ == "interior" for w in t.subtree) for t in head.sent)


def _owning_actor(head: Token, context: ActorContext) -> Actor | None:
    """The group, state or commander `head` belongs to (`_group_of_members`, `_commander`,
    `_group_unit`). Resolving the owner can come back to the same word through an entity that
    spans both ("Jesse Brewer Jr. Park"): a word already being resolved has no owner."""
    busy: set[tuple[int, int]] = getattr(_OWNERS_IN_PROGRESS, "tokens", None) or set()
    _OWNERS_IN_PROGRESS.tokens = busy
    key = (id(head.doc), head.i)
    if key in busy:
        return None
    busy.add(key)
    try:
        return (_group_of_members(head, context) or _commander(head, context) or _group_unit(head, context)
                or _led_by(head, context))
    finally:
        busy.discard(key)


def _led_by(head: Token, context: ActorContext) -> Actor | None:
    """"Haftar's forces", "Dagalo's fighters": the forces of a person the article names as an armed
    group's leader are that group."""
    if head.lower_ not in FORCE_NOUNS | MEMBER_NOUNS:
        return None
    owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ not in PRONOUNS), None)
    group = context.leaders.get(owner.lower_) if owner is not None else None
    if group is None:
        return None
    return Actor(group, context.types.get(group) or _known_type(group), token_span(owner))


def _group_unit(head: Token, context: ActorContext) -> Actor | None:
    """"The ELN's Eastern War Front", "Hamas's armed wing": a named armed group's unit is that group."""
    if head.lower_ not in UNIT_HEADS:
        return None
    owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ not in PRONOUNS), None)
    actor = resolve_actor(noun_phrase(owner), context) if owner is not None else None
    return actor if actor is not None and actor.inter in ARMED_GROUP_TYPES else None


def _unit_of_state_forces(head: Token, context: ActorContext) -> Actor | None:
    """A unit the text describes as one of a state's forces ("the 444th Brigade, a unit of the army
    of the Government of National Unity", "the X Battalion, part of the national police"): those
    forces."""
    for appos in (c for c in head.children if c.dep_ == "appos" and c.lemma_.lower() in UNIT_HEADS | {"part"}):
        whole = next((g for c in appos.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj" and g.lower_ in FORCE_NOUNS | POLICE_NOUNS), None)
        actor = resolve_actor(noun_phrase(whole), context) if whole is not None else None
        if is_state_forces(actor):
            return actor
    return None


# Nouns by which a group is named through another: "al-Qaeda's affiliate", "its armed wing".
KIN_GROUP_NOUNS = {"affiliate", "branch", "wing", "offshoot", "arm", "franchise", "proxy", "ally", "splinter",
                   "faction", "cell", "partner", "subsidiary"}


def last_named_group(phrase: SpacySpan, context: ActorContext, past_deniers: bool = False) -> Actor | None:
    """The non-state armed group the text named last before `phrase` ("the group", "the
    al-Qaeda-linked group"), by name or alias. A group the phrase ties it to ("al-Qaeda" in "the
    al-Qaeda-linked group") or one named as another's patron ("X, al-Qaeda's affiliate in the
    Sahel") is another group than the one meant; `past_deniers`: so is one named only as denying
    a part in an act ("X denied that its fighters had been there"), for the doers of an act."""
    tied = {actor.name for ent in entities_in(phrase) for actor in (resolve_actor(ent, context),) if actor is not None}
    named = [e for e in entities(phrase.doc) if e.end <= phrase.start and e.label_ in {"ORG", "NORP", "PERSON"}]
    for entity in reversed(named):
        if entity.root.dep_ == "poss" and entity.root.head.lemma_.lower() in KIN_GROUP_NOUNS:
            continue
        if any(ancestor.dep_ == "relcl" for ancestor in entity.root.ancestors):
            continue  # "X, which shares its ideology with Y, ...": Y is told in passing, X is the group
        if past_deniers and _denier(entity.root):
            continue
        actor = resolve_actor(entity, context)
        if actor is not None and actor.inter in ARMED_GROUP_TYPES and actor.name not in tied \
                and not actor.name.startswith("Unidentified"):
            return actor
    return None


def _group_named_before(phrase: SpacySpan, context: ActorContext) -> Actor | None:
    """The armed group "the group" refers back to: the one named last (`last_named_group`), or the
    one armed group the report named before it, which the tagger may not take for a name."""
    named = last_named_group(phrase, context)
    if named is not None:
        return named
    only = _only_group_named_before(phrase, context)
    return Actor(only, context.types.get(only) or _known_type(only)) if only is not None else None


# Who served a state's forces: "a former army officer", "a retired police colonel".
SERVICE_NOUNS = {"officer", "soldier", "policeman", "policewoman", "general", "colonel", "major", "captain",
                 "lieutenant", "sergeant", "serviceman", "gendarme", "commander", "pilot"}
OUT_OF_SERVICE_WORDS = {"former", "retired", "ex"}


def _out_of_service(span: SpacySpan) -> bool:
    """"A former army officer", "a retired police colonel": one who no longer serves a state's
    forces is a civilian, as ACLED codes them (not "a former rebel commander": a side's)."""
    root = span.root
    return root.pos_ == "NOUN" and root.lemma_.lower() in SERVICE_NOUNS \
        and any(c.dep_ in {"amod", "compound"} and c.lower_ in OUT_OF_SERVICE_WORDS for c in root.children) \
        and not any(t.lower_ in ARMED_ROLE_NOUNS or t.lemma_.lower() in {"rebel", "militia", "gang", "insurgent"}
                    for t in span)


def _of_unarmed_body(member: Token) -> bool:
    """"Four members of one family", "members of a peace committee" (not "of a village defence
    committee")."""
    return member.lemma_.lower() == "member" and any(
        body.lemma_.lower() in CIVIC_BODIES and body.pos_ == "NOUN" and not any(t.lower_ in ARMED_BODY_WORDS
                                                                               for t in body.lefts)
        for c in member.children if c.dep_ == "prep" and c.lower_ == "of" for body in c.children if body.dep_ == "pobj")


def _denier(name: Token) -> bool:
    """Whether a name (or a name set beside or inside it) is the subject of a denial: "X (XY), a
    group allied with the army, denied that ..."."""
    while name.dep_ in {"appos", "pobj", "prep", "compound"} and name.head is not name:
        name = name.head
    return name.dep_ in SUBJECT_DEPS and name.head.lemma_.lower() in DENYING_VERBS


# A name whose bracket holds a word rather than an acronym, which is part of it: "(the banned)
# Communist Party of India (Maoist)" (a phrase may end before the closing bracket).
_QUALIFIED_NAME = re.compile(r"((?:[A-Z][\w'’-]*\s+(?:(?:of|and|for|the|de|del|la)\s+)*)+)\(([A-Z][a-z]+)\)?")


def _name_of(text: str) -> str:
    """A name without its determiner or possessive ending: "Turkey's" names Turkey, "the X's
    news agency" X."""
    return re.sub(r"\s*['’]s?$", "", _strip_determiners(text))


def resolve_actor(phrase: SpacySpan | Token, context: ActorContext) -> Actor | None:
    """The canonical actor a phrase of the text names, or None when it names no actor."""
    span = _whole_organisation(phrase if isinstance(phrase, SpacySpan) else phrase.doc[phrase.i : phrase.i + 1])
    text = _name_of(re.sub(r"\s*\([^)]*\)?", "", span_text(span)))
    evidence = Span(span.start_char, span.end_char, span_text(span))
    if not text or text.lower() in PRONOUNS or _names_platform_or_day(span, text):
        return None
    if span.root.lemma_.lower() in KIN_NOUNS and span.root.pos_ == "NOUN" and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in span.root.children):
        return _local_actor("Civilians", tx.CIVILIANS, span, context.country, evidence)
    if _of_unarmed_body(span.root) or span.root.lemma_.lower() in INFORMER_NOUNS and span.root.pos_ == "NOUN" \
            or _out_of_service(span):
        return _local_actor("Civilians", tx.CIVILIANS, span, context.country, evidence)
    if _is_linked_group(span.root):
        named = last_named_group(span, context)
        return Actor(named.name, named.inter, evidence) if named is not None else None
    described = _described_as(span.root, context)
    if described is not None:  # "a man the army described as a Hezbollah smuggler"
        return Actor(described.name, described.inter, evidence)
    leader = _non_state_leader(span, context)
    if leader is not None:  # "the union's leader, X"
        return Actor(leader.name, leader.inter, evidence)
    state_unit = _unit_of_state_forces(span.root, context)
    if state_unit is not None:  # "the 444th Brigade, a unit of the army of ..."
        return Actor(state_unit.name, state_unit.inter, evidence)
    qualified = _QUALIFIED_NAME.search(span_text(span))
    named = (_named_actor(f"{qualified[1]}({qualified[2]})", context) if qualified else None) or _named_actor(text, context) \
        or _named_actor(re.sub(r"\s+group$", "", text), context) or next(
        (found for found in (_named_actor(_name_of(name), context) for name in _names_in(span)) if found), None
    ) or next(  # a hyphenated acronym the tokenizer splits: "the ruling ZANU-PF party"
        (found for name in _HYPHENED_ACRONYM.findall(text) for found in (_named_actor(name, context),) if found), None) \
        or (_named_actor(span.root.text, context) if span.root.lower_ in context.local_names else None)  # "six Maoists"
    if named is not None:
        name, inter = named
        longer = _longer_name(span, text, context) or _mission_present(name, span, context)
        if longer is not None:
            name, inter = longer.name, longer.inter
        return Actor(name, inter, evidence)
    if _proper_army(span.root):  # "the White Army": a group's own name, not a state's army
        name = _strip_determiners(span.doc[span.root.left_edge.i : span.root.i + 1].text)
        return Actor(name, context.types.get(name, tx.REBEL_GROUPS), evidence)
    member_of = _owning_actor(span.root, context)
    if member_of is not None:
        return Actor(member_of.name, member_of.inter, evidence)
    them = _counted_pronoun(span.root)
    if them is not None:  # "tracked the attackers ... and killed three of them"
        antecedent = _antecedent_of_them(them, context)
        return Actor(antecedent.name, antecedent.inter, evidence) if antecedent is not None else None
    counted = _counted(span.root)
    counted_phrase = _whole_organisation(noun_phrase(counted)) if counted is not None else None
    if counted_phrase is not None and not counted_phrase.start <= span.root.i < counted_phrase.end:
        # "hundreds of garment workers", "a group of gunmen" (what is counted, unless its phrase is
        # the whole one again)
        actor = resolve_actor(counted_phrase, context)
        return Actor(actor.name, actor.inter, evidence) if actor is not None else None
    if span.root.lemma_.lower() in CARRIER_NOUNS and _carries_civilians(span.root):
        return _local_actor("Civilians", tx.CIVILIANS, span, context.country, evidence)
    carried = next((o for c in span.root.children if c.dep_ == "acl" and c.lemma_.lower() in {"carry", "transport"}
                    for o in c.children if o.dep_ == "dobj"), None) if span.root.lemma_.lower() in CARRIER_NOUNS else None
    if carried is not None:  # "a truck carrying soldiers" is struck as the soldiers
        actor = resolve_actor(noun_phrase(carried), context)
        if actor is not None:
            return Actor(actor.name, actor.inter, evidence)
    root_token = span.root
    if root_token.lemma_.lower() in LEADER_NOUNS | SPEAKER_TITLES:
        group = _group_modifier(root_token, context)  # "a Fano commander", "an LNA spokesman"
        if group is not None and (context.types.get(group) or _known_type(group)) in ARMED_GROUP_TYPES:
            return Actor(group, context.types.get(group) or _known_type(group), evidence)
    army = next((c for c in root_token.lefts if c.dep_ == "compound" and _proper_army(c)), None)
    if army is not None and root_token.lower_ in ARMED_ROLE_NOUNS:  # "White Army fighters"
        name = _strip_determiners(span.doc[army.left_edge.i : army.i + 1].text)
        return Actor(name, context.types.get(name, tx.REBEL_GROUPS), evidence)
    if root_token.lower_ in ARMED_ROLE_NOUNS or root_token.lemma_.lower() in ATTACK_NOUNS | WEAPON_NOUNS:
        # ("five suspected separatists" in a report of Cameroon: the group the role noun names there)
        group = _group_modifier(root_token, context) or _bare_role_group(span, context) \
            or context.local_names.get(root_token.lower_)
        if group is not None:
            return Actor(group, context.types.get(group) or _known_type(group), evidence)
    if root_token.lower_ in FORCE_NOUNS:
        # "Houthi artillery", "Houthi forces": the forces of the armed group the word before names
        group_named = next((found for c in root_token.lefts if c.dep_ in {"compound", "amod", "nmod"}
                            for found in (_named_actor(c.text, context),) if found and found[1] in ARMED_GROUP_TYPES), None)
        if group_named is not None:
            return Actor(group_named[0], group_named[1], evidence)
    if POLICE_SECURITY_BODY.search(span_text(span)) and (_located_country(span) or context.country):
        # "a General Security checkpoint", "members of the interior ministry's General Security service"
        return Actor(forces_name("Police", _located_country(span) or context.country), tx.STATE_FORCES, evidence)
    words = [token for token in span if not token.is_punct]
    # The phrase's head and the nouns compounded with it say what it is: "army officers" are
    # forces, "military exercises" are not.
    root = span.root.i
    heads = [token for token in words if token.i == root or (token.dep_ == "compound" and token.head.i == root
                                                              and token.lower_ not in HEAD_ONLY_NOUNS)
             or (token.dep_ == "pobj" and token.head.head.i == root and token.head.lower_ == "of"
                 and span.root.lemma_.lower() not in FOLLOWER_NOUNS)]
    if span.root.lemma_.lower() in FORCE_OWNED_HEADS | ATTACK_NOUNS:
        # (and the words compounded with those: "an army drone strike")
        heads += [token for child in span.root.children if child.dep_ in {"amod", "compound"}
                  for token in (child, *(c for c in child.children if c.dep_ == "compound"))]
    # "Police spokesman X", "the army's spokesman, Colonel X": the force the title names is
    # whose the person speaks for, not the government's
    heads += [token for head in heads if head.lemma_.lower() in SPEAKER_TITLES and head.pos_ == "NOUN"
              for token in head.children if token.dep_ in {"amod", "compound", "poss"} and token.lower_ in
              (FORCE_NOUNS | POLICE_NOUNS) - HEAD_ONLY_NOUNS]
    if span.root.lemma_.lower() in {"official", "source"}:  # "military officials", "army sources"
        heads += [token for token in span.root.children if token.dep_ in {"amod", "compound"}
                  and token.lower_ in FORCE_NOUNS]
    nouns = {token.lemma_.lower() for token in heads} | {token.text.lower() for token in heads}
    if any(_security_phrase(head) for head in heads):
        # "security forces", "security sources", "security men", "a checkpoint of the General
        # Security forces": the state's forces of the kind `security_kind` says (police in a report
        # of police alone)
        # (and where an interior ministry tells what they did: "security forces detained two men,
        # the interior ministry said" are the police it commands)
        police = security_kind(context) == "Police" or _told_by_interior_ministry(span.root)
        kind_noun = "police" if police else "forces"
        nouns = (nouns - FORCE_NOUNS - POLICE_NOUNS) | {kind_noun}
    if nouns & FORCE_NOUNS and _interior_ministry_owns(span.root):
        nouns = (nouns - FORCE_NOUNS) | {"police"}  # "members of its forces", said by the interior ministry
    if span.root.lower_ == "staff" and any(c.lower_ == "general" for c in span.root.lefts):
        nouns.add("forces")  # "Ukraine's general staff": the army's command
    if span.root.lower_ in {"guard", "guards"} and any(c.lower_ in STATE_GUARDS | BORDER_NOUNS for c in span.root.lefts):
        nouns.add("forces")  # "the National Guard", "a border guard"
    if span.root.lower_ in {"agent", "agents"} and any(c.lower_ in LAW_AGENCY_WORDS for c in span.root.lefts):
        nouns.add("police")  # "federal agents", "immigration agents": a state's law enforcement
    government_act = span.root.lemma_.lower() in ATTACK_NOUNS | WEAPON_NOUNS | MILITARY_SITES \
        and bool(nouns & {"government", "regime", "junta"})
    if government_act:
        # "a government offensive", "a government drone", "shelled government positions": the
        # state's own forces
        nouns.add("forces")
    if span.root.lemma_.lower() in OFFICE_HEADS and _of_local_place(span.root):
        nouns.add("authorities")  # "the city's health office", "the provincial health department"
    if any(token.lower_ in CIVILIAN_CRAFT for token in words):
        nouns -= FORCE_NOUNS  # "a passenger aircraft", "a medical helicopter"
    guarding_wildlife = any(t.lemma_.lower() in WILDLIFE_WORDS and t.pos_ in {"NOUN", "PROPN"} for t in span.sent)
    if nouns & {"ranger", "rangers"} and guarding_wildlife:
        # rangers who guard a park or a reserve are no state's army (as ACLED codes them)
        return _local_actor("Civilians", tx.CIVILIANS, span, context.country, evidence)
    # "rebel leader X" is of the rebels; "opposition leader X" is no state official either, but a
    # person of the country's civilians, as ACLED codes a politician (below).
    title_role = next((found for t in span.root.lefts if t.dep_ == "compound" and t.pos_ == "NOUN"
                       for found in (_non_state_qualifier(t),) if found), None) if span.root.ent_type_ == "PERSON" else None
    qualifier = _non_state_qualifier(span.root) or (title_role if title_role in ARMED_ROLES else None)
    if qualifier is not None or title_role is not None:
        nouns -= STATE_NOUNS  # "opposition leaders", "rebel forces"
    border = next((t.i for t in words if t.lemma_.lower() in BORDER_NOUNS and t.i > span.root.i), None)
    named_country = country_of_word(text) or next(
        (c for c in (country_of_word(t.text) for t in words if t.pos_ in {"PROPN", "ADJ", "NOUN"}
                     and (border is None or t.i < border) and not _in_place_name(t)) if c), None
    )  # ("a convoy near X on the border with Myanmar" is no Myanmar's)
    if span.root.lemma_.lower() in MILITARY_SITES and any(country_of_word(t.text) for t in words if t.i < span.root.i):
        nouns.add("forces")  # "a Kyrgyz border post", "Ukrainian positions": that state's forces'
    depot_country = _located_country(span) if span.root.lemma_.lower() in STORE_NOUNS and any(
        c.lower_ in MUNITION_WORDS for c in span.root.lefts) else None
    if depot_country and not named_country:
        # "a munitions store near X in Russia was ablaze after the raid": the army's of the country it is in
        return Actor(forces_name("Military", depot_country), tx.STATE_FORCES, evidence)
    if span.root.lemma_.lower() in SQUAD_NOUNS and any(c.lower_ in MILITARY_TASKS for c in span.root.lefts):
        nouns.add("forces")  # "a Russian sabotage group": a state's troops, not a people
    # "the army", "police" with no country named: the article's own country, or for forces the
    # country whose forces the article names.
    named_forces = context.force_country if span.start_char >= context.force_country_from else ""
    if not named_country and span.root.lower_ in AIRCRAFT_NOUNS and context.air_country \
            and span.start_char >= context.air_country_from and not _fronted_country(span):
        named_forces = context.air_country  # "Israeli air strikes on X ... Warplanes hit the port"
    forces_of = (_fronted_country(span) or named_forces) if not named_country and nouns & FORCE_NOUNS else None
    if forces_of and span.root.lemma_.lower() not in {"official", "source"} and not government_act:
        # (officials speak for, and a government acts through, the article's country)
        # "In neighbouring X, ... soldiers": the forces of the country the sentence moves to
        return Actor(forces_name("Military", forces_of), tx.STATE_FORCES, evidence)
    country = named_country
    if not country and nouns & STATE_NOUNS:
        # "the regional governor" is of the country the sentence places its event in
        country = (_located_country(span) if _is_local_official(span.root) else None) or context.country
        if nouns & POLICE_NOUNS and STATE_WITHIN.get(context.force_country) == country:
            country = context.force_country  # "police" in a report of Somaliland's army
    if country and (nouns & FORCE_NOUNS or named_country and nouns & (ATTACK_NOUNS | WEAPON_NOUNS)):
        return Actor(forces_name("Military", country), tx.STATE_FORCES, evidence)
    if country and nouns & POLICE_NOUNS:
        return Actor(forces_name("Police", country), tx.STATE_FORCES, evidence)
    if country and (nouns & GOVERNMENT_NOUNS or (named_country and _names_a_state(span, text))):
        return Actor(f"Government of {country}", tx.STATE_FORCES, evidence)
    capital_country = country_tables()[1].get(text.lower())
    if capital_country:
        return Actor(f"Government of {capital_country}", tx.STATE_FORCES, evidence)
    gang = _gang_name(span.root) or _gang_named_before(span.root, context) or _members_of_the_one_gang(span.root, context)
    if gang is not None:  # "the Los Lobos gang"
        return Actor(gang, context.types.get(gang) or tx.POLITICAL_MILITIAS, evidence)
    role_words = [qualifier] if qualifier else [token.lower_ for token in reversed(words) if _is_role_word(token)]
    for word in role_words:
        if word in ROLE_NOUNS:
            role, inter = ROLE_NOUNS[word]
            if inter == tx.CIVILIANS and any(t.dep_ == "amod" and t.lower_ in {"armed", "masked"} for t in span.root.children):
                role, inter = "Unidentified Armed Group", tx.POLITICAL_MILITIAS  # "armed herders", "masked youths"
            noun = next((t for t in words if t.lower_ == word), None)
            if role == "Militia" and noun is not None and not any(t.dep_ in {"compound", "amod", "nmod"} for t in noun.lefts) \
                    and not any(t.pos_ == "PROPN" and t.i != noun.i for t in span):
                # "militiamen killed seven worshippers": no one the report names (the noun itself
                # may be tagged a name where it opens the sentence)
                role = "Unidentified Armed Group"
            group = _learned_group(_role_key(word), span, context) if word == qualifier and not country else None
            if group is not None:  # "rebel leaders" after "M23 rebels"
                return Actor(group, context.types.get(group) or _known_type(group), evidence)
            # unnamed attackers, or rebels no country qualifies, are the group that claims the attack
            # (not those the report says it cannot name: "unknown assailants")
            claimed = _claimed_group(span, context) if (role == "Unidentified Armed Group" or (
                role == "Rebels" and not named_country)) and not _unknown(span.root) else None
            if claimed is None and role == "Unidentified Armed Group" and not country and noun is not None \
                    and not _unknown(span.root):
                claimed = _referred_back_group(noun, context)
            if claimed is not None:
                return Actor(claimed, context.types.get(claimed) or _known_type(claimed), evidence)
            where = country or _located_country(span) or context.country
            if role == "Settlers" and not country:
                where = SETTLERS_STATE.get(where, where)  # "settlers torched cars in a village near X"
            return Actor(f"{role} ({where})" if where else role, inter, evidence)
    if span.root.lemma_.lower() in {"man", "men", "individual", "person", "group"} and any(
            t.dep_ == "amod" and t.lower_ in {"armed", "masked", "unidentified", "unknown"} for t in span.root.children):
        # "armed men", "masked men": the group that claims their attack, else unidentified
        return claimed_or_unidentified(None if _unknown(span.root) else _claimed_group(span, context), span, evidence,
                                       context)
    if span.root.tag_ in {"NNPS", "NNS"} and country_of_word(span.root.text) and not _is_country_or_capital(
            span.root.text):
        # "five Palestinians", "Ukrainians": a people, as ACLED codes unnamed victims; a people a
        # country qualifies are of that country ("three Kosovo Serbs", "Bosnian Serbs")
        home = next((found for c in span.root.children if c.dep_ in {"compound", "nmod", "amod"}
                     for found in (country_of_word(c.text),) if found), None)
        return Actor(f"Civilians ({home or country_of_word(span.root.text)})", tx.CIVILIANS, evidence)
    if span.root.lemma_.lower() in FOLLOWER_NOUNS and span.root.pos_ == "NOUN":
        # "supporters of the former president", "X's opponents": a crowd of the country's people
        return _local_actor("Civilians", tx.CIVILIANS, span, context.country, evidence)
    surname = span.root.text.lower()
    if span.root.ent_type_ == "PERSON" or (span.root.pos_ == "PROPN" and surname in context.people):
        full = _strip_titles(context.people.get(surname, text))
        return Actor(full, context.types.get(full, tx.UNKNOWN_ACTOR), evidence)
    named_entity = _named_entity_actor(span, text, evidence)
    if named_entity is not None and named_entity.inter == tx.UNKNOWN_ACTOR:
        short = _short_form_of_named(span, context)
        if short is not None:  # "a Guards drone" after "the Revolutionary Guards"
            return Actor(short.name, short.inter, evidence)
    return named_entity


# Verbs by which a source says who someone is: "a man the army described as a X smuggler", "men
# identified by police as members of the X gang".
DESCRIBING_VERBS = {"describe", "identify"}
# Verbs by which a report says whom people are thought to be: "gunmen believed to be X rebels".
BELIEVING_VERBS = {"believe", "think", "suspect", "say", "understand"}


def _described_as(head: Token, context: ActorContext) -> Actor | None:
    """The armed group a source's description of people names ("killing a man the military described
    as a X weapons smuggler", "two men whom police identified as X members", "gunmen believed to be
    X guerrillas"): ACLED codes them as that group's (a description naming no group, "a rebel
    courier", leaves them civilians)."""
    described = [g for c in head.children if c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in DESCRIBING_VERBS
                 for p in c.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children if g.dep_ == "pobj"]
    # ("gunmen believed to be X guerrillas", "fighters thought to belong to X", or parsed with the
    # belief as their verb: "fighters believed to belong to X abducted ...")
    beliefs = [c for c in head.children if c.dep_ == "acl"] + ([head.head] if head.dep_ in {"nsubj", "nsubjpass"} else [])
    # (not whom others believe to be so: "villagers believed the men to be X")
    for belief in (b for b in beliefs if b.lemma_.lower() in BELIEVING_VERBS
                   and not any(c.dep_ in {"dobj", "nsubjpass"} and c.i != head.i for c in b.children)):
        for clause in (c for c in belief.children if c.dep_ == "xcomp" and not any(g.dep_ == "nsubj" for g in c.children)):
            described += [g for g in clause.children if g.dep_ == "attr" and clause.lemma_.lower() == "be"]
            described += [g for p in clause.children if p.dep_ == "prep" and p.lower_ == "to"
                          and clause.lemma_.lower() == "belong" for g in p.children if g.dep_ == "pobj"]
    return next((actor for what in described for actor in (resolve_actor(noun_phrase(what), context),)
                 if actor is not None and actor.inter in ARMED_GROUP_TYPES), None)


def _unknown(head: Token) -> bool:
    """"Unknown assailants", "unidentified gunmen": attackers the report says no one has named."""
    return any(t.dep_ == "amod" and t.lower_ in {"unknown", "unidentified"} for t in head.children)


def _short_form_of_named(span: SpacySpan, context: ActorContext) -> KnownActor | None:
    """The known actor whose name of several words, spelled earlier in the report, the phrase
    writes by its last word alone: "the Guards", "nine Guards" after "the Revolutionary Guards"."""
    word = span.root.text
    if not word[:1].isupper() or any(t.dep_ not in {"det", "nummod"} for t in span if t.i != span.root.i):
        return None
    learned = [(alias, KnownActor(name, context.types.get(name, tx.UNKNOWN_ACTOR)))
               for alias, name in context.aliases.items() if alias.endswith(f" {word.lower()}")]
    candidates = [*known_by_last_word().get(word.lower(), ()), *learned]
    if not candidates:
        return None
    before = doc_text(span.doc)[: span.start_char].lower()
    return next((actor for alias, actor in candidates if _holds_word(before, alias)), None)


# Titles of those who speak for a body: the force a title names ("police spokesman") is the body.
SPEAKER_TITLES = {"spokesman", "spokeswoman", "spokesperson"}


_HYPHENED_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]+(?:-[A-Z][A-Za-z0-9]*)+\b")


def _gang_named_before(head: Token, context: ActorContext) -> str | None:
    """"the gang", "the gang's members" after "the X gang" (or "X, a gang that ...", or a gang the
    actor data knows by a name the tagger splits: "the Gran Grif gang"): the gang the report last
    named so."""
    if head.lemma_.lower() not in NAMED_GROUP_HEADS or [t.lower_ for t in head.lefts] != ["the"]:
        return None
    return next((name for before in reversed(head.doc[: head.i]) if before.lemma_ == head.lemma_
                 for name in (_group_called(before, context),) if name is not None), None)


def _group_called(head: Token, context: ActorContext) -> str | None:
    """The name of the gang (or other group) a head word names: "the X gang", "X, a gang that
    ...", not a bare "the gang"."""
    name = _gang_name(head)
    if name is None and head.dep_ == "appos" and head.head.pos_ == "PROPN":
        named = resolve_actor(head.head.doc[head.head.left_edge.i : head.head.i + 1], context)
        name = named.name if named is not None and named.inter != tx.STATE_FORCES \
            and _bare_name(named) not in ROLE_NAMES else None
    elif name is None and [t.lower_ for t in head.lefts] != ["the"]:  # (not another bare "the gang")
        named = resolve_actor(noun_phrase(head), context)
        name = named.name if named is not None and named.inter in ARMED_GROUP_TYPES \
            and _bare_name(named) not in ROLE_NAMES and not named.name.startswith("Unidentified") else None
    return name


# Words that leave who someone is unsure: "suspected gang members".
SUSPECTED_WORDS = {"suspected", "alleged", "presumed", "purported"}


def _members_of_the_one_gang(head: Token, context: ActorContext) -> str | None:
    """"Six gang members" in a report that has named one gang before them: that gang's members
    (not where it has named two: "rival gangs", nor in a sentence set in a time of its own: "In
    February, gang members killed ...", another story than the gang's)."""
    gang = next((c for c in head.lefts if c.dep_ == "compound" and c.lemma_.lower() == "gang"), None)
    if gang is None or head.lower_ not in MEMBER_NOUNS | {"member"} \
            or any(c.lower_ in SUSPECTED_WORDS for c in head.lefts) or _opens_with_a_time(head.sent):
        return None  # ("four suspected gang members": of no gang the report knows)
    names = {name for before in head.doc[: gang.i] if before.lemma_.lower() == "gang"
             for name in (_group_called(before, context),) if name is not None}
    return names.pop() if len(names) == 1 else None


# A sentence's opening time of its own: "In February, ...", "Last year, ...", "In 2023, ...".
_OPENING_TIME = re.compile(r"^(?:(?:In|Since|By|During|Earlier in|Early in|Late in)\s+(?:early\s+|late\s+|mid-)?"
                           r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
                           r"|(?:19|20)\d\d)|Last (?:year|month))\b")


def _opens_with_a_time(sentence: SpacySpan) -> bool:
    return _OPENING_TIME.match(span_text(sentence).lstrip()) is not None


def _antecedent_of_them(pronoun: Token, context: ActorContext) -> Actor | None:
    """Whom "them" refers to: the last plural noun before it in its sentence that the clause acts
    on ("Police tracked the attackers to a house and killed three of them") and names an actor."""
    for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        if token.tag_ in {"NNS", "NNPS"} and token.dep_ in {"dobj", "pobj", "nsubjpass"} \
                and not token.left_edge.i <= pronoun.i <= token.right_edge.i:  # ("dozens" of "dozens of them")
            actor = resolve_actor(noun_phrase(token), context)
            if actor is not None:
                return actor
    return None


# A state army's units, which no name makes a group's: "the battalion's commander".
ARMY_UNITS = {"battalion", "brigade", "regiment", "division", "platoon", "squadron", "garrison"}


def _non_state_leader(span: SpacySpan, context: ActorContext) -> Actor | None:
    """"The union's leader", "X's chief", "a local leader of the X party": a leader of an
    organisation the text names, and no state body, is no state official: an armed group's is of
    that group, any other's a civilian of the article's country, as ACLED codes the leaders of
    unions and parties it records."""
    head = span.root
    if head.lemma_.lower() not in LEADER_NOUNS | SPEAKER_TITLES:
        return None
    owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ not in OWN_WORDS), None)
    # ("a leader of the X party", "a leader of the X militia": an organisation named after "of")
    named_after = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                        if g.dep_ == "pobj" and (g.lemma_.lower() in PARTY_HEADS | ORGANISATION_HEADS
                                                 or g.pos_ == "PROPN")), None)
    owner = owner or named_after
    if owner is None or country_of_word(owner.text) or owner.lemma_.lower() in STATE_NOUNS:
        return None
    actor = resolve_actor(noun_phrase(owner), context)
    if owner is named_after and owner.lemma_.lower() == "party" and (actor is None
                                                                     or actor.name.lower() not in known_actors()):
        # (a party the data does not know as armed is no militia: its local leader is a civilian)
        return _local_actor("Civilians", tx.CIVILIANS, span, context.country,
                            Span(span.start_char, span.end_char, span_text(span)))
    if owner is named_after and (actor is None or owner.pos_ == "PROPN" and actor.inter not in ARMED_GROUP_TYPES):
        return None  # (left to the title: "the head of the UN")
    if (actor is None or _bare_name(actor) in ROLE_NAMES) and owner.lemma_.lower() in GROUP_NOUNS:
        actor = _group_named_before(noun_phrase(owner), context) or actor  # "the opposition group's military spokesman"
    if head.lemma_.lower() in SPEAKER_TITLES:
        # (a spokesman speaks for an armed group; any other's is left to what the title says)
        return actor if actor is not None and actor.inter in ARMED_GROUP_TYPES else None
    if actor is not None and actor.inter == tx.STATE_FORCES:
        return None
    if actor is not None and actor.inter in ARMED_GROUP_TYPES:
        return actor
    country = context.force_country or context.country
    if actor is None and owner.lemma_.lower() in ARMY_UNITS and country:
        # "the battalion's commander": an army unit no group's name is the state's, never civilians
        return Actor(forces_name("Military", country), tx.STATE_FORCES, Span(span.start_char, span.end_char, span_text(span)))
    return _local_actor("Civilians", tx.CIVILIANS, span, context.country, Span(span.start_char, span.end_char, span_text(span)))
