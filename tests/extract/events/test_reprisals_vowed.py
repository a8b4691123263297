"""A reprisal told as one to come is a threat made now (THREATEN, with no future flag: the
threat is made, the reprisal is what is to come), as the held-out articles code it (issue 15's
recall: "Tbilisi would respond 'in a mirror manner'", "Russia would give a 'painful'
response", "any attempt to resolve the conflict by force will meet a firm response", "vowed to
answer with 'resolute countermeasures'" were missed): a verb of hitting back (retaliate,
respond, answer, reciprocate, avenge) with "will/would" or vowed, promised or warned of, or a
noun of it (retaliation, reprisal, countermeasure, response, riposte, retribution) as what is
vowed, given or met; "respond", "answer" and "response" need a word of force (in kind, in a
mirror manner, firmly, a painful response). A past reply, a reply to a letter or a question
and a response to a disaster stay no THREATEN.

Sentences made up for these tests."""

from __future__ import annotations

import pytest

import sitrep
from samples import plover_types

VOWED = [
    "The foreign ministry said Moscow would respond in a mirror manner.",
    "Beijing said it would respond firmly to any provocation.",
    "The defence minister vowed to retaliate against the militants.",
    "The ministry said any attempt to seize the islands would meet a firm response.",
    "The spokeswoman said Russia would give a painful response.",
    "Tehran vowed to answer the sanctions with resolute countermeasures.",
    "The government said it would retaliate if the tariffs took effect.",
    "The group promised a crushing response to the raid.",
    "The junta said it would respond in kind to any incursion.",
    "The militia vowed swift retribution against the informers.",
    "The president said the country would respond militarily to any incursion.",
    "Seoul warned of strong countermeasures against the launches.",
]
NOT_VOWED = [
    "The ministry said it would respond to the letter next week.",
    "The mayor said she would respond to the questions in writing.",
    "The army retaliated with shelling on Tuesday.",
    "The council gave a detailed response to the complaint.",
    "Police said they responded to a call about a fight.",
    "The firm would not respond to requests for comment.",
    "Officials said the response to the floods had been slow.",
    "Emergency crews responded quickly to the fire.",
    "He said he would answer all questions at the hearing.",
    "The ministry said it would respond appropriately to the report.",
    "Fans vowed revenge in the return match next season.",
    "Patients responded well to the new treatment.",
]


@pytest.mark.parametrize("text", VOWED)
def test_a_reprisal_vowed_is_a_threat(pipeline, text: str) -> None:
    assert "THREATEN" in plover_types(text)


@pytest.mark.parametrize("text", NOT_VOWED)
def test_replies_and_past_reprisals_are_no_threat(pipeline, text: str) -> None:
    assert "THREATEN" not in plover_types(text)


@pytest.mark.parametrize("text", VOWED[:6])
def test_the_threat_is_made_now(pipeline, text: str) -> None:
    events = [e for e in sitrep.process_text(text, published="2021-03-01").events
              if e.plover_type == "THREATEN"]
    assert events and not {"future", "hypothetical"} & set(events[0].modes), [
        e.modes for e in events]
