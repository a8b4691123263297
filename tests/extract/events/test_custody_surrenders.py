"""A person who gives himself up comes into custody: his arrest (COERCE/arrest, the person as
recipient), not a RETREAT; told only as the moment of another act or in a party's version, no
event of its own; a party to a conflict that surrenders still retreats
(events/senses/courts/surrenders.py). Sentences made up for these tests."""

from __future__ import annotations

import pytest

import sitrep

ARRESTS = [
    "The gunman surrendered to police after a four-hour standoff on Friday.",
    "A suspect in the stabbing surrendered at the police station on Tuesday.",
    "He surrendered early Saturday after negotiators talked to him for hours.",
    "The man, who had barricaded himself in a farmhouse, surrendered on Sunday.",
    "A robbery suspect surrendered to detectives on Monday.",
    "The fugitive, who had been on the run for a week, surrendered to deputies on Wednesday.",
    "Police said the suspect surrendered at a checkpoint on Friday.",
]
ASIDE = [
    ("Relatives said the teenager was unarmed and had surrendered when officers shot him.",
     "ASSAULT"),
    ("Police shot the two brothers after they surrendered, their mother said.", "ASSAULT"),
    ("The driver's family insisted he had surrendered before he was beaten.", "ASSAULT"),
]
RETREATS = [
    "About 200 rebel fighters surrendered to the army in the north on Monday.",
    "The garrison surrendered to the insurgents after a week-long siege.",
    "Hundreds of militants surrendered their weapons to government forces on Tuesday.",
    "The rebel commander surrendered to UN peacekeepers on Friday.",
    "Government troops surrendered the town to the rebels on Thursday.",
    "The besieged soldiers surrendered after running out of ammunition.",
    "The rebels laid down their arms after the army commander surrendered.",
]


def _events(text: str) -> list[tuple[str, str | None]]:
    events = sitrep.process_text("Officials spoke on Monday. " + text,
                                 published="2021-03-01").events
    return [(e.plover_type, e.plover_mode) for e in events]


@pytest.mark.parametrize("text", ARRESTS)
def test_a_person_giving_himself_up_is_arrested_not_retreating(pipeline, text: str) -> None:
    found = _events(text)
    assert ("COERCE", "arrest") in found, found
    assert "RETREAT" not in {t for t, _ in found}, found


@pytest.mark.parametrize("text,act", ASIDE)
def test_a_surrender_told_as_a_moment_or_a_version_is_no_event(pipeline, text: str,
                                                               act: str) -> None:
    found = {t for t, _ in _events(text)}
    assert act in found and not {"RETREAT", "COERCE"} & found, found


@pytest.mark.parametrize("text", RETREATS)
def test_a_party_that_surrenders_retreats(pipeline, text: str) -> None:
    found = _events(text)
    assert "RETREAT" in {t for t, _ in found}, found
