"""Actor choice (s33): a riot told with the force that met it (or whose act it was the occasion
of), or with the force alone, is its rioters' against that force; a protest or a riot has no
government as actor2; a state's arrests are its police's; a gathering for an occasion is no
protest; a group and a state's forces coordinated before one noun fought each other; a capital a
comma sets off before a phrase is where, not whose; "gang members" in a report that named one gang
are its members; a named group's member a side says it killed makes that group the target of the
act told before, which had civilians; people a crowd beats are its target; a protest a force met
that no word names was met by the police; the people hurt in a protest or a riot are no side; an
ammunition depot is the army's of the country it is in; a general staff is its army's command."""

from __future__ import annotations

from extraction_helpers import mentions_of
from who_helpers import actors_at

from eventwire import taxonomy as tx
from eventwire.annotate import load_language
from eventwire.extract.who import ActorContext, typed_roles
from eventwire.extract.who.tables import country_of_word
from eventwire.records import Actor


def _sides(text: str) -> tuple[str | None, str | None]:
    """The sides of the one event a one-sentence report tells, once typed."""
    [mention] = mentions_of(text)
    return (mention.actor1.name if mention.actor1 else None, mention.actor2.name if mention.actor2 else None)


def test_protesters_who_riot_against_a_named_force_are_rioters():
    text = ("In Arequipa on Friday, protesters hurled rocks at officers outside the town hall, and police replied "
            "with rubber bullets, local officials said.")
    assert _sides(text) == ("Rioters (Peru)", "Police Forces of Peru")


def test_police_told_alone_in_a_riot_met_its_rioters():
    text = ("Peruvian police fired tear gas and detained dozens of people on Friday after marches against the "
            "mining law turned violent in Lima.")
    assert _sides(text) == ("Rioters (Peru)", "Police Forces of Peru")


def test_a_protest_marching_on_a_government_office_has_no_actor2():
    text = "In the northern town of Gulu, several hundred traders marched peacefully to the district offices on Friday."
    assert _sides(text) == ("Protesters (Uganda)", None)


def test_an_arrest_by_an_interior_ministry_is_its_police_s():
    text = "Iraq's interior ministry said it had detained four suspects in Basra on Thursday."
    assert _sides(text)[0] == "Police Forces of Iraq"


def test_a_gathering_for_an_occasion_struck_by_an_army_drone_is_civilians():
    text = ("On Friday, a military drone hit a funeral gathering near the village of Tibo in northern Burkina Faso, "
            "killing nine mourners, witnesses said.")
    assert _sides(text) == ("Military Forces of Burkina Faso", "Civilians (Burkina Faso)")


def test_a_group_and_a_state_s_forces_before_one_noun_fought_each_other():
    text = "On Tuesday, Hamas and Israeli security forces exchanged gunfire near the border fence for an hour."
    assert actors_at(text, "exchanged", "Israel") == ("Hamas", "Military Forces of Israel")


def test_a_capital_set_off_by_commas_is_where_the_shells_landed_not_whose_they_are():
    text = "In the capital, Kabul, rockets landed near a hotel on Sunday evening, wounding four people."
    assert actors_at(text, "landed", "Afghanistan")[0] is None


def test_the_force_whose_act_a_riot_was_the_occasion_of_met_the_rioters():
    text = ("In Lima, thousands of people marched on Friday to demand new elections, and police used tear gas when "
            "a few demonstrators hurled bottles near the congress building.")
    assert _sides(text) == ("Rioters (Peru)", "Police Forces of Peru")


def test_gang_members_in_a_report_that_named_one_gang_are_its_members():
    text = ("Residents of Cabaret said the attackers belonged to the Gran Grif gang. Police said officers had killed "
            "three gang members near the market on Friday.")
    assert actors_at(text, "killed", "Haiti") == ("Police Forces of Haiti", "Gran Grif")
    text = ("Members of the Gran Grif gang and the 400 Mawozo gang have fought for months. Police said officers had "
            "killed three gang members near the market on Friday.")
    assert actors_at(text, "killed", "Haiti")[1] != "Gran Grif"
    text = ("Residents of Cabaret said the attackers belonged to the Gran Grif gang. In 2023, soldiers killed four "
            "suspected gang members near the port.")
    assert actors_at(text, "killed", "Haiti")[1] != "Gran Grif"


def test_a_group_member_a_side_says_it_killed_is_the_target_of_the_strike_told_before():
    text = ("An Israeli drone strike on a motorbike near Tyre has left one person dead, according to Lebanese "
            "health officials. Israel's army said it had killed a Hezbollah field commander who had been "
            "moving rockets near the coast.")
    assert {m.actor2.name for m in mentions_of(text)} == {"Hezbollah"}


def test_people_a_crowd_beats_are_its_target_not_the_police_who_came_after():
    text = ("On Sunday night, villagers near Kisumu beat two men to death over a stolen goat, and police "
            "arrested four people.")
    assert _sides(text) == ("Rioters (Kenya)", "Civilians (Kenya)")


def test_a_protest_broken_up_by_no_one_named_was_met_by_the_police():
    text = ("In Accra, several hundred nurses who marched to parliament on Monday were scattered with tear gas and "
            "batons after they declined to go home.")
    assert _sides(text) == ("Protesters (Ghana)", "Police Forces of Ghana")


def test_people_hurt_in_a_riot_are_no_side_of_it():
    doc = load_language()("Eleven people were treated for burns after rioters set fire to a bus depot.")
    rioters, hurt = Actor("Rioters (Chad)", tx.RIOTERS), Actor("Civilians (Chad)", tx.CIVILIANS)
    assert typed_roles(tx.BY_NAME["Violent demonstration"], rioters, hurt, doc[7], ActorContext()) == (rioters, None)
    assert typed_roles(tx.BY_NAME["Mob violence"], rioters, hurt, doc[7], ActorContext())[1] == hurt
    gunmen = Actor("Unidentified Armed Group (Chad)", tx.POLITICAL_MILITIAS)
    assert typed_roles(tx.BY_NAME["Violent demonstration"], gunmen, hurt, doc[7], ActorContext())[1] == hurt


def test_an_ammunition_depot_is_the_army_s_of_the_country_it_is_in():
    text = ("Ukrainian drones hit an ammunition depot outside Valuyki in Russia's Belgorod region on Friday night, "
            "the governor said.")
    assert actors_at(text, "hit", "Ukraine") == ("Military Forces of Ukraine", "Military Forces of Russia")


def test_its_drones_a_general_staff_tells_of_are_its_army_s():
    text = "Ukraine's general staff said its drones had hit a fuel depot in the town of Kotluban in Volgograd region."
    assert _sides(text)[0] == "Military Forces of Ukraine"


def test_nationality_words_the_demonym_file_lacked_name_their_country():
    """BBC and wire spellings that were missing: "Ecuadorean" beside "Ecuadorian", "Philippine" beside
    "Filipino", and the demonyms of small states."""
    assert country_of_word("Ecuadorean") == "Ecuador"
    assert country_of_word("Philippine") == "Philippines"
    assert country_of_word("Timorese") == "Timor Leste"
    assert country_of_word("Basotho") == "Lesotho"
    assert country_of_word("Solomon Islanders") == "Solomon Islands"
    text = "Fijian soldiers serving with the UN were wounded when a roadside bomb hit their convoy in southern Lebanon."
    assert _sides(text)[1] == "Military Forces of Fiji"
