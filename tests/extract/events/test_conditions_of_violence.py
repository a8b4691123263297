"""Wars, violence and fights named as a condition (events/senses/public/campaigns.py): "drug
violence", "Mexico's drug war", "the fight against the cartels" as a topic are no ASSAULT; the
same nouns anchored by a date, a casualty figure, a verb of outbreak or harm, or as where a
harm happened stay. Sentences made up for these tests."""

from __future__ import annotations

import pytest

import sitrep

TOPICS = [
    "Guns bought in the north fuel criminal violence across the region.",
    "Displacement is an often overlooked impact of Valdoria's drug war.",
    "He argued that Norland should take more responsibility in the fight against the cartels.",
    "The city was long considered a safe haven from the violence of the drug trade.",
    "Thefts were reported in the provinces most affected by gang violence.",
    "The army regularly mentions the fight against rebels near the border.",
    "The war in the mountains has been a problem for the coffee exporters.",
    "The reforms expanded military powers in the fight against the insurgents.",
    "Consumption abroad is the cause of much of the violence in the port city.",
    "Experts met to discuss the roots of the conflict between the two clans.",
    "Trends in Valdoria Violence.",
]
HAPPENINGS = [
    "Violence erupted in the port city on Sunday.",
    "Heavy fighting broke out between the army and the rebels near the border.",
    "Four soldiers were killed in the fighting near the border.",
    "The violence on Tuesday left 12 people dead in the capital.",
    "The war has displaced thousands of families from the valley.",
    "A fight between two inmates left one man injured.",
    "Two officers were killed in the violence in the market town.",
    "Fighting killed 14 fighters in the north last week.",
    "The clashes continued into the night, witnesses said.",
    "Rebels attacked an army post near the border on Monday.",
    "Witnesses reported violence by soldiers against students in the capital.",
]


def _assaults(text: str) -> list[str]:
    events = sitrep.process_text("Officials spoke on Monday. " + text,
                                 published="2021-03-01").events
    return [e.plover_type for e in events if e.plover_type == "ASSAULT"]


@pytest.mark.parametrize("text", TOPICS)
def test_violence_named_as_a_condition_is_no_assault(pipeline, text: str) -> None:
    assert _assaults(text) == []


@pytest.mark.parametrize("text", HAPPENINGS)
def test_violence_anchored_in_a_happening_stays(pipeline, text: str) -> None:
    assert _assaults(text)
