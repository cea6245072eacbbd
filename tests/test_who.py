from __future__ import annotations

import pytest

from eventwire import taxonomy as tx
from eventwire.annotate import load_language
from eventwire.extract.who import build_context, country_of_word, noun_phrase, resolve_actor


def actor_for(text: str, head: str, country: str = ""):
    doc = load_language()(text)
    token = next(t for t in doc if t.text == head)
    return resolve_actor(noun_phrase(token), build_context(doc, country))


@pytest.mark.parametrize(
    ("text", "head", "name", "inter"),
    [
        ("The Turkish army shelled the village.", "army", "Military Forces of Turkey", tx.STATE_FORCES),
        ("Nigerian police arrested ten men.", "police", "Police Forces of Nigeria", tx.STATE_FORCES),
        ("Kenyan officials said the talks failed.", "officials", "Government of Kenya", tx.STATE_FORCES),
        ("Nairobi said the talks failed.", "Nairobi", "Government of Kenya", tx.STATE_FORCES),
        ("Hamas fired rockets.", "Hamas", "Hamas", tx.REBEL_GROUPS),
    ],
)
def test_canonical_actors_and_types(text: str, head: str, name: str, inter: int):
    actor = actor_for(text, head)
    assert actor is not None and (actor.name, actor.inter) == (name, inter)


def test_role_nouns_take_the_article_country():
    actor = actor_for("Hundreds of protesters gathered.", "protesters", country="Chile")
    assert (actor.name, actor.inter) == ("Protesters (Chile)", tx.PROTESTERS)


def test_acronyms_learned_in_the_article():
    doc = load_language()("The Northern Shield Brigade (NSB) claimed the raid. Later the NSB denied it.")
    context = build_context(doc)
    later = [t for t in doc if t.text == "NSB"][-1]
    actor = resolve_actor(noun_phrase(later), context)
    assert actor.name == "Northern Shield Brigade" and actor.inter == tx.REBEL_GROUPS


def test_surnames_resolve_to_the_full_name_given_earlier():
    doc = load_language()("Governor Maria Lopez spoke first. Later Ms Lopez said the road was closed.")
    context = build_context(doc)
    lopez = [t for t in doc if t.text == "Lopez"][-1]
    assert resolve_actor(noun_phrase(lopez), context).name == "Maria Lopez"


def test_pronouns_are_not_actors():
    assert actor_for("They attacked the town.", "They") is None


def test_demonyms_and_plurals():
    assert country_of_word("Ukrainian") == "Ukraine"
    assert country_of_word("Syrians") == "Syria"
    assert country_of_word("Blue") is None


def test_multi_word_country_names_and_common_aliases():
    assert actor_for("The United States imposed sanctions.", "States").name == "Government of United States"
    assert actor_for("The U.S. imposed sanctions.", "U.S.").name == "Government of United States"


def test_agent_and_recipient_of_an_event():
    from eventwire.extract.who import event_actors

    doc = load_language()("Finland will give Tanzania a grant, officials said.")
    give = next(t for t in doc if t.text == "give")
    actor1, actor2 = event_actors(give, build_context(doc))
    assert actor1.name == "Government of Finland" and actor2.name == "Government of Tanzania"


def test_the_owner_of_a_non_actor_object_is_the_target():
    from eventwire.extract.who import event_actors

    doc = load_language()("Kenyan police raided Somalia's embassy compound on Monday.")
    raided = next(t for t in doc if t.text == "raided")
    actor1, actor2 = event_actors(raided, build_context(doc))
    assert actor1.name == "Police Forces of Kenya" and actor2 is not None and "Somalia" in actor2.name


def test_named_organisations_the_data_file_does_not_know_are_actors():
    doc = load_language()("The Green Valley Union blocked the highway.")
    union = next(t for t in doc if t.text == "Union")
    actor = resolve_actor(noun_phrase(union), build_context(doc))
    assert actor is not None and "Green Valley Union" in actor.name


def _actors_at(text: str, word: str, convention: str = "acled"):
    from eventwire.extract.who import event_actors

    doc = load_language()(text)
    trigger = next(t for t in doc if t.text == word)
    return event_actors(trigger, build_context(doc), convention=convention)


@pytest.mark.parametrize(
    ("text", "word", "target"),
    [
        # the target inside the clause the trigger governs
        ("Chile has offered to send engineers to Peru.", "offered", "Government of Peru"),
        ("Ghana is ready to contribute troops to Mali.", "is", "Government of Mali"),
        # the agent's own troops are not the target; the country they leave is
        ("Kenya will withdraw its troops from neighbouring Somalia.", "withdraw", "Government of Somalia"),
        # "the removal of X": the owner of a thing that is not an actor
        ("The rebels demanded the removal of President Joseph Ilunga.", "demanded", "Joseph Ilunga"),
        ("Aid groups brought food to refugees.", "brought", "Civilians"),
    ],
)
def test_targets_beyond_the_direct_object(text: str, word: str, target: str):
    _, actor2 = _actors_at(text, word)
    assert actor2 is not None and target in actor2.name


def test_places_are_targets_only_under_the_plover_convention():
    text = "The Chilean president arrived in Lima on Monday."
    assert _actors_at(text, "arrived")[1] is None
    _, actor2 = _actors_at(text, "arrived", convention="plover")
    assert actor2 is not None and actor2.name == "Government of Peru"


def test_a_force_noun_only_as_the_head_makes_a_force():
    assert actor_for("Kenya and Ghana held joint military exercises.", "exercises") is None
    assert actor_for("Ghanaian army officers left.", "officers").name == "Military Forces of Ghana"


def test_coordinated_actors_are_associated_with_each_side():
    from eventwire.extract.who import event_actor_groups

    doc = load_language()("Chile and Peru agreed to send aid to Bolivia and Paraguay.")
    agreed = next(t for t in doc if t.text == "agreed")
    side1, side2 = event_actor_groups(agreed, build_context(doc))
    assert [a.name for a in side1] == ["Government of Chile", "Government of Peru"]
    assert [a.name for a in side2] == ["Government of Bolivia", "Government of Paraguay"]


def test_he_inside_a_claim_is_its_claimant():
    from eventwire.extract.claims import attribution_for, find_attributions
    from eventwire.extract.who import event_actors

    doc = load_language()("President Joseph Ilunga said he is ready to release the prisoners.")
    release = next(t for t in doc if t.text == "release")
    holding = attribution_for(release, find_attributions(next(doc.sents)))
    actor1, _ = event_actors(release, build_context(doc), holding.source)
    assert actor1 is not None and actor1.name == "Joseph Ilunga"


def test_the_author_of_a_thing_that_is_not_an_actor_is_the_target():
    _, actor2 = _actors_at("The newspaper defied a ban by the Kenyan government.", "defied")
    assert actor2 is not None and actor2.name == "Government of Kenya"


@pytest.mark.parametrize(
    ("text", "word", "target"),
    [
        # whom a thing the event acts on is aimed at
        ("The archbishop called for sanctions against Norway.", "called", "Government of Norway"),
        ("The council may halt mediation efforts among Chile's rival parties.", "halt", "Government of Chile"),
        # a purpose clause, and the owner of the owner
        ("Farmers began a hunger strike to protest the Peruvian government's decision.", "began", "Government of Peru"),
        # a threat is aimed at whom its condition binds
        ("The rebels threatened to resume attacks unless Kenya freed the prisoners.", "threatened", "Government of Kenya"),
        # armed groups named by their kind
        ("The army shelled Tamil guerrillas near the coast.", "shelled", "Rebels"),
        # whom a thing is for, who did what a thing names, what the agent's own act is of
        ("Gunmen attacked a camp for Sudanese refugees.", "attacked", "Civilians"),
        ("Farmers demanded the return of land seized by Kenyan police.", "demanded", "Police Forces of Kenya"),
        ("Chile mounted its long-planned invasion of Bolivia.", "mounted", "Government of Bolivia"),
    ],
)
def test_targets_aimed_at_through_things_clauses_and_conditions(text: str, word: str, target: str):
    _, actor2 = _actors_at(text, word)
    assert actor2 is not None and target in actor2.name


def test_a_security_council_is_not_the_police():
    actor = actor_for("The U.N. Security Council met on Monday.", "Council", country="Chile")
    assert actor is not None and not actor.name.startswith("Police Forces")


def test_a_guessed_state_does_not_hide_a_named_target():
    # "President Ruto" is only guessed to be the article's main country, which the target names.
    actor1, actor2 = _actors_at("President Ruto threatened further action against Tanzania.", "threatened")
    assert actor1 is not None and actor2 is not None and actor2.name == "Government of Tanzania"


def test_a_named_person_a_state_meets_is_a_target():
    _, actor2 = _actors_at("Moroccan diplomats held their first meeting with President Obama.", "held")
    assert actor2 is not None and actor2.evidence.text == "President Obama"


def test_a_town_acted_on_is_a_target_only_under_the_plover_convention():
    text = "The government imposed a curfew in the town of Mopti on Monday."
    assert _actors_at(text, "imposed")[1] is None
    _, actor2 = _actors_at(text, "imposed", convention="plover")
    assert actor2 is not None and actor2.name == "Mopti"


def test_an_apposition_after_a_conjunct_is_not_part_of_the_first():
    from eventwire.extract.who import event_actor_groups

    doc = load_language()("The group threatened to strike the United States and Israel, a weekly reported.")
    threatened = next(t for t in doc if t.text == "threatened")
    _, side2 = event_actor_groups(threatened, build_context(doc))
    assert [a.name for a in side2] == ["Government of United States", "Government of Israel"]


def _sides_at(text: str, word: str):
    from eventwire.extract.who import event_actor_groups

    doc = load_language()(text)
    trigger = next(t for t in doc if t.text == word)
    side1, side2 = event_actor_groups(trigger, build_context(doc))
    return [a.name for a in side1], [a.name for a in side2]


def test_a_force_adjective_on_an_installation_or_an_officer_names_the_force():
    assert actor_for("Rebels overran an army outpost.", "outpost", country="Chad").name == "Military Forces of Chad"
    assert actor_for("A police checkpoint was burnt.", "checkpoint", country="Chad").name == "Police Forces of Chad"
    assert actor_for("A military spokesman spoke.", "spokesman", country="Chad").name == "Military Forces of Chad"


def test_a_country_on_an_attack_noun_names_its_forces():
    assert actor_for("A Turkish drone attack hit the depot.", "attack").name == "Military Forces of Turkey"


def test_a_named_group_qualifying_a_role_noun_is_that_group_and_the_bare_noun_later_too():
    doc = load_language()("Hamas fighters entered the camp at dawn. By noon the fighters had left.")
    context = build_context(doc)
    first, later = [t for t in doc if t.text == "fighters"]
    assert resolve_actor(noun_phrase(first), context).name == "Hamas"
    assert resolve_actor(noun_phrase(later), context).name == "Hamas"


def test_a_bare_role_noun_two_groups_share_stays_unnamed():
    doc = load_language()("Hamas fighters and Hezbollah fighters were seen. Later the fighters left.")
    later = [t for t in doc if t.text == "fighters"][-1]
    assert resolve_actor(noun_phrase(later), build_context(doc, "Lebanon")).name.startswith("Unidentified")


def test_the_two_sides_of_a_fight_coordinated_as_subjects_or_after_between():
    assert _sides_at("Chadian troops and ISWAP militants clashed near the lake.", "clashed") == (
        ["Military Forces of Chad"], ["Islamic State West Africa Province (ISWAP)"])
    assert _sides_at("Fighting between Hamas and Israeli troops went on overnight.", "Fighting") == (
        ["Hamas"], ["Military Forces of Israel"])


def test_the_victims_of_a_strike_on_a_thing_are_its_target():
    _, side2 = _sides_at("Rebel shells struck a bus station, killing nine civilians.", "struck")
    assert side2 and side2[0].startswith("Civilians")


def test_victims_and_unnamed_gunmen_take_the_country_where_the_event_is():
    actor = actor_for("A Chadian air raid on the Sudanese town of Geneina killed six people.", "people")
    assert actor.name == "Civilians (Sudan)"


def test_armed_men_and_settlers_are_actors():
    assert actor_for("Armed men stopped the bus.", "men", country="Niger").name == "Unidentified Armed Group (Niger)"
    assert actor_for("Israeli settlers burnt an olive grove.", "settlers").name == "Settlers (Israel)"
    assert actor_for("Gang members looted the shops.", "members", country="Haiti").name.startswith("Unidentified")


def test_a_plural_demonym_as_a_target_is_civilians():
    assert actor_for("Troops detained three Syrians.", "Syrians").name == "Civilians (Syria)"


def test_bare_forces_are_those_of_the_country_whose_forces_the_article_names():
    doc = load_language()("Kenyan troops entered Somalia on Monday. Somalia protested. The army then withdrew.")
    army = next(t for t in doc if t.text == "army")
    assert resolve_actor(noun_phrase(army), build_context(doc, "Somalia")).name == "Military Forces of Kenya"


def test_own_forces_and_fighters_inside_a_claim_belong_to_the_claimant():
    from eventwire.extract.claims import attribution_for, find_attributions
    from eventwire.extract.who import event_actors

    for text, word, name in [
        ("Turkey's defence ministry said its forces had destroyed a depot in Iraq.", "destroyed", "Military Forces of Turkey"),
        ("The PKK said in a statement that its fighters had ambushed a patrol.", "ambushed", "Kurdistan Workers' Party (PKK)"),
    ]:
        doc = load_language()(text)
        trigger = next(t for t in doc if t.text == word)
        holding = attribution_for(trigger, find_attributions(next(doc.sents)))
        actor1, _ = event_actors(trigger, build_context(doc), holding.source)
        assert actor1 is not None and actor1.name == name, text


def test_a_town_named_by_its_kind_is_no_owner():
    _, actor2 = _actors_at("Rebels shelled the city of Kisangani.", "shelled")
    assert actor2 is None


def test_the_drc_abbreviation_names_the_country():
    assert country_of_word("DRC") == "Democratic Republic of the Congo"


def test_a_named_group_on_an_attack_or_a_weapon_is_the_attacker():
    assert _sides_at("A Hamas rocket attack hit the port.", "attack")[0] == ["Hamas"]
    assert _sides_at("An Al-Shabab car bomb wrecked a hotel.", "bomb")[0] == ["Al Shabaab"]


def test_what_a_means_is_used_on_is_the_target():
    doc = load_language()("Troops fired rubber bullets and tear gas to scatter the demonstrators.")
    gas = next(t for t in doc if t.text == "gas")
    from eventwire.extract.who import event_actor_groups

    _, side2 = event_actor_groups(gas, build_context(doc, "Peru"), convention="plover")
    assert [a.name for a in side2] == ["Protesters (Peru)"]
    side1, side2 = event_actor_groups(gas, build_context(doc, "Peru"))  # ACLED: the protesters first
    assert [a.name for a in side1] == ["Protesters (Peru)"] and [a.name for a in side2] == ["Military Forces of Peru"]


def test_a_phrase_cut_inside_an_organisation_name_stands_for_the_whole_name():
    doc = load_language()("The Kenya Human Rights Commission said five people were shot.")
    actor = resolve_actor(doc[0:4], build_context(doc))
    assert actor is not None and actor.name == "Kenya Human Rights Commission"


@pytest.mark.parametrize(
    ("text", "word", "actor1", "actor2"),
    [
        # ACLED codes the protesters as actor1 of what state forces do to them.
        ("Police fired tear gas to disperse hundreds of protesters in the capital of Peru.", "gas",
         "Protesters (Peru)", "Police Forces of Peru"),
        ("Soldiers shot dead two protesters in the capital of Peru.", "shot", "Protesters (Peru)",
         "Military Forces of Peru"),
        # An unclaimed planted explosive was set off by an unidentified armed group.
        ("A roadside bomb killed two policemen in a town in Kenya.", "bomb", "Unidentified Armed Group (Kenya)",
         "Police Forces of Kenya"),
        ("Two children were killed when a landmine exploded in a field in Chad.", "landmine",
         "Unidentified Armed Group (Chad)", "Civilians (Chad)"),
        # Whom the casualty verb the event hangs from names is its target.
        ("Rebels killed six soldiers in an ambush in Chad.", "ambush", "Rebels (Chad)", "Military Forces of Chad"),
        ("Four civilians were killed when mortar shells landed on a town in Chad.", "shells", None,
         "Civilians (Chad)"),
        # Civilians' property struck: civilians are the target.
        ("Sudanese forces shelled a market in a town in Sudan.", "shelled", "Military Forces of Sudan",
         "Civilians (Sudan)"),
        ("Troops killed 15 bandits in a forest in Nigeria.", "killed", "Military Forces of Nigeria",
         "Unidentified Armed Group (Nigeria)"),
    ],
)
def test_acled_conventions_fill_the_roles(text, word, actor1, actor2):
    found1, found2 = _actors_at(text, word)
    assert (found1.name if found1 else None, found2.name if found2 else None) == (actor1, actor2)


def test_plover_keeps_the_roles_the_syntax_gives():
    actor1, actor2 = _actors_at("Police fired tear gas at protesters in the capital of Peru.", "fired", "plover")
    assert actor1 is not None and actor1.name == "Police Forces of Peru"
    assert actor2 is not None and actor2.name == "Protesters (Peru)"


def test_a_bomb_with_a_country_on_it_is_no_unclaimed_explosive():
    actor1, _ = _actors_at("A Russian bomb hit a school in Ukraine.", "bomb")
    assert actor1 is None or not actor1.name.startswith("Unidentified")


def test_an_adjective_parsed_as_the_object_before_a_name_stands_for_the_name():
    found1, _ = _actors_at("Shells fired by the paramilitary Rapid Support Forces hit a crowded market in Omdurman.",
                           "Shells")
    assert found1 is not None and found1.name == "Rapid Support Forces (RSF)"


def test_the_group_claiming_the_attack_is_who_the_unnamed_attackers_are():
    doc = load_language()(
        "Gunmen killed nine soldiers at a checkpoint in Mali on Monday. The Islamic State group claimed "
        "responsibility for the attack. The attackers fled on motorbikes. In March, militants killed four soldiers."
    )
    context = build_context(doc)
    attackers = [resolve_actor(noun_phrase(t), context) for t in doc if t.lower_ in {"gunmen", "attackers", "militants"}]
    # (the global group in Mali is its branch there, as ACLED codes it: see test_who_s34)
    assert [a.name for a in attackers] == [
        "Islamic State Sahel Province", "Islamic State Sahel Province", "Unidentified Armed Group (Mali)"]


def test_two_groups_claiming_attacks_name_no_attacker():
    doc = load_language()("Gunmen killed nine soldiers in Mali. Hamas claimed the attack, and Hezbollah claimed the attack too.")
    assert build_context(doc).claiming_group is None


def test_a_phrase_names_its_head_before_a_group_qualifying_it():
    doc = load_language()("The claim was made by the al-Qaeda-linked group JNIM on Monday.")
    context = build_context(doc)
    assert context.claiming_group is not None and context.claiming_group[0].endswith("(JNIM)")


def test_property_is_a_target_only_of_violence_or_destruction():
    _, actor2 = _actors_at("Police say the car was found in a lake in Ohio.", "found")
    assert actor2 is None
    _, actor2 = _actors_at("Gunmen torched a car in a town in Kenya.", "torched")
    assert actor2 is not None and actor2.name == "Civilians (Kenya)"


def test_aircraft_are_a_force_unless_civilian():
    assert actor_for("Turkish aircraft struck a convoy.", "aircraft").name == "Military Forces of Turkey"
    assert actor_for("A Turkish passenger aircraft landed.", "aircraft") is None


def test_who_backs_a_group_is_not_the_group():
    _, actor2 = _actors_at("Kurdish fighters repelled groups backed by the Syrian government.", "repelled")
    assert actor2 is None or actor2.name != "Government of Syria"


def test_an_armed_group_is_unidentified():
    assert actor_for("An armed group attacked a village in Mali.", "group").name == "Unidentified Armed Group (Mali)"
