"""Probes of a statement placed where its speaker was last said to speak (``nations.
speaker_place``), of a seat phrase on a subject joined to another ("The embassy and the EU
delegation in Dhaka urged") or on a named building ("speaking at Government House in
Bangkok": ``event_places.said_where``), of an address given from a capital ("in a televised
address from Caracas": ``borrowed.capital_party``), and of datelines written in accented
capitals ("ASUNCIÓN, March 18 —": ``extract.dateline``). Neighbours: another speaker after
the placed one, a speaker last heard at no stated place, a statement too far on, a capital
whose apology is asked for, leaders meeting in a town (``event_places.same_scene``), and
acts that are no statements. Made-up sentences."""

from __future__ import annotations

import pytest

from samples import trigger_places

# (text, PLOVER type, trigger, the places of the act)
SPEAKER = [
    ("Gunmen attacked a border post on Sunday. The foreign minister, speaking at a news "
     "conference in Lusaka, condemned the attack. She accused the rebels of using civilians "
     "as shields.", "ACCUSE", "accused", ["Lusaka"]),
    ("Gunmen attacked a border post on Sunday. Interior Minister Joseph Banda, speaking in "
     "Lusaka, condemned the attack. Banda demanded that the rebels release the hostages.",
     "REQUEST", "demanded", ["Lusaka"]),
    ("Gunmen attacked a border post on Sunday. Interior Minister Joseph Banda, speaking in "
     "Lusaka, condemned the attack. The opposition accused the government of neglect.",
     "ACCUSE", "accused", []),
    ("Gunmen attacked a border post on Sunday. Interior Minister Joseph Banda condemned the "
     "attack. He accused the rebels of using civilians as shields.", "ACCUSE", "accused", []),
    ("Interior Minister Joseph Banda, speaking in Lusaka, condemned the attack. Gunmen had "
     "stormed the post at dawn. Troops chased them into the hills. Aid groups sent food to the "
     "town. Schools stayed shut. Banda accused the rebels of cowardice.", "ACCUSE", "accused",
     []),
]
SEATS = [
    ("The U.S. Embassy and the European Union delegation in Dhaka urged the authorities to "
     "respect the right of peaceful assembly.", "REQUEST", "urged", ["Dhaka"]),
    ("The British embassy and the Canadian mission in Harare condemned the arrests.", "ACCUSE",
     "condemned", ["Harare"]),
]
# the occasion a statement was made at, named with "from" or as a building in a town
OCCASIONS = [
    ("Troops fired on a patrol boat on Monday. In a televised address from Caracas, "
     "Venezuela's president warned that his country would respond with force.", "THREATEN",
     "warned", ["Caracas"]),
    ("Thailand's prime minister, speaking at Government House in Bangkok, warned that any "
     "further attack would be met with force.", "THREATEN", "warned", ["Bangkok"]),
    ("Cuba's foreign minister accused Washington of meddling and demanded an apology from "
     "Havana's neighbours.", "ACCUSE", "accused", []),
    ("African leaders meeting in the Ethiopian capital on Saturday called on Ethiopia and "
     "Eritrea to pull back their troops.", "REQUEST", "called on", ["Addis Ababa"]),
]
ACCENTED = [
    ("Teachers clash with police\n\nASUNCIÓN, March 18 (Wire) — Police used water cannon on "
     "striking teachers on Tuesday. The interior minister defended the police.", "SUPPORT",
     "defended", ["Asunción"]),
    ("Opposition leader held\n\nLOMÉ, June 3 (Wire) — Gendarmes arrested an opposition leader "
     "on Monday. Police said he was being questioned.", "COERCE", "arrested", ["Lomé"]),
]


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), SPEAKER + SEATS + OCCASIONS + ACCENTED)
def test_statement_keeps_its_speakers_stated_place(pipeline, text, kind, trigger, places):
    assert trigger_places(pipeline, text, kind, trigger) == places
