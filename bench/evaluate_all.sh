#!/usr/bin/env bash
# Runs every `eventwire evaluate` scorer on the shared gold data and keeps the JSON in
# bench/results/; the README's accuracy tables are copied from these files.
# Usage: bench/evaluate_all.sh [SHARED_EVAL_DIR]   (default ../shared/eval)
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL=${1:-../shared/eval}
OUT=bench/results
EW=${EVENTWIRE:-.venv/bin/eventwire}
mkdir -p "$OUT"
run() {  # name, then the evaluate arguments
  local name=$1; shift
  local start=$SECONDS
  "$EW" evaluate "$@" --json > "$OUT/$name.json"
  echo "$name: $((SECONDS - start)) s"
}
run events events bench/gold/events_own.jsonl
run events_heldout events bench/gold/events_heldout.jsonl
run events_place3 events bench/gold/events_place3.jsonl
run events_actors3 events bench/gold/events_actors3.jsonl
run events_actors4 events bench/gold/events_actors4.jsonl
run events_actors5 events bench/gold/events_actors5.jsonl
run events_actors6 events bench/gold/events_actors6.jsonl
run events_actors7 events bench/gold/events_actors7.jsonl
run events_actors8 events bench/gold/events_actors8.jsonl
run events_actors9 events bench/gold/events_actors9.jsonl
run events_actors10 events bench/gold/events_actors10.jsonl
run events_actors11 events bench/gold/events_actors11.jsonl
run events_actors12 events bench/gold/events_actors12.jsonl
run events_actors13 events bench/gold/events_actors13.jsonl
run events_actors14 events bench/gold/events_actors14.jsonl
run events_actors15 events bench/gold/events_actors15.jsonl
run events_actors16 events bench/gold/events_actors16.jsonl
run events_actors17 events bench/gold/events_actors17.jsonl
run events_actors18 events bench/gold/events_actors18.jsonl
run events_actors19 events bench/gold/events_actors19.jsonl
run events_actors20 events bench/gold/events_actors20.jsonl
run events_actors21 events bench/gold/events_actors21.jsonl
run events_actors22 events bench/gold/events_actors22.jsonl
run events_actors23 events bench/gold/events_actors23.jsonl
run events_actors24 events bench/gold/events_actors24.jsonl
run events_actors25 events bench/gold/events_actors25.jsonl
run events_actors26 events bench/gold/events_actors26.jsonl
run events_actors27 events bench/gold/events_actors27.jsonl
run events_actors28 events bench/gold/events_actors28.jsonl
run events_actors29 events bench/gold/events_actors29.jsonl
run events_actors30 events bench/gold/events_actors30.jsonl
run events_actors31 events bench/gold/events_actors31.jsonl
run case2021 case2021 "$EVAL/events/case2021_task2_dev.tsv"
EVENTWIRE_CLASSIFIER=lexical run case2021_lexical case2021 "$EVAL/events/case2021_task2_dev.tsv"
run geo_lgl_gold geo "$EVAL/geo/lgl.xml" --gold-toponyms
run geo_gwn_gold geo "$EVAL/geo/GWN.xml" --gold-toponyms
run geo_lgl geo "$EVAL/geo/lgl.xml"
run geo_gwn geo "$EVAL/geo/GWN.xml"
run timex timex "$EVAL/claims/meantime_dev.jsonl"
run timex_timeml timex "$EVAL/claims/meantime_dev.jsonl" --convention timeml
run attribution attribution "$EVAL/claims/polnear_dev.jsonl"
run attribution_speech attribution "$EVAL/claims/polnear_dev.jsonl" --scope speech
run factuality factuality "$EVAL/claims/meantime_dev.jsonl"
run plover plover "$EVAL/events/plover_gsr_cameo.txt"
run incidents incidents "$EVAL/incidents/gvc_dev_articles.jsonl" --gold "$EVAL/incidents/gvc_dev_incidents.jsonl"
run articles articles "$EVAL/incidents/gvdb_dev.jsonl"
