"""Phrase -> name helpers: noun phrases, known and learned names, state bodies, places, local roles."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Span as SpacySpan, Token

from eventwire import taxonomy as tx
from eventwire.extract.entities import entities, entities_in
from eventwire.extract.texts import doc_text, span_text, token_span
from eventwire.extract.when.dates import WEEKDAYS
from eventwire.extract.who.context import ActorContext
from eventwire.extract.who.lexicon import (
    ARMED_GROUP_HEADS, ARMED_ROLE_NOUNS, COUNTRY_ALIASES, FORCE_NOUNS, FORCE_OWNED_HEADS, GOVERNMENT_NOUNS,
    GROUP_NOUNS, LEADER_NOUNS, LINK_WORDS, MEMBER_NOUNS, NAMED_GROUP_HEADS, NON_STATE_QUALIFIERS, OBJECT_DEPS,
    PERSON_NOUNS, PLACE_NOUNS, POLICE_NOUNS, STATE_NOUNS, STATE_OF_TERRITORY, SUBJECT_DEPS, TELLING_LEMMAS,
)
from eventwire.extract.who.tables import KnownActor, country_of_word, country_tables, known_actors, missions_by_country
from eventwire.records import Actor, Span

# Words that make such a person one of the armed side's ("a police driver", "an army doctor").
ARMED_PERSON_WORDS = {"armed", "masked", "police", "army", "military", "militia", "rebel", "gang", "security"}
# Nouns that count the people they are "of": "hundreds of workers", "a group of fishermen".
QUANTITY_NOUNS = {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores", "group",
                  "crowd", "number", "handful", "couple", "band", "part", "gathering", "column", "contingent",
                  "detachment", "squad"}

# Heads that name a political group's people ("opposition parties", "opposition figures").
POLITICAL_HEADS = {"party", "politician", "lawmaker", "figure", "member", "supporter"}
# Officials of a place below the state ("the regional governor", "a local official"): whose they are
# is the country the sentence places its event in, not the article's.
LOCAL_OFFICIALS = {"governor", "governors", "mayor", "mayors"}
LOCAL_WORDS = {"regional", "local", "provincial", "district", "municipal", "county", "city", "town", "village"}

PARTY_HEADS = {"party", "movement", "union", "congress", "league", "alliance"}
# Heads of a phrase that names an organisation through a name inside it ("the X forum").
ORGANISATION_HEADS = {"forum", "group", "organization", "organisation", "movement", "party", "coalition", "network",
                      "agency", "council", "committee", "commission", "alliance", "front", "union", "bloc", "wing"}

AID_WORDS = {"aid", "humanitarian", "relief", "food", "passenger", "passengers", "commercial", "civilian",
             "civilians", "medical", "refugees", "displaced"}

# What of the United Nations' is its mission's in a country it serves: "a UN helicopter", "UN
# peacekeepers", "a UN base" (not "UN investigators said", "the UN mission said", nor "the UN Security
# Council": who speaks for the UN is coded as the UN).
MISSION_HEADS = {"peacekeeper", "peacekeeping", "helicopter", "aircraft", "plane", "base", "camp", "compound",
                 "convoy", "patrol", "troop", "soldier", "force", "vehicle", "position", "contingent",
                 "blue", "helmet"}


def _mission_present(name: str, span: SpacySpan, context: ActorContext) -> KnownActor | None:
    """The UN mission serving where the phrase's event is, for the UN's forces or craft there."""
    if name != "United Nations" or span.root.lemma_.lower() not in MISSION_HEADS:
        return None
    missions = missions_by_country()
    return missions.get(context.country) or missions.get(_located_country(span) or "")


def _spelled_in_another_language(long_name: str, acronym: str) -> bool:
    """Whether an acronym whose first letter does not open the name still stands for it: its
    letters spelled from the name's words in the group's own language ("the West Papua National
    Liberation Army (TPNPB)", "the Democratic Forces for the Liberation of Rwanda (FDLR)"). The
    name has about as many words as the acronym letters, and shares at least half of them or
    ends in what names a group ("Army", "Front", "Movement")."""
    letters = re.sub(r"[^A-Z]", "", acronym)
    words = [word for word in re.split(r"[\s,-]+", long_name) if word[:1].isupper()]
    if len(letters) < 3 or len(words) < len(letters) - 1:
        return False
    initials = [word[0].upper() for word in words]
    shared = sum(min(letters.count(letter), initials.count(letter)) for letter in set(letters))
    return 2 * shared >= len(letters) or words[-1].lower() in ARMED_GROUP_HEADS | ORGANISATION_HEADS | PARTY_HEADS


def _own_language_acronym(long_name: str, acronym: str) -> bool:
    """Whether an acronym no letter of the English name spells still stands for it: one of the
    group's own language that takes syllables, not initials ("the Banana Workers' Union
    (SITRABANA)") or is written in mixed case ("the Commission for the Disappeared (KontraS)").
    Such an acronym is longer than the name's words can spell, or mixed-case, and the name opens
    or ends with what names an organisation ("Union", "Commission for ...", "Front")."""
    words = [word for word in re.split(r"[\s,-]+", long_name) if word[:1].isupper()]
    heads = ORGANISATION_HEADS | ARMED_GROUP_HEADS | PARTY_HEADS
    if len(words) < 2 or not {words[0].lower(), words[-1].lower().strip("'")} & heads:
        return False
    letters = re.sub(r"[^A-Za-z]", "", acronym)
    return len(letters) > len(words) + 2 or (not acronym.isupper() and sum(c.isupper() for c in acronym) >= 2)


# Words that make a group armed: "the armed group X", "the jihadist group X".
ARMED_GROUP_WORDS = {"armed", "militant", "jihadist", "rebel", "insurgent", "separatist", "extremist", "islamist",
                     "guerrilla", "paramilitary"}


def _armed_group_called(group: Token) -> str | None:
    """The name of an armed group the text calls by "group X": one an armed word qualifies ("the
    jihadist group X") or whose fighters it names ("militants of the Sunni group X")."""
    name = _appositive_name(group)
    if name is None:
        return None
    armed = any(c.lower_ in ARMED_GROUP_WORDS for c in group.lefts) or (
        group.dep_ == "pobj" and group.head.lower_ == "of" and group.head.head.lower_ in ARMED_ROLE_NOUNS)
    return name if armed else None


def _appositive_name(head: Token) -> str | None:
    """The proper name a group noun is followed by ("the Sunni group X", "the armed group X Y"):
    proper nouns naming no country, place or people."""
    if head.lemma_.lower() not in GROUP_NOUNS | NAMED_GROUP_HEADS:
        return None
    name = next((c for c in head.children if c.dep_ in {"appos", "compound"} and c.i > head.i and c.pos_ == "PROPN"),
                None)
    if name is None:
        return None
    words = list(head.doc[name.left_edge.i : name.i + 1])
    if words[0].i != head.i + 1 or any(t.ent_type_ in {"GPE", "LOC", "NORP", "DATE"} or country_of_word(t.text)
                                       for t in words) or not all(t.pos_ == "PROPN" or t.is_punct for t in words):
        return None
    return head.doc[name.left_edge.i : name.i + 1].text


# The Arabic article that opens a name in lower case: "al Qaeda", "al-Shabaab", "ash-Sham" (not
# the English "an", "as", "at").
_ARABIC_ARTICLE = re.compile(r"(?:al|el)[\s-][A-Z]|(?:ad|ar|as|ash|at|an)-[A-Z]")


def _known_name_at(text: str, start: int, context: ActorContext) -> KnownActor | None:
    """The known actor whose name or alias, the longest, the text spells from `start` on ("the
    Islamic State Sahel Province", which the tagger cuts after "Islamic State"; a long name the
    article gave an acronym, "the Return, Reclamation and Rehabilitation (3R)")."""
    rest = re.sub(r"^(?:the|The)\s+", "", text[start : start + 120])
    if not rest[:1].isupper() and not _ARABIC_ARTICLE.match(rest):  # (nor "al Qaeda in the ...")
        return None
    lowered = rest.lower()
    learned = {alias: KnownActor(name, context.types.get(name, tx.UNKNOWN_ACTOR))
               for alias, name in context.aliases.items()}
    found = [(len(alias), actor) for table in (known_actors(), learned) for alias, actor in table.items()
             if len(alias) > 3 and lowered.startswith(alias) and not lowered[len(alias) : len(alias) + 1].isalnum()]
    return max(found, key=lambda pair: pair[0])[1] if found else None


def _longer_name(span: SpacySpan, text: str, context: ActorContext) -> KnownActor | None:
    """A known name the text goes on spelling past the phrase ("the Islamic State" of "the
    Islamic State Sahel Province"): that name, not the shorter one inside it."""
    if span.end >= len(span.doc) or not span.doc[span.end].is_title:
        return None
    known = _known_name_at(doc_text(span.doc), span.start_char, context)
    return known if known is not None and len(known.name) > len(text) and known.name.lower().startswith(
        text.lower()) else None


def _known_by_acronym(long_name: str, acronym: str) -> KnownActor | None:
    """The data file's actor an acronym stands for, unless the article spells the acronym out as
    another name: "the Ambazonia Defence Forces (ADF)" is not the Allied Democratic Forces, while
    "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)" (its lower-case words cut) is JNIM."""
    known = known_actors().get(acronym.lower())
    if known is None:
        return None
    initials = "".join(word[0] for word in re.split(r"[\s-]+", long_name) if word[:1].isupper())
    names = [known.name.lower(), *(alias.lower() for alias in known.aliases)]
    if initials.upper() == acronym.upper() and not any(long_name.lower() in name for name in names):
        return None
    return known


# A state's forces by their own name: "the Rwanda Defence Force", "the Nigerian Army", "the Kenya
# Police Service" ("National Army" is left out: eastern Libya's and other rival armies take it).
STATE_FORCE_NAMES = {
    "defence force": "Military", "defense force": "Military", "defence forces": "Military",
    "defense forces": "Military", "national defence force": "Military", "national defense force": "Military",
    "armed forces": "Military", "army": "Military", "air force": "Military", "navy": "Military",
    "police": "Police", "police service": "Police", "police force": "Police", "national police": "Police",
}


def forces_name(kind: str, country: str) -> str:
    """ACLED's name for a state's forces: "Military Forces of X" or "Police Forces of X" (`kind` is
    "Military" or "Police"). The forces of a territory are its state's: the gendarmes in New
    Caledonia are France's."""
    return f"{kind} Forces of {STATE_OF_TERRITORY.get(country, country)}"


def military_of(actor: Actor, evidence: Span | None = None) -> Actor | None:
    """A state's government as the forces it acts through ("Iran fired missiles", "fired from
    Afghanistan"): "Government of X" -> "Military Forces of X", with `evidence` or the government's;
    None for any other actor."""
    if not actor.name.startswith("Government of "):
        return None
    return Actor(forces_name("Military", actor.name.removeprefix("Government of ")), tx.STATE_FORCES,
                 evidence or actor.evidence)


def is_state_forces(actor: Actor | None, kinds: tuple[str, ...] = ("Military", "Police")) -> bool:
    """Whether an actor is a state's forces of one of `kinds` ("Military Forces of X", "Police
    Forces of X", the names `forces_name` gives)."""
    return actor is not None and actor.name.startswith(tuple(f"{kind} Forces of " for kind in kinds))


# Heads that "security" before them makes a state's forces without saying which: "security forces",
# "security sources", "security men".
SECURITY_HEADS = {"force", "forces", "source", "sources", "man", "men", "personnel"}


def security_kind(context: ActorContext) -> str:
    """Which of a state's forces unnamed "security forces", "security sources" or "security men"
    are: its police in a report that names police and no soldiers, or a police body called
    "General Security", else its military (as ACLED reads "security sources" after an attack on
    an army post)."""
    return "Police" if context.security_police else "Military"


def _security_phrase(head: Token) -> bool:
    """"Security forces", "two security sources", "five security men"."""
    return head.lower_ in SECURITY_HEADS and any(c.lower_ == "security" and c.dep_ in {"compound", "amod"}
                                                  for c in head.lefts)


def _in_place_name(token: Token) -> bool:
    """Whether a word is the "of X" of a town's own name ("Port of Spain"): it names no country."""
    place = token.head.head
    return token.dep_ == "pobj" and token.head.lower_ == "of" and place.lemma_.lower() in PLACE_NOUNS \
        and place.text[:1].isupper()


def _state_force(name: str) -> tuple[str, int] | None:
    """("Military Forces of Rwanda", state forces) for "Rwanda Defence Force", a country or its
    demonym followed by a force's name."""
    words = _strip_determiners(name).split()
    while words and words[0].lower() in STATE_ARMY_WORDS:
        words = words[1:]  # "the Royal Thai Army"
    for cut in range(1, min(len(words), 4)):
        country = country_of_word(" ".join(words[:cut]))
        rest = words[cut:]
        while len(rest) > 1 and rest[0].lower().replace("’", "'") in STATE_ARMY_WORDS - {"national"}:
            rest = rest[1:]  # "the Uganda People's Defence Force", "the Sudanese Armed Forces"
        force = STATE_FORCE_NAMES.get(" ".join(rest).lower())
        if country and force:
            return forces_name(force, country), tx.STATE_FORCES
    return None


def _country_modifier(head: Token) -> str | None:
    """The country a demonym, country name or possessor before `head` names ("Israeli forces",
    "Israel's military")."""
    return next((country for child in head.children if child.dep_ in {"amod", "compound", "poss", "nmod"}
                 for country in (country_of_word(_with_compounds(child)),) if country), None)


def _with_compounds(token: Token) -> str:
    """A name with the words compounded before it: "Papua New Guinea" (not "Guinea"), "South Sudan"."""
    words = [c.text for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not words:
        return token.text
    joined = " ".join([*words, token.text])
    return joined if country_of_word(joined) else token.text


def _carries_civilians(head: Token) -> bool:
    """"A convoy carrying food aid", "an aid truck", "a passenger bus" (not "a supply convoy")."""
    words = {t.lower_ for t in head.lefts} | {t.lower_ for c in head.children if c.dep_ == "acl"
                                              and c.lemma_.lower() in {"carry", "transport", "take", "deliver"}
                                              for t in c.subtree}
    return bool(words & AID_WORDS)


def _of_local_place(head: Token) -> bool:
    """An office owned by a place below the state ("the city's", "the province's") or named local."""
    return any(c.dep_ == "poss" and c.lemma_.lower() in PLACE_NOUNS for c in head.children) or any(
        c.dep_ in {"amod", "compound"} and c.lower_ in LOCAL_WORDS for c in head.lefts)


def _fronted_country(span: SpacySpan) -> str | None:
    """The country a sentence opens with ("In neighbouring Burkina Faso, ..."): it moves the report
    there, and the bare "soldiers" after it are that country's."""
    sent = span.sent
    first = sent[0]
    # (the report's clause may be what a source said: "In X, jihadists killed ..., an official said")
    opened = first.head.i == sent.root.i or (first.head.dep_ == "ccomp" and first.head.head.i == sent.root.i)
    if first.lower_ != "in" or first.dep_ != "prep" or not opened or span.start <= first.i:
        return None
    place = next((g for g in first.children if g.dep_ == "pobj"), None)
    name = " ".join(t.text for t in place.subtree if t.pos_ == "PROPN") if place is not None else ""
    if not name or not _is_country_or_capital(name):  # (the tagger takes some countries for people)
        return None
    return country_of_word(name) or country_tables()[1].get(name.lower())


# Platforms a statement is posted on ("said on Telegram", "a video on X"): channels, not actors.
PLATFORM_NAMES = {"telegram", "facebook", "twitter", "instagram", "tiktok", "youtube", "whatsapp", "x.com"}


def _names_platform_or_day(span: SpacySpan, text: str) -> bool:
    """Whether the phrase is a platform ("on Facebook", "on X") or a day ("Monday's attack"),
    which the tagger may take for a name but which is nobody: it says where or when."""
    lowered = text.lower()
    if lowered in PLATFORM_NAMES or lowered in WEEKDAYS:
        return True
    return text == "X" and span.start > 0 and span.doc[span.start - 1].lower_ in {"on", "via"}


# Words by which a state names its own army ("the National Army", "the Royal Army").
STATE_ARMY_WORDS = {"national", "royal", "federal", "regular", "presidential", "republican", "imperial", "people",
                    "people's"}


def _proper_army(head: Token) -> bool:
    """"The White Army", "the Mai-Mai Army": an army, legion or brigade named by proper nouns that
    name no country, people or state ("the Nigerian Army", "the National Army" are a state's)."""
    if head.pos_ != "PROPN" or head.lower_ not in ARMED_GROUP_HEADS or not head.is_title \
            or any(c.dep_ == "poss" for c in head.children):  # ("the ELN's Eastern War Front": a unit)
        return False
    names = [t for t in head.lefts if t.dep_ in {"compound", "amod", "nmod"}]
    return bool(names) and all(
        t.pos_ == "PROPN" and t.is_title and not country_of_word(t.text) and t.lower_ not in STATE_ARMY_WORDS
        and t.ent_type_ not in {"GPE", "NORP", "LOC"} for t in names)


def _counted(head: Token) -> Token | None:
    """What a quantity noun counts: "workers" in "hundreds of garment workers" (not a capitalised
    word inside a name: "the Hunters Group of Nigeria")."""
    if head.lower_ not in QUANTITY_NOUNS or head.text[:1].isupper() and head.i > head.sent.start:
        return None
    return next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}), None)


def _counted_pronoun(head: Token) -> Token | None:
    """"them" in "three of them", "some of them": a number of the people a pronoun refers to."""
    if head.pos_ != "NUM" and head.lower_ not in {"some", "many", "several", "most", "all", "dozens", "one"}:
        return None
    return next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj" and g.lower_ == "them"), None)


def _person_civilians(token: Token, context: ActorContext) -> Actor | None:
    """Civilians of the event's country for a person named by who they are ("three men", "a school
    director"), when no word makes them the armed side's."""
    if token.lemma_.lower() not in PERSON_NOUNS or token.pos_ != "NOUN":
        return None
    if any(t.lower_ in ARMED_PERSON_WORDS or t.lower_ in FORCE_NOUNS for t in token.lefts):
        return None
    return _local_actor("Civilians", tx.CIVILIANS, token.sent, context.country,
                        token_span(token))


# Verbs whose object can only be a person: "killed a village headman", "shot dead a taxi owner",
# "abducted a campaign manager" name a person by a trade no list holds.
KILLING_VERBS = {"kill", "murder", "assassinate", "behead", "execute", "lynch", "slay", "strangle", "stab"}
TAKING_VERBS = {"abduct", "kidnap", "detain", "arrest"}
# People a killing or an abduction names who are not civilians: the members or leaders of a side, or suspects.
NOT_CIVILIAN_HEADS = MEMBER_NOUNS | LEADER_NOUNS | STATE_NOUNS | {
    "suspect", "member", "recruit", "informant", "collaborator", "spy", "agent", "operative", "guard", "bodyguard",
    "ranger", "officer", "warden", "sentry", "combatant", "conscript", "gunman", "fighter", "militant", "rebel"}


LOCAL_LEADER_WORDS = {"village", "community", "clan", "tribal", "traditional", "council"}
VILLAGE_OFFICES = LEADER_NOUNS | GOVERNMENT_NOUNS | {"member", "councillor", "councilor", "administrator"}


def village_official(token: Token) -> bool:
    """Whether a noun names who holds an office of a village, a community or its council ("a village
    chief", "a village council secretary", "a local council member"): a civilian when harmed, as
    ACLED codes such victims."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in VILLAGE_OFFICES and any(
        c.dep_ in {"compound", "amod"} and c.lower_ in LOCAL_LEADER_WORDS for c in token.lefts)


def _victim_person(token: Token, context: ActorContext, taken: bool = False) -> Actor | None:
    """Civilians of the event's country for whom a killing or abducting verb names by a common noun
    that names no side ("the Maoists killed a village headman", "a taxi owner was shot dead by
    gunmen", "gunmen abducted a local councillor"), as ACLED codes such victims; `taken`: the
    event is an abduction told by another verb ("a pharmacist was snatched from his shop")."""
    # (or a verb coordinated with the killing that shares its object: "abducted and killed a ...")
    # (or a participle that qualifies them: "a trader detained at a checkpoint")
    acts = [token.head, *(c for c in token.head.conjuncts if c.pos_ == "VERB"
                          and not any(g.dep_ in OBJECT_DEPS for g in c.children))] \
        if token.dep_ in {"dobj", "nsubjpass"} else []
    killing = taken and token.dep_ in {"nsubjpass", "dobj"} or any(verb.lemma_.lower() in KILLING_VERBS | TAKING_VERBS or (
        verb.lemma_.lower() == "shoot" and any(c.lower_ == "dead" for c in (*verb.children, *token.doc[token.left_edge.i : token.i])))
        for verb in (*acts, *(c for c in token.children if c.dep_ == "acl" and c.tag_ in {"VBN", "VBD"})))
    if not killing or token.pos_ != "NOUN" \
            or not village_official(token) and (token.lemma_.lower() in NOT_CIVILIAN_HEADS or token.lower_ in NOT_CIVILIAN_HEADS) \
            or any(t.lower_ in ARMED_PERSON_WORDS or t.lower_ in FORCE_NOUNS | POLICE_NOUNS for t in _own_words(token)):
        return None
    return _local_actor("Civilians", tx.CIVILIANS, token.sent, context.country,
                        token_span(token))


def _own_words(token: Token) -> list[Token]:
    """A noun's phrase without the participle clauses that qualify it: "farmers" and not "by
    soldiers" in "farmers detained by soldiers"."""
    clauses = [c for c in token.children if c.dep_ == "acl"]
    return [t for t in token.subtree if not any(c.left_edge.i <= t.i <= c.right_edge.i for c in clauses)]


# A state's enlisted men, whom "paramilitary" leaves the state's (a "paramilitary force" may be an armed group's).
STATE_RANKS = {"soldier", "troop", "trooper", "police", "policeman", "personnel", "officer", "ranger", "guard"}


def _non_state_qualifier(head: Token) -> str | None:
    """The role noun a word qualifying a leader, spokesman, force or party stands for: "opposition
    leaders" are the opposition's, "rebel forces" and "opposition forces" are rebels, "protest
    leaders" protesters; so also "leaders of the opposition"."""
    lemma = head.lemma_.lower()
    if lemma not in STATE_NOUNS | POLITICAL_HEADS | FORCE_OWNED_HEADS and head.lower_ not in FORCE_NOUNS:
        return None  # ("rebel positions", "a militant camp" are the group's too)
    qualifiers = [c for c in head.lefts if c.dep_ in {"amod", "compound", "nmod"}] + [
        g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    role = next((NON_STATE_QUALIFIERS[q.lower_] for q in qualifiers if q.lower_ in NON_STATE_QUALIFIERS), None)
    if role == "paramilitaries" and lemma in STATE_RANKS:
        return None  # "paramilitary soldiers", "paramilitary police": a state's paramilitary forces
    if role == "opposition" and (lemma in FORCE_NOUNS or head.lower_ in FORCE_NOUNS):
        return "rebels"  # an opposition's forces are an armed one
    return role


def _is_role_word(token: Token) -> bool:
    """A role noun names its role, but "opposition" only as "the opposition", not "opposition to X"."""
    if token.lower_ != "opposition":
        return True
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) and not any(
        c.dep_ == "prep" and c.lower_ in {"to", "from"} for c in token.children)


def _is_local_official(head: Token) -> bool:
    """"The regional governor", "the mayor", "local officials": an official of a place below the state."""
    if head.lower_ in LOCAL_OFFICIALS:
        return True
    return head.lower_ in GOVERNMENT_NOUNS and any(
        c.dep_ in {"amod", "compound"} and c.lower_ in LOCAL_WORDS for c in head.lefts)


def _names_in(span: SpacySpan) -> list[str]:
    """The names a phrase holds, its head's own first: "the al-Qaeda-linked group JNIM" names JNIM."""
    root = span.root
    own = [ent.text for ent in entities_in(span) if ent.start <= root.i < ent.end]
    # ("the al-Qaeda-linked JNIM": the group it is tied to is another one); an acronym in brackets
    # the article introduced ("the X, Y and Z (XYZ) rebel group") is the name
    tied = [ent for ent in entities_in(span) if any(t.lower_ in LINK_WORDS for t in span.doc[ent.end : ent.end + 2])]
    acronyms = [t.text for t in span if 0 < t.i < len(t.doc) - 1 and t.doc[t.i - 1].text == "("
                and t.doc[t.i + 1].text == ")" and t.text.isupper()]
    # (an acronym the parser took for a common noun qualifying the head: "an MFDC base")
    compounds = [t.text for t in root.lefts if t.dep_ == "compound" and t.text.isupper() and len(t.text) > 1]
    # (or a run of proper nouns the tagger found no entity in: "the X Y gang coalition" names X Y)
    runs = [" ".join(t.text for t in run) for run in _proper_runs(span) if not any(
        ent.start <= run[0].i < ent.end for ent in entities_in(span))]
    return [*own, *([root.text] if root.pos_ == "PROPN" else []),
            *(ent.text for ent in entities_in(span) if ent not in tied), *acronyms, *compounds, *runs]


def _proper_runs(span: SpacySpan) -> list[list[Token]]:
    """The runs of proper nouns before a phrase's head."""
    runs: list[list[Token]] = []
    for token in span:
        if token.i >= span.root.i or token.pos_ != "PROPN":
            continue
        if runs and runs[-1][-1].i == token.i - 1:
            runs[-1].append(token)
        else:
            runs.append([token])
    return runs


def _whole_organisation(span: SpacySpan) -> SpacySpan:
    """A phrase cut inside an organisation's name ("The Syrian Observatory" of "The Syrian
    Observatory for Human Rights said") stands for the whole name."""
    entity = next((ent for ent in entities(span.doc) if ent.label_ == "ORG" and ent.start <= span.root.i < ent.end), None)
    if entity is None or (entity.start >= span.start and entity.end <= span.end):
        return span
    return span.doc[min(span.start, entity.start) : max(span.end, entity.end)]


def _known_type(name: str) -> int:
    known = known_actors().get(name.lower())
    return known.inter if known else _named_group_type(name)


def claimed_or_unidentified(claimed: str | None, words: SpacySpan, evidence: Span, context: ActorContext) -> Actor:
    """The group that claimed an act nobody in its sentence is named for, else, as ACLED codes
    such a doer, an unidentified armed group of the country `words`'s sentence places the act in
    (`_located_country`), or the article's."""
    if claimed is not None:
        return Actor(claimed, context.types.get(claimed) or _known_type(claimed), evidence)
    where = _located_country(words) or context.country
    return Actor(f"Unidentified Armed Group ({where})" if where else "Unidentified Armed Group",
                 tx.POLITICAL_MILITIAS, evidence)


def _local_actor(role: str, inter: int, words: SpacySpan, country: str, evidence: Span) -> Actor:
    """A role named after the country `words` (a phrase or its sentence) place it in, else
    `country` (the article's): "Civilians (Mali)", "Protesters (Togo)"; the bare role where
    neither is known."""
    where = _located_country(words) or country
    return Actor(f"{role} ({where})" if where else role, inter, evidence)


def _located_country(span: SpacySpan) -> str | None:
    """The country the sentence places its event in: one qualifying a place ("the Ukrainian city
    of X", "Nigeria's Benue state") or the object of "in" ("in Ukraine"). Victims, protesters and
    unnamed armed men take the country where the event happens, not the attacker's."""
    for token in span.sent:
        if token.lemma_.lower() in PLACE_NOUNS and not _place_name_word(token):
            country = _country_modifier(token)
            if country:
                return country
        # (a country of several words is one whatever the tagger takes it for: "Burkina Faso" as a person)
        if token.dep_ == "pobj" and token.head.lower_ == "in":
            name = _with_compounds(token)
            if (token.ent_type_ == "GPE" or " " in name) and _is_country_or_capital(name):
                return country_of_word(name) or country_tables()[1].get(token.lower_)
    return None


def _place_name_word(token: Token) -> bool:
    """Whether a place noun is a word of a town's own name after a demonym ("Spanish Town"): a
    capitalised noun inside a sentence, which the people's word before it does not place (a
    country's own name still does: "Mexico City", "Kuwait City")."""
    names = country_tables()[0]
    return token.text[:1].isupper() and token.i > token.sent.start and any(
        c.dep_ in {"compound", "amod"} and c.text[:1].isupper() and c.i == token.i - 1
        and c.lower_ not in names and c.lower_ not in COUNTRY_ALIASES for c in token.lefts)


# Heads of the names of a state's own bodies ("the Investigative Committee", "the Interior Ministry",
# "Nigeria's emergency management agency", "Ukraine's prosecutor").
STATE_BODY_HEADS = {"committee", "commission", "ministry", "council", "agency", "service", "services", "directorate",
                    "department", "bureau", "office", "administration", "authority", "cabinet", "presidency",
                    "inspectorate", "prosecutor"}


def state_body(phrase: SpacySpan, evidence: Span | None = None) -> Actor | None:
    """The government of a state whose own body the phrase names with the country's (or its
    capital's) possessive: "Russia's National Anti-Terrorism Committee", "Nigeria's Department of
    State Services", "Moscow's interior ministry" speak and act for that government."""
    root = phrase.root
    owner = next((c for c in root.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "PROPN" or not {root.lower_, root.lemma_.lower()} & STATE_BODY_HEADS:
        return None
    country = country_of_word(owner.text) or country_tables()[1].get(owner.lower_)
    if country is None:
        return None
    return Actor(f"Government of {country}", tx.STATE_FORCES,
                 evidence or Span(phrase.start_char, phrase.end_char, phrase.text))


# Nouns for a part of a place or a way through it: "the outskirts of X", "the road into X".
PLACE_PART_NOUNS = {"outskirts", "edge", "centre", "center", "heart", "suburb", "suburbs", "part", "parts",
                    "road", "highway", "entrance", "approaches", "vicinity", "streets", "street", "blockade",
                    "checkpoint", "market", "square"}
# Prepositions that place a thing: a name they govern from a noun ("a blockade at X", "the road
# into X", "a camp near X") is where it is.
LOCATIVE_PREPOSITIONS = {"in", "into", "at", "near", "outside", "around", "inside", "across", "through"}


def _names_place(span: SpacySpan) -> bool:
    """Whether a bare name the parser could not type is a place the sentence puts something in
    ("the outskirts of Hakha", "a blockade at Parotani", "the main road into Zubin Potok"), not an
    organisation: a proper name with no organisation word, set by a locative preposition from a
    noun, or the "of" object of a place or a part of one."""
    root = span.root
    if root.pos_ != "PROPN" or _is_country_or_capital(root.text):
        return False
    if any(t.lower_ in ORGANISATION_HEADS | ARMED_GROUP_HEADS | PARTY_HEADS | STATE_BODY_HEADS for t in span):
        return False
    while root.dep_ == "conj" and root.head is not root:
        root = root.head  # "the road between X and Y"
    if root.dep_ != "pobj":
        return False
    preposition = root.head
    if preposition.lower_ in LOCATIVE_PREPOSITIONS:
        return preposition.head.pos_ == "NOUN"
    return preposition.lower_ in {"of", "between", "from", "to"} and bool(
        {preposition.head.lemma_.lower(), preposition.head.lower_} & (PLACE_NOUNS | PLACE_PART_NOUNS))


def _named_entity_actor(span: SpacySpan, text: str, evidence: Span) -> Actor | None:
    """A named organisation or people the data file does not know ("the Patriotic Union",
    "Palestinians"): an actor under its own name, typed by its head noun."""
    root = span.root
    if root.ent_type_ not in {"NORP"} and _names_place(span):
        return None
    if root.ent_type_ in {"ORG", "NORP"} or (root.ent_type_ == "" and root.pos_ == "PROPN" and root.is_title
                                              and not root.is_sent_start):
        # (an appositive after a comma describes the name: "444th Brigade, a unit of ...")
        name = re.sub(r"^(?:the)\s+", "", text, flags=re.I).split(", ")[0]
        state = _state_force(name)
        if state is not None:
            return Actor(state[0], state[1], evidence)
        body = state_body(span, evidence)
        if body is not None:  # "Russia's National Anti-Terrorism Committee": a state's own body
            return body
        return Actor(name, _named_group_type(name), evidence)
    organisation = next((ent for ent in entities_in(span) if ent.label_ == "ORG"), None)
    if organisation is not None and root.lower_ in ORGANISATION_HEADS:
        name = _strip_determiners(organisation.text)
        return Actor(name, _named_group_type(name), Span(organisation.start_char, organisation.end_char, organisation.text))
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


# Words that make a union one of workers or students, no political party ("the Banana Workers'
# Union", "the Teachers' Union"): its people are civilians, as ACLED codes a union's leader.
LABOUR_WORDS = {"workers", "trade", "labour", "labor", "teachers", "employees", "miners", "nurses", "doctors",
                "students", "drivers", "farmers", "journalists", "dockers", "transport"}


def _named_group_type(name: str) -> int:
    words = {word.lower().rstrip("'’") for word in name.split()}
    if words & ARMED_GROUP_HEADS:
        return tx.REBEL_GROUPS
    if words & PARTY_HEADS and not words & LABOUR_WORDS:
        return tx.POLITICAL_MILITIAS
    return tx.UNKNOWN_ACTOR


def _names_a_state(span: SpacySpan, text: str) -> bool:
    """Whether the phrase is a country or a capital ("Syria", "neighbouring Syria", "the
    United States"): itself, or the place name at its head."""
    head = next((ent.text for ent in entities_in(span) if ent.label_ == "GPE" and ent.start <= span.root.i < ent.end), "")
    return _is_country_or_capital(text) or bool(head) and _is_country_or_capital(head)


def _is_country_or_capital(text: str) -> bool:
    """'Syria', 'the United States', 'U.S.', 'Damascus': a name that stands for a state."""
    names, capitals, _ = country_tables()
    lowered = re.sub(r"^the\s+", "", text.lower().strip())
    return lowered in names or lowered in capitals or lowered in COUNTRY_ALIASES


_WORD_CHARACTER = re.compile(r"\w")


def _holds_word(text: str, word: str) -> bool:
    """Whether `re.search(rf"(?<!\\w){re.escape(word)}(?!\\w)", text)` finds `word` (a name that
    may begin or end in a bracket, "x front (xf)"), without compiling a pattern per word."""
    start = text.find(word)
    while start >= 0:
        if not (start and _WORD_CHARACTER.match(text, start - 1)) and not _WORD_CHARACTER.match(text, start + len(word)):
            return True
        start = text.find(word, start + 1)
    return False


def _strip_determiners(text: str) -> str:
    return re.sub(r"^(?:the|a|an|some|both|two|several|many)\s+", "", text.strip(" \"'“”‘’"), flags=re.I)


def _strip_titles(name: str) -> str:
    return re.sub(r"^(?:Mr|Mrs|Ms|Dr|President|Governor|General|Gen\.?)\s+", "", name)


_WIRE_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]*[A-Z.](?:,\s*[A-Z][\w.'’ -]{0,30}?)?\s*(?:\([\w .,/-]+\)\s*)?(?:—|–|--|-)\s")


def in_dateline(token: Token) -> bool:
    """Whether `token` lies in the wire dateline its sentence opens with."""
    sentence = token.sent
    if token.i - sentence.start > 12 or not sentence[0].is_upper:
        return False
    match = _WIRE_DATELINE.match(span_text(sentence))
    return match is not None and token.idx < sentence.start_char + match.end()


def noun_phrase(token: Token) -> SpacySpan:
    """The noun phrase headed by `token`, without trailing relative clauses or prepositions."""
    keep = {"det", "amod", "compound", "poss", "nummod", "nmod", "case", "quantmod", "punct"}
    left = token.i
    for child in token.lefts:
        if child.dep_ in keep and not set_off_name(child, token):
            left = min(left, child.left_edge.i)
    if in_dateline(token.doc[left]) and not in_dateline(token):
        # (not the dateline the parser may hang on it: "X, Pakistan – Dacoits holding out ...")
        left = next((t.i for t in token.doc[left : token.i] if not in_dateline(t)), token.i)
    right = token.i
    # "X and Y, a weekly reports": what follows a conjunct belongs to the coordination, not to X.
    end = min((c.i for c in token.rights if c.dep_ in {"cc", "conj"}), default=len(token.doc))
    if token.head.i > token.i:
        # an apposition the parser hung past the word the phrase depends on ("The group claimed
        # the attack ..., a claim that ...") is no part of it
        end = min(end, token.head.i)
    for child in token.rights:
        if child.i < end and (child.dep_ in {"appos", "case"} and not _speaker_read_as_apposition(child)
                              or (child.dep_ == "prep" and child.lower_ == "of")):
            right = max(right, child.right_edge.i)
    if token.pos_ == "ADJ" and token.dep_ == "pobj":
        # "fired by the paramilitary Rapid Support Forces", parsed with the adjective as the
        # object: the name right after it is what the phrase names.
        right = next((ent.end - 1 for ent in entities(token.doc) if ent.start == token.i + 1), right)
    span = token.doc[left : right + 1]
    while len(span) > 1 and span[-1].is_punct:
        span = span[:-1]
    return span


def _speaker_read_as_apposition(appos: Token) -> bool:
    """"... has killed nine people, the X group, which holds the town, says": the speaker, whom the
    parser hangs on the last noun before it as its apposition, leaving the speech verb that ends
    the sentence with no subject; the speaker is no part of that noun's phrase."""
    root = appos.sent.root
    return appos.dep_ == "appos" and root.i > appos.i and root.lemma_.lower() in TELLING_LEMMAS \
        and not any(c.dep_ in SUBJECT_DEPS for c in root.children)


def set_off_name(modifier: Token, head: Token) -> bool:
    """A name a comma sets off before the phrase, which the parser may hang on its head as a
    modifier: "In the capital, X, mortar shells landed" (X is where, not whose shells)."""
    return modifier.dep_ in {"nmod", "compound"} and modifier.pos_ == "PROPN" and modifier.i + 1 < head.i \
        and modifier.nbor(1).text == ","


def _bare_name(actor: Actor) -> str:
    """The actor's name without the country or acronym after it: "Rebels (Chad)" -> "Rebels"."""
    return actor.name.split(" (")[0]


def qualified_by_its_country(actor: Actor) -> bool:
    """Whether the words an actor was read from name its own country ("seven Mauritanian herders"
    are Civilians (Mauritania) wherever they were): its country is no guess from the article."""
    country = _role_country(actor)
    return bool(country) and actor.evidence is not None and any(
        country_of_word(word) == country for word in re.findall(r"[\w'’-]+", actor.evidence.text))


def _role_country(actor: Actor) -> str:
    return actor.name.split(" (", 1)[1][:-1] if " (" in actor.name else ""


def unique_actors(actors: Iterable[Actor | None]) -> tuple[Actor, ...]:
    seen: dict[str, Actor] = {}
    for actor in actors:
        if actor is not None and actor.name not in seen:
            seen[actor.name] = actor
    return tuple(seen.values())
