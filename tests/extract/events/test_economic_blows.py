"""Blows that hurt no one's body (events/senses/life/markets.py, economic_blow): hit, struck or
battered by prices, costs, closures, cuts, layoffs, outages, thefts or labour strikes is being
affected, no ASSAULT. Near neighbours (bombs, bullets, airstrikes and drone strikes, shelling,
stones, rockets, explosions, a police officer) stay. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

AFFECTED = [
    "Workers have been hit by low oil prices.",
    "The road will be hit by an 11-mile closure this evening.",
    "The exchange was hit by the largest-ever digital currency theft.",
    "The town was hit by a wave of layoffs last year.",
    "Retailers have been hit by rising costs.",
    "The region was hit by a power outage on Monday.",
    "Families were hit by the cuts to benefits.",
    "Exporters were hit by a sharp rise in the dollar.",
    "The airline was hit by a strike by pilots on Monday.",
    "Rising costs hit small businesses across the region.",
]
ATTACKED = [
    "The convoy was hit by a roadside bomb on Monday.",
    "The boy was hit by a stray bullet on Sunday.",
    "The hospital was hit by an airstrike on Tuesday.",
    "The village was hit by shelling on Friday.",
    "He was hit by a police officer during the arrest.",
    "The bus was hit by stones thrown by protesters.",
    "The truck was hit by a rocket on Monday.",
    "The hospital was hit by an explosion on Monday.",
    "The house was hit by a drone strike on Sunday.",
    "The market was hit by a mortar shell on Sunday.",
]


@pytest.mark.parametrize("text", AFFECTED)
def test_hit_by_prices_cuts_and_closures_is_no_assault(pipeline, text: str) -> None:
    assert "ASSAULT" not in plover_types(text)


@pytest.mark.parametrize("text", ATTACKED)
def test_hit_by_weapons_attacks_and_people_stays_assault(pipeline, text: str) -> None:
    assert "ASSAULT" in plover_types(text)
