"""Investigations, talks and accusations named as a topic (events/senses/public/processes.py):
hanging on another noun ("the result of a lengthy investigation", "consequences for the peace
talks") or cited as a source ("according to police investigations") they are no ACCUSE or
CONSULT; opened, held, begun, failed, confirmed or told by a participle of their own they stay.
A court or committee hearing is no accusation. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

TOPICS = [
    ("The trial is the result of a lengthy investigation dubbed Operation Reed.", "ACCUSE"),
    ("According to police investigations, the victim owed money to a gang.", "ACCUSE"),
    ("The army has been slow in its cooperation with civilian investigations.", "ACCUSE"),
    ("The cuts slashed funding for the corruption probe.", "ACCUSE"),
    ("The arrests may have consequences for the peace talks with the rebels.", "CONSULT"),
    ("A lack of investigation has left thousands of cases unresolved.", "ACCUSE"),
    ("The onslaught of damning accusations has hurt the generals.", "ACCUSE"),
    ("The purpose of the hearing was to inform the driver of the charge.", "ACCUSE"),
    ("The senator spoke at a congressional hearing in Washington.", "ACCUSE"),
    ("It is hard to imagine a body worse placed to do any kind of impartial inquiry.",
     "ACCUSE"),
    ("The timing of the negotiations worried the farmers.", "CONSULT"),
]
TOLD = [
    ("Prosecutors opened an investigation into the mayor on Monday.", "ACCUSE"),
    ("An investigation undertaken by the army found that 26 rifles were missing.", "ACCUSE"),
    ("Investigations into the mining companies were underway, the paper reported.", "ACCUSE"),
    ("The company confirmed negotiations with potential buyers.", "CONSULT"),
    ("Representatives of the two firms began negotiations about the offer last week.",
     "CONSULT"),
    ("The two ministers held talks in the capital on Tuesday.", "CONSULT"),
    ("A parliamentary inquiry into the killings began on Monday.", "ACCUSE"),
    ("The killings led to a meeting between the two ministers on June 29.", "CONSULT"),
    ("Police are investigating the shooting of a taxi driver.", "ACCUSE"),
    ("The opposition made accusations of fraud against the governor on Friday.", "ACCUSE"),
]


@pytest.mark.parametrize("text,plover", TOPICS)
def test_processes_named_as_a_topic_are_no_events(pipeline, text: str, plover: str) -> None:
    assert plover not in plover_types(text)


@pytest.mark.parametrize("text,plover", TOLD)
def test_processes_told_as_happening_stay(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)
