"""Shows and moves of force on unseen wording (MOBILIZE): forces that arrive, are ordered or
moved somewhere, are ordered to act, guard a place or are sent as members of a force; an
operation launched; forces on alert. Neighbours stay no MOBILIZE: a patrol that is attacked
(a recipient), a deployment someone else is asked to make (the REQUEST only), being prepared
or ready to act, police who arrive at a scene, a team that arrives, things moved or ordered,
an operation of surgeons or firms. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

SHOWS_OF_FORCE = [
    "About 600 soldiers arrived in the border town on Thursday, the defence ministry said.",
    "Hundreds of riot police arrived in the city ahead of the rally.",
    "The ministry ordered three more warships to the Red Sea on Monday.",
    "The defence minister moved two battalions to the northern frontier.",
    "The interior minister said the government would send members of the federal police to "
    "the province.",
    "The president ordered the army to reinforce the border after the raid.",
    "Troops in tanks guarded the parliament building on Sunday.",
    "The army said it had launched an operation to hunt down the kidnappers.",
    "The government put its forces on high alert on Wednesday.",
    "The prime minister ordered the navy to help rescue stranded fishermen.",
    "The regime rushed reinforcements to the besieged city.",
    "Police officers guarded the embassy after the protest.",
]
NOT_SHOWS = [
    "Rebels ambushed a police patrol near the village, killing four officers.",
    "The mayor called on the government to send troops to the town.",
    "The opposition leader urged the United Nations to deploy peacekeepers.",
    "\"We must be prepared to act,\" the president said.",
    "Police arrived at the scene shortly after the shooting.",
    "The team arrived in Madrid on Thursday.",
    "The company moved its headquarters to the capital.",
    "The judge ordered the man to pay a fine.",
    "A dog guarded the house on Monday.",
    "The company launched an operation to recycle plastic.",
    "The surgeons began the operation at noon.",
    "The ministry ordered new textbooks to the schools.",
    "Sheriff's Deputy Carl Ames was dispatched to the farm after a neighbour called.",
    "The bureau dispatched dozens of agents to investigate the blast.",
    "Coast guards searched for missing fishermen on Sunday.",
    "The offensive brought security to the northern towns.",
    "Two hundred Irish soldiers arrived in Lebanon to join the peacekeeping force.",
    "The navy flew in marines to help distribute relief to the islands.",
    "The agency sent a team of officers into the country to investigate the smuggling ring.",
]


@pytest.mark.parametrize("text", SHOWS_OF_FORCE)
def test_show_of_force_is_mobilize(pipeline, text: str) -> None:
    assert "MOBILIZE" in plover_types(text)


@pytest.mark.parametrize("text", NOT_SHOWS)
def test_asked_ready_or_unarmed_is_no_mobilize(pipeline, text: str) -> None:
    assert "MOBILIZE" not in plover_types(text)
