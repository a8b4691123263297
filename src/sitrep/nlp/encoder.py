"""The convolution layers of the token-to-vector networks, computed with fewer passes over
memory and with the same result bit for bit.

After the embedding (``sitrep.nlp.embed``), each network of the English models runs four
residual blocks over all the tokens of a batch: a window of three tokens, a maxout layer (a
matrix product, a bias, the largest of three pieces), layer normalisation and the residual sum.
thinc computes them layer by layer, each step making a new array; the matrix product is about
60% of the time and the rest is passes over memory. ``fast_encoder`` computes the same numbers
in the same order with fewer passes: the maxout by ``numpy.maximum`` over the pieces instead of
an arg-max kernel that also records which piece won, the normalisation from one difference to
the mean (numpy's own ``var`` computes the same difference again), the scale, shift and residual
sum in place. The docs of a batch are laid end to end with four padding rows between them, as
thinc does; the last block computes the real tokens only (its padding rows are thrown away).
Matrix products go through the layer's own ops (numpy's BLAS or BLIS, as the model is set up).

``use_fast_encoders`` replaces every encoder of this architecture in a pipeline and leaves
others alone; ``tests/nlp/test_nlp_rules.py`` compares the vectors with thinc's on news text.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.language import Language
from thinc.api import Model

from sitrep.nlp.rules import replace_nodes

_NAME = "sitrep_fast_encoder"
_BLOCK = ["expand_window", "maxout", "layernorm"]


def _blocks(node: Model) -> list[dict[str, Any]] | None:
    """The parameters of the residual blocks of an encoder ``with_array(residual(...)>>...)``,
    or None when it is another architecture."""
    if not node.name.startswith("with_array(residual(") or "pad" not in node.attrs:
        return None
    if len(node.layers) != 1:
        return None
    blocks = []
    for block in node.layers[0].layers:
        if block.name != "residual(expand_window>>maxout>>layernorm>>dropout)":
            return None
        leaves = [n for n in block.walk() if not n.layers]
        if [n.name for n in leaves if n.name != "dropout"] != _BLOCK:
            return None
        window, maxout, norm = (n for n in leaves if n.name != "dropout")
        if window.attrs.get("window_size") != 1 or not maxout.has_param("W"):
            return None
        blocks.append({"ops": maxout.ops, "maxout": maxout, "norm": norm})
    return blocks or None


def _block(X: numpy.ndarray, p: dict[str, Any], rows: numpy.ndarray | None) -> numpy.ndarray:
    """One residual block on ``X`` (all rows, or only ``rows`` of the output)."""
    ops, maxout, norm = p["ops"], p["maxout"], p["norm"]
    n_out, n_pieces, n_in = maxout.get_param("W").shape
    windows = ops.seq2col(X, 1)
    if rows is not None:
        windows, X = windows[rows], X[rows]
    Y = ops.gemm(windows, maxout.get_param("W").reshape(n_out * n_pieces, n_in), trans2=True)
    Y += maxout.get_param("b").reshape(n_out * n_pieces)
    pieces = Y.reshape(len(Y), n_out, n_pieces)
    if n_pieces > 1:  # the larger of the first two pieces, without a copy of the first
        best = numpy.maximum(pieces[:, :, 0], pieces[:, :, 1])
    else:
        best = pieces[:, :, 0].copy()
    for i in range(2, n_pieces):
        numpy.maximum(best, pieces[:, :, i], out=best)
    mean = best.mean(axis=1, keepdims=True)
    best -= mean  # numpy's var subtracts the same mean
    var = (best * best).sum(axis=1, keepdims=True)
    var /= n_out
    var += 1e-08
    best *= var ** (-1.0 / 2.0)
    best *= norm.get_param("G")
    best += norm.get_param("b")
    best += X
    return best


def fast_encoder(encoder: Model, blocks: list[dict[str, Any]]) -> Model:
    """``encoder`` (with its ``blocks``, from ``_blocks``) computed as the module's doc says."""
    pad = encoder.attrs["pad"]

    def forward(model: Model, Xs: list[Any], is_train: bool) -> tuple[list[Any], Any]:
        if is_train or not isinstance(Xs, list) or not Xs or not all(len(x) for x in Xs):
            return encoder(Xs, is_train)
        ops = blocks[0]["ops"]
        lengths = [len(x) for x in Xs]
        X = ops.flatten(Xs, pad=pad)
        for p in blocks[:-1]:
            X = _block(X, p, None)
        starts = numpy.cumsum([0, *[n + pad for n in lengths[:-1]]]) + pad
        real = numpy.concatenate([numpy.arange(s, s + n) for s, n in zip(starts, lengths,
                                                                         strict=True)])
        Y = _block(X, blocks[-1], real)
        return numpy.split(Y, numpy.cumsum(lengths)[:-1]), _no_backprop

    return Model(_NAME, forward, layers=[encoder], dims={"nO": encoder.get_dim("nO")})


def _no_backprop(_: Any) -> list[Any]:
    raise RuntimeError("sitrep's fast encoder is for prediction only")


def use_fast_encoders(nlp: Language) -> int:
    """Replace every encoder of the supported architecture in ``nlp``'s trainable pipes by a
    ``fast_encoder``; the number replaced (0: the pipeline is left as it is)."""

    def make(node: Model) -> Model | None:
        blocks = _blocks(node)
        return fast_encoder(node, blocks) if blocks else None

    return replace_nodes(nlp, _NAME, make)
