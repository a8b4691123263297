"""Executing a thing is no killing (events/senses/discharge.py): an executed warrant or search is
a search (COERCE, no ASSAULT), an executed plan, trade, play or will is no ASSAULT. Near
neighbours (people executed by armed groups and states) stay ASSAULT. Sentences made up for
these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

SEARCHES = [
    "Officers executed a search warrant at the home on Monday.",
    "Deputies executed a warrant at the house on Friday.",
    "A search warrant was executed at the apartment on Tuesday.",
    "Agents executed a search warrant at his office on Wednesday.",
]
THINGS = [
    "The team executed the plan perfectly on Sunday.",
    "The firm executed the trade on Monday.",
    "The quarterback executed the play on Sunday.",
    "The bank executed the transfer on Friday.",
    "The pilot executed an emergency landing on Monday.",
    "The lawyer executed the will last week.",
]
KILLINGS = [
    "Militants executed two hostages on Monday.",
    "The regime executed three prisoners on Friday.",
    "The gunmen executed the driver on the road on Sunday.",
    "Rebels executed a soldier in the square on Tuesday.",
    "The state executed the convicted murderer on Wednesday.",
    "Islamic State executed 20 men on Saturday.",
    "The cartel executed two rivals on Monday.",
    "Soldiers executed civilians in the village on Sunday.",
    "The militia executed a captured pilot on Thursday.",
    "Troops executed five prisoners of war on Friday.",
]


@pytest.mark.parametrize("text", SEARCHES)
def test_executed_warrants_are_searches(pipeline, text: str) -> None:
    types = plover_types(text)
    assert "ASSAULT" not in types and "COERCE" in types


@pytest.mark.parametrize("text", THINGS)
def test_executed_things_are_no_killing(pipeline, text: str) -> None:
    assert "ASSAULT" not in plover_types(text)


@pytest.mark.parametrize("text", KILLINGS)
def test_executed_people_stay_killings(pipeline, text: str) -> None:
    assert "ASSAULT" in plover_types(text)
