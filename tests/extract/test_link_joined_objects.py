"""Probes of a location phrase that hangs on the second of two joined objects of the act ("struck
a fuel depot and a power station in Kosti": ``place_roles.attached``): it says where the act
happened, also under a dateline of another town ("PORT SUDAN, June 10 —"). Neighbours: the phrase on a single object, two
joined objects with no phrase (the dateline's town), and a phrase of the subject's people."""

from __future__ import annotations

import pytest

from samples import trigger_places

# (text, PLOVER type, trigger, the places of the act)
CHANGE = [
    ("KABUL, June 10 \u2014 Gunmen attacked a school and a clinic in Herat on Monday.",
     "ASSAULT", "attacked", ["Herāt"]),
    ("MEXICO CITY, June 10 \u2014 Soldiers seized a truck and three rifles in Culiacan on Sunday.",
     "COERCE", "seized", ["Culiacán"]),
    ("ISLAMABAD, June 10 \u2014 Militants attacked a checkpoint and a police post in Peshawar on Tuesday.",
     "ASSAULT", "attacked", ["Peshawar"]),
    ("KABUL, June 10 \u2014 Gunmen attacked a mosque and a school in Kandahar on Friday.",
     "ASSAULT", "attacked", ["Kandahār"]),
    ("ISLAMABAD, June 10 \u2014 Gunmen attacked a bus and a police van in Quetta on Monday.",
     "ASSAULT", "attacked", ["Quetta"]),
    ("ISLAMABAD, June 10 \u2014 Militants bombed a school and a market near Peshawar on Friday.",
     "ASSAULT", "bombed", ["Peshawar"]),
    ("MEXICO CITY, June 10 \u2014 Gunmen attacked a bar and a restaurant in Celaya on Saturday.",
     "ASSAULT", "attacked", ["Celaya"]),
    ("PORT SUDAN, June 10 \u2014 Drones hit a power plant and a dam in Kosti on Tuesday.",
     "ASSAULT", "hit", ["Kosti"]),
    ("PORT SUDAN, June 10 \u2014 Shells struck a market and a clinic in El Obeid on Sunday.",
     "ASSAULT", "struck", ["El Obeid"]),
    ("ISLAMABAD, June 10 \u2014 Police detained a cleric and his son in Lahore on Friday.",
     "COERCE", "detained", ["Lahore"]),
    ("MEXICO CITY, June 10 \u2014 Troops detained a mayor and a police chief in Acapulco on Monday.",
     "COERCE", "detained", ["Acapulco de Juárez"]),
    ("ADDIS ABABA, June 10 \u2014 Soldiers attacked a church and a school in Gondar on Friday.",
     "ASSAULT", "attacked", ["Gonder"]),
    ("NEW DELHI, June 10 \u2014 Militants attacked a camp and a police station in Srinagar on Sunday.",
     "ASSAULT", "attacked", ["Srinagar"]),
    ("PORT SUDAN, June 10 \u2014 Gunmen looted a clinic and a warehouse in Nyala on Monday.",
     "ASSAULT", "looted", ["Nyala"]),
]

KEEP = [
    ("KABUL, Afghanistan (AP) -- Gunmen attacked a school in Herat on Monday.", "ASSAULT",
     "attacked", ["Herāt"]),
    ("KABUL, Afghanistan (AP) -- Gunmen attacked a school and a clinic on Monday.",
     "ASSAULT", "attacked", ["Kabul"]),
    ("BAGHDAD, Iraq (AP) -- Militants bombed a market and a bus station on Sunday.",
     "ASSAULT", "bombed", ["Baghdad"]),
    ("LAGOS, Nigeria (AP) -- Police raided a warehouse in Kano on Friday.", "COERCE",
     "raided", ["Kano"]),
    ("KYIV, Ukraine (AP) -- Missiles hit a hospital and several homes overnight.",
     "ASSAULT", "hit", ["Kyiv"]),
    ("DAMASCUS, Syria (AP) -- Warplanes shelled a bakery in Idlib on Monday.", "ASSAULT",
     "shelled", ["Idlib"]),
    ("MEXICO CITY (AP) -- Soldiers seized a truck and three rifles on Sunday.", "COERCE",
     "seized", ["Mexico City"]),
    ("Gunmen attacked a school and a clinic in Herat on Monday.", "ASSAULT", "attacked",
     ["Herāt"]),
    ("Drones struck a fuel depot and a power station in Kosti on Tuesday.", "ASSAULT",
     "struck", ["Kosti"]),
    ("Police raided a warehouse and two shops in Kano on Friday.", "COERCE", "raided",
     ["Kano"]),
]


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), CHANGE + KEEP)
def test_phrase_of_a_joined_object_places_the_act(pipeline, text, kind, trigger, places):
    assert trigger_places(pipeline, text, kind, trigger) == places
