"""The town or state a local outlet is named after: "richmondregister.com", "eastoregonian.com".

A local paper writes "Richmond" or "Paris" for its own town, and only its web address says which
one. The address's words are not split, so every run of letters long enough to be a place name
is looked up; masthead words that are also town names ("Herald", "Beacon") are skipped. Of the
places found, the one the article's other toponyms agree with (same state, or nearby) is the
outlet's home; with no such agreement the address says nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from eventwire.gazetteer import Candidate, Gazetteer
from eventwire.gazetteer.context import outlet_country
from eventwire.gazetteer.distance import haversine_km
from eventwire.gazetteer.features import MentionOptions
from eventwire.gazetteer.names import normalize

MIN_LETTERS = 4  # "Ohio", "Utah"; towns need one more (MIN_TOWN_LETTERS)
MIN_TOWN_LETTERS = 5
MIN_POPULATION = 5000  # smaller towns named like common words would match by chance
NEARBY_KM = 161.0
# Masthead and web words that are also the names of towns or states somewhere.
_MASTHEAD_WORDS = frozenset({
    "herald", "beacon", "times", "tribune", "gazette", "courier", "journal", "register", "sentinel",
    "chronicle", "mercury", "star", "post", "press", "daily", "weekly", "news", "online", "record",
    "recorder", "reporter", "monitor", "advocate", "enquirer", "ledger", "leader", "dispatch",
    "observer", "examiner", "citizen", "telegram", "telegraph", "guardian", "independent", "express",
    "standard", "globe", "echo", "union", "republic", "democrat", "eagle", "item", "review", "bulletin",
    "signal", "argus", "banner", "bee", "free", "local", "live", "media", "radio", "channel", "world",
    "national", "state", "city", "county", "valley", "bay", "lake", "mountain", "river", "sun", "mail",
    "victoria", "regina", "trenton", "mirror", "pilot", "progress", "transcript", "inquirer",
})


def outlet_label(address: str) -> str:
    """"https://www.parisbeacon.com/x" -> "parisbeacon": the letters of the host before its domain
    suffix ("co.uk" too), "" for an address without a host name."""
    if not address or " " in address.strip():
        return ""
    host = urlsplit(address if "//" in address else "//" + address).hostname or ""
    parts = [p for p in host.lower().split(".") if p and p != "www"]
    while len(parts) > 1 and len(parts[-1]) <= 3:
        parts.pop()  # ".com", ".co.uk", ".com.lb"
    return re.sub(r"[^a-z]", "", "".join(parts))


# A host of two letters is a US state's postal code: the statewide sites of a newspaper group
# ("al.com", "nj.com") are named so.
STATE_CODE_LETTERS = 2


@lru_cache(maxsize=4096)
def _named_places(label: str, gazetteer: Gazetteer) -> tuple[Candidate, ...]:
    found: dict[int, Candidate] = {}
    if len(label) == STATE_CODE_LETTERS:
        return tuple(c for c in gazetteer.candidates(label) if c.feature == "admin1" and c.iso == "US")
    for start in range(len(label)):
        for end in range(start + MIN_LETTERS, len(label) + 1):
            word = label[start:end]
            if word in _MASTHEAD_WORDS:
                continue
            for candidate in gazetteer.candidates(word):
                if candidate.kind == 0 and (
                    candidate.feature == "admin1"
                    or (candidate.feature == "city" and candidate.population >= MIN_POPULATION and len(word) >= MIN_TOWN_LETTERS)
                ):
                    found.setdefault(candidate.id, candidate)
    return tuple(found.values())


def outlet_places(address: str, gazetteer: Gazetteer) -> tuple[Candidate, ...]:
    """Every town (population >= MIN_POPULATION) or state whose name is spelt out in the address:
    in its host name, or as a section of the site ("star-telegram.com/arlington_news/...",
    "/news/tamil-nadu/...")."""
    label = outlet_label(address)
    hosted = _named_places(label, gazetteer) if label else ()
    sections = tuple(place for section in outlet_sections(address) for place in _section_places(section, gazetteer))
    return tuple({place.id: place for place in (*hosted, *sections)}.values())


# A section of a site is a short path segment without digits ("local_news", "dublin_news",
# "los_angeles_metro"); the last segment, and any longer one, is the story's own slug.
MAX_SECTION_WORDS = 3
_SECTION_WORD = re.compile(r"[a-z]+")
# Section words of news sites that are also towns somewhere ("Metro" in Lampung, "Opinion").
_SECTION_WORDS = frozenset({
    "metro", "metros", "section", "sections", "stories", "story", "articles", "article", "content", "services",
    "sports", "sport", "business", "nation", "home", "opinion", "entertainment", "politics", "region",
    "regional", "lifestyle", "lifestyles", "community", "crime", "top", "latest", "breaking", "features",
})


def outlet_sections(address: str) -> list[tuple[str, ...]]:
    """"http://x.com/arlington_news/story/1.html" -> [("arlington", "news"), ("story",)]."""
    if not address or " " in address.strip():
        return []
    path = urlsplit(address if "//" in address else "//" + address).path
    segments = [segment for segment in path.lower().split("/") if segment][:-1]
    sections = []
    for segment in segments:
        if any(ch.isdigit() for ch in segment) or "." in segment:
            continue
        words = tuple(_SECTION_WORD.findall(segment))
        if 0 < len(words) <= MAX_SECTION_WORDS:
            sections.append(words)
    return sections


@lru_cache(maxsize=4096)
def _section_places(words: tuple[str, ...], gazetteer: Gazetteer) -> tuple[Candidate, ...]:
    """The towns and states a section's words name, by the same rules as the host's letters,
    longest run of words first ("los angeles" before "los")."""
    for size in range(len(words), 0, -1):
        for start in range(len(words) - size + 1):
            run = " ".join(words[start : start + size])
            letters = run.replace(" ", "")
            if len(letters) < MIN_LETTERS or any(word in _MASTHEAD_WORDS or word in _SECTION_WORDS for word in words[start : start + size]):
                continue
            found = tuple(
                candidate for candidate in gazetteer.candidates(run)
                if candidate.kind == 0 and (
                    candidate.feature == "admin1"
                    or (candidate.feature == "city" and candidate.population >= MIN_POPULATION and len(letters) >= MIN_TOWN_LETTERS)
                )
            )
            if found:
                return found
    return ()


def outlet_home(places: tuple[Candidate, ...], options: list[MentionOptions]) -> Candidate | None:
    """The place named in the address that most of the article's other toponyms agree with; None
    when none agrees. The toponym that is the address's own name does not vote: its candidates
    agree with every namesake."""
    if not places:
        return None
    article_candidates: dict[str, list[Candidate]] = {}
    for option in options:
        if option.candidates:
            article_candidates.setdefault(option.group.split("~")[0], option.candidates)
    best, best_support = None, 0
    for place in places:
        own = normalize(place.name).replace(" ", "")
        support = sum(
            max(_agreement(place, c) for c in found)
            for name, found in article_candidates.items() if own not in name.replace(" ", "")
        )
        if support > best_support or (support == best_support and best is not None and support and place.population > best.population):
            best, best_support = place, support
    return best or _named_by_the_article(places, article_candidates)


def _named_by_the_article(places: tuple[Candidate, ...], article_candidates: dict[str, list[Candidate]]) -> Candidate | None:
    """With no other toponym agreeing, the most populous town the address names whose own name
    the article writes ("chronicle.augusta.com" on "the Augusta Herald"): a local outlet named
    after its town writes that town's name for it, so the namesake the article means is one the
    address names, not a smaller one elsewhere that the article's other names happen to favour
    (an Augusta in New York for a report naming New York)."""
    # A name that is also a country's or a state's ("maltatoday.com": Malta, the island state)
    # means that first; the town of the address is only its namesake.
    written = {
        name.replace(" ", "") for name, found in article_candidates.items()
        if not any(c.kind == 0 and c.feature not in ("city", "admin2") for c in found)
    }
    towns = [place for place in places if place.feature == "city" and normalize(place.name).replace(" ", "") in written]
    return max(towns, key=lambda place: (place.population, -place.id), default=None)


def _agreement(home: Candidate, candidate: Candidate) -> int:
    """1 for a candidate in the home's state (or that state), 1 more for one within NEARBY_KM:
    "Henderson County" agrees with the Athens inside it more than with an Athens of its state."""
    if not home.iso or candidate.iso != home.iso or candidate.feature == "country":
        return 0
    state = home.name if home.feature == "admin1" else home.admin1
    same_state = bool(state) and (candidate.name if candidate.feature == "admin1" else candidate.admin1) == state
    near = home.feature == "city" and candidate.feature != "admin1" and haversine_km(
        home.latitude, home.longitude, candidate.latitude, candidate.longitude
    ) <= NEARBY_KM
    return int(same_state) + int(near)


def outlet_facts(address: str, options: list[MentionOptions], gazetteer: Gazetteer) -> tuple[str, Candidate | None]:
    """The outlet's country and home town or state (`outlet_home`). An address whose domain
    names no country (".com") is of its home's country where every place of the home's name the
    address may mean lies in that country: "al.com" or "columbuslocalnews.com" writes "Birmingham"
    or "Dublin" for a place in the US, as a ".co.uk" address would for one in Britain; a
    "miamiherald.com" (a Miami in Queensland too) is not told apart by the article's few names."""
    places = outlet_places(address, gazetteer)
    home = outlet_home(places, options)
    country = outlet_country(address)
    if not country and home is not None:
        own = normalize(home.name)
        if all(place.iso == home.iso for place in places if normalize(place.name) == own):
            country = home.iso
    return country, home
