"""Force on people told by its weapon or by a charge is ASSAULT/crowd-control
(events/senses/public/harm.py ``force_used``, ``charged_at``): "the marchers were dispersed with
tear gas", "gendarmes, who responded with tear gas", "broke up the rally using batons", "mounted
police charged the demonstration", "the suspects charged at them with knives" (a noun "suspects"
is no suspicion that would make the charge only asserted, eventhood/reported.py). An answer with
words, a road cleared with bulldozers, a meeting, a phone charged, a charge of a crime and a
charge by prosecutors are none. Made-up probes, not taken from any data set."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.records import Event

FORCE = [
    "The striking teachers were dispersed with tear gas outside the ministry.",
    "Youths threw bottles at the riot squad, which responded with rubber bullets.",
    "Hundreds of fans who gathered at the gates were scattered with water cannon.",
    "Soldiers broke up the sit-in using batons and pepper spray.",
    "Gendarmes retaliated with live rounds after their truck was stoned.",
    "Police cleared the square using stun grenades early on Sunday.",
    "The crowd was driven from the bridge with tear gas and batons.",
    "Mounted police charged the demonstration outside the embassy.",
    "Riot officers charged a crowd of miners near the pit gates.",
    "The gang members charged at the guards with iron bars.",
    "Officers confronted a group of men near the market and the suspects charged at them with "
    "knives.",
    "Riot police repelled the protesters with tear gas at the border fence.",
    "The squatters were evicted with batons and tear gas on Tuesday.",
    "Police armed with bamboo sticks charged about 300 students outside the college.",
    "Mounted troops charged the striking miners at the pit gates.",
]
NOT_FORCE = [
    "The government responded with a statement on Monday.",
    "The crowd responded with cheers and songs.",
    "Workers cleared the road with bulldozers after the landslide.",
    "Police charged three men with robbery on Friday.",
    "She charged the phone overnight before the trip.",
    "Prosecutors charged the protesters on Friday.",
    "The committee answered with a letter to the minister.",
    "Volunteers cleared the beach with rakes and nets.",
    "The council stopped the project with a vote.",
    "The team responded with two goals in the second half.",
    "The hotel charged guests for the use of the gym.",
    "The bank charged a fee for the transfer.",
    "Police charged the protesters with unlawful assembly on Monday.",
    "The lawyers charged the students a fee for the course.",
]


def _assaults(text: str) -> list[Event]:
    events = sitrep.process_text(text, published="2021-03-02").events
    return [e for e in events if e.plover_type == "ASSAULT"]


@pytest.mark.parametrize("text", FORCE, ids=[t[:40] for t in FORCE])
def test_force_told_by_its_weapon_or_a_charge_is_an_assault(pipeline, text: str) -> None:
    found = _assaults(text)
    assert found, "no ASSAULT"
    assert any(e.plover_mode == "crowd-control" for e in found), [
        (e.trigger.text, e.plover_mode) for e in found]


@pytest.mark.parametrize("text", NOT_FORCE, ids=[t[:40] for t in NOT_FORCE])
def test_words_tools_and_charges_of_crimes_are_no_force(pipeline, text: str) -> None:
    assert _assaults(text) == [], [e.trigger.text for e in _assaults(text)]
