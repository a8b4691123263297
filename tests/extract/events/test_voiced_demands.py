"""Demands a protest voices ("nurses marched to the ministry demanding higher pay", "farmers
blocked the highway to demand lower fuel prices"): part of the PROTEST, no REQUEST of their own
(the held-out writers' convention since session 36). Neighbours stay a REQUEST: a demand with
its own subject, or voiced by an act that is no protest (a seizure, a statement, a summons).
Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import typed_events

VOICED = [
    "Hundreds of nurses marched to the health ministry on Monday demanding higher pay.",
    "About 500 farmers blocked the main highway near the town on Friday, demanding lower fuel prices.",
    "Students rallied outside the university on Tuesday demanding the dean's resignation.",
    "Thousands of teachers went on strike on Wednesday, demanding back pay.",
    "Dockworkers walked off the job on Thursday demanding safer conditions.",
    "Several hundred villagers gathered outside the police station demanding news of the missing boys.",
    "Traders shut their shops across the city on Monday, demanding protection from extortion gangs.",
    "Mothers of the disappeared marched through the capital on Sunday to demand answers from the army.",
    "Taxi drivers blocked the bridge for five hours on Monday to demand an end to police checkpoints.",
    "Residents protested outside the town hall on Saturday demanding clean water.",
    "Miners staged a protest at the pit head on Tuesday, demanding unpaid wages.",
    "Thousands demonstrated in the capital on Friday demanding early elections.",
    "Relatives of the dead men marched to the governor's office, calling for an independent inquiry.",
    "Hundreds of workers picketed the factory gates on Monday demanding the reinstatement of sacked colleagues.",
]
KEPT = [
    "The union demanded higher pay for nurses on Monday.",
    "The opposition leader demanded early elections in a speech on Friday.",
    "Relatives of the dead men demanded an independent inquiry on Tuesday.",
    "The kidnappers demanded a ransom of $50,000 for the driver's release.",
    "The foreign minister demanded the release of the detained journalists on Monday.",
    "After the march, the organisers demanded that the governor resign.",
    "The union, whose members marched on Monday, demanded a meeting with the minister on Tuesday.",
    "The rebels seized the convoy on Friday, demanding that the government free their commander.",
    "The ministry summoned the ambassador on Monday, demanding an explanation for the incursion.",
    "The council issued a statement on Thursday demanding that troops leave the town.",
]


@pytest.mark.parametrize("text", VOICED)
def test_demand_voiced_by_a_protest_is_no_request(pipeline, text: str) -> None:
    assert "REQUEST" not in [plover for plover, _ in typed_events(text)]


@pytest.mark.parametrize("text", KEPT)
def test_demand_of_its_own_or_of_no_protest_stays_a_request(pipeline, text: str) -> None:
    assert "REQUEST" in [plover for plover, _ in typed_events(text)]
