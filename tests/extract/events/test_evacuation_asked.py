"""People at hand asked out of harm's way during an incident are the clearing of a scene, no
appeal to a party (events/senses/life/services.py, ``evacuation_asked``): "deputies closed the
street and asked neighbours to leave their homes". A state asking its own people, a party
asked to leave and requests of other acts stay a REQUEST. Made-up probes, not taken from any
data set; all 6 scene requests gave a REQUEST before the change."""

from __future__ import annotations

import pytest

from samples import plover_types

SCENES = [
    "Officers sealed off the block and asked about 20 residents to leave their homes.",
    "Deputies cordoned off the trailer park and asked neighbours to evacuate.",
    "Firefighters told families in nearby houses to leave on Tuesday night.",
    "Troopers closed the road and advised motorists to avoid the area.",
    "Police asked shoppers to leave the mall after the threat on Saturday.",
    "The sheriff's office urged residents of Elm Street to stay inside during the standoff.",
]
REQUESTS = [
    "France urged its citizens to leave Lebanon on Monday.",
    "The army asked the rebels to leave the town by Friday.",
    "The mayor asked residents to share information with police.",
    "The UN urged both sides to allow aid convoys to reach the town.",
]


@pytest.mark.parametrize("text", SCENES)
def test_a_scene_cleared_is_no_request(pipeline, text: str) -> None:
    assert "REQUEST" not in plover_types(text)


@pytest.mark.parametrize("text", REQUESTS)
def test_requests_stay(pipeline, text: str) -> None:
    assert "REQUEST" in plover_types(text)


def test_an_army_warning_residents_stays(pipeline) -> None:
    assert "REQUEST" in plover_types("The army urged residents on Monday to leave the city.")
