"""Score the event classifier on two fixed halves of the CASE 2021 dev TSV.

Changes to the classifier are studied on the `studied` half only (its errors may be read) and
graded on the `unread` half, whose snippets nobody looks at: the gap between the two shows how
much a change is fitted to what was read. A snippet's half is the parity of the first byte of
md5(SEED + id), so the split is fixed and needs no file.

Usage: .venv/bin/python bench/case2021_halves.py [TSV] [--errors] [--set NAME=VALUE ...]
(`--errors` prints the studied half's mistakes; `--set` passes keyword arguments to
`HybridClassifier`, e.g. `--set regularisation=10`, to compare settings on both halves.)
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from eventwire.evaluate.case2021 import GoldSnippet, read_gold, score_snippets
from eventwire.extract.encoders import RowQuantisedMiniLMEncoder
from eventwire.extract.what import HybridClassifier

SEED = "eventwire-case2021-halves-1"
DEV = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "events" / "case2021_task2_dev.tsv"


def half(snippet: GoldSnippet) -> str:
    return "studied" if hashlib.md5((SEED + snippet.snippet_id).encode()).digest()[0] % 2 == 0 else "unread"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tsv", nargs="?", type=Path, default=DEV)
    parser.add_argument("--errors", action="store_true", help="print the studied half's mistakes")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    args = parser.parse_args()
    settings = {name: json.loads(value) for name, _, value in (item.partition("=") for item in args.set)}
    classifier = HybridClassifier(RowQuantisedMiniLMEncoder(), **settings)
    snippets = read_gold(args.tsv)
    summary = {}
    for name in ("studied", "unread"):
        report = score_snippets([s for s in snippets if half(s) == name], classifier)
        summary[name] = {key: round(float(report[key]), 4) for key in ("weighted_f1", "macro_f1", "accuracy")}
        summary[name]["n"] = report["n"]
        if name == "unread":
            per_class = report["per_class"]
            summary["unread_per_class_f1"] = {code: round(row["f1"], 2) for code, row in sorted(per_class.items())}
        if name == "studied" and args.errors:
            texts = {s.snippet_id: s.text for s in snippets}
            for row in report["predictions"]:
                if row["gold"] != row["predicted"]:
                    print(f"{row['gold']:>30} <- {row['predicted']:<30} {texts[row['id']][:300]}")
    print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
