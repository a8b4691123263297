"""A body named by a common noun is the actor of what its verb says ("the committee appealed to
all sides", "the mission denied the accusations", "the delegation rejected the offer"), as a
request's addressee is a party whatever its noun (``finder.ActorFinder.addressee``): read with
the real model on made-up sentences. Not an act, a place or a thing as the subject ("the attack
killed three people", "the town suffered shelling")."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("The committee appealed to all sides to lift the blockade.", "appealed", ["committee"],
     ["sides"], [], []),
    ("The mission denied accusations that its troops had stayed inside their base.", "denied",
     ["mission"], [], [], []),
    ("The delegation rejected the offer on Tuesday.", "rejected", ["delegation"], [], [], []),
    ("The commission condemned the killings of the farmers.", "condemned", ["commission"], [],
     [], []),
    ("The crowd threw stones at the police station.", "threw", ["crowd"], [], [], []),
]

KEPT = [
    ("The attack killed three people in the market.", "killed", [], ["people"], ["attack"], []),
    ("Rebels said the village came under heavy shelling overnight.", "shelling", [], [],
     ["village"], []),
    ("Police arrested three men in the market.", "arrested", ["Police"], ["men"], [], []),
    ("The union called a strike for Monday.", "called", ["union"], [], [], []),
    ("The decision angered the opposition, which condemned it.", "condemned", ["opposition"],
     [], ["decision"], []),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_a_body_subject_does_what_its_verb_says(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
