"""A strike that is an attack (the ``strike`` rows of ``resources/event_triggers.tsv`` and
events/senses/forces.py, ``armed_strike``): a strike with weapons, munitions or bombs ("a group
strike with precision weapons") or one carried out by armed forces, rebels or intelligence
services ("the air force carried out a strike near the border") is an ASSAULT, not a walkout;
strikes of workers, nurses, miners, pilots or police officers (a labour action, also "carried out" or
"conducted") stay PROTEST. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

ATTACKS = [
    "The ministry said its forces had carried out a group strike with precision weapons on "
    "fuel depots.",
    "Russian forces conducted a strike with long-range weapons overnight.",
    "The air force carried out a strike near the border on Sunday.",
    "The rebels said they had carried out a strike with guided munitions.",
    "The navy conducted a strike with cruise missiles overnight.",
    "The army carried out a strike near the village on Friday.",
    "Government troops launched a strike with heavy weapons at dawn.",
    "The militants carried out a strike near the airport on Tuesday.",
    "Coalition forces conducted a strike with precision munitions in the valley.",
    "The military said it had carried out a strike near the northern town.",
    "The insurgents launched a strike with homemade bombs on Saturday.",
    "Soldiers carried out a strike with mortars before dawn.",
]
WALKOUTS = [
    "Workers carried out a strike at the factory last week.",
    "The miners conducted a strike for better pay.",
    "Nurses staged a strike outside the hospital.",
    "Dockworkers went on strike on Monday.",
    "The general strike shut down the capital.",
    "The union called a strike over pay.",
    "Teachers began a strike on Monday.",
    "Police officers went on strike over unpaid wages.",
    "Bus drivers carried out a strike across the city on Thursday.",
    "The transport unions conducted a two-day strike last week.",
    "The airline was hit by a strike by its pilots on Friday.",
]


@pytest.mark.parametrize("text", ATTACKS)
def test_a_strike_with_weapons_or_by_armed_forces_is_an_attack(pipeline, text: str) -> None:
    types = plover_types(text)
    assert "ASSAULT" in types and "PROTEST" not in types, types


@pytest.mark.parametrize("text", WALKOUTS)
def test_a_strike_of_workers_stays_a_walkout(pipeline, text: str) -> None:
    types = plover_types(text)
    assert "PROTEST" in types and "ASSAULT" not in types, types
