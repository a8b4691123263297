"""Habits told around another verb (eventhood/summaries.py) and a body's job told in a relative
clause (eventhood/routine.py, ``body_function``): the purpose of a verb qualified by a repeated
time shares it ("set aside three hours every day for citizens to meet him"); an act in a
relative clause on an office or a unit with no date and bare plural objects ("the office, which
investigated threats against clinics") is what the body does, not one happening. Purposes on a
day, relative clauses with a date, a count or the perfect stay. Sentences made up for these
tests."""

from __future__ import annotations

import pytest

from samples import modes_after_lead

FLAGS = {"negated", "hypothetical", "future"}



HABITS = [
    ("The president set aside three hours every day for citizens to meet him in his office.",
     "CONSULT"),
    ("The governor kept an hour every week for farmers to meet him.", "CONSULT"),
    ("The mayor reserved two hours every Friday for residents to visit her.", "CONSULT"),
    ("The king set aside every Sunday to meet petitioners at the palace.", "CONSULT"),
    ("The commander sent patrols every night to raid the villages.", "ASSAULT"),
    ("The ministers met every week to discuss the crisis.", "CONSULT"),
    ("The new governor closed the office, which investigated threats against clinics.",
     "ACCUSE"),
    ("The governor closed the unit, which arrested smugglers along the border.", "COERCE"),
    ("The army disbanded the brigade, which attacked villages in the east.", "ASSAULT"),
    ("The court shut the task force that raided illegal clubs.", "ASSAULT"),
]
HAPPENINGS = [
    ("The minister set aside three hours on Monday to meet the rebel leaders.", "CONSULT"),
    ("The president flew to Paris on Monday to meet the French prime minister.", "CONSULT"),
    ("The army sent troops on Monday to raid the village.", "ASSAULT"),
    ("The mayor praised the unit, which arrested 12 men on Monday.", "COERCE"),
    ("The minister visited the office that investigated the bombing.", "ACCUSE"),
    ("The governor thanked the agency, which has arrested five suspects.", "COERCE"),
    ("Police, who arrested two men on Monday, are searching for a third.", "COERCE"),
    ("Spitzer criticized Vacco for dismantling the office on Monday.", "ACCUSE"),
]


@pytest.mark.parametrize(("text", "plover"), HABITS,
                         ids=[f"habit-{k:02d}" for k in range(len(HABITS))])
def test_a_habit_or_a_bodys_job_is_no_happening(pipeline, text: str, plover: str) -> None:
    assert not any(not FLAGS & set(m) for m in modes_after_lead(text, plover))


@pytest.mark.parametrize(("text", "plover"), HAPPENINGS,
                         ids=[f"happening-{k:02d}" for k in range(len(HAPPENINGS))])
def test_purposes_on_a_day_and_dated_clauses_stay(pipeline, text: str, plover: str) -> None:
    assert any(not FLAGS & set(m) for m in modes_after_lead(text, plover))
