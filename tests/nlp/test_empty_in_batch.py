"""An empty text among others in one ``nlp.pipe`` batch parses (to an empty doc) and leaves the
others as they are alone: the deduplicated embedding read no rows from an empty doc (numpy
cannot infer a row width from zero values) and the whole batch failed."""

from __future__ import annotations

from sitrep.nlp.model import get_nlp


def _rows(doc):
    return [(t.text, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_) for t in doc]


def test_an_empty_text_in_a_batch_parses_and_changes_no_other_doc():
    nlp = get_nlp()
    texts = ["Two men were arrested in Kano on Monday.", "",
             "Troops killed five rebels near Goma, the army said.", ""]
    docs = list(nlp.pipe(texts))
    assert [len(d) for d in docs][1::2] == [0, 0]
    for doc, text in zip(docs, texts, strict=True):
        assert _rows(doc) == _rows(nlp(text))
    assert {e.text for e in docs[2].ents} >= {"Goma"}
