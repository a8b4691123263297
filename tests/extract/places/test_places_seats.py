"""Probe sentences (made up for these tests, not taken from any data set) for a legislature
named as its seat ("Congress", "Capitol Hill": kind ``seat`` in ``place_names.tsv``): many
countries have a Congress, so in a story whose places lie in another country the name is that
country's capital, not Washington (``namesakes.seats_at_home``). Near neighbours: American
stories, stories that also name a place in the United States, and stories with a single foreign
place keep Washington. The name's span is resolved as ``sitrep eval geo`` scores a gold span."""

from __future__ import annotations

import pytest

from samples import resolved_place

WASHINGTON = "Washington, USA"

ABROAD = [
    ("LIMA, Peru -- Hundreds of teachers marched to Congress on Tuesday. Police in Lima said "
     "the march was peaceful.", "Congress", "Lima, PER"),
    ("BUENOS AIRES, Argentina -- Pensioners gathered outside Congress on Wednesday, as they do "
     "every week in Buenos Aires.", "Congress", "Buenos Aires, ARG"),
    ("MANILA -- Protesters rallied near Congress on Monday. Riot police blocked the road from "
     "Quezon City to Manila.", "Congress", "Manila, PHL"),
    ("BOGOTA, Colombia -- Farmers blocked the avenue in front of Congress. Similar protests "
     "were held in Medellin and Cali.", "Congress", "Bogotá, COL"),
    ("GUATEMALA CITY -- Students occupied the steps of Congress on Thursday. Police in "
     "Guatemala City made no arrests.", "Congress", "Guatemala City, GTM"),
    ("SANTIAGO, Chile -- Truck drivers drove to Congress to demand lower fuel taxes. The "
     "convoy set out from Santiago and Rancagua.", "Congress", "Santiago, CHL"),
    ("ASUNCION, Paraguay -- A crowd set fire to part of Congress on Friday night. Firefighters "
     "from Asuncion and Luque put out the blaze.", "Congress", "Asunción, PRY"),
    ("NAIROBI, Kenya -- The lawmaker was taken to the Capitol Hill police station. His party "
     "said he had been held in Nairobi before, and in Nakuru.", "Capitol Hill", "Nairobi, KEN"),
    ("MEXICO CITY -- Relatives of the missing students protested outside Congress. Marches "
     "also took place in Guadalajara and Monterrey.", "Congress", "Mexico City, MEX"),
    ("TEGUCIGALPA, Honduras -- Opposition lawmakers walked out of Congress on Tuesday. Police "
     "in Tegucigalpa and San Pedro Sula were on alert.", "Congress", "Tegucigalpa, HND"),
    ("QUITO, Ecuador -- Indigenous groups marched towards Congress. Roads between Quito and "
     "Latacunga were blocked.", "Congress", "Quito, ECU"),
]

AT_HOME = [
    ("WASHINGTON -- Hundreds of nurses rallied outside Congress on Tuesday, calling for better "
     "pay.", "Congress", WASHINGTON),
    ("Protesters from Ohio and Michigan gathered on Capitol Hill on Monday.", "Capitol Hill",
     WASHINGTON),
    ("Farmers from Iowa drove their tractors to Congress on Friday.", "Congress", WASHINGTON),
    ("Lawmakers in Congress debated sanctions on Iran on Tuesday.", "Congress", WASHINGTON),
    ("The senator from Texas spoke on Capitol Hill about the border with Mexico.",
     "Capitol Hill", WASHINGTON),
    ("Veterans marched to Congress from Arlington, Virginia, on Sunday.", "Congress",
     WASHINGTON),
    ("Hundreds of students rallied outside Congress on Tuesday to demand action on climate "
     "change.", "Congress", WASHINGTON),
    ("Police arrested 12 protesters on Capitol Hill after a sit-in over aid to Venezuela.",
     "Capitol Hill", WASHINGTON),
    ("Ukrainian refugees in Chicago and Kyiv officials appealed to Congress for more aid.",
     "Congress", WASHINGTON),
    ("A delegation from Mexico visited Congress in Washington on Thursday.", "Congress",
     WASHINGTON),
]


@pytest.mark.parametrize(("text", "name", "expected"), ABROAD + AT_HOME)
def test_seat_lies_in_the_story_country(pipeline, text, name, expected):
    c = resolved_place(pipeline, text, name)
    assert f"{c.name}, {c.country}" == expected
