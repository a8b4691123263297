"""Gunfire told by its shots, answered or suffered is ASSAULT/firearms: shots fired at, through or
into something that is no goal ("fired two shots at the patrol car", "fired one round through the
window", warning shots: events/senses/life/games.py reads no scoring move there), fire returned
("soldiers returned fire on rebel positions", senses/public/harm.py ``returned_fire``) and fire
suffered by forces, a vehicle or a place ("the convoy came under fire near the border",
``came_under_fire``). A shot at goal, words fired at critics, criticism ("came under fire from
critics over the budget"), fire not returned (the restraint told beside an attack) and a fire
extinguisher returned are none. Made-up probes, not taken
from any data set."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.records import Event

GUNFIRE = [
    "The suspect fired two shots at the pursuing police car before fleeing.",
    "The intruder fired one shot through the bedroom window, the sheriff said.",
    "A man fired three rounds through the front door of the house on Elm Street.",
    "The gunman fired a single shot at the security guard outside the bank.",
    "The officer fired two warning shots as the driver sped towards the barrier.",
    "A sniper fired several shots into the crowd outside the stadium.",
    "Soldiers returned fire on insurgent positions east of the airport.",
    "The guards returned fire and the attackers fled on motorbikes.",
    "Police officers returned fire, wounding one of the robbers.",
    "An army convoy came under fire near the border crossing on Monday.",
    "Government troops came under fire from the surrounding hills.",
    "A UN patrol vehicle came under fire outside the camp, the mission said.",
    "The checkpoint came under fire from militants overnight.",
    "Two police stations came under fire in the north of the province.",
    "The ship came under fire from a speedboat in the strait.",
]
NOT_GUNFIRE = [
    "The striker fired a shot at goal in the final minute.",
    "She fired a low shot into the bottom corner of the net.",
    "The senator fired the opening shot in the budget battle on Monday.",
    "The janitor returned the fire extinguisher to the cupboard.",
    "Firefighters returned to the fire station after midnight.",
    "The policy has come under fire from teachers' unions.",
    "The club came under fire for raising ticket prices.",
    "The minister came under fire from critics over the budget.",
    "The broadcaster came under fire over its coverage of the election.",
    "The plan is under fire from environmental groups.",
    "The guard took a shot of whisky at the bar.",
    "The photographer took a shot of the sunset over the harbour.",
]


def _assaults(text: str) -> list[Event]:
    events = sitrep.process_text(text, published="2021-03-02").events
    return [e for e in events if e.plover_type == "ASSAULT"]


@pytest.mark.parametrize("text", GUNFIRE, ids=[t[:40] for t in GUNFIRE])
def test_shots_aimed_returned_or_suffered_are_gunfire(pipeline, text: str) -> None:
    found = _assaults(text)
    assert len(found) == 1, [e.trigger.text for e in found]
    assert found[0].plover_mode == "firearms"


@pytest.mark.parametrize("text", NOT_GUNFIRE, ids=[t[:40] for t in NOT_GUNFIRE])
def test_a_shot_at_goal_words_or_criticism_are_no_gunfire(pipeline, text: str) -> None:
    assert _assaults(text) == [], [e.trigger.text for e in _assaults(text)]


def test_fire_not_returned_is_a_negated_assault(pipeline) -> None:
    """ "did not return fire": the answering act not done, a negated ASSAULT as the event
    guidelines' gold codes it (a restraint told beside the attack)."""
    found = _assaults("Gunmen fired at the patrol on Monday, but the guards did not return fire.")
    assert any("negated" in e.modes and e.trigger.text.startswith("return") for e in found)
