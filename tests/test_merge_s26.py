"""Session 26: a conflict's running history is no event (a deed that runs on since a year or in
recent years, an era dated by its decade); people named by their nation are casualties; one
notion of a vague figure and one reader of "nobody was hurt"."""

from __future__ import annotations

from eventwire.annotate import load_language
from eventwire.extract.toll import TollFigure, find_tolls, is_vague, report_toll, tells_no_casualties
from extraction_helpers import events_of, mentions_of


def test_a_conflict_told_as_history_is_no_event():
    text = ("Gunmen killed four farmers near the village of Tandou in Niger on Saturday, police said. "
            "The army has been battling jihadist groups in the region since 2015. "
            "Disputes over grazing land have killed hundreds of people in recent years. "
            "The militia first took up arms as a self-defence force in the 1980s.")
    assert [m.sentence.text[:12] for m in mentions_of(text)] == ["Gunmen kille"]


def test_a_deed_of_recent_days_is_still_an_event():
    text = "Soldiers have been fighting rebels around the town of Bossembele in the Central African Republic since Sunday."
    assert [m.sentence.text[:12] for m in mentions_of(text)] == ["Soldiers hav"]


def test_people_named_by_their_nation_are_casualties():
    cases = {
        "Shelling across the frontier killed at least six Lebanese on Monday.": (6, "killed"),
        "Two Sudanese were wounded by stray bullets.": (2, "injured"),
        "The blast killed three Ugandans and two Kenyans.": (5, "killed"),
    }
    for text, expected in cases.items():
        assert [(f.figure, f.kind) for f in find_tolls(text)] == [expected], text


def test_a_figure_is_vague_by_its_words_wherever_it_is_read():
    figures = find_tolls("Several raiders were killed and dozens of villagers were wounded; two guards died.")
    assert [(f.figure, f.vague) for f in figures] == [(10, True), (12, True), (2, False)]
    assert all(f.vague == is_vague(text) for f, text in (
        (figures[0], "Several raiders were killed"), (figures[2], "two guards died")))
    assert report_toll(figures) == (2, 12)
    assert report_toll([TollFigure(3, "killed", 0, 0, cue="killed")]) == (3, 0)


def test_nobody_hurt_is_read_from_the_parse():
    nlp = load_language()
    told = ["No one was hurt in the blast.", "None of the passengers were injured."]
    untold = ["No one knew who had killed him.", "Two guards were injured."]
    assert [tells_no_casualties(nlp(text)[:]) for text in told] == [True, True]
    assert [tells_no_casualties(nlp(text)[:]) for text in untold] == [False, False]


def test_tolls_of_victims_named_by_kin_rank_and_origin():
    cases = {
        "Raiders shot dead a farmer and two of his grandsons near the well.": (3, "killed"),
        "Bandits killed two nurses and the constable escorting them.": (3, "killed"),
        "Six members of the Lake Guard Brigade (LGB) were ambushed and killed.": (6, "killed"),
        "Four herders from a camp north of the river were gunned down at dawn.": (4, "killed"),
        "Militiamen killed a teacher and a passer-by in the square.": (2, "killed"),
    }
    for text, expected in cases.items():
        assert [(f.figure, f.kind) for f in find_tolls(text)] == [expected], text


def test_an_account_joins_the_act_its_noun_names_not_the_act_just_before():
    text = ("Artillery shelled the hill village of Kfar Tella on Tuesday evening, wounding four people, the "
            "regional governor said. Hours earlier, clan gunmen had traded fire with border troops near the "
            "river, state media said. The mayor of nearby Ain Rama, Sami Haddad, said three people had died in "
            "the shelling, including a child.")
    events = events_of(text)
    shelling = next(e for e in events if e.sub_event_type == "Shelling/artillery/missile attack")
    assert [m.sentence.text[:12] for m in shelling.mentions] == ["Artillery sh", "The mayor of"]
    assert shelling.fatalities == 3


def test_a_speakers_count_of_who_died_tells_the_act_before_it():
    text = ("Gang members stormed the market town of Belladere on Tuesday, setting homes on fire and shooting at "
            "residents, police said. The town's deputy mayor, Paul Etienne, told a local radio station that "
            "eleven residents had died.")
    events = events_of(text)
    assert [[m.sentence.text[:12] for m in e.mentions] for e in events] == [["Gang members", "The town's d"]]
    assert events[0].fatalities == 11


def test_a_residents_count_joins_the_act_before_it_as_that_act():
    text = ("Five suspected gang members were killed in a gunfight with soldiers in the Bela Vista district of "
            "Recife on Monday, the army said. Residents told the newspaper Folha that seven had died, and that "
            "several were shot in their beds.")
    events = events_of(text)
    assert [(e.sub_event_type, len(e.mentions)) for e in events] == [("Armed clash", 2)]


def test_a_forces_count_that_blames_the_crowd_joins_the_protest_it_met():
    text = ("Police fired into a crowd of several hundred people gathered outside the district council in "
            "Gulistan on Saturday, relatives of the dead said. The interior ministry said in a statement that "
            "two men had died of gunshot wounds and accused agitators in the crowd of shooting first.")
    events = events_of(text)
    assert [len(e.mentions) for e in events] == [2]
    assert events[0].fatalities == 2


def test_a_victim_told_by_name_is_no_count_of_the_dead_of_its_own():
    from eventwire.extract import mentions

    for counted in ("fourteen residents had died", "a man had died", "at least 12 people died"):
        assert mentions._COUNTED_FIGURE.match(counted)
    assert not mentions._COUNTED_FIGURE.match("Mara Holt also died")
