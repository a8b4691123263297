"""Verbs conjoined in the complement of a threat or a vow ("threatened to kick and punch
him") are the content of one act, not a second act of the same type; a conjoined verb with a
subject of its own, or an act of another type, stays apart."""

from __future__ import annotations

import pytest

import sitrep

ONE = [
    ("He threatened to kick and punch the guard.", "THREATEN"),
    ("Rebels threatened to burn and loot the village.", "THREATEN"),
    ("The gang threatened to shoot and kill the witness.", "THREATEN"),
    ("Militants threatened to kidnap and behead the engineers.", "THREATEN"),
    ("The mob threatened to beat and stab the shopkeeper.", "THREATEN"),
    ("Insurgents threatened to bomb and destroy the bridge.", "THREATEN"),
    ("The militia threatened to attack and burn the camp.", "THREATEN"),
    ("Pirates threatened to kill and dump the crew at sea.", "THREATEN"),
    ("The group threatened to storm and seize the parliament.", "THREATEN"),
    ("Gunmen threatened to shoot and wound the hostages.", "THREATEN"),
]


@pytest.mark.parametrize(("text", "plover"), ONE)
def test_verbs_conjoined_in_a_threat_are_one_threat(text: str, plover: str) -> None:
    found = [e for e in sitrep.process_text(text).events if e.plover_type == plover]
    assert len(found) == 1, [(e.trigger.text, e.modes) for e in found]


TWO = [  # neighbours: a second threat with a subject of its own stays a second threat
    "Rebels threatened to burn the village, and the army threatened to shell the town.",
    "The gang threatened to kill the witness, and the cartel threatened to bomb the court.",
]


@pytest.mark.parametrize("text", TWO)
def test_a_conjoined_threat_with_its_own_subject_stays_apart(text: str) -> None:
    found = [e for e in sitrep.process_text(text).events if e.plover_type == "THREATEN"]
    assert len(found) == 2, [(e.trigger.text, e.modes) for e in found]
