"""Captives handed over are no aid (events/transfers.py): captives handed over by those who
held them are a release (RETREAT); units of troops
sent are a deployment (MOBILIZE), not a transfer of goods."""

from __future__ import annotations

import pytest

import sitrep

RELEASES = [
    ("The rebels handed over 12 captured policemen to the Red Cross in Bunia on Monday.",
     "handed"),
    ("The abducted workers were handed over to provincial officials near the border on Friday.",
     "handed"),
    ("The militia handed the kidnapped priest over to church leaders on Sunday.", "handed"),
    ("Tribal elders said the gunmen had handed over two hostages to the army.", "handed"),
]

NOT_AID = [
    "The rebels handed over 12 captured policemen to the Red Cross in Bunia on Monday.",
    "Police handed the detained students over to their parents late on Tuesday.",
]

DEPLOYMENTS = [
    "The army said it would send three more companies to the district next week.",
    "Kenya sent a platoon of marines to the island on Saturday.",
    "The ministry will send two more regiments to the northern border.",
]


@pytest.mark.parametrize("text,trigger", RELEASES)
def test_captives_handed_over_are_a_release(pipeline, text: str, trigger: str) -> None:
    events = sitrep.process_text(text, published="2021-03-01").events
    released = [e for e in events if e.plover_type == "RETREAT"]
    assert [e.trigger.text.split()[0] for e in released] == [trigger], events
    assert released[0].plover_mode == "release"


@pytest.mark.parametrize("text", NOT_AID)
def test_people_handed_over_are_no_aid(pipeline, text: str) -> None:
    events = sitrep.process_text(text, published="2021-03-01").events
    assert not [e for e in events if e.plover_type == "AID"], events


@pytest.mark.parametrize("text", DEPLOYMENTS)
def test_units_of_troops_sent_are_a_deployment(pipeline, text: str) -> None:
    events = sitrep.process_text(text, published="2021-03-01").events
    types = {e.plover_type for e in events}
    assert "MOBILIZE" in types and "AID" not in types, events
