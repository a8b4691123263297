"""A verb that takes its subject from the clause it hangs on keeps a vehicle's mishap a mishap:
"the bus was travelling east and struck a cyclist" (a conjoined verb with no subject of its own)
and "the car was travelling south when it struck a tree" ("it" in a clause of time) are road
accidents, not assaults; a person's blow told the same way, or a vehicle that hits a bomb, stays
an attack. Made-up sentences, real model."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2021-03-10"

MISHAPS = [
    "The bus was travelling east and struck a cyclist near the bridge.",
    "The car was traveling south when it struck a tree.",
    "The tractor-trailer crossed the median and struck an SUV.",
    "The train was leaving the station when it struck a woman on the tracks.",
    "The ambulance was racing to the hospital when it struck a boy.",
    "The pickup swerved and struck two girls walking home.",
    "The van was backing up and struck a toddler in the driveway.",
    "The motorcycle was overtaking when it struck a pedestrian.",
    "A bus was turning left and struck an elderly man.",
    "The lorry was travelling too fast when it struck a cyclist.",
]

ATTACKS = [
    "The gunman was walking north and struck the guard with a bat.",
    "The man was driving a truck and struck his wife with a hammer.",
    "The car stopped and the gunmen shot the driver.",
    "The suspect got out of the car and shot the officer.",
    "The tractor was crossing the field and struck a landmine.",
    "The soldier was patrolling when he struck a protester with a baton.",
]


def _assaults(text: str) -> list[str]:
    result = sitrep.process_text(text, published=PUBLISHED)
    return [e.trigger.text for e in result.events if e.plover_type == "ASSAULT"]


@pytest.mark.parametrize("text", MISHAPS, ids=[f"mishap-{k:02d}" for k in range(len(MISHAPS))])
def test_a_vehicle_subject_borrowed_by_the_verb_makes_a_mishap(pipeline, text: str) -> None:
    assert _assaults(text) == []


@pytest.mark.parametrize("text", ATTACKS, ids=[f"attack-{k:02d}" for k in range(len(ATTACKS))])
def test_a_person_or_a_bomb_keeps_the_attack(pipeline, text: str) -> None:
    assert _assaults(text)
