"""An act whose doer the report leaves unnamed takes the armed group a sentence right after it
blames for it or that claims it."""

from __future__ import annotations

from extraction_helpers import event_of, events_of


def _doer(events, words):
    actor = event_of(events, words).actor1
    return actor.name if actor is not None else None


def test_a_governors_charge_names_the_unnamed_gunmen_of_every_sentence_of_the_act():
    events = events_of("Gunmen have killed eleven traders on a road near the town of Gao in northern Mali, local "
                       "officials say. The attackers stopped two lorries on Sunday evening and shot the men, a "
                       "transport union leader told the AFP news agency. The governor's office accused Islamic "
                       "State Sahel Province fighters of the killings.")
    assert _doer(events, "Gunmen have killed") == "Islamic State Sahel Province"
    assert _doer(events, "The attackers stopped") == "Islamic State Sahel Province"


def test_a_groups_claim_names_the_doer_of_a_drone_attack_told_without_one():
    events = events_of("A drone attack on an army post in Colombia's Cauca department has killed four soldiers, the "
                       "army says. The drone dropped explosives on the post near the town of Suarez on Sunday night, "
                       "a commander said. In a message on its radio station, the National Liberation Army (ELN) "
                       "claimed responsibility for the attack.")
    assert _doer(events, "A drone attack") == "National Liberation Army (ELN)"


def test_a_suspects_counter_charge_names_no_one():
    events = events_of("Gunmen have killed six farmers in Nigeria's Plateau state, police say. The attackers raided "
                       "the village of Bokkos on Sunday night, a resident said. A herders' association denied "
                       "involvement and blamed the Boko Haram militants.")
    assert _doer(events, "Gunmen have killed").startswith("Unidentified Armed Group")


def test_blame_of_another_group_leaves_an_act_with_a_named_doer_alone():
    events = events_of("Al-Shabab fighters have killed five soldiers in a bomb attack near the town of Baidoa, the "
                       "army says. The bomb hit their truck on Monday morning, a commander said. The government "
                       "blamed the Islamic State group.")
    assert _doer(events, "Al-Shabab fighters") == "Al Shabaab"


def _sentences(events):
    return [m.sentence.text for e in events for m in e.mentions]


def test_blame_alone_is_no_event_sentence():
    events = events_of("Gunmen have killed nine people at a bar in South Africa's Eastern Cape province, police say. "
                       "The attackers opened fire on customers in the township of Mdantsane on Saturday night, a "
                       "police spokeswoman said. The provincial police commissioner blamed a turf war between taxi "
                       "owners.")
    assert not any(text.startswith("The provincial police commissioner") for text in _sentences(events))
    assert len(events) == 1


def test_a_denial_followed_by_blame_is_no_event_sentence():
    events = events_of("Fighters of the Twirwaneho militia have killed at least 12 villagers in South Kivu's Fizi "
                       "territory, a local rights group says. The fighters burned homes in the village of Mikenge on "
                       "Saturday and shot those who fled, the group said. Twirwaneho rejected the charge and blamed a "
                       "rival militia for the deaths.")
    assert not any(text.startswith("Twirwaneho rejected") for text in _sentences(events))


def test_whom_the_attackers_belonged_to_is_no_event_sentence():
    events = events_of("Gunmen have killed seven miners at a gold site in Burkina Faso's Est region, officials say. "
                       "The assailants came on motorcycles on Saturday night and opened fire, a local official said. "
                       "Villagers said the gunmen belonged to a jihadist faction active in the area.")
    assert not any(text.startswith("Villagers said") for text in _sentences(events))
    assert "Civilians (Burkina Faso)" in {c.claimant for c in events[0].claims}


def test_blame_that_gives_a_toll_of_its_own_stays_an_event_sentence():
    events = events_of("Riot police clashed with opposition supporters in the Guinean capital, Conakry, on Tuesday, "
                       "residents said. The government blamed the opposition for the unrest, while the party said four "
                       "of its members had been shot dead by officers.")
    assert any(text.startswith("The government blamed") for text in _sentences(events))


def test_property_burned_in_the_raid_named_again_is_part_of_the_raid():
    events = events_of("Police raided a camp of suspected bandits near the town of Gusau in Nigeria's Zamfara state on "
                       "Tuesday, killing five of them, a spokesman said. Locals said the raid lasted most of the day "
                       "and that several granaries were torched.")
    raid = event_of(events, "Police raided")
    assert any(m.sentence.text.startswith("Locals said the raid") for m in raid.mentions)
    assert len(events) == 1


def test_a_group_that_says_its_fighter_carried_it_out_is_the_bombers_group():
    events = events_of("A suicide bomber drove a truck packed with explosives into an army post near the Iraqi town "
                       "of Tarmiyah on Sunday, killing four soldiers, officials said. Islamic State said in a statement "
                       "that one of its suicide fighters had carried it out and killed 20 soldiers.")
    assert _doer(events, "A suicide bomber") == "Islamic State (ISIS)"


def test_a_group_the_source_blames_in_passing_is_the_doer():
    events = events_of("A landmine struck a police truck near the town of Tame in Colombia's Arauca department on "
                       "Monday, leaving two officers dead, the defence ministry said, blaming the National Liberation Army "
                       "(ELN).")
    assert _doer(events, "A landmine") == "National Liberation Army (ELN)"
