"""Fights with courts, judges, insurers and regulators are legal disputes, no ASSAULT
(events/senses/public/disputes.py); fights between armed people, or with them, stay. Sentences
made up for these tests, run through the real model."""

from __future__ import annotations

import pytest

from samples import plover_types

LEGAL_FIGHTS = [
    'His parents staged a months-long battle with the courts to take him abroad.',
    'The widow fought the insurer for two years.',
    "The family's long battle with the courts ended on Friday.",
    'She has been battling the judge since March.',
    'The farmers fought the courts for a decade.',
    'The firm is locked in a battle with regulators.',
    "The mother's battle with the judiciary made headlines.",
    'The father fought the court for access to his son.',
    "They battled the company's lawyers for months.",
    "The writer's battle with the taxman lasted years.",
    'The owners fought the prosecutors for a year.',
]
ARMED_FIGHTS = [
    'The soldiers fought the rebels for two years.',
    'Police battled the gunmen for hours.',
    "The army's battle with the insurgents ended on Friday.",
    'Villagers fought the militia with machetes.',
    'Troops clashed with protesters outside the court.',
    'The guards fought the inmates in the prison yard.',
    'Rebels battled government forces near the city.',
    'The police fought the smugglers on the border.',
    "The militants' fight with the army continued.",
    'Gunmen battled the guards at the courthouse.',
]


@pytest.mark.parametrize("text", LEGAL_FIGHTS)
def test_fights_with_courts_and_insurers_are_no_assault(pipeline, text: str) -> None:
    assert "ASSAULT" not in plover_types(text)


@pytest.mark.parametrize("text", ARMED_FIGHTS)
def test_fights_between_armed_people_stay(pipeline, text: str) -> None:
    assert "ASSAULT" in plover_types(text)
