"""Probe sentences (made up for these tests, not taken from any data set) for place names found
inside other names (issue 19, item 5): a word of a street's, a shop's, an agency's or a longer
place's name is no place of its own ("East" of "East 14th Street", "Town" of "C-Town", "Colorado"
of "Colorado Springs"). Near neighbours: the same words where they are whole names."""

from __future__ import annotations

import pytest

from samples import place_mentions
from sitrep.extract.places.resolve import resolve


def _places(pipeline, text: str) -> dict[str, tuple[str, str | None, str | None]]:
    """Mention text -> (chosen name, country, admin1 code) of the places found in ``text``."""
    mentions = place_mentions(pipeline, text)
    resolve(mentions, pipeline.gazetteer, text=text)
    return {m.text: (m.choice.name, m.choice.country, m.choice.admin1)
            for m in mentions if m.choice is not None}


# a word of a longer name, read before as a place of its own: it must not be one
FRAGMENTS = [
    ("Video from inside the C-Town released by the NYPD showed the gunman.", "Town"),
    ("Officers found the car near East 22nd Street on Saturday night.", "East"),
    ("The shooting happened on West 9th Avenue late on Friday.", "West"),
    ("Neighbours heard shots in the 300 block of North Elm Lane around midnight.", "North"),
    ("A State Trooper stopped the van on the highway.", "Trooper"),
    ("Barrera, a 29-year-old Latina, died on Friday.", "Latina"),
    ("A SWAT team entered the house after a standoff.", "SWAT"),
    ("The suspect was a Marine veteran, a neighbour said.", "Marine"),
    ("The clerk locked the doors of the C-Town as the gunman ran off.", "Town"),
    ("Shots were fired near South 17th Street and the river on Monday.", "South"),
    ("The crowd gathered outside the Superior Court on Tuesday.", "Superior"),
    ("He was seen running down East Lee Drive after the shots.", "East"),
]

# the longer name is itself a place: the mention is widened to it
WIDENED = [
    ("He was reading the Colorado Springs Gazette at home.", "Colorado Springs",
     "Colorado Springs"),
    ("Dearborn Heights Mayor Dan Paletko spoke to reporters on Monday.", "Dearborn Heights",
     "Dearborn Heights"),
    ("Via AP SALT LAKE CITY - A police officer was killed on Sunday.", "SALT LAKE CITY",
     "Salt Lake City"),
    ("A York City Police officer arrested her near the park.", "York City", None),
]

# streets and shops named after a place: one facility name, not the place it recalls
FACILITIES = [
    ("The crash closed Windsor Spring Road in Augusta for hours.", "Windsor Spring Road"),
    ("Police shut East 14th Street in Brooklyn after the shooting.", "East 14th Street"),
    ("A man was shot outside the C-Town Supermarket in Newark.", None),
]

# near neighbours: whole names, tagged or cued as places, stay places
WHOLE = [
    ("Two men were arrested in East Orange on Friday.", "East Orange", "East Orange"),
    ("The storm hit Salt Lake City overnight.", "Salt Lake City", "Salt Lake City"),
    ("A Detroit Apartment Complex fire left ten families homeless.",
     "Detroit Apartment Complex", "Detroit"),
    ("She left her job on Augusta's Highland Avenue at five.", "Augusta", "Augusta"),
    ("He will appear in Litchfield Superior Court on April 7.", "Litchfield", "Litchfield"),
    ("The Hartford Police Department made two arrests.", "Hartford", "Hartford"),
    ("Troops met at the headquarters in Maiduguri Borno State on Sunday.", "Borno State",
     "Borno"),
    ("The Ohio Supreme Court delayed the execution.", "Ohio", "Ohio"),
    ("A Milwaukee man was shot near North Avenue on Sunday.", "Milwaukee", "Milwaukee"),
    ("Residents of North Carolina were told to stay home.", "North Carolina",
     "North Carolina"),
    ("The Colorado Springs Gazette reported the fire in Pueblo.", "Pueblo", "Pueblo"),
    ("Fighting spread to the west of Syria on Monday.", "Syria", "Syria"),
    ("Police in Pueblo said a man was shot. A 16-year-old girl was arrested.", "Pueblo",
     "Pueblo"),
]


@pytest.mark.parametrize("text,word", FRAGMENTS)
def test_a_word_of_a_longer_name_is_no_place(pipeline, text, word):
    found = _places(pipeline, text)
    assert word not in found, found


@pytest.mark.parametrize("text,mention,name", WIDENED)
def test_a_place_name_inside_a_longer_run_is_widened_to_it(pipeline, text, mention, name):
    found = _places(pipeline, text)
    shorter = [t for t in found if t != mention and t in mention]
    assert not shorter, found
    if name is not None:
        assert found[mention][0] == name, found
    else:  # no town called "York City": whatever is read, not the fragment "York"
        assert "York" not in found, found


@pytest.mark.parametrize("text,facility", FACILITIES)
def test_a_street_or_shop_named_after_a_place_is_one_facility(pipeline, text, facility):
    found = _places(pipeline, text)
    words = [t for t in found if t != facility and facility and t in facility]
    assert not words, found
    assert not any(t in ("Town", "East", "Windsor") for t in found), found


@pytest.mark.parametrize("text,mention,name", WHOLE)
def test_a_whole_place_name_stays_a_place(pipeline, text, mention, name):
    found = _places(pipeline, text)
    assert mention in found, found
    assert found[mention][0] == name, found
