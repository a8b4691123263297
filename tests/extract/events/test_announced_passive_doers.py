"""A passive charge, release or arrest that names no doer was made by the police, army or
intelligence service that announces it ("he was charged with murder, police said", "seven
teachers were detained and later released, the National Police said", "the FSB said the engineer
had been arrested and charged with treason"), read with the real model on made-up sentences.
Not a speaker who is no such force ("released, his lawyer said"), not a doer the sentence names
("charged by prosecutors"), and not a seizure ("a pistol was recovered, police said": its doer
would fuse it with another seizure of the same force)."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("A 19-year-old man has been charged after a woman was stabbed in a car park, Kent Police "
     "said.", "charged", ["Kent Police"], ["man"], [], []),
    ("Four farmers were detained and later released without charge, the national police said.",
     "released", ["police"], ["farmers"], [], []),
    ("The Federal Security Service said the engineer had been arrested and charged with high "
     "treason.", "charged", ["Federal Security Service"], ["engineer"], [], []),
    ("Two journalists were freed on Friday, the army said.", "freed", ["army"],
     ["journalists"], [], []),
    ("The suspect was charged with arson, the sheriff's office said.", "charged",
     ["sheriff"], ["suspect"], [], []),
]

KEPT = [
    ("He was released on Friday, his lawyer said.", "released", [], [], ["lawyer"], []),
    ("The man was charged by prosecutors with fraud, police said.", "charged", ["prosecutors"],
     ["man"], ["police"], []),
    ("A pistol was recovered at the scene, police said.", "recovered", [], [], ["police"], []),
    ("The driver was charged with careless driving, his family said.", "charged", [], [],
     ["family"], []),
    ("Police said 19 people were arrested.", "arrested", ["Police"], ["people"], [], []),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_the_force_that_announces_a_passive_act_did_it(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
