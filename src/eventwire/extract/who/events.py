"""event_actors: the two sides of an event at its trigger (ACLED or PLOVER conventions)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

from spacy.tokens import Doc, Span as SpacySpan, Token

from eventwire import taxonomy as tx
from eventwire.extract.entities import entities, entities_in
from eventwire.extract.who.arguments import (
    ACCUSING_VERBS, CASUALTY_VERBS, _accusation_of, _killing_act, accused_act, _owner, _past_dateline, _prepositional_objects, _second_passive, _subject_act, _used_on,
    _victims, event_arguments, governing_verb, in_dateline, patient_candidates, suffered_by_subject,
)
from eventwire.extract.who.context import ActorContext
from eventwire.extract.who.crowds import (
    CROWD_NOUNS, CROWD_VIOLENCE, DISPERSAL_PURPOSES, DISPERSING_VERBS, MOB_NOUNS, NON_STATE_ARMED, _acts_on_protest,
    _as_protesters, _crowd, _crowd_act_before, _dispersed_crowd, _disperses, _forces_facing_crowd, _forces_fired_on,
    _names_protest, _protest_acts, _protest_subject, _protesters_first, _state_as_its_forces, _targets_riot,
    _tells_protest,
)
from eventwire.extract.who.groups import _claimed_group
from eventwire.extract.who.lexicon import (
    ARMED_GROUP_TYPES, ATTACK_NOUNS, BORDER_NOUNS, CLAIMED_THINGS, DESTRUCTIVE_ACTS, DETAINING_ACTS,
    FOLLOWER_NOUNS, FORCE_NOUNS, GROUP_NOUNS, LEADER_NOUNS, MEMBER_NOUNS, NON_STATE_QUALIFIERS, OBJECT_DEPS, OWN_WORDS,
    PERSON_NOUNS, PLACE_NOUNS, POLICE_NOUNS, PRONOUNS, PROTEST_LEMMAS, REFERRING_ATTACKER_NOUNS, ROLE_NAMES, ROLE_NOUNS,
    SUBJECT_DEPS, TARGET_PREPOSITIONS, TELLING_LEMMAS, UNARMED_CROWDS, UNIT_HEADS, VIOLENT_ACTS, WEAPON_NOUNS,
)
from eventwire.extract.who.names import (
    _bare_name, _counted, claimed_or_unidentified, _is_country_or_capital, _known_type, _local_actor, _located_country, _person_civilians,
    _role_country, _strip_determiners, _victim_person, forces_name, is_state_forces, military_of, noun_phrase, unique_actors,
    village_official,
)
from eventwire.extract.who.resolve import MILITARY_SITES, _group_named_before, last_named_group, resolve_actor
from eventwire.extract.who.tables import country_of_word, country_tables
from eventwire.extract.texts import token_span
from eventwire.records import Actor, Span

# Explosives someone plants or carries (a bomb only with a word that says so: "a roadside bomb",
# not an air-dropped one): ACLED codes whoever set off an unclaimed one as an unidentified armed group.
PLANTED_EXPLOSIVES = {"ied", "landmine", "mine", "explosive", "explosives", "device", "bomber"}
PLANTED_BOMB_WORDS = {"roadside", "car", "truck", "motorcycle", "motorbike", "suicide", "pipe", "magnetic",
                      "improvised", "parcel", "sticky", "bicycle"}
# What civilians own or use: whoever's it is, ACLED codes civilians as the target of an attack on
# it or its destruction ("set fire to homes", "shelled a market").
CIVILIAN_PROPERTY = {"home", "house", "homestead", "hut", "car", "shop", "store", "market", "marketplace", "school",
                     "hospital", "clinic", "church", "mosque", "temple", "farm", "field", "crop", "granary",
                     "cattle", "livestock", "pharmacy", "warehouse", "bakery"}

# Verbs by which a source tells of an event it names ("the army confirmed the attack"): the
# speaker is its source, not its actor.
TELLING_VERBS = {"confirm", "report", "acknowledge", "announce", "describe", "condemn", "deny"}

# Elected officials of a town: civilians when harmed, not their state's government.
LOCAL_OFFICE_HOLDERS = {"mayor", "councillor", "councilor", "alderman"}

# Whose coding rules `event_actors` follows where the syntax leaves a role open.
Convention = Literal["acled", "plover"]

DYING_VERBS = {"die", "perish"}  # intransitive: their subject is the dead
# Two sides fighting each other: the verbs (lemmas of the nouns too) every fight check shares, and
# with the gerund and "skirmish" the words for a fight; each check below adds only its own few.
FIGHT_VERBS = {"fight", "clash", "battle"}
FIGHT_WORDS = FIGHT_VERBS | {"fighting", "skirmish"}
MUTUAL_EVENTS = FIGHT_WORDS | {"exchange", "fire"}

# Places and the sites of a place, whose owner a name ("X's airport") makes no actor.
SITE_NOUNS = PLACE_NOUNS | {"airport", "airfield", "airstrip", "outskirts", "harbour", "centre", "center", "market",
                            "bridge", "outskirt"}

# Words that name a part of a country: "southern X" is a region, not the state.
COMPASS_WORDS = {"northern", "southern", "eastern", "western", "central", "north-eastern", "north-western",
                 "south-eastern", "south-western", "northeastern", "northwestern", "southeastern", "southwestern"}

# How many owners deep ("the government's refusal of a plan") an argument's actor is looked for.
MAX_OWNERS = 2

REFERRING_WORDS = {"its", "their", "they", "we", "our", "it", "he", "she"}
# Who rides a vehicle: "its driver", "its passengers" are the vehicle's.
RIDERS = {"driver", "passenger", "occupant"}


def event_actors(
    trigger: Token,
    context: ActorContext,
    claimant: SpacySpan | None = None,
    generic_sources: dict[str, Actor] | None = None,
    convention: Convention = "acled",
) -> tuple[Actor | None, Actor | None]:
    """actor1 and actor2 of the event at `trigger`: its agent and patient, resolved.

    `claimant` is the source of the attribution that holds the event, if any: "its artillery",
    "they" inside "X said ..." point back at X. `generic_sources` maps generic sources
    ("statement", "group") to the actor known to have issued them (see `claims.posted_by`).
    `convention`: whose coding rules fill what the syntax leaves open. ACLED's: protesters are
    actor1 of what state forces do to them, whoever set off an unclaimed planted explosive is an
    unidentified armed group, and civilians are the target of an attack on their homes, shops or
    markets. PLOVER's (CAMEO's): the place an action happens in is its target (see
    `patient_candidates`), and the roles stay as the syntax gives them.
    """
    sides = event_actor_groups(trigger, context, claimant, generic_sources, convention)
    return tuple(side[0] if side else None for side in sides)  # type: ignore[return-value]


def event_actor_groups(
    trigger: Token,
    context: ActorContext,
    claimant: SpacySpan | None = None,
    generic_sources: dict[str, Actor] | None = None,
    convention: Convention = "acled",
) -> tuple[tuple[Actor, ...], tuple[Actor, ...]]:
    """Each side of the event at `trigger`, its main actor first, then the associated actors
    coordinated with it ("X and Y agreed", "aid for X and Y"); arguments as for `event_actors`."""
    generic_sources = generic_sources or {}
    place_targets = convention == "plover"
    trigger = _event_verb_for(trigger)
    if convention == "acled":
        # "accused the army of killing nine people" tells the killing, by the army (PLOVER codes the
        # accusing itself); "residents blamed the army": the army did the act told
        trigger = accused_act(trigger) or trigger

    def resolved(token: Token | None) -> Actor | None:
        return _argument_actor(token, context, claimant, generic_sources)

    blamed = _blamed(trigger) if convention == "acled" else None
    if blamed is not None:
        return unique_actors([resolved(blamed)]), ()
    repelled = _repelled(trigger) if convention == "acled" else None
    if repelled is not None:
        # "our soldiers beat back a rebel raid", "officers fought them off": the attackers are
        # actor1 and the side that held actor2, as ACLED codes the attack
        attackers = resolved(_attacker_told_before(repelled) if repelled.lower_ == "them" else repelled)
        defenders = resolved(next((c for c in trigger.children if c.dep_ in SUBJECT_DEPS), None))
        if attackers is not None and defenders is not None and attackers.name != defenders.name:
            return (attackers,), (defenders,)

    # (a person arrested or detained is the target too: "soldiers arrested a rapper")
    # ("were kidnapped and killed": the killing is of the abducted)
    abduction = _abduction(trigger) or _second_passive(trigger) and _abduction(trigger.head)
    violent = bool({trigger.lemma_.lower(), trigger.head.lemma_.lower()} & (VIOLENT_ACTS | DETAINING_ACTS)) or abduction \
        or _rounds_up(trigger) or _held_by_unnamed_state(trigger)

    def target(token: Token, harmed: bool = violent) -> Actor | None:
        if place_targets:
            return resolved(token) or _place_actor(token)
        if (harmed or trigger.lemma_.lower() in MUTUAL_EVENTS) and token.lower_ == "them":
            # "since soldiers took them": the people named before that name an actor
            return next((actor for told in _referred_to_by_them(token) for actor in (target(told, harmed),) if actor),
                        None)
        if harmed and village_official(token):
            return _local_actor("Civilians", tx.CIVILIANS, token.sent, context.country,
                                token_span(token))
        actor = _group_after(token, context) or resolved(token)
        included = _force_among(token, resolved) if harmed and actor is not None and actor.inter == tx.CIVILIANS else None
        if included is not None:
            return included  # "left eleven dead, among them four gendarmes": the force struck
        if actor is not None and harmed and actor.name.startswith("Government of ") \
                and token.lemma_.lower() in LOCAL_OFFICE_HOLDERS:
            # "gunmen shot dead a mayor": a town's elected official harmed is a civilian, as ACLED codes them
            return _local_actor("Civilians", tx.CIVILIANS, token.sent, context.country, actor.evidence)
        if actor is not None and actor.inter == tx.UNKNOWN_ACTOR and token.ent_type_ in {"GPE", "LOC", "FAC"} \
                and not country_of_word(actor.name):
            return None  # "blocked the road at X": a town is where, not whom (ACLED)
        if actor is not None and harmed and actor.name.startswith("Government of ") \
                and any(c.dep_ in {"amod", "compound"} and c.lower_ in COMPASS_WORDS for c in token.children):
            return None  # "stormed southern X, killing ...": a part of a country is where, not whom
        if actor is not None and harmed and actor.inter == tx.UNKNOWN_ACTOR and _bare_name(actor) == actor.name \
                and country_of_word(actor.name) and not _is_country_or_capital(actor.name):
            # "a Syrian truck driver abducted near X": people a demonym names are that country's civilians
            return Actor(f"Civilians ({country_of_word(actor.name)})", tx.CIVILIANS, actor.evidence)
        if actor is not None and harmed and actor.inter == tx.UNKNOWN_ACTOR and _community_of_person(token, actor):
            # "six young Fulani men", "a Yazidi activist": people a community's name qualifies are
            # civilians, as ACLED codes them (the community is no actor)
            return _local_actor("Civilians", tx.CIVILIANS, token.sent, context.country, actor.evidence)
        if actor is not None and harmed and actor.inter == tx.UNKNOWN_ACTOR and _names_person(token.doc, actor):
            # "police detained opposition politician X": a person no side claims is a civilian, as
            # ACLED codes the named victims of violence and arrests
            return _local_actor("Civilians", tx.CIVILIANS, token.sent, context.country, actor.evidence)
        # ("opened fire on a group of men": whom the quantity counts)
        return actor or (_person_civilians(_counted(token) or token, context)
                         or _victim_person(token, context, taken=abduction) if harmed else None)

    told = _told_event(trigger)
    if told is not trigger:
        # Only the event noun's own words say whose it is and on whom: "a Houthi attack on X".
        side1 = unique_actors([resolved(told)])
        side2 = unique_actors(resolved(t) for t in _prepositional_objects(told, TARGET_PREPOSITIONS))
        return side1, side2
    crowd_act = _crowd_act_before(trigger) if convention == "acled" else None
    if crowd_act is not None:
        # "part of the crowd stoned the camp, and soldiers used tear gas to scatter them": the
        # forces' act on a crowd is the crowd's event, the crowd as actor1 and the forces actor2
        sides = event_actor_groups(crowd_act, context, claimant, generic_sources, convention)
        if sides[0] and sides[0][0].inter in {tx.PROTESTERS, tx.RIOTERS} and sides[1] \
                and sides[1][0].inter in NON_STATE_ARMED | {tx.STATE_FORCES}:
            return sides  # (or an armed group that rules the place: "attacked a Taliban team")
    agent, _ = event_arguments(trigger)
    cause = _killing_act(trigger) if agent is None and convention == "acled" else None
    cause_side1: tuple[Actor, ...] = ()
    if cause is not None:
        # "Six people were killed when police opened fire on young men who were rioting": the
        # sides are those of the act the clause tells
        sides = event_actor_groups(cause, context, claimant, generic_sources, convention)
        if sides[0] and sides[1]:
            return sides
        cause_side1 = sides[0]  # ("were killed when insurgents raided X": the raiders, and the dead)
    dead = None
    if trigger.lemma_.lower() in DYING_VERBS and agent is not None:
        dead, agent = agent, None  # "11 officers had died": who died is the side struck
    set_off = _set_off_by(trigger)
    if set_off is not None:
        # "their vehicle hit a landmine", "a farmer stepped on a mine": what met the mine was struck
        # by it; "two soldiers were killed when their vehicle hit a landmine": those the clause it
        # tells of names
        dead, agent = next((c for c in set_off.children if c.dep_ in SUBJECT_DEPS and not in_dateline(c)), None), None
        clause = set_off.head if set_off.dep_ == "advcl" else None
        # ("were killed and four wounded when ..."; "their vehicle" is the vehicle of those the clause names)
        while (resolved(dead) is None or any(c.dep_ == "poss" and c.lower_ in PRONOUNS for c in dead.children)) \
                and clause is not None:
            subjects = [c for c in clause.children if c.dep_ in {"nsubjpass", "nsubj"}]
            # (past a dateline parsed as the subject: "X, Niger – Five soldiers died when ...")
            dead = (_past_dateline(subjects[0], subjects) if subjects else None) or dead
            clause = clause.head if clause.dep_ == "conj" else None
    if agent is None and trigger.dep_ in SUBJECT_DEPS and trigger.pos_ in {"NOUN", "PROPN"}:
        agent = trigger  # "the minister visited X": a trigger that names who acts is its agent
    if agent is None and trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.dep_ == "agent" \
            and trigger.lemma_.lower() in ATTACK_NOUNS | WEAPON_NOUNS:
        agent = trigger  # "were killed by an Israeli drone strike": the strike names who struck
    # ("condemn the invasion of X that he launched": the leader's state's forces, not who condemns it)
    launched = _launched_by(trigger, context) if trigger.pos_ == "NOUN" else None
    agent = trigger if launched is not None else agent
    actor1 = launched or resolved(agent)
    if actor1 is None and violent and agent is not None and agent.lemma_.lower() in GROUP_NOUNS \
            and [t.lower_ for t in agent.lefts] == ["the"]:
        # "Two years ago, the group shot dead 40 soldiers": the armed group the report named last
        actor1 = last_named_group(noun_phrase(agent), context, past_deniers=True)
    if actor1 is None and trigger.pos_ == "NOUN":
        agent = next((c for c in trigger.children if c.dep_ == "poss"), None)
        actor1 = resolved(agent)
    if actor1 is None and (trigger.pos_ == "NOUN" or trigger.tag_ == "VBG") and trigger.dep_ == "pobj" \
            and set_off is None:
        # "X came to prominence for a raid", "X carried out an attack on Y" (a gerund too: "soldiers
        # killed 12 rebels in fighting near X")
        governing = governing_verb(trigger)
        if governing is not None and governing.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS
                                                                           for c in governing.children):
            governing = governing.head  # "forces tracked down the attackers and killed four in a raid"
        agent = next((c for c in governing.children if c.dep_ in SUBJECT_DEPS), None) if governing else None
        actor1 = resolved(agent)
    attack = _attack_suffered(trigger) if actor1 is None else None
    if attack is not None and resolved(attack) is not None:
        # "three children were killed in an Israeli raid": whose the attack is did the killing
        agent, actor1 = attack, resolved(attack)
    patient, actor2 = None, None
    for candidate in patient_candidates(trigger, place_targets):
        if candidate.dep_ == "pobj" and candidate.head.head.lemma_.lower() in BORDER_NOUNS:
            continue  # "near X on the border with Myanmar": where, not whom
        if candidate.i == trigger.i:
            # the event's own word is not its target but what it is of or on ("opposed the invasion
            # of X"); a weapon's owner is not whom it struck ("their car hit a mine left by X")
            candidate = next(iter(_prepositional_objects(candidate, {"of", "on", "against"})), None)
            if candidate is None:
                continue
        accuser = _accuser_owns(trigger, candidate, resolved)
        if accuser is not None:
            actor2, patient = accuser, candidate  # "X accused Y of firing on its positions": X's
            break
        if actor1 is not None and any(c.dep_ == "poss" and c.lower_ in OWN_WORDS for c in candidate.children):
            # "withdrew its troops from X": the agent's own is not the target; "mounted its
            # invasion of X": what the agent's own act is of is.
            candidate = next((g for c in candidate.children if c.dep_ == "prep" and c.lower_ == "of"
                              for g in c.children if g.dep_ == "pobj"), None)
            if candidate is None:
                continue
        actor2 = target(candidate)
        if actor2 is not None and (actor1 is None or not _same_side(actor1, actor2, _names_person(trigger.doc, actor2))
                                   or not place_targets and _crowd_on_people(trigger, agent, actor1, actor2)):
            patient = candidate
            break
        actor2 = None
    if actor2 is None and dead is not None:
        patient = dead
        actor2 = resolved(dead) or _person_civilians(dead, context)
    hurt = violent
    if actor2 is None:
        # (whom a casualty clause names was harmed, whatever the event's verb: "a mine tore through a
        # bus, killing a nurse"; whom a means is used on only if the act is violent)
        harmed = [(victim, True) for victim in _victims(trigger)] + [(used, violent) for used in _used_on(trigger)]
        patient, hurt = next(((t, h) for t, h in harmed if target(t, h) is not None), (None, violent))
        actor2 = target(patient, hurt) if patient is not None else None
    side1 = unique_actors([actor1, *(resolved(c) for c in agent.conjuncts)]) if actor1 and agent is not None \
        else cause_side1
    # (not the dateline's place the parser may coordinate them with: "X, Niger – Five soldiers and ...")
    side2 = unique_actors([actor2, *(target(c, hurt) for c in patient.conjuncts if not in_dateline(c))]) \
        if actor2 and patient is not None else ()
    if side1 and not side2 and agent is not None and {trigger.lemma_.lower(), agent.head.lemma_.lower()} & MUTUAL_EVENTS:
        # "Tajik and Kyrgyz troops fought": the forces of the second state fought the first's
        side2 = unique_actors([_coordinated_state(agent, side1[0])])
    if not side1 and not side2 and trigger.lemma_.lower() in MUTUAL_EVENTS and trigger.dep_ in SUBJECT_DEPS:
        # "fighting broke out between X and Y"; "the fighting pitted X against Y"
        fighters = unique_actors(resolved(t) for t in _prepositional_objects(trigger.head, {"between"}))
        side1, side2 = fighters[:1], fighters[1:2]
    fight = agent if agent is not None and agent.lemma_.lower() in FIGHT_WORDS else None
    if fight is not None and trigger.lemma_.lower() in KILLING_VERBS | {"wound", "injure"}:
        # "fighting between X and Y has killed seven people": the fight's sides, its dead their toll
        # ("between rival armed groups": two of them)
        between = _prepositional_objects(fight, {"between"})
        fighters = unique_actors(resolved(t) for t in between)
        if len(between) == 1 and between[0].tag_ == "NNS" and len(fighters) == 1:
            fighters = (fighters[0], fighters[0])
        side1, side2 = (fighters[:1], fighters[1:2]) if len(fighters) == 2 else (side1, side2)
    if trigger.lemma_.lower() in MUTUAL_EVENTS and trigger.dep_ in SUBJECT_DEPS and trigger.head.lemma_.lower() == "pit":
        # "the fighting pitted X against Y"
        pitted = unique_actors(resolved(t) for t in (
            next((c for c in trigger.head.children if c.dep_ == "dobj"), None),
            *_prepositional_objects(trigger.head, {"against"})))
        side1, side2 = (pitted[:1], pitted[1:2]) if len(pitted) == 2 else (side1, side2)
    if convention == "acled":
        if not side1 and agent is not None and _unnamed_crowd(_counted(agent) or agent):
            # "crowds looted shops", "young men set fire to a police car": a crowd is rioters or
            # protesters by what it does, else no one
            crowd = _crowd(trigger, (_local_actor("Civilians", tx.CIVILIANS, agent.sent, context.country, Span(
                agent.idx, agent.idx + len(agent.text), agent.text)),), context.country)
            side1 = crowd if crowd[0].inter != tx.CIVILIANS else ()
        if not side1 and agent is not None and violent and agent.lemma_.lower() in {"man", "person", "individual"} \
                and agent.tag_ == "NNS":
            # "shot dead by two men on a motorcycle": unnamed men who kill are an armed group (not
            # "a man killed his two children")
            side1 = (claimed_or_unidentified(None, agent.sent, token_span(agent),
                                             context),)
        if not side1 and agent is None and _held_by_unnamed_state(trigger):
            # "two organisers were arrested at their homes", "were taken from their flats and charged
            # with X": an arrest no one is named for is the police's, as ACLED codes it
            country = _located_country(trigger.sent) or context.country
            side1 = (Actor(forces_name("Police", country), tx.STATE_FORCES,
                           token_span(trigger)),) if country else ()
        if not side1 and agent is None and abduction and suffered_by_subject(trigger):
            # "two engineers were kidnapped in X": an abduction no one is named for is the group
            # that claims it, else an unidentified armed group's, as ACLED codes it
            side1 = (claimed_or_unidentified(_claimed_group(trigger.doc[trigger.i : trigger.i + 1], context), trigger.sent,
                                             token_span(trigger), context),)
        planter = _planted_by(next((t for t in (agent, trigger) if t is not None and _is_planted_explosive(t)), None))
        if not side1 and planter is not None:
            # "a mine left by Russian troops", "a landmine planted by the group" (the group named last)
            side1 = unique_actors([resolved(planter) or (last_named_group(noun_phrase(planter), context)
                                                         if planter.lemma_.lower() in GROUP_NOUNS else None)])
        # (where a projectile was fired from says whose it is before what it is: "artillery shells
        # fired from M23 positions")
        side1 = _fired_from(trigger, agent, context) or side1 or _unclaimed_explosive(trigger, agent, context) \
            or _unclaimed_air_strike(trigger, agent, context) or _unclaimed_attack(trigger, agent, context)
        if side2 and side2[0].inter == tx.UNKNOWN_ACTOR and _takes_ground(trigger):
            side2 = ()  # "X, which ... occupied, was retaken by Y": the ground taken is no side (a town read as a name)
        side2 = side2 or _civilian_property(trigger, context, side1) or (_ground_taken_from(trigger, context) if side1 else ())
        if not side1 and (trigger.lemma_.lower() in PROTEST_LEMMAS or trigger.pos_ == "VERB"
                          and trigger in _protest_acts(trigger.sent, None)):
            side1 = unique_actors([_as_protesters(_protest_subject(trigger), context)])
        if not side1 and trigger.pos_ == "NOUN" and _names_protest(trigger):
            # "a rally in the capital drew 300,000 people": a protest told by its noun is its protesters'
            side1 = (_local_actor("Protesters", tx.PROTESTERS, trigger.sent, context.country,
                                  token_span(trigger)),)
        if not side1 and agent is not None and agent is not trigger and agent.pos_ == "NOUN" and _names_protest(agent):
            # "...; the march passed off peacefully": a protest told by what its noun did is the
            # protesters' the sentence's protest act names (else its country's), and on no civilians
            side1 = unique_actors(_as_protesters(_protest_subject(act), context)
                                  for act in _protest_acts(trigger.sent, trigger)[:1]) \
                or (_local_actor("Protesters", tx.PROTESTERS, trigger.sent, context.country,
                                 token_span(agent)),)
            side2 = () if side2 and side2[0].inter == tx.CIVILIANS else side2
        if side1 and side1[0].inter == tx.STATE_FORCES and not side2:
            side2 = _dispersed_crowd(trigger, context)
        elif side1 and side1[0].inter in NON_STATE_ARMED and not side2 and _disperses(trigger):
            # "..., and X fighters fired into the air to disperse them": the crowd is actor1
            crowd = _dispersed_crowd(trigger, context)
            side1, side2 = (crowd, side1) if crowd else (side1, side2)
        side1 = _crowd(trigger, side1, context.country)
        if side1 and side1[0].inter in {tx.PROTESTERS, tx.RIOTERS} and not side2:
            side2 = _forces_fired_on(trigger, context)
        if side1 and side1[0].inter in {tx.PROTESTERS, tx.RIOTERS} \
                and not (side2 and side2[0].inter == tx.CIVILIANS and trigger.lemma_.lower() in CROWD_VIOLENCE):
            # (forces who acted on the crowd come before what it burned: "Rioters burned shops and
            # a government office, and police fired tear gas"; not before the people it beat:
            # "villagers beat two men to death, and police arrested four")
            side2 = _forces_facing_crowd(trigger, context) or side2
        side1 = _state_as_its_forces(trigger, side1, _takes_ground(trigger))
        if trigger.lemma_.lower() in INVASION_NOUNS and side1 and is_state_forces(side1[0]) and side2 \
                and military_of(side2[0]) is not None:
            side2 = (military_of(side2[0]), *side2[1:])  # "the invasion of X": the invaded state's forces
        rioting = bool(side1) and side1[0].inter == tx.STATE_FORCES and _targets_riot(trigger)
        if side1 and side1[0].inter == tx.STATE_FORCES and side2 and _bare_name(side2[0]) in UNARMED_CROWDS \
                and (rioting or _acts_on_protest(trigger)):
            # "soldiers opened fire on a rally, killing 150 people", "police shot dead two men as
            # they dispersed a protest", "fired tear gas at opposition supporters protesting": the
            # unarmed people the forces killed or hurt at a protest are protesters; those they
            # fired on as they threw stones or burned things, rioters
            first = side2[0]
            role, inter = ("Rioters", tx.RIOTERS) if rioting else ("Protesters", tx.PROTESTERS)
            side2 = (Actor(f"{role}{first.name[len(_bare_name(first)):]}", inter, first.evidence), *side2[1:])
        if side1 and side1[0].inter == tx.PROTESTERS and side2 and side2[0].inter == tx.CIVILIANS \
                and trigger.lemma_.lower() not in VIOLENT_ACTS and _tells_protest(trigger):
            side2 = ()  # "marched to demand the release of activists": a protest has no civilian target
        if not side1 and not (side2 and side2[0].inter in ARMED_GROUP_TYPES | {tx.STATE_FORCES}):
            feuding = _feuding_groups(trigger, context)
            side1, side2 = (feuding, feuding) if feuding else (side1, side2)
        side1, side2 = _brawl(trigger, side1, side2)
        side1, side2 = _protesters_first(side1, side2)
    return _opposed(trigger, side1, side2)


# Verbs by which a side tells it killed someone: "said it had killed a X commander".
KILLING_VERBS = {"kill", "eliminate", "assassinate", "neutralise", "neutralize"}
# Who a group's named member killed is: "a X commander", "two X fighters".
GROUP_MEMBER_NOUNS = LEADER_NOUNS | {"member", "fighter", "militant", "operative"}


def killed_group_member(sentence: SpacySpan, context: ActorContext) -> Actor | None:
    """The named armed group whose member a sentence says was killed ("The army said it had
    killed a X commander who ..."): a report that first told the dead as people ("a strike on a
    car killed two people") tells here whom the strike was on, and ACLED codes the group as the
    target."""
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in KILLING_VERBS:
            continue
        for killed in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in GROUP_MEMBER_NOUNS):
            actor = resolve_actor(noun_phrase(killed), context)
            if actor is not None and actor.inter in ARMED_GROUP_TYPES and not _unnamed_armed(actor):
                return actor
        actor = _own_members_killed(verb, context)
        if actor is not None:
            return actor
    return None


def _own_members_killed(verb: Token, context: ActorContext) -> Actor | None:
    """The named armed group that says its own members were killed ("The X group said five of its
    fighters were killed"): the speaker the possessive points back at."""
    dead = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if dead is not None and dead.lemma_.lower() not in GROUP_MEMBER_NOUNS:
        dead = next(iter(_prepositional_objects(dead, {"of"})), None)  # "five of its fighters"
    if dead is None or dead.lemma_.lower() not in GROUP_MEMBER_NOUNS \
            or not any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in dead.children):
        return None
    speech = next((a for a in verb.ancestors if a.lemma_.lower() in TELLING_LEMMAS), None)
    speaker = next((c for c in speech.children if c.dep_ == "nsubj"), None) if speech is not None else None
    actor = resolve_actor(noun_phrase(speaker), context) if speaker is not None else None
    return actor if actor is not None and actor.inter in ARMED_GROUP_TYPES and not _unnamed_armed(actor) else None


def _blamed(verb: Token) -> Token | None:
    """Whom an accusing verb with no act of its own names as the doer of the act told before it:
    "residents blamed the federal army", "blamed the attack on X", "accused X"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ACCUSING_VERBS:
        return None
    blamed = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if blamed is not None and blamed.lemma_.lower() in ATTACK_NOUNS | CLAIMED_THINGS:
        # "blamed the attack on X"
        return next((g for c in (*verb.children, *blamed.children) if c.dep_ == "prep" and c.lower_ == "on"
                     for g in c.children if g.dep_ == "pobj"), None)
    return blamed


def _accuser_owns(act: Token, thing: Token, resolved: Callable[[Token | None], Actor | None]) -> Actor | None:
    """Whose "its" or "their" thing an act someone is accused of struck: the accuser's ("the
    ministry accused X of firing on its positions"), its forces' where the thing is a military
    site and the accuser the state."""
    accusing = _accusation_of(act)
    if accusing is None or not any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in thing.children):
        return None
    accuser = resolved(next((c for c in accusing.children if c.dep_ in SUBJECT_DEPS), None))
    forces = military_of(accuser) if accuser is not None and thing.lemma_.lower() in MILITARY_SITES else None
    return forces or accuser


ABDUCTING_VERBS = {"abduct", "kidnap"}
CAPTIVE_NOUNS = {"hostage", "captive"}


# Verbs by which people are taken away: "were taken from their homes", "was snatched by masked
# men", "were carried off", "were seized at gunpoint".
TAKING_AWAY_VERBS = {"take", "snatch", "seize", "grab", "drag", "carry"}
# What people are taken from: "from their camp", "from a church".
TAKEN_FROM = CIVILIAN_PROPERTY | SITE_NOUNS | {"camp", "checkpoint", "road", "vehicle", "bus", "truck", "boat",
                                               "office", "compound", "mine", "bed", "homes", "street", "village"}


# Who takes people away unnamed: "was snatched by masked men", "were seized by gunmen".
UNNAMED_TAKERS = {"man", "gunman", "assailant", "kidnapper", "attacker", "bandit"}


def _referred_to_by_them(pronoun: Token) -> list[Token]:
    """Those "them" may refer back to in its sentence, nearest first: the plural nouns and
    coordinations of nouns told before it that are not the subjects of its own clauses ("nothing
    has been heard of a pastor and his son since soldiers took them": the pastor and his son)."""
    # (nor of a clause it hangs from: "gendarmes used tear gas to scatter them")
    own_subjects = {c.i for verb in (pronoun.head, *pronoun.head.ancestors) for c in verb.children
                    if c.dep_ in SUBJECT_DEPS}
    if pronoun.head.lemma_.lower() in DISPERSAL_PURPOSES:
        return []  # ("fired tear gas to scatter them": the crowd, which `crowds` reads)
    told = []
    for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        if token.pos_ != "NOUN" or token.i in own_subjects or in_dateline(token):
            continue
        if token.dep_ == "conj" and token.head.pos_ == "NOUN":
            told.append(token.head)  # (the coordination's first noun, whose conjuncts are the rest)
        elif token.tag_ == "NNS" and token.dep_ not in {"compound", "poss"}:
            told.append(token)
    return told


def _intercepts(verb: Token) -> bool:
    """"Intercepted", "downed", "shot down": what air defences do to what was fired at them."""
    lemma = verb.lemma_.lower()
    return lemma in {"intercept", "down"} or lemma == "shoot" and any(
        c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)


def _rounds_up(verb: Token) -> bool:
    """"Picked up 14 young men", "rounded up seven herders": people taken in."""
    return verb.lemma_.lower() in {"pick", "round"} and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)


def _abduction(verb: Token) -> bool:
    """"Abducted", "kidnapped", "taken hostage", "held captive", and people taken away with no word
    of an arrest: "were taken from their camp", "was snatched by masked men", "were carried off",
    "were seized at gunpoint"."""
    lemma = verb.lemma_.lower()
    if lemma in ABDUCTING_VERBS or lemma in {"take", "hold"} and any(c.lower_ in CAPTIVE_NOUNS for c in verb.children):
        return True
    if lemma not in TAKING_AWAY_VERBS:
        return False
    away = any(c.dep_ in {"prt", "advmod"} and c.lower_ in {"away", "off"} for c in verb.children)
    taken_from = any(t.lemma_.lower() in TAKEN_FROM for t in _prepositional_objects(verb, {"from"}))
    if not suffered_by_subject(verb):
        # ("soldiers took away a village headman", "officers took two bloggers from their homes")
        return (away or taken_from) and any(c.dep_ == "dobj" for c in verb.children)
    at_gunpoint = any(t.lower_ == "gunpoint" for t in verb.subtree)
    by_unnamed = any(g.lemma_.lower() in UNNAMED_TAKERS for c in verb.children if c.dep_ == "agent"
                     for g in c.children if g.dep_ == "pobj")
    return away or at_gunpoint or taken_from or by_unnamed


# Verbs by which a state holds people, and by which it goes on to try them: people taken and
# "charged with" something were arrested, not abducted.
ARRESTING_VERBS = {"arrest", "detain", "jail", "imprison"}
CHARGING_VERBS = {"charge", "question", "interrogate", "remand", "sentence", "indict", "prosecute"}


def _held_by_unnamed_state(verb: Token) -> bool:
    """"Were arrested at their homes", "were taken from their dormitory and charged with X": a
    passive arrest, or a taking the state goes on to charge, with no one named for it."""
    if not suffered_by_subject(verb) or any(c.dep_ == "agent" for c in verb.children):
        return False
    return verb.lemma_.lower() in ARRESTING_VERBS or any(
        c.dep_ == "conj" and c.lemma_.lower() in CHARGING_VERBS for c in verb.children)


# Groups of kin that feud: "two tribes fought", "a fight between rival clans", "rival gangs clashed".
FEUDING_NOUNS = {"tribe", "clan", "gang", "family"}
FEUD_LEMMAS = FIGHT_WORDS | {"gunfight", "feud", "dispute"}


def _feuding_groups(trigger: Token, context: ActorContext) -> tuple[Actor, ...]:
    """"Two tribes fought with machine guns", "a fight between rival gangs left seven dead": kin
    groups or gangs no name says, fighting each other, are each an unidentified armed group, as
    ACLED codes communal and gang fights."""
    for noun in trigger.sent:
        if noun.lemma_.lower() not in FEUDING_NOUNS or noun.tag_ != "NNS" or not any(
                c.lower_ in {"two", "rival", "three"} for c in noun.lefts):
            continue
        fight = noun.head if noun.dep_ in SUBJECT_DEPS else noun.head.head \
            if noun.dep_ == "pobj" and noun.head.lower_ == "between" else None
        if fight is not None and fight.lemma_.lower() in FEUD_LEMMAS:
            return (claimed_or_unidentified(None, trigger.sent, token_span(noun),
                                            context),)
    return ()


# Verbs by which people fight one another.
BRAWL_LEMMAS = FIGHT_VERBS | {"brawl", "scuffle"}


def _attack_suffered(verb: Token) -> Token | None:
    """The attack a passive act with no agent happened in: "were killed in an Israeli raid",
    "was wounded during a drone attack"."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in verb.children) \
            or any(c.dep_ == "agent" for c in verb.children):
        return None
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "during"}
                 for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in ATTACK_NOUNS), None)


def _brawl(trigger: Token, side1: tuple[Actor, ...], side2: tuple[Actor, ...]) -> tuple[tuple[Actor, ...], tuple[Actor, ...]]:
    """"Supporters of rival parties fought with machetes", "youths from two villages clashed":
    unarmed people who fight one another, no other side named, are rioters on both sides, as
    ACLED codes mob violence (not "residents fought off the attackers")."""
    # (the dead they left are of them: "fought ..., leaving three people dead")
    if not side1 or side2 and side2[0].name != side1[0].name or _bare_name(side1[0]) != "Civilians" \
            or trigger.lemma_.lower() not in BRAWL_LEMMAS \
            or trigger.pos_ != "VERB" or any(c.dep_ in OBJECT_DEPS | {"prt"} for c in trigger.children):
        return side1, side2
    rioters = Actor(f"Rioters{side1[0].name[len('Civilians'):]}", tx.RIOTERS, side1[0].evidence)
    return (rioters,), (rioters,)


# Verbs by which one act sets off another: "attacked a stronghold, sparking a gunbattle".
SETTING_OFF_VERBS = {"spark", "trigger", "provoke", "prompt", "ignite", "touch"}


def _coordinated_state(agent: Token, actor: Actor) -> Actor | None:
    """The same kind of actor of the second of two states coordinated before the agent's noun
    ("Tajik and Kyrgyz troops": the Kyrgyz troops beside the Tajik ones)."""
    first = next((c for c in agent.children if c.dep_ in {"amod", "nmod", "compound"} and country_of_word(c.text)), None)
    country = country_of_word(first.text) if first is not None else None
    if first is None and not is_state_forces(actor) and agent.lower_ in FORCE_NOUNS | POLICE_NOUNS:
        # "Hamas and Israeli security forces exchanged gunfire": a group, then a state's forces of the noun
        word = next((conj for c in agent.children if c.dep_ in {"amod", "nmod", "compound"}
                     for conj in c.conjuncts if country_of_word(conj.text)), None)
        if word is None:
            return None
        kind = "Police" if agent.lower_ in POLICE_NOUNS else "Military"
        return Actor(forces_name(kind, country_of_word(word.text)), tx.STATE_FORCES,
                     Span(word.idx, agent.idx + len(agent.text), agent.doc.text[word.idx:agent.idx + len(agent.text)]))
    if country is None or not actor.name.endswith(f"of {country}"):
        return None
    other = next((found for conj in first.conjuncts for found in (country_of_word(conj.text),)
                  if found and found != country), None)
    return Actor(actor.name.replace(f"of {country}", f"of {other}"), actor.inter, actor.evidence) if other else None


def _event_verb_for(trigger: Token) -> Token:
    """The violent act a noun the event was found at belongs to: "killed 11 members of the X drug
    gang" (found at "drug") is the killing; "attacked a stronghold, sparking a gunbattle" (found
    at "gunbattle") is fought by the attack's sides."""
    if trigger.lemma_.lower() in MUTUAL_EVENTS and trigger.dep_ == "conj" and trigger.head.lemma_.lower() in VIOLENT_ACTS \
            and any(c.dep_ in SUBJECT_DEPS and c.lemma_.lower() == "side" for c in trigger.children):
        return trigger.head  # "X attacked Y's positions, and the two sides fought until nightfall": X and Y
    if _yielding_before_taking(trigger):
        return trigger.head  # "took over two posts after X's soldiers withdrew from them": the taking
    if trigger.pos_ != "NOUN" and not (trigger.pos_ == "PROPN" and trigger.lower_ in ROLE_NOUNS):
        return trigger  # (a role noun opening a sentence may be tagged a name: "Gunmen opened fire ...")
    if trigger.dep_ == "conj" and trigger.head.pos_ == "VERB" and any(c.dep_ == "dobj" for c in trigger.head.children) \
            and not any(c.dep_ == "dobj" for c in trigger.children):
        # "police fired rubber bullets and live rounds at students" (found at "rounds"), parsed with
        # the second object coordinated with the verb: the firing (not a verb taken for a noun,
        # which has its own object: "stormed the village and shot villagers")
        return trigger.head
    # (also through how long it lasted: "stormed a base, sparking hours of fighting")
    set_off = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" else trigger
    if set_off.dep_ == "dobj" and set_off.head.lemma_.lower() in SETTING_OFF_VERBS \
            and set_off.head.dep_ in {"advcl", "conj"} and set_off.head.head.lemma_.lower() in VIOLENT_ACTS:
        return set_off.head.head
    governing = governing_verb(trigger)
    if trigger.lemma_.lower() in MUTUAL_EVENTS and trigger.dep_ in SUBJECT_DEPS and governing is not None \
            and governing.lemma_.lower() not in VIOLENT_ACTS and any(c.lower_ == "the" for c in trigger.lefts):
        # "militants stormed an outpost, and the fighting lasted hours": the fight is the act told
        # before it
        told = next((t for t in reversed(trigger.doc[trigger.sent.start : trigger.i])
                     if t.pos_ == "VERB" and t.lemma_.lower() in VIOLENT_ACTS), None)
        if told is not None:
            return told
    if trigger.lemma_.lower() in ATTACK_NOUNS and trigger.dep_ == "pobj" and trigger.head.lower_ in {"in", "during"}:
        # "its troops had killed six militants involved in the attack in a raid on a hideout" (the
        # raid hung on "involved"): an attack the killing was done in is fought by the killing's sides
        killing = next((a for a in trigger.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in VIOLENT_ACTS), None)
        if killing is not None and killing is not governing:
            return killing
    if trigger.lower_ in {"abductors", "kidnappers"} and any(c.dep_ == "poss" and c.lower_ in PRONOUNS
                                                            for c in trigger.children) \
            and governing is not None and governing.dep_ == "conj" and _abduction(governing.head):
        # "were seized at gunpoint ..., and their abductors have demanded a ransom": the seizing
        return governing.head
    if trigger.lower_ in REFERRING_ATTACKER_NOUNS and governing is not None \
            and governing.lemma_.lower() in VIOLENT_ACTS | {"come", "rob"}:
        # found at those who act ("gunmen robbed travellers", "came under fire from gunmen"): the act
        return governing
    if ROLE_NOUNS.get(trigger.lower_, ("",))[0] in {"Protesters", "Rioters"} and trigger.dep_ not in SUBJECT_DEPS \
            and governing is not None and governing.lemma_.lower() in VIOLENT_ACTS | DISPERSING_VERBS | {"come", "use"}:
        # found at the crowd forces act on ("used force against rioters", "came under fire from
        # rioters", "dispersed the protesters"): the act
        return governing
    if trigger.dep_ in {"compound", "pobj", "poss"} and trigger.lemma_.lower() not in ATTACK_NOUNS | WEAPON_NOUNS | MUTUAL_EVENTS \
            and governing is not None and governing.lemma_.lower() in VIOLENT_ACTS \
            and any(t.dep_ in {"dobj", "nsubjpass", "agent", "nsubj"} and t.head.i == governing.i for t in trigger.ancestors):
        # (or by whom: "were killed by members of the X gang", "the gang's members shot dead a
        # driver", found at "gang")
        return governing
    if trigger.dep_ == "dobj" and trigger.lemma_.lower() in PROJECTILE_NOUNS | ATTACK_NOUNS and _intercepts(trigger.head):
        return trigger.head  # "air defence units downed three missiles" (found at "missiles"): the downing
    if trigger.lemma_.lower() in CAPTIVE_NOUNS and trigger.head.pos_ == "VERB" and _abduction(trigger.head):
        return trigger.head  # found at "hostage" of "were taken hostage by armed men": the taking
    held = trigger
    while held.dep_ == "conj" and held.head.pos_ == "NOUN":
        held = held.head  # ("with rocks and burning tyres", found at "tyres")
    if held.dep_ == "pobj" and held.head.lower_ == "with" and governing is not None and governing.pos_ == "VERB" \
            and trigger.lemma_.lower() not in MUTUAL_EVENTS:
        # found at what the act was done with ("blocked the road with burning tyres", "attacked the
        # post with machetes"): the act (not "clashed with X", "a firefight with X")
        return governing
    return trigger


# Verbs by which a side takes ground ("captured the town", "overran a post", "entered the town",
# "took over two posts", "took control of X") and by which the side holding it gives it up.
RETAKING_VERBS = {"retake", "recapture", "regain"}
TAKING_GROUND_VERBS = RETAKING_VERBS | {"capture", "seize", "overrun", "occupy", "enter", "storm"}
YIELDING_VERBS = {"withdraw", "pull", "vacate", "retreat", "flee", "abandon", "evacuate", "leave"}
FIGHT_NOUNS = FIGHT_WORDS | {"clashes", "firefight", "gunbattle", "gunfight", "shootout", "exchange"}


def _ground_lemma(verb: Token) -> str:
    """The verb's lemma, "retake" also for "retook" and "retaken" (which the lemmatizer keeps)."""
    return "retake" if verb.lower_ in {"retook", "retaken"} else verb.lemma_.lower()


def _takes_ground(verb: Token) -> bool:
    lemma = _ground_lemma(verb)
    return verb.pos_ == "VERB" and (lemma in TAKING_GROUND_VERBS or lemma == "take" and any(
        c.dep_ == "prt" and c.lower_ == "over" or c.dep_ == "dobj" and c.lower_ == "control" for c in verb.children))


def _after(clause: Token) -> bool:
    return any(c.dep_ in {"mark", "advmod"} and c.lower_ == "after" for c in clause.children)


def _yielding_before_taking(trigger: Token) -> bool:
    """"Took over two posts after X's soldiers withdrew from them", found at "withdrew"."""
    return trigger.pos_ == "VERB" and trigger.lemma_.lower() in YIELDING_VERBS and trigger.dep_ == "advcl" \
        and _after(trigger) and _takes_ground(trigger.head)


def _ground_taken_from(trigger: Token, context: ActorContext) -> tuple[Actor, ...]:
    """Whom ground was taken from, where the taking names no one who held it: those who gave it up
    just before ("entered the town after government troops pulled out") or whom the taker fought
    for it ("seized the town after three days of fighting with the army")."""
    if not _takes_ground(trigger):
        return ()
    # (the parser may hang the clause on a word between: "entered X unopposed after ...")
    clauses = [c for a in trigger.children if a.dep_ == "advcl" for c in (a, *(g for g in a.children if g.dep_ == "advcl"))]
    yielders = [s for clause in clauses if clause.lemma_.lower() in YIELDING_VERBS and _after(clause)
                for s in clause.children if s.dep_ == "nsubj"]
    fights = [g for after in trigger.children if after.dep_ == "prep" and after.lower_ == "after"
              for g in after.children if g.dep_ == "pobj"]
    # ("after days of fighting with X": the fight the span is of)
    fights = [f for g in fights for f in (g, *_prepositional_objects(g, {"of"})) if f.lemma_.lower() in FIGHT_NOUNS]
    # ("X, which Russian forces occupied, was retaken": those who held the ground taken)
    holders = [s for taken in trigger.children if taken.dep_ in {"dobj", "nsubjpass"} for clause in taken.children
               if clause.dep_ == "relcl" and _ground_lemma(clause) in TAKING_GROUND_VERBS | {"hold", "control"}
               for s in clause.children if s.dep_ == "nsubj"]
    foes = yielders + holders + [o for fight in fights for o in _prepositional_objects(fight, {"with", "against"})]
    found = unique_actors(resolve_actor(noun_phrase(foe), context) for foe in foes)[:1]
    if not found and _ground_lemma(trigger) in RETAKING_VERBS:
        # "troops retook the town": from the armed group the report told before, which took it
        found = unique_actors([_group_named_before(trigger.doc[trigger.sent.start : trigger.i], context)])
    return found or _capital_taken(trigger)


def _capital_taken(verb: Token) -> tuple[Actor, ...]:
    """"The rebels seized the capital, X": a state's capital is taken from its forces."""
    taken = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if taken is None or taken.lemma_.lower() != "capital" or _ground_lemma(verb) in RETAKING_VERBS or any(
            c.dep_ in {"amod", "compound"} and c.lower_ in {"regional", "provincial", "state", "district"}
            for c in taken.children):
        return ()
    capital = next((c for c in taken.children if c.dep_ == "appos"), None)
    country = country_tables()[1].get(capital.text.lower()) if capital is not None else None
    if country is None:
        return ()
    return (Actor(forces_name("Military", country), tx.STATE_FORCES,
                  token_span(capital)),)


def _group_after(thing: Token, context: ActorContext) -> Actor | None:
    """The armed group "from X" names right after people the parser left without it ("killed 17
    prisoners from the rival X gang", with "from" hung on the verb): members of that group."""
    if thing.lower_ not in MEMBER_NOUNS or thing.right_edge.i + 1 >= len(thing.doc):
        return None
    after = thing.doc[thing.right_edge.i + 1]
    if after.lower_ not in {"from", "of"} or after.dep_ != "prep" or after.head.i != thing.head.i:
        return None
    group = next((g for g in after.children if g.dep_ == "pobj"), None)
    actor = resolve_actor(noun_phrase(group), context) if group is not None else None
    return actor if actor is not None and actor.inter in ARMED_GROUP_TYPES else None


def _told_event(trigger: Token) -> Token:
    """"The army confirmed the attack", "a police spokesman confirmed the attack": the event is the
    one the telling verb names; its speaker is the source of a claim about it, not its actor."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in TELLING_VERBS:
        return trigger
    told = next((c for c in trigger.children if c.dep_ == "dobj" and c.lemma_.lower() in CLAIMED_THINGS), None)
    return told if told is not None else trigger


# Projectiles, and the verbs by which one is sent from where its side stands: "shells fired from X positions".
PROJECTILE_NOUNS = WEAPON_NOUNS | {"round", "rocket", "missile", "shot", "bullet"}
LAUNCHING_VERBS = {"fire", "launch", "shoot", "lob"}


def _fired_from(trigger: Token, agent: Token | None, context: ActorContext) -> tuple[Actor, ...]:
    """"Shells fired from RSF positions", "mortar rounds fired from the Azerbaijani side", "a shell
    fired from an army post": a projectile no one is named for is the side's whose ground it was
    fired from (a country's is its military's)."""
    for weapon in (t for t in (agent, trigger) if t is not None):
        while weapon.dep_ in {"compound", "amod"} and weapon.head is not weapon:
            weapon = weapon.head  # ("mortar rounds", found at "mortar")
        if weapon.lemma_.lower() not in PROJECTILE_NOUNS or weapon.pos_ not in {"NOUN", "PROPN"}:
            continue
        # (its participle, or the verb it is the subject of: "shells fired from X slammed into ...",
        # parsed with "fired" as the main verb)
        launches = [c for c in weapon.children if c.dep_ == "acl"] + ([weapon.head] if weapon.dep_ in SUBJECT_DEPS else [])
        for place in (p for verb in launches if verb.lemma_.lower() in LAUNCHING_VERBS
                      for p in _prepositional_objects(verb, {"from"})):
            actor = resolve_actor(noun_phrase(place), context)
            evidence = token_span(place)
            if actor is None:  # ("from the Armenian side": the country's military)
                country = next((found for t in place.lefts if t.dep_ == "amod" for found in (country_of_word(t.text),)
                                if found), None)
                actor = Actor(forces_name("Military", country), tx.STATE_FORCES, evidence) if country else None
            else:  # ("from Afghanistan": the country's military)
                actor = military_of(actor, evidence) or actor
            if actor is not None:
                return (actor,)
    return ()


def _unclaimed_explosive(trigger: Token, agent: Token | None, context: ActorContext) -> tuple[Actor, ...]:
    """"A roadside bomb struck a minibus", "an explosive device went off", "a landmine exploded":
    a planted explosive nobody is named for (no group, country or owner qualifies it) was set off
    by an unidentified armed group of the country it went off in."""
    weapon = next((t for t in (agent, trigger) if t is not None and _is_planted_explosive(t)), None)
    if weapon is None or _owner(weapon) is not None or any(
            country_of_word(t.text) for t in weapon.lefts if t.dep_ in {"amod", "compound", "nmod"}):
        return ()
    return (claimed_or_unidentified(_claimed_group(noun_phrase(weapon), context), weapon.sent,
                                    token_span(weapon), context),)


# Acts and weapons whose doer, unnamed, ACLED codes as an unidentified armed group: "an attack on
# a village killed eleven people", "a grenade thrown into a bar killed four".
UNNAMED_ATTACK_NOUNS = {"attack", "assault", "ambush", "massacre", "grenade", "raid"}


def _unclaimed_attack(trigger: Token, agent: Token | None, context: ActorContext) -> tuple[Actor, ...]:
    """"An attack on a barge killed 11 traders", "an assault on the post left 33 dead": a new
    attack (told with "a", no owner, country or group before it) whose toll is told and whose doer
    nobody names is an unidentified armed group's of the country it happened in, or the group's
    that claimed one."""
    act = next((t for t in (agent, trigger) if t is not None and t.pos_ == "NOUN"
                and t.lemma_.lower() in UNNAMED_ATTACK_NOUNS), None)
    if act is not None and _thrown_unnamed(act):
        return (claimed_or_unidentified(_claimed_group(noun_phrase(act), context), act.sent,
                                        token_span(act), context),)
    if act is None and trigger.pos_ == "VERB" and trigger.lemma_.lower() in CASUALTY_VERBS:
        act = _attack_suffered(trigger)  # "12 soldiers have been killed in an attack on a convoy"
    # ("an ambush near X cost the lives of 14 soldiers")
    acts = CASUALTY_VERBS | {"cost"} | (EXPLODING_VERBS if act is not None and act.lemma_.lower() == "grenade" else set())
    if act is None or act.lemma_.lower() not in UNNAMED_ATTACK_NOUNS \
            or not (act.dep_ in SUBJECT_DEPS and act.head.lemma_.lower() in acts or _suffered_in(act)) \
            or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in act.lefts) \
            or any(c.dep_ != "det" and c.lower_ not in HAND_WEAPON_WORDS and (
                c.pos_ == "PROPN" or c.dep_ in {"poss", "compound"} or country_of_word(c.text)
                or c.lower_ in NON_STATE_QUALIFIERS) for c in act.lefts):
        return ()
    return (claimed_or_unidentified(_claimed_group(noun_phrase(act), context), act.sent,
                                    token_span(act), context),)


def _suffered_in(attack: Token) -> bool:
    """Whether people were harmed in `attack` by no one named: "were killed in an attack on X"."""
    if attack.dep_ != "pobj" or attack.head.dep_ != "prep":
        return False
    suffered = _attack_suffered(attack.head.head) if attack.head.head.lemma_.lower() in CASUALTY_VERBS else None
    return suffered is not None and suffered.i == attack.i


# What a grenade does by itself: "a grenade thrown from a motorcycle exploded at a shop door".
EXPLODING_VERBS = {"explode", "detonate", "blast"}
# Words that say what kind of weapon a thing is, not whose: "a hand grenade".
HAND_WEAPON_WORDS = {"hand"}
# Verbs by which a grenade is thrown: "grenades were thrown at an army camp", "a grenade was lobbed at a house".
THROWING_VERBS = {"throw", "lob", "hurl", "toss"}


def _thrown_unnamed(weapon: Token) -> bool:
    """"Grenades were thrown at an army camp": a grenade whose thrower the passive names no one."""
    verb = weapon.head
    return weapon.lemma_.lower() == "grenade" and weapon.dep_ == "nsubjpass" \
        and verb.lemma_.lower() in THROWING_VERBS and not any(c.dep_ == "agent" for c in verb.children)


# What strikes from the air: "a drone struck a minibus", "an unmanned aircraft hit a house".
AIRCRAFT_NOUNS = {"drone", "aircraft", "warplane", "jet", "helicopter", "plane", "airstrike"}
# Words that say no more of a craft or air strike than what it is: "an unmanned aircraft", "an air strike".
BARE_CRAFT_WORDS = {"a", "an", "unmanned", "unidentified", "suspected", "air", "drone", "fighter", "armed"}


def _unclaimed_air_strike(trigger: Token, agent: Token | None, context: ActorContext) -> tuple[Actor, ...]:
    """"A drone struck a minibus", "an air strike hit a market": a strike from the air nobody is
    named for (no owner, country or group qualifies it) is the military's of the country it
    struck in, as ACLED codes it where the state holds the air, unless the sentence blames another
    ("..., blaming X's military")."""
    craft = next((t for t in (agent, trigger) if t is not None and t.pos_ == "NOUN" and (
        t.lemma_.lower() in AIRCRAFT_NOUNS or t.lemma_.lower() == "strike"
        and any(c.lower_ in {"air", "drone"} for c in t.lefts))), None)
    if craft is None or _owner(craft) is not None or any(t.lower_ not in BARE_CRAFT_WORDS for t in craft.lefts):
        return ()
    evidence = token_span(craft)
    blamed = next((found for verb in craft.sent if verb.lemma_.lower() == "blame" for c in verb.children
                   if c.dep_ == "dobj" for found in (resolve_actor(noun_phrase(c), context),) if found is not None), None)
    if blamed is not None:  # "..., killing four, officials said, blaming X's military"
        return (Actor(blamed.name, blamed.inter, evidence),)
    where = _located_country(craft.sent) or context.country
    if not where:
        return ()
    return (Actor(forces_name("Military", where), tx.STATE_FORCES, evidence),)


# Verbs by which a vehicle or person sets off a mine it meets: "the vehicle hit a landmine".
STRUCK_BY_VERBS = {"hit", "strike", "run", "drive", "step", "trigger"}


# Verbs that tell a bomb was set where it went off: "a bomb planted under a culvert", "hidden in a motorcycle".
PLANTING_VERBS = {"plant", "hide", "place", "bury", "conceal", "attach", "leave", "lay"}


def _is_planted_explosive(token: Token) -> bool:
    lemma = token.lemma_.lower()
    words = {t.lower_ for t in token.lefts}
    planted = any(c.dep_ == "acl" and c.lemma_.lower() in PLANTING_VERBS for c in token.children)
    return lemma in PLANTED_EXPLOSIVES or (lemma == "bomb" and (bool(words & PLANTED_BOMB_WORDS) or planted))


def _set_off_by(trigger: Token) -> Token | None:
    """The verb by which a vehicle or a person set off a planted explosive the trigger names ("their
    vehicle hit a landmine", "a farmer stepped on a mine", "the convoy ran over an IED"), if any."""
    if not _is_planted_explosive(trigger):
        return None
    if trigger.dep_ == "compound":
        trigger = trigger.head  # ("ran over a landmine east of X", parsed as a landmine "east")
    verb = trigger.head if trigger.dep_ == "dobj" else trigger.head.head \
        if trigger.dep_ == "pobj" and trigger.head.lower_ in {"on", "onto", "over", "into"} else None
    return verb if verb is not None and verb.lemma_.lower() in STRUCK_BY_VERBS else None


def _planted_by(weapon: Token | None) -> Token | None:
    """Who a planted explosive's own clause names as having set it: "a mine left by Russian troops",
    "a bomb planted by the group"."""
    if weapon is None:
        return None
    return next((g for clause in weapon.children if clause.dep_ == "acl" and clause.lemma_.lower() in PLANTING_VERBS
                 for c in clause.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


def _civilian_property(trigger: Token, context: ActorContext, side1: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """"Set fire to homes", "shelled a market": what a violent or destructive act struck is
    civilians' property with no owner named, and civilians of the country it happened in are its
    target (not when the attackers are civilians themselves)."""
    trigger = _subject_act(trigger)
    if trigger.lemma_.lower() not in DESTRUCTIVE_ACTS | {"strip"} \
            or (side1 and side1[0].inter in {tx.CIVILIANS, tx.PROTESTERS}):
        return ()
    # (a place's own is still its people's: "looted the village's pharmacy", "stripped the town's clinic")
    struck = next((t for t in patient_candidates(trigger) if t.lemma_.lower() in CIVILIAN_PROPERTY
                   and (_owner(t) is None or _owner(t).lemma_.lower() in PLACE_NOUNS)), None)
    if struck is None:
        return ()
    return (_local_actor("Civilians", tx.CIVILIANS, struck.sent, context.country,
                         token_span(struck)),)


# Words by which men are a crowd of the young rather than armed men: "young men set fire to ...".
YOUNG_WORDS = {"young", "younger", "teenage"}


def _unnamed_crowd(people: Token) -> bool:
    """"The crowd", "a mob", "young men": people no word names as any side's, who are rioters or
    protesters by what they do (unnamed men who only kill are an armed group)."""
    return people.lemma_.lower() in MOB_NOUNS or people.lemma_.lower() in {"man", "person"} and people.tag_ == "NNS" \
        and any(c.lower_ in YOUNG_WORDS for c in people.lefts)


def _opposed(trigger: Token, side1: tuple[Actor, ...], side2: tuple[Actor, ...]) -> tuple[tuple[Actor, ...], tuple[Actor, ...]]:
    """A fight has two sides even when the text coordinates them: "X and Y clashed" and
    "fighting between X and Y" make Y actor2, not X's associate."""
    forces = [actor for actor in side2 if is_state_forces(actor)]
    groups = [actor for actor in side2 if actor.inter in ARMED_GROUP_TYPES]
    if not side1 and len(side2) == len(forces) + len(groups) == 2 and len(forces) == 1 and _killed_in_fight(trigger):
        # "a soldier and five rebels were killed in a clash": the dead of both sides, the armed
        # group first as ACLED codes a clash with a state's forces (unless the forces opened it:
        # "police raided the gang's hideout, and two robbers and a constable were killed")
        return (tuple(forces), tuple(groups)) if _opened_by_state(trigger) else (tuple(groups), tuple(forces))
    if trigger.lemma_.lower() not in MUTUAL_EVENTS:
        return side1, side2
    if len(side1) > 1 and (not side2 or side2[0].inter == tx.CIVILIANS):
        return side1[:1], side1[1:2]  # ("X and Y fought, killing 14 people": the people died in X's fight with Y)
    if not side1 and len(side2) > 1 and any(c.dep_ == "prep" and c.lower_ == "between" for c in trigger.children):
        return side2[:1], side2[1:2]
    return side1, side2


# Verbs by which a side tells it beat off an attack, and those that do so with "off" or "back".
REPELLING_VERBS = {"repel", "repulse", "foil", "thwart"}
DRIVING_OFF_VERBS = {"fight", "fend", "beat", "drive", "push"}


def _repelled(verb: Token) -> Token | None:
    """What a side says it beat off: the object of "repelled", "fought off", "beat back"."""
    lemma = verb.lemma_.lower()
    if lemma not in REPELLING_VERBS and not (lemma in DRIVING_OFF_VERBS and any(
            c.dep_ == "prt" and c.lower_ in {"off", "back"} for c in verb.children)):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _attacker_told_before(pronoun: Token) -> Token | None:
    """Whom "them" in "gunmen attacked a police station, and officers fought them off" stands
    for: the subject of the violent act told before it in its sentence."""
    return next((t for t in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]) if t.dep_ in SUBJECT_DEPS
                 and t.tag_ in {"NNS", "NNPS"} and t.head.lemma_.lower() in VIOLENT_ACTS and t.head.i != pronoun.head.i),
                None)


def _force_among(people: Token, resolved: Callable[[Token | None], Actor | None]) -> Actor | None:
    """The state force or armed group among people hurt ("eleven people, including four
    gendarmes"): ACLED codes the organised side struck as the target, not the civilians with it."""
    included = next((g for c in people.children if c.dep_ == "prep" and c.lower_ == "including"
                     for g in c.children if g.dep_ == "pobj"), None)
    actor = resolved(included) if included is not None else None
    return actor if actor is not None and (is_state_forces(actor) or actor.inter in ARMED_GROUP_TYPES) else None


# Verbs by which a leader starts an attack or a war: "the invasion that he launched".
STARTING_VERBS = {"launch", "order", "start", "begin", "wage", "unleash", "mount"}
# What a state's forces are sent into: the invaded state's forces are the other side.
INVASION_NOUNS = {"invasion", "incursion", "occupation"}


def _launched_by(act: Token, context: ActorContext) -> Actor | None:
    """The forces of the state whose leader the clause on an attack noun names as starting it
    ("the full-scale invasion that President X launched", "that he launched" after the president
    in the sentence): a government acts through its military."""
    # (the parser may hang the relative clause on the verb over the noun: "condemn the invasion that he launched")
    clauses = [c for c in act.children if c.dep_ == "relcl"] + [
        c for c in act.head.children if c.dep_ == "ccomp" and c.i > act.i
        and any(d.dep_ == "dobj" and d.lower_ in {"that", "which"} for d in c.children)]
    starter = next((s for clause in clauses if clause.lemma_.lower() in STARTING_VERBS
                    for s in clause.children if s.dep_ == "nsubj"), None)
    if starter is None or act.lemma_.lower() not in ATTACK_NOUNS | INVASION_NOUNS:
        return None
    if starter.lower_ in {"he", "she"}:  # the person the sentence named before
        starter = next((e.root for e in reversed(entities(act.doc)) if e.label_ == "PERSON"
                        and act.sent.start <= e.start and e.end <= starter.i), None)
    actor = resolve_actor(noun_phrase(starter), context) if starter is not None else None
    invaded = [resolve_actor(noun_phrase(o), context) for o in _prepositional_objects(act, {"of"})]
    if actor is None or any(other is not None and other.name == actor.name for other in invaded):
        return None  # (a title read as the government of the invaded country itself)
    return military_of(actor)


def _opened_by_state(trigger: Token) -> bool:
    """Whether the killing at `trigger` (or at the fight it is in) is joined to a clause whose
    subject is a state's forces: "police launched an operation ..., and two men were killed"."""
    killing = trigger.head.head if trigger.dep_ == "pobj" else trigger
    # (or told beside it under a speech verb: "police launched ..., and two men were killed, police said")
    openers = [killing.head] if killing.dep_ == "conj" else [
        c for c in killing.head.children if c.dep_ in {"ccomp", "conj"} and c.i < killing.i and c.pos_ == "VERB"]
    return any(s.lower_ in FORCE_NOUNS | POLICE_NOUNS for opener in openers for s in opener.children
               if s.dep_ in SUBJECT_DEPS)


def _killed_in_fight(trigger: Token) -> bool:
    """"Were killed in a clash", "died in the fighting" (at the killing or at the fight): a killing
    told as the toll of a fight."""
    if trigger.dep_ == "pobj" and trigger.head.lower_ in {"in", "during"}:
        return trigger.lemma_.lower() in FIGHT_NOUNS and trigger.head.head.lemma_.lower() in KILLING_VERBS | DYING_VERBS
    return trigger.lemma_.lower() in KILLING_VERBS | DYING_VERBS and any(
        g.lemma_.lower() in FIGHT_NOUNS for c in trigger.children if c.dep_ == "prep" and c.lower_ in {"in", "during"}
        for g in c.children if g.dep_ == "pobj")


def _place_actor(token: Token) -> Actor | None:
    """The place a phrase names ("the town of X", "X"), as the target under the PLOVER
    convention: CAMEO codes a place acted on by its name when it names no state."""
    heads = [token, *(g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj")]
    place = next((ent for head in heads for ent in entities(token.doc)
                  if ent.label_ in {"GPE", "LOC"} and ent.start <= head.i < ent.end), None)
    if place is None:
        return None
    return Actor(_strip_determiners(place.text), tx.UNKNOWN_ACTOR, Span(place.start_char, place.end_char, place.text))


def _crowd_on_people(trigger: Token, agent: Token | None, actor1: Actor, actor2: Actor) -> bool:
    """Whether people a crowd of people beat, lynch or kill are its target though both are
    civilians: "villagers beat two men to death" (the crowd turns rioters, the men stay civilians)."""
    return actor1.inter == actor2.inter == tx.CIVILIANS and agent is not None and agent.tag_ == "NNS" \
        and agent.lemma_.lower() in CROWD_NOUNS | MOB_NOUNS and trigger.lemma_.lower() in CROWD_VIOLENCE


def _same_side(agent: Actor, target: Actor, target_is_person: bool = False) -> bool:
    """The same actor, or two arms of one state ("Government of X" sending "Military Forces of X").
    A state's side is only as sure as its country: an agent whose state was only guessed from the
    article's main country ("President Y" in an article naming X most) is not X's side when the
    target names X itself, and a named person a state acts on ("met President Y") is a target."""
    states = [re.match(r"(?:Government|Military Forces|Police Forces) of (.+)$", a.name) for a in (agent, target)]
    if not all(states) or states[0].group(1) != states[1].group(1):
        return agent.name == target.name
    if target_is_person:
        return False
    country = states[0].group(1)
    return _names_country(agent, country) or not _names_country(target, country)


def _community_of_person(token: Token, actor: Actor) -> bool:
    """Whether the unknown name an actor was read from only qualifies people named by who they are
    ("Fulani" in "six young Fulani men", "Yazidi" in "a Yazidi activist")."""
    head = _counted(token) or token
    person = head.lemma_.lower() in PERSON_NOUNS or ROLE_NOUNS.get(head.lower_, ("",))[0] == "Civilians"
    return person and any(c.dep_ in {"compound", "amod"} and c.text == actor.name for c in head.lefts)


def _names_person(doc: Doc, actor: Actor) -> bool:
    """Whether the text an actor was resolved from names a person ("President Y", "Y's")."""
    span = doc.char_span(actor.evidence.start, actor.evidence.end, alignment_mode="expand") if actor.evidence else None
    return span is not None and any(ent.label_ == "PERSON" for ent in entities_in(span))


def _names_country(actor: Actor, country: str) -> bool:
    """Whether the text an actor was resolved from names `country` (its name, a demonym or its capital)."""
    text = actor.evidence.text if actor.evidence else ""
    capitals = country_tables()[1]
    return country.lower() in text.lower() or any(
        country_of_word(word) == country or capitals.get(word.lower()) == country
        for word in re.findall(r"[\w.-]+", text)
    )


def _argument_actor(
    token: Token | None, context: ActorContext, claimant: SpacySpan | None, generic_sources: dict[str, Actor]
) -> Actor | None:
    """Resolve an argument; 'its artillery', 'they' point back at whoever makes the claim."""
    if token is None:
        return None
    phrase = noun_phrase(token)
    actor = resolve_actor(phrase, context)
    if actor is None and token.lower_ == "they" and token.dep_ in SUBJECT_DEPS:
        actor = _antecedent_of_they(token, context)
        if actor is not None and not actor.name.startswith("Unidentified Armed Group"):
            return actor
        # unnamed fighters ("Fighters ... say they have captured ...") are left to the rules that
        # name them from the group claiming the act
        actor = None
    owner, depth = _owner(token), 0
    if (_counted(token) or token).lemma_.lower() in FOLLOWER_NOUNS:
        owner = None  # "Morales's opponents", "supporters of the president": whom they follow or oppose
    if token.lemma_.lower() in MUTUAL_EVENTS and owner is not None and owner.head.lower_ == "for":
        owner = None  # "fighting for X's airport", "the battle for the town": what is fought over
    while actor is None and owner is not None and depth < MAX_OWNERS:
        # "Haiti's efforts", "an Indian proposal", "the removal of X", "a ban by X", "X's refusal
        # of Y": the thing is not an actor, its owner is.
        actor = resolve_actor(noun_phrase(owner), context)
        if actor is not None and token.lemma_.lower() in PERSON_NOUNS and _faith_or_people(owner, actor):
            actor = None  # "a Buddhist rubber tapper": who someone is, not whose
        elif actor is not None and _bare_nationality(owner, actor) and token.tag_ == "NNS":
            # "two Mauritanian gold prospectors": people of that country, as ACLED codes victims
            actor = Actor(f"Civilians ({country_of_word(owner.text)})", tx.CIVILIANS, actor.evidence)
        elif actor is not None and _bare_nationality(owner, actor) and token.dep_ == "pobj" \
                and token.head.lower_ in {"on", "in", "at", "near", "off"} \
                and token.lemma_.lower() not in SITE_NOUNS | PERSON_NOUNS:
            actor = None  # "on the central X-ese island of Y": where, not whom (no demonym is an actor)
        elif actor is not None and actor.inter == tx.UNKNOWN_ACTOR and token.lemma_.lower() in SITE_NOUNS:
            # "Kalaw's airport": a name whose site it is is a place, unless the name is an actor's; "a
            # Lebanese border village" is of that country's civilians
            home = country_of_word(owner.text)
            actor = Actor(f"Civilians ({home})", tx.CIVILIANS, actor.evidence) if home else None
        owner, depth = _owner(owner), depth + 1
    if actor is not None and _unnamed_armed(actor) and any(t.dep_ == "poss" and t.lower_ in {"its", "their"}
                                                           for t in phrase):
        # "its fighters" where no armed side speaks ("..., according to the UN"; no speaker): the
        # fighters of the armed group the text named last (not one named only denying a part in
        # an attack), else of the group that claimed one
        speaker = _speaking_group(claimant, context, generic_sources) if claimant is not None else None
        if speaker is None or speaker.inter not in ARMED_GROUP_TYPES:
            named = last_named_group(phrase, context, past_deniers=True) or _claiming_actor(context)
            if named is not None:
                return Actor(named.name, named.inter, actor.evidence)
    if claimant is None:
        return actor
    if actor is None and token.lower_ in {"they", "he", "she"} and token.i < claimant.start:
        # "They then set fire to mattresses, officials said": a pronoun told before its speaker
        # refers back to the report, not to the speaker (who would say "we")
        return None
    if actor is None and any(t.lower_ in REFERRING_WORDS for t in phrase) and token.lemma_.lower() not in RIDERS:
        # ("struck a bus, killing its driver": a vehicle's, not the speaker's)
        return _claimant_actor(claimant, context, generic_sources)
    if actor is not None and any(t.dep_ == "poss" and t.lower_ in OWN_WORDS for t in phrase):
        return _owned_by_claimant(actor, phrase, _speaking_group(claimant, context, generic_sources))
    if actor is not None and _unnamed_armed(actor) and not (_role_country(actor) and _names_country(actor, _role_country(actor))):
        # "Separatist fighters killed four soldiers, the X Front said": unnamed fighters whose act an
        # armed group tells are that group's
        speaker = _speaking_group(claimant, context, generic_sources)
        if speaker is not None and speaker.inter in ARMED_GROUP_TYPES and not _unnamed_armed(speaker):
            return Actor(speaker.name, speaker.inter, actor.evidence)
    return actor


def _claiming_actor(context: ActorContext) -> Actor | None:
    """The armed group that claims an attack in the article (`ActorContext.claiming_group`)."""
    if context.claiming_group is None:
        return None
    name = context.claiming_group[0]
    return Actor(name, context.types.get(name) or _known_type(name))


def _unnamed_armed(actor: Actor) -> bool:
    """An armed side named only by its role: "Unidentified Armed Group (X)", "Rebels (X)"."""
    return _bare_name(actor) in {"Unidentified Armed Group", "Rebels", "Militia"}


def _speaking_group(claimant: SpacySpan, context: ActorContext, generic_sources: dict[str, Actor]) -> Actor | None:
    """Who speaks, as `_claimant_actor`; "the group said" with no known issuer is the armed group
    the article named last."""
    speaker = _claimant_actor(claimant, context, generic_sources)
    if (speaker is None or _bare_name(speaker) in ROLE_NAMES) and claimant.root.lemma_.lower() in GROUP_NOUNS | UNIT_HEADS:
        return last_named_group(claimant, context) or speaker
    return speaker


def _bare_nationality(word: Token, actor: Actor) -> bool:
    """Whether an adjective before a noun is a country's demonym read as an actor of that name
    ("Mauritanian" in "Mauritanian gold prospectors"), which no coding scheme has as an actor."""
    return word.dep_ == "amod" and actor.name == _strip_determiners(word.text) and bool(country_of_word(word.text)) \
        and not _is_country_or_capital(word.text)


def _faith_or_people(word: Token, actor: Actor) -> bool:
    """Whether an adjective names a faith or a people the data knows as no actor and no country
    ("Buddhist", "Christian", "Nuer")."""
    return word.dep_ == "amod" and word.ent_type_ == "NORP" and actor.inter == tx.UNKNOWN_ACTOR \
        and not country_of_word(word.text)


def _antecedent_of_they(pronoun: Token, context: ActorContext) -> Actor | None:
    """Whom a subject "they" names: the nearest subject before it in its sentence ("troops raided
    the village, where they burned homes"; "the Houthis said they had fired"), else the subject of the sentence before when
    that is an armed group or a state's forces ("Fano fighters have targeted teachers. On Sunday,
    they abducted a director")."""
    sent = pronoun.sent
    before = [t for t in sent if t.i < pronoun.i and t.dep_ in SUBJECT_DEPS and t.lower_ not in PRONOUNS]
    for subject in reversed(before):
        actor = resolve_actor(noun_phrase(subject), context)
        if actor is not None:
            return actor
    if before or sent.start == 0:
        return None
    previous = pronoun.doc[sent.start - 1].sent
    subject = _leading_subject(previous)
    armed = ARMED_GROUP_TYPES | {tx.STATE_FORCES, tx.EXTERNAL_FORCES}
    actor = resolve_actor(subject, context) if subject is not None else None
    if subject is not None and len(subject) > 1 and (actor is None or _bare_name(actor) in ROLE_NAMES):
        # an unparsed "Fano fighters" is named by the words before its noun
        named = resolve_actor(subject[:-1], context)
        actor = named if named is not None and named.inter in ARMED_GROUP_TYPES else actor
    return actor if actor is not None and actor.inter in armed else None


def _leading_subject(sentence: SpacySpan) -> SpacySpan | None:
    """The sentence's subject: its root's, or where the sentence was not parsed (only event
    sentences are), the words it opens with up to a force or member noun ("Fano fighters have
    ...", "Government troops ...")."""
    if any(t.dep_ not in {"dep", "ROOT", ""} for t in sentence):
        root = sentence.root
        # "X killed 17 prisoners ..., officials said": the subject of what was said, not the speaker
        told = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None) \
            if root.lemma_.lower() in {"say", "tell", "report", "add", "confirm", "state"} else None
        subject = next((c for c in (told or root).children if c.dep_ in SUBJECT_DEPS and c.lower_ not in PRONOUNS),
                       None)
        return noun_phrase(subject) if subject is not None else None
    opening = sentence.doc[sentence.start : min(sentence.start + 4, sentence.end)]
    head = next((t for t in opening if t.lower_ in MEMBER_NOUNS | FORCE_NOUNS), None)
    if head is None or any(t.is_punct for t in sentence.doc[sentence.start : head.i]):
        return None
    return sentence.doc[sentence.start : head.i + 1]


def _claimant_actor(claimant: SpacySpan, context: ActorContext, generic_sources: dict[str, Actor]) -> Actor | None:
    """Who makes the claim, as an actor; a generic source ("the statement", "the group") is the
    actor known to have issued it."""
    source_head = claimant.root.lower_
    if source_head in generic_sources:
        return generic_sources[source_head]
    actor = resolve_actor(claimant, context)
    if (actor.inter == tx.UNKNOWN_ACTOR or _unnamed_armed(actor)) if actor is not None \
            else claimant.root.lemma_.lower() in UNIT_HEADS - GROUP_NOUNS:
        # a source named by what it is to another ("the group's armed wing", "X, the movement's
        # news agency"): whom claim sources read it as speaking for
        from eventwire.extract.claim_sources import source_actor  # (claim_sources reads this module)

        actor = source_actor(claimant, context, generic_sources) or actor
    if actor is not None and actor.name.startswith("Unidentified") and "group" in generic_sources:
        return generic_sources["group"]
    return actor


def _owned_by_claimant(actor: Actor, phrase: SpacySpan, owner: Actor | None) -> Actor:
    """"its fighters", "their forces", "his men" inside what an actor says are that actor's own:
    a role ("fighters") is the speaking group itself, and forces whose country the phrase does
    not name are the speaking state's ("the ministry said its forces" -> that state's military)."""
    if owner is None or _bare_name(owner) in ROLE_NAMES:
        return actor
    if _bare_name(actor) in ROLE_NAMES:
        return Actor(owner.name, owner.inter, actor.evidence)
    state = re.match(r"(?:Government|Military Forces|Police Forces) of (.+)$", owner.name)
    kind = re.match(r"(Military|Police) Forces of (.+)$", actor.name)
    if kind and not _names_country(actor, kind.group(2)):
        if state:
            return Actor(forces_name(kind.group(1), state.group(1)), tx.STATE_FORCES, actor.evidence)
        return Actor(owner.name, owner.inter, actor.evidence)  # "the SDF said its forces": the group's own
    return actor
