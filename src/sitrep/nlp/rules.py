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

``tests/nlp/test_nlp_rules.py`` checks that the stand-ins give identical tokens on real news text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
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


Rule = tuple[int, list[Test]]
_WRITTEN = (POS, MORPH, LEMMA)  # the attributes the fast path writes as arrays
# The caches grow with the vocabulary (about 78,000 rows and 38,000 lemmas after 2,000 news
# articles, 40 MB and 4 MB): they start afresh past these sizes, so that a worker that runs for
# days stays within its memory. Refilling costs well under a second.
MAX_ROWS = 50_000
MAX_LEMMAS = 200_000


@dataclass
class _RowRules:
    """What the single-token patterns do to every token with one (tag, lower, dep, is_space)."""

    rules: list[int]  # the single-token rules that match, in rule order
    attrs: dict[int, int]  # their attributes merged in that order (later rules win)
    multi: list[Rule]  # multi-token patterns whose first token matches
    as_arrays: bool  # every attribute is one of _WRITTEN


class IndexedRuler:
    """The patterns of an ``AttributeRuler``, matched by dictionary look-up.

    What the single-token patterns (all but a handful) do to a token depends only on its row
    (tag, lower, dep, is_space); it is worked out once per distinct row and cached. A doc where
    no multi-token pattern matches and every change is to POS, morphology or lemma (nearly all)
    is written in one array operation; any other doc goes through spaCy's ``set_token_attrs``
    match by match, in the original order."""

    def __init__(self, patterns: list[dict[str, Any]], attrs: list[dict[int, Any]],
                 indices: list[int]) -> None:
        self.attrs = attrs
        self.indices = indices
        self.by_lower: dict[str, list[Rule]] = {}
        self.by_tag: dict[str, list[Rule]] = {}
        self.anywhere: list[Rule] = []
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
        self.rows: dict[tuple[int, int, int, int], _RowRules] = {}
        self.max_rows = MAX_ROWS
        # the lower-case forms a pattern names (a value, IN, NOT_IN) or may match (REGEX): any
        # other word is matched by the patterns as the empty string is, so the rows of the
        # many words no pattern names share one entry (``_lower_key``)
        self.lower_words: set[str] = set()
        self.lower_regexes: list[re.Pattern[str]] = []
        for entry in patterns:
            for pattern in entry["patterns"]:
                for spec in pattern:
                    value = spec.get("LOWER")
                    if isinstance(value, str):
                        self.lower_words.add(value)
                    elif isinstance(value, dict):
                        for op, arg in value.items():
                            if op == "REGEX":
                                self.lower_regexes.append(re.compile(arg))
                            else:
                                self.lower_words.update(arg)
        self.unnamed_ok = not self._named("")  # the empty string can stand for the others
        self.lower_keys: dict[int, int] = {}

    def _named(self, lower: str) -> bool:
        return lower in self.lower_words or any(r.search(lower) for r in self.lower_regexes)

    def _lower_key(self, lower: int, strings: Any) -> int:
        """The hash itself for a word a pattern names, else 0 (the empty string's)."""
        if len(self.lower_keys) >= self.max_rows:
            self.lower_keys.clear()
        key = self.lower_keys[lower] = lower if not self.unnamed_ok or self._named(
            strings[lower]) else 0
        return key

    def _candidates(self, row: Row) -> Iterator[Rule]:
        yield from self.by_lower.get(row[1], ())
        yield from self.by_tag.get(row[0], ())
        yield from self.anywhere

    def _row_rules(self, key: tuple[int, int, int, int], strings: Any) -> _RowRules:
        row = (strings[key[0]], strings[key[1]], strings[key[2]], bool(key[3]))
        single: set[int] = set()
        multi: list[Rule] = []
        for rule, tests in self._candidates(row):
            if tests[0](row):
                if len(tests) == 1:
                    single.add(rule)
                else:
                    multi.append((rule, tests))
        rules = sorted(single)
        merged: dict[int, int] = {}
        for rule in rules:
            if self.indices[rule] not in (0, -1):
                raise IndexError(f"attribute ruler index {self.indices[rule]} outside its match")
            merged.update(self.attrs[rule])
        entry = _RowRules(rules, merged, multi, all(k in _WRITTEN for k in merged))
        if len(self.rows) >= self.max_rows:
            self.rows.clear()
        self.rows[key] = entry
        return entry

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        strings = doc.vocab.strings
        lowers, rows = self.lower_keys, self.rows
        keys = [(tag, lowers[lower] if lower in lowers else self._lower_key(lower, strings),
                 dep, space)
                for tag, lower, dep, space in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()]
        entries = [rows.get(k) or self._row_rules(k, strings) for k in keys]
        multi = self._multi_matches(doc, entries)
        if multi or not all(e.as_arrays for e in entries):
            return self._by_matches(doc, entries, multi)
        values = doc.to_array(list(_WRITTEN))
        at: list[int] = []  # (token, column, value) of every attribute, set in one assignment
        columns: list[int] = []
        written: list[int] = []
        for i, entry in enumerate(entries):
            for attr, value in entry.attrs.items():
                at.append(i)
                columns.append(_WRITTEN.index(attr))
                written.append(value)
        if at:
            values[at, columns] = numpy.array(written, dtype=values.dtype)
        doc.from_array(list(_WRITTEN), values)
        return doc

    def _multi_matches(self, doc: Doc, entries: list[_RowRules]) -> set[tuple[int, int, int]]:
        found: set[tuple[int, int, int]] = set()
        rows: list[Row] | None = None
        for i, entry in enumerate(entries):
            for rule, tests in entry.multi:
                if i + len(tests) > len(doc):
                    continue
                if rows is None:
                    rows = [(t.tag_, t.lower_, t.dep_, t.is_space) for t in doc]
                if all(test(rows[i + k]) for k, test in enumerate(tests)):
                    found.add((rule, i, i + len(tests)))
        return found

    def _by_matches(self, doc: Doc, entries: list[_RowRules],
                    multi: set[tuple[int, int, int]]) -> Doc:
        matches = multi | {(rule, i, i + 1) for i, e in enumerate(entries) for rule in e.rules}
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
    """A rule lemmatizer applied through arrays, with a cache by (text, POS, morphology).

    The model's word lists (``lemma_index``: 91,000 known lemmas by POS) are lists, which its
    rule lemmatizer searches word by word for every candidate form: about 0.1 ms per new word,
    nearly all of the lemmatizer's time. This lemmatizer's copy of them are sets (same
    members, so the same lemmas)."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.strings = lemmatizer.vocab.strings
        self.memo: dict[tuple[int, int, int], int] = {}
        self.max_lemmas = MAX_LEMMAS
        index = lemmatizer.lookups.get_table("lemma_index", None)
        if index is not None:
            for key, words in list(index.items()):
                if isinstance(words, list):
                    index[key] = frozenset(words)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        lemmas = [row[3] for row in rows]  # set in a list, written back as one array
        memo = self.memo
        keep = not self.lemmatizer.overwrite
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and keep:
                continue
            key = (orth, pos, morph)
            value = memo.get(key)
            if value is None:
                if len(memo) >= self.max_lemmas:
                    memo.clear()
                    self.lemmatizer.cache.clear()  # spaCy's own, by the same key
                value = memo[key] = self.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = value
        doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64).reshape(-1, 1))
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
    return replace_pipe(nlp, "attribute_ruler", "sitrep_attribute_ruler", Unsupported)


def replace_pipe(nlp: Language, name: str, factory: str,
                 unsupported: type[Exception]) -> bool:
    """Put the component ``factory`` in the place of ``nlp``'s pipe ``name``; False (nothing
    changed) when there is no such pipe or the factory raises ``unsupported``."""
    if name not in nlp.pipe_names:
        return False
    try:
        nlp.add_pipe(factory, before=name)
    except unsupported:
        return False
    nlp.remove_pipe(name)
    return True


def replace_nodes(nlp: Language, name: str, make: Callable[[Any], Any]) -> int:
    """Replace every node of the models of ``nlp``'s pipes for which ``make(node)`` gives a
    new model (named ``name``, holding the node it replaces as its first layer; a node already
    replaced is left alone); the number replaced."""
    from thinc.api import Model

    replaced = 0
    for _name, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if not isinstance(model, Model):
            continue
        done = {id(node.layers[0]) for node in model.walk() if node.name == name}
        for node in list(model.walk()):
            if id(node) in done or node.name == name:
                continue
            new = make(node)
            if new is not None and model.replace_node(node, new):
                replaced += 1
    return replaced
