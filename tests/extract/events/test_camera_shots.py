"""Made-up probes (not copied from any data set): what a camera shoots is no ASSAULT.

"shooting footage", "shot a music video", "shoot the final scene": the object of "shoot" is a
recorded image (``senses.fit.IMAGES``), the sense is filming; people, animals, vehicles and
places shot stay violence."""

from __future__ import annotations

import pytest

from samples import plover_types

FILMING = [
    "Trapani and his crew spent three days shooting footage in Los Angeles.",
    "The band shot a music video in the old factory on Friday.",
    "The director will shoot the final scene in Nairobi next week.",
    "Students shot a short film about the flood in Dhaka.",
    "The crew shot several commercials in Lagos last month.",
    "She shot photos of the parade from a rooftop in Accra.",
    "They shot a documentary about the mine in Potosi.",
    "The team shot the pilot episode in Belfast on Monday.",
    "Fans shot videos of the concert in Manila.",
    "He shot a portrait of the mayor in her office.",
    "The studio shot the opening sequence in Prague.",
    "Tourists shot pictures of the volcano in Goma.",
]
VIOLENCE = [
    "Gunmen shot two guards in Lagos on Friday.",
    "Police shot the driver of the van in Accra.",
    "A sniper shot a soldier near the base on Monday.",
    "The suspect shot the car's tyres and fled.",
]


@pytest.mark.parametrize("text", FILMING, ids=[t[:45] for t in FILMING])
def test_filming_is_no_assault(text):
    assert "ASSAULT" not in plover_types(text)


@pytest.mark.parametrize("text", VIOLENCE, ids=[t[:45] for t in VIOLENCE])
def test_shooting_people_and_things_stays_an_assault(text):
    assert "ASSAULT" in plover_types(text)
