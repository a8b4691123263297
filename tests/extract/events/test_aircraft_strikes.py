"""Aircraft that strike armed targets attack them (issue 15's recall on held-out articles: "its
aircraft struck RSF positions" was read as an accident of a vehicle, "helicopters struck rebel
bases" as a blow to an abstraction, a base of support). An aircraft, a plane, a helicopter, a
jet or a drone that strikes positions, bases, hideouts, camps, strongholds or outposts makes an
ASSAULT; an aircraft that strikes a mountain, a tree, power lines or birds, a vehicle on the
road, and a storm that strikes a base stay no ASSAULT.

Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

STRIKES = [
    "The army said its aircraft struck rebel positions east of the city overnight.",
    "Military helicopters struck rebel bases near the border.",
    "Government aircraft struck militant hideouts in the north.",
    "Army helicopters struck insurgent camps on Tuesday.",
    "Its planes struck militia positions near the airport.",
    "Coalition aircraft struck two bases of the group in the south.",
    "Military planes struck the rebels' bases in the hills.",
    "Helicopter gunships struck enemy positions at dawn.",
    "Air force jets struck the group's strongholds on Sunday.",
    "Aircraft struck a weapons depot near the port.",
    "Drones struck rebel outposts overnight.",
    "Helicopters struck militant installations in the valley.",
]
NOT_STRIKES = [
    "The plane struck a mountain near the airport.",
    "A small aircraft struck power lines on landing.",
    "The small plane struck a tree and crashed.",
    "A bus struck a pedestrian on Main Street.",
    "The truck struck a parked car.",
    "The plane struck a flock of birds after takeoff.",
    "The train struck a car at the crossing.",
    "The storm struck the naval base on Friday.",
    "The company's bases are in Texas.",
    "The plane struck the runway during a hard landing.",
]


@pytest.mark.parametrize("text", STRIKES)
def test_aircraft_striking_armed_targets_is_assault(pipeline, text: str) -> None:
    assert "ASSAULT" in plover_types(text)


@pytest.mark.parametrize("text", NOT_STRIKES)
def test_aircraft_and_vehicle_mishaps_are_no_assault(pipeline, text: str) -> None:
    assert "ASSAULT" not in plover_types(text)
