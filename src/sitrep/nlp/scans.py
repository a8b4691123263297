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

The hyphen readers at the end (``hyphen_before``, ``hyphen_after``, ``hyphen_run``,
``hyphen_word``) are the one place that joins the parts of a word the tokenizer split at its
hyphens ("sit-in" as "sit", "-", "in"); the extractors read "sit-in", "passer-by",
"al-Shabaab" and "life-threatening" through them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection
from functools import lru_cache
from typing import Any

import numpy
from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, LEMMA, LENGTH, LIKE_NUM, LOWER, ORTH, POS, TAG
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import StringStore
from spacy.tokens import Doc, Token

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


_ARRAY_KEY = "sitrep.doc_array"  # the key of ``doc_array``'s answer in a doc's ``user_data``
_COLUMNS_KEY = "sitrep.doc_columns"  # ``column``'s lists, by attribute
# the token attributes the extractors read from a parsed doc's arrays, in ``doc_array``'s order
ARRAY_ATTRS = (ORTH, LOWER, LEMMA, POS, TAG, DEP, HEAD, ENT_TYPE, LIKE_NUM, IDX, LENGTH)
_AT = {attr: k for k, attr in enumerate(ARRAY_ATTRS)}


def doc_array(doc: Doc) -> numpy.ndarray:
    """``doc.to_array(list(ARRAY_ATTRS))``, read once and kept with the doc: a ``to_array``
    call costs about 7 us before any work, and the extractors read some columns of each parsed
    sentence about ten times (words, lemmas, heads, offsets, entity types); one read of all of
    them costs about as much as two of a few. Nothing changes a parsed doc after the parse."""
    known = doc.user_data.get(_ARRAY_KEY)
    if known is None:
        known = doc.user_data[_ARRAY_KEY] = doc.to_array(list(ARRAY_ATTRS)) if len(doc) \
            else numpy.zeros((0, len(ARRAY_ATTRS)), dtype="uint64")
    return known  # type: ignore[no-any-return]


def array_column(doc: Doc, attr: int) -> numpy.ndarray:
    """The column of ``attr`` (one of ``ARRAY_ATTRS``) of ``doc_array``: ``doc.to_array(attr)``
    (``HEAD``: the head's offset from the token, read as a signed number)."""
    found = doc_array(doc)[:, _AT[attr]]
    return found.astype("int64") if attr == HEAD else found


def column(doc: Doc, attr: int) -> list[int]:
    """``array_column(doc, attr).tolist()``, kept with the doc."""
    columns = doc.user_data.get(_COLUMNS_KEY)
    if columns is None:
        columns = doc.user_data[_COLUMNS_KEY] = {}
    found = columns.get(attr)
    if found is None:
        found = columns[attr] = array_column(doc, attr).tolist()
    return found  # type: ignore[no-any-return]


_ROWS_KEY = "sitrep.token_rows"  # the key of ``token_rows``'s answer in a doc's ``user_data``


def token_rows(doc: Doc) -> tuple[list[int], list[int], list[str]]:
    """(orth ids, part-of-speech ids, lower-case lemmas) of the tokens of ``doc``, read with one
    ``Doc.to_array`` and kept with the doc: the scans below, run by several extractors on every
    parsed sentence, read them instead of making a Token of every word for each scan."""
    known = doc.user_data.get(_ROWS_KEY)
    if known is not None:
        return known  # type: ignore[no-any-return]
    strings = doc.vocab.strings
    memo = _lowered
    found = (column(doc, ORTH), column(doc, POS),
             [memo.get(m) or lower(strings, m) for m in column(doc, LEMMA)])
    doc.user_data[_ROWS_KEY] = found
    return found


_LEMMA_KEY = "sitrep.lemma_keys"  # the key of ``lemma_keys``'s answer in a doc's ``user_data``
_NO_KEYS: tuple[list[int], list[int], frozenset[int]] = ([], [], frozenset())


def lemma_keys(doc: Doc) -> tuple[list[int], list[int], frozenset[int]]:
    """(lower-case form ids, lemma ids, the distinct lemma ids) of the tokens of ``doc``, read
    with one ``Doc.to_array`` and kept with the doc: the claims extractor's scans of every
    parsed sentence (outcome words, states, withheld figures, deaths) each read the lemmas, and
    each ``to_array`` costs about 8 us before any work."""
    known = doc.user_data.get(_LEMMA_KEY)
    if known is not None:
        return known  # type: ignore[no-any-return]
    if not len(doc):
        found = _NO_KEYS
    else:
        lemmas = column(doc, LEMMA)
        found = (column(doc, LOWER), lemmas, frozenset(lemmas))
    doc.user_data[_LEMMA_KEY] = found
    return found


def lemma_indices(doc: Doc, words: Collection[str],
                  pos: frozenset[str] | None = None) -> list[int]:
    """``[t.i for t in doc if t.lemma_.lower() in words and (pos is None or t.pos_ in pos)]``."""
    _, tags, lemmas = token_rows(doc)
    if pos is None:
        return [i for i, lemma in enumerate(lemmas) if lemma in words]
    wanted = _pos_ids(pos)
    return [i for i, lemma in enumerate(lemmas) if lemma in words and tags[i] in wanted]


def text_indices(doc: Doc, texts: frozenset[str]) -> list[int]:
    """``[t.i for t in doc if t.text in texts]``."""
    wanted = _hashes(doc.vocab.strings, texts)
    return [i for i, orth in enumerate(token_rows(doc)[0]) if orth in wanted]


_CHILDREN_KEY = "sitrep.children"  # the key of ``_children``'s answer in a doc's ``user_data``


def _children(doc: Doc) -> list[list[int]]:
    """The indices of each token's children (a root is no child of itself), read from the
    doc's heads with one ``Doc.to_array`` and kept with the doc."""
    known = doc.user_data.get(_CHILDREN_KEY)
    if known is not None:
        return known  # type: ignore[no-any-return]
    children: list[list[int]] = [[] for _ in range(len(doc))]
    if len(doc):
        for i, offset in enumerate(column(doc, HEAD)):
            if offset:
                children[i + offset].append(i)
    doc.user_data[_CHILDREN_KEY] = children
    return children


def subtree_indices(token: Token) -> set[int]:
    """``{t.i for t in token.subtree}``: the token and all its descendants, found through the
    doc's lists of children (kept with the doc) instead of ``Token.subtree``'s nested
    generators, which make a Token of every descendant at every level above it (about a tenth
    of a millisecond for a clause of a news sentence)."""
    children = _children(token.doc)
    found = {token.i}
    todo = [token.i]
    while todo:
        for child in children[todo.pop()]:
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


# the last doc whose text was asked for, and its text
_TEXT: list[Doc | str | None] = [None, ""]
TEXT_KEY = "sitrep.text"  # the key of a doc's text in its ``user_data`` (``keep_text``)


def keep_text(doc: Doc, text: str) -> None:
    """Remember ``text``, the string ``doc`` was made from, as its text: spaCy's tokenizer
    loses no character, so ``doc.text`` is that string (the pipeline's parse keeps it)."""
    doc.user_data[TEXT_KEY] = text


def doc_text(doc: Doc) -> str:
    """``doc.text``: the string the doc was made from where the pipeline kept it
    (``keep_text``), else remembered for the last doc asked about: spaCy joins the tokens'
    texts anew at every reading (a Token object per token, about 50 us a sentence), and the
    extractors read one sentence's text several times in a row ("in case the rebels attack" is
    looked for by ``opened_condition``, the phrases of ``summaries`` in the same sentence, the
    word before "Sgt. Warren" by ``titled_person`` for each mention)."""
    kept = doc.user_data.get(TEXT_KEY)
    if kept is not None:
        return kept  # type: ignore[no-any-return]
    if _TEXT[0] is not doc:
        _TEXT[0], _TEXT[1] = doc, doc.text
    return _TEXT[1]  # type: ignore[return-value]


# per word (orth id) of one vocabulary: 0 not a long word, 1 a long word, 2 a capitalised one
_CAPITALISED = "sitrep.capitalised_words"  # the key of a doc's answer in its ``user_data``
_WORD_CODES: list[Any] = [None, {}]  # [the vocabulary, its codes]


def capitalised_words(doc: Doc) -> tuple[int, int]:
    """(words, capitalised) of ``doc``: its alphabetic tokens of more than three letters and how
    many of them begin with a capital, i.e. ``len(w)`` and ``sum(t.text[0].isupper() for t in w)``
    with ``w = [t for t in doc if t.is_alpha and len(t) > 3]`` ("Rebels Launch Offensive on
    Town": 4 and 4), the test of a headline in title case. Read from the words' ids (one array
    read, no Token made), what each word counts as remembered per word of the vocabulary (its
    lexeme's alphabetic flag, length and first letter). Remembered with the doc (the places and
    the events extractors both ask, about every parsed sentence)."""
    known = doc.user_data.get(_CAPITALISED)
    if known is not None:
        return known  # type: ignore[no-any-return]
    vocab = doc.vocab
    if _WORD_CODES[0] is not vocab or len(_WORD_CODES[1]) > _MEMO_LIMIT:
        _WORD_CODES[0], _WORD_CODES[1] = vocab, {}
    codes: dict[int, int] = _WORD_CODES[1]
    words = capitalised = 0
    for orth in column(doc, ORTH):
        code = codes.get(orth)
        if code is None:
            lex = vocab[orth]
            text = lex.orth_
            code = codes[orth] = (0 if not (lex.is_alpha and len(text) > 3)
                                  else 2 if text[:1].isupper() else 1)
        if code:
            words += 1
            capitalised += code == 2
    doc.user_data[_CAPITALISED] = (words, capitalised)
    return words, capitalised


_ENTS_KEY = "sitrep.ents"  # the key of ``entities``'s answer in a doc's ``user_data``


def entities(doc: Doc) -> tuple[Any, ...]:
    """``doc.ents``, read once per doc and kept with it: each reading of ``doc.ents`` builds a
    new tuple of Spans (and a Token of every word of every entity), and the extractors read the
    entities of one sentence about six times. Nothing sets a parsed doc's entities after the
    parse."""
    known = doc.user_data.get(_ENTS_KEY)
    if known is None:
        known = doc.user_data[_ENTS_KEY] = doc.ents
    return known  # type: ignore[no-any-return]


# capital letters of the Latin alphabet with their accented forms, as a character class's body,
# for patterns of words written in capitals ("ASUNCIÓN", "LOMÉ", "BOGOTÁ", "ŁÓDŹ", "ŞANLIURFA"):
# ``[A-Z]`` alone stops at the first accented letter, and a dateline so written reads as none
UPPER = "A-Z" + re.escape("".join(chr(c) for c in range(0xC0, 0x250)
                                  if unicodedata.category(chr(c)) == "Lu"))


HYPHENS = frozenset({"-"})  # the mark of a word split at its hyphen
DASHES = frozenset({"-", "\u2013"})  # a hyphen or an en dash ("the Okene\u2013Kabba road")


def hyphen_before(token: Token, *, spaced: bool = False,
                  marks: frozenset[str] = HYPHENS) -> Token | None:
    """The word a hyphen joins to the front of ``token`` ("sit" for the "in" of "sit-in", which
    the tokenizer splits in three), or None. The hyphen is a token whose text is in ``marks``;
    written with no space on either side of it ("sit-in", not "sit - in" nor "sit -in") unless
    ``spaced``, which takes any spacing ("Okene - Kabba")."""
    i = token.i
    if i < 2:
        return None
    doc = token.doc
    mark = doc[i - 1]
    if mark.text not in marks:
        return None
    word = doc[i - 2]
    if not spaced and (mark.whitespace_ or word.whitespace_):
        return None
    return word


def hyphen_after(token: Token, *, spaced: bool = False,
                 marks: frozenset[str] = HYPHENS) -> Token | None:
    """The word a hyphen joins to the end of ``token`` ("by" for the "passer" of "passer-by"),
    or None: ``hyphen_before`` read the other way."""
    doc, i = token.doc, token.i
    if i + 2 >= len(doc):
        return None
    mark = doc[i + 1]
    if mark.text not in marks or not spaced and (token.whitespace_ or mark.whitespace_):
        return None
    return doc[i + 2]


def hyphen_run(token: Token, before: Callable[[Token], bool] | None = None,
               after: Callable[[Token], bool] | None = None) -> tuple[int, int]:
    """(first, last) token index of the whole word written with hyphens, no spaces, around
    ``token`` ("Jaish-e-Mohammed" for any of its five tokens); (``token.i``, ``token.i``) when no
    hyphen joins it. ``before``, ``after``: what a part before or after ``token`` must be for the
    word to reach it (a part that fails ends the word on that side)."""
    start = end = token
    while (prev := hyphen_before(start)) is not None and (before is None or before(prev)):
        start = prev
    while (nxt := hyphen_after(end)) is not None and (after is None or after(nxt)):
        end = nxt
    return start.i, end.i


def hyphen_word(token: Token, last: str | None = None) -> str:
    """The lower-case word ``token`` ends when a hyphen joins it to the word before, with no
    spaces ("sit-in" for the "in" of "sit-in"), or "": the word before, the hyphen and ``last``,
    which is ``token``'s lower-case form unless given (its lemma: "cease-fire" for the "fires" of
    "cease-fires")."""
    prev = hyphen_before(token)
    if prev is None:
        return ""
    return f"{prev.lower_}-{token.lower_ if last is None else last}"
