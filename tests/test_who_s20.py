"""Actor choice (s20): the act a role noun found as the trigger belongs to (a capitalised "Gunmen"
tagged a name; the rioters forces act on), the attack a passive killing happened in, the words
compounded before an attack noun ("an army drone strike"), "its fighters" where no armed side
speaks, rioters (a blockade with burning tyres, the forces acting on them in a joined clause),
those killed named by what a source called them, a gang's members found at "gang", and a toll's
"when" clause the parser hangs on the day before it."""

from __future__ import annotations

from who_helpers import actors_at


def test_gunmen_opening_a_dateline_sentence_act_through_their_verb():
    # the tagger takes the capitalised role noun after the dateline for a name
    text = "LUSAKA, Zambia (AP) – Gunmen opened fire on a group of men drinking outside a bar in Kabwe on Friday night."
    assert actors_at(text, "Gunmen", "Zambia") == ("Unidentified Armed Group (Zambia)", "Civilians (Zambia)")


def test_rioters_forces_used_force_against_are_the_first_side():
    text = "The police said officers had used reasonable force against rioters who looted a depot in Mzuzu."
    assert actors_at(text, "rioters", "Malawi") == ("Rioters (Malawi)", "Police Forces of Malawi")


def test_a_passive_killing_in_an_attack_is_the_attackers():
    text = "Two herders were killed in a Nigerien air strike near the border on Sunday, relatives said."
    assert actors_at(text, "killed", "Niger")[0] == "Military Forces of Niger"


def test_a_passive_killing_with_its_agent_keeps_the_agent():
    text = "Four guards were killed by gunmen during an attack on a mine near Kidal, officials said."
    assert actors_at(text, "killed", "Mali")[0] == "Unidentified Armed Group (Mali)"


def test_a_force_noun_compounded_before_an_attack_noun_names_the_attacker():
    text = "Last year, an army drone strike killed six traders near Dori, a rights group said."
    assert actors_at(text, "strike", "Burkina Faso") == ("Military Forces of Burkina Faso", "Civilians (Burkina Faso)")


def test_its_fighters_told_with_no_armed_speaker_are_the_group_named_before():
    text = ("The Tamberma Defence Front (TDF) has fought the army in northern Togo since 2019. "
            "In 2021, its fighters killed eleven soldiers in an ambush near Dapaong.")
    assert actors_at(text, "killed", "Togo") == ("Tamberma Defence Front", "Military Forces of Togo")


def test_a_blockade_with_burning_tyres_is_rioters_the_forces_cleared():
    text = "On Friday, residents blocked roads in Mansa with burning tyres to protest against the arrest, and soldiers cleared the barricades."
    assert actors_at(text, "tyres", "Zambia") == ("Rioters (Zambia)", "Military Forces of Zambia")


def test_the_forces_that_fired_on_rioters_come_before_the_property_they_burned():
    text = "Rioters burned stalls and a bus in Mongu on Friday, and police fired tear gas to drive them back."
    assert actors_at(text, "Rioters", "Zambia") == ("Rioters (Zambia)", "Police Forces of Zambia")


def test_the_forces_acting_on_a_burning_blockade_face_rioters():
    text = "Hundreds of traders blocked a bridge in Kasama with burning logs to demand compensation, and police used tear gas to clear it."
    assert actors_at(text, "gas", "Zambia") == ("Rioters (Zambia)", "Police Forces of Zambia")


def test_a_blockade_without_fire_stays_a_protest():
    text = "Hundreds of traders blocked a bridge in Kasama to demand compensation, and police used tear gas to clear it."
    assert actors_at(text, "gas", "Zambia") == ("Protesters (Zambia)", "Police Forces of Zambia")


def test_whom_a_source_called_those_killed_are_the_target():
    text = "On Friday, air force jets struck a convoy of motorbikes near Dapaong, killing what the army said were nine JNIM fighters."
    assert actors_at(text, "struck", "Togo") == ("Military Forces of Togo", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)")


def test_a_gang_s_members_found_at_the_gang_act_through_their_verb():
    text = ("Police blamed the Los Tigres gang for the attack. Late last month, the gang's members shot dead a taxi "
            "driver in the capital, police said.")
    assert actors_at(text, "gang", "Honduras", nth=1) == ("Los Tigres", "Civilians (Honduras)")


def test_a_toll_told_with_a_when_clause_the_parser_hangs_on_the_day():
    # (the parser hangs "when soldiers fired ..." on "Friday", not on "killed")
    text = "Five people were killed in Kenema on Friday when soldiers fired on youths who were looting a depot, a doctor said."
    assert actors_at(text, "killed", "Sierra Leone") == ("Rioters (Sierra Leone)", "Military Forces of Sierra Leone")
