"""A faster greedy decoder for the model's dependency parser, with the same trees.

spaCy's parser scores the states of a batch step by step in C (``predict_states`` in
``spacy/ml/parser_model.pyx``): for every state it adds up the precomputed rows of its eight
context tokens with one BLAS ``saxpy`` call each, takes the maxout, and multiplies by the output
layer with a BLAS ``sgemm``. Those calls go to BLIS through thinc's ``CBlas`` whatever ops the
model uses, and on machines where BLIS falls back to its generic kernels (this project's machines,
measured with ``py-spy --native``) ten small BLIS calls per state and step, with BLIS's own
locking, are about 40% of the parser's time.

``FastParser`` runs the same network with the same weights and scores all the states of a step
at once with numpy: one gather of the context rows, their sum in the same order, the bias, the
maxout, one matrix product for the output layer. The context tokens, the validity of moves,
the moves themselves and the final annotations (sentence boundaries, labels, deprojectivisation)
are spaCy's own, called per step (``TransitionParser.transition_states``, ``set_annotations``).
The scores are the same sums; only the output layer's product is computed by numpy's BLAS
instead of BLIS, as in the rest of sitrep's pipeline (``sitrep.nlp.model``).
``tests/nlp/test_nlp_rules.py`` compares trees with spaCy's on real news text.

``use_fast_parser`` replaces the ``parser`` pipe only when the model has the architecture this
decoder implements (greedy, a maxout first layer, an output layer, no unseen classes);
otherwise the pipeline is left as it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from types import SimpleNamespace
from typing import Any

import numpy
from spacy.language import Language
from spacy.ml.parser_model import ParserStepModel
from spacy.tokens import Doc

from sitrep.nlp.ner import transition_layers
from sitrep.nlp.rules import replace_pipe


class Unsupported(ValueError):
    """A parser this decoder does not implement."""


class FastParser:
    """The ``parser`` pipe of a model, scored in batches with numpy (see the module's doc)."""

    def __init__(self, parser: Any) -> None:
        model = parser.model
        self.lower, self.upper = transition_layers(model, Unsupported)
        if parser.cfg.get("beam_width", 1) != 1:
            raise Unsupported("beam search")
        self.tok2vec = model.get_ref("tok2vec")
        self.nF, self.nO, self.nP = (self.lower.get_dim(d) for d in ("nF", "nO", "nP"))
        if self.nP < 2:
            raise Unsupported("first layer without maxout")
        self.parser = parser
        self.name = parser.name
        # ParserStepModel.get_token_ids reads only ``state2vec.nF`` from its model: spaCy's own
        # code fills in the context tokens of every state
        self._ids_of = SimpleNamespace(state2vec=SimpleNamespace(nF=self.nF))

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256, **_: Any) -> Iterator[Doc]:
        it = iter(docs)
        while batch := list(islice(it, batch_size)):
            self.parser.set_annotations(batch, self._predict(batch))
            yield from batch

    def _predict(self, docs: list[Doc]) -> list[Any]:
        parser = self.parser
        states = parser.moves.init_batch(docs)
        if not any(len(doc) for doc in docs):
            return states
        parser._ensure_labels_are_added(docs)  # as spaCy's greedy_parse does
        width = self.nO * self.nP
        rows = numpy.asarray(self.lower.predict(self.tok2vec.predict(docs)))  # row 0: padding
        rows = rows.reshape(-1, width)
        bias = numpy.asarray(self.lower.get_param("b")).reshape(width)
        W, b = self.upper.get_param("W"), self.upper.get_param("b")
        features = numpy.arange(self.nF)
        active = [state for state in states if not state.is_final()]
        while active:
            ids = ParserStepModel.get_token_ids(self._ids_of, active)  # (states, nF); -1: none
            # the row of each state's feature f, feature by feature: the states' rows of one
            # feature are gathered into one contiguous array at a time (a third faster than
            # one (states, nF, width) gather read back with strides)
            at = ((ids + 1) * self.nF + features).T
            # the features added in order, as spaCy does
            summed = rows.take(at[0], axis=0)
            for f in range(1, self.nF):
                summed += rows.take(at[f], axis=0)
            summed += bias
            pieces = summed.reshape(len(summed), self.nO, self.nP)
            hidden = numpy.maximum(pieces[:, :, 0], pieces[:, :, 1])  # nP >= 2 (``__init__``)
            for p in range(2, self.nP):
                numpy.maximum(hidden, pieces[:, :, p], out=hidden)
            scores = hidden @ W.T
            scores += b
            active = parser.transition_states(active, numpy.ascontiguousarray(scores, "float32"))
        return states


@Language.factory("sitrep_parser")
def _make_fast_parser(nlp: Language, name: str) -> FastParser:
    return FastParser(nlp.get_pipe("parser"))


def use_fast_parser(nlp: Language) -> bool:
    """Replace ``nlp``'s ``parser`` by a ``FastParser`` around it; False (nothing changed) when
    there is none or its architecture is not the one implemented here."""
    return replace_pipe(nlp, "parser", "sitrep_parser", Unsupported)
