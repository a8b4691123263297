"""Killing words as figures of speech in the passive, and executing a plan (issue 19 item 2,
session 39; ``case.figures``), on made-up sentences: the subject of "was killed", "had been
murdered" is what was killed, and a bill, a result, a hope or a deal cannot be; "executed the
plan" executes no one. People killed or executed stay attacks."""

from __future__ import annotations

import pytest

from sitrep.extract.events.case.rules import classify_rules

FIGURES = [
    "The housing bill was killed in the finance committee on Tuesday.",
    "The opposition said the election result had been 'murdered' by a rigged count in three districts.",
    "Hopes of a quick recovery were killed off by the second lockdown.",
    "The sale of the port was killed by the regulator after a year-long review.",
    "The proposal to cut fuel subsidies was quietly killed by the cabinet.",
    "Critics said the reform had been massacred by the amendments of the upper house.",
    "The tax credit was killed by the new finance minister.",
    "Union leaders said the pension plan had been butchered in parliament.",
    "The government executed its plan to sell the state airline.",
    "The ministry said the execution of the road project would take four years.",
    "The bank executed the order to freeze the accounts on Monday.",
    "The contract was executed in the presence of the two ministers.",
]

LITERAL = [  # people killed or executed stay attacks
    ("The village headman was killed by gunmen near his farm on Sunday.", "ATTACK"),
    ("Three teachers were murdered in their homes overnight, police said.", "ATTACK"),
    ("Rebels executed four captured villagers in the market square.", "ATTACK"),
    ("Opposition leader Ana Moreno was killed by unknown gunmen outside her office.", "ATTACK"),
    ("Twelve farmers were shot dead by gunmen in the hills.", "ATTACK"),
    ("The local judge was shot dead by two men on a motorbike.", "ATTACK"),
    ("The bodies of two aid workers who had been murdered were found near the camp.", "ATTACK"),
    ("Militants executed a kidnapped engineer, a video released on Friday showed.", "ATTACK"),
]


@pytest.mark.parametrize("text", FIGURES)
def test_figure_of_speech_in_the_passive_is_no_attack(text: str) -> None:
    assert classify_rules(text) == "OTHER"


@pytest.mark.parametrize(("text", "label"), LITERAL)
def test_people_killed_stay_an_attack(text: str, label: str) -> None:
    assert classify_rules(text) == label
