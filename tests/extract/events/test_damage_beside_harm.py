"""Damage to property told beside another assault by a conjoined verb with an object of its own
is a second act (two ASSAULTs, ``merge._damage_beside_harm``): "protesters threw stones at
police and set fire to a police box", "rioters beat two guards and torched three cars". One
attack told by several means stays one ("opened fire on the bus and threw grenades at the
passengers"), nor do tyres or barricades set alight on a road or mattresses in a prison riot (part of the
protest or the riot).
Pelting and stoning are thrown missiles. Sentences made up
for these tests."""

from __future__ import annotations

import pytest

import sitrep

TWO_ACTS = [
    "Protesters threw stones at police and set fire to a police box.",
    "Rioters beat two guards and torched three cars outside the depot.",
    "Youths hurled rocks at the soldiers and burned a customs post.",
    "Demonstrators threw bottles at riot police and set fire to a bank.",
    "Attackers shot dead the driver and set the truck on fire.",
    "The mob attacked two officers and burned their patrol car.",
    "Strikers pelted the managers with eggs and set fire to the company's warehouse.",
    "Settlers beat a farmer and torched his olive grove, the village council said.",
    "Inmates stabbed a guard and set fire to the prison chapel.",
    "Students threw petrol bombs at police and burned a traffic booth.",
]
ONE_ACT = [
    "The gunmen opened fire on the bus and threw grenades at the passengers.",
    "Militants shelled the town and fired rockets at the airport.",
    "The attackers shot the guard and stabbed the cashier.",
    "Rioters burned shops and torched cars in the old town.",
    "Some students threw stones at officers and set tyres on fire on the ring road.",
    "Protesters hurled rocks at police and burned barricades across the avenue.",
    "Inmates set mattresses on fire and took two warders hostage in the north block.",
]


def _assaults(text: str) -> list[str | None]:
    events = sitrep.process_text(text, published="2021-03-02").events
    return [e.plover_mode for e in events if e.plover_type == "ASSAULT"]


@pytest.mark.parametrize("text", TWO_ACTS, ids=[t[:40] for t in TWO_ACTS])
def test_damage_beside_another_assault_is_a_second_act(pipeline, text: str) -> None:
    modes = _assaults(text)
    assert len(modes) == 2 and "destroy" in modes, modes


@pytest.mark.parametrize("text", ONE_ACT, ids=[t[:40] for t in ONE_ACT])
def test_one_attack_by_several_means_stays_one(pipeline, text: str) -> None:
    assert len(_assaults(text)) == 1


# pelting and stoning are thrown missiles (ASSAULT/primitive), as throwing and hurling are
PELTED = [
    "Villagers stoned the convoy as it passed.",
    "Fans pelted the referee with bottles after the match.",
    "He was stoned to death by a mob.",
]


@pytest.mark.parametrize("text", PELTED, ids=[t[:40] for t in PELTED])
def test_pelting_and_stoning_are_assaults(pipeline, text: str) -> None:
    assert "primitive" in _assaults(text)


def test_paving_stone_is_no_assault(pipeline) -> None:
    assert _assaults("The road was paved with stone.") == []
