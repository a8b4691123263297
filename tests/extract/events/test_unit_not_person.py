"""A lower-case common noun the model labels PERSON is no person ("a 9mm pistol", "a 5.56mm
rifle": a unit glued to its number) and so no participant of the act done with the weapon; a
capitalised name keeps its label, and people nouns keep theirs through the victims' lexicon.
Read with the real model on made-up sentences."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("A 9mm pistol was recovered at the house, the police said.", "recovered", [], [], ["mm"],
     ["mm"]),
    ("A 9mm handgun was seized from the car, officers said.", "seized", [], [], ["mm"],
     ["mm"]),
]

KEPT = [
    ("Police arrested Maria Lopez and seized a 9mm pistol.", "arrested", ["Police"],
     ["Maria Lopez"], [], ["mm"]),
    ("Gunmen shot dead two farmers near the village.", "shot", ["Gunmen"], ["farmers"], [],
     []),
    ("Soldiers detained the boy at a checkpoint.", "detained", ["Soldiers"], ["boy"], [], []),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_a_unit_is_no_participant(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
