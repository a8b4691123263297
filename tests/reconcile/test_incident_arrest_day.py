"""A violent act named by the arrest or the charge of its sentence ("Police arrested a man
Thursday in the fatal shooting of Lena Cole, 51"): the day told is the arrest's, not the act's
(``told_back.day_of_answer``), so the act is told without a day of its own and joins, by the
victim both reports name, the report of the killing stored before it (``incidents.told_later``)
instead of starting a second incident on the arrest's day; stored the other way round, the report
of the killing joins the arrest's incident, whose day was only told (``incidents.told_earlier``,
``incident_units.dated``), and the incident takes the killing's day either way. Neighbours stay
two in either order: another victim, the name with another age, a far town, a killing months
before. Made-up reports through the real pipeline into real SQLite files."""

from __future__ import annotations

from pathlib import Path

import pytest
from fusion_cases import Case, assault_incidents

_HAMMOND = ("HAMMOND, Ind. — Lena Cole, 51, was fatally shot Tuesday in her driveway, police "
            "said.", "2018-09-12")
_EVANSVILLE = ("EVANSVILLE, Ind. — Officer Carl Webb, 40, was shot and killed during a traffic "
               "stop Saturday, police said.", "2019-05-05")

JOIN: list[Case] = [
    ("arrested in the fatal shooting", _HAMMOND,
     ("HAMMOND, Ind. — Police arrested a man Thursday in the fatal shooting of Lena Cole, 51, in "
      "her driveway.", "2018-09-15")),
    ("arrested in the killing", _EVANSVILLE,
     ("EVANSVILLE, Ind. — Police arrested a man Monday in the killing of Officer Carl Webb, 40.",
      "2019-05-07")),
    ("arrested in connection with the stabbing death",
     ("SALEM, Ore. — Derek Olsen, 52, died after he was stabbed in his home on Monday, police "
      "said.", "2017-03-07"),
     ("SALEM, Ore. — Police on Thursday arrested a woman in connection with the stabbing death "
      "of Derek Olsen, 52.", "2017-03-10")),
    ("jailed for the shooting",
     ("MACON, Ga. — Keisha Grant, 34, was shot in the leg Thursday night on Pio Nono Avenue, "
      "deputies said.", "2019-02-15"),
     ("MACON, Ga. — Deputies on Sunday jailed a man for the shooting of Keisha Grant, 34, on Pio "
      "Nono Avenue.", "2019-02-18")),
]

APART: list[Case] = [
    ("another victim", _EVANSVILLE,
     ("EVANSVILLE, Ind. — Police arrested a man Monday in the killing of Paul Dunn, 52.",
      "2019-05-07")),
    ("the name with another age", _HAMMOND,
     ("HAMMOND, Ind. — Police arrested a man Thursday in the fatal shooting of Lena Cole, 19, in "
      "her driveway.", "2018-09-15")),
    ("the name in a town far away", _HAMMOND,
     ("BOISE, Idaho — Police arrested a man Thursday in the fatal shooting of Lena Cole, 51, in "
      "her driveway.", "2018-09-15")),
    ("a killing months before",
     ("EVANSVILLE, Ind. — Officer Carl Webb, 40, was shot and killed during a traffic stop "
      "Saturday, police said.", "2019-01-06"),
     ("EVANSVILLE, Ind. — Police arrested a man Monday in the killing of Officer Carl Webb, 40.",
      "2019-05-07")),
]


def _assaults(pipeline, tmp_path: Path, case: Case, arrest_first: bool
              ) -> tuple[set[str], set[str]]:
    """The ASSAULT incidents of the report and of the arrest, stored in the order asked."""
    label, report, arrest = case
    found = assault_incidents(pipeline, str(tmp_path / "arrest.db"),
                              (label, arrest, report) if arrest_first else case)
    return (found[1], found[0]) if arrest_first else (found[0], found[1])


def _days(pipeline, tmp_path: Path) -> list[tuple[str | None, str | None]]:
    from sitrep.store import open_db

    with open_db(str(tmp_path / "arrest.db")) as db:
        return [(i["date_first"], i["date_last"]) for i in db.incidents()
                if i["family"] == "ASSAULT"]


@pytest.mark.parametrize("arrest_first", [False, True], ids=["report first", "arrest first"])
@pytest.mark.parametrize("case", JOIN, ids=[c[0] for c in JOIN])
def test_an_act_named_by_its_arrest_joins_the_report_of_it(pipeline, tmp_path: Path,
                                                           case: Case, arrest_first: bool
                                                           ) -> None:
    report, arrest = _assaults(pipeline, tmp_path, case, arrest_first)
    assert len(report) == 1 and arrest == report
    # the arrest's day is not the act's: the incident has one day, before the arrest's report
    ((first, last),) = _days(pipeline, tmp_path)
    assert first == last and first < case[2][1]


@pytest.mark.parametrize("arrest_first", [False, True], ids=["report first", "arrest first"])
@pytest.mark.parametrize("case", APART, ids=[c[0] for c in APART])
def test_an_arrest_for_another_killing_joins_nothing(pipeline, tmp_path: Path,
                                                     case: Case, arrest_first: bool) -> None:
    report, arrest = _assaults(pipeline, tmp_path, case, arrest_first)
    assert len(report) == 1 and len(arrest) == 1 and arrest != report
