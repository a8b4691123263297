"""The token look-ups of ``event_tokens`` find what a scan over every token finds."""

from __future__ import annotations

from conftest import news_texts
from sitrep.extract.events.tokens import Offsets, subtree_bounds


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
