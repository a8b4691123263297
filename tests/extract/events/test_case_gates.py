"""The CASE cue prefilters (``case_types._gated`` and the gates of the rule regexes) let through
exactly the cues that the plain test (``regex_gate.may_match`` on every cue) lets through, and
``classify_rules`` gives the labels the full scan gives, on made-up snippets and real news."""

from __future__ import annotations

import pytest

from conftest import news_texts
from sitrep.extract.events import case_types
from sitrep.nlp.regex_gate import may_match

SNIPPETS = [
    "Gunmen hurled a grenade at a police post, wounding two officers.",
    "Rebels took over the town after troops withdrew without resistance.",
    "Protesters were dispersed with tear gas; police arrested 40 demonstrators.",
    "The arrested men were detained overnight and later granted bail.",  # prefixes of one another
    "A suicide bomber blew himself up at a checkpoint; the army retook the town.",
    "Thousands went on a hunger strike and held a vigil outside parliament.",
    "Smugglers were caught with cocaine and cannabis at the border crossing.",
    "The ministry condemned the air strike and called on both sides to halt the fighting.",
    "Traders in the market said the weather was calm and prices were stable.",
    "ARRESTED, DETAINED, SHELLED: an all-capitals headline about the overrun base.",
    "",
    "a",
]


def plain_gated(lower_text: str) -> set[int]:
    return {k for k, (_label, _weight, _pattern, gate) in enumerate(case_types._cues())
            if may_match(gate, lower_text)}


def texts() -> list[str]:
    out = list(SNIPPETS)
    for article in news_texts(25):
        out += case_types.SENTENCE_END.split(article)
    return out


@pytest.mark.parametrize("text", SNIPPETS)
def test_gated_cues_of_a_snippet_are_those_the_plain_gates_let_through(text: str) -> None:
    for part in (text, text.lower(), text.upper()):
        assert case_types._gated(part.lower()) == plain_gated(part.lower())


def test_gated_cues_of_news_sentences_are_those_the_plain_gates_let_through() -> None:
    sentences = texts()
    assert len(sentences) > 1000
    tried = 0
    for text in sentences:
        gated = case_types._gated(text.lower())
        assert gated == plain_gated(text.lower())
        tried += len(gated)
    ungated = len(case_types._gated(""))
    assert tried > (ungated + 1) * len(sentences)  # the gates let real cues through, not nothing
