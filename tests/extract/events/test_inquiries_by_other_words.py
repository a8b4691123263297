"""Inquiries told by other verbs than "investigate" (ACCUSE/investigate; issue 15's recall on
held-out articles: "while the bureau looks into the shooting", "his office would examine the
report", "is being questioned by military intelligence" were missed): looking into or examining
a happening, an allegation, a complaint or a report, and a person questioned by the police,
investigators or intelligence. Looking into someone's eyes or ways to cut costs, a doctor who
examines a patient, and critics who question a plan stay no ACCUSE.

Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

INQUIRIES = [
    "The man is being questioned by police.",
    "Two suspects were questioned by detectives on Monday.",
    "The driver was questioned by investigators after the attack.",
    "One sailor was captured and is being questioned by military intelligence.",
    "Police questioned the suspect for six hours.",
    "The state bureau will look into the shooting.",
    "Prosecutors are looking into the death of the inmate.",
    "The ministry said it would look into the allegations.",
    "The attorney general said his office would examine the report.",
    "The commission will examine allegations of torture.",
    "Police are looking into the killing of a shopkeeper.",
    "The ombudsman said she was looking into the complaints.",
]
NOT_INQUIRIES = [
    "She looked into his eyes.",
    "The children looked into the well.",
    "Doctors examined the patient on Monday.",
    "The students examined the samples under a microscope.",
    "Critics questioned the wisdom of the plan.",
    "He looked into the camera and smiled.",
    "The committee examined the budget.",
    "The panel will look into ways to cut costs.",
    "The teacher questioned the pupils about the book.",
    "The mechanic examined the engine.",
    "Police questioned witnesses outside the bar.",
]


@pytest.mark.parametrize("text", INQUIRIES)
def test_matter_looked_into_or_person_questioned_is_inquiry(pipeline, text: str) -> None:
    assert "ACCUSE" in plover_types(text)


@pytest.mark.parametrize("text", NOT_INQUIRIES)
def test_looks_examinations_and_doubts_are_no_inquiry(pipeline, text: str) -> None:
    assert "ACCUSE" not in plover_types(text)
