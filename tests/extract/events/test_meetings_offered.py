"""Talks or a meeting that a party offers to host are no CONSULT of their own
(eventhood/meetings.py, ``meeting_offered``): "Saudi Arabia offered to host talks" is the offer
(AGREE). Talks held, announced, asked for (a hypothetical beside the REQUEST,
test_asked_content.py), a party ready to meet another and an invitation stay. Session 42, issue
15 (acts inside an offer or a request kept as events): the annotators of the look sets code the
offer alone (6 of 7 "offered to host talks"; requested meetings they code both ways, so those
are left as they were). Sentences made up for these tests."""

from __future__ import annotations

import pytest


def _types(events_of, text: str) -> set[str]:
    return {e.plover_type for e in events_of(text)}


OFFERED = [
    ("Saudi Arabia offered to host talks.", "AGREE"),
    ("Malaysia offered to host talks between the two defence ministers in Kuala Lumpur.",
     "AGREE"),
    ("Ghana offered to host a meeting of the two presidents.", "AGREE"),
    ("Switzerland has offered to host a summit on the crisis in Geneva.", "AGREE"),
    ("Norway offered on Monday to hold negotiations between the parties in Oslo.", "AGREE"),
    ("Turkey offered to host direct talks between the two foreign ministers.", "AGREE"),
    ("The Vatican offered to organise a meeting of the warring leaders.", "AGREE"),
]
HELD = [
    "The two ministers held talks in Kuala Lumpur on Monday.",
    "The government was ready to meet union leaders on Thursday.",
    "The envoys will hold talks in Geneva next week.",
    "Qatar hosted talks between the two sides on Sunday.",
    "The ministry invited union leaders to talks on Friday.",
    "Leaders of the bloc held a summit in Nairobi on Saturday.",
    "The president met the opposition leader on Tuesday.",
    "The Security Council held an emergency meeting on Sunday.",
    "The envoy urged the rival factions to hold talks in Geneva.",
]


@pytest.mark.parametrize(("text", "offer"), OFFERED)
def test_a_meeting_offered_is_the_offer(events_of, text: str, offer: str) -> None:
    types = _types(events_of, text)
    assert "CONSULT" not in types and offer in types, types


@pytest.mark.parametrize("text", HELD)
def test_meetings_held_or_announced_stay(events_of, text: str) -> None:
    assert "CONSULT" in _types(events_of, text)
