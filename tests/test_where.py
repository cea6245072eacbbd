"""Toponym recognition and resolution over short reports written for these tests."""

from __future__ import annotations

from eventwire.annotate import load_language
from eventwire.extract.where import _looks_like_place, find_places, recognise_headline, recognise_toponyms, resolve_toponym
from eventwire.gazetteer import Gazetteer
from eventwire.records import Article


def places_of(text: str, gazetteer: Gazetteer, **options):
    article = Article(id="t", text=text)
    return find_places(article, load_language()(text), gazetteer, **options)


def test_places_come_in_text_order_with_evidence(gazetteer: Gazetteer) -> None:
    text = "Protesters marched in Lagos on Monday, and police in Abuja said the rally in Nigeria was peaceful."
    places = places_of(text, gazetteer)
    assert [p.evidence.text for p in places] == ["Lagos", "Abuja", "Nigeria"]
    for place in places:
        assert text[place.evidence.start : place.evidence.end] == place.evidence.text
    assert places[0].iso == "NG" and places[0].feature == "city" and places[0].geo_precision == 1
    assert places[2].feature == "country" and places[2].geo_precision == 3


def test_village_after_a_cue_is_found_even_when_mistagged(gazetteer: Gazetteer) -> None:
    text = "Artillery hit a group of fighters near the village of Ivanivske in the east of Ukraine."
    places = places_of(text, gazetteer)
    village = [p for p in places if p.evidence.text == "Ivanivske"]
    assert village and village[0].iso == "UA" and village[0].geo_precision == 2


def test_region_mention_resolves_to_the_admin_unit(gazetteer: Gazetteer) -> None:
    text = "Drones struck fuel depots in Russia's Kursk region overnight, the governor said."
    kursk = [p for p in places_of(text, gazetteer) if p.evidence.text == "Kursk"]
    assert kursk and kursk[0].feature == "admin1" and kursk[0].iso == "RU" and kursk[0].geo_precision == 3


def test_state_abbreviation_after_a_comma_picks_the_state(gazetteer: Gazetteer) -> None:
    text = "A tornado damaged homes in Athens, Ga., late Tuesday."
    places = places_of(text, gazetteer)
    athens = [p for p in places if p.evidence.text == "Athens"]
    assert athens and athens[0].iso == "US" and athens[0].admin1 == "Georgia"


def test_other_places_in_the_article_disambiguate(gazetteer: Gazetteer) -> None:
    text = "Russian jets bombed Georgia. Residents fled Tbilisi and Gori as troops advanced."
    georgia = [p for p in places_of(text, gazetteer) if p.evidence.text == "Georgia"]
    assert georgia and georgia[0].feature == "country" and georgia[0].iso == "GE"
    text = "Storms hit Georgia overnight. Roads were closed in Atlanta, Macon and Savannah."
    georgia = [p for p in places_of(text, gazetteer) if p.evidence.text == "Georgia"]
    assert georgia and georgia[0].iso == "US"


def test_nationality_words_are_places_only_on_request(gazetteer: Gazetteer) -> None:
    text = "Turkish troops crossed into Syria on Sunday."
    assert [p.evidence.text for p in places_of(text, gazetteer)] == ["Syria"]
    with_demonyms = places_of(text, gazetteer, include_demonyms=True)
    assert [p.iso for p in with_demonyms] == ["TR", "SY"]


def test_resolve_toponym_with_article_context(gazetteer: Gazetteer) -> None:
    article = Article(id="t", text="Flooding closed roads around Springfield, Ill., on Sunday.")
    place = resolve_toponym("Springfield", article, gazetteer)
    assert place is not None and place.admin1 == "Illinois" and place.evidence.start == 29


def test_text_without_places_gives_nothing(gazetteer: Gazetteer) -> None:
    assert places_of("The committee met on Tuesday and adjourned.", gazetteer) == []


def test_an_upper_case_dateline_is_a_place_with_its_state(gazetteer: Gazetteer) -> None:
    text = "DUNCANNON, Pa. - A man was wounded late Friday after an argument outside a bar, troopers said."
    places = places_of(text, gazetteer)
    assert [(p.evidence.text, p.admin1) for p in places][:2] == [("DUNCANNON", "Pennsylvania"), ("Pa.", "Pennsylvania")]
    assert places[0].feature == "city"


def test_a_name_heading_local_police_is_a_place(gazetteer: Gazetteer) -> None:
    text = "A driver was hurt on Sunday, and Cicero police said the crash is under review."
    assert "Cicero" in [p.evidence.text for p in places_of(text, gazetteer)]


def tagged(text: str, entities: list[tuple[str, str]]):
    """The text parsed, with the tagger's entities replaced by `entities` (name, label): the
    tests fix the tags so they do not depend on the statistical model's mistakes."""
    from spacy.tokens import Span as SpacySpan

    doc = load_language().make_doc(text)
    spans = []
    for name, label in entities:
        start = text.index(name)
        spans.append(doc.char_span(start, start + len(name), label=label))
    doc.set_ents([s for s in spans if isinstance(s, SpacySpan)])
    return doc


def test_a_mistagged_town_before_its_state_is_a_place(gazetteer: Gazetteer) -> None:
    from eventwire.extract.where import recognise_toponyms

    text = "The plant opened last year in Boise, Idaho, and hired forty workers."
    doc = tagged(text, [("Boise", "ORG"), ("Idaho", "GPE")])
    names = [text[t.start : t.end] for t in recognise_toponyms(text, doc, gazetteer)]
    assert names == ["Boise", "Idaho"]


def test_a_mistagged_town_listed_beside_places_is_a_place(gazetteer: Gazetteer) -> None:
    from eventwire.extract.where import recognise_toponyms

    text = "The chain sold its stores in Leeds, Sheffield and Wakefield last spring, said Ann Sheffield."
    doc = tagged(text, [("Leeds", "GPE"), ("Sheffield", "PERSON"), ("Wakefield", "ORG"), ("Ann Sheffield", "PERSON")])
    names = [text[t.start : t.end] for t in recognise_toponyms(text, doc, gazetteer)]
    assert names == ["Leeds", "Sheffield", "Wakefield"]  # a person's full name stays a person


def test_a_persons_surname_is_not_a_place(gazetteer: Gazetteer) -> None:
    from spacy.tokens import Span as SpacySpan

    from eventwire.extract.where import recognise_toponyms

    text = "Coach Tom Preston praised the team in Leeds. Preston said the season was long."
    doc = tagged(text, [("Tom Preston", "PERSON"), ("Leeds", "GPE")])
    second = doc.char_span(text.index("Preston said"), text.index(" said the"))
    doc.set_ents(list(doc.ents) + [SpacySpan(doc, second.start, second.end, label="GPE")])
    names = [text[t.start : t.end] for t in recognise_toponyms(text, doc, gazetteer)]
    assert names == ["Leeds"]


def toponyms_of(doc, gazetteer: Gazetteer, include_demonyms: bool = False) -> list[str]:
    return [doc.text[t.start : t.end] for t in recognise_toponyms(doc.text, doc, gazetteer, include_demonyms)]


def test_unknown_one_word_place_needs_a_locative_cue(gazetteer: Gazetteer) -> None:
    firm = tagged("Zorblax reported a loss. Zorblax shares fell.", [("Zorblax", "GPE")])
    assert toponyms_of(firm, gazetteer) == []
    hamlet = tagged("Two men were arrested in Zorblax on Friday.", [("Zorblax", "GPE")])
    assert toponyms_of(hamlet, gazetteer) == ["Zorblax"]
    street = tagged("Police closed Quillamore Street after the crash.", [("Quillamore Street", "LOC")])
    assert toponyms_of(street, gazetteer) == ["Quillamore Street"]


def test_place_closing_or_owning_an_organisation_name(gazetteer: Gazetteer) -> None:
    text = "Kenya's Ministry of Health and Air Zimbabwe signed a deal with the Central Bank of Malta."
    doc = tagged(text, [("Kenya's Ministry of Health", "ORG"), ("Air Zimbabwe", "ORG"), ("Central Bank of Malta", "ORG")])
    assert toponyms_of(doc, gazetteer) == ["Kenya", "Zimbabwe", "Malta"]


def test_organisation_ending_in_a_firm_suffix_or_a_university_names_no_place(gazetteer: Gazetteer) -> None:
    text = "Acme Tool Co. hired graduates of the University of Texas."
    doc = tagged(text, [("Acme Tool Co.", "ORG"), ("University of Texas", "ORG")])
    assert toponyms_of(doc, gazetteer) == []


def test_a_titled_name_is_a_person_wherever_it_is_tagged_a_place(gazetteer: Gazetteer) -> None:
    text = "President Salford met donors in Leeds. Salford promised new roads."
    doc = tagged(text, [("Leeds", "GPE")])
    second = doc.char_span(text.index("Salford promised"), text.index(" promised"), label="GPE")
    doc.set_ents(list(doc.ents) + [second])  # the tagger calls the bare name a place
    assert toponyms_of(doc, gazetteer) == ["Leeds"]


def test_the_centre_as_a_government_is_not_a_place(gazetteer: Gazetteer) -> None:
    doc = tagged("The state asked the Centre for funds to repair roads.", [("Centre", "GPE")])
    assert toponyms_of(doc, gazetteer) == []


def test_a_dateline_after_a_byline_is_a_place(gazetteer: Gazetteer) -> None:
    text = "By Jane Roe. BOSTON (Reuters) - A jury convicted a former bank manager on Friday."
    doc = tagged(text, [("Jane Roe", "PERSON")])
    assert toponyms_of(doc, gazetteer) == ["BOSTON"]


def test_a_country_named_x_and_y_is_one_toponym(gazetteer: Gazetteer) -> None:
    text = "The minister flew to Trinidad and Tobago on Monday."
    doc = tagged(text, [("Trinidad", "GPE"), ("Tobago", "GPE")])
    assert toponyms_of(doc, gazetteer) == ["Trinidad and Tobago"]


def test_a_township_dateline_with_its_state_run_into_the_dash(gazetteer: Gazetteer) -> None:
    text = "MANHEIM TOWNSHIP, Pa- A man was hurt in a crash on Monday. Lancaster police said the road reopened."
    places = {p.evidence.text: p for p in places_of(text, gazetteer)}
    assert places["MANHEIM TOWNSHIP"].admin1 == "Pennsylvania"
    assert places["Pa"].feature == "admin1" and places["Pa"].name == "Pennsylvania"


def test_a_county_heading_an_office_is_a_place_that_settles_its_towns(gazetteer: Gazetteer) -> None:
    text = "The Volusia County Sheriff's Office said a hunter was hurt in Oak Hill on Wednesday."
    places = {p.evidence.text: p for p in places_of(text, gazetteer)}
    assert places["Volusia County"].feature == "admin2"
    assert places["Oak Hill"].admin1 == "Florida"


def test_a_name_cut_off_its_street_type_is_no_town(gazetteer: Gazetteer) -> None:
    text = "The shooting happened at the corner of Jackson Boulevard and State Street in Chicago, police said."
    names = [p.evidence.text for p in places_of(text, gazetteer)]
    assert "Jackson" not in names and "Chicago" in names


def test_a_name_before_court_is_a_street_but_a_court_of_a_place_is_not(gazetteer: Gazetteer) -> None:
    street = "Officers were called to a home on Hudson Court in Tulsa late on Tuesday."
    assert [p.evidence.text for p in places_of(street, gazetteer)] == ["Tulsa"]
    court = "The Arkansas Court of Appeals in Little Rock upheld the ruling."
    assert "Arkansas" in [p.evidence.text for p in places_of(court, gazetteer)]


def test_an_office_named_after_a_county_names_the_county(gazetteer: Gazetteer) -> None:
    text = "The suspect was booked into the Ada County Jail in Boise on Saturday, deputies said."
    places = places_of(text, gazetteer)
    county = [p for p in places if p.name == "Ada County"]
    assert county and county[0].admin1 == "Idaho"


def test_the_headline_settles_a_county_the_text_names_alone(gazetteer: Gazetteer) -> None:
    text = "A child was hurt in a drive-by shooting, the Orange County Sheriff's Office said."
    article = Article(id="t", text=text, title="Drive-by shooting in Chapel Hill injures child - WXYZ News")
    places = find_places(article, load_language()(text), gazetteer)
    assert [p.evidence.text for p in places] == ["Orange County"]
    assert places[0].admin1 == "North Carolina"


def test_a_name_beside_a_numbered_or_named_street_is_a_street(gazetteer: Gazetteer) -> None:
    text = "Police in Milwaukee said a man was shot near 27th and Oklahoma late on Sunday."
    assert [p.evidence.text for p in places_of(text, gazetteer)] == ["Milwaukee"]
    named = "Police in Milwaukee said a man was shot near Dayton and Millbrook Road late on Sunday."
    assert {p.name for p in places_of(named, gazetteer)} == {"Milwaukee"}  # no Dayton, Ohio


def test_two_names_before_a_plural_street_type_are_streets_of_the_articles_town(gazetteer: Gazetteer) -> None:
    text = "Officers in Tulsa found a man shot dead at Denver and Boston avenues on Sunday."
    assert {(p.evidence.text, p.name) for p in places_of(text, gazetteer)} == {
        ("Tulsa", "Tulsa"), ("Denver", "Tulsa"), ("Boston", "Tulsa")}
    towns = "Protesters filled Denver and Boston streets on Sunday."
    assert {(p.evidence.text, p.name) for p in places_of(towns, gazetteer)} == {("Denver", "Denver"), ("Boston", "Boston")}


def test_a_name_after_a_block_number_is_a_street_of_the_articles_town(gazetteer: Gazetteer) -> None:
    text = "Officers found a woman wounded in the 1200 block of Denver on Tuesday, Tulsa police said."
    assert {(p.evidence.text, p.name) for p in places_of(text, gazetteer)} == {("Denver", "Tulsa"), ("Tulsa", "Tulsa")}


def test_a_resident_named_by_town_places_the_town(gazetteer: Gazetteer) -> None:
    text = "A 19-year-old Pensacola man was arrested after the shooting on Friday."
    places = places_of(text, gazetteer)
    assert [(p.evidence.text, p.admin1) for p in places] == [("Pensacola", "Florida")]


def test_a_local_police_department_names_its_town(gazetteer: Gazetteer) -> None:
    text = "The Juneau Police Department was called to a home on Saturday morning."
    places = places_of(text, gazetteer)
    assert [(p.evidence.text, p.admin1) for p in places] == [("Juneau", "Alaska")]


def test_a_side_of_the_city_is_placed_in_the_articles_city(gazetteer: Gazetteer) -> None:
    text = "A teen was wounded on the city's South Side, Chicago police said."
    places = {p.evidence.text: p for p in places_of(text, gazetteer)}
    assert places["South Side"].name == "Chicago"


def test_a_headline_in_title_case_names_a_town_the_tagger_misses(gazetteer: Gazetteer) -> None:
    headline = "Teenagers Shot In Southwest Omaha"
    text = "Two teenagers were shot on Friday night, police said."
    assert [headline[t.start : t.end] for t in recognise_headline(headline, text, gazetteer)] == ["Omaha"]


def test_a_headline_word_the_text_writes_in_lower_case_is_no_town(gazetteer: Gazetteer) -> None:
    headline = "Police Say Man Shot Near Park Was Armed"
    text = "A man was shot near a park on Friday, police said."
    assert recognise_headline(headline, text, gazetteer) == []


def test_a_blocs_alternate_name_does_not_hide_a_province_of_that_very_name(gazetteer: Gazetteer) -> None:
    # "Western" is also the Western world's alternate name; the test for a mistagged word looks
    # at the places that bear it as their own name (a province of over a million people).
    text = "The moves by Western countries angered Moscow."
    start = text.index("Western")
    assert _looks_like_place(text, start, start + len("Western"), gazetteer)


def test_a_mistagged_town_a_compass_direction_of_which_something_happened_is_a_place(gazetteer: Gazetteer) -> None:
    text = "A man was shot southwest of Muleshoe on Friday."
    assert toponyms_of(tagged(text, [("Muleshoe", "NORP")]), gazetteer) == ["Muleshoe"]
    assert toponyms_of(tagged("Muleshoe fans cheered on Friday.", [("Muleshoe", "NORP")]), gazetteer) == []


def test_the_x_region_is_the_unit_named_after_its_largest_town(gazetteer: Gazetteer) -> None:
    # "Stavropol" is also an old name of a bigger town in another unit; the region is still the
    # unit of the town that bears the name now.
    text = "Officials said drones set a fuel depot ablaze in the Stavropol region overnight."
    unit = [p for p in places_of(text, gazetteer) if p.evidence.text == "Stavropol"]
    assert unit and unit[0].feature == "admin1" and unit[0].iso == "RU" and unit[0].admin1.startswith("Stavropol")
    assert unit[0].geo_precision == 3


def test_a_capital_standing_for_its_government_is_no_place(gazetteer: Gazetteer) -> None:
    text = "Militias backed by the Caracas government raided a border post near Cucuta on Friday."
    assert "Caracas" not in [p.evidence.text for p in places_of(text, gazetteer)]
    assert "Caracas" in [p.evidence.text for p in places_of(text, gazetteer, include_demonyms=True)]
    text = "Police in Caracas said a gunman killed two people on Friday."
    assert "Caracas" in [p.evidence.text for p in places_of(text, gazetteer)]


def test_an_address_run_into_its_town_names_the_town(gazetteer: Gazetteer) -> None:
    text = "Deputies in NC found the victim, of Zwobbler Circle Mount Olive, beside her car."
    doc = tagged(text, [("NC", "GPE"), ("Zwobbler Circle Mount Olive", "LOC")])
    assert [text[t.start : t.end] for t in recognise_toponyms(text, doc, gazetteer)] == ["NC", "Mount Olive"]
    text = "Deputies found the victim, of Zwobbler Circle Mount Olive, beside her car."
    doc = tagged(text, [("Zwobbler Circle Mount Olive", "LOC")])
    assert "Mount Olive" not in [text[t.start : t.end] for t in recognise_toponyms(text, doc, gazetteer)]  # which state's?


def test_a_missed_town_after_a_highway_and_before_its_state_is_a_place(gazetteer: Gazetteer) -> None:
    text = "Deputies were sent to 3511 US Hwy 117 Alternate Dudley, NC, after a shooting."
    doc = tagged(text, [("NC", "GPE")])
    names = [text[t.start : t.end] for t in recognise_toponyms(text, doc, gazetteer)]
    assert names == ["Dudley", "NC"]
    text = "Deputies were sent to 12 Zwobbler Road Mount Olive, NC, after a shooting."
    doc = tagged(text, [("NC", "GPE")])
    assert [text[t.start : t.end] for t in recognise_toponyms(text, doc, gazetteer)] == ["Mount Olive", "NC"]
