"""Rescue, medical and fire crews sent to an emergency, and people sent to a place, are neither
a deployment of armed forces (MOBILIZE) nor aid to a party (AID): "firefighters were sent to the
blaze", "the Coast Guard dispatched a helicopter to search for the fishermen", "the injured
driver was sent to the hospital" (senses/life/services.py). Troops and police sent somewhere stay
MOBILIZE, goods and doctors sent to a country stay AID. Made-up probes, not taken from any data
set; 16 of the 18 dispatch probes failed before (typed AID or MOBILIZE)."""

from __future__ import annotations

import pytest

import sitrep

DISPATCHED = [
    ("The Coast Guard dispatched a helicopter to search for the missing fishermen.", "dispatched"),
    ("Firefighters were sent to the blaze on Elm Street.", "sent"),
    ("The county dispatched paramedics to the house.", "dispatched"),
    ("The fire department sent three engines to the warehouse fire.", "sent"),
    ("Emergency crews were dispatched to the collapsed building.", "dispatched"),
    ("Lifeguards were dispatched to the beach after the boat capsized.", "dispatched"),
    ("An ambulance was dispatched to the home at 3 a.m.", "dispatched"),
    ("Paramedics were sent to the house on Oak Street.", "sent"),
    ("Two fire engines were sent to the burning barn.", "sent"),
    ("Rescuers were dispatched to the collapsed mine.", "dispatched"),
    ("A rescue helicopter was dispatched to the crash site.", "dispatched"),
    ("The fire department dispatched a ladder truck to the apartment fire.", "dispatched"),
    ("An air ambulance was sent to the scene.", "sent"),
    ("The injured driver was sent to the hospital.", "sent"),
    ("The girl was airlifted to a hospital in Dallas.", "airlifted"),
    ("Crews were sent to the scene of the accident.", "sent"),
    ("Ambulances were deployed to the scene of the crash.", "deployed"),
    ("The Coast Guard deployed a cutter to rescue the crew.", "deployed"),
]
# neighbours: armed forces and police sent are a deployment, doctors sent to a country aid
KEPT = [
    ("The army deployed troops to the border town.", "deployed", "MOBILIZE"),
    ("Police were dispatched to the bar after the brawl.", "dispatched", "MOBILIZE"),
    ("The government sent soldiers to the flooded region.", "sent", "MOBILIZE"),
    ("The navy deployed two warships to the strait.", "deployed", "MOBILIZE"),
    ("Police officers were sent to the scene of the crash.", "sent", "MOBILIZE"),
    ("The government sent 200 doctors to Haiti.", "sent", "AID"),
]


def _types(text: str, trigger: str) -> list[str]:
    events = sitrep.process_text(text, published="2021-03-01").events
    return [e.plover_type for e in events if trigger in e.trigger.text]


@pytest.mark.parametrize("text,trigger", DISPATCHED, ids=[r[0][:30] for r in DISPATCHED])
def test_emergency_crews_sent_are_no_deployment_and_no_aid(
    pipeline, text: str, trigger: str
) -> None:
    types = _types(text, trigger)
    assert "MOBILIZE" not in types and "AID" not in types, types


@pytest.mark.parametrize("text,trigger,plover", KEPT, ids=[r[0][:30] for r in KEPT])
def test_forces_sent_stay_a_deployment_and_doctors_to_a_country_aid(
    pipeline, text: str, trigger: str, plover: str
) -> None:
    assert plover in _types(text, trigger)
