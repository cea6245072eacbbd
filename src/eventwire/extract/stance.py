"""The `stance` scope of attribution: belief, evaluation and stance beyond reported speech.

PolNeAR-style annotation counts as attribution every expression of a holder's belief, sentiment
or stance: "X supports Y", "X attacked Y (verbally)", "X sees Y as Z", "Y seems to ...", "X is a
critic of Y". The pipeline's claims use only the `speech` scope (reported speech and claims), as
in a conflict report most of these verbs name physical acts ("troops attacked the town",
"artillery supported the advance"). This module holds the broader scope's lexicons and the test
that tells a verb's verbal sense from its physical one; `claims.find_attributions` applies them
when asked for `scope="stance"`.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Token

Scope = Literal["speech", "stance"]
SCOPES: tuple[Scope, ...] = ("speech", "stance")

# Verbs of evaluation and belief with no common physical reading: they attribute whenever they
# have a holder and an object.
EVALUATION_LEMMAS = {
    "deem", "perceive", "reckon", "embrace", "disagree", "contest", "object", "protest",
    "rank", "cheer", "celebrate", "mourn", "love", "like", "prefer", "trust", "respect", "credit", "justify",
    "excuse", "minimise", "minimize", "exaggerate", "overstate", "understate", "scorn", "disparage",
    "belittle", "lampoon", "chide", "admonish", "reprimand", "salute",
    "second-guess", "disavow", "repudiate", "renounce", "distance", "extol", "vilify", "demonize",
    "demonise", "smear", "insult", "taunt", "heckle", "boo", "jeer", "deplore",
    "relish", "savor", "savour", "invoke", "sympathize", "sympathise", "side", "align",
}
# Verbs with both a verbal and a physical sense: "attacked the plan" but "attacked the town",
# "supports the bill" but "supported the offensive". Only the verbal sense attributes.
CONTESTED_LEMMAS = {
    "attack", "hit", "strike", "target", "pound", "hammer", "bash", "assail", "savage", "batter", "rip", "knock",
    "grill", "fight", "defend", "back", "support", "challenge", "counter", "lash",
    "pummel", "skewer", "trash", "shoot",
}
# Verbs that ascribe a quality: "sees the deal as a trap", "painted him as out of touch".
ASCRIBING_LEMMAS = {"see", "paint", "cast", "picture", "hold", "regard"}
# "X seems to ...", "it appears that ...": the clause is attributed, to no expressed holder.
RAISING_LEMMAS = {"seem", "appear"}
# Nouns of holding a stance toward something: "X is a critic of Y", "support for Y", "attacks on Y".
HOLDER_NOUNS = {
    "critic", "supporter", "opponent", "defender", "proponent", "advocate", "champion", "backer", "sceptic",
    "skeptic", "detractor", "admirer", "fan", "foe", "ally", "enemy",
}
STANCE_NOUNS = {
    "support", "backing", "approval", "disapproval", "objection", "rejection", "scepticism", "skepticism",
    "admiration", "contempt", "distrust", "mistrust", "enthusiasm", "condemnation", "rebuke", "attack",
    "outlook", "stance", "thought", "perspective", "impression", "feeling", "sense", "take", "attitude",
    "sympathy", "hostility", "dislike", "affection", "love", "hatred", "anger", "outrage", "dismay", "frustration",
    "disappointment", "despair", "chagrin", "adulation", "reservation", "misgiving", "illusion",
}

# Holders that make an act physical: armed groups, weapons, vehicles, crowds, forces of nature.
PHYSICAL_HOLDERS = {
    "force", "troop", "army", "soldier", "militant", "fighter", "rebel", "gunman", "insurgent", "militia",
    "military", "navy", "police", "officer", "unit", "battalion", "brigade", "regiment", "squad", "jihadist",
    "terrorist", "attacker", "assailant", "sniper", "drone", "missile", "rocket", "shell", "bomb", "artillery",
    "aircraft", "jet", "plane", "helicopter", "warplane", "tank", "ship", "warship", "submarine", "gunboat",
    "storm", "earthquake", "flood", "wave", "fire", "virus", "mob", "crowd", "rioter", "protester", "man",
    "woman", "suspect", "bomber", "raider", "airstrike", "strike", "shelling", "barrage",
}
# Objects that make an act physical: places, facilities, vehicles, bodies.
PHYSICAL_OBJECTS = {
    "village", "town", "city", "base", "position", "convoy", "building", "vehicle", "car", "truck", "bus", "ship",
    "boat", "plane", "airport", "port", "bridge", "depot", "plant", "facility", "infrastructure", "school",
    "hospital", "market", "checkpoint", "post", "outpost", "camp", "house", "home", "area", "region", "border",
    "target", "line", "trench", "stronghold", "compound", "headquarters", "station", "road", "highway", "field",
    "train", "tank", "army", "troop", "soldier", "force", "civilian", "resident", "patrol", "offensive",
    "advance", "operation", "assault", "raid", "ball", "wall", "ground", "head", "face", "body", "leg", "arm",
}
PHYSICAL_ENTITIES = {"GPE", "LOC", "FAC", "PRODUCT"}
# Nouns of a weapon or a place in the verb's phrases: "hit with drones", "attacked in the north".
WEAPON_WORDS = {
    "drone", "missile", "rocket", "shell", "bomb", "artillery", "mortar", "gun", "rifle", "grenade", "knife",
    "explosive", "airstrike", "strike", "tank", "weapon", "munition", "fire", "gunfire", "bullet",
}
PLACE_PREPOSITIONS = {"in", "near", "at", "outside", "inside", "around", "across", "along", "into"}
SPEAKER_PRONOUNS = {"i", "we", "you", "he", "she", "they", "who", "it"}


def verbal_sense(verb: Token, aims: frozenset[str] = frozenset({"for", "on", "over", "against"})) -> bool:
    """Whether a verb with a physical and a verbal sense (`CONTESTED_LEMMAS`) is used verbally.

    A clause object ("supports raising taxes", "backed the idea that ...") is always verbal.
    Otherwise the holder must be able to speak (not an armed group, a weapon or a crowd), the
    object must not be a place, facility or body, and no weapon or place may be named in the
    verb's own phrases ("attacked with drones", "struck in the north"). `aims` are the
    prepositions whose object is what the verb is aimed at.
    """
    children = list(verb.children)
    if any(child.dep_ in {"ccomp", "xcomp", "csubj"} for child in children):
        return True
    subject = next((c for c in children if c.dep_ in {"nsubj", "agent"}), None)
    if subject is not None and subject.dep_ == "agent":
        subject = next((g for g in subject.children if g.dep_ == "pobj"), None)
    if subject is None or _physical_holder(subject):
        return False
    objects = [c for c in children if c.dep_ in {"dobj", "nsubjpass"}]
    objects += [g for c in children if c.dep_ == "prep" and c.lower_ in aims
                for g in c.children if g.dep_ == "pobj"]
    if not objects or any(_physical_thing(o) for o in objects):
        return False
    return not any(_weapon_or_place(c) for c in children if c.dep_ == "prep")


def ascribes(verb: Token) -> bool:
    """'sees X as Y', 'painted him as Y', 'sees that ...': the belief sense of an ascribing verb
    ('can see why ...' and 'would see incomes rise' perceive or undergo, they hold no belief)."""
    return any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as")
               or (c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children))
               for c in verb.children)


def _physical_holder(subject: Token) -> bool:
    lemma = subject.lemma_.lower()
    if subject.lower_ in SPEAKER_PRONOUNS or subject.ent_type_ in {"PERSON", "ORG", "NORP"}:
        return lemma in PHYSICAL_HOLDERS
    return lemma in PHYSICAL_HOLDERS or subject.ent_type_ in {"LOC", "FAC", "PRODUCT"}


def _physical_thing(target: Token) -> bool:
    return target.lemma_.lower() in PHYSICAL_OBJECTS or target.ent_type_ in PHYSICAL_ENTITIES


def _weapon_or_place(preposition: Token) -> bool:
    targets = [g for g in preposition.children if g.dep_ == "pobj"]
    if preposition.lower_ == "with":
        return any(t.lemma_.lower() in WEAPON_WORDS for t in targets)
    return preposition.lower_ in PLACE_PREPOSITIONS and any(t.ent_type_ in PHYSICAL_ENTITIES
                                                           or t.lemma_.lower() in PHYSICAL_OBJECTS for t in targets)
