"""Probes (made up for these tests, not taken from any data set) for a big town lost to a
village of the same name (``extract/places/namesakes.py``): a dateline "HARTFORD —" in an
article whose other name ("Vernon") also has a small reading in the state of a village called
Hartford. Other ambiguous names may not carry a name to a village a fortieth of the big
town's size; a state the article states, a place next to the village, or a namesake of some
size (Hartford, Vermont; Manhattan, Kansas) still decide."""

from __future__ import annotations

import pytest

from samples import resolved_place

STORY = ("{} — A man was shot outside a bar early Sunday, police said. Officers later found his "
         "car abandoned in {}.")

# the big town: the other name's small readings are no reason for a village
BIG_TOWN = [
    ("ALBANY", "Lexington", "NY"),
    ("CHARLESTON", "Trenton", "SC"),
    ("PORTLAND", "Clinton", "OR"),
    ("MADISON", "Centerville", "WI"),
    ("LEXINGTON", "Vernon", "KY"),
    ("MADISON", "Shelby", "WI"),
    ("PORTLAND", "Georgetown", "OR"),
    ("SALEM", "Clayton", "OR"),
    ("MONTGOMERY", "Fairview", "AL"),
    ("MANCHESTER", "Albion", "NH"),
    ("GLENDALE", "Eaton", "AZ"),
    ("MADISON", "Troy", "WI"),
    ("ALBANY", "Franklin", "NY"),
]

# the village or the smaller town stays: its state stated, a neighbour named, a town of size
KEPT = [
    ("MADISON", "Centerville, Ohio", "OH"),
    ("MONTGOMERY", "Fairview, Texas", "TX"),
    ("HARTFORD", "White River Junction", "VT"),
    ("HARTFORD", "Quechee and Woodstock, Vt.", "VT"),
    ("HARTFORD", "Granville and Whitehall", "NY"),
    ("DAYTON, Wash.", "Walla Walla", "WA"),
    ("MADISON, Ind.", "Hanover", "IN"),
    ("SPRINGFIELD, Vt.", "Chester", "VT"),
    ("LEXINGTON, Va.", "Buena Vista", "VA"),
    ("MANHATTAN", "Junction City and Fort Riley", "KS"),
    ("PORTLAND, Maine", "South Portland", "ME"),
    ("DURHAM, N.H.", "Dover", "NH"),
    ("LANSING, Iowa", "Waukon", "IA"),
    ("DAYTON", "Xenia", "OH"),
    ("PORTLAND", "Gresham", "OR"),
]


@pytest.mark.parametrize("town,other,state", BIG_TOWN)
def test_big_town_is_not_lost_to_a_village_of_another_names_state(pipeline, town, other,
                                                                   state):
    choice = resolved_place(pipeline, STORY.format(town, other), town)
    assert (choice.country, choice.admin1) == ("USA", state), (choice.name, choice.population)


@pytest.mark.parametrize("town,other,state", KEPT)
def test_stated_or_neighbouring_namesake_is_kept(pipeline, town, other, state):
    name = town.split(",")[0]
    choice = resolved_place(pipeline, STORY.format(town, other), name)
    assert (choice.country, choice.admin1) == ("USA", state), (choice.name, choice.population)
