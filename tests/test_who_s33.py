"""Actor choice (s33): a riot told with the force that met it, or with the force alone, is its
rioters' against that force; a protest or a riot has no government as actor2; a state's arrests
are its police's; a gathering for an occasion is no protest; a group and a state's forces
coordinated before one noun fought each other; a capital a comma sets off before a phrase is
where, not whose."""

from __future__ import annotations

from extraction_helpers import mentions_of
from who_helpers import actors_at


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
    text = "On Monday, Taliban and Pakistani border forces exchanged fire near the crossing for two hours."
    assert actors_at(text, "exchanged", "Pakistan") == ("Taliban", "Military Forces of Pakistan")


def test_a_capital_set_off_by_commas_is_where_the_shells_landed_not_whose_they_are():
    text = "In the capital, Mogadishu, mortar shells landed near a hotel on Sunday evening, wounding four people."
    assert actors_at(text, "landed", "Somalia")[0] is None
