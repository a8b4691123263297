"""Faster stand-ins for two rule components of spaCy's English models, with the same result.

**Attribute ruler.**
The English models map fine-grained tags to coarse POS, morphology and a few lemmas with about
180 token patterns run through spaCy's ``Matcher``. On sentence-sized docs the Matcher costs
about a tenth of the whole parse (measured with ``sitrep bench --stages``). ``IndexedRuler``
applies the same patterns by looking each token up in dictionaries keyed by its lower-case text
and its tag, and sets the attributes with spaCy's own ``set_token_attrs`` in the same order as
the original (by pattern index, so later rules win), after matching everything first, as the
original does.

Only the pattern features the English models use are supported (the keys ``TAG``, ``LOWER``,
``DEP``, ``IS_SPACE`` with a value or ``IN``, ``NOT_IN``, ``REGEX``; no quantifiers). A model
whose ruler uses anything else keeps spaCy's component: ``use_indexed_ruler`` returns False.

**Lemmatizer.** The rule lemmatizer's lemma depends only on the token's text, POS and
morphology, and spaCy caches it by those, but still walks the doc token by token in Python.
``ArrayLemmatizer`` reads the three as one array, computes each combination once with the
model's own lemmatizer and writes the lemmas back as an array.

``tests/test_nlp_rules.py`` checks that the stand-ins give identical tokens on real news text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# a token is matched as the row (tag, lower, dep, is_space), read once per token
_COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_OPERATORS = {"IN", "NOT_IN", "REGEX"}

Row = tuple[str, str, str, bool]
Test = Callable[[Row], bool]


class Unsupported(ValueError):
    """A pattern feature ``IndexedRuler`` does not implement."""


def _value_test(key: str, value: Any) -> Test:
    col = _COLUMNS[key]
    if not isinstance(value, dict):
        return lambda row: row[col] == value
    if len(value) != 1 or next(iter(value)) not in _OPERATORS:
        raise Unsupported(f"{key}: {value}")
    op, arg = next(iter(value.items()))
    if op == "IN":
        allowed = frozenset(arg)
        return lambda row: row[col] in allowed
    if op == "NOT_IN":
        banned = frozenset(arg)
        return lambda row: row[col] not in banned
    pattern = re.compile(arg)
    return lambda row: pattern.search(row[col]) is not None


def _token_test(spec: dict[str, Any]) -> Test:
    if not spec or any(key not in _COLUMNS for key in spec):
        raise Unsupported(str(spec))
    tests = [_value_test(key, value) for key, value in spec.items()]
    if len(tests) == 1:
        return tests[0]
    return lambda row: all(test(row) for test in tests)


def _index_keys(spec: dict[str, Any]) -> tuple[str, list[str]] | None:
    """Where a pattern's first token is filed: by its lower-case text or its tag, when either is
    given as a value or an ``IN`` list; None means it is tried on every token."""
    for key in ("LOWER", "TAG"):
        value = spec.get(key)
        if isinstance(value, str):
            return key, [value]
        if isinstance(value, dict) and set(value) == {"IN"}:
            return key, list(value["IN"])
    return None


class IndexedRuler:
    """The patterns of an ``AttributeRuler``, matched by dictionary look-up."""

    def __init__(self, patterns: list[dict[str, Any]], attrs: list[dict[int, Any]],
                 indices: list[int]) -> None:
        self.attrs = attrs
        self.indices = indices
        self.by_lower: dict[str, list[tuple[int, list[Test]]]] = {}
        self.by_tag: dict[str, list[tuple[int, list[Test]]]] = {}
        self.anywhere: list[tuple[int, list[Test]]] = []
        for rule, entry in enumerate(patterns):
            for pattern in entry["patterns"]:
                if not pattern:
                    raise Unsupported("empty pattern")
                item = (rule, [_token_test(spec) for spec in pattern])
                where = _index_keys(pattern[0])
                if where is None:
                    self.anywhere.append(item)
                    continue
                table = self.by_lower if where[0] == "LOWER" else self.by_tag
                for key in where[1]:
                    table.setdefault(key, []).append(item)

    def __call__(self, doc: Doc) -> Doc:
        rows = [(t.tag_, t.lower_, t.dep_, t.is_space) for t in doc]
        n = len(rows)
        matches: set[tuple[int, int, int]] = set()
        empty: list[tuple[int, list[Test]]] = []
        for i, row in enumerate(rows):
            for candidates in (self.by_lower.get(row[1], empty), self.by_tag.get(row[0], empty),
                               self.anywhere):
                for rule, tests in candidates:
                    if len(tests) == 1:
                        if tests[0](row):
                            matches.add((rule, i, i + 1))
                    elif i + len(tests) <= n and all(
                            test(rows[i + k]) for k, test in enumerate(tests)):
                        matches.add((rule, i, i + len(tests)))
        for rule, start, end in sorted(matches):
            index = self.indices[rule]
            at = start + index if index >= 0 else end + index
            if not start <= at < end:
                raise IndexError(f"attribute ruler index {index} outside its match")
            set_token_attrs(doc[at], self.attrs[rule])
        return doc


@Language.factory("sitrep_attribute_ruler")
def _make_indexed_ruler(nlp: Language, name: str) -> IndexedRuler:
    ruler = nlp.get_pipe("attribute_ruler")
    return IndexedRuler(ruler.patterns, list(ruler.attrs), list(ruler.indices))


class ArrayLemmatizer:
    """A rule lemmatizer applied through arrays, with a cache by (text, POS, morphology)."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.strings = lemmatizer.vocab.strings
        self.memo: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        memo = self.memo
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not self.lemmatizer.overwrite:
                continue
            key = (orth, pos, morph)
            value = memo.get(key)
            if value is None:
                value = memo[key] = self.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = value
        doc.from_array([LEMMA], lemmas.reshape(-1, 1).astype(numpy.uint64))
        return doc


@Language.factory("sitrep_lemmatizer")
def _make_array_lemmatizer(nlp: Language, name: str) -> ArrayLemmatizer:
    return ArrayLemmatizer(nlp.get_pipe("lemmatizer"))


def use_array_lemmatizer(nlp: Language) -> bool:
    """Replace ``nlp``'s rule ``lemmatizer`` by an ``ArrayLemmatizer`` around it; False when
    there is none or it is not in rule mode."""
    if "lemmatizer" not in nlp.pipe_names or getattr(
            nlp.get_pipe("lemmatizer"), "mode", None) != "rule":
        return False
    nlp.add_pipe("sitrep_lemmatizer", before="lemmatizer")
    nlp.remove_pipe("lemmatizer")
    return True


def use_indexed_ruler(nlp: Language) -> bool:
    """Replace ``nlp``'s ``attribute_ruler`` by an ``IndexedRuler`` with the same patterns;
    False (nothing changed) when there is none or a pattern uses a feature it lacks."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    try:
        nlp.add_pipe("sitrep_attribute_ruler", before="attribute_ruler")
    except Unsupported:
        return False
    nlp.remove_pipe("attribute_ruler")
    return True
