"""Actor choice (s35): the force that broke up a protest against a leader is actor2 of its protesters;
the killers of fighters "in fighting" are actor1; ground an armed group took from no one named is
taken from the state's military; "government positions" are the state's forces; security forces an
interior ministry speaks for are its police; a speaker the parser hung on the victims is no victim;
an armed group that says its own fighters were killed names whom the act killed; a mayor harmed is a
civilian; bare settlers in the Palestinian territory are Israel's;
an interception is by the state the weapon was fired at, not by its owner, or whose army tells of it;
bare warplanes after a state's air strikes are that state's."""

from __future__ import annotations

from extraction_helpers import mentions_of
from who_helpers import actors_at, resolved

from eventwire.annotate import load_language
from eventwire.extract.who import build_context, killed_group_member


def _sides(text: str, opening: str) -> tuple[str | None, str | None]:
    mention = next(m for m in mentions_of(text) if m.sentence.text.startswith(opening))
    return (mention.actor1.name if mention.actor1 else None, mention.actor2.name if mention.actor2 else None)


def test_a_protest_against_the_head_of_state_broken_up_by_police_is_the_protesters_against_the_police():
    text = "Uganda's police fired tear gas at a rally against the president in Kampala on Friday."
    assert _sides(text, "Uganda's police") == ("Protesters (Uganda)", "Police Forces of Uganda")
    text = "Police fired tear gas to disperse a demonstration against the government in Lilongwe, Malawi, on Tuesday."
    assert _sides(text, "Police fired") == ("Protesters (Malawi)", "Police Forces of Malawi")


def test_who_killed_fighters_in_fighting_is_actor1():
    text = "Nigerian soldiers have killed 20 Boko Haram fighters in fighting in Borno state, the army says."
    assert actors_at(text, "fighting", "Nigeria") == ("Military Forces of Nigeria", "Boko Haram")


def test_towns_an_armed_group_took_from_no_one_named_were_the_state_s_military_s():
    text = ("The rebels say they are fighting for autonomy. In 2013, M23 fighters seized several hamlets in the "
            "Democratic Republic of Congo, among them Kibati and Rugari, as the revolt spread.")
    [mention] = [m for m in mentions_of(text) if m.sub_event_type == "Non-state actor overtakes territory"]
    assert mention.actor2 is not None and mention.actor2.name == "Military Forces of Democratic Republic of the Congo"


def test_government_positions_are_the_state_s_forces():
    text = "On Friday, Houthi gunmen fired mortars at government positions outside Taiz, wounding four soldiers."
    assert resolved(text, "positions", "Yemen") == "Military Forces of Yemen"


def test_security_forces_an_interior_ministry_tells_of_are_police():
    text = ("In Homs on Monday, security forces detained three men accused of storing explosives, the interior "
            "ministry said.")
    assert actors_at(text, "detained", "Syria")[0] == "Police Forces of Syria"
    text = "In Homs on Monday, security forces clashed with gunmen, the defence ministry said."
    assert actors_at(text, "clashed", "Syria")[0] == "Military Forces of Syria"


def test_a_speaker_hung_on_the_victims_is_not_the_victims():
    text = ("A drone strike on a bus station in the town of Dilling has killed at least nine people, the rebel "
            "SPLM-N, which holds the area, say.")
    assert actors_at(text, "strike", "Sudan")[1] == "Civilians (Sudan)"


def test_a_group_that_says_its_own_fighters_were_killed_is_who_was_killed():
    doc = load_language()("A drone hit a car near Ratheedaung, killing four people. The Arakan Army, which holds "
                          "the area, said four of its fighters had been killed.")
    sentence = list(doc.sents)[1]
    actor = killed_group_member(sentence, build_context(doc, "Myanmar"))
    assert actor is not None and actor.name == "Arakan Army (AA)"


def test_a_mayor_shot_dead_is_a_civilian():
    text = "Armed men have shot dead the mayor of a small town and his driver in Mexico's Jalisco state."
    assert actors_at(text, "shot", "Mexico")[1] == "Civilians (Mexico)"


def test_a_party_s_councillor_stays_the_party_s():
    text = "Unknown assailants killed an RHDP councillor in front of his home in Daloa, Ivory Coast, the party said."
    assert actors_at(text, "killed", "Ivory Coast")[1] != "Civilians (Ivory Coast)"


def test_bare_settlers_in_the_palestinian_territory_are_israel_s():
    text = "Settlers burned three cars and a barn in a village near Nablus in the occupied West Bank on Friday."
    assert actors_at(text, "burned", "Palestinian Territory")[0] == "Settlers (Israel)"


def test_no_side_stops_its_own_weapon():
    text = "Anti-aircraft units shot down three Russian drones over Poltava in Ukraine late on Friday."
    [mention] = mentions_of(text)
    assert mention.sub_event_type == "Disrupted weapons use"
    assert (mention.actor1.name, mention.actor2.name) == ("Military Forces of Ukraine", "Military Forces of Russia")


def test_the_army_that_tells_of_an_interception_made_it():
    [mention] = mentions_of("Israel's military said the rocket fired from Lebanon had been intercepted and no one "
                            "was hurt.")
    assert mention.sub_event_type == "Disrupted weapons use"
    assert mention.actor1 is not None and mention.actor1.name == "Military Forces of Israel"


def test_the_group_that_counts_its_own_fighters_among_the_dead_is_the_target_of_the_act():
    mentions = mentions_of("An Indian drone has hit a pickup near the border in Myanmar's Chin state, killing four "
                           "people, local officials say. The Arakan Army, which India says is linked to rebels, said "
                           "four of its fighters were killed.")
    assert [m.actor2.name for m in mentions] == ["Arakan Army (AA)", "Arakan Army (AA)"]


def test_an_interception_no_one_is_named_for_is_by_the_state_the_weapon_was_fired_at():
    text = "Air defence crews shot down three Russian drones over the city of Poltava in Ukraine late on Friday."
    [mention] = mentions_of(text)
    assert (mention.actor1.name, mention.actor2.name) == ("Military Forces of Ukraine", "Military Forces of Russia")


def test_bare_warplanes_after_a_state_s_air_strikes_are_that_state_s():
    mentions = mentions_of("Israeli air strikes on Yemen's Hodeidah harbour have left five people dead, Houthi "
                           "officials say. Warplanes struck fuel depots at the port of Ras Isa on Saturday night, the "
                           "rebels' television reported.")
    assert [m.actor1.name for m in mentions] == ["Military Forces of Israel", "Military Forces of Israel"]
