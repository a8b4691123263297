"""A time clause of a legal step tells the act that came first ("he was charged after he shot a
man"): the act is reported as a fact, not only asserted by the charge (eventhood's embedded
acts); the content of a charge or an accusation ("accused of shooting", "charged that he had
stabbed") stays only asserted. Sentences made up for these tests."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.records import Event

AFTER = [  # (text, the verb of the act reported)
    ("He was charged after he shot a man outside a bar.", "shot"),
    ("She was arrested and charged after she stabbed her neighbour.", "stabbed"),
    ("He was indicted after he attacked a guard.", "attacked"),
    ("He was charged because he kidnapped a child.", "kidnapped"),
    ("They were accused after they beat a prisoner.", "beat"),
    ("She was charged after she threatened a clerk with a knife.", "threatened"),
    ("He was charged after he wounded a guard.", "wounded"),
    ("She was charged after she abducted a girl.", "abducted"),
    ("He was indicted after he bombed a clinic.", "bombed"),
    ("He was charged after he shot two officers on Monday.", "shot"),
]
ASSERTED = [  # (text, the verb only asserted)
    ("He was accused of shooting a man outside a bar.", "shooting"),
    ("Prosecutors charged that he had stabbed his neighbour.", "stabbed"),
    ("He was charged with attacking a guard.", "attacking"),
    ("She alleged that he had beaten her.", "beaten"),
    ("They were accused of killing civilians.", "killing"),
    ("He is charged with beating a prisoner.", "beating"),
    ("They were indicted for kidnapping a child.", "kidnapping"),
    ("The ministry accused rebels of shelling the town.", "shelling"),
    ("He was accused of having stabbed a guard.", "stabbed"),
    ("Police suspect that he shot the man.", "shot"),
]


def _triggers(text: str) -> list[str]:
    events: list[Event] = sitrep.process_text("Officials spoke on Monday. " + text,
                                              published="2021-03-01").events
    return [e.trigger.text for e in events if e.trigger is not None]


@pytest.mark.parametrize(("text", "verb"), AFTER)
def test_the_act_before_a_charge_is_reported(pipeline, text: str, verb: str) -> None:
    assert any(verb in t for t in _triggers(text))


@pytest.mark.parametrize(("text", "verb"), ASSERTED)
def test_the_content_of_a_charge_is_only_asserted(pipeline, text: str, verb: str) -> None:
    assert not any(verb in t for t in _triggers(text))
