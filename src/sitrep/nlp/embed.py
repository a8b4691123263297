"""Token embeddings computed once per distinct token in a batch, with the same result.

Both convolutional networks of the English models (the shared ``tok2vec`` and the entity
recogniser's own) start with an embedding that looks at one token at a time: its features (norm,
prefix, suffix, shape and, in the shared one, two more) are hashed into four rows of a table
each, the rows are summed, and a maxout layer with layer normalisation mixes the features into
one vector. Only the convolution layers after it look at neighbouring tokens. The embedding is
a third of the shared network's time and a fifth of the recogniser's (measured with thinc's
own layers on 300 news articles).

In a batch of a thousand sentences only about a fifth of the tokens are distinct in those
features ("the", "said", the commas...). ``dedup_embed`` wraps the embedding so that it runs the
model's own layers on the distinct feature rows only and copies each result to every token that
has those features. Every row is computed exactly as before (the matrix product, the maxout and
the normalisation work row by row), so the vectors are bit for bit the same;
``tests/nlp/test_nlp_rules.py`` compares them on real news text.

``use_deduplicated_embeddings`` wraps every embedding of this architecture in a pipeline and
leaves other architectures alone. Training goes through the original layers.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.language import Language
from thinc.api import Model

from sitrep.nlp.rules import replace_nodes

_LAYERS = ("extract_features", "list2ragged", "with_array", "with_array", "ragged2list")
_NAME = "sitrep_dedup_embed"
MAX_ROWS = 50_000  # remembered feature rows per embedding (19 MB of vectors)


def _is_embedding(node: Model) -> bool:
    names = tuple(layer.name.split("(", 1)[0] for layer in node.layers)
    if names != _LAYERS:
        return False
    hashes, mixer = node.layers[2].layers[0], node.layers[3].layers[0]
    return (all(layer.name == "ints-getitem>>hashembed" for layer in hashes.layers)
            and mixer.name.startswith("maxout>>layernorm"))


class _Memo:
    """The vectors of the feature rows seen so far, at most ``max_rows`` (then it starts anew).

    A row is looked up by its bytes (one view of the whole array makes them; a tuple of
    integers per row took 14 times as long to make and 4 times as long to hash), and the vectors
    are kept in a buffer that doubles when full instead of a new array per batch."""

    def __init__(self, width: int, max_rows: int) -> None:
        self.index: dict[bytes, int] = {}
        self.vectors = numpy.zeros((0, width), dtype="float32")  # rows [0, size) are in use
        self.size = 0
        self.max_rows = max_rows

    def vectors_for(self, distinct: numpy.ndarray, compute: Any) -> numpy.ndarray:
        """The vectors of the rows ``distinct``, computing those not seen yet."""
        rows = numpy.ascontiguousarray(distinct, dtype=numpy.uint64)
        keys = rows.view(numpy.dtype((numpy.void, 8 * rows.shape[1]))).ravel().tolist()
        if len(self.index) + len(keys) > self.max_rows:
            self.index.clear()
            self.size = 0
        index = self.index
        found = numpy.array([index.get(key, -1) for key in keys])
        missing = numpy.flatnonzero(found < 0)
        if not len(missing):
            return self.vectors[found]
        fresh = compute(distinct[missing])
        if len(keys) > self.max_rows:  # a batch too large to remember
            out = numpy.empty((len(keys), fresh.shape[1]), dtype=fresh.dtype)
            out[missing] = fresh
            known = numpy.flatnonzero(found >= 0)
            out[known] = self.vectors[found[known]]
            return out
        start, end = self.size, self.size + len(missing)
        if end > len(self.vectors) or self.vectors.dtype != fresh.dtype:
            capacity = max(end, min(2 * len(self.vectors), self.max_rows))
            grown = numpy.empty((capacity, fresh.shape[1]), dtype=fresh.dtype)
            grown[:start] = self.vectors[:start]
            self.vectors = grown
        self.vectors[start:end] = fresh
        self.size = end
        for offset, i in enumerate(missing.tolist()):
            index[keys[i]] = start + offset
        found[missing] = numpy.arange(start, end)
        return self.vectors[found]


def dedup_embed(embed: Model, max_rows: int = MAX_ROWS) -> Model:
    """``embed`` computed once per distinct feature row (see the module's doc), remembering the
    vectors of up to ``max_rows`` rows across batches."""
    features, _, hashes, mixer, _ = embed.layers
    columns = features.attrs["columns"]
    memo = _Memo(embed.get_dim("nO"), max_rows)

    def compute(rows: numpy.ndarray) -> numpy.ndarray:
        return mixer.predict(hashes.predict(numpy.ascontiguousarray(rows)))

    def forward(model: Model, docs: list[Any], is_train: bool) -> tuple[list[Any], Any]:
        if is_train or not docs or not all(hasattr(doc, "to_array") for doc in docs):
            return embed(docs, is_train)
        lengths = [len(doc) for doc in docs]
        if not sum(lengths):
            return embed(docs, is_train)
        rows = numpy.concatenate([doc.to_array(columns).reshape(len(doc), len(columns))
                                  for doc in docs])  # (an empty doc has no row)
        distinct, inverse = distinct_rows(rows.astype("uint64"))
        out = memo.vectors_for(distinct, compute)[inverse]
        return numpy.split(out, numpy.cumsum(lengths)[:-1]), _no_backprop

    model = Model(_NAME, forward, layers=[embed], dims={"nO": embed.get_dim("nO")})
    model.attrs["memo"] = memo
    return model


def distinct_rows(rows: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
    """The distinct rows of a 2-d array in sorted order and the index of each row among them:
    ``numpy.unique(rows, axis=0, return_inverse=True)``, eight times faster (one lexsort)."""
    order = numpy.lexsort(rows.T[::-1])
    ordered = rows[order]
    new = numpy.empty(len(rows), dtype=bool)
    new[:1] = True
    numpy.any(ordered[1:] != ordered[:-1], axis=1, out=new[1:])
    inverse = numpy.empty(len(rows), dtype=numpy.intp)
    inverse[order] = numpy.cumsum(new) - 1
    return ordered[new], inverse


def _no_backprop(_: Any) -> list[Any]:
    raise RuntimeError("sitrep's deduplicated embedding is for prediction only")


def use_deduplicated_embeddings(nlp: Language) -> int:
    """Wrap every embedding of the supported architecture in ``nlp``'s trainable pipes with
    ``dedup_embed``; the number wrapped (0: the pipeline is left as it is)."""
    return replace_nodes(nlp, _NAME, lambda node: dedup_embed(node) if _is_embedding(node)
                         else None)
