"""Relief that arrived (AID): a convoy, trucks, a plane or a ship carrying food, medicine or
tents that reached, arrived in, entered or landed in a place, an aid convoy that reached a town,
relief flights resumed. Neighbours stay no AID: convoys and vehicles with no relief (a military
convoy, trucks carrying cars, a plane carrying the president), aid workers arriving, an aid
convoy ambushed, relief flights suspended, talks that reached a deadlock. Sentences made up for
these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

ARRIVED = [
    "A convoy of 20 lorries carrying maize and beans reached the refugee camp on Sunday.",
    "A Red Cross convoy of 9 trucks carrying rice and medicine arrived in the town on Friday.",
    "The agency resumed relief flights into the north on Monday.",
    "An aid convoy reached the besieged town on Tuesday.",
    "Twenty trucks loaded with tents and blankets arrived at the camp on Friday.",
    "A plane carrying medical supplies landed in the capital on Monday.",
    "A humanitarian convoy entered the city for the first time in months.",
    "Forty tonnes of food aid arrived in the capital on Saturday.",
    "Trucks with food and water reached the flooded villages on Wednesday.",
    "The ship carrying 3,000 tonnes of wheat arrived at the port on Tuesday.",
    "A column of lorries bearing rice and sugar reached the camp.",
    "A helicopter carrying vaccines landed in the remote village on Thursday.",
    "A UN convoy of 30 trucks carrying flour and lentils reached the city on Monday.",
]
NOT_ARRIVED = [
    "The convoy reached the summit on Tuesday.",
    "The military convoy arrived in the capital on Friday.",
    "The trucks carrying new cars arrived at the port on Monday.",
    "An aid convoy was ambushed near the border on Sunday.",
    "The government suspended relief flights to the north.",
    "Aid workers arrived in the town on Monday.",
    "The bus carrying tourists reached the hotel.",
    "The plane carrying the president landed in the capital.",
    "The minister's flight arrived late.",
    "The ship carrying containers of furniture arrived at the port.",
    "The relief convoy was stopped at a checkpoint on Monday.",
    "The train reached the station on time.",
]


@pytest.mark.parametrize("text", ARRIVED)
def test_relief_that_arrived_is_aid(pipeline, text: str) -> None:
    assert "AID" in plover_types(text)


@pytest.mark.parametrize("text", NOT_ARRIVED)
def test_vehicles_without_relief_or_relief_stopped_are_no_aid(pipeline, text: str) -> None:
    assert "AID" not in plover_types(text)
