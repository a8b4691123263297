"""Acts named only as a purpose (events/senses/outlook.py, words.py): the bare object of a
stopping verb that is itself a purpose ("aimed at stopping attacks on buses", "measures to curb
kidnappings") and the second of two purposes ("issued to search the homes and to detain other
suspects") are no acts that happened. Near neighbours (attacks stopped or thwarted, acts done to
stop a named happening, purposes carried out by raids or visits) stay. Sentences made up for
these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

PURPOSES = [
    ("Warrants were issued to search the homes and to detain other suspects.",
     "COERCE"),
    ("A court order was granted to seize the assets and to arrest the owner.",
     "COERCE"),
    ("The program is aimed at stopping attacks on buses.",
     "ASSAULT"),
    ("The city adopted measures to curb kidnappings.",
     "ASSAULT"),
    ("The new law is designed to deter attacks on nurses.",
     "ASSAULT"),
    ("The mayor announced efforts to reduce killings in the slums.",
     "ASSAULT"),
    ("Funds were approved to end abductions on the highway.",
     "ASSAULT"),
    ("Lawmakers passed a bill aimed at stopping raids on farms.",
     "ASSAULT"),
    ("A task force was created to halt killings of activists.",
     "ASSAULT"),
    ("Officials are working to reduce abductions of migrants.",
     "ASSAULT"),
]
ACTS = [
    ("Police stopped an attack on the bank on Monday.",
     "ASSAULT"),
    ("Guards helped stop the attack on the prison on Friday.",
     "ASSAULT"),
    ("Troops launched raids to find and to arrest the gang leaders on Monday.",
     "COERCE"),
    ("Police raided the homes and detained other suspects on Monday.",
     "COERCE"),
    ("Gunmen attacked a bus in the capital on Tuesday.",
     "ASSAULT"),
    ("Soldiers thwarted an attack on the base on Sunday, firing on the gunmen.",
     "ASSAULT"),
    ("Police went to the house to arrest the suspect on Monday.",
     "COERCE"),
    ("Rebels killed two activists near the capital on Friday.",
     "ASSAULT"),
    ("The army fired tear gas to disperse the crowd on Monday.",
     "ASSAULT"),
    ("Police arrested three men to stop the riots on Saturday.",
     "COERCE"),
    ("Troops were sent to end the siege of the town on Monday.",
     "COERCE"),
]


@pytest.mark.parametrize(("text", "plover"), PURPOSES)
def test_acts_named_as_a_purpose_are_no_events(pipeline, text: str, plover: str) -> None:
    assert plover not in plover_types(text)


@pytest.mark.parametrize(("text", "plover"), ACTS)
def test_acts_stopped_or_carried_out_stay(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)
