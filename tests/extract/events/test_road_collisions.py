"""A strike with no weapon, blow or attacker that a road accident tells is no ASSAULT: a person
struck while walking or crossing, a road user struck, a vehicle struck ("was struck while
crossing the street", "a pedestrian was struck", "her minivan was hit from behind", "King then
struck a car that was stopped") (senses/accidents.py, ``collision``). Strikes with a weapon, to
the head, by a named doer or beside a robbery stay attacks. Made-up probes, not taken from any
data set; all 12 collision probes failed before."""

from __future__ import annotations

import pytest

import sitrep

COLLISIONS = [
    ("Kevin Johnson, 34, was struck while walking near Red Bank Road.", "struck"),
    ("The boy was struck while crossing the street near his school.", "struck"),
    ("A woman was hit while jogging along Highway 9 early Sunday.", "hit"),
    ("The cyclist was struck while riding home from work.", "struck"),
    ("A man was struck while changing a tire on the shoulder of the interstate.", "struck"),
    ("The Bronco failed to yield and was struck in the westbound lane.", "struck"),
    ("King then struck a car that was stopped on the side of the road.", "struck"),
    ("Her minivan was hit from behind at a red light.", "hit"),
    ("The teenager was struck and killed while walking along the railroad tracks.", "struck"),
    ("A pedestrian was struck while crossing Main Street on Friday.", "struck"),
    ("A jogger was hit while running along the county road.", "hit"),
    ("The elderly woman was struck as she crossed the parking lot.", "struck"),
]
KEPT = [
    ("The man was struck in the head with a bat while walking home.", "struck"),
    ("The convoy was hit by a roadside bomb.", "hit"),
    ("The car was struck by a rocket near the border.", "struck"),
    ("Gunmen struck a police car with gunfire.", "struck"),
    ("Protesters hit the police car with stones.", "hit"),
    ("The teenager was struck by a bullet while walking to school.", "struck"),
    ("A man was struck while walking home and robbed of his wallet.", "struck"),
    ("The officer was struck during a fight outside the bar.", "struck"),
    ("The woman was hit repeatedly while walking to her car by a man who then fled.", "hit"),
]


def _types(text: str, trigger: str) -> list[str]:
    events = sitrep.process_text(text, published="2021-03-01").events
    return [e.plover_type for e in events if trigger in e.trigger.text]


@pytest.mark.parametrize("text,trigger", COLLISIONS, ids=[r[0][:30] for r in COLLISIONS])
def test_road_collisions_are_no_assault(pipeline, text: str, trigger: str) -> None:
    assert "ASSAULT" not in _types(text, trigger)


@pytest.mark.parametrize("text,trigger", KEPT, ids=[r[0][:30] for r in KEPT])
def test_blows_weapons_and_doers_stay_assault(pipeline, text: str, trigger: str) -> None:
    assert "ASSAULT" in _types(text, trigger)
