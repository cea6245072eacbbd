"""typed_roles: the roles ACLED gives an event's sides once the mention is typed, which its syntax
alone cannot tell (who protests or riots, whom violence against civilians targets)."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire import taxonomy as tx
from eventwire.extract.texts import token_span
from eventwire.extract.who.context import ActorContext
from eventwire.extract.who.lexicon import ARMED_GROUP_TYPES, STATE_NOUNS, TELLING_LEMMAS
from eventwire.extract.who.names import (
    _bare_name, _local_actor, _located_country, _role_country, forces_name, is_state_forces, noun_phrase,
    qualified_by_its_country,
)
from eventwire.extract.who.resolve import resolve_actor
from eventwire.extract.who.tables import country_of_word
from eventwire.records import Actor

# Sub-event types whose target is civilians where the report names none: violence against
# civilians is that by ACLED's definition, and looting or wrecking takes or destroys people's goods.
CIVILIAN_TARGET_TYPES = frozenset({"Attack", "Abduction/forced disappearance", "Sexual violence",
                                   "Looting/property destruction"})


def typed_roles(sub: tx.SubEventType, actor1: Actor | None, actor2: Actor | None, trigger: Token,
                context: ActorContext) -> tuple[Actor | None, Actor | None]:
    """The two sides of a mention typed `sub`, its syntax having given `actor1` and `actor2`."""
    actor1, actor2 = _crowd_roles(sub.event_type, actor1, actor2, trigger, context)
    actor1 = _arresting_force(sub.name, actor1)
    # (what a protest was against is no side before the force that met it is placed: "police broke
    # up a march against the president" has the force alone to place)
    actor2 = _no_one_met(sub, actor1, actor2)
    actor1, actor2 = _met_protest(sub.name, actor1, actor2, trigger, context)
    actor2 = _civilian_target(sub.name, actor1, actor2, trigger, context)
    actor2 = _ground_holder(sub.name, actor1, actor2, trigger, context)
    actor1 = _interceptor(sub.name, actor1, actor2, trigger, context)
    return actor1, _victims_of_the_speakers_country(actor1, actor2, trigger)


# The role ACLED gives the crowd of each demonstration event type: protesters protest, rioters riot.
CROWD_ROLES = {"Protests": ("Protesters", tx.PROTESTERS), "Riots": ("Rioters", tx.RIOTERS)}


def _crowd_roles(event_type: str, actor1: Actor | None, actor2: Actor | None, trigger: Token,
                 context: ActorContext) -> tuple[Actor | None, Actor | None]:
    """ACLED's roles in a protest or a riot, once the event is typed one: the crowd is actor1, as
    protesters in a protest and rioters in a riot, and the force that met it actor2. The syntax
    gives "police opened fire on a crowd" as police against civilians and "hundreds of people
    banged pots" as civilians; typed, those civilians take the crowd's role (of the same country),
    and the force moves to actor2. A riot told with the force that met it is its rioters' even
    where the words call them protesters ("protesters threw stones at police, and officers fired
    tear gas"), and forces told alone in a riot ("officers used batons and detained scores once
    the march became a riot") met its rioters. (Protesters told alone keep their name: the
    account of a protest told before, "officials said officers fired into the air after
    demonstrators threw stones", joins it by the crowd's name.)"""
    role = CROWD_ROLES.get(event_type)
    if role is None:
        return actor1, actor2
    if actor1 is not None and (actor1.inter == tx.CIVILIANS or event_type == "Riots" and actor1.inter == tx.PROTESTERS
                               and is_state_forces(actor2)):
        return _as_crowd(actor1, *role), actor2
    if actor1 is not None and actor1.inter == tx.STATE_FORCES and actor2 is not None and actor2.inter == tx.CIVILIANS:
        return _as_crowd(actor2, *role), actor1
    if event_type == "Riots" and actor1 is not None and actor1.inter == tx.STATE_FORCES and actor2 is None:
        return _local_actor(*role, trigger.sent, context.country,
                            token_span(trigger)), actor1
    return actor1, actor2


# Demonstrations whose crowd harms people, who are its actor2: "villagers beat two men to death".
CROWD_ON_PEOPLE = frozenset({"Mob violence"})


def _no_one_met(sub: tx.SubEventType, actor1: Actor | None, actor2: Actor | None) -> Actor | None:
    """A protest or a riot has as actor2 only a force that met its crowd, as ACLED codes it: the
    government it marched on or whose building it stormed ("marched to the county offices",
    "since demonstrators stormed parliament") is what it was about, and the people hurt in it
    ("31 people were treated for gunshot wounds") are no side (unless a mob attacked them)."""
    if sub.event_type not in CROWD_ROLES or actor2 is None:
        return actor2
    # (an armed group's looting read as a riot keeps its victims: "the fighters looted shops")
    crowd = actor1 is None or actor1.inter in {tx.PROTESTERS, tx.RIOTERS}
    civilians = actor2.inter == tx.CIVILIANS and crowd and sub.name not in CROWD_ON_PEOPLE
    return None if actor2.name.startswith("Government of ") or civilians else actor2


def _arresting_force(sub_event_type: str, actor1: Actor | None) -> Actor | None:
    """A state's arrests are its police's, as ACLED codes them: "the ministry of the interior
    announced the detention of three men" (read as the government) -> the police of that state."""
    if sub_event_type != "Arrests" or actor1 is None or not actor1.name.startswith("Government of "):
        return actor1
    return Actor(forces_name("Police", actor1.name.removeprefix("Government of ")), tx.STATE_FORCES, actor1.evidence)


# Protests that a force met: ACLED names the force as actor2 (the police, far most often).
MET_PROTESTS = frozenset({"Protest with intervention", "Excessive force against protesters"})


def _met_protest(sub_event_type: str, actor1: Actor | None, actor2: Actor | None, trigger: Token,
                 context: ActorContext) -> tuple[Actor | None, Actor | None]:
    """The sides of a protest a force met whose words name neither ("several hundred nurses who
    marched to parliament were driven off with tear gas", read with no side, or the marchers as
    civilians hurt): its protesters, and the police of the country it happens in, as ACLED codes
    an intervention no one is named for; where they name only the force, the protesters are
    actor1 and the force actor2."""
    if sub_event_type not in MET_PROTESTS:
        return actor1, actor2
    evidence = token_span(trigger)
    if actor1 is None:
        actor1 = _local_actor("Protesters", tx.PROTESTERS, trigger.sent, context.country, evidence)
    elif actor1.inter == tx.STATE_FORCES and (actor2 is None or actor2.inter == tx.CIVILIANS):
        # The force is the sentence's subject and the crowd only its object's owner ("riot police used
        # water cannon to scatter a rally of farmers"): the crowd is actor1, the force actor2.
        actor1, actor2 = _local_actor("Protesters", tx.PROTESTERS, trigger.sent, context.country, evidence), actor1
    if (actor2 is None or actor2.inter == tx.CIVILIANS) and actor1.inter == tx.PROTESTERS:
        country = _role_country(actor1)
        actor2 = Actor(forces_name("Police", country), tx.STATE_FORCES, evidence) if country else None
    return actor1, actor2


def _as_crowd(people: Actor, role: str, inter: int) -> Actor:
    """Civilians (X) -> `role` (X)."""
    return Actor(role + people.name[len(_bare_name(people)):], inter, people.evidence)


def _civilian_target(sub_event_type: str, actor1: Actor | None, actor2: Actor | None, trigger: Token,
                     context: ActorContext) -> Actor | None:
    """The target of an attack, abduction, rape or looting whose words name no side the resolver
    knows ("stormed a rodeo and opened fire", "took a doctor from his home", "stripped the clinic"):
    civilians of the event's country, as ACLED codes them; the act is the evidence. Not where
    the syntax made civilians the actor (the victims read as the doers)."""
    if actor2 is not None or sub_event_type not in CIVILIAN_TARGET_TYPES \
            or actor1 is not None and actor1.inter == tx.CIVILIANS:
        return actor2
    return _local_actor("Civilians", tx.CIVILIANS, trigger.sent, context.country,
                        token_span(trigger))


def _ground_holder(sub_event_type: str, actor1: Actor | None, actor2: Actor | None, trigger: Token,
                   context: ActorContext) -> Actor | None:
    """Whom an armed group took ground from where the words name no one who held it ("the rebels
    seized three towns in the north when the war began"): the forces of the state it lies in, as
    ACLED codes such a capture (a rival that held it is named: "seized the village from X")."""
    if sub_event_type != "Non-state actor overtakes territory" or actor2 is not None or actor1 is None \
            or actor1.inter not in ARMED_GROUP_TYPES:
        return actor2
    country = _located_country(trigger.sent) or context.country
    return Actor(forces_name("Military", country), tx.STATE_FORCES, token_span(trigger)) if country else None


def _interceptor(sub_event_type: str, actor1: Actor | None, actor2: Actor | None, trigger: Token,
                 context: ActorContext) -> Actor | None:
    """Who stopped a weapon, where the words name no one for it ("the army said the rocket had been
    intercepted", "air defence crews downed two Russian drones": crews of no named state) or give
    its owner as both sides: the state's military that tells of it, else the forces of the country
    it happened in (else the article's), when that is not the owner's (no side stops its own)."""
    if sub_event_type != "Disrupted weapons use" \
            or actor1 is not None and (actor2 is None or actor1.name != actor2.name):
        return actor1
    speech = next((a for a in trigger.ancestors if a.lemma_.lower() in TELLING_LEMMAS), None)
    speaker = next((c for c in speech.children if c.dep_ == "nsubj"), None) if speech is not None else None
    teller = resolve_actor(noun_phrase(speaker), context) if speaker is not None else None
    if is_state_forces(teller, ("Military",)) and (actor2 is None or teller.name != actor2.name):
        return teller
    if actor2 is None:
        return None
    owner = actor2.name.split(" Forces of ", 1)[1] if is_state_forces(actor2) else _role_country(actor2)
    country = _located_country(trigger.sent) or context.country
    return Actor(forces_name("Military", country), tx.STATE_FORCES, token_span(trigger)) \
        if country and country != owner else None


def _victims_of_the_speakers_country(actor1: Actor | None, actor2: Actor | None, trigger: Token) -> Actor | None:
    """The civilians a state's forces harmed are not that state's own by a guess: where no word of
    the sentence places the event or qualifies the victims, and the article's main country is the
    attacker's ("A Russian missile strike ... has killed four members of one family, Ukrainian
    officials say", in a report that names Russia most), they are of the country whose officials
    (or forces: "Pakistan's military said Indian troops had fired ...") tell it."""
    if actor2 is None or actor2.inter != tx.CIVILIANS or not is_state_forces(actor1) \
            or qualified_by_its_country(actor2) or _located_country(trigger.sent):
        return actor2
    attacker = actor1.name.split(" Forces of ", 1)[1]
    if _role_country(actor2) != attacker:
        return actor2
    # (a state's officials or forces, not a rights group the demonym names: "the Congolese Observatory")
    tellers = (country_of_word(word.text) for speaker in trigger.sent if speaker.dep_ == "nsubj"
               and speaker.head.lemma_.lower() in TELLING_LEMMAS and speaker.lower_ in STATE_NOUNS
               for word in speaker.lefts if word.dep_ in {"amod", "compound", "poss"})
    country = next((country for country in tellers if country and country != attacker), None)
    return Actor(f"Civilians ({country})", tx.CIVILIANS, actor2.evidence) if country else actor2
