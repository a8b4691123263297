"""Road and rail mishaps (events/eventhood.py accidents, with the vehicles of
events/senses/nature.py): a vehicle by its kind or its maker as the doer, an injury told with the
collision it follows, a headline's "Struck By Car" are no ASSAULT. Near neighbours (vehicles
used on purpose, car bombs, attacks on vehicles, warplanes) stay. Sentences made up for these
tests."""

from __future__ import annotations

import pytest

from samples import plover_types

MISHAPS = [
    "Pedestrian Struck By Car On Main Street",
    "A man died after his car was struck by a pickup on Route 9.",
    "Police said a Toyota Camry struck the woman as she crossed Elm Street.",
    "The cyclist was struck by a Ford F-150 on Monday.",
    "A pedestrian was killed Friday when she was hit by a minivan.",
    "The crash happened when a sedan struck the motorcycle from behind.",
    "A school bus and a dump truck collided on Monday, injuring six children.",
    "Troopers said the tractor-trailer struck two vehicles before overturning.",
    "A driver struck and killed a pedestrian in a crosswalk on Tuesday.",
    "A woman walking her dog was struck by a car and seriously injured.",
    "The SUV struck a tree and the driver was injured.",
    "A car struck a pedestrian on Main Street on Friday.",
    "A woman was hit by a pickup truck on Route 9 on Tuesday.",
]
ATTACKS = [
    "A driver plowed into protesters on Saturday, injuring five.",
    "A car bomb struck the convoy on Monday.",
    "Gunmen attacked a bus on the highway on Sunday.",
    "The truck hit a roadside bomb on Tuesday.",
    "Militants fired on a car at the checkpoint on Friday.",
    "Police shot the driver of the car on Sunday.",
    "An attacker drove a truck into the market on Monday, killing ten.",
    "A man struck a woman with his car during an argument on Friday.",
    "Soldiers attacked the van at the crossing on Wednesday.",
    "Israeli jets struck the camp on Saturday.",
    "A truck driven by a suicide bomber exploded at the gate, killing ten.",
]


@pytest.mark.parametrize("text", MISHAPS)
def test_road_mishaps_are_no_assault(pipeline, text: str) -> None:
    assert "ASSAULT" not in plover_types(text)


@pytest.mark.parametrize("text", ATTACKS)
def test_attacks_with_and_on_vehicles_stay(pipeline, text: str) -> None:
    assert "ASSAULT" in plover_types(text)
