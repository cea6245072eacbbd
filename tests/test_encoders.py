"""The classifier's sentence encoder: the int8 MiniLM with per-token activation scales
(`RowQuantisedMiniLMEncoder`), whose vectors do not depend on how texts are batched."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("onnxruntime")

from eventwire.extract import encoders  # noqa: E402

TEXTS = [
    "Gunmen attacked a police checkpoint on the northern road late on Sunday.",
    "The council approved the budget on Tuesday after a long debate.",
    "Rain.",
    "",
    "Hundreds of people marched through the capital to protest against the new fuel tax, chanting slogans.",
]


@pytest.fixture(scope="module")
def rows() -> encoders.RowQuantisedMiniLMEncoder:
    return encoders.RowQuantisedMiniLMEncoder()


def test_a_text_gets_the_same_bits_alone_and_in_any_batch(rows):
    alone = np.vstack([rows.encode([text]) for text in TEXTS])
    assert np.array_equal(rows.encode(TEXTS), alone)
    assert np.array_equal(rows.encode(TEXTS[::-1])[::-1], alone)
    assert np.array_equal(rows.encode(TEXTS * 3)[len(TEXTS) : 2 * len(TEXTS)], alone)  # batches of 8 cut across
    assert rows.encode([]).shape == (0, 384)


def test_vectors_are_unit_length_and_close_to_the_single_call_int8_model(rows):
    vectors = rows.encode(TEXTS)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    reference = encoders.OnnxMiniLMEncoder().encode(TEXTS[:3] + TEXTS[4:])
    assert (np.delete(vectors, 3, axis=0) * reference).sum(axis=1).min() > 0.97


def test_the_rewrite_scales_each_token_by_its_own_range(rows):
    import onnx

    model = onnx.load(str(encoders.row_quantised_model_path()))
    kinds = {node.op_type for node in model.graph.node}
    assert "DynamicQuantizeLinear" not in kinds and "MatMulInteger" not in kinds
    assert {"QuantizeLinear", "MatMulIntegerToFloat"} <= kinds


def test_the_rewrite_refuses_a_graph_it_does_not_know():
    from onnx import TensorProto, helper, numpy_helper

    weight = numpy_helper.from_array(np.zeros((4, 2), np.int8), "w")
    zero = numpy_helper.from_array(np.zeros(2, np.int8), "wz")
    nodes = [
        helper.make_node("DynamicQuantizeLinear", ["x"], ["q", "s", "z"]),
        helper.make_node("MatMulInteger", ["q", "w", "z", "wz"], ["y"]),
        helper.make_node("Relu", ["y"], ["out"]),  # not the Cast -> Mul quantize_dynamic writes
    ]
    graph = helper.make_graph(nodes, "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 4])],
                              [helper.make_tensor_value_info("out", TensorProto.INT32, [1, 2])], [weight, zero])
    with pytest.raises(ValueError, match="unexpected nodes"):
        encoders.quantise_rows(helper.make_model(graph))
