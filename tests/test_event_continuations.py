"""One event per happening inside a report: a further sentence about the same happening (another
source's toll, the other side's account of a protest) joins the event it continues, and a
sentence telling what happened next at another town stays an event of its own."""

from __future__ import annotations

from extraction_helpers import event_of, events_of


def test_another_sources_toll_of_the_strikes_joins_the_strikes():
    events = events_of("Government aircraft struck militant hideouts outside Konduga, in Borno state, on "
                       "Tuesday, killing 12 fighters, the army said. A local rights group said 15 people had been "
                       "killed in the strikes, among them four farmers.")
    strikes = event_of(events, "Government aircraft")
    assert strikes is event_of(events, "A local rights group")
    assert strikes.fatalities == 12  # the lowest of the two sources' counts
    assert {"Military Forces of Nigeria"} <= {c.claimant for c in strikes.claims}
    assert len({c.claimant for c in strikes.claims}) >= 2


def test_a_claim_of_the_attack_with_its_own_toll_is_no_bare_toll():
    events = events_of("Gunmen opened fire on a police post outside Konduga, in Borno state, on Monday, killing "
                       "one officer, police said. A little-known group said online that it had carried out the "
                       "attack and that four officers had died.")
    post = event_of(events, "Gunmen opened fire")
    assert post.fatalities == 1


def test_what_happened_hours_later_at_another_town_is_another_event():
    events = events_of("Gunmen attacked a police checkpoint outside Konduga, in Borno state, on Monday, "
                       "killing three officers, police said. Hours later, gunmen attacked a police station near "
                       "Maiduguri, killing two officers, residents said.")
    first, later = event_of(events, "Gunmen attacked a police"), event_of(events, "Hours later")
    assert first is not later
    assert (first.fatalities, later.fatalities) == (3, 2)


def test_a_march_the_force_that_met_it_and_each_sides_account_are_one_event():
    events = events_of("Police fired tear gas at thousands of nurses marching on the health ministry in Lilongwe "
                       "on Monday to demand unpaid wages. The nurses' union said officers had beaten dozens of "
                       "marchers and that 14 nurses were treated in hospital. Police said officers had been pelted "
                       "with stones and that six policemen were hurt.")
    march = event_of(events, "Police fired tear gas")
    assert march is event_of(events, "The nurses' union") is event_of(events, "Police said officers")


def test_the_dead_a_protest_marches_for_are_not_its_toll():
    events = events_of("Hundreds of residents marched through the city of Kano on Friday to demand justice for the "
                       "collapse of a market bridge that killed nine people.")
    assert [e.fatalities for e in events] == [0]


def test_a_sentence_naming_the_attack_by_its_noun_keeps_its_own_toll():
    events = events_of("Gunmen fired on a crowd outside a nightclub in Pinewood on Saturday, killing two men, "
                       "police said. A third man was among the gunmen in the attack that also wounded four "
                       "bystanders, police said.")
    shooting = event_of(events, "Gunmen fired")
    assert shooting.fatalities == 2
    assert event_of(events, "A third man").injured == 4
