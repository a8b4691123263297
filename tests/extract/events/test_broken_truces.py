"""A truce or a ceasefire told only as broken, collapsed or past is no RETREAT
(events/senses/public/discharge.py, ``broken_truce``): "the collapse of a truce", "the truce
began to break down", "fighting resumed after a short truce", "accused the rebels of violating
the ceasefire". Near neighbours (a truce agreed, declared, brokered or observed) stay. Sentences
made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

BROKEN = [
    "The killings follow the collapse of a truce between the two gangs.",
    "The truce began to break down in March.",
    "The ceasefire collapsed on Monday after heavy shelling.",
    "Fighting between the militias resumed after a short truce.",
    "The clashes ended a fragile ceasefire in the north.",
    "Each side blamed the other for breaking the truce.",
    "The army accused the rebels of violating the ceasefire.",
    "The breakdown of the cease-fire left dozens dead.",
    "The truce crumbled within hours of the talks.",
    "The violations of the truce were reported by monitors.",
    "The ceasefire expired at midnight on Sunday.",
    "Shelling resumed after the truce ended on Friday.",
    "The violence follows the collapse in 2019 of a truce between the cartels.",
    "Clashes flared again after a brief ceasefire in the south.",
]
KEPT = [
    "The two gangs agreed a truce on Monday.",
    "The army declared a ceasefire in the north on Sunday.",
    "The rebels announced a unilateral truce on Friday.",
    "A 24-hour truce brokered by Qatar took effect on Saturday.",
    "The militias signed a ceasefire in the capital on Tuesday.",
    "Shelling resumed after a truce brokered by Egypt broke down on Monday.",
    "A ceasefire agreed by the two armies collapsed within hours.",
    "The government and the rebels reached a truce on Wednesday.",
]


@pytest.mark.parametrize("text", BROKEN)
def test_a_truce_told_broken_is_no_retreat(pipeline, text: str) -> None:
    assert "RETREAT" not in plover_types(text)


@pytest.mark.parametrize("text", KEPT)
def test_a_truce_agreed_or_declared_stays(pipeline, text: str) -> None:
    kinds = plover_types(text)
    assert "RETREAT" in kinds or "AGREE" in kinds
