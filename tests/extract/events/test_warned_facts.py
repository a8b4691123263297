"""Warnings of facts and of an act's consequences (events/senses/outlook.py, ``forecast``): a
warning whose "that" clause tells what has already happened or is the case ("warned that
families had fled", "warned that its clinic was running out of medicine") reports a fact, and
one that foresees what an act will bring about ("warned that military action would inflame the
region": an act noun, no one, is the subject; a word of the actor lexicon inside the phrase,
"military", is no party) is a prediction: neither is a THREATEN. Near neighbours stay: a
warning of the warner's own future act, of what a person or a body will do, of harm, one
addressed to someone, and one whose past-tense clause holds a threat ("warned that it was ready
to strike", "warned that they were going to attack"). Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

FACTS = [
    "The ombudsman warned that hundreds of families had fled toward the border towns.",
    "The charity warned that its clinic was running out of medicine.",
    "The aid group warned that its warehouses had been emptied by the floods.",
    "The mayor warned that thousands of residents had lost their homes.",
    "Doctors warned that dozens of children were sleeping in the corridors.",
    "The agency warned that its staff had not been paid for months.",
    "The governor warned that the main road to the valley had been cut.",
    "The union warned that its members were leaving the country in large numbers.",
    "The relief agency warned that the camps had run short of water.",
    "Teachers warned that many pupils had stopped coming to school.",
    "The hospital warned that it was running out of blood and fuel.",
    "The ministry warned that farmers had already lost most of the harvest.",
    "The envoy warned that the talks have stalled over the border question.",
]
CONSEQUENCES = [
    "The foreign minister warned that military action would inflame the region.",
    "The senator warned that a military operation would destabilise the whole region.",
    "Economists warned that military spending would weaken the economy.",
    "The bishop warned that police action would only deepen the anger.",
    "Diplomats warned that an army offensive would worsen the hunger in the north.",
    "The analyst warned that a police crackdown could backfire on the government.",
    "The minister warned that army raids would alienate the villagers.",
    "Experts warned that the military campaign would drag on for years.",
    "The opposition warned that the police reform would cost billions.",
    "The general warned that the military budget would not cover the new ships.",
]
THREATS = [
    "The rebels warned that they would attack the city if the army advanced.",
    "The army warned that it would shell the town if the rebels stayed.",
    "The minister warned that anyone who joined the strike would be arrested.",
    "The president warned Iraq that time was running out.",
    "The militia warned that it was ready to strike the capital.",
    "The gang warned that they were going to kill the witnesses.",
    "The police chief warned that officers will break up any rally.",
    "The commander warned that his troops would fire on anyone crossing the line.",
    "He warned the mayor that his family would be harmed.",
    "The group warned it would kill the hostages.",
    "The military warned that it would use force against the protesters.",
    "The army warned protesters to leave the square.",
]


@pytest.mark.parametrize("text", FACTS + CONSEQUENCES)
def test_a_warning_of_a_fact_or_of_an_acts_outcome_is_no_threat(pipeline, text: str) -> None:
    assert "THREATEN" not in plover_types(text)


@pytest.mark.parametrize("text", THREATS)
def test_a_warning_of_an_act_to_come_stays_a_threat(pipeline, text: str) -> None:
    assert "THREATEN" in plover_types(text)
