"""Speed changes to extraction answer exactly what the slower code they replace answered."""

import pytest

from eventwire.gazetteer.context import read_cues, settlement_cue

SETTLEMENT_TEXTS = [
    "Gunmen attacked the village of Mardon on Monday.",
    "Troops entered Mardon town after a week of fighting.",
    "Mardon, a small town near the border, was shelled.",
    "Officials in Mardon said two people died.",
    "Mardon",
]


@pytest.mark.parametrize("text", SETTLEMENT_TEXTS)
def test_the_settlement_cue_alone_is_read_cues_own(text: str) -> None:
    start = text.index("Mardon")
    assert settlement_cue(text, start, start + len("Mardon")) == read_cues(text, start, start + len("Mardon")).settlement


def test_the_settlement_cue_says_so_before_and_after_a_name() -> None:
    assert settlement_cue(SETTLEMENT_TEXTS[0], 31, 37) and settlement_cue(SETTLEMENT_TEXTS[2], 0, 6)
    assert not settlement_cue(SETTLEMENT_TEXTS[3], 13, 19)


def _place(id_: int, name: str, feature: str, iso: str, admin1: str = "", admin2: str = "", lat: float = 0.0,
           lon: float = 0.0, population: int = 1000):
    from eventwire.gazetteer import Candidate

    return Candidate(id_, id_, name, feature, lat, lon, iso, iso, admin1, admin2, population)


def _options(*named):
    from eventwire.gazetteer.features import MentionOptions

    return [MentionOptions(group, list(found), [0.0] * len(found), [0.0] * len(found)) for group, found in named]


def test_the_pick_features_count_the_other_names_picks_by_country_state_and_unit() -> None:
    from eventwire.gazetteer.features import PICK_FEATURES, pick_features

    town = _place(1, "Arden", "city", "AA", "North", "Arden County", 10.0, 10.0)
    elsewhere = _place(2, "Arden", "city", "BB", "South", "", -40.0, 100.0)
    state = _place(3, "North", "admin1", "AA")
    neighbour = _place(4, "Bexley", "city", "AA", "North", "Arden County", 10.1, 10.1)
    options = _options(("arden", [town, elsewhere]), ("north", [state]), ("north~admin", [state]),
                       ("bexley", [neighbour]))
    arden = pick_features(options, [town, state, state, neighbour])[0]
    column = {name: index for index, name in enumerate(PICK_FEATURES)}
    # the other names' picks: the state North (picked for "north" and "north~admin") and Bexley
    assert arden[0, column["picks_same_country_share"]] == 1.0 and arden[1, column["picks_same_country_share"]] == 0.0
    assert arden[0, column["picks_named_admin1"]] == 1.0 and arden[1, column["picks_named_admin1"]] == 0.0
    assert arden[0, column["picks_same_admin1_share"]] == 1.0 and arden[0, column["picks_same_admin2_share"]] == 1 / 3
    assert arden[0, column["picks_nearby_share"]] == 1.0 and arden[1, column["picks_nearby_share"]] == 0.0


def test_the_static_features_count_the_other_names_candidates_by_country_and_state() -> None:
    from eventwire.gazetteer.features import STATIC_FEATURES, static_features

    town = _place(1, "Arden", "city", "AA", "North", "Arden County", 10.0, 10.0)
    elsewhere = _place(2, "Arden", "city", "BB", "South", "", -40.0, 100.0)
    state = _place(3, "North", "admin1", "AA")
    other_state = _place(5, "North", "admin1", "CC")
    options = _options(("arden", [town, elsewhere]), ("north", [state, other_state]), ("arden", [town, elsewhere]))
    arden = static_features(options, "Arden lies in North. North is far.")[0]
    column = {name: index for index, name in enumerate(STATIC_FEATURES)}
    assert list(arden[:, column["names_same_country_share"]]) == [1.0, 0.0]
    assert list(arden[:, column["names_same_admin1_share"]]) == [1.0, 0.0]
    assert list(arden[:, column["admin1_in_text"]]) == [1.0, 0.0]


OVERLAPPING_CUES = [("A", r"shot"), ("B", r"shot dead"), ("A", r"fire\w*"), ("C", r"dead\b"), ("B", r"opened fire"),
                    ("C", r"(?:police|army) said"), ("D", r"\d+ (?:people|civilians)")]


@pytest.mark.parametrize("text", [
    "Police said gunmen opened fire and shot dead 3 people; the army said 12 civilians were shot.",
    "Firefighters were shot at; later one was shot dead.", "Dead ends. Fired. Shot.",
    "Gunmen ſhot dead 2 civilians and opened fire on police, the ARMY SAID.", "nothing here", "",
])
def test_each_cue_class_is_found_at_its_first_cue_s_first_match(text: str) -> None:
    import re

    from eventwire.extract import what

    expected = {}
    for code, pattern in OVERLAPPING_CUES:
        if code not in expected and (match := re.search(rf"\b(?:{pattern})", text, re.IGNORECASE)):
            expected[code] = match.span()
    assert what.CueLexicon(OVERLAPPING_CUES).matches(text) == expected
