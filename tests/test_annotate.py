from eventwire.annotate import annotate, load_language
from eventwire.records import Article


def test_the_model_loads_once_and_parses_in_order():
    assert load_language() is load_language()
    articles = [Article("a", "Rebels attacked Goma. Police fled."), Article("b", "Nothing happened.")]
    pairs = list(annotate(articles))
    assert [a.id for a, _ in pairs] == ["a", "b"]
    assert len(list(pairs[0][1].sents)) == 2


def test_the_language_models_multiply_with_numpy_within_float_rounding_of_blis() -> None:
    import numpy as np
    from thinc.api import NumpyOps

    from eventwire.annotate import _MatmulOps

    ops = load_language().get_pipe("ner").model.ops
    assert isinstance(ops, _MatmulOps)
    x, y = np.random.default_rng(0).random((2, 30, 40), dtype=np.float32)
    for trans1, trans2 in ((False, True), (True, False)):
        assert np.allclose(ops.gemm(x, y, trans1=trans1, trans2=trans2),
                           NumpyOps().gemm(x, y, trans1=trans1, trans2=trans2), rtol=1e-5)
