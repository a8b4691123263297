"""The array reads of ``sitrep.nlp.arrays`` give what a plain ``for t in doc`` scan gives, on
real parses: made-up sentences with the cases each read must tell apart (capitals, quotes,
lemmas in upper case, names that are places or not, dates or none), and the sentences of
news-mix articles where ../shared/data has them."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from conftest import news_texts
from sitrep.nlp import arrays
from sitrep.nlp.segment import split_sentences

pytestmark = pytest.mark.slow  # loads the model

MADE_UP = [
    "Rebels Shelled The Northern Town Of Varnek On Tuesday",
    "BREAKING: ARMY SAYS GUNMEN KILLED FOUR IN ZELMA",
    "\u201cThey burned our houses,\u201d the woman told police in Ostrava on 3 May 2019.",
    'The minister said "we will not negotiate" and left.',
    "He said that the mayor had stolen the funds, but she denied it.",
    "Witnesses said nothing; the body was found near the river.",
    "A man who murdered two neighbours in Lisbon was not killed by police.",
    "Talks between Armenia and Azerbaijan resumed in Moscow last week.",
    "ok",
    "Fighting continued around Lyon and Grenoble, officials claimed.",
    "\u00abNous resterons\u00bb, a-t-il dit.",
]
WORDS = frozenset({"say", "tell", "claim", "kill", "murder", "die", "dead", "body", "steal"})


def _docs(pipeline) -> list[Doc]:
    texts = list(MADE_UP)
    for article in news_texts(40, stop=2000, required=False):
        texts.extend(s.text for s in split_sentences(article))
    return list(pipeline.nlp.pipe(texts))


@pytest.fixture(scope="module")
def docs(pipeline) -> list[Doc]:
    return _docs(pipeline)


def test_lemma_indices_are_the_scan_of_lower_case_lemmas(docs: list[Doc]) -> None:
    for doc in docs:
        assert arrays.lemma_indices(doc, WORDS) == [
            t.i for t in doc if t.lemma_.lower() in WORDS]
        assert arrays.lemma_indices(doc, WORDS, ("VERB", "AUX")) == [
            t.i for t in doc if t.lemma_.lower() in WORDS and t.pos_ in {"VERB", "AUX"}]


def test_lemma_indices_find_something_in_the_made_up_sentences(docs: list[Doc]) -> None:
    found = [arrays.lemma_indices(doc, WORDS, ("VERB", "AUX")) for doc in docs[:len(MADE_UP)]]
    assert sum(bool(f) for f in found) >= 5  # the comparison above is not one of empty lists


def test_long_words_count_alphabetic_words_and_their_capitals(docs: list[Doc]) -> None:
    for doc in docs:
        words = [t for t in doc if t.is_alpha and len(t) > 3]
        assert arrays.long_words(doc, 3) == (len(words), sum(t.text[0].isupper() for t in words))
    assert arrays.long_words(docs[0], 3)[1] >= 6  # a title-case headline


def test_lower_case_texts_are_the_scan(docs: list[Doc]) -> None:
    for doc in docs:
        assert arrays.lower_case_texts(doc) == [t.text for t in doc if t.is_lower]


@pytest.mark.parametrize("texts", [{'"', "\u201c", "\u201d", "\u00ab", "\u00bb"}, {",", ";"},
                                   {"said"}])
def test_text_indices_are_the_scan(docs: list[Doc], texts: set[str]) -> None:
    hits = 0
    for doc in docs:
        expected = [t.i for t in doc if t.text in texts]
        assert arrays.text_indices(doc, texts) == expected
        hits += bool(expected)
    assert hits


@pytest.mark.parametrize("label", ["DATE", "GPE", "PERSON", "LAW"])
def test_has_entity_is_any_entity_of_the_label(docs: list[Doc], label: str) -> None:
    for doc in docs:
        assert arrays.has_entity(doc, label) == any(e.label_ == label for e in doc.ents)


def test_has_entity_tells_dated_sentences_apart(docs: list[Doc]) -> None:
    assert arrays.has_entity(docs[2], "DATE")  # "on 3 May 2019"
    assert not arrays.has_entity(docs[5], "DATE")


@pytest.mark.parametrize("pos,other", [("PROPN", "GPE"), ("PROPN", ""), ("VERB", "DATE"),
                                       ("PROPN", None), ("VERB", None)])
def test_pos_indices_are_the_scan(docs: list[Doc], pos: str, other: str | None) -> None:
    for doc in docs:
        assert arrays.pos_indices(doc, pos, not_entity=other) == [
            t.i for t in doc if t.pos_ == pos and (other is None or t.ent_type_ != other)]


def test_the_lower_case_memo_gives_the_same_after_it_is_emptied(docs: list[Doc]) -> None:
    before = [arrays.lemma_indices(doc, WORDS) for doc in docs[:50]]
    arrays.forget()
    assert [arrays.lemma_indices(doc, WORDS) for doc in docs[:50]] == before


def test_an_empty_doc_has_nothing(pipeline) -> None:
    doc = Doc(pipeline.nlp.vocab, words=[])
    assert arrays.lemma_indices(doc, WORDS, ("VERB",)) == arrays.lemma_indices(doc, WORDS) == []
    assert arrays.long_words(doc, 3) == (0, 0)
    assert arrays.lower_case_texts(doc) == arrays.text_indices(doc, {'"'}) == []
    assert not arrays.has_entity(doc, "DATE")
    assert arrays.pos_indices(doc, "PROPN") == []
