"""Arrivals that are no show of force (events/senses/forces.py, ``forces_posted``): forces whose
arrival only times another act ("escaped before troops arrived", "by the time police arrived"),
and attackers arriving for their attack ("the gunmen arrived on motorbikes"). Near neighbours
(hundreds of troops arriving in a town, told as the act itself) stay. Sentences made up for
these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

NO_DEPLOYMENT = [
    "The gunmen set fire to the school and fled before troops arrived.",
    "The raiders escaped before soldiers arrived in the village.",
    "The attackers had left by the time army units arrived.",
    "The militants looted the market until troops arrived on Friday.",
    "The crowd had dispersed when the soldiers arrived.",
    "Villagers hid in the forest until the army arrived.",
    "The attackers arrived on motorbikes and opened fire on the crowd.",
    "The gunmen arrived in two pickup trucks shortly after midnight.",
    "The assailants arrived at the church during the morning mass.",
    "Armed raiders arrived in the village at dawn and burned houses.",
    "The kidnappers arrived in a white van and seized the girls.",
    "Witnesses said the attackers arrived in three cars before the shooting.",
]
DEPLOYMENT = [
    "Some 600 soldiers arrived in the town on Monday.",
    "Hundreds of troops arrived in the capital on Sunday.",
    "Army reinforcements arrived in the border region on Tuesday.",
    "Two thousand soldiers arrived in the province to reinforce the garrison.",
    "Rebel fighters arrived in the city on Saturday.",
    "Government troops arrived in the northern town on Friday.",
]


@pytest.mark.parametrize("text", NO_DEPLOYMENT)
def test_background_and_attackers_arrivals_are_no_mobilization(pipeline, text: str) -> None:
    assert "MOBILIZE" not in plover_types(text)


@pytest.mark.parametrize("text", DEPLOYMENT)
def test_forces_arriving_stay(pipeline, text: str) -> None:
    assert "MOBILIZE" in plover_types(text)
