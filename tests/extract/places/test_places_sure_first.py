"""Probe sentences (made up for these tests, not taken from any data set) for two unsure names
that pulled each other abroad: "Cambridge" under a BOSTON dateline, or beside "Boston",
"Waltham", "Arlington", read as Cambridge, England. Read at once from population alone, Boston
was the American city and Cambridge the English one; in the next round each one's reading
pulled the other (Boston, Lincolnshire lies near Cambridge, England), and the rounds swapped
them back and forth. ``resolve`` now reads the surest names first in its first round (the
widest margin between a name's best and next reading), each one context for the next. Near
neighbours: names that were right stay right (Canadian, Australian and New England pairs)."""

from __future__ import annotations

import pytest

from samples import resolved_place
from sitrep.extract.places.mention import km

CAMBRIDGE_MA, BOSTON_MA = (42.37, -71.11), (42.36, -71.06)

SWAPPED = [
    "BOSTON (AP) — A man was stabbed in Cambridge late on Friday, police said.",
    "BOSTON — Two students were robbed near a bus stop in Cambridge on Monday.",
    "Boston police said a man was stabbed in Cambridge late on Friday.",
    "A Cambridge man was arrested in Boston on Sunday.",
    "Commuters from Cambridge crowded Boston trains on Monday.",
    "The mayor of Cambridge met Boston officials on Tuesday.",
    "A man was stabbed in Cambridge on Friday. Boston police are helping.",
    "A Boston man was arrested in Cambridge on Friday.",
    "A Cambridge man was arrested in Waltham on Friday.",
    "A Lexington man was arrested in Cambridge on Friday.",
    "An Arlington man was arrested in Cambridge on Friday.",
    "BOSTON — Cambridge officials closed the bridge to traffic on Tuesday.",
]

KEPT = [
    ("Boston police said a man was stabbed in Cambridge late on Friday.", "Boston", BOSTON_MA),
    ("A Cambridge man was arrested in Boston on Sunday.", "Boston", BOSTON_MA),
    ("A Somerville man was stabbed in Cambridge on Friday.", "Cambridge", CAMBRIDGE_MA),
    ("WINDSOR, Ontario — A man was shot in London on Friday.", "London", (42.98, -81.23)),
    ("A Windsor man was arrested in Kingston on Friday, Ontario police said.", "Kingston",
     (44.23, -76.48)),
    ("A man from Perth was stabbed in Fremantle on Saturday.", "Perth", (-31.95, 115.86)),
    ("A Halifax man was arrested in Dartmouth on Friday.", "Dartmouth", (44.67, -63.57)),
    ("A Salem man was arrested in Beverly on Friday.", "Salem", (42.52, -70.90)),
    ("A Durham man was arrested in Raleigh on Friday.", "Durham", (35.99, -78.90)),
    ("A man from Worcester was arrested in Springfield on Friday.", "Springfield",
     (42.10, -72.59)),
]


@pytest.mark.parametrize("text", SWAPPED)
def test_the_surer_name_is_read_first_and_places_the_unsure_one(pipeline, text):
    place = resolved_place(pipeline, text, "Cambridge")
    assert km(place, CAMBRIDGE_MA) <= 161, (place.name, place.country)


@pytest.mark.parametrize(("text", "name", "point"), KEPT)
def test_pairs_that_were_right_stay_right(pipeline, text, name, point):
    place = resolved_place(pipeline, text, name)
    assert km(place, point) <= 161, (place.name, place.country)
