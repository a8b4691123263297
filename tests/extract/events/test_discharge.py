"""Releases that free no one and backing that supports no one (events/senses/discharge.py): a
patient released from hospital or treated and released, a film or an animal released, a car,
traffic or a claim backed up. Near neighbours (hostages, detainees, prisoners released, states
backing rebels, a mayor backing his police chief) stay. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

NO_ONE_FREED = [
    ("The boy was released from the hospital on Tuesday.", "RETREAT"),
    ("She was released from hospital after treatment for minor injuries.", "RETREAT"),
    ("The driver was treated and released at the scene.", "RETREAT"),
    ("The film is about to be released in theaters.", "RETREAT"),
    ("The patient has since been released from the medical center.", "RETREAT"),
    ("The zoo released two eagles into the wild on Friday.", "RETREAT"),
    ("Both victims were treated at the hospital and released.", "RETREAT"),
    ("The rescued seal was released back into the sea on Monday.", "RETREAT"),
    ("The girl was discharged and released from the trauma unit.", "RETREAT"),
    ("The two injured officers were released from hospital on Sunday.", "RETREAT"),
    ("He was backing up his car when he hit the fence.", "SUPPORT"),
    ("The driver backed up the truck into the garage.", "SUPPORT"),
    ("The team backed up its claims with data.", "SUPPORT"),
    ("Traffic was backed up for miles on the interstate on Friday.", "SUPPORT"),
]
FREED_OR_BACKED = [
    ("Rebels released ten hostages on Monday.", "RETREAT"),
    ("The army released the two journalists on Sunday.", "RETREAT"),
    ("The suspect was released from jail on bail on Friday.", "RETREAT"),
    ("The militia released 40 detainees on Wednesday.", "RETREAT"),
    ("The prisoner was released from custody on Monday.", "RETREAT"),
    ("The kidnappers released the girl unharmed on Saturday.", "RETREAT"),
    ("Police released the man without charge on Tuesday.", "RETREAT"),
    ("The hostages are about to be released by the rebels.", "RETREAT"),
    ("The United States backed the rebels with weapons.", "SUPPORT"),
    ("Russia backs the separatists in the east.", "SUPPORT"),
    ("The mayor backed up the police chief on Monday.", "SUPPORT"),
]


@pytest.mark.parametrize("text,plover", NO_ONE_FREED)
def test_discharges_works_and_backing_up_are_not_events(pipeline, text: str,
                                                        plover: str) -> None:
    assert plover not in plover_types(text)


@pytest.mark.parametrize("text,plover", FREED_OR_BACKED)
def test_releases_of_people_and_political_backing_stay(pipeline, text: str,
                                                       plover: str) -> None:
    assert plover in plover_types(text)
