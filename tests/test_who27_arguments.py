"""Who acts and who is acted on where the words do not name a side: people counted or named by
who they are, named gangs, "they", a country's weapon, a crowd that burns, and a misparsed subject."""

from __future__ import annotations

import pytest

from eventwire.annotate import load_language
from eventwire.extract.who import build_context, event_actors, noun_phrase, resolve_actor


def actors_at(text: str, trigger: str, country: str = "", last: bool = False):
    doc = load_language()(text)
    tokens = [t for t in doc if t.text == trigger]
    token = tokens[-1] if last else tokens[0]
    return tuple(a.name if a else None for a in event_actors(token, build_context(doc, country)))


def actor_for(text: str, head: str, country: str = ""):
    doc = load_language()(text)
    token = next(t for t in doc if t.text == head)
    actor = resolve_actor(noun_phrase(token), build_context(doc, country))
    return actor.name if actor else None


def test_a_quantity_noun_is_what_it_counts():
    assert actor_for("Hundreds of protesters gathered in the square.", "Hundreds", "Chile") == "Protesters (Chile)"


@pytest.mark.parametrize(
    ("text", "head", "name"),
    [
        ("Members of the Red Harbour gang robbed a bank.", "gang", "Red Harbour"),
        ("Inmates belonging to the Red Harbour gang rioted.", "Inmates", "Red Harbour"),
    ],
)
def test_a_gang_named_by_proper_nouns(text: str, head: str, name: str):
    assert actor_for(text, head) == name


def test_an_indefinite_gang_is_no_name():
    assert actor_for("A Guanajuato gang robbed a bank.", "gang", "Mexico") != "Guanajuato"


def test_people_named_by_who_they_are_are_the_civilian_target():
    text = "Soldiers shot dead three men and a school director in the village, residents said."
    assert actors_at(text, "shot", "Cameroon") == ("Military Forces of Cameroon", "Civilians (Cameroon)")


def test_a_day_after_on_is_not_the_target_of_a_passive_act():
    text = "On Tuesday, a street vendor was shot dead by a police officer in the capital, witnesses said."
    assert actors_at(text, "shot", "Kenya") == ("Police Forces of Kenya", "Civilians (Kenya)")


def test_they_names_the_subject_before_it_in_its_sentence():
    text = "On Tuesday, troops raided the village, where they burned homes and shot dead two farmers, residents said."
    assert actors_at(text, "shot", "Cameroon")[0] == "Military Forces of Cameroon"


def test_they_names_the_armed_subject_of_the_sentence_before():
    text = ("Hamas fighters have repeatedly targeted teachers in the area. "
            "On Sunday, they abducted a school director in the town, his brother said.")
    assert actors_at(text, "abducted")[0] == "Hamas"


def test_a_speaker_before_they_is_not_passed_over_for_the_sentence_before():
    text = "Israeli troops raided a camp. On Wednesday, the Houthis said they had fired a missile at a base."
    assert actors_at(text, "fired")[0] != "Military Forces of Israel"


def test_a_countrys_drone_is_its_forces():
    assert actors_at("A Turkish drone struck a vehicle near the border on Monday.", "struck")[0] == \
        "Military Forces of Turkey"


@pytest.mark.parametrize("act", ["set fire to a police post", "stormed the parliament building"])
def test_protesters_who_burn_or_storm_are_rioters(act: str):
    text = f"On Wednesday, protesters {act}, police said."
    trigger = act.split()[0]
    assert actors_at(text, trigger, "Kenya")[0] == "Rioters (Kenya)"


def test_a_past_tense_verb_parsed_as_a_clause_of_a_noun_takes_the_phrase_as_subject():
    text = "Relatives of the dead inmates protested outside the prison on Wednesday."
    assert actors_at(text, "protested", "Ecuador")[0] == "Protesters (Ecuador)"


def test_fighting_that_broke_out_between_two_sides():
    text = ("Heavy fighting broke out in the city on Monday night between the Northern Shield Brigade (NSB) "
            "and Hamas, residents said.")
    assert actors_at(text, "fighting") == ("Northern Shield Brigade", "Hamas")


def test_unnamed_men_who_kill_are_an_armed_group():
    text = "In the capital, a radio commentator was shot dead by two men on a motorcycle on Monday, police said."
    assert actors_at(text, "shot", "Philippines") == ("Unidentified Armed Group (Philippines)",
                                                       "Civilians (Philippines)")


def test_a_raid_told_by_a_verb_without_a_subject_of_its_own():
    text = ("Security forces tracked down the attackers and killed four of them in a raid on a hideout "
            "on Wednesday, the military said.")
    assert actors_at(text, "raid", "Pakistan")[0] == "Military Forces of Pakistan"


def test_a_man_who_kills_his_family_is_no_armed_group():
    text = "Police said a man killed his two children and then himself early on Wednesday."
    assert actors_at(text, "killed", "United States")[0] != "Unidentified Armed Group (United States)"
