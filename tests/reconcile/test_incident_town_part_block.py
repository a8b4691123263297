"""Made-up pairs of reports (not copied from any data set), stored one after the other: on one
day, a report placed in a town and one placed in a part of it that GeoNames lists as a town of
its own (Chicago and Rogers Park, the Bronx and Mott Haven, Los Angeles and Canoga Park) are one
incident where they tell the same victim's age or the same address and nothing apart
(``incidents._part_agrees``). Neighbours stay two: other ages, no clue at all, a large town near
the first that is no part of it (Naperville), another day."""

from __future__ import annotations

from pathlib import Path

import pytest
from fusion_cases import Case, assault_incidents

_CHICAGO = ("CHICAGO — A 21-year-old man was shot and killed Saturday night, Chicago police "
            "said.", "2016-01-24")

ONE: list[Case] = [
    ("the age in a part of Chicago", _CHICAGO,
     ("A 21-year-old man was shot dead Saturday night in Rogers Park, police said.",
      "2016-01-24")),
    ("the age in a part of the Bronx",
     ("A 35-year-old woman was wounded by gunfire Sunday afternoon in the Bronx, police said.",
      "2017-04-10"),
     ("A 35-year-old woman was shot in the leg Sunday afternoon in Mott Haven, police said.",
      "2017-04-10")),
    ("the address in a part of Los Angeles",
     ("LOS ANGELES — A man was shot and wounded Monday in the 7100 block of Owensmouth Avenue, "
      "police said.", "2018-03-06"),
     ("A man was wounded by gunfire Monday in the 7100 block of Owensmouth Avenue in Canoga "
      "Park, police said.", "2018-03-06")),
]
APART: list[Case] = [
    ("another age in a part", _CHICAGO,
     ("A 45-year-old man was shot dead Saturday night in Rogers Park, police said.",
      "2016-01-24")),
    ("no clue in a part",
     ("CHICAGO — A man was shot and killed Saturday night, Chicago police said.", "2016-01-24"),
     ("A woman was shot and wounded Saturday night in Rogers Park, police said.", "2016-01-24")),
    ("the age in a large town nearby", _CHICAGO,
     ("A 21-year-old man was shot dead Saturday night in Naperville, police said.",
      "2016-01-24")),
    ("the age in a part on another day", _CHICAGO,
     ("A 21-year-old man was shot dead Wednesday night in Rogers Park, police said.",
      "2016-01-28")),
]


def _assaults(pipeline, tmp_path: Path, case: Case) -> list[set[str]]:
    return assault_incidents(pipeline, str(tmp_path / "block.db"), case)


@pytest.mark.parametrize("case", ONE, ids=[c[0] for c in ONE])
def test_a_town_and_its_part_of_one_day_with_a_clue_are_one_incident(pipeline, tmp_path: Path,
                                                                      case: Case) -> None:
    first, second = _assaults(pipeline, tmp_path, case)
    assert len(first) == 1 and second == first


@pytest.mark.parametrize("case", APART, ids=[c[0] for c in APART])
def test_neighbours_stay_two(pipeline, tmp_path: Path, case: Case) -> None:
    first, second = _assaults(pipeline, tmp_path, case)
    assert len(first) == 1 and len(second) == 1 and first != second
