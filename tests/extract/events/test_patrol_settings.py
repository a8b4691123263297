"""A patrol named as the setting or the doer of another act is no MOBILIZE (eventhood/routine.py,
``patrol_setting``): "seized while patrolling the river", "found the weapons during their
patrols", "army patrols detained 23 people" tell when or by whom something else was done, not a deployment. A patrol told as what was done stays:
"soldiers patrolled the streets on Sunday", "police stepped up patrols", "a patrol was sent
to the town", "deployed patrols along the highway"; "officers on patrol" is left as it was
(test_cause_topics.py). Session 42, issue 15 (background and
setting mentions). Sentences made up for these tests."""

from __future__ import annotations

import pytest


def _mobilizations(events_of, text: str) -> list[str]:
    return [e.trigger.text for e in events_of(text) if e.plover_type == "MOBILIZE"]


SETTINGS = [
    "Two rangers were shot while patrolling the park's northern fence.",
    "A constable was stabbed as he patrolled the station forecourt.",
    "The officers were seized on Saturday while patrolling the Moa river, the ministry said.",
    "Army patrols detained 23 people in the villages.",
    "A police patrol arrested two men with stolen phones.",
    "A navy patrol intercepted a fishing boat off the coast.",
    "Officers found the weapons during their patrols.",
    "Soldiers found an arms cache during a patrol near the border.",
    "A sniper wounded a marine while the unit was patrolling the old town.",
    "A coastguard patrol rescued twelve fishermen from a sinking boat.",
]
DEPLOYMENTS = [
    "Soldiers patrolled the streets of the capital on Sunday.",
    "Police stepped up patrols in the town centre.",
    "A patrol of peacekeepers was sent to the town.",
    "Troops patrolled the border after the attack.",
    "The army deployed patrols along the highway on Friday.",
    "Marines were stationed in the port and patrols were in place by Monday.",
    "Police increased patrols around the mosque on Tuesday.",
    "Police patrolled the beach on Saturday night.",
    "Armed guards patrolled the camp through the night.",
]


@pytest.mark.parametrize("text", SETTINGS)
def test_a_patrol_as_setting_or_doer_is_no_mobilization(events_of, text: str) -> None:
    assert _mobilizations(events_of, text) == []


@pytest.mark.parametrize("text", DEPLOYMENTS)
def test_a_patrol_told_as_done_stays(events_of, text: str) -> None:
    assert _mobilizations(events_of, text) != []
