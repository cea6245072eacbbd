"""Session 27: a count that opens with a number is a rival count however it goes on; a strike that
followed an assault is its own act; "the same statement" is the last statement's speaker's; an
attribution of responsibility joins the act it claims, or, as blame alone, is no event; tolls in
more forms (a long aside, "had lost their lives", "left N X dead", "its two crew", a side's label
in quotation marks, a pronoun opening a list, "the dead numbered", a participle after the count)."""

from __future__ import annotations

import pytest

from eventwire.extract.toll import find_tolls
from eventwire.merge import conservative_figure
from eventwire.records import FatalityClaim, Span
from extraction_helpers import events_of, mentions_of


def _figure(figure: int, claimant: str, words: str, start: int) -> FatalityClaim:
    return FatalityClaim(figure=figure, kind="killed", claimant=claimant, evidence=Span(start, start + len(words), words),
                         article_id="a1", cue="killed")


def test_a_count_that_opens_with_a_number_is_a_rival_count_a_named_list_is_not():
    starts = {"a1": [0, 100]}
    counted = _figure(4, "Rebel Front", "Two farmers and their mother were killed", 0)
    residents = _figure(6, "Residents", "six people had been killed", 100)
    assert conservative_figure([counted, residents], "killed", {}, starts) == 4
    named = _figure(2, "John Roe", "his wife and daughter were killed", 0)
    assert conservative_figure([named, residents], "killed", {}, starts) == 6


def test_a_strike_that_followed_an_assault_is_its_own_act_with_its_own_toll():
    text = ("N'DJAMENA, Chad – Fighters of a rebel front overran an army camp at Tarmosa on Monday, and six soldiers were killed, "
            "according to a defence ministry statement. The rebels said they had seized three trucks. "
            "In the hours after the assault, air force jets bombed a hill near Tarmosa where the rebels had "
            "withdrawn, killing about twenty of them, according to the same statement.")
    events = events_of(text)
    strike = next(e for e in events if e.sub_event_type == "Air/drone strike")
    assert strike.fatalities == 20
    assert [c.claimant for c in strike.claims] == ["Government of Chad"]


def test_the_same_statement_is_the_last_statements_speakers_not_the_last_speakers():
    text = ("N'DJAMENA, Chad – Gunmen killed four villagers in Kolomba on Monday, according to a police statement. "
            "Relatives of the dead said the gunmen had also burned ten houses. "
            "Two of the attackers were killed by villagers, according to the same statement.")
    claimants = {f.claimant for m in mentions_of(text) for f in m.fatality_claims if f.figure == 2}
    assert claimants == {"Police Forces of Chad"}


def test_a_claim_of_responsibility_joins_the_act_it_claims():
    text = ("A roadside bomb struck an army truck near the town of Garsala on Tuesday, killing three soldiers, "
            "the army said. In a message to reporters, the Eastern Liberation Front claimed that its fighters "
            "had buried the device the night before.")
    events = events_of(text)
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]
    assert len(events[0].mentions) == 2


@pytest.mark.parametrize("blame", [
    "The army blamed a faction of the rebels that hides in the marshes.",
    "The interior minister condemned the killings as a cowardly act.",
    "The governor has accused exiled opponents of trying to stir unrest.",
])
def test_blame_alone_is_no_event(blame: str):
    text = f"Gunmen killed five traders on the road to Kolomba on Monday, police said. {blame}"
    assert [m.sentence.text[:12] for m in mentions_of(text)] == ["Gunmen kille"]


@pytest.mark.parametrize(("text", "figure"), [
    ("Eleven members of the Homeland Guard Volunteer Corps of the North (HGVC), the militia that guards the "
     "roads, were killed on Sunday.", 11),
    ("The mayor said that twelve volunteers had lost their lives.", 12),
    ("In 2021, a raid on the same camp left 27 vigilantes dead.", 27),
    ("Rebels shot down a helicopter, killing its two crew members.", 2),
    ('The group said it had killed dozens of "apostates".', 12),
    ("Gunmen stormed the house and killed him, his two sons and a driver.", 4),
    ("A chief said the dead numbered 17.", 17),
    ("Three youths wanted by the police were shot dead in a raid.", 3),
    ("A woman was trampled to death when troops scattered the crowd.", 1),
    ("Three of his followers had been wounded.", 3),
])
def test_tolls_in_more_forms(text: str, figure: int):
    assert [f.figure for f in find_tolls(text)] == [figure]


def test_an_aside_that_lists_victims_is_no_aside():
    assert find_tolls("Two soldiers, a driver and a cook, were killed.") == []
