"""Token look-ups that do not make a spaCy ``Token`` of every word of a sentence.

- ``Offsets``: "the token at character x" by bisection on the doc's offset arrays, the same
  token as the first one of a scan ``for t in doc`` whose span (widened by ``slack``
  characters) holds x;
- ``subtree_bounds``: the first and last token of ``token.subtree``, found by following the
  first left child and the last right child (the order in which ``subtree`` yields), without
  making a Token of every word of the subtree;
- ``lemmas``: a word's lemma with the reading the rule lemmatizer drops where a verb's stem
  is also a shorter verb ("hopes", "hoped", "hoping" are lemmatised "hop"; "slated" "slat").
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc, Token

SUFFIXES = ("es", "ed", "ing")


class Offsets:
    """Character offsets of the tokens of one doc."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        rows = doc.to_array([IDX, LENGTH]).tolist() if len(doc) else []
        self.starts = [start for start, _ in rows]
        self.ends = [start + length for start, length in rows]

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
