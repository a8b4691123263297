"""Vessels and aircraft seized are a seizure (COERCE/seize, the trigger table's "seize" row with
the craft family): "the Revolutionary Guards' navy seized a tanker in the strait", "the coast
guard seized two trawlers". An opportunity, the moment, the initiative or a game seized are none.
Made-up probes, not taken from any data set."""

from __future__ import annotations

import pytest

from samples import seizure_triggers

SEIZED = [
    "The navy seized a Panama-flagged tanker in the gulf on Friday.",
    "The coast guard seized two Chinese trawlers off the coast.",
    "Commandos seized a cargo ship carrying fertiliser.",
    "Customs officers seized a private jet at the airport.",
    "Rebels seized a helicopter belonging to the mining company.",
    "The authorities seized the oligarch's yacht in the harbour.",
    "Border guards seized a ferry carrying smuggled fuel.",
    "Police seized a small aircraft used to fly cocaine.",
    "The marines seized a freighter bound for the rebel port.",
    "Troops seized three drones from the smugglers.",
]
NOT_SEIZED = [
    "The striker seized the opportunity in the final minute.",
    "She seized the moment to speak to the minister.",
    "The party seized the initiative in the debate.",
    "The engine seized on the way to the coast.",
    "Panic seized the passengers when the plane shook.",
    "The team seized the game in the third quarter.",
    "He seized on the remark to attack his rival.",
    "Fear seized the town after the storm.",
    "The tanker sailed from the port on Monday.",
    "The ship seized up in the cold, the crew said.",
]



@pytest.mark.parametrize("text", SEIZED, ids=[t[:40] for t in SEIZED])
def test_a_craft_seized_is_a_seizure(pipeline, text: str) -> None:
    assert seizure_triggers(text)


@pytest.mark.parametrize("text", NOT_SEIZED, ids=[t[:40] for t in NOT_SEIZED])
def test_chances_moments_and_engines_are_no_seizure(pipeline, text: str) -> None:
    assert seizure_triggers(text) == []
