"""Claims (issue #5, session 30): claimants no actor list names, read by what the text says they
are. Each fixture is a short report written for these tests."""

from __future__ import annotations

from extraction_helpers import event_of, events_of


def _claimants(text: str, start: str) -> list[str]:
    return [claim.claimant for claim in event_of(events_of(text), start).claims if claim.stance != "denies"]


def test_a_bare_noun_names_again_the_body_named_before_with_it():
    """"the navy's southern command said ... . ..., the command added": the command named before,
    the state's navy, not the words "the command"."""
    text = ("A roadside bomb tore through a marine patrol near a market in Yala province, Thailand, on Tuesday, "
            "killing three marines, the navy's southern command said. Two days later troops disarmed another "
            "device hidden beneath a culvert in Raman, the command added.")
    assert _claimants(text, "Two days later") == ["Military Forces of Thailand"]


def test_the_union_names_again_the_union_named_before():
    text = ("Riot police dragged striking nurses off a highway in Oaxaca, Mexico, on Tuesday, the SNTSA health "
            "workers' union said. Two of the nurses were seized by armed men a week ago and are still missing, "
            "the union said.")
    assert _claimants(text, "Two of the nurses") == ["SNTSA"]


def test_a_district_head_speaks_for_the_government():
    text = ("Rebels set fire to a church and a clinic in Kiwirok, in Indonesia's Papua province, on Sunday, "
            "the district head said.")
    assert _claimants(text, "Rebels") == ["Government of Indonesia"]


def test_the_head_of_a_village_council_speaks_for_the_local_government():
    """An office holder of a local council (`LOCAL_BODY_WORDS`) is the administration's voice."""
    text = ("Settlers torched three cars in Turmus Ayya, in the West Bank, late on Monday, the head of the "
            "village council, Ahmad Saleh, said.")
    assert _claimants(text, "Settlers") == ["Government of Palestinian Territory"]


def test_a_city_service_speaks_for_the_government():
    text = ("Police fired tear gas at thousands of students marching in Cordoba, Argentina, on Wednesday, hurting "
            "at least 15 people, the city's emergency service said.")
    assert _claimants(text, "Police fired") == ["Government of Argentina"]


def test_an_authority_named_with_its_acronym_is_the_government():
    """"the prison authority X": the name the actor list lacks is described as an authority."""
    text = ("Inmates killed six members of a rival gang during a riot in the prison of Machala, Ecuador, on "
            "Monday, the prison authority SNAI said.")
    assert _claimants(text, "Inmates") == ["Government of Ecuador"]


def test_an_officials_office_is_the_government():
    text = ("Armed men seized two village leaders near Bojaya, in Colombia's Choco department, on Saturday, and "
            "the Ombudsman's Office blamed the ELN.")
    assert "Government of Colombia" in _claimants(text, "Armed men")


def test_a_spokesman_named_by_the_first_part_of_a_hyphenated_name():
    """"a Hizb spokesman" after "the Hizb-e-Tawhid": the party the text named in full."""
    text = ("Five people were killed in Bangladesh on Monday when supporters of the Awami League and the "
            "Hizb-e-Tawhid fought with clubs in the town of Feni, police said. A Hizb spokesman said two of its "
            "members had died.")
    assert "Hizb-e-Tawhid" in _claimants(text, "Five people")


def test_an_association_named_after_a_militias_members_speaks_for_the_militia():
    """"the local hunters' association" after "Dozo traditional hunters": the militia's voice."""
    text = ("Jihadist fighters on motorbikes raided a camp of Dozo traditional hunters near Sofara, Mali, on "
            "Sunday, killing nine of them, the army said. The head of the local hunters' association, Issa "
            "Traore, said the dead numbered 12.")
    assert _claimants(text, "Jihadist") == ["Military Forces of Mali", "Dozo Militia"]


def test_an_association_of_civilians_is_not_an_armed_group():
    text = "Police beat striking drivers in Kisumu, Kenya, on Monday, the drivers' union said."
    assert _claimants(text, "Police beat") == ["Civilians (Kenya)"]


def test_a_speaker_set_off_with_its_description_after_an_opening_phrase():
    """"In a statement on Thursday, X, the Y mission, said ...": the parser hangs the speaker and
    its description on the opening phrase; the speaker is the name, not the description."""
    text = ("In a statement on Thursday, MINUSCA, the UN mission, said rebel fighters had killed five herders "
            "near Bambari in the Central African Republic the day before.")
    assert _claimants(text, "In a statement") == [
        "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic (MINUSCA)"]


def test_a_writing_whose_participle_the_parser_read_as_its_verb():
    """"A banner signed by X, hung from an overpass ..., said ...": "said" is the banner's."""
    text = ("Gunmen in four trucks burst into a cockfight in Jerez, in Mexico's Zacatecas state, on Sunday night "
            "and shot at the spectators, killing six people, state prosecutors said. A banner signed by the "
            "Sinaloa Cartel, hung from an overpass the following morning, said the victims had worked for its "
            "enemies.")
    assert _claimants(text, "A banner") == ["Sinaloa Cartel"]
