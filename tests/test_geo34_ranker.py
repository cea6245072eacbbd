"""The shipped ranker weights are reproducible from the committed training script: they record
the penalty the script fits with by default and the figures it measured (in-sample, k-fold
cross-validated, leave-one-corpus-out), and they match the features the ranker reads."""

from __future__ import annotations

import json
from importlib import resources

from eventwire.gazetteer.features import PICK_FEATURES, STATIC_FEATURES
from eventwire.gazetteer.ranker import WEIGHTS_FILE, default_weights
from eventwire.gazetteer.train import FOLDS, L2, SEED


def test_the_shipped_weights_record_the_scripts_own_fit() -> None:
    stored = json.loads(resources.files("eventwire").joinpath(WEIGHTS_FILE).read_text(encoding="utf-8"))
    evaluation = stored["evaluation"]
    assert (evaluation["l2"], evaluation["folds"], evaluation["seed"]) == (L2, FOLDS, SEED)
    for block in ("in_sample", "cross_validated", "leave_one_corpus_out"):
        assert set(evaluation[block]) == set(stored["trained_on"])
        assert all(0.0 < figures["acc161"] <= 1.0 for figures in evaluation[block].values())


def test_the_weights_cover_the_features_the_ranker_reads() -> None:
    weights = default_weights()
    assert len(weights.first) == len(STATIC_FEATURES)
    assert len(weights.second) == len(STATIC_FEATURES) + len(PICK_FEATURES)
