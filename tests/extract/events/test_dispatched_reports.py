"""Acts only reported to the police (events/eventhood/reported.py, ``dispatched``): what a call,
a report or a tip said someone was doing, told as what officers answered ("officers responding
to reports of a man threatening people"), is the caller's claim, not an event; what the officers
then did, a report told as news and an act told by witnesses stay. Sentences made up for these
tests."""

from __future__ import annotations

import pytest

from samples import modes_after_lead

FLAGS = {"negated", "hypothetical", "future"}



REPORTED = [
    ("Officers responding to reports of a man threatening people with a knife shot him on "
     "Monday.", "THREATEN"),
    ("Police went to the house after reports of a woman firing a gun in the street.", "ASSAULT"),
    ("Officers responded to a report of a man attacking a neighbour with a hammer.", "ASSAULT"),
    ("Police rushed to the park after reports of a teenager stabbing a classmate.", "ASSAULT"),
    ("Officers answered a call about a man beating his dog on Monday.", "ASSAULT"),
    ("Agents arrived at the scene after reports of a gunman shooting at cars.", "ASSAULT"),
    ("Officers responding to reports of a man shooting at passing cars arrested him on Monday.",
     "ASSAULT"),
    ("Deputies rushed to the school after a call about a student stabbing a teacher.",
     "ASSAULT"),
    ("Officers were called to the house after reports of a man beating his wife.", "ASSAULT"),
    ("Police were sent to the bar after a complaint about a customer who threatened the staff.",
     "THREATEN"),
]
TOLD = [
    ("Officers responding to reports of a man threatening people with a knife shot him on "
     "Monday.", "ASSAULT"),
    ("Officers responding to reports of a man shooting at passing cars arrested him on Monday.",
     "COERCE"),
    ("There were reports of heavy fighting in the north on Monday.", "ASSAULT"),
    ("Witnesses reported a man firing at the crowd on Monday.", "ASSAULT"),
    ("Officers responding to the call shot a man carrying a pipe on Monday.", "ASSAULT"),
    ("Police arrested a man who threatened people with a knife on Monday.", "THREATEN"),
    ("Residents described soldiers looting shops on Monday.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "plover"), REPORTED,
                         ids=[f"reported-{k:02d}" for k in range(len(REPORTED))])
def test_an_act_only_reported_to_the_police_is_no_event(pipeline, text: str,
                                                        plover: str) -> None:
    assert not any(not FLAGS & set(m) for m in modes_after_lead(text, plover))


@pytest.mark.parametrize(("text", "plover"), TOLD, ids=[f"told-{k:02d}" for k in range(len(TOLD))])
def test_what_officers_did_and_news_reports_stay(pipeline, text: str, plover: str) -> None:
    assert any(not FLAGS & set(m) for m in modes_after_lead(text, plover))
