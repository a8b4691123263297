"""sitrep's copy of the model (faster rule components, numpy's BLAS) gives exactly what the
installed model gives: the same tags, POS, morphology, lemmas, trees and entities. Its vectors
are compared within float32 rounding: how a BLAS sums depends on the processor's kernel
(``tests/nlp/test_portability.py`` runs this file under another OpenBLAS kernel)."""

from __future__ import annotations

import pytest
import spacy

from conftest import news_texts
from sitrep.nlp.model import blas_backend, get_nlp, load_model, one_blas_thread
from sitrep.nlp.rules import use_indexed_ruler
from sitrep.nlp.segment import split_sentences
from sitrep.pipeline import PARSE_BATCH

pytestmark = pytest.mark.slow  # loads the model, runs ingests or starts Dask

TEXT = (
    "Police said on Tuesday that gunmen had killed at least 12 villagers in Zamfara state. "
    "\"We ain't gonna leave,\" one resident told reporters, adding that it's not safe. "
    "The ministry didn't confirm the toll; officials say they're still counting. "
    "Protesters, who'd gathered since Monday, were dispersed with tear gas.   It was the "
    "third such attack this month, and y'all know nothin' has changed, whether or not they'll "
    "admit it. Let's see what happens next."
)



def _sentences(step: int) -> list[str]:
    """Sentences of every ``step``-th news-mix article (the vector tests need the variety of
    real news: batches too large for the memo, new words in every batch); skipped with a
    message where ../shared/data is absent."""
    texts = [s.text for article in news_texts(step) for s in split_sentences(article)]
    if not texts:
        pytest.skip("needs the news texts of ../shared/data/bench/news-mix.jsonl (absent)")
    return texts

def _attrs(doc: spacy.tokens.Doc) -> list[tuple[str, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_,
             t.ent_type_) for t in doc]


def test_sitrep_model_multiplies_with_numpys_blas_on_one_thread_or_blis_if_asked() -> None:
    from threadpoolctl import threadpool_info

    maxouts = [node for _, pipe in get_nlp().pipeline
               if hasattr(getattr(pipe, "model", None), "walk")
               for node in pipe.model.walk() if node.name == "maxout"]
    blis = blas_backend() == "blis"  # SITREP_BLAS=blis keeps thinc's default
    assert maxouts and all(getattr(n.ops, "use_blis", None) is blis for n in maxouts)
    with one_blas_thread():
        assert all(pool["num_threads"] == 1 for pool in threadpool_info()
                   if pool["user_api"] == "blas")


def test_sitrep_model_uses_the_faster_rule_components() -> None:
    names = set(get_nlp().pipe_names)
    assert {"sitrep_attribute_ruler", "sitrep_lemmatizer", "sitrep_ner", "sitrep_parser"} <= names
    assert not {"attribute_ruler", "lemmatizer", "ner", "parser"} & names
    assert {"attribute_ruler", "lemmatizer", "ner", "parser"} <= set(load_model().pipe_names)


def test_faster_components_give_the_same_tokens_as_spacys() -> None:
    texts = [s.text for s in split_sentences(TEXT)]
    texts += [s.text for article in news_texts(80) for s in split_sentences(article)]
    stock, ours = load_model(), get_nlp()
    # spaCy parses in batches of 1,000 sentences, the pipeline in smaller ones
    ours_batched = ours.pipe(texts, batch_size=PARSE_BATCH)
    for a, b in zip(stock.pipe(texts), ours_batched, strict=True):
        assert _attrs(a) == _attrs(b)


def test_a_ruler_with_unsupported_patterns_is_left_alone() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}, {"LOWER": "good"}]], {"LEMMA": "fine"}, index=-1)
    assert use_indexed_ruler(nlp) is False
    assert nlp.pipe_names == ["attribute_ruler"]
    assert [t.lemma_ for t in nlp("very very good")][-1] == "fine"


def test_rule_caches_stay_bounded_and_give_the_same_tokens_when_refilled() -> None:
    from sitrep.nlp.rules import use_array_lemmatizer

    texts = [s.text for s in split_sentences(TEXT)] * 2
    ours = load_model(blas="numpy")
    assert use_indexed_ruler(ours) and use_array_lemmatizer(ours)
    ruler, lemmatizer = ours.get_pipe("sitrep_attribute_ruler"), ours.get_pipe("sitrep_lemmatizer")
    ruler.max_rows, lemmatizer.max_lemmas = 12, 8
    stock = load_model()
    with one_blas_thread():
        for a, b in zip(stock.pipe(texts), ours.pipe(texts), strict=True):
            assert _attrs(a) == _attrs(b)
            assert len(ruler.rows) <= 12 and len(lemmatizer.memo) <= 8
    assert ruler.rows and lemmatizer.memo


def test_entities_set_before_the_recogniser_are_honoured_as_spacy_does() -> None:
    from spacy.tokens import Span

    text = "Officials in Kherson said Russian forces shelled the Antonivsky Bridge on Monday."
    docs = []
    for nlp in (load_model(), get_nlp()):
        doc = nlp.make_doc(text)
        doc.set_ents([Span(doc, 2, 3, label="ORG")], default="unmodified")
        for _name, pipe in nlp.pipeline:
            doc = pipe(doc)
        docs.append(doc)
    assert _attrs(docs[0]) == _attrs(docs[1])
    assert (docs[1][2].ent_type_, docs[1][2].ent_iob_) == ("ORG", "B")


@pytest.mark.parametrize(("pipe", "label", "replace"), [
    ("ner", "GPE", "sitrep.nlp.ner:use_fast_entity_recognizer"),
    ("parser", "nsubj", "sitrep.nlp.parser:use_fast_parser"),
])
def test_a_model_component_of_another_architecture_is_left_alone(pipe: str, label: str,
                                                                 replace: str) -> None:
    import importlib

    module, name = replace.split(":")
    use_fast = getattr(importlib.import_module(module), name)
    nlp = spacy.blank("en")
    nlp.add_pipe(pipe, config={"model": {"maxout_pieces": 1}}).add_label(label)
    nlp.initialize()
    assert use_fast(nlp) is False
    assert nlp.pipe_names == [pipe]
    assert use_fast(spacy.blank("en")) is False


# How far two float32 computations of the same vectors may drift apart. Ours multiply other
# matrix shapes than spaCy's (one row per distinct token, fused convolution windows), and
# OpenBLAS picks its kernel and summation order by processor and shape: the same sums in
# another order differ in the last bits. Each value is a sum of a few hundred float32 products
# (maxout over 3 x 96 inputs, four residual layers with layer norm) of magnitude up to about 10;
# measured under the SkylakeX, Haswell, Sandybridge and Prescott kernels, ours and spaCy's
# differ by at most 4e-6 (BLIS against OpenBLAS: 3e-6). ATOL allows 25 times that, still 1e-5
# of the vectors' range and far below what a wrong row, window or weight gives (0.01 and up);
# relative differences of values near zero are meaningless after cancellation, hence the
# absolute bound with a small RTOL for the largest values.
VECTOR_ATOL, VECTOR_RTOL = 1e-4, 1e-5


def _assert_same_decisions_and_close_vectors(plain: spacy.Language, ours: spacy.Language,
                                             batches: tuple[list[str], ...]) -> None:
    """Batch by batch, the tokens of ``ours`` (tags, morphology, lemmas, heads, labels,
    entities) are exactly those of ``plain``, and its shared tok2vec's vectors (doc.tensor) and
    the recogniser's own vectors are those of ``plain`` within float32 rounding."""
    import numpy
    from numpy.testing import assert_allclose

    ner_vectors = [nlp.get_pipe("ner").model.get_ref("tok2vec") for nlp in (plain, ours)]
    with one_blas_thread():
        for batch in batches:
            for a, b in zip(plain.pipe(batch), ours.pipe(batch), strict=True):
                assert _attrs(a) == _attrs(b)
                assert a.tensor.shape == b.tensor.shape and b.tensor.dtype == numpy.float32
                assert_allclose(b.tensor, a.tensor, rtol=VECTOR_RTOL, atol=VECTOR_ATOL)
            docs = [plain.make_doc(t) for t in batch]
            for x, y in zip(*(model.predict(docs) for model in ner_vectors), strict=True):
                assert x.shape == y.shape
                assert_allclose(y, x, rtol=VECTOR_RTOL, atol=VECTOR_ATOL)


def test_deduplicated_embeddings_give_the_same_tokens_and_vectors_within_rounding() -> None:
    from sitrep.nlp.embed import use_deduplicated_embeddings

    texts = _sentences(40)
    plain, ours = load_model(blas="numpy"), load_model(blas="numpy")
    assert use_deduplicated_embeddings(ours) == 2  # the shared tok2vec and the recogniser's
    assert use_deduplicated_embeddings(ours) == 0
    memos = [node.attrs["memo"] for name in ("tok2vec", "ner")
             for node in ours.get_pipe(name).model.walk() if node.name == "sitrep_dedup_embed"]
    assert len(memos) == 2
    memos[0].max_rows = 3000  # starts anew during the test
    memos[1].max_rows = 1000  # every batch too large to remember
    _assert_same_decisions_and_close_vectors(plain, ours,
                                             (texts[:250], texts[250:500], texts[:250]))
    assert 0 < len(memos[0].index) <= 3000 and not memos[1].index
    assert use_deduplicated_embeddings(spacy.blank("en")) == 0


def test_sentence_starts_set_before_the_parser_are_honoured_as_spacy_does() -> None:
    text = "Gunmen attacked a convoy near Gao on Monday and three soldiers died in the fighting."
    docs = []
    for nlp in (load_model(), get_nlp()):
        doc = nlp.make_doc(text)
        doc[8].is_sent_start = True  # "three": a boundary the parser would not choose
        for _name, pipe in nlp.pipeline:
            doc = pipe(doc)
        docs.append(doc)
    assert _attrs(docs[0]) == _attrs(docs[1])
    assert [s.text for s in docs[1].sents] == [s.text for s in docs[0].sents]
    assert len(list(docs[1].sents)) == 2


def test_distinct_rows_are_numpys_unique_rows() -> None:
    import numpy

    from sitrep.nlp.embed import distinct_rows

    rng = numpy.random.default_rng(7)
    for n, width in ((1, 4), (50, 1), (3000, 6)):
        rows = rng.integers(0, 40, size=(n, width)).astype("uint64") * numpy.uint64(2**58)
        expected, inverse = numpy.unique(rows, axis=0, return_inverse=True)
        found, found_inverse = distinct_rows(rows)
        assert numpy.array_equal(found, expected)
        assert numpy.array_equal(found_inverse, inverse.reshape(-1))
        assert numpy.array_equal(found[found_inverse], rows)


def test_fast_encoders_give_the_same_tokens_and_vectors_within_float32_rounding() -> None:
    from sitrep.nlp.encoder import use_fast_encoders

    texts = _sentences(30)
    texts += ["", "Kyiv.", "  "]  # an empty doc, a one-token doc, a space-only doc
    plain, ours = load_model(blas="numpy"), load_model(blas="numpy")
    assert use_fast_encoders(ours) == 2  # the shared tok2vec's and the recogniser's
    assert use_fast_encoders(ours) == 0
    _assert_same_decisions_and_close_vectors(plain, ours,
                                             (texts[:300], texts[300:], texts[-4:-1]))
    assert use_fast_encoders(spacy.blank("en")) == 0
