"""A participle of a ban before an organisation's name is the body's standing status, no ban
told, and one of custody before people names them by their state ("the detained workers", "its
jailed members"): "the banned Islamic Salvation Front condemned the bombing", "members of the outlawed
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


CUSTODY = [
    "The rebels have accused the detained workers of spying for a foreign power.",
    "The group vowed more attacks unless the government released its jailed members.",
    "The union called a strike from Thursday unless the detained leaders are freed.",
]
DETENTIONS = [
    "Police detained the union leaders at their office on Monday.",
    "Seventeen suspects arrested in a crackdown last week appeared in court on Monday.",
]


@pytest.mark.parametrize("text", CUSTODY)
def test_people_named_by_their_custody_are_no_new_detention(events_of, text: str) -> None:
    assert not [e for e in events_of(text) if e.plover_type == "COERCE"
                and e.trigger.text.lower() in {"detained", "jailed"}]


@pytest.mark.parametrize("text", DETENTIONS)
def test_a_detention_told_stays(events_of, text: str) -> None:
    assert [e for e in events_of(text) if e.plover_type == "COERCE"]


def _bans(events_of, text: str) -> list[str]:
    return [e.trigger.text for e in events_of(text) if e.plover_type in {"COERCE", "SANCTION"}
            and e.trigger.text.lower() in {"banned", "outlawed", "proscribed"}]


@pytest.mark.parametrize("text", STATUS)
def test_a_named_bodys_ban_is_its_status(events_of, text: str) -> None:
    assert _bans(events_of, text) == []


@pytest.mark.parametrize("text", BANS)
def test_a_ban_told_as_done_stays(events_of, text: str) -> None:
    assert _bans(events_of, text) != []
