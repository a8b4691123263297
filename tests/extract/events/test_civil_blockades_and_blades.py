"""Two wrong types of real acts (issue 15: a false positive and a miss at once), and one
obstruction that is no protest:

- **a blockade by civilians** ("truck drivers staged a blockade of the highway", "miners mounted
  a blockade", "farmers kept up a blockade of the main road") is a protest that obstructs
  (PROTEST), no coercion; a blockade by forces or armed groups stays COERCE;
- **a person hacked** with a blade ("was hacked with a machete", "hacked three farmers to
  death") is a blow (ASSAULT); computers and accounts hacked stay a cyber act (COERCE);
- **a road blocked by attackers** ("gunmen blocked the highway and fired at vehicles") is a
  tactic of their attack, no PROTEST; protesters blocking a road stay a protest;
- **a patrol that is no deployment**: attacked ("opened fire on a police patrol"), a source or
  a body ("according to the patrol", "the patrol's drug division"); patrols stepped up or gone
  on stay MOBILIZE.

Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

CIVIL_BLOCKADES = [
    "Truck drivers staged a blockade of the main highway on Tuesday.",
    "Farmers have kept up a blockade of the main road for a week.",
    "Fishermen mounted a blockade of the port on Monday.",
]
ARMED_BLOCKADES = [
    "Government forces tightened their blockade of the rebel-held town.",
    "Soldiers imposed a blockade on the port city on Monday.",
]
HACKED_PEOPLE = [
    "A farmer was hacked with a machete on his way home.",
    "Attackers hacked three villagers to death on Sunday night.",
]
HACKED_THINGS = [
    "Hackers hacked the email accounts of senior officials.",
    "Unknown hackers hacked the ministry's servers on Monday.",
]


@pytest.mark.parametrize("text", CIVIL_BLOCKADES)
def test_civil_blockade_is_protest(pipeline, text: str) -> None:
    types = plover_types(text)
    assert "PROTEST" in types
    assert "COERCE" not in types


@pytest.mark.parametrize("text", ARMED_BLOCKADES)
def test_armed_blockade_stays_coerce(pipeline, text: str) -> None:
    types = plover_types(text)
    assert "COERCE" in types
    assert "PROTEST" not in types


@pytest.mark.parametrize("text", HACKED_PEOPLE)
def test_person_hacked_is_assault(pipeline, text: str) -> None:
    types = plover_types(text)
    assert "ASSAULT" in types
    assert "COERCE" not in types


@pytest.mark.parametrize("text", HACKED_THINGS)
def test_systems_hacked_stay_cyber(pipeline, text: str) -> None:
    types = plover_types(text)
    assert "COERCE" in types
    assert "ASSAULT" not in types


ATTACKERS_BLOCKING = [
    "Gunmen blocked the highway near the village and fired at passing vehicles.",
    "The kidnappers blocked the road with logs and shot out the tyres of the bus.",
    "Masked men set fire to a truck and blocked the road into town.",
]
PROTESTERS_BLOCKING = [
    "Residents set fire to a bus and blocked the road with burning tyres.",
    "Supporters of the losing candidate burned tyres and blocked the main road.",
]


@pytest.mark.parametrize("text", ATTACKERS_BLOCKING)
def test_road_blocked_by_attackers_is_no_protest(pipeline, text: str) -> None:
    types = plover_types(text)
    assert "PROTEST" not in types
    assert "ASSAULT" in types


@pytest.mark.parametrize("text", PROTESTERS_BLOCKING)
def test_road_blocked_by_protesters_stays_protest(pipeline, text: str) -> None:
    assert "PROTEST" in plover_types(text)


PATROLS_NOT_SHOWN = [
    "Gunmen opened fire on a police patrol near the border, wounding two officers.",
    "According to the patrol, the driver raised a pistol at the trooper.",
    "The patrol's drug division has opened an investigation into the shooting.",
    "Her lawyer asked the patrol to release the dashboard video.",
]
PATROLS_SHOWN = [
    "The army stepped up patrols in the area on Monday.",
    "Soldiers went on patrol in the northern districts on Monday.",
]


@pytest.mark.parametrize("text", PATROLS_NOT_SHOWN)
def test_patrol_attacked_or_cited_is_no_deployment(pipeline, text: str) -> None:
    assert "MOBILIZE" not in plover_types(text)


@pytest.mark.parametrize("text", PATROLS_SHOWN)
def test_patrols_made_stay_mobilize(pipeline, text: str) -> None:
    assert "MOBILIZE" in plover_types(text)
