"""What one article teaches about its actors: acronyms, people, role groups, its claiming group."""

from __future__ import annotations

from dataclasses import dataclass, field

@dataclass
class ActorContext:
    """What the article itself teaches: acronyms, full names of people, the main country."""

    aliases: dict[str, str] = field(default_factory=dict)  # lower-case alias -> canonical name
    types: dict[str, int] = field(default_factory=dict)  # canonical name -> inter
    people: dict[str, str] = field(default_factory=dict)  # surname -> full name
    country: str = ""  # the article's most mentioned country, for "Protesters (X)"
    # the country whose forces the article names ("Israeli forces"), for a bare "the army"
    force_country: str = ""
    # where the sentence that first names them begins: a bare "soldiers" before it are not theirs
    # ("... killing six soldiers. ... The US military denied ...")
    force_country_from: int = 0
    # the state whose air strikes the article names first ("Israeli air strikes on X"), and where:
    # the bare warplanes, jets and drones told after it are its forces, not the country's they hit
    air_country: str = ""
    air_country_from: int = 0
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
    # its bare "security forces" are police: the article names police or gendarmes and no army,
    # soldiers or troops ("Security forces fired tear gas ... dispersed by gendarmes"), or a
    # police body called "General Security" or "Public Security"
    security_police: bool = False
    # a word -> the armed group a report of the article's country means by it ("Maoists" in India)
    local_names: dict[str, str] = field(default_factory=dict)
    # the armed groups the article names (`_armed_groups_named`), read once when first needed
    armed_groups: frozenset[str] | None = None
