"""Actor choice (s29): a phrase commas set off before the subject ("In X, the regional capital,
dozens of traders marched") is not the one who acts; people named as "-men" protest; a crowd the
police dragged away is the protest's actor1; a passive joined to one that names its agent ("were
attacked by gunmen, and five of them were shot dead") shares that agent and its sufferers."""

from __future__ import annotations

from who_helpers import actors_at


def test_a_place_set_off_by_commas_before_the_marchers_is_not_their_subject():
    text = ("In Kisumu, the county capital, several hundred women marched to the county office on Monday to demand "
            "water, and police pushed them back with batons.")
    assert actors_at(text, "pushed", "Kenya") == ("Protesters (Kenya)", "Police Forces of Kenya")


def test_marchers_set_off_after_a_place_and_dispersed_when_police_fired_are_protesters():
    text = ("In Kisumu, the county capital, dozens of traders marched to the county office on Tuesday to protest against "
            "new levies and were dispersed when police fired shots over their heads.")
    assert actors_at(text, "marched", "Kenya") == ("Protesters (Kenya)", "Police Forces of Kenya")


def test_tribesmen_who_block_a_road_until_police_scatter_them_are_protesters():
    text = "Hundreds of tribesmen blocked the main road to demand compensation until police scattered them with tear gas."
    assert actors_at(text, "gas", "Pakistan") == ("Protesters (Pakistan)", "Police Forces of Pakistan")


def test_members_of_a_union_whom_police_dragged_away_from_a_sit_in_are_protesters():
    text = ("Members of the Kisumu Traders Union staged a sit-in outside the county office to demand lower fees, and "
            "police dragged away about 30 of them.")
    assert actors_at(text, "dragged", "Kenya")[:2] == ("Protesters (Kenya)", "Police Forces of Kenya")


def test_a_passive_joined_to_one_with_an_agent_shares_it_and_them_are_its_sufferers():
    text = ("JOS, Nigeria – Farmers returning from a market were attacked by gunmen on Monday, and at least five of "
            "them were shot dead, a youth leader said.")
    assert actors_at(text, "shot", "Nigeria") == ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")
