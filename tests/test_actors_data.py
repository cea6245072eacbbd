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
        # Yemen's Shabwa forces, Iraq's Yazidi militia, South Sudan's armed opposition and Nuer militia
        ("Fighters of the Shabwa Defence Forces repelled the raid.", "Fighters", "Shabwa Defence Forces",
         tx.POLITICAL_MILITIAS),
        ("Two YBS fighters died when a drone hit their car.", "fighters", "Sinjar Resistance Units (YBS)",
         tx.POLITICAL_MILITIAS),
        ("SPLA-IO fighters overran the garrison.", "fighters",
         "Sudan People's Liberation Movement-in-Opposition (SPLM-IO)", tx.REBEL_GROUPS),
        ("The White Army said it had taken the town.", "Army", "White Army", tx.IDENTITY_MILITIAS),
        # Balochistan's Levies are a police force
        ("Gunmen seized four Levies personnel at a checkpoint.", "personnel", "Police Forces of Pakistan",
         tx.STATE_FORCES),
        # South Sudan's army by its own name or acronym is the state's military (not the "People's
        # Defence Force" inside its name)
        ("The South Sudan People's Defence Forces (SSPDF) said its soldiers had held the town.", "Forces",
         "Military Forces of South Sudan", tx.STATE_FORCES),
        ("SSPDF troops shelled a cattle camp.", "troops", "Military Forces of South Sudan", tx.STATE_FORCES),
        # Karenni (Kayah) State's armed groups, a Bahia drug faction and a Syrian group that claims sectarian
        # killings
        ("KNDF fighters attacked a police post near the town.", "fighters",
         "Karenni Nationalities Defence Force (KNDF)", tx.REBEL_GROUPS),
        ("Fighters of the Karenni Army took the bridge.", "Fighters", "Karenni Army", tx.REBEL_GROUPS),
        ("KNPP troops fought soldiers outside the town.", "troops", "Karenni National Progressive Party (KNPP)",
         tx.REBEL_GROUPS),
        ("BDM gunmen shot a bus driver.", "gunmen", "Bonde do Maluco (BDM)", tx.POLITICAL_MILITIAS),
        ("Members of Saraya Ansar al-Sunna shot four farmers.", "Members", "Saraya Ansar al-Sunna",
         tx.REBEL_GROUPS),
        # groups real reports name without spelling them out: Congolese militias, Mexican cartels and their
        # factions, Haitian gangs, rebels of Manipur, Mindanao and Thailand's deep south, Iraqi, Yemeni and
        # Syrian armed factions, a Nigerian sect and a Kenyan gang
        ("Nyatura militiamen killed three farmers.", "militiamen", "Nyatura Militia", tx.POLITICAL_MILITIAS),
        ("NDC-R fighters clashed with the army.", "fighters", "Nduma Defence of Congo-Renovated (NDC-R)",
         tx.POLITICAL_MILITIAS),
        ("Members of Los Mayos killed a police officer.", "Members", "Los Mayos", tx.POLITICAL_MILITIAS),
        ("Members of the Knights Templar cartel were arrested.", "Members", "Knights Templar Cartel",
         tx.POLITICAL_MILITIAS),
        ("Kraze Barye gang members burned houses.", "members", "Kraze Baryè", tx.POLITICAL_MILITIAS),
        ("Members of the 5 Segonn gang attacked the police station.", "Members", "5 Segonn", tx.POLITICAL_MILITIAS),
        ("UNLF cadres ambushed a patrol.", "cadres", "United National Liberation Front (UNLF)", tx.REBEL_GROUPS),
        ("Dawlah Islamiyah militants attacked soldiers.", "militants", "Dawlah Islamiyah", tx.REBEL_GROUPS),
        ("MILF fighters clashed with soldiers.", "fighters", "Moro Islamic Liberation Front (MILF)", tx.REBEL_GROUPS),
        ("BRN insurgents detonated a bomb.", "insurgents", "Barisan Revolusi Nasional (BRN)", tx.REBEL_GROUPS),
        ("Nujaba fighters fired rockets.", "fighters", "Harakat al-Nujaba", tx.POLITICAL_MILITIAS),
        ("Fighters of the Sultan Murad Division killed two men.", "Fighters", "Sultan Murad Division",
         tx.POLITICAL_MILITIAS),
        ("Mahmuda militants killed ten villagers.", "militants", "Mahmuda", tx.REBEL_GROUPS),
        ("Mungiki members killed a driver.", "members", "Mungiki", tx.POLITICAL_MILITIAS),
        # and further groups of the West Bank, Colombia, Mexico, Pakistan, Manipur, Yemen, Sudan, Shan State,
        # Iraq, Kashmir, Indonesia, the Central African Republic and Iran
        ("Fighters of the Jenin Brigade clashed with troops.", "Fighters", "Jenin Brigade", tx.REBEL_GROUPS),
        ("ACSN gunmen killed a social leader.", "gunmen", "Autodefensas Conquistadores de la Sierra Nevada (ACSN)",
         tx.POLITICAL_MILITIAS),
        ("Los Viagras gunmen ambushed police.", "gunmen", "Los Viagras", tx.POLITICAL_MILITIAS),
        ("Jamaat-ul-Ahrar militants attacked a police station.", "militants", "Jamaat-ul-Ahrar", tx.REBEL_GROUPS),
        ("PREPAK cadres ambushed a patrol.", "cadres", "People's Revolutionary Party of Kangleipak (PREPAK)",
         tx.REBEL_GROUPS),
        ("Fighters of the Security Belt Forces clashed with tribesmen.", "Fighters", "Security Belt Forces",
         tx.POLITICAL_MILITIAS),
        ("Sudan Liberation Army fighters attacked a convoy.", "fighters", "Sudan Liberation Movement (SLM)",
         tx.REBEL_GROUPS),
        ("UWSA troops moved into the town.", "troops", "United Wa State Army (UWSA)", tx.REBEL_GROUPS),
        ("The Islamic Resistance in Iraq said it launched drones.", "Resistance", "Islamic Resistance in Iraq",
         tx.POLITICAL_MILITIAS),
        ("PAFF militants attacked an army vehicle.", "militants", "People's Anti-Fascist Front (PAFF)",
         tx.REBEL_GROUPS),
        ("Jemaah Islamiyah militants bombed a church.", "militants", "Jemaah Islamiyah", tx.REBEL_GROUPS),
        ("FPRC fighters seized the town.", "fighters",
         "Popular Front for the Renaissance of the Central African Republic (FPRC)", tx.REBEL_GROUPS),
        ("Jaysh al-Adl militants attacked a police station.", "militants", "Jaish al-Adl", tx.REBEL_GROUPS),
        # vigilante and self-defence militias, communal (identity militias) or fighting on the state's side
        # (political militias), parties and unions that organise protests, and a US command speaking for its forces
        ("Koglweogo members whipped two suspected cattle thieves.", "members", "Koglweogo", tx.IDENTITY_MILITIAS),
        ("Twirwaneho fighters held the ridge above the village.", "fighters", "Twirwaneho", tx.IDENTITY_MILITIAS),
        ("Members of the Arrow Boys militia guarded the road.", "Members", "Arrow Boys", tx.IDENTITY_MILITIAS),
        ("Naparama fighters clashed with police at a roadblock.", "fighters", "Naparama", tx.IDENTITY_MILITIAS),
        ("Members of the Rondas Campesinas detained two men.", "Members", "Rondas Campesinas", tx.IDENTITY_MILITIAS),
        ("KCWC members killed four suspected bandits.", "members", "Katsina Community Watch Corps (KCWC)",
         tx.POLITICAL_MILITIAS),
        ("Aman Lashkar volunteers guarded the road to the valley.", "volunteers", "Aman Lashkar",
         tx.POLITICAL_MILITIAS),
        ("Dozo hunters manned a checkpoint outside the village.", "hunters", "Dozo Militia", tx.IDENTITY_MILITIAS),
        ("Dan Na Ambassagou militiamen burned a herders' camp.", "militiamen", "Dan Na Ambassagou",
         tx.IDENTITY_MILITIAS),
        ("Ma'awisley fighters drove the militants from the wells.", "fighters", "Ma'awisley", tx.IDENTITY_MILITIAS),
        ("The FSNC said two of its members were arrested.", "FSNC", "Cameroon National Salvation Front (FSNC)",
         tx.POLITICAL_MILITIAS),
        ("The CNTE said its teachers would strike on Monday.", "CNTE",
         "National Coordinator of Education Workers (CNTE)", tx.POLITICAL_MILITIAS),
        ("The Leh Apex Body called a general strike.", "Body", "Leh Apex Body", tx.POLITICAL_MILITIAS),
        ("The US Africa Command said the strike killed two militants.", "Command", "Military Forces of United States",
         tx.STATE_FORCES),
    ],
)
def test_data_file_names_the_actor(text: str, head: str, name: str, inter: int):
    actor = _actor(text, head)
    assert actor is not None and (actor.name, actor.inter) == (name, inter)


# Armed groups a report may name by their acronym or short name alone, without spelling the name
# out first: Islamic State provinces, Naga, Assamese and Rohingya rebels, Sahel militias, Colombian
# FARC dissident factions, Pakistani and Iraqi groups and a Haitian gang.
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
        ("Lakurawa militants stole cattle from the herders.", "militants", "Lakurawa", tx.REBEL_GROUPS),
        ("Ansaru gunmen seized two traders on the highway.", "gunmen", "Ansaru", tx.REBEL_GROUPS),
        ("CCMSR rebels shelled a mining camp.", "rebels",
         "Military Command Council for the Salvation of the Republic (CCMSR)", tx.REBEL_GROUPS),
        ("PJAK said two of its fighters had died.", "PJAK", "Party of Free Life of Kurdistan (PJAK)",
         tx.REBEL_GROUPS),
        ("KDPI fighters fired on a border post.", "fighters", "Kurdistan Democratic Party of Iran (KDPI)",
         tx.REBEL_GROUPS),
        ("Tiguerones gunmen fired on a prison bus.", "gunmen", "Los Tiguerones", tx.POLITICAL_MILITIAS),
        ("FDLR rebels raided a village near the park.", "rebels",
         "Democratic Forces for the Liberation of Rwanda (FDLR)", tx.REBEL_GROUPS),
        ("LRA fighters seized children from a school.", "fighters", "Lord's Resistance Army (LRA)", tx.REBEL_GROUPS),
        ("Hizbul Mujahideen militants fired on a checkpoint.", "militants", "Hizbul Mujahideen", tx.REBEL_GROUPS),
        ("Hurras al-Din fighters shelled an outpost.", "fighters", "Hurras al-Din", tx.REBEL_GROUPS),
        ("Familia Michoacana gunmen ambushed a patrol.", "gunmen", "La Nueva Familia Michoacana",
         tx.POLITICAL_MILITIAS),
        ("Gulf Cartel gunmen burned two lorries.", "gunmen", "Gulf Cartel", tx.POLITICAL_MILITIAS),
        ("Gunmen of the Cartel del Noreste blocked a highway.", "Gunmen", "Cartel del Noreste", tx.POLITICAL_MILITIAS),
        ("The 400 Mawozo gang seized a bus.", "gang", "400 Mawozo", tx.POLITICAL_MILITIAS),
        # Congo's Mai-Ndombe militia, Guerrero's cartels, the Gulf Clan by the name it gives itself,
        # the Philippines' Abu Sayyaf and the Central African Anti-Balaka
        ("Mobondo militiamen attacked a fishing village.", "militiamen", "Mobondo Militia", tx.IDENTITY_MILITIAS),
        ("The Mobondo denied any part in the killings.", "Mobondo", "Mobondo Militia", tx.IDENTITY_MILITIAS),
        ("Los Ardillos gunmen burned two houses in the hamlet.", "gunmen", "Los Ardillos", tx.POLITICAL_MILITIAS),
        ("Los Tlacos gunmen blocked the mountain road.", "gunmen", "Los Tlacos", tx.POLITICAL_MILITIAS),
        ("The group, which calls itself the Gaitanista Army of Colombia, denied any role.", "Army", "Gulf Clan",
         tx.POLITICAL_MILITIAS),
        ("Abu Sayyaf militants freed a fisherman.", "militants", "Abu Sayyaf Group (ASG)", tx.REBEL_GROUPS),
        ("Anti-Balaka fighters looted a herders' camp.", "fighters", "Anti-Balaka", tx.POLITICAL_MILITIAS),
        # al Qaeda's regional branches by their acronyms: each its own group, not al Qaeda itself
        ("AQAP fighters stormed a checkpoint outside the town.", "fighters",
         "Al Qaeda in the Arabian Peninsula (AQAP)", tx.REBEL_GROUPS),
        ("AQIM said it was holding the two engineers.", "AQIM", "Al Qaeda in the Islamic Maghreb (AQIM)",
         tx.REBEL_GROUPS),
        ("STC forces took over the port after a day of fighting.", "forces", "Southern Transitional Council (STC)",
         tx.POLITICAL_MILITIAS),
        ("Fighters loyal to the SSC-Khatumo administration shelled a base.", "Fighters", "SSC-Khatumo",
         tx.REBEL_GROUPS),
        ("AAKG militiamen burned a herders' camp.", "militiamen", "Azande Ani Kpi Gbe (AAKG)", tx.IDENTITY_MILITIAS),
        # today's Shining Path remnants in the VRAEM are the MPCP; the movement alone stays unknown
        ("Shining Path remnants blew up a pylon in the valley.", "remnants",
         "Militarized Communist Party of Peru (MPCP)", tx.REBEL_GROUPS),
        # JNIM's central Mali brigade is JNIM
        ("Katiba Macina fighters burned the granaries of the hamlet.", "fighters",
         "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", tx.REBEL_GROUPS),
        # Cameroon's elite Rapid Intervention Battalion is the state's army (not its acronym: "Bir" starts
        # many Arabic place names)
        ("Soldiers of the Rapid Intervention Battalion burned houses.", "Soldiers", "Military Forces of Cameroon",
         tx.STATE_FORCES),
        ("The Rapid Intervention Battalion said it killed two separatists.", "Battalion", "Military Forces of Cameroon",
         tx.STATE_FORCES),
        # Darfur's, the Central African Republic's and Manipur's groups by acronym or name; Somalia's Danab
        # special forces are the state's army
        ("JEM fighters attacked the town.", "fighters", "Justice and Equality Movement (JEM)", tx.REBEL_GROUPS),
        ("UPC rebels attacked the village of Kolo.", "rebels",
         "Union for Peace in the Central African Republic (UPC)", tx.REBEL_GROUPS),
        ("Fighters of the Coalition of Patriots for Change attacked a mine.", "Fighters",
         "Coalition of Patriots for Change (CPC)", tx.REBEL_GROUPS),
        ("Arambai Tenggol members fired at the village.", "members", "Arambai Tenggol", tx.POLITICAL_MILITIAS),
        ("Danab forces killed ten militants in the raid.", "forces", "Military Forces of Somalia", tx.STATE_FORCES),
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
