"""Which actors extract.who can resolve at all (issue #5 item 3, the candidate gap): acronyms a group
takes from its own language, platforms and days that are nobody, "suspected militants" of the
one group a report names, and the force a spokesman's title names. Each fixture is a short
text written for these tests."""

from __future__ import annotations

import pytest

from eventwire import taxonomy as tx
from eventwire.annotate import load_language
from eventwire.extract.who import build_context, noun_phrase, resolve_actor


def actor_for(text: str, head: str, country: str = "", nth: int = -1):
    doc = load_language()(text)
    token = [t for t in doc if t.text == head][nth]
    return resolve_actor(noun_phrase(token), build_context(doc, country))


@pytest.mark.parametrize(
    ("text", "alias", "name"),
    [
        # a syllabic acronym longer than the name's words can spell
        ("The Sugar Cane Workers' Union (SITRACANA) said two members were shot. SITRACANA blamed police.",
         "sitracana", "Sugar Cane Workers' Union"),
        # a mixed-case acronym of the group's own language
        ("The Commission for Forced Disappearances (KomHaS) said a driver died. KomHaS said police fired.",
         "komhas", "Commission for Forced Disappearances"),
        # a one-capital acronym spelling the name's first letter
        ("The Movement for Rural Justice (Morujus) said police fired. Morujus said two died.",
         "morujus", "Movement for Rural Justice"),
    ],
)
def test_own_language_acronyms_are_learnt(text: str, alias: str, name: str) -> None:
    context = build_context(load_language()(text), "Panama")
    assert context.aliases.get(alias) == name


@pytest.mark.parametrize(
    "text",
    [
        "CONAKRY, Guinea (Reuters) - Police fired tear gas at protesters.",  # an outlet
        "Fighters of the banned Communist Party of Zembla (Maoist) attacked a post.",  # a word of the name
        "The Kenya Defence Forces (Kenya) said it killed two men.",  # a country
        "The Allied Traders Front (Reuters) said two died.",  # spells no letter of the name
    ],
)
def test_a_bracketed_word_that_is_no_acronym_is_not_learnt(text: str) -> None:
    context = build_context(load_language()(text), "Kenya")
    assert not {"reuters", "maoist", "kenya"} & set(context.aliases)


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("The army said on X that its troops had repelled the attack.", "X"),
        ("The group said on Telegram that its fighters had seized the base.", "Telegram"),
        ("Residents posted a video on TikTok showing the fire.", "TikTok"),
        ("The rebels said on Facebook that they had taken the town.", "Facebook"),
        ("Monday's attack killed five soldiers near the border.", "Monday"),
    ],
)
def test_platforms_and_days_are_nobody(text: str, head: str) -> None:
    assert actor_for(text, head, "Mali") is None


def test_suspected_militants_are_the_one_group_the_report_names() -> None:
    text = ("Al-Shabaab claimed the bombing in Kenya's Lamu county on Telegram. On Thursday, three suspected "
            "militants were killed by soldiers near Kiunga in Kenya, the military said.")
    actor = actor_for(text, "militants", "Kenya")
    assert actor is not None and actor.name == "Al Shabaab" and actor.inter in {tx.REBEL_GROUPS, tx.POLITICAL_MILITIAS}


def test_suspected_militants_in_another_country_stay_unidentified() -> None:
    text = ("Al-Shabaab claimed the bombing in Kenya's Lamu county on Telegram. In neighbouring Somalia, "
            "suspected militants killed two soldiers near Kismayo.")
    actor = actor_for(text, "militants", "Kenya")
    assert actor is not None and actor.name == "Unidentified Armed Group (Somalia)"


@pytest.mark.parametrize(
    ("text", "head", "name"),
    [
        ("Police spokesman John Banda confirmed the arrests.", "Banda", "Police Forces of Zambia"),
        ("The army's spokesman, Colonel Peter Mwale, said troops had detained ten men.", "spokesman",
         "Military Forces of Zambia"),
        ("A police spokesman said two officers were hurt.", "spokesman", "Police Forces of Zambia"),
        ("The government spokesman said the curfew would hold.", "spokesman", "Government of Zambia"),
    ],
)
def test_a_spokesman_speaks_for_the_force_his_title_names(text: str, head: str, name: str) -> None:
    actor = actor_for(text, head, "Zambia")
    assert actor is not None and actor.name == name


def sides_for(text: str, trigger: str, country: str) -> tuple[list[str], list[str]]:
    from eventwire.extract.who import event_actor_groups

    doc = load_language()(text)
    token = next(t for t in doc if t.text == trigger)
    side1, side2 = event_actor_groups(token, build_context(doc, country))
    return [a.name for a in side1], [a.name for a in side2]


def test_an_acronym_after_an_elided_word_is_learnt() -> None:
    text = ("The opposition Democratic Party of Terre d'Azur (PDTA) said its members were attacked. Gunmen killed "
            "a PDTA councillor, Jean Koffi, in front of his house.")
    assert sides_for(text, "killed", "Ivory Coast") == (["Unidentified Armed Group (Ivory Coast)"],
                                                       ["Democratic Party of Terre d'Azur"])


def test_a_place_name_holding_a_demonym_places_nobody_abroad() -> None:
    actor = actor_for("On Wednesday, residents blocked roads in Spanish Town with burning tyres.", "residents",
                      "Jamaica")
    assert actor is not None and actor.name == "Civilians (Jamaica)"


def test_the_subject_of_a_passive_verb_acts_in_the_active_verb_joined_to_it() -> None:
    text = "Gendarmes were deployed to the town on Sunday and arrested 18 people, a gendarmerie spokesman said."
    assert sides_for(text, "arrested", "Ivory Coast") == (["Police Forces of Ivory Coast"], ["Civilians (Ivory Coast)"])


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Two contractors working for the army were abducted by gunmen near the town.", "abducted"),
        ("Gunmen opened fire on a group of men playing dominoes in the town, killing four.", "fire"),
    ],
)
def test_people_named_by_their_trade_or_counted_are_civilian_targets(text: str, trigger: str) -> None:
    assert sides_for(text, trigger, "Jamaica") == (["Unidentified Armed Group (Jamaica)"], ["Civilians (Jamaica)"])


def test_forces_firing_on_people_who_were_rioting_face_rioters() -> None:
    text = ("At least six people were killed in the city on Monday when police opened fire on young men who were "
            "rioting over the arrest of a local leader.")
    assert sides_for(text, "fire", "Sierra Leone") == (["Rioters (Sierra Leone)"], ["Police Forces of Sierra Leone"])


@pytest.mark.parametrize(
    ("text", "trigger", "sides"),
    [
        ("Supporters of rival parties fought with machetes and clubs in the town on Saturday.", "fought",
         (["Rioters (Ivory Coast)"], ["Rioters (Ivory Coast)"])),
        ("Youths from two villages clashed with stones and knives over a land dispute.", "clashed",
         (["Rioters (Ivory Coast)"], ["Rioters (Ivory Coast)"])),
        ("Villagers clashed with police near the town.", "clashed",
         (["Civilians (Ivory Coast)"], ["Police Forces of Ivory Coast"])),
        ("Soldiers clashed with rebels near the town.", "clashed",
         (["Military Forces of Ivory Coast"], ["Rebels (Ivory Coast)"])),
    ],
)
def test_unarmed_people_fighting_one_another_are_rioters(text: str, trigger: str, sides: tuple) -> None:
    assert sides_for(text, trigger, "Ivory Coast") == sides


def test_the_kidnappers_are_the_one_group_the_report_names() -> None:
    text = ("Suspected members of Al-Shabaab abducted a teacher near the town in Kenya on Monday. Police said the "
            "kidnappers had demanded a ransom.")
    actor = actor_for(text, "kidnappers", "Kenya")
    assert actor is not None and actor.name == "Al Shabaab"


def test_a_workers_union_is_no_political_militia() -> None:
    context = build_context(load_language()(
        "The Sugar Cane Workers' Union (SITRACANA) said two members were shot."), "Panama")
    assert context.types["Sugar Cane Workers' Union"] != tx.POLITICAL_MILITIAS


def test_forces_shooting_as_they_broke_up_a_march_face_protesters() -> None:
    text = "Police shot dead two people on Wednesday as they broke up a march by activists in the town."
    assert sides_for(text, "shot", "Eswatini") == (["Protesters (Eswatini)"], ["Police Forces of Eswatini"])


def test_an_acronym_of_a_unit_of_soldiers_names_the_state_forces() -> None:
    doc = load_language()("Rebels abducted a rancher near the town. The Joint Task Force (JTF), a unit of soldiers "
                          "and police set up to fight the group, said its troops had clashed with the rebels.")
    context = build_context(doc, "Paraguay")
    assert context.aliases["jtf"] == "Military Forces of Paraguay"


def test_an_acronym_of_an_unarmed_body_is_no_state_unit() -> None:
    doc = load_language()("The Joint Relief Committee (JRC), a group of doctors and nurses, said two died.")
    context = build_context(doc, "Paraguay")
    assert context.aliases["jrc"] == "Joint Relief Committee"


def test_a_hyphenated_acronym_names_its_group() -> None:
    actor = actor_for("Officials of the ruling ZANU-PF party said the vote was fair.", "party", "Zimbabwe")
    assert actor is not None and actor.name.endswith("(ZANU-PF)")


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("At least six people were killed in the city on Monday when police opened fire on young men who were "
         "rioting over a curfew.", (["Rioters (Sierra Leone)"], ["Police Forces of Sierra Leone"])),
        ("Three civilians were killed when soldiers shelled the village.",
         (["Military Forces of Sierra Leone"], ["Civilians (Sierra Leone)"])),
    ],
)
def test_a_passive_toll_takes_the_sides_of_the_act_its_when_clause_tells(text: str, sides: tuple) -> None:
    assert sides_for(text, "killed", "Sierra Leone") == sides


def test_a_brawl_that_left_dead_is_rioters_on_both_sides() -> None:
    text = ("Supporters of rival parties fought with machetes and clubs in the town on Saturday after the results "
            "were announced, leaving three people dead, the interior ministry said.")
    assert sides_for(text, "fought", "Ivory Coast") == (["Rioters (Ivory Coast)"], ["Rioters (Ivory Coast)"])


def test_a_country_named_in_a_capital_s_name_still_places_the_event() -> None:
    actor = actor_for("In Mexico City, gunmen attacked a bar on Friday.", "gunmen", "Peru")
    assert actor is not None and actor.name == "Unidentified Armed Group (Mexico)"


def test_members_of_a_family_are_civilians() -> None:
    text = "Late last month, a drone strike hit a compound in the eastern province, killing four members of one family."
    assert sides_for(text, "strike", "Afghanistan")[1] == ["Civilians (Afghanistan)"]


def test_members_of_a_gang_are_not_civilians() -> None:
    actor = actor_for("Police arrested four members of the gang in the capital.", "members", "Peru")
    assert actor is not None and not actor.name.startswith("Civilians")


@pytest.mark.parametrize(
    ("text", "trigger", "sides"),
    [
        ("In Kabul, about 40 women gathered outside a university on Thursday to protest against the ban, and were "
         "dispersed by Taliban fighters who fired into the air.", "gathered",
         (["Protesters (Afghanistan)"], ["Taliban"])),
        ("Hundreds of students marched in the capital on Friday.", "marched", (["Protesters (Afghanistan)"], [])),
    ],
)
def test_a_crowd_dispersed_by_someone_faces_them(text: str, trigger: str, sides: tuple) -> None:
    assert sides_for(text, trigger, "Afghanistan") == sides
