"""Killing words as figures of speech (issue 19 item 2, session 37: ambiguous single-word cues),
on made-up sentences: a bill, a reform, democracy, hope or a deal that is "killed", "murdered" or
"massacred" is no attack; the object of the verb is an abstraction (WordNet's class of its head
noun). Killings of people, named or counted, stay attacks."""

from __future__ import annotations

import pytest

from sitrep.extract.events.case.rules import classify_rules

FIGURES = [
    "The upper house killed the reform on a 51-40 vote on Thursday.",
    "Lawmakers killed the proposal to raise the fuel tax before the recess.",
    "Critics said the ruling party had murdered democracy by delaying the election.",
    "The union leader called the pay freeze a massacre of public services.",
    "The governor's veto killed the measure, ending a three-year campaign by teachers.",
    "The fall of the currency killed any hope of a quick recovery, the central bank said.",
    "Analysts said the new tariffs would kill the reform agenda of the new cabinet.",
    "Opposition deputies accused the minister of murdering free speech with the new media law.",
    "The senator said the cuts would slaughter the education budget of rural districts.",
    "A last-minute amendment killed the plan to privatise the railways.",
    "Investors fear the scandal has killed the company's reputation for good.",
    "The committee killed off the motion without a debate.",
    "An exiled writer said the generals had 'murdered justice' by sacking the judges.",
]

LITERAL = [  # neighbours that must stay attacks
    ("Gunmen killed the mayor of the town as he left a church on Sunday.", "ATTACK"),
    ("Militiamen killed 14 villagers in a raid on a hamlet near the border.", "ATTACK"),
    ("Attackers murdered a teacher and his wife in their home, police said.", "ATTACK"),
    ("Militiamen murdered 20 villagers in the market, witnesses said.", "ATTACK"),
    ("Unknown assailants killed the journalist outside his office.", "ATTACK"),
    ("A gang killed two farmers and stole their cattle overnight.", "ATTACK"),
    ("Armed men killed the headmaster of a village school on Monday.", "ATTACK"),
    ("The massacre of 30 villagers by militiamen drew wide condemnation at home.", "ATTACK"),
]


@pytest.mark.parametrize("text", FIGURES)
def test_figurative_killing_is_no_attack(text: str) -> None:
    assert classify_rules(text) == "OTHER"


@pytest.mark.parametrize(("text", "label"), LITERAL)
def test_killing_of_people_stays_an_attack(text: str, label: str) -> None:
    assert classify_rules(text) == label
