"""Visits on errands (events/senses/life/personal.py, errand): ordinary people (residents,
customers, visitors, anyone) visiting a place of service (an office, a store, a museum, a
website) meet no party: no CONSULT. Near neighbours (officials, envoys, inspectors and
delegations visiting places, offices stormed) stay. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

ERRANDS = [
    "People will be able to visit the Nelson office and get advice.",
    "Residents can visit the library to pick up free masks.",
    "Customers can visit the store on Saturday.",
    "Visitors can visit the museum for free.",
    "Students can visit the career center on Tuesday.",
    "Anyone can visit the website to register.",
    "Patients can visit the clinic without an appointment.",
    "Shoppers can visit the market on Sundays.",
    "Families will be able to visit the park for free.",
    "Readers can visit our office to collect prizes.",
]
VISITS = [
    ("The president visited Kyiv on Monday.", "CONSULT"),
    ("The minister will visit Paris next week.", "CONSULT"),
    ("The envoy visited the refugee camp on Tuesday.", "CONSULT"),
    ("UN inspectors visited the site on Friday.", "CONSULT"),
    ("The governor visited the office of the prime minister on Monday.", "CONSULT"),
    ("Protesters stormed the office on Monday.", "ASSAULT"),
    ("The delegation will visit the plant next week.", "CONSULT"),
    ("The pope visited the library of the monastery on Sunday.", "CONSULT"),
    ("Investigators visited the office of the company on Friday.", "CONSULT"),
    ("The Iranian foreign minister visited the museum on Tuesday.", "CONSULT"),
]


@pytest.mark.parametrize("text", ERRANDS)
def test_ordinary_people_visiting_places_of_service_is_no_consult(pipeline, text: str) -> None:
    assert "CONSULT" not in plover_types(text)


@pytest.mark.parametrize(("text", "plover"), VISITS)
def test_visits_of_officials_and_parties_stay(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)
