"""Claims and account joins (issue #5, session 33), for reports in a broadcaster's style: a present-
tense lead with no day, the day told in the next sentence, the sides' accounts after it. Each
fixture is a short report written for these tests."""

from __future__ import annotations

from extraction_helpers import event_of, events_of


def _claimants(text: str, start: str) -> set[str]:
    return {claim.claimant for claim in event_of(events_of(text), start).claims if claim.stance != "denies"}


def test_the_attack_named_again_as_subject_goes_on_telling_the_strike():
    """"The attack started ..." after drones struck a city names the strike again: its class word
    is no act of its own."""
    text = ("Russian drones have struck a power station and a hospital in Sumy, leaving four people dead, "
            "according to local officials. The attack started just after 03:00 on Friday and lasted for about "
            "an hour, the city's mayor wrote on Facebook.")
    events = events_of(text)
    assert len(events) == 1
    assert events[0].fatalities == 4
    assert len(events[0].mentions) == 2


def test_the_toll_told_after_the_attack_named_again_joins_the_strike_too():
    text = ("Russian missiles struck a grain terminal and a school in the river port of Izmail, killing three "
            "people, Ukrainian officials say. The attack started soon after 23:00 on Wednesday, the regional "
            "governor wrote on Telegram. Two of the dead were dock workers, he said.")
    events = events_of(text)
    assert len(events) == 1
    assert len(events[0].mentions) == 3


def test_the_dead_described_by_a_relative_clause_tell_no_clash():
    """"who had escaped clashes further north" says who the dead were; the sentence is the
    strike's toll told again."""
    text = ("An air strike by the military on a clinic in Myanmar's Chin state has killed at least 11 people who "
            "had taken refuge inside, residents say. Many of those killed were displaced villagers who had escaped "
            "clashes further north, a monk said.")
    events = events_of(text)
    assert len(events) == 1
    assert events[0].fatalities == 11


def test_a_groups_claim_on_a_website_is_the_groups_and_a_denial_disputes_its_figure():
    """The group's word "on a website close to the movement" holds what it says; the government's
    rejection makes the group's toll no count of the act."""
    text = ("Ethiopian troops have taken back the town of Debark in the Amhara region from Fano militias, the "
            "military says. Soldiers moved into Debark on Tuesday once the militias had pulled out during the "
            "night, a commander told state television. Fano said on a website close to the movement that its men "
            "had withdrawn \"to protect residents\" after killing 40 troops, an assertion the government rejected.")
    events = events_of(text)
    assert len(events) == 1
    assert any("Fano" in name for name in _claimants(text, "Ethiopian troops"))
    assert events[0].fatalities == 0


def test_an_arrest_beside_a_judgement_of_the_killings_is_an_event_of_its_own():
    """"said they had detained two men and that the killings had followed a dispute": the arrest is
    told by its own word; the killings named as a subject are only judged."""
    text = ("Gunmen have shot dead five relatives at a farmhouse outside Hama, a monitoring group says. "
            "Armed men broke into the family's house on Monday night and opened fire, the group said. Syria's "
            "interior ministry said on Tuesday that it had detained two neighbours of the family and that the "
            "killings had followed a land dispute.")
    events = events_of(text)
    assert len(events) == 2
    assert any(e.sub_event_type == "Arrests" for e in events)


def test_a_sentence_set_apart_opens_an_act_of_its_own():
    text = ("An air strike by the military on a clinic in Myanmar's Chin state has killed at least 11 people who "
            "had taken refuge inside, residents say. Many of those killed were displaced villagers who had escaped "
            "clashes further north, a monk said. Separately, the Kachin Independence Army said in a video that its "
            "units had overrun a police outpost near Bhamo after a week of fighting.")
    assert len(events_of(text)) == 2


def test_a_bare_army_speaks_for_the_state_whose_troops_its_sentence_names():
    """"the army" after the other state's army spoke: the army of the troops it tells of."""
    text = ("Sudanese army drones struck a fuel market in North Darfur, killing five people, medics say. The "
            "Sudanese army said it had hit RSF supply lines. In a separate development, Chadian troops seized a "
            "truck carrying weapons near the border town of Adre on Saturday, the army said.")
    assert _claimants(text, "In a separate") == {"Military Forces of Chad"}


def test_a_body_the_lead_describes_is_the_one_a_later_sentence_names_by_its_qualifier():
    """"according to a human rights group", then "the Uganda Human Rights Commission said": one body."""
    text = ("Security forces killed three demonstrators in Kampala on Monday as crowds protested over fuel "
            "prices, according to a human rights group. The Uganda Human Rights Commission said 20 others were "
            "wounded.")
    assert _claimants(text, "Security forces") == {"Uganda Human Rights Commission"}


def test_a_described_body_stays_as_written_where_no_later_name_shares_its_qualifier():
    text = ("Security forces killed three demonstrators in Kampala on Monday as crowds protested over fuel "
            "prices, according to a human rights group. The Red Cross said 20 others were wounded.")
    assert "a human rights group" in _claimants(text, "Security forces")


def test_a_described_body_with_its_name_set_beside_it_is_that_body():
    """"A rights body, the X Human Rights Association, said": the association, not the phrase."""
    text = ("Gunmen ambushed a police convoy near the town of Kidal on Sunday, killing six officers, officials "
            "said. A rights body, the Malian Human Rights Association, said the dead included two civilians.")
    assert "Malian Human Rights Association" in _claimants(text, "Gunmen ambushed")


def test_the_group_with_its_name_set_beside_it_is_that_group():
    text = ("Riot police broke up a march in the city of Holguin on Tuesday night, exiles said. Fifteen marchers "
            "were held in cells until Thursday, the organisation, Libertad Ya, said.")
    assert "Libertad Ya" in _claimants(text, "Fifteen marchers")
