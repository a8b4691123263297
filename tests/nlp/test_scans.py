"""The scans of ``sitrep.nlp.scans`` give what the plain string scans give, on real parses:
made-up sentences with the cases each scan must tell apart (lemmas in upper case, quotation
marks of several kinds, names that are places or not, verbs and nouns of the same lemma), and the
sentences of news-mix articles where ../shared/data has them."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from conftest import news_texts
from sitrep.nlp import scans
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
    "The claim was false, the Claims Office said in a statement.",
]
WORDS = frozenset({"say", "tell", "claim", "kill", "murder", "die", "dead", "body", "steal"})
VERBS = frozenset({"VERB", "AUX"})
QUOTES = frozenset({'"', "\u201c", "\u201d", "\u00ab", "\u00bb"})


@pytest.fixture(scope="module")
def docs(pipeline) -> list[Doc]:
    texts = list(MADE_UP)
    for article in news_texts(40, stop=2000, required=False):
        texts.extend(s.text for s in split_sentences(article))
    return list(pipeline.nlp.pipe(texts))


def test_lemma_indices_are_the_scan_of_lower_case_lemmas(docs: list[Doc]) -> None:
    for doc in docs:
        assert scans.lemma_indices(doc, WORDS) == [
            t.i for t in doc if t.lemma_.lower() in WORDS]
        assert scans.lemma_indices(doc, WORDS, VERBS) == [
            t.i for t in doc if t.lemma_.lower() in WORDS and t.pos_ in VERBS]


def test_lemma_indices_find_the_made_up_verbs(docs: list[Doc]) -> None:
    made_up = docs[:len(MADE_UP)]
    verbs = [scans.lemma_indices(doc, WORDS, VERBS) for doc in made_up]
    assert sum(bool(v) for v in verbs) >= 5  # the comparison above is not one of empty lists
    said = made_up[11]  # "The claim was false, the Claims Office said": the verb, no noun
    assert [said[i].text for i in scans.lemma_indices(said, WORDS, VERBS)] == ["said"]
    assert [said[i].text for i in scans.lemma_indices(said, WORDS)][-1] == "said"


@pytest.mark.parametrize("texts", [QUOTES, frozenset({",", ";"}), frozenset({"said"})])
def test_text_indices_are_the_scan(docs: list[Doc], texts: frozenset[str]) -> None:
    hits = 0
    for doc in docs:
        expected = [t.i for t in doc if t.text in texts]
        assert scans.text_indices(doc, texts) == expected
        hits += bool(expected)
    assert hits


def test_the_lower_case_memo_gives_the_same_after_it_is_emptied(docs: list[Doc]) -> None:
    before = [scans.lemma_indices(doc, WORDS) for doc in docs[:50]]
    scans.forget()
    assert [scans.lemma_indices(doc, WORDS) for doc in docs[:50]] == before


def test_an_empty_doc_has_nothing(pipeline) -> None:
    doc = Doc(pipeline.nlp.vocab, words=[])
    assert scans.lemma_indices(doc, WORDS, VERBS) == scans.lemma_indices(doc, WORDS) == []
    assert scans.text_indices(doc, QUOTES) == []


def test_capitalised_words_are_the_count_of_long_words_and_their_capitals(
        docs: list[Doc]) -> None:
    titled = 0
    for doc in docs:
        words = [t for t in doc if t.is_alpha and len(t) > 3]
        expected = (len(words), sum(t.text[0].isupper() for t in words))
        assert scans.capitalised_words(doc) == expected, doc.text
        titled += expected[0] >= 3 and expected[1] == expected[0]
    assert titled  # "Rebels Shelled The Northern Town Of Varnek On Tuesday"
    # "Rebels Shelled The Northern Town Of Varnek On Tuesday": "The", "Of", "On" are too short
    assert scans.capitalised_words(docs[0]) == (6, 6)
    # "They burned our houses," the woman told police in Ostrava ...": "They" and "Ostrava"
    assert scans.capitalised_words(docs[2]) == (7, 2)


def test_doc_text_is_the_text_of_each_doc_asked_about(docs: list[Doc]) -> None:
    for doc in docs[:60]:
        assert scans.doc_text(doc) == doc.text
        assert scans.doc_text(docs[0]) == docs[0].text  # another doc in between
        assert scans.doc_text(doc) == doc.text


def test_an_empty_doc_has_no_words(pipeline) -> None:
    doc = Doc(pipeline.nlp.vocab, words=[])
    assert scans.capitalised_words(doc) == (0, 0)
    assert scans.doc_text(doc) == ""


# odd spacing and characters the tokenizer must keep for the kept text to be ``doc.text``
SPACED = [
    "Police  arrested two men   on Monday .",
    " Rebels shelled Varnek\u00a0on Tuesday, officials said. ",
    "\u201cWe will return,\u201d he said\t(AP) -- the army withdrew.",
    "The U.S.-led coalition struck 3,000 targets in 2019 - officials",
    "Fighting\u2014fierce and long\u2014continued ... near Lyon!!",
]


def test_the_pipeline_keeps_the_text_each_doc_was_parsed_from(pipeline) -> None:
    from sitrep.records import Article

    article = Article(text="\n\n".join([*SPACED, *MADE_UP[:6]]))
    sentences, keep = pipeline._prepare(article)
    parsed = [s for s, k in zip(sentences, keep, strict=True) if k]
    list(pipeline._flush([(article, sentences, parsed)]))
    assert len(parsed) >= 5
    for sentence in parsed:
        assert sentence.doc.user_data[scans.TEXT_KEY] == sentence.doc.text
        assert scans.doc_text(sentence.doc) == sentence.doc.text


def test_the_token_rows_are_read_once_per_doc_and_match_the_tokens(docs: list[Doc]) -> None:
    for doc in docs[:80]:
        orths, tags, lemmas = scans.token_rows(doc)
        assert scans.token_rows(doc) is scans.token_rows(doc)  # kept with the doc
        assert orths == [t.orth for t in doc]
        assert tags == [t.pos for t in doc]
        assert lemmas == [t.lemma_.lower() for t in doc]


NON_PROJECTIVE = [  # made-up sentences whose parse may cross arcs (a clause split by a phrase)
    "A hearing is scheduled today on the charges that the mayor stole the funds.",
    "Which town did the army say the rebels shelled on Tuesday?",
    "Police found the car yesterday that the gunmen had used in the attack.",
]


def test_subtree_indices_are_the_tokens_of_the_subtree(docs: list[Doc], pipeline) -> None:
    made_up = list(pipeline.nlp.pipe(NON_PROJECTIVE))
    for doc in [*docs, *made_up]:
        for token in doc:
            assert scans.subtree_indices(token) == {t.i for t in token.subtree}
    sentence = made_up[0]  # "the charges that the mayor stole the funds": the clause is the
    charges = next(t for t in sentence if t.text == "charges")  # noun's, "scheduled" is not
    inside = scans.subtree_indices(charges)
    assert {sentence[i].text for i in inside} >= {"the", "charges", "mayor", "stole", "funds"}
    assert not any(sentence[i].text in ("scheduled", "hearing") for i in inside)


def test_the_doc_array_columns_are_each_attribute_read_alone(docs: list[Doc], pipeline) -> None:
    """``column`` and ``array_column`` give ``doc.to_array(attr)`` for every attribute of the
    shared array (HEAD as a signed offset), also for an empty doc; they are read once per doc."""
    from spacy.attrs import HEAD

    empty = pipeline.nlp("")
    for doc in [*docs, empty]:
        for attr in scans.ARRAY_ATTRS:
            alone = doc.to_array(attr)
            if attr == HEAD:
                alone = alone.astype("int64")
            assert scans.array_column(doc, attr).tolist() == alone.tolist()
            assert scans.column(doc, attr) == alone.tolist()
            assert scans.column(doc, attr) is scans.column(doc, attr)
    heads = [scans.column(doc, HEAD) for doc in docs]
    assert any(h < 0 for row in heads for h in row)  # left heads read as negative offsets
    assert all(i + h == t.head.i for doc, row in zip(docs, heads, strict=True)
               for i, (h, t) in enumerate(zip(row, doc, strict=True)))
