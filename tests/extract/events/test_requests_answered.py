"""A request named as what is turned down is the earlier request referred to: no REQUEST of its
own, and no act of what it asked ("rejected calls for his resignation": the rejection is the
event; senses/public/disputes.py, ``request_answered``). Requests voiced or renewed stay.
Session 43, issue 15 (event precision). Sentences made up for these tests."""

from __future__ import annotations

import pytest

ANSWERED = [
    "The president has rejected calls for reforms before the vote.",
    "The prime minister rejected calls for his resignation on Tuesday.",
    "The junta dismissed demands for the release of the detained ministers.",
    "The governor rebuffed appeals for a ceasefire in the north.",
]
VOICED = [
    ("The opposition renewed calls for his resignation on Monday.", {"REQUEST", "RETREAT"}),
    ("The UN called for his release.", {"REQUEST", "RETREAT"}),
    ("Protesters issued a demand for the minister's resignation.", {"REQUEST"}),
]


@pytest.mark.parametrize("text", ANSWERED)
def test_a_request_turned_down_is_no_request_or_act(events_of, text: str) -> None:
    types = {e.plover_type for e in events_of(text)}
    assert "REJECT" in types
    assert not types & {"REQUEST", "RETREAT"}


@pytest.mark.parametrize(("text", "kept"), VOICED)
def test_a_request_voiced_stays(events_of, text: str, kept: set[str]) -> None:
    assert kept <= {e.plover_type for e in events_of(text)}
