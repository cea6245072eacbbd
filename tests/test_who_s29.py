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


def test_a_grenade_thrown_by_no_one_named_is_the_claiming_group_s():
    text = ("IMPHAL, India – Two soldiers were wounded when grenades were thrown at an army post at Moreh on Tuesday "
            "night, police said. In a statement, the banned People's Liberation Army (PLA) claimed the attack.")
    assert actors_at(text, "grenades", "India") == ("People's Liberation Army", "Military Forces of India")


def test_a_grenade_lobbed_by_no_one_named_is_an_unidentified_armed_group_s():
    text = "Overnight, a grenade was lobbed at a police post in Lamitan, wounding two officers, police said."
    assert actors_at(text, "grenade", "Philippines")[0] == "Unidentified Armed Group (Philippines)"


def test_a_hand_grenade_says_what_it_is_not_whose():
    text = "A hand grenade thrown into a bar in Beni wounded six people last week, police said."
    assert actors_at(text, "grenade", "Democratic Republic of the Congo")[0] == \
        "Unidentified Armed Group (Democratic Republic of the Congo)"


def test_a_bomb_told_as_planted_or_hidden_is_a_planted_explosive():
    text = "On Sunday, a bomb hidden in a car exploded at a bus station in Homs, killing three people, the governor said."
    assert actors_at(text, "exploded", "Syria")[0] == "Unidentified Armed Group (Syria)"
    text = "On the 5th, a bomb planted under a bridge went off as a bus passed near Ukhrul, killing a driver."
    assert actors_at(text, "went", "India")[0] == "Unidentified Armed Group (India)"


def test_a_post_was_overrun_by_fighters_parsed_with_overrun_as_a_noun():
    text = "An army post near Ayorou was overrun by jihadist fighters on Monday."
    assert actors_at(text, "was", "Niger") == ("Unidentified Armed Group (Niger)", "Military Forces of Niger")


def test_police_who_fired_on_a_crowd_marching_killed_protesters():
    text = ("MAROUA, Cameroon – Three supporters of an opposition candidate were shot dead on Wednesday when police "
            "fired on a crowd marching on the governor's office in Maroua, the party said.")
    assert actors_at(text, "shot", "Cameroon") == ("Protesters (Cameroon)", "Police Forces of Cameroon")


def test_pupils_who_march_are_protesters():
    text = ("Around fifty pupils walked out of a school in Gulu on Thursday and marched to the district headquarters "
            "with placards calling for free meals.")
    assert actors_at(text, "marched", "Uganda")[0] == "Protesters (Uganda)"


def test_a_march_told_by_its_noun_is_its_marchers_and_on_no_one():
    text = ("On Tuesday, hundreds of traders shut their stalls in Kisumu town and walked to the governor's office to "
            "demand that the market be reopened; the march passed off peacefully.")
    assert actors_at(text, "passed", "Kenya") == ("Protesters (Kenya)", None)


def test_a_second_object_parsed_as_coordinated_with_the_verb_is_the_firing_s():
    text = ("In Rajshahi, police fired rubber bullets and live rounds on Wednesday at students who were marching to "
            "demand the release of detained classmates, killing one, witnesses said.")
    assert actors_at(text, "rounds", "Bangladesh") == ("Protesters (Bangladesh)", "Police Forces of Bangladesh")


def test_marchers_are_protesters():
    text = "Police fired on the marchers as they neared the governor's office, killing a 17-year-old boy."
    assert actors_at(text, "fired", "Pakistan") == ("Protesters (Pakistan)", "Police Forces of Pakistan")


def test_whoever_a_planted_explosive_s_own_clause_names_set_it():
    text = ("A farmer was killed on Sunday when his tractor ran over an anti-tank mine left by Russian troops in a "
            "field outside Kupiansk, police said.")
    assert actors_at(text, "mine", "Ukraine")[0] == "Military Forces of Russia"


def test_a_grenade_that_exploded_with_no_thrower_named_is_an_unidentified_armed_group_s():
    text = "A grenade exploded at the door of a shop in Esmeraldas on Monday, wounding two employees, police said."
    assert actors_at(text, "grenade", "Ecuador")[0] == "Unidentified Armed Group (Ecuador)"
