"""Probes of "in the province" ("the region", "the state", "the town") in a statement by a
speaker who is not local to the story: the place that phrase refers back to is what the
statement is about, not where it was made, so it does not place the statement (the events
convention for statements; ``link``, ``nations.speaks_locally``). Neighbours: a local speaker
(police) and acts that are done keep the place told. Made-up sentences, not from any data set."""

from __future__ import annotations

import pytest

from samples import trigger_places

# (text, PLOVER type, trigger, the places of the statement)
FAR_SPEAKERS = [
    ("Gunmen burned a church in Cabo Delgado province on Sunday. The bishops' conference "
     "condemned the attack and asked the army to protect villages in the province.", "ACCUSE",
     "condemned", []),
    ("Rebels attacked a base in the Tillaberi region on Monday. The junta accused foreign "
     "powers of arming groups in the region.", "ACCUSE", "accused", []),
    ("Gunmen killed two police officers in Punjab state on Monday. The opposition party "
     "demanded a judicial inquiry into the killings in the state.", "REQUEST", "demanded", []),
    ("Clashes erupted in the Kidal region on Sunday. The African Union called on both sides to "
     "stop the fighting in the region.", "REQUEST", "called on", []),
    ("Fighting hit Jonglei state on Monday. The aid agency appealed for access to villages in "
     "the state.", "REQUEST", "appealed", []),
    ("Gunmen killed 12 villagers in Zamfara state on Sunday. The United Nations condemned the "
     "killings in the state.", "ACCUSE", "condemned", []),
    ("Troops shelled villages in the Tigray region on Monday. The government denied targeting "
     "civilians in the region.", "REJECT", "denied", []),
    ("Rebels seized a town in North Kivu province on Monday. Rwanda denied backing fighters in "
     "the province.", "REJECT", "denied", []),
    ("Militants burned a school in Tanganyika province on Monday. Human rights groups called "
     "for an inquiry into abuses in the province.", "REQUEST", "called for", []),
    ("Gunmen killed nine traders near Ayorou on Monday. Residents said troops based in the town "
     "did not help, a claim the ministry rejected.", "REJECT", "rejected", []),
    ("Clashes erupted in Kidal on Sunday. The African Union called on both sides to stop the "
     "fighting in the region.", "REQUEST", "called on", []),
    # already without a place
    ("Drones struck a depot in the Kharkiv region on Monday. The Kremlin warned that Russia "
     "would respond to attacks in the region.", "THREATEN", "warned", []),
    ("A bomb exploded in Balochistan province on Monday. The foreign ministry blamed militants "
     "operating in the province.", "ACCUSE", "blamed", []),
]
# neighbours: a local speaker, and acts done, keep the place told
LOCAL = [
    ("A man was shot in Dover on Monday. Police urged anyone who saw the shooting in the city "
     "to call them.", "REQUEST", "urged", ["Dover"]),
    ("Gunmen attacked a market in Oshogbo on Monday. Police recovered 86 firearms in the "
     "state.", "COERCE", "recovered", ["Osogbo"]),
]


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), FAR_SPEAKERS + LOCAL)
def test_a_far_speakers_place_told_is_not_where_it_spoke(pipeline, text, kind, trigger,
                                                         places):
    assert trigger_places(pipeline, text, kind, trigger) == places
