"""Destroying contraband is a seizure by the authorities, not an attack
(events/senses/kinds.py, read by ``words.sense_type``): drugs, illicit crops, laboratories,
runways, illegal or seized weapons destroyed are COERCE; a base, a bridge, a vehicle, a house
or shops destroyed stay ASSAULT. Sentences made up for these tests, run through the real
model."""

from __future__ import annotations

import pytest

import sitrep

CONTRABAND = [
    ("Illegal crossings destroyed by the authorities are quickly replaced.", "destroyed"),
    ("Police were authorised to confiscate and destroy any quantity of drugs.", "destroy"),
    ("Soldiers burned 40 hectares of coca crops near the border.", "burned"),
    ("The army destroyed three cocaine laboratories in the jungle on Monday.", "destroyed"),
    ("Police destroyed 300 illegal weapons on Tuesday.", "destroyed"),
    ("Police destroyed the machinery seized from illegal mines.", "destroyed"),
    ("Agents burned two tonnes of marijuana on Friday.", "burned"),
    ("The army burned 50 hectares of poppy fields.", "burned"),
    ("Officers destroyed a clandestine airstrip near the coast.", "destroyed"),
    ("Troops destroyed seized rifles in a public ceremony.", "destroyed"),
    ("The police burned the confiscated marijuana on Monday.", "burned"),
]
ATTACKS = [
    ("The army destroyed the rebel base on Monday.", "destroyed"),
    ("Gunmen burned a vehicle with six people inside.", "burned"),
    ("Criminals burned a casino in Monterrey, killing 52 people.", "burned"),
    ("Militants destroyed a bridge near the town.", "destroyed"),
    ("Rioters torched police cars in the capital.", "torched"),
    ("Rebels destroyed a police station on Sunday.", "destroyed"),
    ("The mob burned the mayor's house.", "burned"),
    ("Airstrikes destroyed a school in the city.", "destroyed"),
    ("Attackers destroyed two mobile phone masts.", "destroyed"),
    ("Protesters burned tyres and destroyed shops.", "destroyed"),
]


def _typed(text: str) -> list[tuple[str, str]]:
    prefix = "Officials spoke on Monday. "
    events = sitrep.process_text(prefix + text, published="2021-03-01").events
    return [(e.plover_type, (prefix + text)[e.trigger.start:e.trigger.end]) for e in events
            if e.trigger is not None]


@pytest.mark.parametrize("text,trigger", CONTRABAND)
def test_destroying_contraband_is_a_seizure(pipeline, text: str, trigger: str) -> None:
    typed = _typed(text)
    assert ("COERCE", trigger) in typed
    assert ("ASSAULT", trigger) not in typed


@pytest.mark.parametrize("text,trigger", ATTACKS)
def test_destroying_property_stays_an_attack(pipeline, text: str, trigger: str) -> None:
    assert ("ASSAULT", trigger) in _typed(text)
