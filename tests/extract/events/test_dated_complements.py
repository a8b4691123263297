"""A verb and the act it governs as its complement ("threatened to kill X in 2008") are one
act's words: the year dating the complement does not split them into a background act and a
current one (the split is for a background *noun* beside a current act)."""

from __future__ import annotations

import pytest

import sitrep

ONE_ACT = [
    ("Militants threatened to kill the judge in Braga in 2008.", "THREATEN"),
    ("The rebels threatened to behead the hostages in 2014.", "THREATEN"),
    ("Gunmen threatened to shoot the villagers in 2011.", "THREATEN"),
    ("The cartel threatened to kill the reporter in Sinaloa in 2016.", "THREATEN"),
    ("Insurgents threatened to bomb the school in Kandahar in 2009.", "THREATEN"),
    ("The group threatened to attack the embassy in 2012.", "THREATEN"),
    ("A militia threatened to kill the aid workers in Darfur in 2005.", "THREATEN"),
    ("Bandits threatened to burn the village in 2019.", "THREATEN"),
    ("The gang threatened to kill the witness in Medellin in 2013.", "THREATEN"),
    ("Pirates threatened to execute the crew in 2010.", "THREATEN"),
]

TWO_ACTS = [  # neighbours: a background noun beside a current act stays apart
    "Rebels attacked the town on Monday, two years after the 2019 attack on it.",
    "Troops shelled the village on Friday, a decade after the 2012 shelling of the valley.",
]


@pytest.mark.parametrize(("text", "plover"), ONE_ACT)
def test_a_dated_complement_stays_the_act_of_its_verb(text: str, plover: str) -> None:
    events = sitrep.process_text(text).events
    assert [e.plover_type for e in events] == [plover], \
        [(e.plover_type, e.trigger.text, e.modes) for e in events]


@pytest.mark.parametrize("text", TWO_ACTS)
def test_a_background_noun_beside_a_current_act_stays_apart(text: str) -> None:
    events = [e for e in sitrep.process_text(text).events if e.plover_type == "ASSAULT"]
    assert len(events) == 2, [(e.trigger.text, e.modes) for e in events]
