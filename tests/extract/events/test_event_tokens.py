"""The token look-ups of ``event_tokens`` find what a scan over every token finds."""

from __future__ import annotations

from conftest import news_texts
from sitrep.extract.events.tokens import Offsets, subtree_bounds, verb_above


def _scan(doc, char: int, slack: int):
    for t in doc:
        if t.idx <= char < t.idx + len(t) + slack:
            return t.i
    return None


def _docs(pipeline):
    texts = ["Rebels (backed by Iran) shelled the town;troops,police  and\tmilitias fled.",
             "It's 5km north-east of Kyiv, U.S. officials said on Monday.", "Hi"]
    texts += news_texts(60)
    sentences = [s for text in texts for s in text.split(". ")[:12] if s.strip()]
    return list(pipeline.nlp.pipe(sentences))


def test_token_at_an_offset_is_the_first_token_a_scan_finds(pipeline) -> None:
    checked = 0
    for doc in _docs(pipeline):
        offsets = Offsets(doc)
        for char in range(-2, len(doc.text) + 3):
            for slack in (0, 1):
                assert offsets.index_at(char, slack) == _scan(doc, char, slack), (doc, char)
                checked += 1
    assert checked > 10_000


def test_subtree_bounds_are_the_first_and_last_token_of_the_subtree(pipeline) -> None:
    checked = 0
    for doc in _docs(pipeline):
        for token in doc:
            sub = list(token.subtree)
            first, last = subtree_bounds(token)
            assert (first.i, last.i) == (sub[0].i, sub[-1].i)
            checked += len(sub) > 1
    assert checked > 1_000


def test_verb_above_is_the_nearest_verb_ancestor_or_the_root(pipeline) -> None:
    doc = pipeline.nlp("Police said the attack on the market killed four people.")
    words = {t.text: t for t in doc}
    assert verb_above(words["market"]).text == "killed"  # market -> on -> attack -> killed
    assert verb_above(words["killed"]).text == "killed"  # a verb is its own
    assert verb_above(words["Police"]).text == "said"
    headline = pipeline.nlp("Fresh clashes in the capital")
    top = verb_above(headline[-1])
    assert top.head.i == top.i and top.pos_ not in {"VERB", "AUX"}  # no verb: the root
    checked = 0
    for doc in _docs(pipeline):
        for token in doc:
            found = verb_above(token)
            above = [token, *token.ancestors]
            verbs = [t for t in above if t.pos_ in {"VERB", "AUX"}]
            assert found == (verbs[0] if verbs else above[-1])
            checked += 1
    assert checked > 1000
