"""The syntax of an event's trigger: its governing verb, agent, patient candidates, datelines."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.who.lexicon import (
    ATTACK_NOUNS, DETAINING_ACTS, OBJECT_DEPS, PLACE_NOUNS, PRONOUNS, PROTEST_LEMMAS, SUBJECT_DEPS, TARGET_PREPOSITIONS,
    VIOLENT_ACTS,
)
from eventwire.extract.who.names import in_dateline, set_off_name
from eventwire.extract.who.tables import country_of_word

LINK_VERBS = {"link", "back", "affiliate", "align", "ally", "inspire", "support", "sponsor", "fund", "loyal"}

# Verbs by which forces are sent somewhere ("troops deployed to the town after the raid").
SENDING_VERBS = {"send", "deploy", "dispatch", "rush", "fly", "bring", "move", "post", "station", "redeploy"}

RECIPIENT_PREPOSITIONS = TARGET_PREPOSITIONS | {"to", "from", "for", "toward", "towards", "over", "between"}
PLACE_PREPOSITIONS = {"in", "into"}
# Prepositions by which a thing names whom it is aimed at ("sanctions against X", "protest at X").
AIMED_PREPOSITIONS = TARGET_PREPOSITIONS | {"to", "toward", "towards", "over", "from", "between", "among", "into"}
CONDITION_MARKS = {"if", "unless"}
CASUALTY_VERBS = {"kill", "wound", "injure", "leave", "behead", "execute", "maim"}

# Verbs by which shots are fired into what they are aimed at: "fired into a crowd".
FIRING_VERBS = {"fire", "shoot"}

# Verbs by which a vehicle is driven into what it strikes ("rammed a truck packed with explosives
# into the gate of a base"), and the parts of a site whose site was struck.
RAMMING_VERBS = {"ram", "drive", "crash", "plough", "plow", "steer", "slam"}
ENTRANCE_NOUNS = {"gate", "gates", "entrance", "wall", "walls", "fence", "door", "doors", "perimeter"}

# How many clauses deep ("offered to help send ...") the target is looked for.
MAX_CLAUSES = 4

OWNER_PREPOSITIONS = {"of", "by", "for"}

BACKING_VERBS = {"back", "support", "arm", "fund", "finance", "sponsor", "train", "equip", "ally", "align"}


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above `token` in the parse."""
    for ancestor in token.ancestors:
        if ancestor.pos_ in {"VERB", "AUX"}:
            return ancestor
    return None


# A wire dateline opening a sentence: the filing town in capitals, its country, the agency, a dash
# ("MOSCOW (Reuters) –", "CONAKRY, Guinea (AFP) –", "SAN PEDRO SULA, Honduras (AP) —").
def _past_dateline(subject: Token, subjects: list[Token]) -> Token | None:
    """"MOSCOW (Reuters) – Gunmen attacked ...": the town the report is filed from is parsed as a
    subject; the subject is the one after the dateline, or the phrase set beside it (or coordinated
    with it: "BANGUI (Reuters) – X rebels and Y militiamen clashed")."""
    # (the phrase may hang on the dateline's country: "CULIACAN, Mexico – Gunmen in four trucks stormed")
    return next((s for s in subjects if not in_dateline(s)), None) or next(
        (c for c in (*subject.children, *subject.conjuncts) if c.dep_ in {"appos", "conj"} and not in_dateline(c)), None) \
        or next((t for t in subject.subtree if t.dep_ in {"appos", "conj"} and not in_dateline(t)
                 and t.head.i < t.i and in_dateline(t.head)), None)


# Words for part of a crowd: "some set fire to ...", "others looted shops".
CROWD_PARTS = {"some", "others", "several", "many", "few"}


def _whole_crowd(subject: Token, verb: Token) -> Token:
    """The people a bare "some" or "others" is part of: the subject of the clause "and" joins its
    own to ("hundreds of people protested ..., and some set fire to tyres": the people)."""
    if subject.lower_ not in CROWD_PARTS or any(c.dep_ == "prep" for c in subject.children) or verb.dep_ != "conj":
        return subject
    return next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS and c.pos_ == "NOUN"), subject)


# Verbs by which a witness tells what they perceived: "patrols heard gunfire", "residents saw smoke".
PERCEPTION_VERBS = {"hear", "see", "witness", "notice", "observe", "spot", "watch"}


def event_arguments(trigger: Token) -> tuple[Token | None, Token | None]:
    """The agent and patient tokens of the event at `trigger`, from the syntax around it.

    A verb's subject (or passive "by" agent, or for "agreed to withdraw" the subject of
    "agreed") and its object (or the target of "on", "against", ...); a noun trigger's possessor
    ("the army's attack") or the subject of the verb it hangs from ("X carried out an attack
    on Y"). An adjective or compound trigger ("diplomatic ties") stands for its noun.
    """
    while trigger.dep_ in {"amod", "compound"} and trigger.head is not trigger:
        trigger = trigger.head
    while trigger.dep_ == "conj" and trigger.pos_ == "NOUN" and trigger.head.pos_ == "NOUN":
        trigger = trigger.head  # "used water cannon and tear gas": "gas" has the role "cannon" has
    if trigger.dep_ == "nmod" and trigger.pos_ == "NOUN" and trigger.head.pos_ == "NOUN" \
            and any(c.dep_ == "cc" for c in trigger.children):
        trigger = trigger.head  # "fired tear gas and rubber bullets", parsed with "gas" qualifying "bullets"
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head if trigger.dep_ in SUBJECT_DEPS | OBJECT_DEPS \
        else trigger
    agent = patient = None
    if verb is not trigger and verb.lemma_.lower() in PERCEPTION_VERBS:
        return None, None  # "patrols heard gunfire": who heard it neither fired nor was fired on
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
    # (of two subjects before the verb, the first is misattached when "and" opens the second's
    # clause: "Dozens of graduates protested ..., and police used tear gas", or when commas set it
    # off: "In X, the regional capital, dozens of traders marched")
    coordinated = len(subjects) > 1 and subjects[-1].left_edge.i > 0 \
        and verb.doc[subjects[-1].left_edge.i - 1].lower_ in {"and", "but"} or _set_off_first(subjects)
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and agent is None:
            agent = subjects[-1] if coordinated else child
        elif child.dep_ == "agent" or child.dep_ == "prep" and child.lower_ == "by" and suffered_by_subject(verb):
            # (a passive's "by" the parser took for a preposition: "were shot ... late on Tuesday by X")
            agent = next((g for g in child.children if g.dep_ == "pobj"), agent)
        elif child.dep_ in OBJECT_DEPS and patient is None and child is not trigger and not in_dateline(child):
            patient = child
        elif child.dep_ == "prep" and child.lower_ in TARGET_PREPOSITIONS and patient is None:
            # ("on Tuesday" is when, not whom)
            patient = next((g for g in child.children if g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"}), None)
    if _copular_passive(verb):
        # "a post was overrun by X", "overrun" parsed as a noun after "was" (the "by" hung on
        # either): X did it, and the subject suffered it
        patient = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), patient)
        patient = _past_dateline(patient, subjects) if patient is not None and in_dateline(patient) else patient
        agent = next((g for holder in (verb, *verb.children) for c in holder.children
                      if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"), None)
    if _reduced_passive(verb):
        # "a truck driver abducted near X last week was freed", "two farmers detained by soldiers
        # on the 9th": a passive participle's sufferer is the noun it qualifies
        patient = verb.head
    if agent is not None and in_dateline(agent):
        agent = _past_dateline(agent, subjects)
    if agent is not None and agent.lemma_.lower() in ATTACK_NOUNS and verb.dep_ == "advcl" and verb.head.i < verb.i \
            and verb.head.lemma_.lower() in SENDING_VERBS and any(c.dep_ == "mark" for c in verb.children):
        # "troops flown into the valley after the ambush whipped herders", parsed with "flown" as the
        # verb and "the ambush" as the subject of "whipped": who whipped them are those flown in
        agent = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), agent)
    if agent is not None and agent.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
        agent = verb.head  # "students who threw rocks": who acts is the noun the clause qualifies
    agent = _whole_crowd(agent, verb) if agent is not None else None
    under = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "under" for g in c.children
             if g.dep_ == "pobj" and g.lemma_.lower() in ATTACK_NOUNS | {"fire", "assault"}]
    if verb.lemma_.lower() == "come" and under:
        # "a UN helicopter came under fire from X": X fired, the helicopter was fired on
        source = next((g for holder in (verb, under[0]) for c in holder.children if c.dep_ == "prep"
                       and c.lower_ in {"from", "by"} for g in c.children if g.dep_ == "pobj"), None)
        return source, agent
    if agent is None and verb.dep_ == "acl" and verb.tag_ in {"VBD", "VBN"} and patient is not None \
            and patient.dep_ == "dobj":
        # "Armed bandits abducted 43 people, residents said", parsed as a reduced relative: a
        # participle with a direct object is active, and the noun it hangs from is its subject
        # (the phrase's own head: "Bandits on scores of motorcycles killed ...")
        agent = verb.head
        outer = agent
        while outer.dep_ == "pobj" and outer.head.dep_ == "prep" and outer.head.head.pos_ in {"NOUN", "PROPN"}:
            outer = outer.head.head
        agent = outer if outer is not agent and outer.dep_ in SUBJECT_DEPS | {"ROOT", "dep"} else agent
    if agent is None and verb.dep_ == "acl" and patient is None and not _reduced_passive(verb) and (
            verb.tag_ == "VBD" or verb.lemma_.lower() in PROTEST_LEMMAS):
        # "Relatives of the dead inmates protested ...", parsed as the inmates' clause: a verb in
        # the past tense (or one no one can be the object of: "protested") is a main verb, and
        # the phrase it hangs from its subject
        agent = verb.head
        if agent.dep_ == "pobj" and agent.head.lower_ == "of" and agent.head.head.dep_ == "ROOT" \
                and agent.head.head.pos_ in {"NOUN", "PROPN"}:
            agent = agent.head.head
    if agent is None and verb.dep_ == "advcl" and verb.head.lemma_.lower() in LINK_VERBS:
        # "Insurgents linked to the Islamic State attacked ...", parsed with "linked" as the main
        # verb: the linked ones are the subject
        agent = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS | {"nsubjpass"}), None)
    if agent is None and verb.tag_ == "VBG" and verb.dep_ in {"advcl", "conj"}:
        # "troops attacked a base, killing three rebels and seizing weapons": a participle's
        # subject is the subject of the clause it hangs from
        governor = verb.head
        while governor.dep_ in {"advcl", "conj"} and governor.tag_ == "VBG" and not any(
                c.dep_ in SUBJECT_DEPS for c in governor.children):
            governor = governor.head
        if governor.pos_ in {"VERB", "AUX"} and governor.i != verb.i and not any(
                c.dep_ == "nsubjpass" for c in governor.children):
            agent = event_arguments(governor)[0]  # (past the dateline: "MOSCOW (Reuters) – Gunmen ...")
    if agent is None and verb.pos_ in {"VERB", "AUX"} and verb.dep_ in {"xcomp", "conj"}:
        # "X refused to deploy", "X met Y and signed ...", "X is ready to deploy": the subject is
        # the governing verb's.
        governor = verb.head.head if verb.head.dep_ == "acomp" else verb.head
        while (_coordinated_past(governor) or governor.tag_ == "VBG" and governor.dep_ in {"advcl", "conj"}) \
                and not any(c.dep_ in SUBJECT_DEPS for c in governor.children):
            # ("arrived in three cars, fired at officers and threw bombs"; "stormed the town, torching
            # homes, and five residents were killed": the participle's doers are its clause's)
            governor = governor.head
        shared = [c for c in governor.children if c.dep_ in SUBJECT_DEPS]
        while not shared and governor.dep_ == "conj" and governor.head.pos_ in {"VERB", "AUX"}:
            # ("holed up in a forest, stopped a bus and abducted five": the first verb's subject)
            governor = governor.head
            shared = [c for c in governor.children if c.dep_ in SUBJECT_DEPS]
        agent = _past_dateline(shared[0], shared) if shared and in_dateline(shared[0]) else next(iter(shared), None)
        if agent is None and verb.dep_ == "conj" and verb.tag_ == "VBD" and not any(
                c.dep_ == "auxpass" for c in verb.children):
            # "Gendarmes were deployed to the town and arrested 18 people": the active verb's
            # subject is the one the passive verb before it shares
            agent = next((c for c in governor.children if c.dep_ == "nsubjpass"), None)
    accusing = _accusation_of(verb)
    if agent is None and accusing is not None:
        # "residents accused the army of killing nine people": the accused did it
        agent = next((c for c in accusing.children if c.dep_ == "dobj"), None)
    if agent is None and _is_purpose_clause(verb) and verb.head.pos_ in {"VERB", "AUX"}:
        # "soldiers fired into the air to disperse them": what an act is done for is its doer's act
        agent = event_arguments(verb.head)[0]
    if agent is None and _coordinated_past(verb):
        # "the attackers arrived in three cars, fired at officers ...", parsed with "fired" as a
        # clause of "arrived": a past-tense verb no word subordinates is the same subject's act
        agent = event_arguments(verb.head)[0]
    if _second_passive(verb):
        # "eleven people were hacked and shot to death at a market ... by X": the second passive
        # verb's sufferers are the first's
        patient = next((c for c in verb.head.children if c.dep_ == "nsubjpass" and not in_dateline(c)), patient)
    elif agent is None and any(c.dep_ == "nsubjpass" for c in verb.children):
        # (and the agent told after the second did the first)
        agent = next((g for conj in verb.conjuncts if conj.i > verb.i and _second_passive(conj)
                      for c in conj.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if agent is None and verb.dep_ == "conj" and any(c.dep_ == "nsubjpass" for c in verb.head.children):
            # "worshippers were attacked by gunmen, and seven of them were shot dead": a passive
            # clause joined to one that names its agent shares it, and "them" are its sufferers
            agent = next((g for c in verb.head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
                         None)
            if agent is not None and patient is not None and _of_them(patient):
                patient = next((c for c in verb.head.children if c.dep_ == "nsubjpass" and not in_dateline(c)), patient)
    return agent, patient


# Verbs by which a speaker charges someone with an act: "accused X of killing", "blamed X for shelling".
ACCUSING_VERBS = {"accuse", "blame", "suspect"}


def _accusation_of(act: Token) -> Token | None:
    """The accusing verb whose "of"/"for" gerund `act` is ("accused the army of killing ..."), if
    any; the parser may hang the gerund on the accused ("accused [X units of firing]")."""
    if act.tag_ != "VBG" or act.dep_ != "pcomp" or act.head.lower_ not in {"of", "for"}:
        return None
    accusing = act.head.head
    accusing = accusing.head if accusing.dep_ == "dobj" else accusing
    return accusing if accusing.pos_ == "VERB" and accusing.lemma_.lower() in ACCUSING_VERBS else None


def accused_act(verb: Token) -> Token | None:
    """The act an accusing verb charges its object with: "killing" in "accused the army of
    killing nine people"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ACCUSING_VERBS:
        return None
    return next((act for holder in (verb, *(c for c in verb.children if c.dep_ == "dobj"))
                 for prep in holder.children if prep.dep_ == "prep" and prep.lower_ in {"of", "for"}
                 for act in prep.children if _accusation_of(act) is not None), None)


# Participles the parser may take for nouns after "was": "a post was overrun by X".
NOUN_LIKE_PARTICIPLES = {"overrun"}


def _copular_passive(verb: Token) -> bool:
    """"Was overrun by X" parsed as "was" with the noun "overrun" as its attribute."""
    return verb.lemma_ == "be" and any(c.dep_ in {"attr", "acomp"} and c.lower_ in NOUN_LIKE_PARTICIPLES
                                       for c in verb.children)


def _set_off_first(subjects: list[Token]) -> bool:
    """Whether the first of two subjects is a phrase set off by commas, which the parser took for
    a subject: "In X, the regional capital, dozens of traders marched ..." (the traders march)."""
    if len(subjects) < 2:
        return False
    first = subjects[0]
    doc = first.doc
    # (the closing comma may be parsed as the phrase's own last word)
    closing = first.right_edge if first.right_edge.text == "," else doc[min(first.right_edge.i + 1, len(doc) - 1)]
    return first.left_edge.i > 0 and doc[first.left_edge.i - 1].text == "," and closing.text == "," \
        and closing.i < subjects[1].i


def _of_them(phrase: Token) -> bool:
    """"They", "them", or a number or part "of them" ("seven of them")."""
    return phrase.lower_ in {"they", "them"} or any(
        g.lower_ == "them" for c in phrase.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)


def suffered_by_subject(verb: Token) -> bool:
    """A passive act whose sufferer is its subject: "were killed", "were kidnapped and killed", "a
    driver abducted near X"."""
    return any(c.dep_ == "nsubjpass" for c in verb.children) or _second_passive(verb) or _reduced_passive(verb)


def _reduced_passive(verb: Token) -> bool:
    """A violent or detaining participle that qualifies its sufferer: "a driver abducted near X
    (was freed)", "farmers detained by soldiers" (such a verb with no object, whatever its tag, is
    no main verb the parser hung on its subject)."""
    return verb.dep_ == "acl" and verb.lemma_.lower() in VIOLENT_ACTS | DETAINING_ACTS \
        and not any(c.dep_ in OBJECT_DEPS | SUBJECT_DEPS for c in verb.children)


def _second_passive(verb: Token) -> bool:
    """A passive participle coordinated after another with no subject of its own: "shot" in "were
    hacked and shot to death", "killed" in "were kidnapped and killed"."""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.tag_ == "VBN" \
        and any(c.dep_ == "nsubjpass" for c in verb.head.children) \
        and not any(c.dep_ in SUBJECT_DEPS | {"nsubjpass", "auxpass", "aux"} for c in verb.children)


def _coordinated_past(verb: Token) -> bool:
    """A past-tense verb the parser hangs as a clause of another with no word that subordinates
    it ("when", "after", "as") nor a subject of its own: a verb coordinated with the other."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBD" and verb.head.pos_ == "VERB" and verb.head.tag_ == "VBD" \
        and not any(c.dep_ in {"mark", "advmod"} or c.dep_ in SUBJECT_DEPS | {"nsubjpass"} for c in verb.children)


def patient_candidates(trigger: Token, place_targets: bool = False) -> list[Token]:
    """Who an event is done to or aimed at, most direct first: the object, the recipient ("give
    X aid", "to X"), the target of "with", "against", "between", ..., then the same in the clause
    it governs ("threatened to cut ties with X", "is ready to send troops to X") or that says
    what it is for ("went on strike to protest X"), or that clause's subject ("demanded that X
    withdraw"); whom a thing acted on is aimed at ("called for sanctions against X"), an event
    noun's own targets ("talks with X"); then whom a condition binds ("... unless X withdraws").
    With `place_targets`, last, the places the action happens in ("arrived in X", "lifted a
    curfew in X"): CAMEO and PLOVER code that country as the target, ACLED does not."""
    _, patient = event_arguments(trigger)
    found = [patient] if patient is not None else []
    places: list[Token] = []
    conditioned: list[Token] = []
    clauses = [trigger] if trigger.pos_ in {"VERB", "AUX"} else []
    if trigger.dep_ in SUBJECT_DEPS and trigger.head.lemma_.lower() in RAMMING_VERBS:
        clauses = [trigger.head]  # found at "bomber" of "a suicide bomber rammed a car into ..."
    if trigger.pos_ in {"NOUN", "PROPN"}:
        found += _prepositional_objects(trigger, RECIPIENT_PREPOSITIONS)
        places += _prepositional_objects(trigger, PLACE_PREPOSITIONS)
    for clause in clauses:  # grows as complements are found, up to MAX_CLAUSES
        for child in clause.children:
            if child.dep_ == "dative" and child.pos_ in {"NOUN", "PROPN"}:
                found.insert(0, child)
            elif child.dep_ == "dobj":
                found.append(child)
                found += _prepositional_objects(child, RECIPIENT_PREPOSITIONS)
            elif child.dep_ == "prep" and child.lower_ == "into" and clause.lemma_.lower() in FIRING_VERBS:
                found += _prepositional_objects(clause, {"into"})  # "fired into a crowd"
            elif child.dep_ == "prep" and child.lower_ in PLACE_PREPOSITIONS:
                places += _prepositional_objects(clause, {child.lower_})
            elif child.dep_ in {"prep", "dative"} and child.lower_ in RECIPIENT_PREPOSITIONS:
                found += _prepositional_objects(clause, {child.lower_})
            elif child.dep_ in {"xcomp", "ccomp"} and child.pos_ in {"VERB", "AUX"} and len(clauses) < MAX_CLAUSES:
                clauses.append(child)
                if child.dep_ == "ccomp":
                    found += [g for g in child.children if g.dep_ == "nsubj"]
            elif child.dep_ == "acomp" and len(clauses) < MAX_CLAUSES:  # "is willing to withdraw from X"
                clauses += [g for g in child.children if g.dep_ == "xcomp" and g.pos_ in {"VERB", "AUX"}][:1]
            elif _is_purpose_clause(child) and len(clauses) < MAX_CLAUSES:  # "went on strike to protest X"
                clauses.append(child)
            elif child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in child.children):
                # "threatened to strike unless X withdrew": a threat or an offer is aimed at whom its condition binds.
                conditioned += [g for g in child.children if g.dep_ in {"nsubj", "nsubjpass"}]
    # "rammed a car into the gate of a base": what the car struck, before the car itself
    found[:0] = [site for clause in clauses for site in _rammed_into(clause)]
    # "sanctions against X", "talks with X", "in protest at X": whom a thing the event acts on is aimed at.
    found = [t for candidate in found for t in (candidate, *_aimed_at(candidate))]
    found += [t for place in places for t in _aimed_at(place)]
    # "lifted a curfew in X", "troops to a force in X": where what the action acts on is.
    places += [t for candidate in found for t in _prepositional_objects(candidate, PLACE_PREPOSITIONS)]
    return list(dict.fromkeys(found + conditioned + (places if place_targets else [])))


def _rammed_into(verb: Token) -> list[Token]:
    """What a vehicle driven "into" something struck ("rammed a car into a checkpoint", also with
    "into" hung on the car's own participle: "a lorry packed with explosives into the gate of a
    base"): the site a gate or wall is of."""
    if verb.lemma_.lower() not in RAMMING_VERBS:
        return []
    holders = [verb, *(a for o in verb.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "acl")]
    return [site for holder in holders for struck in _prepositional_objects(holder, {"into"})
            for site in (_prepositional_objects(struck, {"of"}) if struck.lower_ in ENTRANCE_NOUNS else [struck])]


def _is_purpose_clause(clause: Token) -> bool:
    """An adverbial infinitive that says what the action is for ("... to demand X"), not a
    condition or a time ("if ...", "when ...")."""
    return (clause.dep_ == "advcl" and clause.pos_ == "VERB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
            and not any(c.dep_ == "mark" for c in clause.children))


def _aimed_at(thing: Token) -> list[Token]:
    """The targets of a common noun's own prepositions: 'sanctions against X', 'talks with X'."""
    if thing.pos_ != "NOUN":
        return []
    return _prepositional_objects(thing, AIMED_PREPOSITIONS)


def _prepositional_objects(head: Token, prepositions: set[str]) -> list[Token]:
    """The objects of `head`'s prepositions among `prepositions`, with their conjuncts ("between
    X and Y", "to X and Y")."""
    objects = [g for prep in head.children if prep.dep_ in {"prep", "dative"} and prep.lower_ in prepositions
               for g in prep.children if g.dep_ == "pobj"]
    return [o for obj in objects for o in (obj, *obj.conjuncts)]


def _killing_act(trigger: Token) -> Token | None:
    """The act a "when" clause tells for a passive toll with no doer ("were killed when police
    opened fire on ..."): a verb with its own subject."""
    if trigger.lemma_.lower() not in CASUALTY_VERBS | {"shoot"} or not suffered_by_subject(trigger):
        return None
    # (an act of violence: not "were killed when its troops repelled an attack", whose doers are
    # the killed ones' side)
    # (the parser may hang the clause on the day before it: "were killed on Friday when police ...",
    # or on a verb coordinated with the trigger: "were shot or beheaded when insurgents raided ...")
    clauses = [*(c for verb in (trigger, *(v for v in trigger.children if v.dep_ == "conj" and v.pos_ == "VERB"))
                 for c in verb.children if c.dep_ == "advcl"),
               *(t for t in trigger.subtree if t.dep_ == "relcl" and t.head.ent_type_ in {"DATE", "TIME"})]
    # (or a passive with its doer: "were killed when their vehicle was hit by a drone")
    return next((clause for clause in clauses if clause.pos_ == "VERB"
                 and clause.lemma_.lower() in VIOLENT_ACTS
                 and any(c.lower_ == "when" and c.dep_ in {"advmod", "mark"} for c in clause.children)
                 and any(c.dep_ in SUBJECT_DEPS | {"agent"} for c in clause.children)), None)


def _subject_act(trigger: Token) -> Token:
    """The verb whose subject a noun trigger heads or qualifies ("Kyrgyz mortar fire hit two
    houses", found at "mortar"): what the weapon did; else the trigger."""
    head = trigger
    while head.dep_ in {"compound", "amod"} and head.head is not head:
        head = head.head
    return head.head if head.dep_ in SUBJECT_DEPS and head.head.pos_ == "VERB" else trigger


def _victims(trigger: Token) -> list[Token]:
    """Whom the event's "killing ..." clause names when what it struck is no actor ("hit a market,
    killing six people"): ACLED codes the victims as the target. So also whom the casualty verb
    the event's clause or noun hangs from names: "four civilians were killed when shells landed",
    "killed six soldiers in an ambush"."""
    # (a noun found at the word before it stands for it: "fired mortar rounds at X, killing ...",
    # found at "mortar")
    noun = trigger
    while noun.dep_ in {"compound", "amod"} and noun.pos_ != "VERB" and noun.head is not noun:
        noun = noun.head
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else noun.head
    # (a "killing ..." clause the parser hangs on a relative clause of the place struck tells the
    # strike's toll: "struck a village near X where the rebels had withdrawn, killing seven civilians")
    asides = [c for t in verb.subtree if t.dep_ == "relcl" and t.lemma_.lower() not in VIOLENT_ACTS
              and t.head.i > verb.i for c in t.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    # (or coordinated with another such clause, "destroying a school and killing a man", or, for a
    # weapon that acts, hung on a verb coordinated with its own: "rockets fired from X slammed into
    # a market, killing six"; not "lobbed a grenade at a post, and the blast wounded nine")
    heads = (verb, *verb.conjuncts) if noun.dep_ in SUBJECT_DEPS and noun.pos_ == "NOUN" else (verb,)
    # (or on the clause that tells when it struck: "a bomb went off as a patrol passed, killing three rangers")
    asides += [c for when in verb.children if when.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in {"as", "when", "while"} for m in when.children)
        for c in when.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    clauses = [c for head in (*heads, trigger) for c in head.children if c.i != verb.i] + asides
    clauses += [c for clause in clauses if clause.dep_ == "advcl" for c in clause.conjuncts]
    # (each of those it names: "killing himself and nine porters", where the bomber is no target)
    victims = [obj for clause in dict.fromkeys(clauses)
               if clause.dep_ in {"advcl", "xcomp", "conj"} and clause.lemma_.lower() in CASUALTY_VERBS
               for obj in (*(o for c in clause.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)),
                           *_named_by_source(clause))]
    victims += _object_taken_as_speaker(verb)
    casualty = verb.head if verb.dep_ == "advcl" else governing_verb(trigger) if trigger.dep_ == "pobj" else None
    if casualty is not None and casualty.dep_ == "advcl" and casualty.lemma_.lower() not in CASUALTY_VERBS:
        casualty = casualty.head  # "were killed when their car ran over a mine", "... a bomb dropped from a jet"
    if casualty is not None and casualty.lemma_.lower() in CASUALTY_VERBS:
        # (past a dateline parsed as the sufferer: "KABUL (Reuters) – Three soldiers were wounded when ...")
        victims += [victim for c in casualty.children if c.dep_ in {"dobj", "nsubjpass"}
                    for victim in (_past_dateline(c, []) if in_dateline(c) else c,) if victim is not None]
    return victims


# Words between a casualty verb and the number it counts: "wounded some 40 villagers".
COUNT_WORDS = {"NUM", "ADV", "ADP", "DET", "ADJ"}


def _object_taken_as_speaker(verb: Token) -> list[Token]:
    """The object of an active casualty verb the parser made the subject of the telling verb after
    it ("a shell has wounded nine pupils, teachers and a nurse say", parsed as the pupils saying
    it): the noun right after the verb's count words, whose head comes after it."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CASUALTY_VERBS \
            or any(c.dep_ in {"dobj", "auxpass", "nsubjpass"} for c in verb.children):
        return []
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        if token.pos_ == "NOUN":
            return [token] if token.dep_ in SUBJECT_DEPS and token.head.i > token.i else []
        if token.pos_ not in COUNT_WORDS:
            return []
    return []


def _named_by_source(clause: Token) -> list[Token]:
    """Whom a casualty clause names through what a source called them: "killing what the army said
    were nine fighters", "killing what officials described as 20 militants"."""
    told = [c for c in clause.children if c.dep_ == "ccomp" and any(t.lower_ == "what" for t in c.subtree)]
    return [t for c in told for t in c.subtree if t.pos_ == "NOUN" and (
        t.dep_ == "attr" and any(s.lower_ == "what" for s in t.head.children)
        or t.dep_ == "pobj" and t.head.lower_ == "as" and any(s.lower_ == "what" for s in t.head.head.children))]


def _used_on(trigger: Token) -> list[Token]:
    """Whom a means the trigger names is used on: "fired tear gas to disperse the crowd", "used
    water cannon and tear gas against protesters" -> the verb's own targets."""
    while trigger.dep_ == "conj" and trigger.head.pos_ == "NOUN":
        trigger = trigger.head
    if trigger.pos_ != "NOUN" or trigger.dep_ != "dobj":
        return []
    return [t for t in patient_candidates(trigger.head) if t.i != trigger.i]


def _owner(thing: Token) -> Token | None:
    """Whose a thing is: its possessor, a name or demonym modifying it (not one a comma sets off:
    "In the capital, X, mortar shells landed"), its "of" / "by" / "for"
    object ("a camp for refugees"), or who did it to it ("crimes committed by X"; not who backs a
    group: "fighters backed by X" are not X)."""
    return next((c for c in thing.children if c.dep_ == "poss" and c.lower_ not in PRONOUNS), None) or next(
        (c for c in thing.children if c.dep_ in {"amod", "compound", "nmod"} and c.pos_ in {"PROPN", "ADJ"}
         and (c.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"} or country_of_word(c.text))
         and not set_off_name(c, thing)), None) or next(
        (g for c in thing.children if c.dep_ == "prep" and c.lower_ in OWNER_PREPOSITIONS for g in c.children
         if g.dep_ == "pobj" and thing.lemma_.lower() not in PLACE_NOUNS), None) or next(
        (g for c in thing.children if c.dep_ == "acl" and c.lemma_.lower() not in BACKING_VERBS
         for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
