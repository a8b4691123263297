"""One victim told on one day in a town and in a part of it that GeoNames lists as a place of its
own (Philadelphia and Hunting Park, Chicago and Rogers Park, Brooklyn and Coney Island): the two
reports are one incident, as they are when told on two days (``incidents.clue_places``); the
places alone keep two towns apart, a shared name within ``NEAR_KM`` joins them. Neighbours stay
two: the name in a far town, the name with another age, other victims, another day, and a street
address alone (every town has a Main Street). Made-up reports through the real pipeline into
real SQLite files."""

from __future__ import annotations

from pathlib import Path

import pytest
from fusion_cases import Case, assault_incidents

_PHILADELPHIA = ("PHILADELPHIA — Police say Kevin Tran, 19, was shot and killed Friday night on "
                 "a corner in Philadelphia.", "2016-01-23")
_CHICAGO = ("CHICAGO — Tavon Goff, 21, was shot and killed Saturday night, Chicago police said.",
            "2016-01-24")

ONE_VICTIM: list[Case] = [
    ("a part of Philadelphia", _PHILADELPHIA,
     ("Kevin Tran, 19, was shot dead Friday night in Hunting Park, police said.", "2016-01-23")),
    ("a part of Chicago", _CHICAGO,
     ("Tavon Goff, 21, was shot and killed Saturday night in Rogers Park, police said.",
      "2016-01-24")),
    ("a part of Brooklyn",
     ("BROOKLYN — Andre Wallace, 19, was shot dead Sunday afternoon in a parking lot in "
      "Brooklyn, police said.", "2018-05-07"),
     ("Andre Wallace, 19, was shot dead Sunday afternoon in a parking lot in Coney Island, "
      "police said.", "2018-05-07")),
]

APART: list[Case] = [
    ("the same name in a town far away", _PHILADELPHIA,
     ("Kevin Tran, 19, was shot dead Friday night in Harrisburg, police said.", "2016-01-23")),
    ("the same name with another age", _CHICAGO,
     ("Tavon Goff, 45, was shot and killed Saturday night in Rogers Park, police said.",
      "2016-01-24")),
    ("the same street address in a town nearby",
     ("CHICAGO — A 21-year-old man was shot and killed Saturday night in the 100 block of Main "
      "Street, Chicago police said.", "2016-01-24"),
     ("A 30-year-old man was shot and killed Saturday night in the 100 block of Main Street in "
      "Evanston, police said.", "2016-01-24")),
    ("other victims", _PHILADELPHIA,
     ("Luis Ortega, 33, was shot dead Friday night in Hunting Park, police said.", "2016-01-23")),
    ("the same name on another day", _CHICAGO,
     ("Tavon Goff, 21, was shot and killed Wednesday night in Rogers Park, police said.",
      "2016-01-28")),
]


def _assaults(pipeline, tmp_path: Path, case: Case) -> list[set[str]]:
    return assault_incidents(pipeline, str(tmp_path / "parts.db"), case)


@pytest.mark.parametrize("case", ONE_VICTIM, ids=[c[0] for c in ONE_VICTIM])
def test_one_victim_in_a_town_and_a_part_of_it_is_one_incident(pipeline, tmp_path: Path,
                                                                case: Case) -> None:
    first, second = _assaults(pipeline, tmp_path, case)
    assert len(first) == 1 and second == first


@pytest.mark.parametrize("case", APART, ids=[c[0] for c in APART])
def test_neighbours_of_a_town_and_its_part_stay_two(pipeline, tmp_path: Path,
                                                    case: Case) -> None:
    first, second = _assaults(pipeline, tmp_path, case)
    assert len(first) == 1 and len(second) == 1 and first != second
