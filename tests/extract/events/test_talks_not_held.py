"""Talks and meetings named but not held (eventhood/states.py, ``lasting_relation``;
eventhood/reported.py, ``asked_for``): talks that are stopped or shunned ("suspended the
talks", "boycotted the talks"), that are the object of a stance ("a faction opposed to the
talks") or that a future request asks for ("would seek a meeting with management") are no
CONSULT of their own; talks held, resumed, ended after being held or that broke down (held
before they failed), and meetings told, stay (postponed or cancelled talks are scheduled acts,
future: tests/extract/events/test_scheduled_acts.py).
Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

NOT_HELD = [
    "The government suspended the talks with the rebels on Monday.",
    "The opposition boycotted the talks in the capital.",
    "The general blamed a breakaway faction opposed to the talks.",
    "The union said it would seek a meeting with management.",
    "The mayor said she would seek talks with the protest leaders.",
    "Hardliners opposed to the negotiations staged a walkout.",
    "The rebels boycotted the meeting with the envoy.",
    "The government halted the negotiations with the unions.",
]
HELD = [
    "The ministers held talks in Geneva on Monday.",
    "Talks between the two sides resumed in Doha on Sunday.",
    "The two leaders met in Paris on Tuesday.",
    "The envoy met the rebel commander in the capital on Friday.",
    "The foreign ministers held a meeting in Cairo on Sunday.",
    "The two sides ended their talks without a deal on Friday.",
    "The talks between the government and the unions broke down on Sunday.",
    "The negotiations collapsed on Friday after the rebels walked out.",
    "Negotiators from both sides met in Oslo on Thursday.",
    "The president held talks with his Turkish counterpart on Monday.",
    "The delegations opened talks in Vienna on Wednesday.",
    "The mediators hosted a meeting of the two factions on Saturday.",
    "The envoy said Washington would press for new sanctions at a meeting of the contact "
    "group next week.",
]


@pytest.mark.parametrize("text", NOT_HELD)
def test_talks_stopped_opposed_or_sought_are_no_meeting(pipeline, text: str) -> None:
    assert "CONSULT" not in plover_types(text)


@pytest.mark.parametrize("text", HELD)
def test_talks_held_stay_a_meeting(pipeline, text: str) -> None:
    assert "CONSULT" in plover_types(text)
