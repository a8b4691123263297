"""Probe sentences (made up for these tests, not taken from any data set) for divisions named
in a list that ends in a plural division word (issue 19, item 5; GeoVirus-style web news about
outbreaks and disasters): "Edo and Ondo states", "Idlib and Hama governorates", "the Donetsk
and Luhansk oblasts" are first-level divisions (districts: either level), not the towns of the
same names; a region's states ("the Gulf states") stay the region, and a name without the
plural word stays a town."""

from __future__ import annotations

import re

import pytest

from samples import resolved_place
from sitrep.extract.places import rules

CHANGES = [
    ("Lassa fever cases rose in Edo and Ondo states.", "Ondo", "NGA"),
    ("Curfews were imposed in Kaduna and Plateau states.", "Kaduna", "NGA"),
    ("Floods hit the Sylhet and Sunamganj districts.", "Sylhet", "BGD"),
    ("Fighting raged in Idlib and Hama governorates.", "Hama", "SYR"),
    ("Troops moved into the Donetsk and Luhansk oblasts.", "Donetsk", "UKR"),
    ("Fires burned in the Biobio and Maule regions.", "Maule", "CHL"),
    ("Gunmen attacked villages in Zamfara and Katsina states.", "Katsina", "NGA"),
    ("Polio cases were found in Kano and Jigawa states.", "Kano", "NGA"),
    ("Heavy fighting was reported in Kandahar and Helmand provinces.", "Kandahar", "AFG"),
    ("Shelling hit the Kharkiv and Sumy oblasts overnight.", "Kharkiv", "UKR"),
    ("Aid convoys reached the Aleppo and Idlib governorates.", "Aleppo", "SYR"),
]


@pytest.mark.parametrize(("text", "name", "country"), CHANGES)
def test_a_name_in_a_list_of_divisions_is_the_division(pipeline, text, name, country,
                                                       monkeypatch):
    place = resolved_place(pipeline, text, name)
    assert (place.kind, place.country) == ("admin1", country)
    # without the plural word read, the name is the town of that name
    monkeypatch.setattr(rules, "_PLURAL_DIVISION",
                        re.compile(r"\s*,?\s*(counties|parishes|townships)\b"))
    assert resolved_place(pipeline, text, name).kind == "city"


STAYS = [
    ("Protests spread to the Gulf states.", "Gulf", "region"),
    ("Flooding hit Ondo town on Monday.", "Ondo", "city"),
    ("Troops entered Kandahar city on Friday.", "Kandahar", "city"),
    ("The market in Kano was closed for two days.", "Kano", "city"),
    ("Shelling hit Kharkiv overnight, the mayor said.", "Kharkiv", "city"),
    ("Cholera spread in Sindh and Punjab provinces.", "Sindh", "admin1"),
    ("Aid reached Borno and Yobe states.", "Borno", "admin1"),
    ("Ships were stopped in the Baltic states' ports.", "Baltic", "region"),
    ("Residents of Aleppo fled the shelling.", "Aleppo", "city"),
    ("Clashes erupted in Jonglei and Unity states.", "Unity", "admin1"),
]


@pytest.mark.parametrize(("text", "name", "kind"), STAYS)
def test_without_a_list_of_divisions_the_reading_stays(pipeline, text, name, kind):
    assert resolved_place(pipeline, text, name).kind == kind
