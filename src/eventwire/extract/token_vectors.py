"""Contextual token vectors from the packaged MiniLM (int8 ONNX, `encoders.OnnxMiniLMEncoder`):
its last hidden state, one row per spaCy token, so that a learned step can read a word in its
context ("backed the plan" vs "backed into a car") beside the parse's features.

A token's vector is the mean of its wordpieces' states, matched by character offsets, and
L2-normalised so that its scale does not depend on how many pieces the word has. A sentence longer
than the model's window (256 pieces) is split in halves until each part fits.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from spacy.tokens import Span

from eventwire.extract.encoders import OnnxMiniLMEncoder

DIMENSIONS = 384


@lru_cache(maxsize=1)
def _encoder() -> OnnxMiniLMEncoder:
    return OnnxMiniLMEncoder()


def token_vectors(span: Span) -> np.ndarray:
    """One L2-normalised vector per token of `span` (a sentence); zeros for a token with no
    wordpiece (whitespace)."""
    encoder = _encoder()
    encoding = encoder.tokenizer.encode(span.text)
    if encoding.overflowing and len(span) > 1:
        middle = len(span) // 2
        return np.vstack([token_vectors(span[:middle]), token_vectors(span[middle:])])
    hidden = encoder.hidden_states(encoding.ids)
    owner = np.full(len(span.text), -1)
    for k, token in enumerate(span):
        start = token.idx - span.start_char
        owner[start : start + len(token)] = k
    vectors = np.zeros((len(span), DIMENSIONS), dtype=np.float32)
    for piece, (start, end) in enumerate(encoding.offsets):
        if end > start and owner[start] >= 0:  # special tokens have empty offsets
            vectors[owner[start]] += hidden[piece]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)
