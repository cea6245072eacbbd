"""The geo ranker's penalty and feature choices side by side: for each variant, the gold-toponym
acc@161 in-sample (fit on LGL + GeoWebNews, scored on both), 5-fold cross-validated and
leave-one-corpus-out, with `eventwire.gazetteer.train`'s own fit, folds and scoring. A variant is
`L2[:FEATURE,FEATURE...]`: the penalty, then features held at weight 0 (the cue and container
offsets stay, as in the shipped ranker). Nothing is written.

Usage: .venv/bin/python bench/geo_ranker_variants.py LGL.xml GWN.xml [--cache FILE] VARIANT ...
e.g.   .venv/bin/python bench/geo_ranker_variants.py ../shared/eval/geo/lgl.xml ../shared/eval/geo/GWN.xml \
           --cache /tmp/geo_candidates.pkl 0.001 0.0005 0.0005:log_renown,most_renowned
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

from eventwire.evaluate.geo import geocoding_metrics
from eventwire.gazetteer import Gazetteer, train
from eventwire.gazetteer.features import PICK_FEATURES, STATIC_FEATURES
from eventwire.gazetteer.ranker import RankerWeights, fit_conditional_logit, rule_offsets


def masked_fit(dropped: set[str]):
    """`train.fit` with the `dropped` features' columns zeroed (so their weights stay 0)."""
    static_mask = np.array([name not in dropped for name in STATIC_FEATURES], dtype=float)
    full_mask = np.array([name not in dropped for name in STATIC_FEATURES + PICK_FEATURES], dtype=float)

    def fit(pairs, l2: float) -> RankerWeights:
        labels = [mask for article, prepared in pairs for mask in train.positives(article, prepared)]
        static = [matrix for _, prepared in pairs for matrix in prepared.static]
        offsets = [rule_offsets(matrix) for matrix in static]
        first = fit_conditional_logit([m * static_mask for m in static], labels, l2, offsets) * static_mask
        full = []
        for _, prepared in pairs:
            extra = train.pick_features(prepared.options, train.first_pass_places(prepared, first))
            full.extend(np.hstack((s, e)) * full_mask for s, e in zip(prepared.static, extra))
        return RankerWeights(first, fit_conditional_logit(full, labels, l2, offsets) * full_mask)

    return fit


def main(argv: list[str]) -> None:
    cache = None
    if "--cache" in argv:
        at = argv.index("--cache")
        cache = Path(argv[at + 1])
        argv = argv[:at] + argv[at + 2:]
    paths, variants = [Path(a) for a in argv if a.endswith(".xml")], [a for a in argv if not a.endswith(".xml")]
    corpora = train.load(paths, Gazetteer.open(), cache)
    shipped = train.fit  # restored after each variant
    for variant in variants:
        penalty, _, dropped = variant.partition(":")
        l2 = float(penalty)
        train.fit = masked_fit({name for name in dropped.split(",") if name})
        started = time.perf_counter()
        try:
            weights = train.fit([pair for pairs in corpora.values() for pair in pairs], l2)
            rows = {
                "in": {n: geocoding_metrics(train.errors(pairs, weights))["acc161"] for n, pairs in corpora.items()},
                "cv": {n: v["acc161"] for n, v in train.cross_validate(corpora, l2).items()},
                "loco": {n: v["acc161"] for n, v in train.leave_one_corpus_out(corpora, l2).items()},
            }
        finally:
            train.fit = shipped
        figures = " | ".join(f"{block} " + " ".join(f"{n} {v:.4f}" for n, v in values.items()) for block, values in rows.items())
        print(f"{variant:45s} {figures}  ({time.perf_counter() - started:.0f} s)", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
