"""The `stance` scope of attribution: belief, evaluation and stance beyond reported speech.

PolNeAR-style annotation counts as attribution every expression of a holder's belief, sentiment
or stance: "X supports Y", "X attacked Y (verbally)", "X sees Y as Z", "Y seems to ...", "X is a
critic of Y". The pipeline's claims use only the `speech` scope (reported speech and claims), as
in a conflict report most of these verbs name physical acts ("troops attacked the town",
"artillery supported the advance"). This module holds the broader scope's lexicons, the test
that tells a verb's verbal sense from its physical one, and the learned cue detector's model;
`claims.find_attributions` applies them when asked for `scope="stance"`.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Literal

import numpy as np
from spacy.tokens import Span as SpacySpan, Token

Scope = Literal["speech", "stance"]
SCOPES: tuple[Scope, ...] = ("speech", "stance")
# The learned cue detector's weights (in eventwire.data), made by bench/train_attribution_cues.py
# from PolNeAR's dev set.
CUE_MODEL = "attribution_cues.json"

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
# Prepositions whose object is what a verb is aimed at: "argued for X", "turned on Y".
AIMS = frozenset({"for", "on", "over", "against"})
SPEAKER_PRONOUNS = {"i", "we", "you", "he", "she", "they", "who", "it"}


def verbal_sense(verb: Token, aims: frozenset[str] = AIMS) -> bool:
    """Whether a verb with a physical and a verbal sense (`CONTESTED_LEMMAS`) is used verbally.

    A clause object ("supports raising taxes", "backed the idea that ...") is always verbal.
    Otherwise the verb needs a holder and an object, and must not be a `physical_act`. `aims`
    are the prepositions whose object is what the verb is aimed at.
    """
    if any(child.dep_ in {"ccomp", "xcomp", "csubj"} for child in verb.children):
        return True
    return _holder_of(verb) is not None and bool(_objects(verb, aims)) and not physical_act(verb, aims)


def physical_act(verb: Token, aims: frozenset[str] = AIMS) -> bool:
    """Whether the verb names a physical act: its holder cannot speak (an armed group, a weapon,
    a crowd), its object is a place, facility or body, or its own phrases name a weapon or a
    place ("attacked with drones", "struck in the north")."""
    holder = _holder_of(verb)
    return ((holder is not None and _physical_holder(holder)) or any(_physical_thing(o) for o in _objects(verb, aims))
            or any(_weapon_or_place(c) for c in verb.children if c.dep_ == "prep"))


def _holder_of(verb: Token) -> Token | None:
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "agent"}), None)
    if subject is not None and subject.dep_ == "agent":
        return next((g for g in subject.children if g.dep_ == "pobj"), None)
    return subject


def _objects(verb: Token, aims: frozenset[str]) -> list[Token]:
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return objects + [g for c in verb.children if c.dep_ == "prep" and c.lower_ in aims
                      for g in c.children if g.dep_ == "pobj"]


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


@dataclass(frozen=True)
class CueModel:
    """Logistic regression over `cue_features` and the cue token's contextual vector
    (`token_vectors`): the probability that a token is a cue as PolNeAR annotates one, taken as
    a cue at `threshold` or above. With no `vector` weights the model reads the features alone."""

    weights: dict[str, float]
    bias: float
    threshold: float
    vector: np.ndarray | None = None

    def probability(self, features: list[str], vector: np.ndarray | None = None) -> float:
        score = self.bias + sum(self.weights.get(feature, 0.0) for feature in set(features))
        if self.vector is not None and vector is not None:
            score += float(self.vector @ vector)
        return 1.0 / (1.0 + math.exp(-score))

    def accepts(self, features: list[str], vector: np.ndarray | None = None) -> bool:
        return self.probability(features, vector) >= self.threshold


@dataclass(frozen=True)
class CueModels:
    """The learned cue detector: one model decides which of the rules' cues to keep, another
    which verbs the rules passed over to add. The two kinds differ in how often they are cues
    (about 60% against 11%) and in what tells one, so each has its own weights and threshold."""

    rule: CueModel
    candidate: CueModel


@lru_cache(maxsize=1)
def cue_model() -> CueModels:
    data = json.loads(files("eventwire.data").joinpath(CUE_MODEL).read_text(encoding="utf-8"))
    return CueModels(rule=_read_model(data["rule"]), candidate=_read_model(data["candidate"]))


def _read_model(data: dict) -> CueModel:
    vector = np.array(data["vector"], dtype=np.float32) if data.get("vector") else None
    return CueModel(weights=data["weights"], bias=data["bias"], threshold=data["threshold"], vector=vector)


def cue_features(token: Token, lemma: str, source: SpacySpan | None, content: SpacySpan, proposer: str) -> list[str]:
    """What the cue detector sees of a token: its lemma, part of speech and dependency, its
    dependents (a "that" clause, an infinitive, prepositions, auxiliaries, its object's lemma),
    its subject's kind (person, organisation, pronoun), its head, its neighbours, the length of
    the content read off it and whether it holds a quotation mark, and who proposed it: a rule, a lexicon word the rules passed over
    ("listed"), or neither ("none")."""
    features = [f"lemma={lemma}", f"pos={token.pos_}", f"tag={token.tag_}", f"dep={token.dep_}",
                f"pos_dep={token.pos_}|{token.dep_}", f"lemma_dep={lemma}|{token.dep_}", f"proposer={proposer}",
                f"content={min(len(content) // 5, 6)}",
                f"content_quoted={any(t.is_quote for t in content)}", f"head={_word(token.head)}", f"head_dep={token.head.dep_}",
                f"head_pos={token.head.pos_}"]
    for child in token.children:
        features.append(f"child={child.dep_}")
        if child.dep_ == "prep":
            features += [f"prep={child.lower_}", f"lemma_prep={lemma}|{child.lower_}"]
        elif child.dep_ in {"aux", "auxpass", "neg", "mark", "prt"}:
            features.append(f"{child.dep_}={child.lower_}")
        elif child.dep_ in {"dobj", "attr", "oprd"}:
            features += [f"object={_word(child)}", f"lemma_object={lemma}|{_word(child)}"]
        elif child.dep_ == "ccomp":
            that = any(g.dep_ == "mark" and g.lower_ == "that" for g in child.children)
            features.append("ccomp=that" if that else "ccomp=bare")
        elif child.dep_ == "xcomp":
            features.append(f"xcomp={child.pos_}")
        elif child.dep_ in {"nsubj", "nsubjpass"}:
            kind = child.ent_type_ or child.pos_
            features += [f"subject={kind}", f"subject_word={_word(child)}"]
    features.append(f"source={source.root.ent_type_ or source.root.pos_}" if source is not None else "source=none")
    doc = token.doc
    if token.i > 0:
        features.append(f"previous={_word(doc[token.i - 1])}")
    if token.i + 1 < len(doc):
        features.append(f"next={_word(doc[token.i + 1])}")
    return features


def _word(token: Token) -> str:
    """A word as a feature: its lemma, but a name only as its kind, so that what is learned holds
    for news about other people."""
    if token.pos_ == "PROPN":
        return token.ent_type_ or "PROPN"
    return token.lower_ if token.pos_ == "PRON" else token.lemma_.lower()
