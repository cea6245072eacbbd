"""Crowds at an event: protesters, rioters, and the forces that disperse or fire on them."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from eventwire import taxonomy as tx
from eventwire.extract.texts import token_span
from eventwire.extract.who.arguments import (
    CROWD_PARTS, _set_off_first, _used_on, event_arguments, governing_verb, in_dateline, patient_candidates,
)
from eventwire.extract.who.context import ActorContext
from eventwire.extract.who.lexicon import (
    ARMED_GROUP_TYPES, ATTACK_NOUNS, DESTRUCTIVE_ACTS, DETAINING_ACTS, FOLLOWER_NOUNS, PERSON_NOUNS, PROTEST_LEMMAS,
    ROLE_NAMES, SUBJECT_DEPS, UNARMED_CROWDS, VIOLENT_ACTS,
)
from eventwire.extract.who.names import (
    _bare_name, _counted, _is_country_or_capital, _local_actor, _located_country, _role_country,
    military_of, noun_phrase, unique_actors,
)
from eventwire.extract.who.resolve import resolve_actor
from eventwire.records import Actor

RIOT_LEMMAS = {"riot"}
ANGRY_WORDS = {"angry", "angered", "irate", "furious", "enraged"}


def _protesters_first(side1: tuple[Actor, ...], side2: tuple[Actor, ...]) -> tuple[tuple[Actor, ...], tuple[Actor, ...]]:
    """ACLED codes the protesters (or rioters) as actor1 of a protest and the state forces that
    dispersed, arrested or shot at them as actor2: "police fired tear gas at protesters"."""
    crowd = _bare_name(side2[0]) if side2 else ""
    if crowd in {"Protesters", "Rioters"} and (not side1 or side1[0].inter == tx.STATE_FORCES):
        return side2, side1
    return side1, side2


# What a crowd does an act to press for: "blocked a highway to demand unpaid wages".
PROTEST_PURPOSES = {"demand", "protest", "denounce", "press", "condemn", "oppose", "reject", "decry"}
# Nouns that name a protest as a thing state forces act on: "broke up a protest".
PROTEST_NOUNS = {"protest", "demonstration", "rally", "march", "sit-in", "gathering", "vigil"}
# A crowd that blocks a road protests (ACLED codes road blockades as protests): "blocked highways".
BLOCKING_VERBS = {"block", "barricade"}
ROAD_NOUNS = {"road", "highway", "street", "boulevard", "avenue", "bridge", "junction", "route", "motorway",
              "crossing", "roundabout", "intersection"}
# People who make up a crowd besides those named by who they are: "hundreds of young people".
CROWD_NOUNS = PERSON_NOUNS | FOLLOWER_NOUNS | {"people", "youth", "youngster", "inhabitant", "graduate", "relative",
                                               "family", "mother", "widow", "veteran", "retiree", "pensioner",
                                               "employee", "pupil", "schoolchild", "hawker"}


def _protest_subject(verb: Token) -> Token | None:
    """Who protests: the verb's own subject, or for a purpose clause ("marched to protest",
    "blocked the road to protest") the subject of the verb it is the purpose of."""
    # (not a wire dateline the parser took for one: "KORVA, Kenya - Widows walked ...")
    # (not the phrase commas set off before it: "In X, the regional capital, dozens of traders marched")
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and not in_dateline(c)]
    subject = subjects[-1] if _set_off_first(subjects) else next(iter(subjects), None)
    if subject is not None and subject.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
        subject = verb.head  # "workers who had blocked the highway"
    if subject is None and verb.dep_ in {"advcl", "xcomp"} and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                  for c in verb.children):
        subject = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None and verb.dep_ == "acl":
        subject = verb.head  # "Dozens of graduates protested ...", parsed as the noun's clause
    if subject is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        subject = _protest_subject(verb.head)  # "mourners carried the coffins ... and blocked the road"
    return subject


def _protest_acts(sentence: SpacySpan, trigger: Token | None) -> list[Token]:
    """The verbs of a sentence that tell a protest: "protested", "marched", an act done to press a
    demand ("blocked a highway to demand unpaid wages"), "in protest" ("blocked the road in
    protest at the arrests") or chanting ("walked through the town, chanting slogans"), or a
    crowd's blocking of a road ("blocked highways for a tenth day")."""
    return [t for t in sentence if (trigger is None or t.i != trigger.i) and t.pos_ == "VERB" and (
        t.lemma_.lower() in PROTEST_LEMMAS or any(
            c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in PROTEST_PURPOSES
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in t.children)
        or any(c.dep_ == "dobj" and _names_protest(c) for c in t.children)
        or any(c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() == "chant" for c in t.children)
        or any(c.dep_ == "prep" and c.lower_ == "in" and any(_names_protest(g) for g in c.children)
               for c in t.children)
        or t.lemma_.lower() in BLOCKING_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in ROAD_NOUNS
                                                      for c in t.children))]


def _tells_protest(trigger: Token) -> bool:
    """Whether the event's word tells a protest: a protest verb or noun ("staged a sit-in"), or an
    act done to press a demand."""
    return trigger.lemma_.lower() in PROTEST_LEMMAS or _names_protest(trigger) or _goes_on_strike(trigger) \
        or trigger in _protest_acts(trigger.sent, None)


def _goes_on_strike(verb: Token) -> bool:
    """"Bus drivers went on strike": a walkout is a protest ("on strike" names no air strike)."""
    return verb.lemma_.lower() in {"go", "be", "remain", "stay"} and any(
        c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "strike" and not list(g.lefts) for g in c.children)
        for c in verb.children)


# A protest verb's -ing form the parser may take for a noun: "fired on a crowd marching on X",
# parsed as "a crowd marching" with "crowd" compounded before "marching".
PROTEST_GERUNDS = {"marching", "protesting", "demonstrating", "rallying"}


# What a gathering is for when it is no protest: "a wedding gathering", "a funeral gathering".
OCCASION_WORDS = {"wedding", "funeral", "burial", "prayer", "religious", "family", "birthday", "festival", "christening",
                  "iftar", "engagement", "mourning"}


def _names_protest(noun: Token) -> bool:
    """"a protest", "a rally", "a sit-in" (which the tokenizer splits), "a crowd marching"; not a
    gathering for an occasion ("struck a wedding gathering": those struck are civilians)."""
    if noun.lemma_.lower() == "gathering" and any(c.lemma_.lower() in OCCASION_WORDS for c in noun.lefts):
        return False
    return noun.lemma_.lower() in PROTEST_NOUNS or (noun.lower_ == "in" and any(c.lower_ == "sit" for c in noun.lefts)) \
        or noun.lower_ in PROTEST_GERUNDS and any(c.dep_ == "compound" for c in noun.lefts)


# What a crowd does when it riots rather than fights: loots, burns, smashes, lynches.
MOB_ACTS = {"loot", "ransack", "pillage", "plunder", "burn", "torch", "set", "vandalise", "vandalize", "smash",
            "lynch", "stone"}

# Nouns for a crowd that no other word names as anyone's: "crowds looted shops".
MOB_NOUNS = {"crowd", "mob"}
# What a crowd does to people when it riots: "protesters attacked a police unit".
CROWD_VIOLENCE = {"attack", "assault", "beat", "stab", "kill", "lynch", "wound", "injure"}
# What a crowd does when it throws things at the forces: "threw stones", "hurled rocks".
STONING_VERBS = {"throw", "hurl", "pelt"}
# What a rioting crowd throws ("threw stones at officers"; not "threw a grenade").
THROWN_THINGS = {"stone", "rock", "brick", "bottle", "projectile", "cocktail", "missile"}


def _throws_stones(verb: Token) -> bool:
    """"Threw stones at gendarmes", "hurled rocks and bottles", "pelted officers with stones"."""
    return verb.lemma_.lower() in STONING_VERBS and any(
        t.lemma_.lower() in THROWN_THINGS for c in verb.children if c.dep_ in {"dobj", "prep"}
        for t in (c, *c.subtree) if t.pos_ == "NOUN")


def _with_fire(verb: Token) -> bool:
    """A crowd's act done with burning things ("blocked the road with burning tyres"): ACLED codes
    burning barricades as a violent demonstration, its crowd as rioters. (The parser may hang the
    "with" on the object: "barricaded the main road with burning tyres".)"""
    held = [*verb.children, *(g for o in verb.children if o.dep_ == "dobj" for g in o.children)]
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(
        a.lower_ in {"burning", "blazing", "flaming"} for g in c.children if g.dep_ == "pobj"
        for t in (g, *g.conjuncts) for a in t.lefts) for c in held)


def _as_protesters(token: Token | None, context: ActorContext) -> Actor | None:
    """A crowd that protests as ACLED codes it: civilians, or people named by who they are
    ("hundreds of traders", "young people"), are protesters of the country they protest in."""
    if token is None:
        return None
    people = _counted(token) or token
    actor = resolve_actor(noun_phrase(people), context)
    role = _bare_name(actor) if actor is not None else ""
    if actor is not None and role not in UNARMED_CROWDS:
        return None
    if actor is None and not any(_names_people(p) for p in (people, *people.conjuncts)):
        return None  # ("university staff and students": a crowd one of whose parts is people)
    return _local_actor("Protesters", tx.PROTESTERS, people.sent, context.country,
                        token_span(people))


def _names_people(noun: Token) -> bool:
    """A noun for people: one of the crowd nouns, or a compound of "man" or "woman" ("tribesmen",
    "fishermen", "clanswomen"; the armed ones, "gunmen", resolve to an actor before this is asked)."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma in CROWD_NOUNS or lemma.endswith("man"))


def _dispersed_crowd(trigger: Token, context: ActorContext) -> tuple[Actor, ...]:
    """Whom state forces acted on when the words name no one but a protest: "police broke up a
    protest", "traders protested ..., and police used tear gas to scatter them"."""
    # (or a crowd told by its march: "fired on a crowd marching on X", parsed as the noun "marching")
    protest = next((t for t in patient_candidates(trigger) if _names_protest(t)), None)
    if protest is not None:
        return (_local_actor("Protesters", tx.PROTESTERS, protest.sent, context.country,
                             token_span(protest)),)
    acts = _protest_acts(trigger.sent, trigger)
    if not acts and _disperses_them(trigger) and trigger.sent.start > 0:
        # "Angry youths blocked the road with burning tyres and stoned cars. Soldiers fired into
        # the air to disperse them.": the crowd the sentence before told, as its act makes it
        before = trigger.doc[trigger.sent.start - 1].sent
        return unique_actors(_crowd_of(verb, context) for verb in _protest_acts(before, None)[:1])
    crowds = [(verb, _as_protesters(_protest_subject(verb), context)) for verb in acts[:1]]
    # ("blocked the road with burning tyres, and police fired tear gas": rioters)
    return unique_actors(_as_rioters(crowd) if crowd is not None and _with_fire(verb) else crowd for verb, crowd in crowds)


def _crowd_of(verb: Token, context: ActorContext) -> Actor | None:
    """The crowd whose protest a verb tells, as protesters or, by what it does there ("angry
    youths blocked the road and stoned cars"), rioters."""
    protesters = _as_protesters(_protest_subject(verb), context)
    if protesters is None:
        return None
    people = Actor(protesters.name.replace("Protesters", "Civilians", 1), tx.CIVILIANS, protesters.evidence)
    crowd = _crowd(verb, (people,), context.country)[0]
    return crowd if crowd.inter == tx.RIOTERS else protesters


def _disperses_them(act: Token) -> bool:
    """Whether an act is done to disperse people it names only as "them" ("fired into the air to
    disperse them", "fired tear gas to disperse them" found at "gas")."""
    verb = act if act.pos_ == "VERB" else governing_verb(act)
    return verb is not None and any(any(g.dep_ == "dobj" and g.lower_ == "them" for g in c.children)
                                    for c in _dispersals(verb))


def _disperses(act: Token) -> bool:
    """Whether an act scatters a crowd or is done to: "dispersed the crowd", "fired warning shots
    to keep them away"."""
    verb = act if act.pos_ == "VERB" else governing_verb(act)
    return verb is not None and bool(_dispersals(verb))


def _dispersals(verb: Token) -> list[Token]:
    """The verb itself where it scatters a crowd, and the clauses that tell it was done to."""
    return [c for c in (verb, *verb.children) if c.lemma_.lower() in DISPERSAL_PURPOSES
            and (c is verb or c.dep_ in {"advcl", "xcomp"})]


def _as_rioters(crowd: Actor) -> Actor:
    """Protesters (X) -> Rioters (X)."""
    if crowd.inter != tx.PROTESTERS:
        return crowd
    return Actor(crowd.name.replace("Protesters", "Rioters", 1), tx.RIOTERS, crowd.evidence)


# Armed acts a state carries out through its forces: "Iran fired 180 missiles at Israel".
FORCE_ACTS = ATTACK_NOUNS | {"fire", "launch", "shoot", "strike", "shell", "bomb", "attack", "hit", "pound", "raid",
                             "invade", "storm"}


def _state_as_its_forces(trigger: Token, side1: tuple[Actor, ...], takes_ground: bool = False) -> tuple[Actor, ...]:
    """A state named bare ("Iran", "Moscow") as who fired, shelled or struck, or (`takes_ground`)
    took or retook ground: its military forces, as ACLED codes the act ("Iran fired missiles at
    Israel", "the city was retaken by Ukraine")."""
    first = side1[0] if side1 else None
    military = military_of(first) if first is not None else None
    if military is None or first.evidence is None or not _is_country_or_capital(first.evidence.text) \
            or trigger.lemma_.lower() not in FORCE_ACTS and not takes_ground:
        return side1
    return (military, *side1[1:])


# Verbs by which forces end a protest: "dispersed a protest", "broke up a rally".
DISPERSING_VERBS = {"disperse", "break", "clear", "crush", "suppress", "quell", "storm"}
# What forces do a crowd to besides: "fired into the air to scatter them", "to keep them away".
DISPERSAL_PURPOSES = DISPERSING_VERBS | {"scatter", "keep", "push", "drive", "chase"}
# The armed sides other than a state's own forces: armed groups and foreign or international forces.
NON_STATE_ARMED = ARMED_GROUP_TYPES | {tx.EXTERNAL_FORCES}


def _acts_on_protest(trigger: Token) -> bool:
    """Whether the forces' act at `trigger` is aimed at a protest ("opened fire on a rally") or its
    sentence has them dispersing one ("as they dispersed a protest")."""
    targets = patient_candidates(trigger)
    if any(_names_protest(t) for t in targets):
        return True
    protesting = _protest_acts(trigger.sent, trigger)
    if any(c.lemma_.lower() in PROTEST_LEMMAS | PROTEST_PURPOSES or c in protesting for c in _target_clauses(trigger)):
        # "fired tear gas at supporters protesting against the result", "at hundreds of people
        # marching", "at workers who had blocked the highway", "into a crowd demanding X's release"
        return True
    if any(c.dep_ == "amod" and c.lower_ == "striking" for t in _target_people(trigger) for c in t.children):
        return True  # "fired on striking miners": a strike is a protest
    verb = trigger if trigger.pos_ == "VERB" else governing_verb(trigger)
    if verb is not None and any(c.dep_ == "prep" and c.lower_ in {"during", "at"}
                                and any(_names_protest(g) for g in c.children) for c in verb.children):
        return True  # "was shot dead by a gendarme during a protest"
    if any(t.lemma_.lower() == "crowd" for t in targets) and any(
            t.lemma_.lower() in PROTEST_LEMMAS and t.pos_ == "VERB" or _names_protest(t) for t in trigger.doc):
        return True  # "opened fire on crowds" in a report of protests
    # ("as they broke up a march", the noun parsed as an adverbial of "broke")
    return any(_names_protest(t) and t.dep_ in {"dobj", "npadvmod"} and t.head.lemma_.lower() in DISPERSING_VERBS
               for t in trigger.sent)


def _forces_fired_on(trigger: Token, context: ActorContext) -> tuple[Actor, ...]:
    """The state forces that acted on the crowd whose act a relative clause, or a clause of when
    or why, tells: "police fired tear gas at students who threw stones" (the stone-throwing's other
    side is the police), "officers used water cannon when a few marchers hurled rocks"."""
    clause = trigger if trigger.pos_ == "VERB" else governing_verb(trigger)
    acting = _crowd_act(clause)
    dispersed = _dispersed_by(acting, context) if acting is not None else ()
    if dispersed:
        return dispersed
    while clause is not None and clause.dep_ == "conj" and clause.head.pos_ == "VERB":
        clause = clause.head
    if clause is not None and clause.dep_ == "advcl" and clause.head.lemma_.lower() in FORCE_ACTS | CROWD_HANDLING \
            and clause.head.dep_ != "ccomp":
        # "officers used water cannon when a few marchers hurled rocks": the forces whose act the
        # crowd's act is the occasion of (not in a side's account, "officials said officers had fired
        # after demonstrators threw stones", which tells the protest told before and joins it by
        # its crowd)
        agent, _ = event_arguments(clause.head)
        actor = resolve_actor(noun_phrase(agent), context) if agent is not None else None
        return (actor,) if actor is not None and actor.inter == tx.STATE_FORCES else ()
    if clause is None or clause.dep_ not in {"relcl", "acl"}:
        return ()
    crowd = clause.head
    # (the verb whose object the crowd is, or a count of it: "at thousands of students who ...")
    acting = governing_verb(crowd) if crowd.dep_ in {"pobj", "dobj"} else None
    if acting is None or acting.lemma_.lower() not in FORCE_ACTS | DISPERSING_VERBS:
        return ()
    agent, _ = event_arguments(acting)
    actor = resolve_actor(noun_phrase(agent), context) if agent is not None else None
    return (actor,) if actor is not None and actor.inter == tx.STATE_FORCES else ()


def _dispersed_by(clause: Token, context: ActorContext) -> tuple[Actor, ...]:
    """Those by whom a crowd is told dispersed or detained in a passive verb joined to its own act:
    "about 40 women gathered ... and were dispersed by fighters who fired into the air"."""
    for verb in clause.conjuncts:
        if verb.i > clause.i and verb.lemma_.lower() in DISPERSING_VERBS | DETAINING_ACTS \
                and any(c.dep_ == "auxpass" for c in verb.children):
            agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            actor = resolve_actor(noun_phrase(agent), context) if agent is not None else None
            if actor is not None and actor.inter not in {tx.CIVILIANS, tx.PROTESTERS, tx.RIOTERS}:
                return (actor,)
    return ()


def _crowd_act(clause: Token | None) -> Token | None:
    """The crowd's own act a clause belongs to: "gathered ... to protest" is "gathered"'s."""
    while clause is not None and clause.dep_ in {"advcl", "xcomp"} and clause.head.pos_ == "VERB" \
            and not any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        clause = clause.head
    return clause


# What forces do to a crowd besides firing on or scattering it: "police beat several of them",
# "police detained several of them", "police drove them back", "police responded with tear gas".
CROWD_HANDLING = DETAINING_ACTS | {"use", "beat", "drive", "push", "chase", "remove", "restore", "evict", "scatter",
                                   "drag", "respond", "intervene"}


def _forces_facing_crowd(trigger: Token, context: ActorContext) -> tuple[Actor, ...]:
    """State forces whose act on a crowd a clause joined after the crowd's own tells: "blocked
    the road with burning tyres, and soldiers cleared the barricades", "burned shops, and police
    fired tear gas", "marched ..., and soldiers fired into the air to disperse them", "gathered
    ..., and police detained several of them" (ACLED codes the one event, the crowd as actor1 and
    the forces as actor2)."""
    clause = _crowd_act(trigger if trigger.pos_ == "VERB" else governing_verb(trigger))
    if clause is None:
        return ()
    for verb in _joined_clauses(clause):
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None and verb.lemma_.lower() in FORCE_ACTS | DISPERSING_VERBS | CROWD_HANDLING:
            actor = resolve_actor(noun_phrase(subject), context)
            if actor is not None and (actor.inter == tx.STATE_FORCES or actor.inter in NON_STATE_ARMED
                                      and _disperses(verb)):
                # (an armed group or peacekeepers only where they act to scatter the crowd:
                # "and X fighters fired into the air to disperse them")
                return (actor,)
    return ()


def _joined_clauses(clause: Token) -> list[Token]:
    """The verbs of the clauses "and" joins after `clause`'s: its conjuncts, and a verb whose
    subject opens right after an "and" past it (which the parser may hang on a reporting verb:
    "residents blocked roads ..., and soldiers cleared the barricades, the army said")."""
    opened = [verb for verb in clause.sent if verb.i > clause.i and verb.pos_ == "VERB"
              and _opening_and(verb) is not None]
    joined = [*(c for c in clause.conjuncts if c.i > clause.i), *opened]
    # (and a clause told as what came after it: "set fire to a house before police dispersed the
    # crowd", "blocked the road until soldiers scattered them")
    # (or on the purpose it was done for: "stoned a bus to demand X until officers fired tear gas")
    holders = [held for verb in (clause, *joined) for held in (verb, *(
        c for c in verb.children if c.dep_ in {"xcomp", "advcl"} and c.pos_ == "VERB"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)))]
    # (and the forces' act a clause joined after tells as the time of its own: "..., and a boy was
    # trampled when soldiers scattered them")
    later = [c for verb in holders for c in verb.children if c.dep_ == "advcl" and c.pos_ == "VERB"
             and any(m.dep_ in {"mark", "advmod"} and (m.lower_ in LATER_MARKS or verb in joined and m.lower_ == "when")
                     for m in c.children)]
    # (or the act it is told as coming before: "police fired tear gas ... after a crowd set fire to an office")
    earlier = [clause.head] if clause.dep_ == "advcl" and clause.head.pos_ == "VERB" and any(
        m.dep_ == "mark" and m.lower_ == "after" for m in clause.children) else []
    while earlier and earlier[-1].dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in earlier[-1].children):
        earlier.append(earlier[-1].head)  # ("police fired tear gas and arrested six ... after ...")
    return list(dict.fromkeys([*joined, *later, *earlier]))


# Words that open a clause told as coming after the one it hangs on: "... before police dispersed them".
LATER_MARKS = {"before", "until", "till"}


def _opening_and(verb: Token) -> Token | None:
    """The "and" (or "but") right before a verb's subject (or a passive's: "..., and three
    villagers were shot dead") that opens its clause."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS | {"nsubjpass"} and c.i < verb.i), None)
    if subject is None or subject.left_edge.i == 0:
        return None
    before = verb.doc[subject.left_edge.i - 1]
    return before if before.lower_ in {"and", "but"} else None


def _crowd_act_before(trigger: Token) -> Token | None:
    """The act of the clause before the "and" that opens the clause of the act at `trigger` ("part
    of the crowd stoned the camp ..., and soldiers used tear gas to scatter them" at "gas": the
    stoning), the verb with a subject above the last word before the "and"."""
    clause = _crowd_act(trigger if trigger.pos_ == "VERB" else governing_verb(trigger))
    joining = _opening_and(clause) if clause is not None else None
    if joining is None:
        return None
    last = joining.doc[joining.i - 1]
    while last.is_punct and last.i > last.sent.start:
        last = last.doc[last.i - 1]
    return next((t for t in (last, *last.ancestors) if t.pos_ == "VERB" and t.i < joining.i
                 and any(c.dep_ in SUBJECT_DEPS for c in t.children)), None)


def _target_people(trigger: Token) -> list[Token]:
    """Whom the act at `trigger` is aimed at, and the people a count among them counts ("hundreds
    of people")."""
    targets = [*patient_candidates(trigger), *_used_on(trigger)]
    return [*targets, *(counted for t in targets for counted in (_counted(t),) if counted is not None)]


def _target_clauses(trigger: Token) -> list[Token]:
    """The verbs that tell what those the act is aimed at were doing: "people protesting", "youths
    who threw stones and burned a police post"."""
    clauses = [c for t in _target_people(trigger) for c in t.children if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB"]
    # (and what they were doing as they did it: "people gathered outside the office demanding X")
    return [*clauses, *(c for clause in clauses for c in clause.conjuncts if c.pos_ == "VERB" and c.i > clause.i),
            *(c for clause in clauses for c in clause.children if c.dep_ == "advcl" and c.tag_ == "VBG")]


def _targets_riot(trigger: Token) -> bool:
    """Whether those the act is aimed at were rioting as it happened: "fired tear gas at youths
    who threw stones and set fire to a police post", "opened fire on young men who were rioting"."""
    return any(c.lemma_.lower() in MOB_ACTS | STONING_VERBS | RIOT_LEMMAS for c in _target_clauses(trigger))


def _crowd(trigger: Token, side1: tuple[Actor, ...], country: str = "") -> tuple[Actor, ...]:
    """"Relatives of missing people marched": civilians who march, protest or rally are protesters,
    those who riot, or burn and loot in anger ("angry youths set fire to ..."), rioters, as ACLED
    codes them."""
    lemma = trigger.lemma_.lower()
    # (the acts the same subject goes on to: "protesters blocked roads and looted shops"; a noun's
    # are its verb's: "blocked the road with burning tyres and stoned passing cars")
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else governing_verb(trigger) or trigger
    # (or that part of the crowd goes on to: "marched ..., and some set fire to a chief's house")
    acts = {lemma, verb.lemma_.lower(), *(c.lemma_.lower() for c in verb.conjuncts if c.pos_ == "VERB" and c.i > verb.i
                                          and not any(g.dep_ in SUBJECT_DEPS and g.lower_ not in CROWD_PARTS
                                                      for g in c.children))}
    if side1 and side1[0].inter == tx.PROTESTERS and (acts & (DESTRUCTIVE_ACTS - ATTACK_NOUNS | CROWD_VIOLENCE)
                                                      or _with_fire(verb)):
        # "protesters set fire to a police post", "protesters stormed parliament", "protesters
        # attacked a police unit": a violent demonstration's crowd are rioters
        return (_as_rioters(side1[0]), *side1[1:])
    if side1 and side1[0].inter in {tx.UNKNOWN_ACTOR, tx.POLITICAL_MILITIAS} and _bare_name(side1[0]) \
            not in ROLE_NAMES and lemma not in VIOLENT_ACTS and _tells_protest(trigger):
        # "Members of the X Committee staged a sit-in to demand ...": ACLED codes the protesters
        # as actor1 and the organisation as their associate
        return (_local_actor("Protesters", tx.PROTESTERS, trigger.sent, country, side1[0].evidence), *side1)
    if not side1 or _bare_name(side1[0]) not in UNARMED_CROWDS - {"Protesters"}:
        return side1
    agent, _ = event_arguments(trigger)
    angry = agent is not None and any(c.lower_ in ANGRY_WORDS for c in agent.lefts) and lemma in DESTRUCTIVE_ACTS
    # ACLED never codes civilians as the side that acts: a crowd of them that loots, burns,
    # lynches, or attacks or beats people riots ("groups of youths looted supermarkets",
    # "villagers lynched a suspected thief", "villagers attacked a patrol with stones")
    crowd = agent is not None and ((_counted(agent) or agent).tag_ in {"NNS", "NNPS"} or agent.lemma_.lower() in MOB_NOUNS)
    mob = _bare_name(side1[0]) == "Civilians" and (bool(acts & MOB_ACTS) or crowd and bool(acts & CROWD_VIOLENCE) or any(
        _throws_stones(v) for v in (verb, *verb.conjuncts) if v.pos_ == "VERB"))
    burning = _with_fire(verb) and _tells_protest(verb)  # "blocked roads with burning tyres"
    if lemma not in PROTEST_LEMMAS | RIOT_LEMMAS and not angry and not mob and not burning and not _tells_protest(trigger):
        return side1
    riot = lemma in RIOT_LEMMAS or angry or mob or burning  # "angry youths set fire to a police station"
    role, inter = ("Rioters", tx.RIOTERS) if riot else ("Protesters", tx.PROTESTERS)
    # (a crowd is of the country it gathers in: "Serbs blocked the road into X" in Kosovo)
    first = side1[0]
    where = _located_country(trigger.sent) or country or _role_country(first)
    return (Actor(f"{role} ({where})" if where else role, inter, first.evidence), *side1[1:])
