"""Armed groups a report may name by their acronym or short name alone, without spelling the
name out first: Islamic State provinces, Naga, Assamese and Rohingya rebels, Sahel militias,
Colombian FARC dissident factions, Pakistani and Iraqi groups and a Haitian gang."""

from __future__ import annotations

import pytest

from eventwire import taxonomy as tx
from eventwire.annotate import load_language
from eventwire.extract.who import build_context, noun_phrase, resolve_actor


def _actor(text: str, head: str):
    doc = load_language()(text)
    token = next(t for t in doc if t.text == head)
    return resolve_actor(noun_phrase(token), build_context(doc))


@pytest.mark.parametrize(
    ("text", "head", "name", "inter"),
    [
        ("ISKP fighters stormed a shrine on the edge of the city.", "fighters",
         "Islamic State Khorasan Province (ISKP)", tx.REBEL_GROUPS),
        ("The Islamic State Khorasan Province claimed the blast at the bus station.", "Province",
         "Islamic State Khorasan Province (ISKP)", tx.REBEL_GROUPS),
        ("Islamic State Mozambique Province fighters burned a chapel near the coast.", "fighters",
         "Islamic State Mozambique Province (ISMP)", tx.REBEL_GROUPS),
        ("ISCAP claimed the raid on the farming camp.", "ISCAP",
         "Islamic State Central Africa Province (ISCAP)", tx.REBEL_GROUPS),
        ("Islamic State Somalia fighters overran an outpost in the hills.", "fighters",
         "Islamic State Somalia Province", tx.REBEL_GROUPS),
        ("NSCN-K cadres fired on a road crew.", "cadres",
         "National Socialist Council of Nagaland-Khaplang (NSCN-K)", tx.REBEL_GROUPS),
        ("NSCN-IM cadres collected taxes from the traders.", "cadres",
         "National Socialist Council of Nagaland-Isak-Muivah (NSCN-IM)", tx.REBEL_GROUPS),
        ("ULFA-I rebels threw a grenade at the army post.", "rebels",
         "United Liberation Front of Asom-Independent (ULFA-I)", tx.REBEL_GROUPS),
        ("ARSA fighters clashed with a rival group in the camp.", "fighters",
         "Arakan Rohingya Salvation Army (ARSA)", tx.REBEL_GROUPS),
        ("MSA fighters escorted the convoy to the well.", "fighters",
         "Movement for the Salvation of Azawad (MSA)", tx.POLITICAL_MILITIAS),
        ("The FLA said its fighters had shot down a drone.", "FLA", "Azawad Liberation Front (FLA)", tx.REBEL_GROUPS),
        ("GATIA militiamen guarded the market.", "militiamen",
         "Imghad Tuareg and Allies Self-Defense Group (GATIA)", tx.POLITICAL_MILITIAS),
        ("VDP militiamen were killed in the ambush.", "militiamen",
         "Volunteers for the Defense of the Homeland (VDP)", tx.POLITICAL_MILITIAS),
        ("EMC dissidents attacked a police station with explosives.", "dissidents", "Estado Mayor Central (EMC)",
         tx.REBEL_GROUPS),
        ("Segunda Marquetalia fighters seized two soldiers.", "fighters", "Segunda Marquetalia", tx.REBEL_GROUPS),
        ("LeJ militants bombed a crowded market.", "militants", "Lashkar-e-Jhangvi (LeJ)", tx.REBEL_GROUPS),
        ("BLF fighters attacked a survey camp.", "fighters", "Balochistan Liberation Front (BLF)", tx.REBEL_GROUPS),
        ("Asaib Ahl al-Haq fighters fired rockets at the base.", "fighters", "Asaib Ahl al-Haq",
         tx.POLITICAL_MILITIAS),
        ("Gran Grif gunmen set fire to houses.", "gunmen", "Gran Grif", tx.POLITICAL_MILITIAS),
        # the Islamic State itself stays the Islamic State
        ("Islamic State fighters attacked the base.", "fighters", "Islamic State (ISIS)", tx.REBEL_GROUPS),
    ],
)
def test_a_group_named_by_its_acronym_or_short_name(text: str, head: str, name: str, inter: int):
    actor = _actor(text, head)
    assert actor is not None and (actor.name, actor.inter) == (name, inter)


@pytest.mark.parametrize(("text", "head"), [
    ("An IDF strike hit a house on the edge of the camp.", "strike"),
    ("The Israel Defense Forces said its troops had opened fire on the car.", "Forces"),
])
def test_israel_s_army_named_by_its_own_name_or_acronym_is_the_state_s_military(text: str, head: str):
    actor = _actor(text, head)
    assert (actor.name, actor.inter) == ("Military Forces of Israel", tx.STATE_FORCES)
