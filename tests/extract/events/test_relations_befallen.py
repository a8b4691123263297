"""Talks and agreements named as what a party leaves, refuses or ends are no meeting and no
agreement (events/eventhood/states.py, ``lasting_relation``): negotiations walked out of, pulled
out of or quit, talks whose resumption is ruled out or refused, and an accord ended, scrapped,
torn up or withdrawn from. Near neighbours stay: talks held, resumed or opened, an accord signed
or reached, an accord scrapped with the clause of its signing. Sentences made up for these
tests."""

from __future__ import annotations

import pytest

from samples import plover_types

NO_ACT = [
    ("The opposition walked out of the negotiations on Tuesday.", "CONSULT"),
    ("The rebels pulled out of the peace talks in March.", "CONSULT"),
    ("The delegation quit the negotiations after two days.", "CONSULT"),
    ("The minister ruled out resuming talks with the strikers.", "CONSULT"),
    ("The junta refused to reopen negotiations with the opposition.", "CONSULT"),
    ("The council rejected holding talks with the armed groups.", "CONSULT"),
    ("The government scrapped the 2018 peace agreement in January.", "AGREE"),
    ("The generals tore up their accord with the rebels.", "AGREE"),
    ("Moscow terminated the fishing agreement with Oslo on Friday.", "AGREE"),
    ("The new cabinet cancelled a gas deal with its neighbour.", "AGREE"),
    ("The president denounced the 2019 border agreement in June.", "AGREE"),
    ("The rebels withdrew from the ceasefire agreement on Monday.", "AGREE"),
    ("The opposition stormed out of the talks with the junta.", "CONSULT"),
    ("The premier refused to restart negotiations with the unions.", "CONSULT"),
    ("The junta renounced the defence pact with Paris.", "AGREE"),
    ("Caracas responded by suspending an oil agreement with its neighbour.", "AGREE"),
    ("Ankara retaliated by scrapping a transit agreement with Baghdad.", "AGREE"),
    ("The premier reacted by tearing up the water accord with the north.", "AGREE"),
]
ACTS = [
    ("Negotiations between the union and the ministry began in May.", "CONSULT"),
    ("The talks resumed on Thursday in Geneva.", "CONSULT"),
    ("The opposition held talks with the ministry on Tuesday.", "CONSULT"),
    ("The minister agreed to resume talks with the strikers.", "CONSULT"),
    ("The rebels met government envoys in Doha in March.", "CONSULT"),
    ("The delegation opened negotiations with the union on Monday.", "CONSULT"),
    ("The government signed a peace agreement with the rebels in January.", "AGREE"),
    ("Moscow and Oslo reached a fishing agreement on Friday.", "AGREE"),
    ("The two sides agreed a ceasefire on Sunday.", "AGREE"),
    ("The parties signed the accord in Addis Ababa on Monday.", "AGREE"),
    ("The junta scrapped the accord signed in Algiers in 2015.", "AGREE"),
    ("Caracas responded by signing an oil agreement with its neighbour.", "AGREE"),
    ("The union walked out of the factory after talks with the managers.", "CONSULT"),
]


@pytest.mark.parametrize("text,plover", NO_ACT)
def test_relations_broken_left_or_ended_are_no_act(pipeline, text: str, plover: str) -> None:
    assert plover not in plover_types(text)


@pytest.mark.parametrize("text,plover", ACTS)
def test_talks_held_and_accords_reached_stay(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)
