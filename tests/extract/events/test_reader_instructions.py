"""Instructions to the reader (events/senses/life/visits.py, ``reader_instruction``): "visit
www.example.org for more information", "for details, visit ..." send the reader to a web
address, no one visits anyone (no CONSULT); visits of officials, told or planned, stay.
Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import modes_after_lead

FLAGS = {"negated", "hypothetical", "future"}



INSTRUCTIONS = [
    "Visit www.marchforbabies.org for more information.",
    "For more information about the festival, visit www.festival.org.",
    "For a complete schedule of the exams, visit http://www.collegeboard.com.",
    "Details are available online; visit www.example.org.",
    "Visit www.redcross.org to register.",
    "Please visit www.redcross.org for updates.",
    "For more information, visit www.shelter.org or call the office.",
    "To donate, visit www.foodbank.org.",
    "Visit www.cityparks.gov for a full list of events.",
    "More details: visit www.citycouncil.gov.",
    "Those interested may visit www.volunteers.org for details.",
    "For details, visit the county's Facebook page.",
]
VISITS = [
    "The minister will visit Kabul on Monday.",
    "The president visited the website's headquarters in Dublin on Monday.",
    "For the first time, the president visited Cuba on Monday.",
    "The envoy visited the rebels' camp on Monday.",
    "After the talks, the minister visited the border town on Tuesday.",
]


@pytest.mark.parametrize("text", INSTRUCTIONS,
                         ids=[f"instruction-{k:02d}" for k in range(len(INSTRUCTIONS))])
def test_an_instruction_to_the_reader_is_no_visit(pipeline, text: str) -> None:
    assert not any(not FLAGS & set(m) for m in modes_after_lead(text, "CONSULT"))


@pytest.mark.parametrize("text", VISITS, ids=[f"visit-{k:02d}" for k in range(len(VISITS))])
def test_visits_of_officials_stay(pipeline, text: str) -> None:
    assert modes_after_lead(text, "CONSULT")
