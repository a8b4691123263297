"""Acts inside a named episode of history (events/history/episodes.py ``in_named_episode``) or dated by a
year in their own phrase ("a 2003 veto", "the 1988 bombing") are background: the ``historical``
mode, which incidents leave out. Near neighbours (acts of this week, also during a war or an
offensive named in lower case) keep no mode. Sentences made up for these tests."""

from __future__ import annotations

import pytest

import sitrep

HISTORY = [
    ("The resolution failed after a 2003 veto by France.", "REJECT"),
    ("Residents still talk about a 2006 raid on the village.", "ASSAULT"),
    ("The film recalls the Tet Offensive attacks on Saigon.", "ASSAULT"),
    ("He lost his father in the Battle of Mogadishu.", "ASSAULT"),
    ("The monument honours soldiers killed in the Korean War.", "ASSAULT"),
    ("The 1988 bombing of the airliner is still remembered.", "ASSAULT"),
    ("The museum shows photos of killings during the second intifada.", "ASSAULT"),
    ("The town was shelled in the Second World War.", "ASSAULT"),
    ("Her grandfather fought in the Vietnam War.", "ASSAULT"),
    ("The old bridge was bombed during the Gulf War.", "ASSAULT"),
]
CURRENT = [
    ("Rebels attacked the village on Sunday.", "ASSAULT"),
    ("France vetoed the resolution on Friday.", "REJECT"),
    ("The two sides signed a peace agreement on Saturday.", "AGREE"),
    ("Troops killed three militants on the West Bank on Sunday.", "ASSAULT"),
    ("Soldiers raided the camp on Friday.", "ASSAULT"),
    ("Gunmen bombed a bus in the capital on Sunday.", "ASSAULT"),
    ("Israeli troops attacked the village on Monday during the uprising.", "ASSAULT"),
    ("Two soldiers were killed in the war in Ukraine on Sunday.", "ASSAULT"),
    ("Militants attacked a convoy on Friday during the offensive on the city.", "ASSAULT"),
    ("The army launched an offensive on Monday.", "ASSAULT"),
    ("Rebels fired rockets during the battle for the airport on Tuesday.", "ASSAULT"),
]


def _events(text: str) -> list[sitrep.records.Event]:
    return sitrep.process_text("Officials spoke on Monday. " + text,
                               published="2021-03-01").events


@pytest.mark.parametrize("text,plover", HISTORY)
def test_acts_of_named_or_dated_history_are_background(pipeline, text: str, plover: str) -> None:
    assert all("historical" in e.modes for e in _events(text) if e.plover_type == plover)


@pytest.mark.parametrize("text,plover", CURRENT)
def test_current_acts_are_not_background(pipeline, text: str, plover: str) -> None:
    events = [e for e in _events(text) if e.plover_type == plover]
    assert events and all("historical" not in e.modes for e in events)
