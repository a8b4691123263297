"""A faster decoder for the model's entity recogniser, with the same result.

spaCy's entity recogniser is a transition system (BILUO: begin, in, last, unit, out, one move per
label and kind, 74 moves in the English models). Its greedy decoder asks every move whether it
is valid, one C call per move, at every token: in ``en_core_web_sm`` that is about 40% of the
recogniser's time and a fifth of the whole parse (measured with ``py-spy --native``). The
dependency parser's transition system computes validity once per kind of move; the entity
recogniser's does not.

``FastEntityRecognizer`` runs the same network with the same weights (the recogniser's own
tok2vec, its precomputed first layer and its output layer) and decodes all the docs of a batch
together with numpy: every BILUO move advances one token, so the docs of a batch move in
step, and validity is computed per kind of move for all docs at once. The validity rules are
spaCy's (``spacy/pipeline/_parser_internals/ner.pyx``) for docs without preset entities; a doc
that arrives with entities already set is left to spaCy's component.

``use_fast_entity_recognizer`` replaces the ``ner`` pipe only when the model has the
architecture this decoder implements (three state features, maxout first layer, an output
layer, no unseen classes, BILUO moves); otherwise the pipeline is left as it is.
``tests/test_nlp_rules.py`` compares the entities with spaCy's on real news text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

import numpy
from spacy.attrs import ENT_IOB, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from sitrep.nlp_rules import replace_pipe

_KINDS = {"B": 0, "I": 1, "L": 2, "U": 3, "O": 4}


class Unsupported(ValueError):
    """A recogniser this decoder does not implement."""


class FastEntityRecognizer:
    """The ``ner`` pipe of a model, decoded in batches with numpy (see the module's doc)."""

    def __init__(self, ner: Any) -> None:
        model = ner.model
        if model.name != "parser_model" or not model.attrs.get("has_upper"):
            raise Unsupported(f"model {model.name}")
        if model.attrs.get("unseen_classes"):
            raise Unsupported("unseen classes")
        try:
            lower, upper = model.get_ref("lower"), model.get_ref("upper")
            shape = (lower.get_dim("nF"), lower.get_dim("nP"), upper.get_param("W").shape)
        except (KeyError, ValueError) as exc:  # not built or not this architecture
            raise Unsupported(str(exc)) from None
        if shape[0] != 3 or shape[1] < 2:
            raise Unsupported("state features")
        moves = ner.moves
        names = [moves.get_class_name(i) for i in range(moves.n_moves)]
        kinds, labels = [], []
        for name in names:
            kind, _, label = name.partition("-")
            if kind not in _KINDS or (kind == "O") != (name == "O"):
                raise Unsupported(f"move {name!r}")
            kinds.append(_KINDS[kind])
            labels.append(ner.vocab.strings.add(label) if label else 0)
        if shape[2][0] != len(names):
            raise Unsupported("output layer")
        self.ner = ner
        self.name = ner.name
        self.tok2vec = model.get_ref("tok2vec")
        self.lower = lower
        self.W = upper.get_param("W")
        self.b = upper.get_param("b")
        self.kind = numpy.array(kinds)
        self.label = numpy.array(labels, dtype=numpy.uint64)
        labelled = self.label != 0
        self.col = {k: (self.kind == v) & labelled for k, v in _KINDS.items()}
        self.col["O"] = self.kind == _KINDS["O"]

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256, **_: Any) -> Iterator[Doc]:
        it = iter(docs)
        while batch := list(islice(it, batch_size)):
            preset = [d for d in batch if len(d) and d.to_array(ENT_IOB).any()]
            if preset:  # entities already set: spaCy's own component honours them
                yield from self.ner.pipe(batch)
                continue
            self._predict([d for d in batch if len(d)])
            yield from batch

    def _predict(self, docs: list[Doc]) -> None:
        if not docs:
            return
        tokvecs = self.tok2vec.predict(docs)
        cached = self.lower.predict(tokvecs)  # (1 + tokens, nF, nO, nP); row 0 is padding
        cached = numpy.asarray(cached)
        bias = numpy.asarray(self.lower.get_param("b"))
        lengths = numpy.array([len(d) for d in docs])
        offsets = numpy.concatenate([[0], numpy.cumsum(lengths)[:-1]])
        sent_start = numpy.concatenate([d.to_array(SENT_START) for d in docs]).astype(int)
        space = numpy.concatenate([d.to_array(IS_SPACE) for d in docs]).astype(bool)
        sent_start = numpy.append(sent_start, 0)
        order = numpy.argsort(-lengths, kind="stable")  # longest first: active docs are a prefix
        lengths, offsets = lengths[order], offsets[order]
        n = len(docs)
        is_open = numpy.zeros(n, dtype=bool)
        ent_start = numpy.zeros(n, dtype=int)
        ent_label = numpy.zeros(n, dtype=numpy.uint64)
        found: list[list[tuple[int, int, int]]] = [[] for _ in range(n)]
        W, b, col, kind, label = self.W, self.b, self.col, self.kind, self.label
        for t in range(int(lengths[0])):
            k = int((lengths > t).sum())  # the docs still being read
            op = is_open[:k]
            at = offsets[:k] + t
            first = numpy.where(op, offsets[:k] + ent_start[:k] + 1, 0)
            prev = numpy.where(op, at, 0)  # token t - 1, shifted by the padding row
            unmaxed = cached[at + 1, 0] + cached[first, 1] + cached[prev, 2] + bias
            hidden = unmaxed.max(axis=-1)
            scores = hidden @ W.T + b
            two_left = lengths[:k] - t >= 2
            no_break = ~(two_left & (sent_start[at + 1] == 1))
            sp = space[at]
            same = ent_label[:k, None] == label[None, :]
            valid = (
                (~op & two_left & no_break & ~sp)[:, None] & col["B"]
                | (op & two_left & no_break)[:, None] & col["I"] & same
                | op[:, None] & col["L"] & same
                | (~op & ~sp)[:, None] & col["U"]
                | (~op)[:, None] & col["O"]
            )
            scores[~valid] = -numpy.inf
            guess = scores.argmax(axis=1)
            move = kind[guess]
            for i in numpy.flatnonzero(move == _KINDS["U"]):
                found[i].append((t, t + 1, int(label[guess[i]])))
            for i in numpy.flatnonzero(move == _KINDS["L"]):
                found[i].append((int(ent_start[i]), t + 1, int(ent_label[i])))
                is_open[i] = False
            begin = numpy.flatnonzero(move == _KINDS["B"])
            is_open[begin] = True
            ent_start[begin] = t
            ent_label[begin] = label[guess[begin]]
        for i, doc_index in enumerate(order):
            doc = docs[doc_index]
            doc.set_ents([Span(doc, a, z, label=lab) for a, z, lab in found[i]],
                         default="outside")


@Language.factory("sitrep_ner")
def _make_fast_ner(nlp: Language, name: str) -> FastEntityRecognizer:
    return FastEntityRecognizer(nlp.get_pipe("ner"))


def use_fast_entity_recognizer(nlp: Language) -> bool:
    """Replace ``nlp``'s ``ner`` by a ``FastEntityRecognizer`` around it; False (nothing
    changed) when there is none or its architecture is not the one implemented here."""
    return replace_pipe(nlp, "ner", "sitrep_ner", Unsupported)
