"""The actor data file: well-formed rows, one actor per alias, and the canonical names its rows
give the phrases a report uses for them."""

from __future__ import annotations

import json
from collections import defaultdict
from importlib import resources

import pytest

from eventwire import taxonomy as tx
from eventwire.annotate import load_language
from eventwire.extract.who import build_context, noun_phrase, resolve_actor

INTER_CODES = {tx.UNKNOWN_ACTOR, tx.STATE_FORCES, tx.REBEL_GROUPS, tx.POLITICAL_MILITIAS, tx.IDENTITY_MILITIAS,
               tx.RIOTERS, tx.PROTESTERS, tx.CIVILIANS, tx.EXTERNAL_FORCES}


def _rows() -> list[dict]:
    return json.loads((resources.files("eventwire") / "data" / "actors.json").read_text(encoding="utf-8"))


def test_every_row_has_a_name_an_acled_inter_code_and_string_aliases():
    for row in _rows():
        assert isinstance(row["name"], str) and row["name"].strip() == row["name"] != ""
        assert row["inter"] in INTER_CODES, row["name"]
        assert all(isinstance(alias, str) and alias.strip() for alias in row.get("aliases", [])), row["name"]


def test_no_alias_names_two_actors():
    owners: dict[str, set[str]] = defaultdict(set)
    for row in _rows():
        for alias in (row["name"], *row.get("aliases", [])):
            owners[alias.lower()].add(row["name"])
    assert {alias: names for alias, names in owners.items() if len(names) > 1} == {}


def _actor(text: str, head: str):
    doc = load_language()(text)
    token = next(t for t in doc if t.text == head)
    return resolve_actor(noun_phrase(token), build_context(doc))


@pytest.mark.parametrize(
    ("text", "head", "name", "inter"),
    [
        # India's Central Reserve Police Force is a police force, by its name or its acronym
        ("Three CRPF personnel were wounded by a landmine.", "personnel", "Police Forces of India", tx.STATE_FORCES),
        ("The Central Reserve Police Force said two rebels were killed.", "Force", "Police Forces of India",
         tx.STATE_FORCES),
        ("A District Reserve Guard patrol came under fire.", "patrol", "Police Forces of India", tx.STATE_FORCES),
        # a party known by its acronym alone, its full name spelled in Swahili
        ("CHADEMA said two of its members were arrested.", "CHADEMA",
         "Chama cha Demokrasia na Maendeleo (CHADEMA)", tx.POLITICAL_MILITIAS),
        # the Maoist party keeps its "(Maoist)": the Communist Party of India is another party
        ("CPI (Maoist) rebels attacked a police camp.", "rebels", "Communist Party of India (Maoist)",
         tx.REBEL_GROUPS),
        ("The CPI-Maoist said three of its cadres had died.", "Maoist", "Communist Party of India (Maoist)",
         tx.REBEL_GROUPS),
        # an Islamic State province by its possessive name, and its fighters
        ("The Islamic State's Sinai Province claimed the attack on Telegram.", "Province",
         "Islamic State Sinai Province", tx.REBEL_GROUPS),
        ("Sinai Province fighters killed five soldiers.", "fighters", "Islamic State Sinai Province", tx.REBEL_GROUPS),
        # a rebel group called an army is no state's army
        ("Suspected members of the Paraguayan People's Army (EPP) abducted a farmer.", "members",
         "Paraguayan People's Army (EPP)", tx.REBEL_GROUPS),
        ("The Paraguayan People's Army said it was holding the farmer.", "Army", "Paraguayan People's Army (EPP)",
         tx.REBEL_GROUPS),
        # parties by their acronym, upper- or mixed-case
        ("Zanu-PF supporters attacked the opposition.", "supporters",
         "Zimbabwe African National Union-Patriotic Front (ZANU-PF)", tx.POLITICAL_MILITIAS),
        ("Pudemo said on Telegram that officers had fired live rounds.", "Pudemo",
         "People's United Democratic Movement (PUDEMO)", tx.POLITICAL_MILITIAS),
        # a militia by its members' name
        ("Suspected Ninja militiamen attacked a passenger train.", "militiamen", "Ninja Militia", tx.POLITICAL_MILITIAS),
        ("The Ninjas fought the army for a year.", "Ninjas", "Ninja Militia", tx.POLITICAL_MILITIAS),
        # armed groups and gangs a report may name by their acronym or short name alone
        ("NPA rebels ambushed an army patrol.", "rebels", "New People's Army (NPA)", tx.REBEL_GROUPS),
        ("OLA fighters attacked a police station.", "fighters", "Oromo Liberation Army (OLA)", tx.REBEL_GROUPS),
        ("A drone struck a vehicle, killing three men, the Polisario said.", "Polisario", "Polisario Front",
         tx.REBEL_GROUPS),
        ("Return, Reclamation and Rehabilitation fighters killed villagers near the town.", "fighters",
         "Return, Reclamation and Rehabilitation (3R)", tx.REBEL_GROUPS),
        ("The MFDC denied any role.", "MFDC", "Movement of Democratic Forces of Casamance (MFDC)", tx.REBEL_GROUPS),
        ("Jaish al-Adl militants stormed a police station.", "militants", "Jaish al-Adl", tx.REBEL_GROUPS),
        ("MS-13 gunmen killed two bus drivers.", "gunmen", "Mara Salvatrucha (MS-13)", tx.POLITICAL_MILITIAS),
        ("Members of Barrio 18 killed three police officers.", "Members", "Barrio 18", tx.POLITICAL_MILITIAS),
    ],
)
def test_data_file_names_the_actor(text: str, head: str, name: str, inter: int):
    actor = _actor(text, head)
    assert actor is not None and (actor.name, actor.inter) == (name, inter)
