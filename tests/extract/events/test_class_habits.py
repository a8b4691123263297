"""What classes of people usually do (events/senses/public/habits.py) and what a place affords
(events/senses/public/opinions.py): a bare plural doer in the present simple ("critics
complain", "gangs demand payments"), an act in the complement of a verb of reputation ("are
known to threaten"), a place that "offers easy access" are no events. Near neighbours (the past,
a date, a named or definite doer, a headline, an offer of a ceasefire) stay. Sentences made up
for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

HABITS = [
    ("While critics complain that the government is overreaching, the army stays out.",
     "ACCUSE"),
    ("The Black Hand gang is also known to threaten journalists into silence.", "THREATEN"),
    ("Gangs demand payments from shopkeepers in the market.", "REQUEST"),
    ("Convoys of fuel trucks refuse to stop at checkpoints.", "REJECT"),
    ("Analysts warn that the truce may collapse.", "THREATEN"),
    ("Extortionists threaten bus drivers who do not pay.", "THREATEN"),
    ("Smugglers ask the rebels for protection on the river.", "REQUEST"),
    ("The militia is said to threaten farmers who sell to the army.", "THREATEN"),
    ("Located in the north, the southern part of the province offers easy access to two "
     "borders.", "AGREE"),
    ("The drug lord hides in his home state, as it offers him the best chance to avoid "
     "capture.", "AGREE"),
    ("The port offers a safe haven to traffickers.", "AGREE"),
    ("The hills offer a clear view of the border crossing.", "AGREE"),
]
ACTS = [
    ("Critics complained on Monday that the government was overreaching.", "ACCUSE"),
    ("The Black Hand gang threatened two journalists on Friday.", "THREATEN"),
    ("The gang demanded payments from the shopkeepers last week.", "REQUEST"),
    ("The convoy refused to stop at the checkpoint on Sunday.", "REJECT"),
    ("The report criticizes the government's response to the floods.", "ACCUSE"),
    ("Amnesty accuses the army of torture in a new report.", "ACCUSE"),
    ("Soldiers Arrest Two Smugglers Near Border", "COERCE"),  # a headline in title case
    ("The rebels offered a ceasefire on Monday.", "AGREE"),
    ("Prosecutors allege that the seized cocaine was never destroyed.", "ACCUSE"),
    ("Officials accuse the rebels of looting the town.", "ACCUSE"),
    ("Ostravia offered to mediate between the two parties on Tuesday.", "AGREE"),
    ("The governor offered the strikers a pay rise on Friday.", "AGREE"),
]


@pytest.mark.parametrize("text,plover", HABITS)
def test_habits_reputations_and_what_places_afford_are_no_events(pipeline, text: str,
                                                                 plover: str) -> None:
    assert plover not in plover_types(text)


@pytest.mark.parametrize("text,plover", ACTS)
def test_acts_of_a_named_doer_in_the_past_or_a_headline_stay(pipeline, text: str,
                                                             plover: str) -> None:
    assert plover in plover_types(text)
