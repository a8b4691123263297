"""A lawyer who says "his client denies ..." takes that stand: the lawyer is the actor of the
denial, the plea or the contest (``nouns.lawyer_of``), as a spokesman's words are his body's.
A stand of now or to come only (present tense, "will", "would"): a past one ("said his client
denied the charges") was the client's, in court. The client's own acts told there stay the
client's ("did not shoot anyone"), and a client who denies in his own words keeps his denial. Real model, made-up sentences."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("His lawyer, Dana Whitcombe, said his client denies taking part in the robbery.", "denies",
     ["Whitcombe"], [], ["client"], []),
    ("Defence attorney Paul Mendel said her client \"did nothing wrong\" and would contest the "
     "charges.", "contest", ["Mendel"], [], ["client"], []),
    ("His lawyer, Tom Reyes, said his client disputes the police account.", "disputes",
     ["Reyes"], [], ["client"], []),
    ("Her attorney said her client will fight the charges.", "fight", ["attorney"], [],
     ["client"], []),
]

KEPT = [
    ("Okafor's lawyer said his client denied the charges and would apply for bail.", "denied",
     ["client"], [], ["lawyer"], []),
    ("Public defender Ann Rourke said her client would plead not guilty and denied firing at "
     "the officers.", "denied", ["Rourke"], [], [], []),
    ("The client denied the charges, his lawyer said.", "denied", ["client"], [], ["lawyer"],
     []),
    ("His lawyer said his client did not shoot anyone.", "shoot", ["client"], [], ["lawyer"],
     []),
    ("Police said the suspect denied the charges.", "denied", ["suspect"], [], ["Police"], []),
    ("His lawyer denied the charges on behalf of his client.", "denied", ["lawyer"], [], [], []),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_a_lawyer_takes_the_stand_he_tells_for_his_client(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
