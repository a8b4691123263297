"""Token look-ups that do not make a spaCy ``Token`` of every word of a sentence.

- ``Offsets``: "the token at character x" by bisection on the doc's offset arrays, the same
  token as the first one of a scan ``for t in doc`` whose span (widened by ``slack``
  characters) holds x;
- ``subtree_bounds``: the first and last token of ``token.subtree``, found by following the
  first left child and the last right child (the order in which ``subtree`` yields), without
  making a Token of every word of the subtree;
- ``verb_above``: the verb of the clause that holds a word (itself, or the nearest verb above
  it), else the root of its sentence;
- ``lemmas``: a word's lemma with the reading the rule lemmatizer drops where a verb's stem
  is also a shorter verb ("hopes", "hoped", "hoping" are lemmatised "hop"; "slated" "slat");
- ``doc_rows``: the lower-case forms, lemmas, heads and numbers of a doc's words, read with one
  ``Doc.to_array`` per doc and kept with it (the lexicon, the trigger order, the group gate,
  the casualty-figure gate and ``doc_words`` read them instead of an array each);
- ``doc_words``: the lower-case forms and lemmas of all the words of a doc, read once per doc:
  the exact gate of a rule that needs some word of its list somewhere in the sentence (a rule
  whose words are all absent is False without a walk over the tree).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection
from typing import NamedTuple

import numpy
from spacy.attrs import HEAD, IDX, LEMMA, LENGTH, LIKE_NUM, LOWER
from spacy.tokens import Doc, Token

from sitrep.nlp.scans import array_column, column, entities, lower

VERB_POS = frozenset({"VERB", "AUX"})

SUFFIXES = ("es", "ed", "ing")


class Offsets:
    """Character offsets of the tokens of one doc."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.starts = column(doc, IDX)
        self.ends = [start + length for start, length in zip(self.starts, column(doc, LENGTH),
                                                              strict=True)]

    def index_at(self, char: int, slack: int = 0) -> int | None:
        """Index of the first token with ``start <= char < end + slack``, or None.

        Tokens come in order and do not overlap, so both their starts and their ends rise:
        the first token whose end passes ``char`` is the only one that can hold it first."""
        i = bisect_right(self.ends, char - slack)
        if i < len(self.starts) and self.starts[i] <= char:
            return i
        return None

    def token_at(self, char: int, slack: int = 0) -> Token | None:
        i = self.index_at(char, slack)
        return None if i is None else self.doc[i]


def subtree_bounds(token: Token) -> tuple[Token, Token]:
    """``(list(token.subtree)[0], list(token.subtree)[-1])``."""
    first = token
    while True:
        left = next(first.lefts, None)
        if left is None:
            break
        first = left
    last = token
    while True:
        rights = list(last.rights)
        if not rights:
            break
        last = rights[-1]
    return first, last


def verb_above(token: Token) -> Token:
    """The verb (VERB or AUX) of the clause that holds ``token``: itself when it is one, else its
    nearest ancestor that is; the root of its sentence when no verb is above it (test the
    answer's ``pos_`` where a verb is wanted)."""
    node = token
    while node.pos_ not in VERB_POS and node.head.i != node.i:
        node = node.head
    return node


def lemmas(token: Token) -> set[str]:
    """The token's lemma (lower-cased) and, for an inflected form that is the lemma plus "es",
    "ed" or "ing", the lemma with a silent "e": the rule lemmatizer reads "hopes", "hoped" and
    "hoping" as forms of "hop", "slated" of "slat", where both stems are verbs. The extra
    reading matters only where it is a word some list looks for ("hope", "slate")."""
    lemma = token.lemma_.lower()
    found = {lemma}
    word = token.lower_
    if word != lemma and word.startswith(lemma):
        if word[len(lemma) :] in SUFFIXES:
            found.add(lemma + "e")
    return found


class Rows(NamedTuple):
    """The token rows of one doc that the events rules read (``doc_rows``)."""

    lowers: list[int]  # LOWER hashes, one per token
    lemmas: list[int]  # LEMMA hashes
    heads: list[int]  # the index of each token's head (its own for a root)
    numbers: list[int]  # the indices of the tokens like a number, in order


ROWS_KEY = "sitrep.events.rows"  # the key of ``doc_rows``'s answer in a doc's ``user_data``
ROW_ATTRS = [LOWER, LEMMA, HEAD, LIKE_NUM]


def doc_rows(doc: Doc) -> Rows:
    """``Rows`` of ``doc``, read with one ``Doc.to_array`` and kept with the doc."""
    known = doc.user_data.get(ROWS_KEY)
    if known is not None:
        return known  # type: ignore[no-any-return]
    if len(doc):
        heads = (numpy.arange(len(doc)) + array_column(doc, HEAD)).tolist()
        found = Rows(column(doc, LOWER), column(doc, LEMMA), heads,
                     numpy.flatnonzero(array_column(doc, LIKE_NUM)).tolist())
    else:
        found = Rows([], [], [], [])
    doc.user_data[ROWS_KEY] = found
    return found


WORDS_KEY = "sitrep.events.words"  # the key of ``doc_words``'s answer in a doc's ``user_data``


def doc_words(doc: Doc) -> tuple[frozenset[str], frozenset[str]]:
    """``({t.lower_ for t in doc}, {t.lemma_.lower() for t in doc})``, read from the doc's
    arrays once and kept with the doc (the sentence's rules ask again for each candidate)."""
    known = doc.user_data.get(WORDS_KEY)
    if known is not None:
        return known  # type: ignore[no-any-return]
    strings = doc.vocab.strings
    rows = doc_rows(doc)
    found = (frozenset(strings[w] for w in set(rows.lowers)),
             frozenset(lower(strings, m) for m in set(rows.lemmas)))
    doc.user_data[WORDS_KEY] = found
    return found


def has_any(doc: Doc, words: Collection[str] = (), lemmas: Collection[str] = ()) -> bool:
    """Whether some word of ``doc`` is one of ``words`` (lower case) or has a lemma (lower case)
    among ``lemmas``."""
    forms, stems = doc_words(doc)
    return not (forms.isdisjoint(words) and stems.isdisjoint(lemmas))


_LABELS_KEY = "sitrep.events.entity_labels"  # ``entity_labels``'s answer in ``user_data``


def entity_labels(doc: Doc) -> frozenset[str]:
    """``{t.ent_type_ for t in doc if t.ent_type_}``: the labels of the doc's entities, kept
    with the doc."""
    known = doc.user_data.get(_LABELS_KEY)
    if known is None:
        known = doc.user_data[_LABELS_KEY] = frozenset(e.label_ for e in entities(doc))
    return known  # type: ignore[no-any-return]
