"""Visits, tours, talks and meetings of private people are no CONSULT (events/senses/life/
visits.py): PLOVER's CONSULT is meetings between political actors and visits of officials; a
visit to a museum by students, a talk by an author at a bookshop or fans meeting a band are
not. Protesters visiting someone's home or office demonstrate there (PROTEST). Near neighbours
keep their CONSULT: an official, a named person, a country or a body of government takes part,
or the participants are unknown to the lexicons ("negotiators met"). Sentences made up for
these tests."""

from __future__ import annotations

import pytest

import sitrep

LEAD = "Officials spoke on Thursday. "
PUBLISHED = "2021-12-10"

PRIVATE = [
    "The author gave a talk at the museum on Tuesday.",
    "Hundreds of fans visited the stadium on Sunday.",
    "The novelist met readers at a bookshop on Saturday.",
    "Tourists visited the castle on Monday.",
    "The couple visited their grandchildren on Sunday.",
    "The band met fans backstage after the concert.",
    "The artist visited the gallery on Tuesday.",
    "Shoppers visited the new mall on Saturday.",
    "The singer met her fans at the hotel on Friday.",
    "Visitors toured the exhibition on Sunday.",
    "The retired teacher visited the library on Monday.",
    "Dozens of students visited the observatory on Tuesday.",
]
POLITICAL = [
    "The Prime Minister visited Kabul on Tuesday.",
    "The foreign minister met his Chinese counterpart on Tuesday.",
    "The UN envoy visited the refugee camp on Tuesday.",
    "Residents met the mayor on Tuesday.",
    "John Smith met Ahmed Ali in Paris on Tuesday.",
    "The president gave a talk at the museum on Tuesday.",
    "Farmers met the agriculture minister on Tuesday.",
    "Kerry visited Moscow on Tuesday.",
    "Negotiators met again on Thursday in Doha.",
    "The delegation will visit the plant next week.",
    "The governor visited the stadium on Sunday.",
    "Students met the education minister on Monday.",
]
PROTEST_VISITS = [
    "Protesters visited the executives' homes on Tuesday.",
    "Demonstrators visited the minister's office on Monday.",
    "Striking miners visited the owner's mansion on Sunday.",
    "Protesters visited the bank's headquarters on Friday.",
    "Striking nurses visited the health minister's office on Monday.",
    "Demonstrators visited the mayor's home on Saturday.",
    "Marchers visited the company's offices on Tuesday.",
    "Striking workers visited the manager's house on Wednesday.",
    "Protesting farmers visited the governor's residence on Thursday.",
    "Protesters visited the senator's office on Monday.",
]


def _events(text: str) -> list[sitrep.records.Event]:
    result = sitrep.process_text(LEAD + text, published=PUBLISHED)
    return [e for e in result.events if e.trigger.start >= len(LEAD)]


@pytest.mark.parametrize("text", PRIVATE)
def test_a_visit_or_talk_of_private_people_is_no_consult(pipeline, text: str) -> None:
    assert not [e for e in _events(text) if e.plover_type == "CONSULT"]


@pytest.mark.parametrize("text", POLITICAL)
def test_a_meeting_or_visit_with_a_political_actor_stays_consult(pipeline, text: str) -> None:
    assert [e for e in _events(text) if e.plover_type == "CONSULT"]


@pytest.mark.parametrize("text", PROTEST_VISITS)
def test_protesters_visiting_a_home_or_office_protest(pipeline, text: str) -> None:
    events = _events(text)
    assert [e for e in events if e.plover_type == "PROTEST"]
    assert not [e for e in events if e.plover_type == "CONSULT"]
