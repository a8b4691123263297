"""A vehicle or a body slamming into something is a crash, no criticism (ACCUSE): "a car
slammed into a tree", "the bus slammed into a wall" (senses/life/services.py, ``motion``);
slamming a decision or a person in words stays ACCUSE. Made-up probes, not taken from any data
set; all 12 crash probes failed before."""

from __future__ import annotations

import pytest

import sitrep

CRASHES = [
    "A drunk driver slammed into a family's minivan on the interstate.",
    "A car slammed into a tree on Route 5.",
    "The SUV slammed into the back of a school bus.",
    "A pickup truck slammed into a utility pole early Sunday.",
    "The driver slammed into a parked car and fled.",
    "The motorcycle slammed into the guardrail.",
    "The bus slammed into a wall after its brakes failed.",
    "A delivery van slammed into the storefront on Main Street.",
    "A tractor-trailer slammed into several cars on the interstate.",
    "The plane slammed into a hillside.",
    "He lost control and slammed into an oncoming car.",
    "The boat slammed into the pier.",
]
KEPT = [
    "The senator slammed the governor's budget.",
    "Critics slammed the decision to close the hospital.",
    "The mayor was slammed by residents over the tax.",
]


def _types(text: str) -> list[str]:
    events = sitrep.process_text(text, published="2021-03-01").events
    return [e.plover_type for e in events if "slammed" in e.trigger.text]


@pytest.mark.parametrize("text", CRASHES, ids=[t[:30] for t in CRASHES])
def test_slamming_into_a_thing_is_no_criticism(pipeline, text: str) -> None:
    assert "ACCUSE" not in _types(text)


@pytest.mark.parametrize("text", KEPT, ids=[t[:30] for t in KEPT])
def test_slamming_in_words_stays_accuse(pipeline, text: str) -> None:
    assert "ACCUSE" in _types(text)
