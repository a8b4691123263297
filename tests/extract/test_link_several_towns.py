"""Made-up probes of an act spread over several towns listed together ("raids in Kaunas and
Alytus", "protests in Mombasa, Kisumu and Eldoret": ``event_places.several_towns``): no one
town is its place, nor the dateline's town. Neighbours: one town with its region or country
("in Kisumu, Kenya"), a town and a street or building of it, and two towns in two phrases of
which one places the act ("troops based in Kenya attacked militants in Kismayo")."""

from __future__ import annotations

import pytest

from samples import trigger_places

# (text, PLOVER type, trigger, the places of the act)
SEVERAL = [
    ("Police detained 14 people in raids in Kaunas and Alytus on Monday.", "COERCE",
     "detained", []),
    ("NAIROBI, Kenya — Thousands of teachers marched in Mombasa, Kisumu and Eldoret on "
     "Tuesday to demand higher pay.", "PROTEST", "marched", []),
    ("Traders in Sukkur and Larkana shut their shops on Wednesday in protest.", "PROTEST",
     "protest", []),
    ("The Red Cross delivered medical kits to hospitals in Aden and Taiz on Tuesday.", "AID",
     "delivered", []),
]
NEIGHBOURS = [
    ("Police detained 14 people in raids in Kisumu, Kenya, on Monday.", "COERCE", "detained",
     ["Kisumu"]),
    ("Troops based in Kenya attacked militants in Kismayo on Friday.", "ASSAULT", "attacked",
     ["Kismayo"]),
    ("Police detained 14 people in raids on Moi Avenue in Mombasa on Monday.", "COERCE",
     "detained", ["Mombasa"]),
]


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), SEVERAL + NEIGHBOURS)
def test_an_act_over_several_towns_has_no_one_place(pipeline, text, kind, trigger, places):
    assert trigger_places(pipeline, text, kind, trigger) == places
