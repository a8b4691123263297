"""Assaults of different kinds in one story stay apart (``mentions.parties.distinct_acts``,
``ASSAULT_KINDS``): property burned after a shootout, a guard shot during an abduction, stones
thrown at police who fired tear gas; mentions of one armed attack told by different weapons (a
bomb, then gunfire) still fuse, and so does destruction told as the act's outcome
(``submodes.destruction_as_outcome``). Police or deputies acting again share no participant
that makes two of their acts one (``mentions.parties.shares_participant``). Articles made up
for these tests."""

from __future__ import annotations

import pytest

import sitrep

APART = [
    "Gunmen attacked a police post in the village of Karo on Sunday, killing three officers. "
    "Before leaving, they set fire to a school.",
    "Armed men abducted a shop owner in the town of Ipil on Monday. "
    "A guard who tried to stop them was shot in the arm.",
    "Police fired tear gas at the crowd outside the parliament on Tuesday. "
    "Some protesters threw bricks at officers.",
]
ONE = [
    "A roadside bomb struck an army convoy near the town of Gao on Monday. "
    "Gunmen then fired on the convoy, killing two soldiers.",
    # destruction told as the outcome of the act: no act of its own
    "Jets bombed the town of Kutum on Monday. Residents said the shelling had destroyed a "
    "clinic.",
    "Militants stormed the village of Dalla on Friday. Nine farmers were killed and several "
    "huts were burned, a local chief said.",
]


def assaults(text: str) -> int:
    events = sitrep.process_text(text, published="2024-05-14").events
    return sum(e.plover_type == "ASSAULT" for e in events)


@pytest.mark.parametrize("text", APART)
def test_assaults_of_other_kinds_are_two_events(text: str) -> None:
    assert assaults(text) == 2


@pytest.mark.parametrize("text", ONE)
def test_one_armed_attack_told_by_two_weapons_is_one_event(text: str) -> None:
    assert assaults(text) == 1


STATE_AGAIN = [
    ("Police arrested an opposition MP at the rally in Nakuru on Monday. Police also said they "
     "had detained 23 people for looting.", "COERCE"),
    ("Deputies served a warrant at a house on Oak Street on Tuesday. Deputies found two rifles "
     "and a shotgun inside.", "COERCE"),
]


@pytest.mark.parametrize(("text", "plover"), STATE_AGAIN)
def test_police_acting_again_is_no_shared_participant(text: str, plover: str) -> None:
    events = sitrep.process_text(text, published="2024-05-14").events
    assert sum(e.plover_type == plover for e in events) == 2
