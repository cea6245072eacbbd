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
from eventwire.gazetteer.distance import haversine_km
from eventwire.gazetteer.features import MentionOptions

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


@lru_cache(maxsize=4096)
def _named_places(label: str, gazetteer: Gazetteer) -> tuple[Candidate, ...]:
    found: dict[int, Candidate] = {}
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
    """Every town (population >= MIN_POPULATION) or state whose name is spelt out in the address."""
    label = outlet_label(address)
    return _named_places(label, gazetteer) if label else ()


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
        own = place.name.casefold().replace(" ", "")
        support = sum(
            max(_agreement(place, c) for c in found)
            for name, found in article_candidates.items() if name.replace(" ", "") != own
        )
        if support > best_support or (support == best_support and best is not None and support and place.population > best.population):
            best, best_support = place, support
    return best


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
