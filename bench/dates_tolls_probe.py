"""Measure event dates and casualty figures on the incident gold, and their cost per sentence.

    .venv/bin/python bench/dates_tolls_probe.py [--eval DIR] [--sentences K] [--dateparser] [--show N]

GVC: for each article, the event date is resolved from the first sentence that reports the
shooting (falling back to the next sentences when that one has no time expression), and
compared with the gold incident date; killed / injured come from the title and the first K
sentences (`report_toll`). GVDB: killed / injured the same way (its articles have no date).
`--dateparser` also scores `dateparser.search.search_dates` on MEANTIME as a baseline.
Prints one JSON object. Reads `shared/eval`; exits 0 with a note when it is absent.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from pathlib import Path

from eventwire.extract.toll import find_tolls, report_toll
from eventwire.extract.when import resolve_event_date

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EVAL = ROOT.parent / "shared" / "eval"
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘A-Z])|\n+")
ABBREVIATION = re.compile(r"(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Ms|Mrs|Dr|Lt|St|No|"
                          r"Sgt|Gov|Rep|Sen|Ave|Capt|Det|Officer)|[ap]\.m|\b[A-Z])\.[\"”’']?$")
EVENT_CUE = re.compile(r"\b(?:shot|shooting|shootings|gunfire|gunshots?|gunman|killed|slain|"
                       r"homicide|opened fire|wounded|dead|died|murder)\b", re.IGNORECASE)


def sentences(text: str) -> list[str]:
    """A cheap splitter that does not cut after "Sept." or "p.m." (the pipeline uses spaCy's)."""
    result: list[str] = []
    for part in SENTENCE_END.split(text):
        part = part.strip()
        if not part:
            continue
        if result and ABBREVIATION.search(result[-1]):
            result[-1] += " " + part
        else:
            result.append(part)
    return result


def event_date(parts: list[str], article_date: dt.date | None, lookahead: int = 8):
    """The resolved date of the first event sentence; without an expression there, the next ones."""
    first = next((index for index, part in enumerate(parts[:8]) if EVENT_CUE.search(part)), 0)
    fallback = None
    for part in parts[first:first + lookahead]:
        resolved = resolve_event_date(part, article_date)
        if fallback is None:
            fallback = resolved
        if resolved.expression is not None and not resolved.historical:
            return resolved
    return fallback or resolve_event_date("", article_date)


def toll_of(title: str, parts: list[str], k: int) -> tuple[int, int]:
    figures = find_tolls(title)
    for part in parts[:k]:
        figures.extend(find_tolls(part))
    return report_toll(figures)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def probe_gvc(folder: Path, k: int, show: int) -> dict:
    articles = read_jsonl(folder / "gvc_dev_articles.jsonl")
    incidents = {row["incident"]: row for row in read_jsonl(folder / "gvc_dev_incidents.jsonl")}
    date_hits = same_day_baseline = killed_hits = injured_hits = 0
    precision_counts: dict[int, int] = {}
    misses = []
    for article in articles:
        gold = incidents[article["incident"]]
        article_date = dt.date.fromisoformat(article["date"]) if article.get("date") else None
        gold_date = dt.date.fromisoformat(gold["date"])
        parts = sentences(article["text"])
        resolved = event_date(parts, article_date)
        precision_counts[resolved.time_precision] = precision_counts.get(resolved.time_precision, 0) + 1
        date_hits += resolved.date == gold_date
        same_day_baseline += article_date == gold_date
        killed, injured = toll_of(article.get("title", ""), parts, k)
        killed_hits += killed == gold["killed"]
        injured_hits += injured == gold["injured"]
        if resolved.date != gold_date or killed != gold["killed"] or injured != gold["injured"]:
            misses.append({"id": article["id"][:8], "article": article["date"], "gold_date": gold["date"],
                           "date": str(resolved.date),
                           "expr": resolved.expression.text if resolved.expression else None,
                           "killed": [killed, gold["killed"]], "injured": [injured, gold["injured"]]})
    total = len(articles)
    return {"articles": total, "date_accuracy": date_hits / total,
            "article_date_baseline": same_day_baseline / total,
            "killed_accuracy": killed_hits / total, "injured_accuracy": injured_hits / total,
            "precision_counts": precision_counts, "misses": misses[:show]}


def probe_gvdb(path: Path, k: int, show: int) -> dict:
    rows = read_jsonl(path)
    killed_hits = injured_hits = killed_n = injured_n = 0
    misses = []
    for row in rows:
        gold = row["gold"]
        killed, injured = toll_of(row.get("title", ""), sentences(row["text"]), k)
        if gold.get("killed") is not None:
            killed_n += 1
            killed_hits += killed == gold["killed"]
        if gold.get("injured") is not None:
            injured_n += 1
            injured_hits += injured == gold["injured"]
        if (killed, injured) != (gold.get("killed"), gold.get("injured")):
            misses.append({"id": row["id"], "killed": [killed, gold.get("killed")],
                           "injured": [injured, gold.get("injured")]})
        resolve_event_date(row["text"][:300], None)  # undated articles must not fail
    return {"articles": len(rows), "killed_accuracy": killed_hits / max(killed_n, 1), "killed_n": killed_n,
            "injured_accuracy": injured_hits / max(injured_n, 1), "injured_n": injured_n,
            "misses": misses[:show]}


def cost_per_sentence(folder: Path) -> dict:
    """Microseconds per sentence for resolve_event_date and find_tolls over every GVC sentence."""
    rows = read_jsonl(folder / "gvc_dev_articles.jsonl")
    work = [(part, dt.date.fromisoformat(row["date"])) for row in rows for part in sentences(row["text"])]
    started = time.perf_counter()
    for part, day in work:
        resolve_event_date(part, day)
    dates = time.perf_counter() - started
    started = time.perf_counter()
    for part, _day in work:
        find_tolls(part)
    tolls = time.perf_counter() - started
    return {"sentences": len(work), "resolve_event_date_us": 1e6 * dates / len(work),
            "find_tolls_us": 1e6 * tolls / len(work)}


def dateparser_baseline(path: Path) -> dict:
    """dateparser.search over MEANTIME, scored like eventwire.evaluate.timex (values compared as
    days, months or years where dateparser's datetime allows)."""
    from dateparser.search import search_dates

    from eventwire.evaluate.metrics import prf_from_counts

    gold_n = predicted_n = matched = value_hits = 0
    started = time.perf_counter()
    calls = 0
    for document in read_jsonl(path):
        text = document["text"][:document["annotated_end"]]
        base = dt.datetime.fromisoformat(document["date"])
        dateline = document["date_span"]
        gold = document["timexes"]
        gold_n += len(gold)
        settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
        found = []
        offset = 0
        for line in text.split("\n"):
            calls += 1
            for phrase, value in search_dates(line, languages=["en"], settings=settings) or []:
                start = text.find(phrase, offset)
                if start >= 0 and not (start < dateline[1] and dateline[0] < start + len(phrase)):
                    found.append((start, start + len(phrase), value))
            offset += len(line) + 1
        predicted_n += len(found)
        for item in gold:
            hit = next((f for f in found if f[0] < item["end"] and item["start"] < f[1]), None)
            if hit:
                matched += 1
                value_hits += hit[2].date().isoformat().startswith(item["value"]) and len(item["value"]) >= 4
    elapsed = time.perf_counter() - started
    recognition = prf_from_counts(matched, predicted_n - matched, gold_n - matched)
    value = prf_from_counts(value_hits, predicted_n - value_hits, gold_n - value_hits)
    return {"timex_f1": recognition.f1, "value_f1_upper_bound": value.f1,
            "ms_per_line": 1000 * elapsed / max(calls, 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--sentences", type=int, default=8, help="sentences read for the toll")
    parser.add_argument("--dateparser", action="store_true", help="also score dateparser on MEANTIME")
    parser.add_argument("--show", type=int, default=0, help="print this many misses per corpus")
    options = parser.parse_args(argv)
    incidents = options.eval / "incidents"
    if not incidents.is_dir():
        print(json.dumps({"skipped": f"{incidents} not found"}))
        return 0
    report = {"gvc": probe_gvc(incidents, options.sentences, options.show),
              "gvdb": probe_gvdb(incidents / "gvdb_dev.jsonl", options.sentences, options.show),
              "cost": cost_per_sentence(incidents)}
    meantime = options.eval / "claims" / "meantime_dev.jsonl"
    if meantime.exists():
        from eventwire.evaluate.timex import score_file

        report["meantime"] = {key: value for key, value in score_file(meantime).items()
                              if key in {"timex_f1", "value_f1", "timex_precision", "timex_recall", "n"}}
        if options.dateparser:
            report["meantime_dateparser"] = dateparser_baseline(meantime)
    print(json.dumps(report, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
