"""Actor choice (s30): whom a casualty clause names is harmed, whatever the event's own verb ("a
mine exploded under a tractor, killing a nurse"), also where that clause is coordinated with
another or hangs on a verb coordinated with the event's; whoever drove over or stepped on a mine
was struck by it, not its layer; a group's regional branch named by description ("the Mozambique
branch of the Islamic State"); people a source describes as a group's members; a projectile is the
side's whose ground it was fired from; a passive toll joined to a participle shares that clause's
doers; "the two sides" that fought are those of the act before; "a sabotage group" of a country is
its forces."""

from __future__ import annotations

from who_helpers import actors_at, resolved


def test_a_killing_clause_coordinated_with_a_destroying_one_names_the_victims():
    text = ("Government troops bombarded the area overnight, flattening a granary and killing an elderly shopkeeper, "
            "according to the local council.")
    assert actors_at(text, "bombarded", "Eritrea")[1] == "Civilians (Eritrea)"


def test_the_victims_an_explosive_s_killing_clause_names_are_civilians():
    text = "An old landmine exploded under a tractor outside Saada on Monday, killing a nurse and a farmhand."
    assert actors_at(text, "landmine", "Yemen")[1] == "Civilians (Yemen)"


def test_whom_a_mine_killed_when_their_motorbike_struck_it_is_struck_not_its_layer():
    text = "A trader died on Thursday when his motorbike struck a mine laid by separatists outside Nkambe."
    assert actors_at(text, "mine", "Cameroon")[1] == "Civilians (Cameroon)"
    text = "A water vendor drove over a landmine near Mosul on Monday and was killed, police said."
    assert actors_at(text, "landmine", "Iraq")[0] == "Unidentified Armed Group (Iraq)"


def test_soldiers_whose_pickup_drove_over_a_device_are_the_side_struck_past_the_dateline():
    text = ("GAO, Mali – Four soldiers were killed on Tuesday when their pickup drove over an explosive device near "
            "Ansongo, a security source said.")
    assert actors_at(text, "device", "Mali")[1] == "Military Forces of Mali"


def test_a_group_s_regional_branch_named_by_description_is_that_affiliate():
    text = ("Insurgents of the Mozambique branch of the Islamic State beheaded two farmers near Muidumbe on Friday, "
            "a district official said.")
    assert actors_at(text, "beheaded", "Mozambique")[0] == "Islamic State Mozambique Province (ISMP)"
    text = "The Islamic State's Mozambique affiliate said on Telegram that its men had torched a church near Mocimboa."
    assert resolved(text, "affiliate", "Mozambique") == "Islamic State Mozambique Province (ISMP)"


def test_people_a_source_identifies_as_a_group_s_members_are_that_group():
    text = ("A drone strike on a motorcycle near Marjayoun killed a rider whom the Israeli army later identified as a "
            "Hezbollah field commander.")
    assert actors_at(text, "strike", "Lebanon")[1] == "Hezbollah"
    text = "Assailants thought to be Al Shabaab members torched a clinic in Balcad late on Monday."
    assert actors_at(text, "torched", "Somalia")[0] == "Al Shabaab"


def test_a_description_naming_no_group_leaves_a_victim_a_civilian():
    text = "Soldiers shot dead a herder near Kabala on Friday whom the army described as a smuggler, his brother said."
    assert actors_at(text, "shot", "Sierra Leone")[1] == "Civilians (Sierra Leone)"


def test_shells_fired_from_a_side_s_positions_are_that_side_s():
    text = "Artillery shells fired from M23 positions in the hills landed in a camp for displaced people near Rutshuru."
    assert actors_at(text, "shells", "Democratic Republic of the Congo")[0] == "M23"
    text = "Several mortar bombs fired from the Eritrean side of the frontier landed near Zalambessa on Sunday."
    assert actors_at(text, "bombs", "Ethiopia")[0] == "Military Forces of Eritrea"


def test_a_passive_toll_joined_to_a_participle_shares_the_doers_of_its_clause():
    text = ("Fighters of Al Shabaab pushed into the village of Bulo Marer before dawn, setting huts alight, and at "
            "least seven herders were killed, elders said.")
    assert actors_at(text, "killed", "Somalia") == ("Al Shabaab", "Civilians (Somalia)")


def test_the_two_sides_that_exchanged_fire_are_those_of_the_attack_before():
    text = ("Rebels of the M23 shelled positions of the Nyatura militia above Kitshanga, and the two sides exchanged "
            "fire until dawn, local sources said.")
    assert actors_at(text, "exchanged", "Democratic Republic of the Congo") == ("M23", "Nyatura Militia")



def test_a_country_s_sabotage_group_is_its_forces():
    text = "Georgian police detained two members of a Russian sabotage group near the boundary line on Friday."
    assert resolved(text, "group", "Georgia") == "Military Forces of Russia"
