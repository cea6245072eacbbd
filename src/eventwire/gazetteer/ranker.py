"""The learned candidate ranker: a conditional logit over each toponym's candidates.

Two linear scorers share `features.py`: the first pass sees the static features only; the second
adds agreement with the first pass's picks. Weights live in `eventwire/data/geo_ranker.json`,
written by `python -m eventwire.gazetteer.train` from the development corpora (with the
cross-validated figures it measured). A linear model over a few dozen generic features keeps the
ranker cheap, deterministic and hard to over-fit to one corpus.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from eventwire.errors import ConfigError
from eventwire.gazetteer.features import PICK_FEATURES, STATIC_FEATURES

WEIGHTS_FILE = "data/geo_ranker.json"
# Fixed, not learned: "Paris, Texas" and "the Kursk region" settle a name whatever else the
# article says. Gold corpora rarely show these cues alone (the container is a toponym too), so
# a fitted weight would come out too timid for a mention resolved on its own.
CONTAINED_OFFSET = 5.0
CUE_OFFSET = 2.5


def rule_offsets(static: np.ndarray) -> np.ndarray:
    """The fixed part of each candidate's score, from the cue and container columns."""
    if not len(static):
        return np.zeros(0)
    return CUE_OFFSET * static[:, STATIC_FEATURES.index("cue")] + CONTAINED_OFFSET * static[:, STATIC_FEATURES.index("contained")]


@dataclass(frozen=True)
class RankerWeights:
    first: np.ndarray  # over STATIC_FEATURES
    second: np.ndarray  # over STATIC_FEATURES + PICK_FEATURES


@lru_cache(maxsize=1)
def default_weights() -> RankerWeights:
    """The packaged weights; a missing or stale file is an install problem, said so."""
    try:
        with resources.files("eventwire").joinpath(WEIGHTS_FILE).open("r", encoding="utf-8") as handle:
            stored = json.load(handle)
    except (OSError, ValueError) as error:
        raise ConfigError(f"cannot read eventwire/{WEIGHTS_FILE} ({error}); reinstall eventwire") from error
    return weights_from_json(stored)


def weights_from_json(stored: dict) -> RankerWeights:
    if stored.get("static_features") != list(STATIC_FEATURES) or stored.get("pick_features") != list(PICK_FEATURES):
        raise ConfigError(
            f"eventwire/{WEIGHTS_FILE} was trained on other features; retrain with `python -m eventwire.gazetteer.train`"
        )
    return RankerWeights(np.array(stored["first"], dtype=float), np.array(stored["second"], dtype=float))


def weights_to_json(weights: RankerWeights, extra: dict) -> dict:
    return {
        "static_features": list(STATIC_FEATURES),
        "pick_features": list(PICK_FEATURES),
        "first": [round(float(v), 6) for v in weights.first],
        "second": [round(float(v), 6) for v in weights.second],
        **extra,
    }


def fit_conditional_logit(
    matrices: list[np.ndarray], positives: list[np.ndarray], l2: float = 0.01, offsets: list[np.ndarray] | None = None
) -> np.ndarray:
    """Weights maximising the probability that a mention's softmax picks a correct candidate.

    `matrices[i]` holds mention i's candidate features, `positives[i]` a boolean mask of the
    candidates within 161 km of the gold point; mentions with no correct or only one candidate
    carry no ranking signal and are skipped.
    """
    from scipy.optimize import minimize

    offsets = offsets if offsets is not None else [np.zeros(len(m)) for m in matrices]
    kept = [(m, p, o) for m, p, o in zip(matrices, positives, offsets) if len(m) > 1 and p.any() and not p.all()]
    if not kept:
        raise ValueError("no mention with a choice to learn from")
    features = np.vstack([m for m, _, _ in kept])
    positive = np.concatenate([p for _, p, _ in kept])
    offset = np.concatenate([o for _, _, o in kept])
    starts = np.cumsum([0] + [len(m) for m, _, _ in kept[:-1]])
    segment = np.repeat(np.arange(len(kept)), [len(m) for m, _, _ in kept])

    def loss(weights: np.ndarray) -> tuple[float, np.ndarray]:
        scores = features @ weights + offset
        top = np.maximum.reduceat(scores, starts)[segment]
        exp = np.exp(scores - top)
        total = np.add.reduceat(exp, starts)
        pos_exp = np.where(positive, exp, 0.0)
        pos_total = np.add.reduceat(pos_exp, starts)
        value = float(np.sum(np.log(total) - np.log(pos_total))) / len(kept) + l2 * float(weights @ weights)
        gradient_rows = exp / total[segment] - pos_exp / pos_total[segment]
        gradient = features.T @ gradient_rows / len(kept) + 2 * l2 * weights
        return value, gradient

    result = minimize(loss, np.zeros(features.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return result.x
