"""A measure named as what is lifted, eased or ended is no new imposition
(events/eventhood/states.py, ``lifted_measure``): "lifted a six-year ban on rallies", "eased
sanctions", "the lifting of the curfew" report the end of a ban, curfew, sanction, embargo or
suspension in place (the lexicon's CONCEDE or RETREAT of lifting stays); imposing, extending,
renewing or defying one keeps the measure, and a siege or a blockade (force going on) stays.
Made-up probes, not taken from any data set; all 12 ended measures gave a COERCE or SANCTION
before the change."""

from __future__ import annotations

import pytest

from samples import plover_types

ENDED = [
    "The government lifted a ban on opposition rallies on Monday.",
    "The junta lifted the curfew in the capital on Tuesday.",
    "Washington eased sanctions on Venezuela's oil sector on Wednesday.",
    "The ministry lifted the suspension of the newspaper on Monday.",
    "The EU lifted its arms embargo on the country on Thursday.",
    "The prison authority lifted the visit ban on Monday.",
    "The court overturned the ban on the newspaper on Monday.",
    "The council scrapped the suspension of the mayor on Tuesday.",
    "The junta ended the curfew in the north on Friday.",
    "The court quashed the ban on the opposition party on Thursday.",
    "The regulator revoked the suspension of the broadcaster's licence on Friday.",
    "Parliament repealed the ban on street protests on Wednesday.",
]
IMPOSED = [  # (text, the type that must stay)
    ("The government imposed a ban on opposition rallies on Monday.", "COERCE"),
    ("The junta imposed a curfew in the capital on Tuesday.", "COERCE"),
    ("Washington imposed sanctions on Venezuela's oil sector on Wednesday.", "SANCTION"),
    ("The government extended the ban on opposition rallies on Monday.", "COERCE"),
    ("The army tightened its blockade of the port on Friday.", "COERCE"),
    ("Protesters defied the curfew in the capital on Tuesday.", "COERCE"),
    ("The EU renewed its sanctions on the country on Thursday.", "SANCTION"),
    ("The government lifted a ban on opposition rallies on Monday.", "CONCEDE"),
    ("Washington eased sanctions on Venezuela's oil sector on Wednesday.", "RETREAT"),
    ("Rebels laid siege to the town on Saturday.", "COERCE"),
    ("Troops ended the siege of the town on Saturday.", "COERCE"),  # force going on
]


@pytest.mark.parametrize("text", ENDED)
def test_an_ended_measure_is_no_imposition(pipeline, text: str) -> None:
    types = plover_types(text)
    assert "COERCE" not in types and "SANCTION" not in types


@pytest.mark.parametrize(("text", "plover"), IMPOSED)
def test_imposed_measures_and_the_lifting_stay(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)
