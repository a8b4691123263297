"""People freed by the police or the army as a step of storming or retaking a place are no
release (events/senses/public/discharge.py, ``freed_by_forces``): the forces that free guards,
workers or passengers while storming a place give up no one they held (RETREAT is a captor's
release). Near neighbours stay: captors, gunmen and fighters who free people, the police or the
army releasing their own prisoners, detainees or a suspect, "released" by anyone, and a freeing
by forces told on its own ("soldiers freed the hostages", which
tests/extract/events/test_other_senses.py keeps a release). Sentences made up for these
tests."""

from __future__ import annotations

import pytest

from samples import plover_types

RESCUES = [
    "Commandos stormed the farmhouse at dawn, freeing the three aid workers.",
    "Soldiers retook the mine overnight and freed the engineers held there.",
    "Riot police broke into the depot, firing tear gas and freeing the wardens.",
    "Special forces ended the four-hour siege, freeing the cashiers.",
    "Troops freed twelve passengers from the hijacked bus on Friday.",
    "Marines boarded the tanker and liberated its 20 crew members.",
    "Gendarmes raided the camp on Sunday and freed two kidnapped farmers.",
    "Police officers rescued the bank clerks taken captive by the robbers.",
    "Army units regained control of the barracks, and the officers were freed unharmed.",
    "The bus drivers were liberated by the national guard on Tuesday.",
    "Security forces surrounded the school and freed all 40 pupils on Monday.",
    "A police tactical unit entered the clinic and freed the nurses.",
]
RELEASES = [
    "The kidnappers freed the three aid workers on Friday.",
    "Gunmen freed the engineers after a ransom was paid.",
    "The rebels freed twelve soldiers as a goodwill gesture.",
    "Fighters who took the town freed hundreds of prisoners from its jail.",
    "Police freed the suspect without charge on Tuesday.",
    "The army freed 200 detainees under an amnesty on Monday.",
    "The militia released two nurses on Saturday.",
    "Soldiers released the protesters after questioning them.",
    "The pirates freed the crew of the tanker after two months.",
    "The hostages were freed by their captors on Sunday.",
    "Soldiers freed the hostages from the building on Friday.",
    "The aid workers were freed by the army a week later.",
]


@pytest.mark.parametrize("text", RESCUES)
def test_captives_freed_by_forces_are_no_release(pipeline, text: str) -> None:
    assert "RETREAT" not in plover_types(text)


@pytest.mark.parametrize("text", RELEASES)
def test_releases_by_captors_and_of_prisoners_stay(pipeline, text: str) -> None:
    assert "RETREAT" in plover_types(text)
