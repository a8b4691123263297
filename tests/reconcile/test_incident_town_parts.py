"""One victim told on one day in a town and in a part of it that GeoNames lists as a place of its
own (Philadelphia and Hunting Park, Chicago and Rogers Park, Brooklyn and Coney Island): the two
reports are one incident, as they are when told on two days (``agree.clue_places``); the
places alone keep two towns apart, a shared name within ``NEAR_KM`` joins them, and so does one
in a part of a large town that lies farther from its point but in its county (Woodland Hills and
San Pedro, 36 km from Los Angeles' point, in Los Angeles County: ``agree.one_county``). Neighbours stay
two: the name in a far town (or as far, in another county: Anaheim), the name with another age,
other victims, another day, and a street address alone (every town has a Main Street). Made-up reports through the real pipeline into
real SQLite files."""

from __future__ import annotations

from pathlib import Path

import pytest
from fusion_cases import Case, assault_incidents

_PHILADELPHIA = ("PHILADELPHIA — Police say Kevin Tran, 19, was shot and killed Friday night on "
                 "a corner in Philadelphia.", "2016-01-23")
_LOS_ANGELES = ("LOS ANGELES — Marisol Vega, 34, was shot and killed Sunday night, Los Angeles "
                "police said.", "2016-01-18")
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
    # parts of a large town farther than NEAR_KM from its point, in its county (admin2)
    ("a part of Los Angeles 36 km from its point", _LOS_ANGELES,
     ("Marisol Vega, 34, was shot dead Sunday night in Woodland Hills, police said.",
      "2016-01-18")),
    ("a part of Los Angeles told by the arrest", _LOS_ANGELES,
     ("SYLMAR, Calif. — Police arrested a man Wednesday in the killing of Marisol Vega, 34.",
      "2016-01-21")),
    ("the arrest in the part stored first",
     ("SAN PEDRO, Calif. — Police arrested a man Thursday in the fatal shooting of Derrick "
      "Hale, 41.", "2017-06-09"),
     ("LOS ANGELES — Derrick Hale, 41, was fatally shot Monday, Los Angeles police said.",
      "2017-06-06")),
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
    ("the same name as far, in a town of another county", _LOS_ANGELES,
     ("Marisol Vega, 34, was shot dead Sunday night in Anaheim, police said.", "2016-01-18")),
    ("the same name with another age in a far part", _LOS_ANGELES,
     ("Marisol Vega, 61, was shot dead Sunday night in Woodland Hills, police said.",
      "2016-01-18")),
    ("another name in a far part", _LOS_ANGELES,
     ("Rosa Medina, 34, was shot dead Sunday night in Woodland Hills, police said.",
      "2016-01-18")),
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
