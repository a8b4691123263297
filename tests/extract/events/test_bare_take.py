"""Ground taken with a bare "take" (issue 15's recall on held-out articles: "the M23 took Rutshuru",
"its forces took the presidential palace" were no events, "took" counting only as "took over" or
"took control of"). An armed party that takes a named place, a settlement or a seat of power
seizes ground (COERCE); "took positions", "took the road", "took the floor" and people taken
somewhere do not.

Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

TAKEN = [
    "The rebels took Goma in January after a week of fighting.",
    "Government troops took the town of Kalehe on Sunday.",
    "Militants took the village overnight, residents said.",
    "The army took the presidential palace after a day of fighting.",
    "Insurgent fighters took two border villages on Friday.",
]
NOT_TAKEN = [
    "The minister took the floor at the summit.",
    "Troops took positions around the city.",
    "Soldiers took the road to the north.",
    "Police took Ahmed to the station for questioning.",
    "The tourists took the train to the capital.",
]


@pytest.mark.parametrize("text", TAKEN)
def test_armed_party_taking_a_place_seizes_ground(pipeline, text: str) -> None:
    assert "COERCE" in plover_types(text)


@pytest.mark.parametrize("text", NOT_TAKEN)
def test_stands_routes_and_people_taken_are_no_seizure(pipeline, text: str) -> None:
    assert "COERCE" not in plover_types(text)
