"""spaCy's layers multiply on numpy's matrix product (annotate._MatmulOps), not blis's."""

from __future__ import annotations

import numpy as np
import pytest
from thinc.api import NumpyOps

from eventwire import annotate


def test_the_models_layers_use_numpys_matrix_product() -> None:
    nlp = annotate.load_language()
    for name in ("tok2vec", "ner", "parser"):
        assert isinstance(nlp.get_pipe(name).model.ops, annotate._MatmulOps), name


@pytest.mark.parametrize("trans1", [False, True])
@pytest.mark.parametrize("trans2", [False, True])
def test_gemm_gives_blis_products(trans1: bool, trans2: bool) -> None:
    rng = np.random.default_rng(7)
    x = rng.standard_normal((6, 5) if trans1 else (5, 6)).astype("float32")
    y = rng.standard_normal((4, 6) if trans2 else (6, 4)).astype("float32")
    expected = NumpyOps().gemm(x, y, trans1=trans1, trans2=trans2)
    out = np.zeros((5, 4), dtype="float32")
    result = annotate._MatmulOps().gemm(x, y, out=out, trans1=trans1, trans2=trans2)
    assert result is out
    np.testing.assert_allclose(result, expected, rtol=1e-5, atol=1e-5)
