"""A fronted adverbial the parser made a second subject ("Outside court, Mr Kolawole's wife
thanked ...": ``finder.fronted``) is no actor: the subject after the comma is. A subject set
off by an apposition keeps its place. Real model, made-up sentences."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("Outside court, Mr Kolawole's wife, Bisi, thanked the police and the prosecution team.",
     "thanked", ["Bisi"], ["police"], ["court"], []),
    ("Outside court, the victim's brother called for tougher sentences.", "called",
     ["brother"], [], ["court"], []),
]

KEPT = [
    ("The minister, a former general, said troops would be sent to the border.", "sent",
     ["minister"], [], [], []),
    ("Outside the court, the victim's mother thanked the police.", "thanked", ["mother"],
     ["police"], ["court"], []),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_a_fronted_phrase_is_no_subject(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
