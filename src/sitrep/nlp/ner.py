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
``tests/nlp/test_nlp_rules.py`` compares the entities with spaCy's on real news text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

import numpy
from spacy.attrs import ENT_IOB, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from sitrep.nlp.rules import replace_pipe

_KINDS = {"B": 0, "I": 1, "L": 2, "U": 3, "O": 4}
_READ = [ENT_IOB, SENT_START, IS_SPACE]  # the columns of the arrays ``pipe`` reads


class Unsupported(ValueError):
    """A recogniser this decoder does not implement."""


def transition_layers(model: Any, unsupported: type[Exception]) -> tuple[Any, Any]:
    """The first (``lower``) and output (``upper``) layers of a transition-based component's
    model built as spaCy's ``parser_model`` with an output layer and no unseen classes;
    ``unsupported`` is raised for any other model."""
    if model.name != "parser_model" or not model.attrs.get("has_upper"):
        raise unsupported(f"model {model.name}")
    if model.attrs.get("unseen_classes"):
        raise unsupported("unseen classes")
    try:
        lower, upper = model.get_ref("lower"), model.get_ref("upper")
        for dim in ("nF", "nO", "nP"):
            lower.get_dim(dim)
        upper.get_param("W")
    except (KeyError, ValueError) as exc:  # not built or not this architecture
        raise unsupported(str(exc)) from None
    return lower, upper


class FastEntityRecognizer:
    """The ``ner`` pipe of a model, decoded in batches with numpy (see the module's doc)."""

    def __init__(self, ner: Any) -> None:
        model = ner.model
        lower, upper = transition_layers(model, Unsupported)
        shape = (lower.get_dim("nF"), lower.get_dim("nP"), upper.get_param("W").shape)
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
        # the label of each move as a number: 0 for none, 1... for the entity labels
        names_of = sorted(set(labels) - {0})
        self.label_no = numpy.array([names_of.index(lab) + 1 if lab else 0 for lab in labels])
        self.label_of = numpy.array([0, *names_of], dtype=numpy.uint64)
        self.valid = self._validity_table(len(names_of) + 1)

    def _validity_table(self, n_labels: int) -> numpy.ndarray:
        """Which moves are valid, for every (open, can go on, space, open label) a doc can be in:
        spaCy's BILUO rules for docs without preset entities. Row ``_row(...)``."""
        kind, label_no = self.kind, self.label_no
        col = {k: (kind == v) & (label_no != 0) for k, v in _KINDS.items()}
        col["O"] = kind == _KINDS["O"]
        table = numpy.zeros((2, 2, 2, n_labels, len(kind)), dtype=bool)
        for op, go_on, sp, open_label in numpy.ndindex(2, 2, 2, n_labels):
            same = label_no == open_label
            table[op, go_on, sp, open_label] = (
                (not op and go_on and not sp) & col["B"]
                | (op and go_on) & col["I"] & same
                | bool(op) & col["L"] & same
                | (not op and not sp) & col["U"]
                | (not op) & col["O"]
            )
        return table.reshape(-1, len(kind))

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256, **_: Any) -> Iterator[Doc]:
        it = iter(docs)
        while batch := list(islice(it, batch_size)):
            todo = [d for d in batch if len(d)]
            # the token attributes the decoder reads, one array per doc (read once: an array
            # read costs more than these three columns)
            arrays = [d.to_array(_READ) for d in todo]
            if any(a[:, 0].any() for a in arrays):  # entities already set: spaCy's own
                yield from self.ner.pipe(batch)  # component honours them
                continue
            self._predict(todo, arrays)
            yield from batch

    def _predict(self, docs: list[Doc], arrays: list[numpy.ndarray] | None = None) -> None:
        """Set the entities of ``docs`` (none empty); ``arrays``: each doc's ``to_array(_READ)``
        when read already."""
        if not docs:
            return
        if arrays is None:
            arrays = [d.to_array(_READ) for d in docs]
        tokvecs = self.tok2vec.predict(docs)
        cached = self.lower.predict(tokvecs)  # (1 + tokens, nF, nO, nP); row 0 is padding
        cached = numpy.asarray(cached)
        bias = numpy.asarray(self.lower.get_param("b"))
        lengths = numpy.array([len(d) for d in docs])
        offsets = numpy.concatenate([[0], numpy.cumsum(lengths)[:-1]])
        read = numpy.concatenate(arrays)
        sent_start = read[:, 1].astype(int)
        space = read[:, 2].astype(bool)
        sent_start = numpy.append(sent_start, 0)
        order = numpy.argsort(-lengths, kind="stable")  # longest first: active docs are a prefix
        lengths, offsets = lengths[order], offsets[order]
        n = len(docs)
        is_open = numpy.zeros(n, dtype=bool)
        ent_start = numpy.zeros(n, dtype=int)
        ent_label = numpy.zeros(n, dtype=int)  # label number of the open entity
        found: list[list[tuple[int, int, int]]] = [[] for _ in range(n)]
        W, b, kind, label_no, valid_rows = self.W, self.b, self.kind, self.label_no, self.valid
        n_labels, n_pieces = len(self.label_of), cached.shape[-1]
        for t in range(int(lengths[0])):
            k = int((lengths > t).sum())  # the docs still being read
            op = is_open[:k]
            at = offsets[:k] + t
            first = numpy.where(op, offsets[:k] + ent_start[:k] + 1, 0)
            prev = numpy.where(op, at, 0)  # token t - 1, shifted by the padding row
            unmaxed = cached[at + 1, 0] + cached[first, 1] + cached[prev, 2] + bias
            hidden = unmaxed[..., 0]
            for p in range(1, n_pieces):
                hidden = numpy.maximum(hidden, unmaxed[..., p])
            scores = hidden @ W.T + b
            go_on = (lengths[:k] - t >= 2) & (sent_start[at + 1] != 1)
            row = ((op * 2 + go_on) * 2 + space[at]) * n_labels + ent_label[:k]
            scores[~valid_rows[row]] = -numpy.inf
            guess = scores.argmax(axis=1)
            move = kind[guess]
            for i in numpy.flatnonzero(move == _KINDS["U"]):
                found[i].append((t, t + 1, int(label_no[guess[i]])))
            for i in numpy.flatnonzero(move == _KINDS["L"]):
                found[i].append((int(ent_start[i]), t + 1, int(ent_label[i])))
                is_open[i] = False
            begin = numpy.flatnonzero(move == _KINDS["B"])
            is_open[begin] = True
            ent_start[begin] = t
            ent_label[begin] = label_no[guess[begin]]
        for i, doc_index in enumerate(order):
            doc = docs[doc_index]
            doc.set_ents([Span(doc, a, z, label=int(self.label_of[lab])) for a, z, lab in found[i]],
                         default="outside")


@Language.factory("sitrep_ner")
def _make_fast_ner(nlp: Language, name: str) -> FastEntityRecognizer:
    return FastEntityRecognizer(nlp.get_pipe("ner"))


def use_fast_entity_recognizer(nlp: Language) -> bool:
    """Replace ``nlp``'s ``ner`` by a ``FastEntityRecognizer`` around it; False (nothing
    changed) when there is none or its architecture is not the one implemented here."""
    return replace_pipe(nlp, "ner", "sitrep_ner", Unsupported)
