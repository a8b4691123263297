"""Figurative fights and battles, and support that backs no one (events/senses/disputes.py): a
dispute named by its field ("a legal battle"), a fight over a thing between unarmed people and
institutions, fighting to do something, "life support". Near neighbours (armed sides, weapons,
states fighting over a territory, people fighting over a parking space, a turf war) stay.
Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

FIGURATIVE = [
    ("The family is locked in a legal battle with the insurer.", "ASSAULT"),
    ("Lawmakers face an impending battle over the budget.", "ASSAULT"),
    ("The patient was put on life support on Monday.", "SUPPORT"),
    ("The two companies are in a court battle over the patent.", "ASSAULT"),
    ("He fought to keep his job at the plant.", "ASSAULT"),
    ("The governor is gearing up for a political battle over taxes.", "ASSAULT"),
    ("The custody battle dragged on for two years.", "ASSAULT"),
    ("Parents fought the school board over the mask rules.", "ASSAULT"),
    ("The town is battling the state over funding for schools.", "ASSAULT"),
    ("The couple is locked in a bitter divorce battle.", "ASSAULT"),
    ("The store hired five people for customer support.", "SUPPORT"),
    ("The union fought the company over pensions last year.", "ASSAULT"),
]
REAL = [
    ("Troops battled rebels for control of the town on Monday.", "ASSAULT"),
    ("Rival gangs fought with knives outside the club on Saturday.", "ASSAULT"),
    ("Police fought with protesters in the square on Friday.", "ASSAULT"),
    ("Two men fought outside the bar on Sunday, police said.", "ASSAULT"),
    ("Government forces are fighting Islamic State in the north.", "ASSAULT"),
    ("The army won the battle for the airport on Tuesday.", "ASSAULT"),
    ("Militants fought soldiers near the border on Thursday.", "ASSAULT"),
    ("Troops fought to retake the town on Monday.", "ASSAULT"),
    ("The farmers fought over the land with machetes on Sunday.", "ASSAULT"),
    ("Armenia and Azerbaijan fought over Nagorno-Karabakh.", "ASSAULT"),
    ("Two neighbours fought over a parking space on Sunday, police said.", "ASSAULT"),
    ("The United States backed the rebels with weapons.", "SUPPORT"),
]


@pytest.mark.parametrize("text,plover", FIGURATIVE)
def test_figurative_fights_and_care_support_are_not_events(pipeline, text: str,
                                                           plover: str) -> None:
    assert plover not in plover_types(text)


@pytest.mark.parametrize("text,plover", REAL)
def test_real_fights_and_backing_stay(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)
