"""The verb "strike" with no target done by people who work, or over the terms of work, is a
walkout (PROTEST), not an attack (senses/life/strikes.py ``walkout_struck``); a target or an
armed doer keeps the attack."""

from __future__ import annotations

import pytest

import sitrep

WALKOUTS = [
    "Kenyan doctors strike over unpaid salaries",
    "Port workers in Durban struck on Monday over a pay offer.",
    "Hospital cleaners strike for higher wages, halting services in Abuja",
    "Lecturers at the state university will strike over pensions next week.",
]

ATTACKS = [
    "Rebels struck an army base near the border overnight.",
    "Militants struck again in the north on Monday, killing four soldiers.",
    "Drones struck a convoy near the town on Tuesday.",
    "Gunmen struck at a checkpoint outside the city.",
]


@pytest.mark.parametrize("text", WALKOUTS)
def test_workers_striking_is_a_walkout(pipeline, text: str) -> None:
    events = sitrep.process_text(text, published="2021-03-01").events
    struck = [e for e in events if e.trigger.text.lower().startswith(("strike", "struck"))]
    assert struck and all(e.plover_type == "PROTEST" for e in struck), events


@pytest.mark.parametrize("text", ATTACKS)
def test_a_strike_with_a_target_or_armed_doer_stays_an_attack(pipeline, text: str) -> None:
    events = sitrep.process_text(text, published="2021-03-01").events
    struck = [e for e in events if e.trigger.text.lower().startswith(("strike", "struck"))]
    assert struck and all(e.plover_type == "ASSAULT" for e in struck), events
