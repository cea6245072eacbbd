"""Word lists shared by the actor modules: the nouns and verbs that name forces, roles, acts and groups."""

from __future__ import annotations

import re

from eventwire import taxonomy as tx

FORCE_NOUNS = {
    "army", "military", "forces", "force", "troops", "soldiers", "soldier", "artillery", "navy", "marines",
    "airforce", "servicemen", "units", "defence", "defense", "jets", "warplanes", "drones", "border guards",
    "aircraft", "warplane", "helicopter", "helicopters", "gunship", "gunships", "jet", "junta",
    "ranger", "rangers", "marine", "garrison",
}

POLICE_NOUNS = {"police", "policemen", "policeman", "officers", "gendarmes", "gendarme", "gendarmerie", "security"}
GOVERNMENT_NOUNS = {
    "government", "officials", "official", "authorities", "ministry", "president", "minister", "kremlin",
    "administration", "cabinet", "spokesman", "spokeswoman", "spokesperson", "governor", "embassy",
    "parliament", "congress", "senate", "legislature", "premier", "chancellor", "king", "emir", "regime",
    "diplomat", "diplomats", "ambassador", "envoy", "delegation", "negotiator", "negotiators", "leader", "leaders",
    "secretary", "mayor", "ministers", "state", "ombudsman", "prosecutor", "prosecutors",
}

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
    # a state GeoNames counts in another, whose forces and government ACLED names as its own
    "somaliland": "Somaliland", "puntland": "Puntland",
}
# Territories whose police and army are those of the state they belong to (France's gendarmerie
# and national police, Denmark's national police): ACLED codes its forces there as that state's.
STATE_OF_TERRITORY = {
    "New Caledonia": "France", "French Polynesia": "France", "Wallis and Futuna": "France", "Mayotte": "France",
    "Reunion": "France", "Guadeloupe": "France", "Martinique": "France", "French Guiana": "France",
    "Saint Martin": "France", "Saint Barthelemy": "France", "Saint Pierre and Miquelon": "France",
    "Greenland": "Denmark", "Faroe Islands": "Denmark",
}
# Territories whose settlers are another state's people: ACLED codes the settlers in the occupied
# Palestinian territory as "Settlers (Israel)", wherever the report places their act.
SETTLERS_STATE = {"Palestinian Territory": "Israel"}
# States GeoNames counts in another (COUNTRY_ALIASES) -> that other: bare "police" in a report of
# the first's army, placed in the second, are the first's.
STATE_WITHIN = {"Somaliland": "Somalia", "Puntland": "Somalia"}
ROLE_NOUNS: dict[str, tuple[str, int]] = {
    "protesters": ("Protesters", tx.PROTESTERS), "protestors": ("Protesters", tx.PROTESTERS),
    "demonstrators": ("Protesters", tx.PROTESTERS), "marchers": ("Protesters", tx.PROTESTERS),
    "rioters": ("Rioters", tx.RIOTERS),
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
    "victims": ("Civilians", tx.CIVILIANS), "strikers": ("Protesters", tx.PROTESTERS),
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
    "dacoits": ("Unidentified Armed Group", tx.POLITICAL_MILITIAS),
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

# People named by whom they follow or oppose: "supporters of the former president", "X's opponents"
# are not that person, nor the state a president's title names.
FOLLOWER_NOUNS = {"supporter", "follower", "loyalist", "opponent", "critic", "sympathiser", "sympathizer"}

# Words that make a leader, spokesman or force a group's, not the state's ("opposition leaders",
# "rebel forces", "protest leaders"): the role noun they stand for.
NON_STATE_QUALIFIERS = {
    "opposition": "opposition", "rebel": "rebels", "rebels": "rebels", "protest": "protesters",
    "protesters": "protesters", "militant": "militants", "militants": "militants", "insurgent": "insurgents",
    "separatist": "separatists", "guerrilla": "guerrillas", "militia": "militia", "gang": "gang",
    "student": "students", "cartel": "cartel", "paramilitary": "paramilitaries",
}

# Role nouns an armed group's name can qualify ("M23 rebels", "ELN guerrillas"): the phrase
# names that group, and the bare noun later in the article ("the rebels") names it again.
ARMED_ROLE_NOUNS = {"rebels", "guerrillas", "guerillas", "militants", "fighters", "insurgents", "militiamen",
                    "jihadists", "gunmen", "separatists", "militia", "paramilitaries"}
# Heads whose force adjective says whose they are: "a military base", "an army post", "a police
# outpost", "a military officer", "a military air strike", "a military plane" (elsewhere an
# adjective is no actor: "military exercises").
FORCE_OWNED_HEADS = {
    "base", "post", "outpost", "camp", "barracks", "checkpoint", "station", "convoy", "patrol", "position",
    "garrison", "headquarters", "officer", "commander", "spokesman", "spokeswoman", "spokesperson", "source",
    "plane", "drone",
}
# Attack nouns: a country or demonym on one names its forces as the attacker ("a Russian
# missile strike", "US air strikes").
ATTACK_NOUNS = {"strike", "airstrike", "attack", "raid", "shelling", "bombardment", "bombing", "offensive",
                "assault", "incursion", "missile", "rocket", "barrage", "ambush", "advance"}
WEAPON_NOUNS = {"bomb", "shell", "mortar", "grenade", "mine", "explosive", "drone"}

# Acts of violence or destruction that property can be the target of (not "the car was found").
DESTRUCTIVE_ACTS = ATTACK_NOUNS | {"shell", "hit", "burn", "torch", "set", "loot", "destroy", "bomb", "storm",
                                   "ransack", "raze", "demolish", "target", "shoot", "damage", "bombard", "pillage",
                                   "vandalise", "vandalize", "attack", "blow", "smash", "plunder"}
# Acts whose target a person named by who they are is ("shot dead a labourer"), not whom help
# or a visit is for ("send engineers").
VIOLENT_ACTS = DESTRUCTIVE_ACTS | {"kill", "wound", "injure", "abduct", "kidnap", "behead", "execute", "beat", "stab",
                                   "lynch", "murder", "massacre", "rape", "torture", "assault", "dead", "fire",
                                   "open", "ambush", "seize", "capture", "gun", "overrun"}
# Nouns that name a place: "the town of X" is where something is, not whose it is.
PLACE_NOUNS = {"city", "town", "village", "region", "province", "district", "state", "port", "county",
               "area", "capital", "territory", "neighbourhood", "neighborhood", "suburb"}
# Nouns that make a named organisation an armed group rather than a party or a company.
ARMED_GROUP_HEADS = {"corps", "legion", "brigade", "battalion", "front", "army", "militia", "regiment", "guard"}

# Verbs by which a speaker denies what it tells, and a group says it had no part in an act (claims
# reads a denial's stance by these too).
DENYING_VERBS = {"deny", "reject", "dismiss", "refute", "disown"}
PRONOUNS = {"he", "she", "it", "they", "its", "their", "his", "her", "them", "we", "i"}

# A group's own units speak and fight as the group: "the ELN's Eastern War Front".
UNIT_HEADS = ARMED_GROUP_HEADS | {"wing", "faction", "unit", "branch", "command", "division", "cell"}

# Acts of a crowd: civilians who march are protesters, who riot rioters.
PROTEST_LEMMAS = {"march", "protest", "demonstrate", "rally"}

ARMED_GROUP_TYPES = {tx.REBEL_GROUPS, tx.POLITICAL_MILITIAS, tx.IDENTITY_MILITIAS}
# What a group claims when it claims an attack.
CLAIMED_THINGS = {"responsibility", "attack", "bombing", "ambush", "raid", "killing", "assault", "abduction",
                  "kidnapping", "strike", "explosion", "blast"}

# Words that tie a group to another without making it that one: "the al-Qaeda-linked group".
LINK_WORDS = {"linked", "backed", "affiliated", "aligned", "allied", "inspired", "supported", "sponsored", "funded"}
GROUP_NOUNS = {"group", "movement", "organisation", "organization", "faction"}

LEADER_NOUNS = {"commander", "leader", "chief", "head", "warlord", "founder"}

# Nouns that name a group's members, who are that group: "fighters of X", "troops from X".
MEMBER_NOUNS = ARMED_ROLE_NOUNS | {"mujahideen", "mujahedeen", "troops", "forces", "soldiers", "members", "units", "elements", "men",
                                   "inmates", "prisoners"}

# Nouns after which a country names where a thing is, not whose: "on the border with X".
BORDER_NOUNS = {"border", "frontier", "boundary"}
# Heads that a gang's, cartel's or militia's own name can qualify: "the Los Lobos gang".
NAMED_GROUP_HEADS = {"gang", "cartel", "militia"}

# Nouns by which a report refers back to those who carried out the act it told ("the attackers").
REFERRING_ATTACKER_NOUNS = {"attackers", "assailants", "raiders", "gunmen", "militants", "fighters", "insurgents",
                            "jihadists", "extremists", "terrorists", "kidnappers", "abductors", "paramilitaries"}

SUBJECT_DEPS = {"nsubj", "csubj"}
OBJECT_DEPS = {"dobj", "nsubjpass", "attr"}
TARGET_PREPOSITIONS = {"on", "against", "with", "at", "targeting"}

# Events whose coordinated participants fight each other rather than side by side.
DETAINING_ACTS = {"arrest", "detain", "jail", "imprison", "seize"}

OWN_WORDS = {"its", "their", "his", "her", "our"}

# Unarmed people who become protesters when they march: civilians, and an opposition's supporters
# ("thousands of opposition supporters marched").
UNARMED_CROWDS = {"Civilians", "Protesters", "Opposition"}

# Police bodies named "security" ("the General Security", "Public Security forces"): what such a
# body's name qualifies is that state's police, and a report that names one means them by
# "security forces" and "security men".
POLICE_SECURITY_BODY = re.compile(r"\b(?:General|Public) Security\b")

# Aircraft a report may name bare ("Warplanes hit the port"): whose they are, its air strikes say.
AIRCRAFT_NOUNS = {"warplane", "warplanes", "jet", "jets", "aircraft", "drone", "drones", "helicopter", "helicopters"}
# Strikes from the air: "air strikes", "drone strikes", "an airstrike".
AIR_STRIKE_WORDS = {"air", "drone", "airstrike", "airstrikes"}

# Verbs by which a source tells an event: "..., Ukrainian officials say".
TELLING_LEMMAS = {"say", "tell", "report", "confirm", "add"}
