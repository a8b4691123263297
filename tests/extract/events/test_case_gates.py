"""The CASE cue prefilters (``case_types._gated`` and the gates of the rule regexes) let through
exactly the cues that the plain test (``regex_gate.may_match`` on every cue) lets through, and
``classify_rules`` gives the labels the full scan gives, on made-up snippets and real news."""

from __future__ import annotations

import pytest

from conftest import news_texts
from sitrep.extract.events.case import rules as case_types
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


RULE_SNIPPETS = [
    ("Troops recaptured the village from the rebels on Sunday.", True),
    ("The ministry condemned the attack on the convoy.", True),
    ("Police seized a cache of rifles in the raid.", True),
    ("Rioters torched cars as the crowd grew.", True),
    ("Amid the clashes, protesters marched to the square.", True),
    ("The government summoned the ambassador and imposed sanctions.", True),
    ("TROOPS RECAPTURED THE VILLAGE", True),
    ("Troops recaptured the vıllage; the KİLLED were buried.", True),  # odd case forms
    ("The weather was mild and the market was busy.", False),
    ("Officials met in the capital on Tuesday.", False),
]


def test_odd_chars_are_all_the_non_ascii_forms_of_ascii_letters() -> None:
    import re

    letters = re.compile("[a-z]", re.IGNORECASE)
    others = tuple(chr(c) for c in range(128, 0x110000) if letters.fullmatch(chr(c)))
    assert others == case_types.GATE_ODD_CHARS


@pytest.mark.parametrize("text,some_rule_may_match", RULE_SNIPPETS)
def test_rule_gates_skip_only_searches_that_cannot_match_in_a_snippet(
        text: str, some_rule_may_match: bool) -> None:
    allowed = [case_types.may_search(p, text) for p in case_types.GATED_RULES]
    for pattern, may in zip(case_types.GATED_RULES, allowed, strict=True):
        assert may or pattern.search(text) is None
    assert any(allowed[1:]) == some_rule_may_match  # BACKGROUND's ' after' aside


def test_rule_gates_skip_only_searches_that_cannot_match_in_news() -> None:
    skipped = 0
    for text in texts():
        for part in (text, text[: len(text) // 2]):
            for pattern in case_types.GATED_RULES:
                if not case_types.may_search(pattern, part):
                    assert pattern.search(part) is None, (pattern.pattern[:40], part)
                    skipped += 1
    assert skipped > len(texts())  # the gates do skip searches
