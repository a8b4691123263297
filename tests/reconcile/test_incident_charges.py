"""A killing or a wounding told back by a charge that names no accuser (``reconcile.charges``):
the follow-up joins the happening's incident by a clue both reports tell, and never joins
another victim's or a far town's; the charge itself stays no incident. Made-up reports through
the real pipeline into real SQLite files."""

from __future__ import annotations

from pathlib import Path

import pytest
from fusion_cases import Case, assault_incidents
from fusion_cases_charges import (
    APART_CHARGED,
    APART_CHARGED_MOOT,
    CHARGED_FIRST,
    JOIN_CHARGED,
    JOIN_CHARGED_MOOT,
)


def _assaults(pipeline, tmp_path: Path, case: Case) -> list[set[str]]:
    return assault_incidents(pipeline, str(tmp_path / "charges.db"), case)


@pytest.mark.parametrize("case", JOIN_CHARGED + JOIN_CHARGED_MOOT,
                         ids=[c[0] for c in JOIN_CHARGED + JOIN_CHARGED_MOOT])
def test_a_charge_without_accuser_joins_the_killing_it_names(pipeline, tmp_path: Path,
                                                              case: Case) -> None:
    report, follow_up = _assaults(pipeline, tmp_path, case)
    assert len(report) == 1 and follow_up == report


@pytest.mark.parametrize("case", APART_CHARGED + APART_CHARGED_MOOT,
                         ids=[c[0] for c in APART_CHARGED + APART_CHARGED_MOOT])
def test_a_charge_naming_another_victim_or_town_joins_nothing(pipeline, tmp_path: Path,
                                                              case: Case) -> None:
    report, follow_up = _assaults(pipeline, tmp_path, case)
    assert len(report) == 1 and not follow_up & report


@pytest.mark.parametrize("case", CHARGED_FIRST, ids=[c[0] for c in CHARGED_FIRST])
def test_a_charge_stored_first_joins_the_killing_reported_later(pipeline, tmp_path: Path,
                                                                 case: Case) -> None:
    """The follow-up's other unit keeps the clues of the killing it tells back; the report of
    the killing, stored later, takes them."""
    follow_up, report = _assaults(pipeline, tmp_path, case)
    assert len(report) == 1 and follow_up == report
