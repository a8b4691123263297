"""Token attributes of a whole ``Doc`` read from its arrays (``Doc.to_array``), without making a
spaCy ``Token`` of every word: each scan ``for t in doc`` makes one Python object per word, and
the extractors scan every parsed sentence several times.

Every function here returns what its docstring's ``for t in doc`` scan returns, in the same
order; the tests in ``tests/nlp/test_arrays.py`` compare both on real parses.

A string hash stands for one string in every vocabulary (spaCy's hash of the text), so the
lower-case form of a hash is remembered per hash, across documents (``lower``)."""

from __future__ import annotations

from collections.abc import Collection

from spacy.attrs import ENT_TYPE, IS_ALPHA, IS_LOWER, LEMMA, LENGTH, ORTH, POS
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


def lemma_indices(doc: Doc, words: Collection[str], pos: Collection[str] = ()) -> list[int]:
    """``[t.i for t in doc if t.lemma_.lower() in words and (not pos or t.pos_ in pos)]``."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    if pos:
        wanted = {POS_IDS[p] for p in pos}
        rows = doc.to_array([LEMMA, POS]).tolist()
        return [i for i, (lemma, tag) in enumerate(rows)
                if tag in wanted and lower(strings, lemma) in words]
    lemmas = doc.to_array(LEMMA).tolist()
    return [i for i, lemma in enumerate(lemmas) if lower(strings, lemma) in words]


def long_words(doc: Doc, longer_than: int) -> tuple[int, int]:
    """``(len(words), sum(t.text[0].isupper() for t in words))`` where
    ``words = [t for t in doc if t.is_alpha and len(t) > longer_than]``."""
    if not len(doc):
        return 0, 0
    strings = doc.vocab.strings
    n = upper = 0
    for alpha, length, orth in doc.to_array([IS_ALPHA, LENGTH, ORTH]).tolist():
        if alpha and length > longer_than:
            n += 1
            upper += strings[orth][0].isupper()
    return n, upper


def lower_case_texts(doc: Doc) -> list[str]:
    """``[t.text for t in doc if t.is_lower]``."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    return [strings[orth] for is_lower, orth in doc.to_array([IS_LOWER, ORTH]).tolist()
            if is_lower]


def text_indices(doc: Doc, texts: Collection[str]) -> list[int]:
    """``[t.i for t in doc if t.text in texts]``."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    wanted = {strings[t] for t in texts}
    return [i for i, orth in enumerate(doc.to_array(ORTH).tolist()) if orth in wanted]


def has_entity(doc: Doc, label: str) -> bool:
    """``any(ent.label_ == label for ent in doc.ents)``: a token of that entity type."""
    return len(doc) > 0 and doc.vocab.strings[label] in doc.to_array(ENT_TYPE).tolist()


def pos_indices(doc: Doc, pos: str, not_entity: str | None = None) -> list[int]:
    """``[t.i for t in doc if t.pos_ == pos and t.ent_type_ != not_entity]`` (with
    ``not_entity`` None: every token of that part of speech)."""
    if not len(doc):
        return []
    tag = POS_IDS[pos]
    other = doc.vocab.strings[not_entity] if not_entity is not None else -1
    return [i for i, (p, ent) in enumerate(doc.to_array([POS, ENT_TYPE]).tolist())
            if p == tag and ent != other]


def forget() -> None:
    """Empty the memo of lower-case forms (it fills again as documents are read)."""
    _lowered.clear()
