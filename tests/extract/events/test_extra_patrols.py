"""Patrols put on by the police or an armed mission are a deployment (MOBILIZE) whatever tells how
many or when ("extra patrols", "night patrols"): such a modifier names no unarmed patroller, as
"fire drills" or "safety drills" do. A patrol deployed is told once, by the deployment. Made-up
probes, not taken from any data set."""

from __future__ import annotations

import pytest

import sitrep


def _mobilized(text: str) -> list[str]:
    events = sitrep.process_text(text, published="2024-05-08").events
    return [e.trigger.text for e in events if e.plover_type == "MOBILIZE"]


PATROLS = [
    "Officers will carry out extra patrols in the town centre over the coming days.",
    "The sheriff said deputies would add night patrols on the highway from next week.",
    "Police mounted additional patrols around the mosque on Friday.",
]
NOT_PATROLS = [
    "The school held a fire drill on Monday.",
    "The factory held safety drills on Monday.",
]


@pytest.mark.parametrize("text", PATROLS, ids=[t[:40] for t in PATROLS])
def test_extra_and_night_patrols_are_a_deployment(pipeline, text: str) -> None:
    assert _mobilized(text)


@pytest.mark.parametrize("text", NOT_PATROLS, ids=[t[:40] for t in NOT_PATROLS])
def test_drills_of_unarmed_people_are_none(pipeline, text: str) -> None:
    assert _mobilized(text) == []


def test_patrols_deployed_are_one_deployment(pipeline) -> None:
    assert len(_mobilized("The peacekeeping mission deployed extra patrols around the town on "
                          "Tuesday.")) <= 1
