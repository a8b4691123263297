"""Meeting someone online, on an app, by chance or through friends makes an acquaintance; it is
no meeting between parties (CONSULT): "the two met on a dating app", "met her attacker on
Facebook", "met by chance", "met in an online chat room" (senses/life/personal.py,
``chance_or_online``). Officials meeting stay CONSULT. Made-up probes, not taken from any data
set; 10 of the 14 probes failed before."""

from __future__ import annotations

import pytest

import sitrep

ACQUAINTED = [
    "The couple met online in 2019.",
    "The two met on a dating app last year.",
    "She met the man online before agreeing to see him.",
    "He met his wife through a dating website.",
    "They met by chance at a coffee shop.",
    "The suspect met the girl on social media.",
    "The woman met her attacker on Facebook.",
    "The boy met the predator in an online chat room.",
    "They met through mutual friends at a party.",
    "Both men met on a dating website in 2018.",
    "The victim met the suspect on Instagram.",
    "She met the defendant online last year.",
    "They met on Snapchat.",
    "The two women met through a friend.",
]
KEPT = [
    "The foreign ministers met in Geneva on Monday.",
    "The president met the prime minister to discuss the ceasefire.",
    "Obama met Putin at the summit.",
]


def _types(text: str) -> list[str]:
    events = sitrep.process_text(text, published="2021-03-01").events
    return [e.plover_type for e in events if "met" in e.trigger.text]


@pytest.mark.parametrize("text", ACQUAINTED, ids=[t[:30] for t in ACQUAINTED])
def test_meeting_online_or_by_chance_is_no_consultation(pipeline, text: str) -> None:
    assert "CONSULT" not in _types(text)


@pytest.mark.parametrize("text", KEPT, ids=[t[:30] for t in KEPT])
def test_officials_meeting_stay_consult(pipeline, text: str) -> None:
    assert "CONSULT" in _types(text)
