"""Aiming read as violence (events/senses/life/aims.py): shooting or gunning for a result, targeting
a goal, an amount or a market are no ASSAULT. Near neighbours (a victim shot for a reason,
shooting for a span of time, armed doers targeting people, posts and offices) stay. Sentences
made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

AIMS = [
    "The league is shooting for a March date.",
    "We are targeting growth of 5 percent this year.",
    "The company is targeting younger buyers.",
    "The studio is shooting for a summer release.",
    "The chain targets 10 percent growth in sales next year.",
    "The airline is targeting budget travelers with the new fares.",
    "The bank is targeting $2 billion in new loans.",
    "The brand is targeting first-time buyers.",
    "The carmaker is shooting for a record in sales this year.",
    "The school is shooting for a 90 percent graduation rate.",
    "The network is targeting younger viewers with the show.",
    "The retailer targets a 3 percent rise in revenue.",
]
ATTACKS = [
    "Gunmen targeted shoppers at a mall on Saturday.",
    "Police were shooting for ten minutes on Monday.",
    "He was shot for his views on Monday.",
    "Rebels targeted army positions near the town on Sunday.",
    "The gunman shot a man for his wallet on Friday.",
    "Militants targeted a police post on Tuesday.",
    "The bomber targeted the office of the governor on Monday.",
    "Troops fired for an hour at the village on Sunday.",
    "Airstrikes targeted fuel depots on Monday.",
    "The drone targeted a car carrying two commanders on Friday.",
]


@pytest.mark.parametrize("text", AIMS)
def test_aiming_at_a_result_or_a_market_is_no_assault(pipeline, text: str) -> None:
    assert "ASSAULT" not in plover_types(text)


@pytest.mark.parametrize("text", ATTACKS)
def test_armed_targeting_and_shooting_stay_assaults(pipeline, text: str) -> None:
    assert "ASSAULT" in plover_types(text)
