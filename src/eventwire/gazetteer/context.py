"""What the words around a toponym say about it: "near X", "X region", "the town of X", "X, Y".

Read from the raw text (not the parse), so gold-toponym evaluation and end-to-end extraction
resolve a span with exactly the same cues.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from urllib.parse import urlsplit

from eventwire.gazetteer.names import ADMIN_WORDS

# "near X", "outside X", "on the outskirts of X", "north of X", "X's outskirts", "a hill
# overlooking X": the event is around X, not in it (ACLED geo-precision 2).
_NEAR_BEFORE = re.compile(
    r"(?:\bnear(?:by)?|\boutside(?: of)?|\boutskirts of|\bclose to|\bvicinity of|\bfrom|\baround|\boverlooking|"
    r"\b(?:\d+\s*(?:km|kilometers?|kilometres?|miles?)\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest)"
    r"(?:ern)?\s+of|\boff the coast of|\bedge of)\s+(?:the\s+)?(?:(?:city|town|village|settlement|hamlet)\s+of\s+)?$",
    re.IGNORECASE,
)
# A post or landing place named after the settlement it serves: "near the border post of X", "from
# the landing site of X", "the gold mining site of X", "the airstrip of X" (what lies "of X" lies at X).
SITE_OF_SETTLEMENT = r"border\s+(?:post|crossing)|crossing\s+point|landing\s+site|(?:gold\s+)?mining\s+site|airstrip"
_SETTLEMENT_BEFORE = re.compile(
    r"\b(?:city|town|village|settlement|hamlet|township|municipality|commune|borough|community|suburb|"
    rf"{SITE_OF_SETTLEMENT}|(?-i:port(?:\s+city)?|rural\s+area))\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Léré, a town in the Timbuktu region", "X, a village near Y", "X, the capital of Y", "X, the
# provincial capital", "X, the province's second town", "X, a fishing island": an apposition says
# what X is (an island named so is named for the settlement on it).
_SETTLEMENT_AFTER = re.compile(
    r"^,\s+(?:an?|the)\s+(?:[a-z-]+['’]s\s+)?(?:[a-z-]+\s+)?"
    r"(?:city|town|village|settlement|hamlet|township|municipality|suburb|port|capital|island)\b"
)
# "the Yemeni port of X", "the southern Ukrainian city of X": a capitalised word before the word
# for a settlement, which names X's country where it is a nationality (`Gazetteer.country_for_demonym`).
_NATIONALITY_BEFORE = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:city|town|village|port(?:\s+(?:city|town))?|border\s+town)\s+of\s+(?:the\s+)?$")
# "the village of X", "X, a village in ...": the text calls X a settlement far below a city's
# size. Not "town": reports call cities of a million one ("the town of Mosul", "the northern town
# of Mopti"), and those are the cities the report means.
_SMALL_SETTLEMENT_BEFORE = re.compile(r"\b(?:village|hamlet)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_SMALL_SETTLEMENT_AFTER = re.compile(r"^,\s+(?:an?|the)\s+(?:[a-z-]+\s+)?(?:village|hamlet)\b")
_ADMIN_BEFORE = re.compile(
    r"\b(?:region|province|state|county|district|oblast|governorate|prefecture|department|republic)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PART_BEFORE = re.compile(
    r"\b(?:north|south|east|west|central|northeast|northwest|southeast|southwest)(?:ern|-eastern|-western)?\s+$",
    re.IGNORECASE,
)
_ADMIN_AFTER = re.compile(r"^(?:'s|’s)?\s+([A-Za-z]+)")
# "Pattani's Sai Buri district": words for a unit below the first level, named after its town.
_DISTRICT_WORDS = frozenset({"district", "districts", "subdistrict", "subdistricts"})
# "X, Y", and "X Township, Y" / "X TWP, Pa." where the tagger or a dateline kept only "X".
_CONTAINER_AFTER = re.compile(
    r"^(?:\s+(?:Twp|TWP|Township|TOWNSHIP|Borough|BOROUGH)\.?)?\s*,\s*((?:[A-Z][\w'’\.-]*)(?:\s+[A-Z][\w'’\.-]*){0,3})"
)

# A compass word before a region's name: "central", "northern", "south-eastern".
COMPASS = r"(?:(?:north|south)(?:-?(?:east|west))?|east|west|central)(?:ern)?"
# "Kani in central Mali", "Diéma in western Mali's Kayes region": the country a place lies in, said
# with "in" (compass word allowed); a possessive ends the name.
_INSIDE_AFTER = re.compile(
    rf"^\s+in\s+(?:the\s+)?(?:{COMPASS}\s+)?"
    r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})"
)

# "Burbank police said", "Cicero officials say", "Burbank Officer John Doe": a name heading a
# local institution, or titling one of its officers, is a place, the one the institution serves
# (not "17th District officers": a precinct's, which the resolver may have read as a town).
_INSTITUTION_AFTER = re.compile(
    r"^(?:'s|’s)?\s+(?:(?:police|officials|authorities|firefighters|fire department|city council|mayor|residents)\b"
    r"|(?-i:Officer\s+[A-Z]))",
    re.IGNORECASE,
)

# "upstate X", "X Gov. Andrew Cuomo", "X's attorney general", "the X border": words that only a
# state takes, for a name that is a state and its own biggest city alike.
_STATE_BEFORE = re.compile(r"\b(?:upstate|downstate|state\s+of|governor\s+of)\s+$", re.IGNORECASE)
_STATE_AFTER = re.compile(
    r"^(?:'s|’s)?\s+(?:governor|gov\.|lieutenant governor|attorney general|legislature|lawmakers|"
    r"state senate|senators?|congressional|comptroller|courts?|border|state line)\b",
    re.IGNORECASE,
)

# "the Geneva Group", "Marlow Analytics": a name heading an organisation's title-case name. The
# word after it must not be one of a local body's or a street's (those serve the town the article
# is about: "Springfield Parks", "Marlow Road") nor a compass word ("Springfield North").
_ORGANISATION_AFTER = re.compile(r"^(?:'s|’s)?\s+([A-Z][a-z][\w'’&-]*)")
_LOCAL_HEADS = frozenset({
    "police", "fire", "sheriff", "sheriff's", "city", "town", "county", "township", "borough", "village",
    "council", "mayor", "department", "district", "school", "schools", "high", "elementary", "middle",
    "public", "regional", "community", "municipal", "parks", "park", "library", "board", "area", "road",
    "street", "avenue", "drive", "lane", "boulevard", "highway", "north", "south", "east", "west",
    "central", "river", "lake", "valley", "beach", "heights", "harbor", "harbour", "creek", "island",
})

# "at Linden and Laurel avenues", "down Main and Elm streets": two streets named before one plural
# street type, after a locative (not "Cairo and Alexandria streets", the streets of two towns).
_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
_STREETS = r"\s+(?i:streets|avenues|aves\.|boulevards|drives|lanes)(?!\w)"
_STREET_BEFORE = r"\b(?:at|on|near|of|down|along|up|onto|off|between)\s+"
_STREET_PAIR = (
    (re.compile(rf"{_STREET_BEFORE}$"), re.compile(rf"^\s+(?:and|&)\s+{_NAME}{_STREETS}")),
    (re.compile(rf"{_STREET_BEFORE}{_NAME}\s+(?:and|&)\s+$"), re.compile(rf"^{_STREETS}")),
    # "the Chartres/Franklin intersection": two streets named by their crossing.
    (re.compile(r"(?:^|\s)$"), re.compile(rf"^/{_NAME}\s+(?i:intersection|corner)\b")),
    (re.compile(rf"\s{_NAME}/$"), re.compile(r"^\s+(?i:intersection|corner)\b")),
)

# "the 4400 block of Lexington", "the unit block of Denver": police reports' way of naming a
# street by its house numbers; the name is the street's, whatever town shares it.
_BLOCK_BEFORE = re.compile(r"\b(?:\d[\d,]*|unit|hundred)\s+block\s+of\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class Cues:
    """Cues around one toponym span."""

    near: bool = False  # "near X" -> precision 2
    settlement: bool = False  # "the town of X" -> prefer populated places
    admin: bool = False  # "X region", "the province of X" -> prefer admin units
    part: bool = False  # "eastern X" -> a part of X (precision 2 for an admin1)
    containers: tuple[str, ...] = ()  # "Y" in "X, Y": word prefixes after the comma, longest first
    inside: tuple[str, ...] = ()  # "Y" in "X in (central) Y": word prefixes after "in", longest first
    institution: bool = False  # "X police said": X's own police, officials or residents
    street: bool = False  # "at X and Y avenues", "the 4400 block of X": X is a street
    organisation: bool = False  # "X Group", "X Analytics": X opens an organisation's name
    statewide: bool = False  # "upstate X", "X's governor": X is a state, not its namesake city
    district: bool = False  # "X district", "X subdistrict": a unit below the first level, named after town X
    village: bool = False  # "the village of X", "X, a village": a settlement far smaller than a city, by the text's word
    landform: bool = False  # "the Valley", "atop the Mesa": a feature of the report's own area, not a town named so
    nationality: str = ""  # "Yemeni" in "the Yemeni port of X": the word for the people of X's country


def read_cues(text: str, start: int, end: int) -> Cues:
    """Cues for the span text[start:end] from at most ~60 characters on each side, and from the
    span's own last word where the span ends with a word for a unit ("Ghazni province", as the
    tagger often keeps it): the words say the same whether inside the span or just after it."""
    cues = _cues_between(text[max(0, start - 60) : start], text[end : end + 60])
    if not cues.admin and ends_with_unit_word(text[start:end]):
        return replace(cues, admin=True)
    if text[start:end].lower() in _LANDFORM_WORDS and _THE_BEFORE.search(text[max(0, start - 4) : start]):
        return replace(cues, landform=True)
    return cues


# "the Valley", "atop the Mesa", "the Loop": a bare word for a landform or a district, after
# "the", names one of the report's own area (a local paper's valley, a town's mesa), not the town
# that bears the word as its name (Valley, Alabama; Mesa, Arizona). Not words that alone name a
# well-known region or unit ("the Gulf", "the Delta", "the Highlands", "the Bay").
_LANDFORM_WORDS = frozenset({
    "valley", "mesa", "hills", "plains", "loop", "island", "ridge", "bluffs", "flats", "creek", "harbor",
    "harbour", "peninsula", "canyon", "lake", "river", "forest", "shore", "coast",
})
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def ends_with_unit_word(name: str) -> bool:
    """"Ghazni province", "Kunar Province": the name says itself that it is a unit (a bare
    "District" is no name)."""
    head, _, last = name.strip().rpartition(" ")
    return bool(head.strip()) and last.lower() in _OWN_UNIT_WORDS


# Words closing a span that name it a unit ("Ghazni province", "Kunar Province", "Sai Buri
# district"). Not "republic", "state", "territory" or "emirate": they close countries' and
# groups' own names ("Czech Republic", "Islamic State", "United Arab Emirates"). Not "county":
# the index holds counties under that full name ("Douglas County"), which the ranker learned as such.
_OWN_UNIT_WORDS = frozenset({
    "province", "region", "district", "subdistrict", "governorate", "oblast", "prefecture",
    "department", "raion", "rayon", "krai", "voivodeship", "wilaya",
})


def settlement_cue(text: str, start: int, end: int) -> bool:
    """`read_cues(text, start, end).settlement` alone: two patterns of the dozen `read_cues`
    reads, for a scan that asks it of every capitalised name of a report (`event_place`)."""
    return _settlement_between(text[max(0, start - 60) : start], text[end : end + 60])


def _settlement_between(before: str, after: str) -> bool:
    return bool(_SETTLEMENT_BEFORE.search(before) or _SETTLEMENT_AFTER.match(after) or _CAPITAL_BEFORE.search(before))


# "seized the regional capital, X", "in the capital, X": an apposition after it says X is that town.
_CAPITAL_BEFORE = re.compile(r"\b[Tt]he\s+(?:[a-z-]+\s+)?capital,\s+$")


@lru_cache(maxsize=4096)
def _cues_between(before: str, after: str) -> Cues:
    """The cues the 60 characters `before` and `after` a toponym hold. Cached on the two windows
    (not the article's text): extraction's steps (finding, resolving, choosing the event's place)
    ask again for the same toponym's cues, 5,030 reads of 1,554 toponyms in 200 reports, and the
    regular expressions were 5% of extraction's time."""
    admin_after = _ADMIN_AFTER.match(after)
    container = _CONTAINER_AFTER.match(after)
    inside = _INSIDE_AFTER.match(after)
    head = _ORGANISATION_AFTER.match(after)
    return Cues(
        near=bool(_NEAR_BEFORE.search(before)),
        settlement=_settlement_between(before, after),
        admin=bool(_ADMIN_BEFORE.search(before)) or bool(admin_after and _is_admin_word(admin_after.group(1).lower())),
        part=bool(_PART_BEFORE.search(before)),
        containers=_prefixes(container.group(1)) if container else (),
        inside=_prefixes(inside.group(1)) if inside else (),
        institution=bool(_INSTITUTION_AFTER.match(after)),
        street=bool(_BLOCK_BEFORE.search(before))
        or any(pair_before.search(before) and pair_after.match(after) for pair_before, pair_after in _STREET_PAIR),
        organisation=bool(head) and head.group(1).lower() not in _LOCAL_HEADS,
        statewide=bool(_STATE_BEFORE.search(before) or _STATE_AFTER.match(after)),
        district=bool(admin_after and admin_after.group(1).lower() in _DISTRICT_WORDS),
        village=bool(_SMALL_SETTLEMENT_BEFORE.search(before) or _SMALL_SETTLEMENT_AFTER.match(after)),
        nationality=nationality.group(1) if (nationality := _NATIONALITY_BEFORE.search(before)) else "",
    )


# Country-code domains sold worldwide as vanity names ("news.am" radio, ".tv", ".io"): they
# say nothing about where an outlet is. ".eu" and the generic domains name no country either.
_VANITY_DOMAINS = frozenset({"tv", "io", "co", "me", "fm", "ai", "ly", "cc", "ws", "to", "nu", "am", "gg", "im", "eu", "su"})


def outlet_country(address: str) -> str:
    """"https://www.irishtimes.ie/news" or "lfpress.ca" -> "IE" / "CA": the country an outlet's
    web address names, "" when it names none (".com", ".org"). Local news is mostly about
    places in the outlet's own country, which settles "London" or "Richmond"."""
    if not address:
        return ""
    host = urlsplit(address if "//" in address else "//" + address).hostname or ""
    suffix = host.rsplit(".", 1)[-1].lower()
    if len(suffix) != 2 or not suffix.isalpha() or suffix in _VANITY_DOMAINS:
        return ""
    return "GB" if suffix == "uk" else suffix.upper()


# A dateline crediting a US broadcaster by its call sign ("SPRINGFIELD (WXYZ) —", "DAYTON, Ohio
# (KXYZ-TV) -"): K or W and three letters, as the FCC assigns them. News agencies named alike
# credit datelines abroad.
_CALL_SIGN_DATELINE = re.compile(r"\W{0,3}[A-Z][A-Z.'’ -]*(?:,\s*[A-Z][\w.' ]*)?\s*\(([KW][A-Z]{3})(?:-(?:TV|DT))?\)\s*[-–—]")
_AGENCIES_LIKE_CALL_SIGNS = frozenset({"KUNA", "WAFA", "KCNA"})


def broadcaster_country(text: str) -> str:
    """"US" for a report whose dateline credits a US broadcaster ("ST. LOUIS (KXYZ) –"), which
    settles a bare name as a ".com" address cannot; "" otherwise."""
    credit = _CALL_SIGN_DATELINE.match(text)
    return "US" if credit is not None and credit.group(1) not in _AGENCIES_LIKE_CALL_SIGNS else ""


def _is_admin_word(word: str) -> bool:
    """"county", and the plural closing a list ("Dakota, Otoe and Washington counties")."""
    plurals = (word[:-1], word[:-2], word[:-3] + "y") if word.endswith("s") else ()
    return any(form in ADMIN_WORDS for form in (word, *plurals))


def _prefixes(words: str) -> tuple[str, ...]:
    """"La. Chiquita Raquel" -> ("La. Chiquita Raquel", "La. Chiquita", "La."): the resolver keeps
    the longest one that names a place, since the comma pattern cannot tell where a name ends."""
    tokens = words.split()
    # "Pa-": a dateline's state run into its dash.
    return tuple(" ".join(tokens[:size]).rstrip("-–—") for size in range(len(tokens), 0, -1))
