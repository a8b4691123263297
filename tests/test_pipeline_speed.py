"""The pipeline's speed-ups change how it computes, never what: sentences parsed shortest first
give the same tokens and the same records as each article parsed on its own."""

from __future__ import annotations

import pytest

from sitrep.extract.context import Sentence
from sitrep.nlp.model import one_blas_thread
from sitrep.pipeline import Pipeline, parse_order
from sitrep.records import Article

pytestmark = pytest.mark.slow  # loads the model

# made-up articles of very different sentence lengths, so that shortest-first reorders them
ARTICLES = [
    "Gunmen killed 14 villagers in Zamfara state on Sunday, police said. Two more died later.",
    "Rebels shelled the town. The army said it repelled the attack after a battle that lasted "
    "most of the night and left at least nine soldiers and an unknown number of fighters dead, "
    "according to a statement read on state television on Monday evening.",
    "Protesters marched. Police fired tear gas.",
    "The foreign minister met his Iranian counterpart in Muscat on Tuesday to discuss a "
    "ceasefire, and both sides agreed to resume talks next month, a spokesman said.",
    "Floods displaced 3,000 people. Aid agencies appealed for help. The governor declared an "
    "emergency in three districts and asked the federal government for funds.",
    "Troops arrested 25 suspected militants in a raid near Mosul.",
    "Hundreds were wounded.",
    "An air strike hit a market in Idlib, killing between 20 and 30 civilians, the monitor said; "
    "the government denied that its aircraft were involved and accused rebels of staging it.",
    "The court sentenced the opposition leader to five years. His party rejected the verdict.",
    "Officials said yesterday that at least 40 migrants were missing after their boat capsized "
    "off the coast of Libya, and that coast guards had rescued twelve others.",
]


def _records(extraction: object) -> list[object]:
    return [repr(r) for kind in ("dates", "places", "actors", "events", "claims")
            for r in getattr(extraction, kind)]


def test_parse_order_is_shortest_first_and_stable() -> None:
    texts = ["a bb", "c", "dd ee ff", "g", "hh ii"]
    sentences = [Sentence(i, 0, len(t), t) for i, t in enumerate(texts)]
    assert parse_order(sentences) == [1, 3, 0, 4, 2]
    assert parse_order([]) == []


def test_articles_parsed_together_give_the_records_of_each_parsed_alone() -> None:
    pipeline = Pipeline(select_sentences=False)
    together = list(pipeline.process_many(
        Article(text=t, published=None, language="en") for t in ARTICLES))
    alone = [pipeline.process(Article(text=t, published=None, language="en")) for t in ARTICLES]
    assert len(together) == len(alone) == len(ARTICLES)
    for a, b in zip(together, alone, strict=True):
        assert _records(a) == _records(b)
    assert sum(len(ex.events) for ex in together) >= 10


def test_sentences_parsed_shortest_first_get_the_tokens_of_document_order() -> None:
    pipeline = Pipeline(select_sentences=False)
    texts = [s for t in ARTICLES for s in t.split(". ")]
    order = parse_order([Sentence(i, 0, len(t), t) for i, t in enumerate(texts)])
    assert order != list(range(len(texts)))
    with one_blas_thread():
        plain = list(pipeline.nlp.pipe(texts))
        shuffled = dict(zip(order, pipeline.nlp.pipe([texts[i] for i in order]), strict=True))
    for i, doc in enumerate(plain):
        other = shuffled[i]
        assert [(t.text, t.tag_, t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_)
                for t in doc] == [(t.text, t.tag_, t.lemma_, t.dep_, t.head.i, t.ent_iob_,
                                   t.ent_type_) for t in other]
