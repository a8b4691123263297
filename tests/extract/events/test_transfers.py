"""Transfers of goods as AID (events/transfers.py): the verbs of giving with goods and a
recipient in the parse; speech, light verbs, envoys and particles are not transfers."""

from __future__ import annotations

import pytest

import sitrep

# (sentence, trigger, a recipient is named as an actor)
AID_SENTENCES = [
    ("The army gave 600 rifles to the marines on Monday.", "gave", True),
    ("Norway gave 40 million kroner to the Red Cross.", "gave", True),
    ("The United States has provided the coast guard with boats and radios.", "provided", True),
    ("The Red Crescent distributed blankets to families in the camp.", "distributed", False),
    ("Japan shipped 200 tonnes of rice to the port city.", "shipped", False),
    ("The ministry handed over ambulances to the Health Ministry of Chad.", "handed", True),
    ("The World Bank disbursed 3 million dollars to the Somali government.", "disbursed", True),
    ("Turkey supplied the rebels with rockets.", "supplied", True),
    ("UNICEF airlifted tents to the flooded district.", "airlifted", False),
    ("Canada lent two aircraft to the Malian army in May.", "lent", True),
]

NOT_AID = [
    "The minister gave a speech to parliament on Tuesday.",
    "Police provided details to reporters after the raid.",
    "The rebels gave up their weapons last week.",
    "She gave birth to a boy in the camp.",
    "The president gave a warm welcome to the visiting premier.",
    "The council gave its approval to the plan.",
    "The witness gave false information to investigators.",
    "The agency sent a delegation to the capital.",
    "The mayor gave an interview to the local paper.",
    "Officials gave no reason for the delay.",
]


@pytest.mark.parametrize("text,trigger,named", AID_SENTENCES)
def test_a_transfer_of_goods_to_a_recipient_is_aid(pipeline, text: str, trigger: str,
                                                   named: bool) -> None:
    events = sitrep.process_text(text, published="2021-03-01").events
    aid = [e for e in events if e.plover_type == "AID"]
    assert [e.trigger.text.split()[0] for e in aid] == [trigger], events
    assert aid[0].actors, "the giver is the actor"
    if named:
        assert aid[0].recipients, "the recipient is read off the parse"


@pytest.mark.parametrize("text", NOT_AID)
def test_speech_light_verbs_envoys_and_particles_are_not_aid(pipeline, text: str) -> None:
    events = sitrep.process_text(text, published="2021-03-01").events
    assert not [e for e in events if e.plover_type == "AID"], events


def test_sending_troops_is_a_deployment_not_aid(pipeline) -> None:
    events = sitrep.process_text("Kenya sent troops to Somalia.", published="2021-03-01").events
    assert [e.plover_type for e in events] == ["MOBILIZE"]
