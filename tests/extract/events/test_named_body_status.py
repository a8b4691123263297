"""A participle of a ban before an organisation's name is the body's standing status, no ban
told: "the banned Islamic Salvation Front condemned the bombing", "members of the outlawed
Kurdistan Workers' Party" (eventhood/states.py, ``state_participle``). A ban told as done, or
a participle before a common noun that the story's own act explains, stays. Session 43, issue
15 (event precision). Sentences made up for these tests."""

from __future__ import annotations

import pytest

STATUS = [
    "The banned Islamic Salvation Front, in a statement issued in Paris, condemned the attack.",
    "Police detained 40 members of the banned Muslim Brotherhood on Monday.",
    "Troops killed two members of the outlawed Kurdistan Workers' Party near the border.",
    "A spokesman for the proscribed Irish Republican Army denied any involvement.",
]
BANS = [
    "The government banned the Islamic Salvation Front on Monday.",
    "The interior ministry outlawed the Popular Front for the Liberation of Ogaden on Tuesday.",
]


def _bans(events_of, text: str) -> list[str]:
    return [e.trigger.text for e in events_of(text) if e.plover_type in {"COERCE", "SANCTION"}
            and e.trigger.text.lower() in {"banned", "outlawed", "proscribed"}]


@pytest.mark.parametrize("text", STATUS)
def test_a_named_bodys_ban_is_its_status(events_of, text: str) -> None:
    assert _bans(events_of, text) == []


@pytest.mark.parametrize("text", BANS)
def test_a_ban_told_as_done_stays(events_of, text: str) -> None:
    assert _bans(events_of, text) != []
