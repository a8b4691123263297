"""Harm only a body can suffer, done to a place, a trade or a firm ("the blockade is strangling
the city's economy", "they are strangling the mountain", "rising costs are choking the transport
industry"): a figure of speech, no ASSAULT (events/senses/fit.py, ``abstract_patient``, read from
the WordNet class of the patient). People strangled, choked or suffocated stay an ASSAULT.
Sentences made up for these tests (7 of the 12 figurative ones gave an ASSAULT before)."""

from __future__ import annotations

import pytest

from samples import typed_events

FIGURATIVE = [
    "The blockade is strangling the city's economy.",
    "\"They are strangling the mountain,\" a farmer said on Tuesday.",
    "The extortion payments are strangling small firms.",
    "High interest rates are choking small businesses.",
    "The new rules will suffocate the local press.",
    "The sanctions are throttling the country's oil exports.",
    "Red tape is smothering the farming sector.",
    "The siege has strangled the port since March.",
    "Rising fuel costs are choking the transport industry.",
    "The tax is strangling the market towns.",
    "Corruption is suffocating the health system.",
    "The checkpoints are strangling trade between the two provinces.",
]
PHYSICAL = [
    "The man strangled his wife at their home on Monday.",
    "Police said the attacker choked the victim until she passed out.",
    "The guard was strangled with a cord in his cell.",
    "Gunmen strangled two hostages before fleeing.",
    "He tried to strangle a police officer during the arrest on Friday.",
    "The suspect choked a 15-year-old boy in the park.",
    "The inmates strangled a guard during the riot.",
    "The kidnappers suffocated the businessman with a plastic bag.",
    "A woman was found strangled in her flat on Sunday.",
    "The robbers throttled the shopkeeper and took the cash.",
]


def _assaults(text: str) -> list[str]:
    return [trigger for plover, trigger in typed_events(text) if plover == "ASSAULT"]


@pytest.mark.parametrize("text", FIGURATIVE)
def test_bodily_harm_done_to_a_thing_is_a_figure(pipeline, text: str) -> None:
    assert not _assaults(text)


@pytest.mark.parametrize("text", PHYSICAL)
def test_people_strangled_or_choked_stay_assaulted(pipeline, text: str) -> None:
    assert _assaults(text)
