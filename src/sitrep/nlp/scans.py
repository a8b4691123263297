"""Scans of a whole ``Doc`` that the extractors run on every parsed sentence, written the cheap
way: compare the tokens' integer attributes (``t.pos``, ``t.orth``, ``t.lemma``) with ids looked
up once, instead of the strings (``t.pos_``, ``t.text``, ``t.lemma_.lower()``) that spaCy makes
anew for every token on every access.

A string hash stands for one string in every vocabulary (spaCy's hash of the text), so the
lower-case form of a hash is remembered per hash, across documents (``lower``).

Every function returns what the scan in its docstring returns, in the same order;
``tests/nlp/test_scans.py`` compares both on real parses. Measured on 400 news-mix sentences
(28 tokens on average; best of 15 runs): the reporting-verb scan of ``speech.accusations``
15 us a sentence against 19, the quotation marks of ``confidence`` 7 against 15, the death words
of ``claims.shooting`` 17 against 22. (Reading the attributes with ``Doc.to_array`` costs about
8 us a call before any work, more than these scans: it pays only for many attributes at once.)
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import StringStore
from spacy.tokens import Doc

_MEMO_LIMIT = 200_000  # hashes remembered before the memo starts afresh
_lowered: dict[int, str] = {}


def lower(strings: StringStore, key: int) -> str:
    """``strings[key].lower()``, remembered per hash."""
    found = _lowered.get(key)
    if found is None:
        if len(_lowered) > _MEMO_LIMIT:
            _lowered.clear()
        found = _lowered[key] = strings[key].lower()
    return found


def forget() -> None:
    """Empty the memo of lower-case forms (it fills again as documents are read)."""
    _lowered.clear()


@lru_cache(maxsize=64)
def _pos_ids(pos: frozenset[str]) -> frozenset[int]:
    return frozenset(POS_IDS[p] for p in pos)


@lru_cache(maxsize=64)
def _hashes(strings: StringStore, texts: frozenset[str]) -> frozenset[int]:
    return frozenset(strings[t] for t in texts)


def lemma_indices(doc: Doc, words: Collection[str],
                  pos: frozenset[str] | None = None) -> list[int]:
    """``[t.i for t in doc if t.lemma_.lower() in words and (pos is None or t.pos_ in pos)]``."""
    strings = doc.vocab.strings
    memo = _lowered
    if pos is None:
        return [t.i for t in doc
                if (memo.get(t.lemma) or lower(strings, t.lemma)) in words]
    wanted = _pos_ids(pos)
    return [t.i for t in doc
            if t.pos in wanted and (memo.get(t.lemma) or lower(strings, t.lemma)) in words]


def text_indices(doc: Doc, texts: frozenset[str]) -> list[int]:
    """``[t.i for t in doc if t.text in texts]``."""
    wanted = _hashes(doc.vocab.strings, texts)
    return [t.i for t in doc if t.orth in wanted]
