"""A trigger's required neighbour must be its object, not its setting (events/lexicon.py):
"captured outside Mexico City" takes no city, so it is the capture of a person (an arrest), not
a battle; "declared a state of emergency" reaches "emergency" through "state of". A camera's
capture is no capture at all (events/senses/agency.py). Near neighbours stay. Sentences made up
for these tests, run through the real model."""

from __future__ import annotations

import pytest

from samples import plover_types

SETTINGS = [
    ("The suspect was captured outside Mexico City on Monday.", "ASSAULT"),
    ("Police captured the cartel leader in a village near the border.", "ASSAULT"),
    ("Troops captured two fighters near the town on Sunday.", "ASSAULT"),
    ("Police captured the cartel leader outside Mexico City on Monday.", "ASSAULT"),
    ("Soldiers captured three rebels near the river on Friday.", "ASSAULT"),
    ("Agents captured the fugitive at a hotel in the capital.", "ASSAULT"),
    ("Marines captured the pirates off the coast of the province.", "ASSAULT"),
    ("The gunman was captured on camera outside the store.", "ASSAULT"),
    ("The gunman was captured on camera outside the store.", "COERCE"),
    ("The photo captured the moment the crowd fled.", "COERCE"),
    ("The robbery was captured on surveillance video in the city.", "COERCE"),
    ("Police seized 137 kilos of cocaine base from a gang in the city.", "ASSAULT"),
]
SETTING_NEIGHBOURS = [
    ("Rebels captured the town on Sunday.", "COERCE"),
    ("The army captured the airport after heavy fighting.", "ASSAULT"),
    ("Insurgents captured three villages near the border.", "COERCE"),
    ("The militants captured the base in the north on Friday.", "COERCE"),
    ("The suspect was captured outside Mexico City on Monday.", "COERCE"),
    ("Troops captured two fighters near the town on Sunday.", "COERCE"),
    ("Police captured the fugitive in a raid on Tuesday.", "COERCE"),
    ("The governor declared a state of emergency in the province on Monday.", "COERCE"),
    ("The president declared a state of siege in three regions.", "COERCE"),
    ("The government declared a curfew in the capital.", "COERCE"),
    ("The governor declared an emergency in the province.", "COERCE"),
]


@pytest.mark.parametrize("text,plover", SETTINGS)
def test_settings_and_recordings_are_not_the_acts_object(pipeline, text: str,
                                                         plover: str) -> None:
    assert plover not in plover_types(text)


@pytest.mark.parametrize("text,plover", SETTING_NEIGHBOURS)
def test_objects_of_the_act_still_type_it(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)
