"""Probes (made up for these tests) of a place that only describes the town named after it
(``place_roles.describes_place``, ``link``): "the Idlib town of Saraqib", "the Caribbean city of
Barranquilla", "the Donbas town of Avdiivka" place the act at the town, the most specific
place stated, and the region or town written before "town of" gives way. Neighbours: a region
alone, a region written after its town ("Ramadi, in Anbar"), a town's own "city of" name, a
modifier of a noun other than a place's ("the Idlib offensive"), a division named before its
country ("the North region of Cameroon"), and a region that contains
the town (already only saying where the town is)."""

from __future__ import annotations

import pytest

from samples import trigger_places

# (text, PLOVER type, trigger, the places of the act)
DESCRIBED = [
    ("A car bomb exploded outside a police station in the Caribbean city of Barranquilla on "
     "Monday.", "ASSAULT", "exploded", ["Barranquilla"]),
    ("Gunmen attacked a market in the Darfur town of Nyala on Sunday.", "ASSAULT", "attacked",
     ["Nyala"]),
    ("Soldiers shelled the Donbas city of Kramatorsk on Tuesday.", "ASSAULT", "shelled",
     ["Kramatorsk"]),
    ("Militants ambushed a convoy near the Sinai town of Arish on Monday.", "ASSAULT",
     "ambushed", ["Arīsh"]),
    ("Police arrested 12 protesters in the Kashmir town of Sopore on Thursday.", "COERCE",
     "arrested", ["Sopur"]),
    ("Troops clashed with protesters in the Kurdistan city of Erbil on Saturday.", "ASSAULT",
     "clashed", ["Erbil"]),
    ("Airstrikes hit the Idlib town of Saraqib on Monday.", "ASSAULT", "Airstrikes",
     ["Saraqib"]),
    ("Police fired tear gas at protesters in the Patagonia town of Bariloche on Monday.",
     "ASSAULT", "fired", ["San Carlos de Bariloche"]),
    ("Insurgents raided the Cabo Delgado town of Palma on Wednesday.", "ASSAULT", "raided",
     ["Palma"]),
    ("Protesters clashed with police in the Golan town of Majdal Shams on Friday.", "ASSAULT",
     "clashed", ["Majdal Shams"]),
    ("Gunmen attacked a checkpoint in the Caucasus town of Nazran on Tuesday.", "ASSAULT",
     "attacked", ["Nazran"]),
    ("Rebels attacked the Donbas town of Avdiivka on Monday.", "ASSAULT", "attacked",
     ["Avdiyivka"]),
    ("Police arrested 15 protesters in the Balkan city of Novi Pazar on Sunday.", "COERCE",
     "arrested", ["Novi Pazar"]),
]
KEPT = [
    ("Gunmen attacked a market in Darfur on Sunday.", "ASSAULT", "attacked", ["Darfur"]),
    ("Soldiers shelled towns across the Donbas on Tuesday.", "ASSAULT", "shelled", ["Donbas"]),
    ("Militants shelled Ramadi, in Anbar, on Tuesday.", "ASSAULT", "shelled", ["Ramadi"]),
    ("Troops burned homes across Rakhine on Sunday.", "ASSAULT", "burned", ["Rakhine"]),
    ("Police arrested two men in the city of Homs on Monday.", "COERCE", "arrested", ["Homs"]),
    ("Rebels attacked the Idlib offensive positions near Saraqib on Monday.", "ASSAULT",
     "attacked", ["Saraqib"]),
    ("Militants shelled the Anbar city of Ramadi on Tuesday.", "ASSAULT", "shelled",
     ["Ramadi"]),
    ("Rockets struck the Negev town of Dimona on Monday.", "ASSAULT", "struck", ["Dimona"]),
    ("Rebels attacked a village in the North region of Cameroon on Sunday.", "ASSAULT",
     "attacked", ["North"]),
]


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), DESCRIBED)
def test_a_place_describing_a_named_town_gives_way_to_it(pipeline, text, kind, trigger,
                                                         places):
    assert trigger_places(pipeline, text, kind, trigger) == places


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), KEPT)
def test_regions_alone_and_town_names_keep_their_place(pipeline, text, kind, trigger, places):
    assert trigger_places(pipeline, text, kind, trigger) == places
