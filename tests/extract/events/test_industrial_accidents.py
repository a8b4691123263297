"""Accidents that are no attack (events/senses/accidents.py): structures that fail ("a crane
collapsed, killing one worker", "the roof caved in") and explosions told by an accidental cause
or an industrial site ("a gas explosion", "an explosion at the chemical plant", "a gas cylinder
exploded") kill or hurt without an ASSAULT; bombs, explosions at markets and checkpoints,
structures brought down by an airstrike and attacks on plants stay attacks. Sentences made up
for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

ACCIDENTS = [
    "A crane collapsed at a construction site in Dallas, killing one worker.",
    "The roof of the school caved in on Monday, injuring 12 pupils.",
    "A footbridge collapsed on Sunday, killing four people.",
    "An explosion at the chemical plant killed three workers on Tuesday.",
    "A gas explosion destroyed two homes in the suburb.",
    "Three workers were killed in an explosion at a fireworks factory.",
    "A boiler blast at the textile mill injured six workers.",
    "A methane explosion at the coal mine killed 20 miners on Friday.",
    "Police said a gas leak explosion damaged the apartment block.",
    "A fuel tanker exploded on the highway, killing nine.",
    "A blast in a coal mine killed 12 miners.",
    # already no attack before (kept as neighbours of the same family)
    "A gas cylinder exploded in a restaurant, killing four.",
    "A fire destroyed two homes on Monday.",
]
ATTACKS = [
    "A bomb exploded at the market, killing four.",
    "An explosion at the market killed five people on Monday.",
    "The building collapsed after an airstrike, killing five.",
    "A car bomb blast at the plant killed three guards.",
    "An explosion hit a police checkpoint on Tuesday.",
    "A tank fired on the village, killing two.",
    "Rebels attacked the chemical plant, killing three guards.",
    "A drone strike caused an explosion at the refinery on Sunday.",
    "A blast ripped through a mosque during Friday prayers.",
    "Two soldiers were killed when their vehicle hit a mine near the border.",
]


@pytest.mark.parametrize("text", ACCIDENTS)
def test_industrial_or_structural_accident_is_no_assault(text: str) -> None:
    assert "ASSAULT" not in plover_types(text)


@pytest.mark.parametrize("text", ATTACKS)
def test_attack_beside_the_same_words_stays_an_assault(text: str) -> None:
    assert "ASSAULT" in plover_types(text)
