"""ACLED's public event taxonomy, the CASE 2021 label codes, and ACLED actor types.

Facts from ACLED's public codebook; the only place these names are spelled out.
"""

from __future__ import annotations

from dataclasses import dataclass

POLITICAL_VIOLENCE = "Political violence"
DEMONSTRATIONS = "Demonstrations"
STRATEGIC = "Strategic developments"
NON_CONFLICT = "Non-conflict"


@dataclass(frozen=True)
class SubEventType:
    code: str  # the CASE 2021 label
    name: str  # ACLED's sub-event type name
    event_type: str
    disorder_type: str


SUB_EVENT_TYPES: tuple[SubEventType, ...] = (
    SubEventType("ARMED_CLASH", "Armed clash", "Battles", POLITICAL_VIOLENCE),
    SubEventType("GOV_REGAINS_TERIT", "Government regains territory", "Battles", POLITICAL_VIOLENCE),
    SubEventType(
        "NON_STATE_ACTOR_OVERTAKES_TER", "Non-state actor overtakes territory", "Battles", POLITICAL_VIOLENCE
    ),
    SubEventType("CHEM_WEAP", "Chemical weapon", "Explosions/Remote violence", POLITICAL_VIOLENCE),
    SubEventType("AIR_STRIKE", "Air/drone strike", "Explosions/Remote violence", POLITICAL_VIOLENCE),
    SubEventType("SUIC_BOMB", "Suicide bomb", "Explosions/Remote violence", POLITICAL_VIOLENCE),
    SubEventType(
        "ART_MISS_ATTACK", "Shelling/artillery/missile attack", "Explosions/Remote violence", POLITICAL_VIOLENCE
    ),
    SubEventType(
        "REM_EXPLOS", "Remote explosive/landmine/IED", "Explosions/Remote violence", POLITICAL_VIOLENCE
    ),
    SubEventType("GRENADE", "Grenade", "Explosions/Remote violence", POLITICAL_VIOLENCE),
    SubEventType("SEX_VIOL", "Sexual violence", "Violence against civilians", POLITICAL_VIOLENCE),
    SubEventType("ATTACK", "Attack", "Violence against civilians", POLITICAL_VIOLENCE),
    SubEventType(
        "ABDUCT_DISSAP", "Abduction/forced disappearance", "Violence against civilians", POLITICAL_VIOLENCE
    ),
    SubEventType("PEACE_PROTEST", "Peaceful protest", "Protests", DEMONSTRATIONS),
    SubEventType("PROTEST_WITH_INTER", "Protest with intervention", "Protests", DEMONSTRATIONS),
    SubEventType("FORCE_AGAINST_PROTEST", "Excessive force against protesters", "Protests", DEMONSTRATIONS),
    SubEventType("VIOL_DEMONSTR", "Violent demonstration", "Riots", DEMONSTRATIONS),
    SubEventType("MOB_VIOL", "Mob violence", "Riots", POLITICAL_VIOLENCE),
    SubEventType("AGREEMENT", "Agreement", "Strategic developments", STRATEGIC),
    SubEventType("ARREST", "Arrests", "Strategic developments", STRATEGIC),
    SubEventType("CHANGE_TO_GROUP_ACT", "Change to group/activity", "Strategic developments", STRATEGIC),
    SubEventType("DISR_WEAP", "Disrupted weapons use", "Strategic developments", STRATEGIC),
    SubEventType("HQ_ESTABLISHED", "Headquarters or base established", "Strategic developments", STRATEGIC),
    SubEventType("PROPERTY_DISTRUCT", "Looting/property destruction", "Strategic developments", STRATEGIC),
    SubEventType(
        "NON_VIOL_TERRIT_TRANSFER", "Non-violent transfer of territory", "Strategic developments", STRATEGIC
    ),
    SubEventType("OTHER", "Other", "Strategic developments", STRATEGIC),
    # The CASE 2021 benchmark's non-ACLED classes.
    SubEventType("ORG_CRIME", "Organized crime", "Non-conflict", NON_CONFLICT),
    SubEventType("NATURAL_DISASTER", "Natural disaster", "Non-conflict", NON_CONFLICT),
    SubEventType("MAN_MADE_DISASTER", "Man-made disaster", "Non-conflict", NON_CONFLICT),
    SubEventType("DIPLO", "Diplomacy", "Non-conflict", NON_CONFLICT),
    SubEventType("ATTRIB", "Attribution of responsibility", "Non-conflict", NON_CONFLICT),
)

BY_CODE: dict[str, SubEventType] = {sub.code: sub for sub in SUB_EVENT_TYPES}
BY_NAME: dict[str, SubEventType] = {sub.name: sub for sub in SUB_EVENT_TYPES}
EVENT_TYPES: tuple[str, ...] = tuple(dict.fromkeys(sub.event_type for sub in SUB_EVENT_TYPES))

# ACLED actor types ("inter" codes).
STATE_FORCES = 1
REBEL_GROUPS = 2
POLITICAL_MILITIAS = 3
IDENTITY_MILITIAS = 4
RIOTERS = 5
PROTESTERS = 6
CIVILIANS = 7
EXTERNAL_FORCES = 8
UNKNOWN_ACTOR = 0

INTER_NAMES: dict[int, str] = {
    UNKNOWN_ACTOR: "Unknown",
    STATE_FORCES: "State forces",
    REBEL_GROUPS: "Rebel groups",
    POLITICAL_MILITIAS: "Political militias",
    IDENTITY_MILITIAS: "Identity militias",
    RIOTERS: "Rioters",
    PROTESTERS: "Protesters",
    CIVILIANS: "Civilians",
    EXTERNAL_FORCES: "External/other forces",
}


def interaction_code(inter1: int, inter2: int) -> int:
    """ACLED's interaction code: the two inter codes, lower first (10 + n when actor2 is absent)."""
    if not inter1:
        return inter2 * 10 if inter2 else 0
    if not inter2:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high
