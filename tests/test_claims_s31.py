"""Claims (issue #5, session 31): a side's account joins the act it tells, so the event keeps
every side's claim. Each fixture is a short report written for these tests."""

from __future__ import annotations

from extraction_helpers import event_of, events_of


def _claimants(text: str, start: str) -> set[str]:
    return {claim.claimant for claim in event_of(events_of(text), start).claims if claim.stance != "denies"}


def test_a_doers_own_account_joins_the_act_even_where_a_toll_naming_no_doer_came_between():
    """The charity's toll names no doer and so agrees with both the raid and the boss's account;
    the boss's "his men" is an unnamed group that the raid's named gang disagrees with: the account
    takes the raid's sides and the event holds all three speakers."""
    text = ("Fighters of the Red Viper gang raided the fishing hamlet of Anse Rouge in north-west Haiti early on "
            "Saturday and shot dead eleven residents, the town's mayor told reporters. A local aid charity said 15 "
            "people had died. In a voice message, the gang's boss said his men had killed only people spying for "
            "the police.")
    events = events_of(text)
    assert len(events) == 1
    assert len(events[0].claims) == 3


def test_a_police_account_of_force_used_on_rioters_joins_the_force_it_tells():
    text = ("Police in Zimbabwe fired tear gas and live rounds at teachers marching for higher pay in Bulawayo on "
            "Tuesday, residents said. A police spokeswoman said officers had used force only after rioters set a "
            "bank on fire in the city centre.")
    assert len(events_of(text)) == 1
    assert _claimants(text, "Police in Zimbabwe") == {"Civilians (Zimbabwe)", "Police Forces of Zimbabwe"}


def test_the_police_count_of_the_detained_and_the_hurt_at_a_riot_joins_it():
    text = ("Security forces in Quito fired pellets and tear gas on Wednesday at farmers who threw rocks at them "
            "and torched a customs booth during a protest over fuel prices. An elderly farmer was killed when a "
            "tear-gas canister struck his head, his union said. The national police said 63 demonstrators had "
            "been taken into custody and 14 of its agents needed hospital treatment.")
    assert len(events_of(text)) == 1
    assert "Police Forces of Ecuador" in _claimants(text, "Security forces")


def test_an_arrest_of_suspects_in_the_killings_stays_apart_from_the_riot_before_it():
    text = ("Unknown attackers shot dead nine farmers in their fields outside Kachia in Kaduna state on Monday, a "
            "community leader said. Young men from the area then blocked the Kachia highway with burning "
            "barricades and pelted police with stones until officers scattered them with tear gas. A police "
            "spokesman said detectives had picked up four men suspected of taking part in the murders.")
    assert event_of(events_of(text), "A police spokesman").sub_event_type == "Arrests"


def test_the_forces_own_raid_on_insurgents_is_no_account_of_a_protest():
    text = ("Riot police used water cannon on Saturday against shopkeepers who had shut the main bazaar of Quetta "
            "to protest at power cuts, local television showed. Troops backed by helicopters killed four "
            "insurgents during a raid on a hideout outside the city that night, the military said.")
    assert event_of(events_of(text), "Troops backed").sub_event_type == "Armed clash"


def test_a_bomb_of_its_own_at_another_place_is_no_account_of_the_air_strike_before_it():
    """The police and the air force are one state's side, and the state names a region the strike's
    town lies in; but the roadside bomb is another weapon, at another place, with its own dead."""
    text = ("Nigerian fighter jets bombed a militant camp near Dikwa on Sunday, the air force said. A roadside bomb "
            "hit a bus carrying traders in Borno state on Sunday afternoon, killing three, police said.")
    events = events_of(text)
    assert event_of(events, "A roadside bomb").sub_event_type == "Remote explosive/landmine/IED"
    assert event_of(events, "Nigerian fighter jets").fatalities == 0


def test_a_channel_after_the_saying_is_no_speaker():
    """"said by telephone": the parser reads the channel as a passive's agent; the nurse speaks."""
    text = ("A bomb exploded at a bus station in Garoua on Monday, killing nine people. Fourteen people had died, "
            "a nurse at the district hospital said by telephone.")
    assert "telephone" not in _claimants(text, "A bomb")
    assert "Civilians (Cameroon)" in _claimants(text, "A bomb")


def test_the_speaker_set_beside_the_contents_own_people_is_the_speaker():
    """"..., the driver among them, a nurse said": the phrase of the dead is no speaker."""
    text = ("A bomb exploded at a bus station in Garoua on Monday, killing nine people. Fourteen people had died, "
            "the driver among them, a nurse at the district hospital said.")
    assert _claimants(text, "A bomb") >= {"Civilians (Cameroon)"}
    assert not any("driver" in claimant for claimant in _claimants(text, "A bomb"))


def test_a_remark_after_a_statements_clause_leaves_the_statement_its_speaker():
    """"said in a statement that X, a figure police rejected": the party asserts X, and the police
    deny it."""
    text = ("Police in Zimbabwe fired tear gas and live rounds at teachers marching for higher pay in Bulawayo on "
            "Tuesday, residents said. The Citizens Coalition for Change (CCC) said in a statement that nine of its "
            "supporters had been shot dead by police in the city, a figure police rejected.")
    claims = [claim for event in events_of(text) for claim in event.claims]
    assert any(c.claimant == "Citizens Coalition for Change" and c.stance == "asserts" for c in claims)


def test_a_writing_that_is_itself_the_subject_names_no_doer_and_the_report_is_read():
    """"Letters found in the kitchen suggested ..." told within a speaker's words: the letters left at
    the scene are the suggestion's subject, not a writing an act's doer left; reading them as their own
    doer recursed without end and lost the whole report."""
    text = ("A man shot dead his brother and then himself at their farmhouse outside Dunmore on Sunday, deputies "
            "said. Letters found in the kitchen suggested the shooting was planned, the sheriff said.")
    assert len(events_of(text)) == 1
