"""A body's name followed by the place it sits in does not lend the context its usual country
(issue 19 item 3, session 36): "protesters outside the Congress in Lima" are Peruvian, not
American. Made-up sentences; the neighbours (a bare Congress, a Congress that debates another
country, a body of the context's own country) keep their countries."""

from __future__ import annotations

import pytest

from sitrep.extract.actors.code import code_actor

ELSEWHERE = [
    ("Pensioners", "Pensioners rallied outside the Congress in Lima on Thursday.", "PER"),
    ("Protesters", "Protesters marched to the Congress in Bogota.", "COL"),
    ("Students", "Students camped in front of the Congress in Asuncion.", "PRY"),
    ("farmers", "Angry farmers drove tractors to the Congress in Manila.", "PHL"),
    ("Teachers", "Teachers picketed the Congress in Santiago.", "CHL"),
    ("retirees", "The retirees walked to the Congress in Guatemala City.", "GTM"),
    ("Nurses", "Nurses protested at the Congress in Tegucigalpa.", "HND"),
    ("Workers", "Workers blocked the avenue leading to the Congress in Buenos Aires.", "ARG"),
    ("Demonstrators", "Demonstrators gathered near the Congress in Mexico City.", "MEX"),
    ("Miners", "Miners clashed with guards at the Congress in Bolivia.", "BOL"),
    ("Truck drivers", "Truck drivers parked outside the Congress in Brasilia.", "BRA"),
    ("Doctors", "Doctors demonstrated before the Congress in Quito.", "ECU"),
]
NEIGHBOURS = [
    ("Senators", "Senators returned to Congress after the recess.", "USA"),
    ("Protesters", "Protesters gathered outside Congress and then marched to the White House.", "USA"),
    ("Lawmakers", "Lawmakers in Congress debated aid to Kyiv.", "USA"),
    ("Protesters", "Protesters in Paris denounced the Pentagon's budget.", "FRA"),
]


@pytest.mark.parametrize(("text", "context", "country"), ELSEWHERE)
def test_a_congress_in_another_country_lends_that_country(text: str, context: str,
                                                          country: str) -> None:
    assert code_actor(text, context)[0] == country


@pytest.mark.parametrize(("text", "context", "country"), NEIGHBOURS)
def test_a_congress_not_placed_elsewhere_keeps_its_country(text: str, context: str,
                                                           country: str) -> None:
    assert code_actor(text, context)[0] == country
