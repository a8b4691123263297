"""Acts not done yet (``modes``, ``modal_cues``, ``dated``), on made-up sentences published on
2020-10-05: an act whose own date begins after publication ("meet in Brussels next Tuesday",
"agreed to hold talks in Doha next week") is ``future``; so is a noun scheduled by a
participle or an infinitive ("talks scheduled for next week", "a protest planned for
Saturday", "a summit to take place in May") or planned in the present ("the unions are planning
a strike"); a violent act planned, or an act planned in the past, is a plot ("were planning an
attack": ``hypothetical``). Near neighbours (the same acts done, dated in the past, organised
or called by someone and carried out) have neither flag."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2020-10-05"
# (sentence, trigger, flag)
NOT_DONE = [
    ("Talks scheduled for next week in Geneva were postponed.", "Talks", "future"),
    ("The opposition called off a protest planned for Saturday.", "protest", "future"),
    ("A summit to take place in Accra in May was cancelled.", "summit", "future"),
    ("The unions are planning a strike for next month.", "strike", "future"),
    ("The two sides agreed to hold talks in Doha next week.", "talks", "future"),
    ("The army said it had arranged to withdraw its troops next month.", "withdraw", "future"),
    ("The leaders meet in Brussels next Tuesday.", "meet", "future"),
    ("Negotiators meet in Doha on October 20 to discuss a ceasefire.", "meet", "future"),
    ("The two leaders agreed to meet in Paris next month.", "meet", "future"),
    ("Talks to be held in Geneva next week were postponed.", "Talks", "future"),
    ("The rebels were planning an attack on the base, the army said.", "attack",
     "hypothetical"),
    ("The cell planned a bombing of the station, prosecutors said.", "bombing", "hypothetical"),
    ("The militants were preparing an attack on the embassy when police raided their hideout.",
     "attack", "hypothetical"),
]
DONE = [
    ("Talks held in Geneva last week ended without a deal.", "Talks"),
    ("A strike called by the unions paralysed the capital on Monday.", "strike"),
    ("A summit took place in Accra on Friday.", "summit"),
    ("The unions staged a strike last month.", "strike"),
    ("The two sides held talks in Doha last week.", "talks"),
    ("The army withdrew its troops last month.", "withdrew"),
    ("The leaders met in Brussels last Tuesday.", "met"),
    ("Negotiators met in Doha on October 2 to discuss a ceasefire.", "met"),
    ("A meeting to discuss the ceasefire took place in Doha on Sunday.", "meeting"),
    ("Students organised a protest in the capital on Monday.", "protest"),
    ("The rebels launched an attack on the base, the army said.", "attack"),
    ("Police arrested two men on Tuesday.", "arrested"),
]


def _modes(text: str, trigger: str) -> list[str]:
    events = sitrep.process_text(text, published=PUBLISHED).events
    found = [e for e in events if trigger in e.trigger.text]
    assert found, [(e.plover_type, e.trigger.text) for e in events]
    return found[0].modes


@pytest.mark.parametrize("text,trigger,flag", NOT_DONE)
def test_a_scheduled_planned_or_later_dated_act_is_not_done(pipeline, text: str, trigger: str,
                                                            flag: str) -> None:
    assert flag in _modes(text, trigger)


@pytest.mark.parametrize("text,trigger", DONE)
def test_the_same_acts_done_carry_no_flag_of_an_act_not_done(pipeline, text: str,
                                                             trigger: str) -> None:
    modes = _modes(text, trigger)
    assert "future" not in modes and "hypothetical" not in modes, modes
