"""A mobilisation moves armed people or means (events/senses/forces.py): deploying, massing,
mobilising, preparing, drilling or patrolling by or of anyone else, and a routine patrol, are
no MOBILIZE. Near neighbours (troops, police, warships, reservists, a state) stay. Sentences made
up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

UNARMED = [
    "The bakery is preparing 500 pies for the holiday on Friday.",
    "Handlers prepared the dogs for the show on Saturday.",
    "Volunteers mobilized to clean up the park on Sunday.",
    "The community mobilized for the charity walk on Saturday.",
    "A clean-up squad will be deployed to the beach next week.",
    "The company deployed new software on Monday.",
    "The airbags deployed in the crash on Tuesday.",
    "The school held a fire drill on Wednesday.",
    "Crowds massed outside the bakery for the opening on Friday.",
    "Students prepared for their exams on Monday.",
    "The city deployed snowplows on Tuesday.",
    "The campaign mobilized voters in the county on Saturday.",
    "Officers on routine patrol stopped a car on Monday.",
]
ARMED = [
    "The army deployed 3,000 troops to the border on Monday.",
    "Police were deployed to the stadium on Saturday.",
    "Troops massed on the frontier on Sunday.",
    "The government mobilized reservists on Friday.",
    "Soldiers patrolled the streets of the capital on Monday.",
    "Rebels prepared for an assault on the city on Tuesday.",
    "The navy deployed two warships to the gulf on Wednesday.",
    "The National Guard was mobilized on Thursday.",
    "Police officers patrolled the market on Sunday.",
    "The militia mobilized its fighters on Saturday.",
    "Riot police were deployed outside parliament on Friday.",
    "Russia mobilized on Friday.",
]


@pytest.mark.parametrize("text", UNARMED)
def test_moving_unarmed_people_or_things_is_no_mobilization(pipeline, text: str) -> None:
    assert "MOBILIZE" not in plover_types(text)


@pytest.mark.parametrize("text", ARMED)
def test_moving_armed_people_stays_a_mobilization(pipeline, text: str) -> None:
    assert "MOBILIZE" in plover_types(text)
