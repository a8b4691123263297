"""A plan told in the past is a plot (events/modes.py, ``plan_in_past``): "the men planned to
bomb a railway station" is the bombing as a hypothetical ASSAULT, as the guidelines code plots,
not a THREATEN (no one threatened anyone) and not a future act. Plans told in the present or
announced ("plans to attack next week", "plans to suspend exports") are the act, flagged future
(a threat only by a verb of threatening or vowing). Sentences made up for these tests, run
through the real model."""

from __future__ import annotations

import pytest

import sitrep

PLOTS = [
    ("The men planned to bomb a railway station in the capital.", "bomb"),
    ("Police said the suspects planned to attack the embassy.", "attack"),
    ("The group had planned to kidnap the mayor.", "kidnap"),
    ("They intended to assassinate the president.", "assassinate"),
    ("Prosecutors said the two men planned to shoot the judge.", "shoot"),
    ("The militants had planned to attack a military base.", "attack"),
    ("The suspects planned to kidnap a businessman for ransom.", "kidnap"),
    ("The soldier had intended to kill his commander.", "kill"),
    ("He plotted to kill the judge with a car bomb.", "kill"),
    ("The gunmen had planned to storm the prison, officials said.", "storm"),
]
# (sentence, trigger, type, modes)
NEIGHBOURS = [
    ("The rebels plan to attack the town next week.", "attack", "ASSAULT", ["future"]),
    ("The army will attack the town on Monday.", "attack", "ASSAULT", ["future"]),
    ("The government plans to suspend exports.", "suspend", "SANCTION", ["future"]),
    ("The gunmen tried to kill the governor.", "kill", "ASSAULT", []),
    ("The army bombed the railway station on Monday.", "bombed", "ASSAULT", []),
    ("The ministers plan to meet in Cairo on Sunday.", "meet", "CONSULT", ["future"]),
    ("The president intends to visit Kabul next month.", "visit", "CONSULT", ["future"]),
    ("The rebels threatened to attack the town.", "threatened to attack", "THREATEN", []),
    ("Militants attacked the base on Friday.", "attacked", "ASSAULT", []),
    ("The rebels vowed to attack the capital.", "attack", "THREATEN", ["future"]),
    ("The rebels are planning to attack the town.", "attack", "ASSAULT", ["future"]),
]


def _events(text: str) -> list[tuple[str, str, list[str]]]:
    prefix = "Officials spoke on Monday. "
    events = sitrep.process_text(prefix + text, published="2021-03-01").events
    return [(e.plover_type, (prefix + text)[e.trigger.start:e.trigger.end], e.modes)
            for e in events if e.trigger is not None]


@pytest.mark.parametrize("text,trigger", PLOTS)
def test_a_plan_told_in_the_past_is_a_hypothetical_act(pipeline, text: str,
                                                       trigger: str) -> None:
    assert ("ASSAULT", trigger, ["hypothetical"]) in _events(text)
    assert "THREATEN" not in [t for t, _, _ in _events(text)]


@pytest.mark.parametrize("text,trigger,plover,modes", NEIGHBOURS)
def test_present_plans_threats_and_acts_keep_their_reading(pipeline, text: str, trigger: str,
                                                           plover: str,
                                                           modes: list[str]) -> None:
    assert (plover, trigger, modes) in _events(text)
