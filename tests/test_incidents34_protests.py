"""How a protest or a riot the forces met went, by ACLED's rules: the forces hurt tell a violent
demonstration ("12 officers were injured and 150 people were detained"); intervention that kills
or fires birdshot, or a killing by the forces as they break up a march, is excessive force
against protesters; a killing in a riot it did not set off is the riot's; a crowd dispersed by
shots into the air met intervention."""

from __future__ import annotations

from eventwire.extract.what import cue_lexicon, refine


def refined(code: str, text: str) -> str:
    return refine(code, text, cue_lexicon().matches(text))


def test_officers_hurt_at_a_protest_met_by_the_forces_tell_a_violent_demonstration():
    text = "The police chief said 12 officers were injured and 150 people were detained."
    assert refined("PROTEST_WITH_INTER", text) == "VIOL_DEMONSTR"


def test_officers_hurt_do_not_make_a_peaceful_protest_violent():
    text = "Hundreds marched peacefully on Sunday to honour two officers who were injured last year."
    assert refined("PEACE_PROTEST", text) == "PEACE_PROTEST"


def test_intervention_that_kills_a_protester_is_excessive_force():
    text = ("Police fired tear gas and birdshot at striking workers who had blocked the highway on Tuesday, "
            "and a 32-year-old worker died of his wounds in hospital, prosecutors said.")
    assert refined("PROTEST_WITH_INTER", text) == "FORCE_AGAINST_PROTEST"
    assert refined("PEACE_PROTEST", text) == "FORCE_AGAINST_PROTEST"


def test_a_death_the_crowd_protests_is_no_force_used_on_it():
    text = "Police fired tear gas to disperse protesters demanding justice for a man who died in custody."
    assert refined("PROTEST_WITH_INTER", text) == "PROTEST_WITH_INTER"


def test_tear_gas_alone_is_intervention():
    assert refined("PROTEST_WITH_INTER", "Police used tear gas to disperse the crowd.") == "PROTEST_WITH_INTER"


def test_killing_by_police_as_they_break_up_a_march_is_excessive_force():
    text = "Police shot dead two people on Wednesday as they broke up a march by pro-democracy activists."
    assert refined("ATTACK", text) == "FORCE_AGAINST_PROTEST"
    assert refined("ATTACK", "Police shot dead a man who had joined a protest last year.") == "ATTACK"


def test_killing_in_a_riot_is_the_riots_violence_unless_it_set_the_riot_off():
    assert refined("ATTACK", "Six people were killed on Monday when police opened fire on young men who were "
                             "rioting over a curfew.") == "VIOL_DEMONSTR"
    assert refined("ATTACK", "Two officers had been hacked to death by rioters armed with machetes.") == "VIOL_DEMONSTR"
    assert refined("ATTACK", "Police shot dead a man on Monday, sparking riots in the town.") == "ATTACK"
    assert refined("ATTACK", "Gunmen killed two traders during riots in the town.") == "ATTACK"


def test_a_crowd_dispersed_by_shots_into_the_air_met_intervention():
    text = ("About 40 women gathered outside a university on Thursday to protest against the ban, and were dispersed "
            "by fighters who fired into the air.")
    assert refined("PEACE_PROTEST", text) == "PROTEST_WITH_INTER"
    assert refined("PEACE_PROTEST", "The crowd marched to the square and dispersed peacefully.") == "PEACE_PROTEST"
