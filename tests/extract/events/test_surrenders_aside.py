"""A person's surrender told only as the moment of another act ("police shot the brothers
after they surrendered") or in a party's version of it ("his family said he had surrendered")
is no event of its own; a party to a conflict that surrenders still retreats
(events/senses/courts/surrenders.py). Sentences made up for these tests."""

from __future__ import annotations

import pytest

import sitrep

ASIDE = [
    'Relatives said the teenager was unarmed and had surrendered when officers shot him.',
    'Police shot the two brothers after they surrendered, their mother said.',
    "The driver's family insisted he had surrendered before he was beaten.",
    'Witnesses said soldiers executed the prisoners after they surrendered.',
    'His lawyer said he had surrendered and was unarmed when deputies tasered him.',
    'The militiamen killed the villagers once they surrendered, survivors said.',
    'Neighbours claimed the suspect had surrendered when the officer fired.',
    'Officers beat the man after he surrendered, his wife said.',
    'The guards shot her as she surrendered, the rights group said.',
    'The gunmen executed the two officers after they had surrendered, the police chief said.',
]
RETREATS = [
    "About 200 rebel fighters surrendered to the army in the north on Monday.",
    "The garrison surrendered to the insurgents after a week-long siege.",
    "Hundreds of militants surrendered their weapons to government forces on Tuesday.",
    "The rebel commander surrendered to UN peacekeepers on Friday.",
    "Government troops surrendered the town to the rebels on Thursday.",
    "The besieged soldiers surrendered after running out of ammunition.",
    "The rebels laid down their arms after the army commander surrendered.",
]


def _types(text: str) -> list[str]:
    events = sitrep.process_text("Officials spoke on Monday. " + text,
                                 published="2021-03-01").events
    return [e.plover_type for e in events]


@pytest.mark.parametrize("text", ASIDE)
def test_a_surrender_told_as_a_moment_or_a_version_is_no_event(pipeline, text: str) -> None:
    assert "RETREAT" not in _types(text)


@pytest.mark.parametrize("text", RETREATS)
def test_a_party_that_surrenders_retreats(pipeline, text: str) -> None:
    assert "RETREAT" in _types(text)
