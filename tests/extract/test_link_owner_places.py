"""Made-up probes (not copied from any data set): a place that only modifies a noun of people, a
force or a building other than the act's own ("Waterbury firefighters", "two Detroit police
officers", "the U.S. embassies", "a Memphis pastor": ``place_roles.owner_modifier``) says whose
they are, not where the act happened; where the sentence states a location phrase ("in
Naugatuck", "in Kenya and Tanzania"), that phrase alone places the act. Before, the modifier
placed the act too, or alone (it was read as attached to the act through the act's object or
passive subject). Neighbours: with no location phrase the modifier still places the act ("a
Chicago man was shot"); a modifier that lies in the stated state or country is kept as the
finer place ("a Kabul hotel in Afghanistan"); a modifier of the act's own noun is the act's
place ("the Baghdad market bombing")."""

from __future__ import annotations

import pytest

from samples import event_places

# (text, the place that must place the act, the owner's place that must not)
OWNERS = [
    ("Waterbury firefighters were attacked by a mob in Naugatuck on Sunday.", "Naugatuck",
     "Waterbury"),
    ("Two Detroit police officers were shot in Dearborn on Saturday.", "Dearborn", "Detroit"),
    ("Atlanta officers fired tear gas at protesters in Decatur on Sunday.", "Decatur",
     "Atlanta"),
    ("Militants bombed the U.S. embassies in Kenya and Tanzania on Friday, killing 200 people.",
     "Kenya", "United States"),
    ("A Fresno sheriff's deputy was stabbed in Clovis on Monday night.", "Clovis", "Fresno"),
    ("Gunmen ambushed a Baltimore police patrol in Towson early Sunday.", "Towson",
     "Baltimore"),
    ("A roadside bomb hit a U.S. convoy in Kandahar on Monday, wounding four soldiers.",
     "Kandah", "United States"),
    ("Gunmen abducted two Oakland teachers in Tijuana on Friday.", "Tijuana", "Oakland"),
    ("Police arrested a Memphis pastor in Nashville on Thursday.", "Nashville", "Memphis"),
    ("Rebels kidnapped a Nairobi businessman in Mogadishu on Sunday.", "Mogadishu", "Nairobi"),
    ("Two Chicago men were shot in Gary on Saturday night.", "Gary", "Chicago"),
    ("A Denver bus driver was stabbed in Boulder on Friday.", "Boulder", "Denver"),
    ("Protesters stormed the U.S. consulate in Karachi on Tuesday.", "Karachi",
     "United States"),
    ("Police detained three Boston students in Providence on Friday night.", "Providence",
     "Boston"),
    ("A gunman wounded two Toledo deputies in Sylvania on Wednesday.", "Sylvania", "Toledo"),
    ("A mob beat a Houston reporter in Galveston on Saturday.", "Galveston", "Houston"),
]

# (text, the place that must still place the act)
KEPT = [
    ("A Chicago man was shot on Friday night.", "Chicago"),
    ("Gunmen attacked a Kabul hotel in Afghanistan on Monday.", "Kabul"),
    ("Militants shelled a Baghdad market on Monday, killing 12 people.", "Baghdad"),
    ("Police shot a man in Dearborn on Saturday.", "Dearborn"),
    ("Chicago police said a man was shot in Evanston on Monday.", "Evanston"),
    ("Protesters stormed the British Embassy in Tehran on Tuesday.", "Tehran"),
    ("A car bomb exploded outside the Indian embassy in Kabul on Monday, killing 41 people.",
     "Kabul"),
    ("Gunmen attacked a Lagos bus station in Nigeria on Sunday.", "Lagos"),
    ("Two Tulsa police officers were wounded in a gunfight early Tuesday.", "Tulsa"),
    ("A Boston police officer was shot during a traffic stop on Sunday.", "Boston"),
    # a town that modifies the object of a phrase is no location phrase of its own
    ("A man was arrested by Danbury police on Monday and handed to Brookfield authorities.",
     "Danbury"),
]


ACTS = ("ASSAULT", "COERCE", "PROTEST")  # the acts of the probes (not a "patrol" read as one)


@pytest.mark.parametrize(("text", "where", "owner"), OWNERS)
def test_a_location_phrase_places_the_act_not_the_owners_town(pipeline, text, where, owner):
    places = event_places(pipeline, text, ACTS)
    assert any(where in name for name in places), places
    assert owner not in places, places


@pytest.mark.parametrize(("text", "where"), KEPT)
def test_the_modifier_still_places_the_act_without_another_place(pipeline, text, where):
    places = event_places(pipeline, text)
    assert any(where in name for name in places), places
