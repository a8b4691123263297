"""Probe sentences (made up for these tests, not taken from any data set) for a building named
after a town that the article also names on its own ("Kosti Teaching Hospital" in a story that
names Kosti): the building lies in that town, even far from the article's main place; a
building named after a far town the article does not name on its own stands for the article's
place as before ("Mornington Road" in a story about Leeds). The name's span is resolved as
``sitrep eval geo`` scores a gold span."""

from __future__ import annotations

import pytest

from samples import resolved_place

NAMED = [
    ("Drones hit a depot in Kosti on Tuesday. A nurse at Kosti Teaching Hospital said 19 were "
     "hurt. Fighting went on in El Fasher, and shelling hit El Fasher again, aid workers in "
     "El Fasher said.", "Kosti Teaching Hospital", "Kosti, SDN"),
    ("Gunmen killed three people in Mopti. The wounded were taken to Mopti Regional Hospital. "
     "Soldiers in Bamako and Bamako's police were on alert, officials in Bamako said.",
     "Mopti Regional Hospital", "Mopti, MLI"),
    ("A bomb went off in Kirkuk on Sunday. Victims were treated at Kirkuk General Hospital. "
     "Officials in Baghdad condemned it, and police in Baghdad and Baghdad's mayor spoke.",
     "Kirkuk General Hospital", "Kirkuk, IRQ"),
    ("Shells hit Kharkiv overnight. Kharkiv Regional Hospital took in 12 wounded. Officials in "
     "Kyiv said Kyiv and Kyiv's suburbs were also targeted.", "Kharkiv Regional Hospital",
     "Kharkiv, UKR"),
    ("A mob attacked a police post in Kano. The injured were flown to Kano Teaching Hospital. "
     "In Lagos, Lagos police and Lagos officials said.", "Kano Teaching Hospital",
     "Kano, NGA"),
    ("Troops fired on protesters in Mandalay. Mandalay General Hospital received 20 wounded. "
     "In Yangon, Yangon residents and Yangon monks marched.", "Mandalay General Hospital",
     "Mandalay, MMR"),
    ("A blast shook Quetta. Quetta Civil Hospital declared an emergency. In Islamabad, "
     "Islamabad police and Islamabad officials met.", "Quetta Civil Hospital", "Quetta, PAK"),
    ("Gunmen attacked a bus near Maiduguri. Maiduguri Specialist Hospital treated 14 people. "
     "In Abuja, Abuja officials and Abuja police met.", "Maiduguri Specialist Hospital",
     "Maiduguri, NGA"),
]

NOT_NAMED = [
    ("Police in Leeds said a man was attacked on Mornington Road. Leeds officers and Leeds "
     "detectives are investigating in Leeds.", "Mornington Road", "Leeds, GBR"),
    ("Drones hit a depot on Tuesday. A nurse at Kosti Teaching Hospital said 19 were hurt. "
     "Fighting went on in El Fasher, and shelling hit El Fasher again, aid workers in El Fasher "
     "said.", "Kosti Teaching Hospital", "El Fasher, SDN"),
]


@pytest.mark.parametrize(("text", "name", "expected"), NAMED + NOT_NAMED)
def test_building_of_a_named_town_lies_in_it(pipeline, text, name, expected):
    c = resolved_place(pipeline, text, name)
    assert f"{c.name}, {c.country}" == expected
