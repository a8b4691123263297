"""``regex_gate.required(pattern, join=True)``: literals joined across the groups and alternations
the parser makes of a word list; every match still contains one of the strings."""

from __future__ import annotations

import re

import pytest

from sitrep.nlp.regex_gate import may_match, required

JOINED = [
    (r"\b(?:fall|falls|fell|fallen) (?:to|into)\b",
     ("fall into", "fall to", "fallen into", "fallen to", "falls into", "falls to", "fell into",
      "fell to")),
    (r"\b(?:took|taken|take) over\b", ("take over", "taken over", "took over")),
    (r"\bsuicide (?:bomb|attack)s?\b", ("suicide attack", "suicide bomb")),
    (r"(?<!\bto )\b(?:seized|seizing)\b", ("seized", "seizing")),
    (r"\b(?:cocaine|heroin)\b", ("cocaine", "heroin")),
    (r"\b(?:blew|blow) (?:him|her)self up\b",
     ("blew herself up", "blew himself up", "blow herself up", "blow himself up")),
]
UNCHANGED = [  # nothing to join: the same strings as without join
    (r"\bM\d\ds?\b", None),
    (r"\bkill\w*\b.{0,40}\bcivilians?\b", ("civilian",)),
]


@pytest.mark.parametrize("pattern,strings", JOINED)
def test_literals_are_joined_across_groups_and_alternations(pattern: str, strings: tuple) -> None:
    assert required(re.compile(pattern, re.I), join=True) == strings


@pytest.mark.parametrize("pattern,strings", UNCHANGED)
def test_patterns_without_anything_to_join_keep_their_strings(pattern: str, strings) -> None:
    compiled = re.compile(pattern, re.I)
    assert required(compiled, join=True) == required(compiled) == strings


MATCHING = ["Rebels TOOK OVER the base.", "The town fell to the militants.",
            "A Suicide Attack killed 3.", "Police seized heroin.", "Soldiers blew himself up",
            "Gunmen killed five civilians."]
MISSING = ["Rebels took the base over.", "The town fell and burned.", "A suicide note.",
           "Police seize nothing.", "They killed time with civil servants."]


@pytest.mark.parametrize("text", MATCHING + MISSING)
def test_a_text_the_joined_gate_rejects_cannot_match(text: str) -> None:
    for pattern, _strings in JOINED + UNCHANGED:
        compiled = re.compile(pattern, re.I)
        gate = required(compiled, join=True)
        if not may_match(gate, text.lower()):
            assert compiled.search(text) is None
    hits = sum(bool(re.compile(p, re.I).search(text)) for p, _s in JOINED + UNCHANGED)
    assert (hits > 0) == (text in MATCHING)
