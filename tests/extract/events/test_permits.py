"""Words of allowing that grant no permission (events/senses/life/permits.py): "allow for" something
makes it possible, and a bare plural of people allowed in the present simple with no date is a
rule in force: no CONCEDE. Near neighbours (a party allowing convoys, fuel, inspectors; a
permission granted on a day; a rule that has just changed: "now allowed", "no longer allowed")
stay. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

NO_PERMISSION = [
    "We wanted to excavate those stories and allow for a beautiful six-course meal.",
    "They said they would allow for delays on the route.",
    "Asylum seekers living in the camps are allowed to come and go as they please.",
    "Residents are not allowed to keep chickens in the city.",
    "Students are allowed to bring laptops to the exam.",
    "Members are allowed to bring one guest.",
    "Prisoners are allowed to make one phone call a week.",
    "Fans are allowed to bring banners into the stadium.",
    "Pets are not allowed on the beach.",
    "Visitors are allowed to park for free.",
]
PERMISSIONS = [
    "The government allowed aid convoys to enter the city on Monday.",
    "Israel allowed fuel into Gaza on Tuesday.",
    "The junta allowed UN inspectors to visit the prison on Friday.",
    "The convoys were allowed to enter the city on Monday.",
    "Journalists were allowed into the courtroom on Tuesday.",
    "The army allowed the refugees to cross the border on Sunday.",
    "The regime allowed the Red Cross to visit detainees last week.",
    "The court allowed the appeal on Monday.",
    "Women are now allowed to drive in the kingdom.",
    "Foreign journalists are no longer allowed to enter the region.",
]


@pytest.mark.parametrize("text", NO_PERMISSION)
def test_room_made_and_rules_in_force_are_no_concession(pipeline, text: str) -> None:
    assert "CONCEDE" not in plover_types(text)


@pytest.mark.parametrize("text", PERMISSIONS)
def test_permissions_granted_and_changed_rules_stay(pipeline, text: str) -> None:
    assert "CONCEDE" in plover_types(text)
