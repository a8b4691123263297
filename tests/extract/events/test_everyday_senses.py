"""Everyday senses of conflict words in local and wire news (events/senses/everyday.py and the
accidents of events/eventhood.py): violence against an illness, a dismissal, a press release,
a strike in a match, a road accident and an imperative to the reader are no events of the
trigger's type; near neighbours (real attacks, shootings, releases of people, labour and air
strikes, imperatives that are not about the web) stay. Sentences made up for these tests."""

from __future__ import annotations

import pytest

import sitrep

ACCIDENT = [
    ("A man was killed in a crash on the motorway on Monday.", "ASSAULT"),
    ("A car struck a pedestrian on Main Street on Friday.", "ASSAULT"),
    ("A toddler was killed when his father backed out of the driveway on Sunday.", "ASSAULT"),
    ("Three teenagers died when their car hit a tree on Saturday.", "ASSAULT"),
    ("A cyclist was struck and killed by a bus on Tuesday.", "ASSAULT"),
    ("Two people were killed in a house fire on Monday.", "ASSAULT"),
    ("A boy drowned in the river on Sunday.", "ASSAULT"),
    ("A woman was killed when her car skidded off the road on Friday.", "ASSAULT"),
    ("The driver was killed when the lorry overturned on the bridge.", "ASSAULT"),
    ("A pedestrian was hit by a van outside the school on Monday.", "ASSAULT"),
    ("A motorcyclist was killed after colliding with a truck on Monday.", "ASSAULT"),
]
ACCIDENT_NEIGHBOURS = [
    ("Gunmen killed a driver on the motorway on Monday.", "ASSAULT"),
    ("A man was stabbed outside a bar on Friday.", "ASSAULT"),
    ("A car bomb killed six people in the market on Sunday.", "ASSAULT"),
    ("A man drove his car into the crowd and killed four people on Saturday.", "ASSAULT"),
    ("Gunmen shot the driver of a bus on Tuesday.", "ASSAULT"),
    ("A gunman shot a driver who had stopped at a crash on Monday.", "ASSAULT"),
    ("Soldiers killed two men at the checkpoint on Friday.", "ASSAULT"),
    ("Rebels attacked a convoy of trucks on Monday.", "ASSAULT"),
    ("A suicide bomber killed ten people at the bus station on Sunday.", "ASSAULT"),
    ("Police shot a man who was driving a stolen car on Monday.", "ASSAULT"),
]


def _types(text: str) -> list[str]:
    events = sitrep.process_text("Officials spoke on Monday. " + text,
                                 published="2021-03-01").events
    return [e.plover_type for e in events]


@pytest.mark.parametrize("text,plover", ACCIDENT)
def test_everyday_senses_are_not_events_of_the_type(pipeline, text: str, plover: str) -> None:
    assert plover not in _types(text)


@pytest.mark.parametrize("text,plover", ACCIDENT_NEIGHBOURS)
def test_conflict_senses_stay_events(pipeline, text: str, plover: str) -> None:
    assert plover in _types(text)
