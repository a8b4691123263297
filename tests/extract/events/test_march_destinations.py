"""Where a protest march went is no recipient of the protest ("marched to the Ministry of
Finance", "paraded to city hall", "streamed into the square": ``preps.venue``, by the verb of
going and the preposition of destination), read with the real model on made-up sentences; whom
one protests to or against keeps its place ("protested to the embassy", "marched against the
government", "stormed the parliament")."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("Thousands of workers marched to the Ministry of Finance to protest the cuts.", "marched",
     ["workers"], [], [], ["Ministry"]),
    ("Farmers marched to the Presidential Palace in Lima.", "marched", ["Farmers"], [], [],
     ["Palace"]),
    ("Thousands of workers marched to the ministry to protest the cuts.", "marched",
     ["workers"], [], [], ["ministry"]),
    ("Students marched to the Education Ministry on Tuesday.", "marched", ["Students"], [], [],
     ["Ministry"]),
    ("Hundreds of nurses marched to the offices of the health authority.", "marched",
     ["nurses"], [], [], ["authority", "offices"]),
    ("Several thousand teachers marched to the National Assembly on Friday.", "marched",
     ["teachers"], [], [], ["Assembly"]),
    ("Pensioners marched to the Labour Ministry in Santiago.", "marched", [], [], [],
     ["Ministry"]),
    ("Veterans marched towards the Defence Ministry in Kyiv.", "marched", ["Veterans"], [], [],
     ["Ministry"]),
    ("Miners marched to the headquarters of the state mining company.", "marched", ["Miners"],
     [], [], ["company", "headquarters"]),
    ("Doctors marched to the Ministry of Health in Nairobi.", "marched", ["Doctors"], [], [],
     ["Ministry"]),
    ("Hundreds of students marched to the British Embassy in Tehran.", "marched",
     ["students"], [], [], ["Embassy"]),
    ("Taxi drivers marched to the city council offices.", "marched", ["drivers"], [], [],
     ["council"]),
]

KEPT = [
    ("Residents protested to the embassy about the visa delays.", "protested", ["Residents"],
     ["embassy"], [], []),
    ("Activists protested against the governor outside the courthouse.", "protested",
     ["Activists"], ["governor"], [], ["courthouse"]),
    ("Protesters marched on parliament to demand new elections.", "marched", ["Protesters"],
     ["parliament"], [], []),
    ("Protesters stormed the parliament in Tirana.", "stormed", ["Protesters"], ["parliament"],
     [], []),
    ("Thousands marched against the government in Caracas.", "marched", [], ["government"], [],
     []),
    ("Hundreds of nurses rallied on the State House lawn to demand higher pay.", "rallied",
     ["nurses"], [], [], ["State House"]),
    ("Students rallied on the Capitol steps on Monday.", "rallied", ["Students"], [], [],
     ["Capitol"]),
    ("Police are investigating a break-in at the Harbor Point Marina over the weekend.",
     "investigating", ["Police"], [], [], ["Marina"]),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_where_a_march_went_is_no_recipient(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
