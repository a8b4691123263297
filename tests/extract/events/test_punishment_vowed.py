"""Punishment vowed to whoever does a thing (THREATEN by the speaker, made now): "said those
responsible would be hunted down", "told reporters that criminal gangs will be dealt with
firmly", "said acts of vandalism will be punished". The people threatened are named only by what they do or
by a quantifier. Their neighbours stay announced steps or plain statements: one named
person to be prosecuted or fined, things to be reopened or paid, people to be treated or met.
Sentences made up for these tests."""

from __future__ import annotations

import pytest

import sitrep
from samples import plover_types

VOWED = [
    "The provincial spokesman said those responsible would be hunted down.",
    "The Interior Secretary told reporters that criminal gangs \"will be dealt with firmly\".",
    "The minister warned that those found harbouring suspects would be prosecuted.",
    "The governor said acts of vandalism will be punished.",
    "The army said every fighter who refuses to surrender will be treated as an enemy.",
    "The president said any official who took bribes would be prosecuted.",
    "The junta said anyone who supports the rebels will be punished.",
    "The ministry said that smugglers would be pursued wherever they hide.",
    "The commander declared that all deserters would be shot.",
    "The governor said cattle thieves will be dealt with severely.",
    "The prosecutor said those who ordered the killing would be brought to justice.",
    "The interior minister told reporters that those responsible \"will be arrested and "
    "brought to justice\".",
]
NOT_VOWED = [
    "Police said the suspect would be prosecuted on Monday.",
    "The court said the defendant would be fined on Monday.",
    "The minister said the old law would be treated as void.",
    "Officials said visitors would be met at the gate by guides.",
    "The company said all workers would be paid by Friday.",
    "Residents said the wounded would be treated in the capital.",
    "Officials said all roads would be reopened by Sunday.",
    "The governor said the delegation would be met at the airport.",
]


@pytest.mark.parametrize("text", VOWED)
def test_punishment_vowed_is_threaten(pipeline, text: str) -> None:
    assert "THREATEN" in plover_types(text)


@pytest.mark.parametrize("text", NOT_VOWED)
def test_step_announced_or_care_is_no_threat(pipeline, text: str) -> None:
    assert "THREATEN" not in plover_types(text)


def test_speaker_threatens_now(pipeline) -> None:
    events = sitrep.process_text("The provincial spokesman said those responsible would be "
                                 "hunted down.", published="2021-03-01").events
    threat = next(e for e in events if e.plover_type == "THREATEN")
    assert [a.text for a in threat.actors] == ["provincial spokesman"]
    assert "future" not in threat.modes
