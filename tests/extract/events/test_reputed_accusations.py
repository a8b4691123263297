"""A class of doers accused with no accuser and no date (events/senses/public/habits.py,
``reputed_accusation``): "armed groups have been accused of extorting farmers", "prison guards
are accused of selling phones" tell a reputation, not someone's accusation. Near neighbours
(counted or named suspects, an accuser, a date, a past accusation) stay ACCUSE. Sentences made
up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

REPUTATIONS = [
    "Armed groups in the region have been accused of extorting farmers.",
    "Paramilitary groups have long been accused of ties to the drug trade.",
    "Local gangs have been accused of recruiting children.",
    "Mining companies in the area have been accused of polluting rivers.",
    "Prison guards are accused of selling phones to inmates.",
    "Vigilante groups have been accused of killing suspected thieves.",
    "Some police units have been accused of torturing detainees.",
    "Security contractors are accused of abusing detainees at the camp.",
    "Border officials have been accused of taking bribes from smugglers.",
    "Landlords in the city are accused of evicting tenants illegally.",
    "Factory owners have been blamed for the deaths of workers.",
    "Ruling party activists have been accused of intimidating voters.",
]
ACCUSATIONS = [
    "The two men are accused of killing a shopkeeper on Monday.",
    "Farinas is accused of helping a drug trafficking organization.",
    "The militias were accused by the UN on Tuesday of killing civilians.",
    "Three officers have been accused of beating a detainee last week.",
    "Lawmakers accused the ministers of lying on Monday.",
]


@pytest.mark.parametrize("text", REPUTATIONS)
def test_a_class_accused_by_no_one_is_a_reputation(pipeline, text: str) -> None:
    assert "ACCUSE" not in plover_types(text)


@pytest.mark.parametrize("text", ACCUSATIONS)
def test_accusations_of_named_or_counted_suspects_stay(pipeline, text: str) -> None:
    assert "ACCUSE" in plover_types(text)
