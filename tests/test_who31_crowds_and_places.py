"""Who acts when a crowd blocks roads or an opposition's supporters march and forces disperse
them, when a crowd is named by whom it follows or opposes, and when a bare place name follows a
place word ("the outskirts of X", "a blockade at X", "the road into X")."""

from __future__ import annotations

import pytest
from extraction_helpers import mention_of, mentions_of

from eventwire.annotate import load_language
from eventwire.extract.who import build_context, event_actors


def actors_at(text: str, trigger: str, country: str = ""):
    doc = load_language()(text)
    token = next(t for t in doc if t.text == trigger)
    return tuple(a.name if a else None for a in event_actors(token, build_context(doc, country)))


def test_opposition_supporters_who_march_are_the_protesters_forces_act_on():
    text = ("Thousands of opposition supporters marched in the capital on Monday, and riot police fired tear gas "
            "to stop them reaching the city centre.")
    # (the forces' act in the joined clause is on the marchers: one event, as ACLED codes it)
    assert actors_at(text, "marched", "Zambia") == ("Protesters (Zambia)", "Police Forces of Zambia")
    assert actors_at(text, "gas", "Zambia") == ("Protesters (Zambia)", "Police Forces of Zambia")


def test_a_crowd_that_blocks_highways_protests():
    text = ("Supporters of the former prime minister blocked highways across the province for a third day on Sunday, "
            "and police used tear gas to clear a blockade at Sivakasi.")
    assert actors_at(text, "blocked", "Sri Lanka") == ("Protesters (Sri Lanka)", "Police Forces of Sri Lanka")
    assert actors_at(text, "gas", "Sri Lanka") == ("Protesters (Sri Lanka)", "Police Forces of Sri Lanka")


def test_a_crowd_is_of_the_country_it_gathers_in():
    text = ("Several hundred Albanians blocked the main road into Dobrinje in protest at the arrests, and police "
            "used pepper spray to clear the barricades.")
    assert actors_at(text, "spray", "North Macedonia") == ("Protesters (North Macedonia)",
                                                            "Police Forces of North Macedonia")
    assert actors_at(text, "blocked", "North Macedonia")[0] == "Protesters (North Macedonia)"


def test_a_crowd_named_by_whom_it_opposes_is_not_that_person():
    text = "In the port city, hundreds of Kamau's opponents marched peacefully on Saturday to demand new elections."
    assert actors_at(text, "marched", "Kenya")[0] == "Protesters (Kenya)"


def test_soldiers_who_block_a_road_do_not_protest():
    text = "Soldiers blocked the road to the airport on Monday."
    assert actors_at(text, "blocked", "Gabon")[0] == "Military Forces of Gabon"


@pytest.mark.parametrize(
    ("text", "trigger", "actor2"),
    [
        ("Army artillery shelled the outskirts of Lubango, wounding four people, residents said.", "shelled",
         "Civilians (Angola)"),
        ("Police fired tear gas to clear a blockade at Kimbuta on Friday.", "gas", None),
    ],
)
def test_a_place_after_a_place_word_is_no_actor(text: str, trigger: str, actor2: str | None):
    assert actors_at(text, trigger, "Angola")[1] == actor2


def test_a_group_named_after_a_place_word_is_still_a_group():
    text = "Soldiers raided a camp of the Ogaden Liberation Front near Dolo on Tuesday."
    assert actors_at(text, "raided", "Ethiopia")[1] == "Ogaden Liberation Front"


def test_a_states_army_named_with_peoples_is_its_military():
    text = ("Gunmen killed two soldiers of the Zambia People's Defence Force (ZPDF) near the border on Monday. "
            "A ZPDF spokesman said the attackers fled.")
    doc = load_language()(text)
    context = build_context(doc, "Zambia")
    assert context.aliases["zpdf"] == "Military Forces of Zambia"
    assert actors_at(text, "killed", "Zambia") == ("Unidentified Armed Group (Zambia)", "Military Forces of Zambia")


def test_a_long_name_joined_by_for_the_and_a_hyphenated_acronym_name_the_group():
    text = ("Rebels of the Union for the Renewal of Kasai (URK-Mwamba) attacked an army post on Monday. "
            "On Tuesday, URK-Mwamba fighters burned a school in the village.")
    doc = load_language()(text)
    context = build_context(doc, "Democratic Republic of the Congo")
    assert context.aliases["urk-mwamba"] == "Union for the Renewal of Kasai"
    assert actors_at(text, "attacked", "Democratic Republic of the Congo")[0] == "Union for the Renewal of Kasai"
    assert actors_at(text, "burned", "Democratic Republic of the Congo")[0] == "Union for the Renewal of Kasai"


def test_a_participle_clause_acts_with_its_clauses_subject():
    text = "Soldiers attacked a rebel camp near the river on Monday, killing four fighters and seizing weapons."
    assert actors_at(text, "seizing", "Chad")[0] == "Military Forces of Chad"


def test_a_participle_after_a_dateline_acts_with_the_subject_after_it():
    text = "GITEGA, Burundi (Reuters) – Gunmen attacked a police post on Monday, killing two officers."
    assert actors_at(text, "killing", "Burundi") == ("Unidentified Armed Group (Burundi)", "Police Forces of Burundi")


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Police officers came under fire from a group of masked gunmen near the village on Tuesday.",
         ("Unidentified Armed Group (Senegal)", "Police Forces of Senegal")),
        ("Last week, gunmen robbed travellers on the road between Kolda and Velingara.",
         ("Unidentified Armed Group (Senegal)", "Civilians (Senegal)")),
    ],
)
def test_an_event_found_at_the_gunmen_is_their_act(text: str, actors: tuple[str, str]):
    assert actors_at(text, "gunmen", "Senegal") == actors


def test_citizens_of_a_country_are_its_civilians():
    text = "Last week, police detained two Malian citizens near the border on suspicion of spying, police said."
    assert actors_at(text, "detained", "Senegal") == ("Police Forces of Senegal", "Civilians (Mali)")


def test_a_named_person_police_detain_is_a_civilian():
    text = "Police detained Amina Diallo at her home in Kindia on Wednesday night, her lawyer said."
    assert actors_at(text, "detained", "Guinea") == ("Police Forces of Guinea", "Civilians (Guinea)")


def test_an_acronym_qualifying_a_base_names_its_group():
    text = ("Rebels of the Movement for the Liberation of Tessit (MLT) have fought the army since 2012. "
            "On Monday, troops attacked an MLT base near the town.")
    assert actors_at(text, "attacked", "Mali") == ("Military Forces of Mali", "Movement for the Liberation of Tessit")


def test_troops_of_two_states_coordinated_fight_each_other():
    text = "In 2021, Eritrean and Ethiopian troops fought for three days near the border."
    assert actors_at(text, "fought", "Ethiopia") == ("Military Forces of Eritrea", "Military Forces of Ethiopia")


def test_members_of_a_wing_named_beside_it_are_that_wing():
    text = ("On Friday, members of the governing party's youth wing, the Abayisenga, beat two traders in a market "
            "in the town, a rights group said.")
    assert actors_at(text, "beat", "Rwanda") == ("Abayisenga", "Civilians (Rwanda)")


def test_unnamed_fighters_whose_act_an_armed_group_tells_are_that_group():
    text = ("Separatist fighters killed four soldiers at an army post on Monday, the Union for the Liberation of "
            "Kasai (ULK) said on Tuesday.")
    mention = mention_of(mentions_of(text), "Separatist fighters")
    assert mention.actor1.name == "Union for the Liberation of Kasai"


def test_its_fighters_in_what_the_group_says_are_the_group_named_last():
    text = ("Rebels of the Union for the Liberation of Kasai (ULK) have fought the army since 2019. "
            "In 2021, its fighters ambushed an army convoy near the town, killing nine soldiers, the group said.")
    mention = mention_of(mentions_of(text), "In 2021")
    assert mention.actor1.name == "Union for the Liberation of Kasai"


def test_fighters_a_country_names_are_not_the_speakers():
    text = "Chadian fighters killed four soldiers at an army post on Monday, the Union for the Liberation of Kasai (ULK) said."
    mention = mention_of(mentions_of(text), "Chadian fighters")
    assert mention.actor1.name == "Unidentified Armed Group (Chad)"


def test_a_weapons_fire_that_hits_houses_strikes_civilians():
    text = "Hours later, Eritrean mortar fire hit two houses in a village in Ethiopia's Tigray region, wounding a woman."
    assert actors_at(text, "mortar", "Ethiopia") == ("Military Forces of Eritrea", "Civilians (Ethiopia)")


def test_those_whose_vehicle_hit_a_mine_are_its_target():
    text = ("Three Malian soldiers were killed and two wounded when their vehicle hit a landmine near the town of "
            "Boni on Monday, the army said.")
    assert actors_at(text, "landmine", "Mali") == ("Unidentified Armed Group (Mali)", "Military Forces of Mali")


def test_a_people_a_country_qualifies_are_that_countrys_civilians():
    text = "On Thursday, police arrested three Bosnian Serbs in the town on suspicion of smuggling weapons."
    assert actors_at(text, "arrested", "Bosnia and Herzegovina")[1] == "Civilians (Bosnia and Herzegovina)"
