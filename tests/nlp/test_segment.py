"""Segmentation is linear in the text and never yields an unbounded sentence."""

from __future__ import annotations

from sitrep.nlp.segment import MAX_SENTENCE_CHARS, split_sentences


def _assert_offsets(text: str) -> list:
    segments = split_sentences(text)
    for seg in segments:
        assert text[seg.start:seg.end] == seg.text
        assert len(seg.text) <= MAX_SENTENCE_CHARS
    return segments


def test_text_without_sentence_boundaries_is_cut_at_whitespace_below_the_limit() -> None:
    words = " ".join(f"word{i}" for i in range(3000))
    segments = _assert_offsets(words)
    assert len(segments) > 1
    # every cut is at a space: the pieces are whole words and together they are the text
    assert " ".join(s.text for s in segments) == words


def test_one_very_long_token_is_cut_at_the_limit() -> None:
    token = "x" * (5 * MAX_SENTENCE_CHARS + 7)
    segments = _assert_offsets(token)
    assert [len(s.text) for s in segments] == [MAX_SENTENCE_CHARS] * 5 + [7]


def test_ordinary_sentences_are_not_cut() -> None:
    text = "Rebels attacked a post. " + "The army said " + "very " * 300 + "much. Then it ended."
    assert [s.text[:12] for s in _assert_offsets(text)] == [
        "Rebels attac", "The army sai", "Then it ende"]


def test_runs_of_marks_and_abbreviations_segment_like_sentences() -> None:
    # a run of 200,000 full stops and 20,000 "Mr." took minutes (quadratic); now linear
    _assert_offsets("." * 200_000 + " The end.")
    segments = _assert_offsets("Mr. Smith " * 20_000)
    assert sum(len(s.text) for s in segments) > 190_000


def test_abbreviation_before_a_newline_does_not_end_the_sentence() -> None:
    text = "He met Gen.\nSmith in Baku. Then he left."
    assert [s.text for s in split_sentences(text)][-1] == "Then he left."
