"""Issue 19 (casualty claims on unseen news), tolls and states, session 32: a body, corpse or
death "of" people an outcome word also describes ("the body of a missing hiker", "the bodies of
two missing fishermen", "a missing pensioner's body", "the deaths of three abducted aid
workers"): found dead, they are killed, not missing or abducted; a singular body with a
person as its possessor is a corpse too ("the girl's body was found"). Made up, none copied
from a data set; 11 of the first 12 failed on main before the change. Each text must give
exactly these claims, as (outcome, low, high, vague words)."""

from __future__ import annotations

import pytest

from samples import claim_figure, probe_params
from sitrep.records import Article

K, J, A, R, D, M = "killed", "injured", "abducted", "arrested", "displaced", "missing"
ONE = (1, 1, None)

BODIES = [    ("Searchers found the body of a missing hiker on Sunday.", [(K, *ONE)]),
    ("The body of a missing teenager was pulled from the canal.", [(K, *ONE)]),
    ("Missing toddler's body found in woods near her home.", [(K, *ONE)]),
    ("Divers recovered the bodies of two missing fishermen off Mombasa.", [(K, 2, 2, None)]),
    ("Police said the remains of a missing student were found in a shallow grave.", [(K, *ONE)]),
    ("The body of a man reported missing last week was found in the river.", [(K, *ONE)]),
    ("The corpse of a missing farmer was discovered in a well in Punjab.", [(K, *ONE)]),
    ("Rescuers found the bodies of three missing miners in the flooded shaft.", [(K, 3, 3, None)]),
    ("A missing pensioner's body was found in a ditch.", [(K, *ONE)]),
    ("The bodies of the four missing climbers were spotted from a helicopter.", [(K, 4, 4, None)]),
    ("Villagers found the body of a missing shepherd near the border.", [(K, *ONE)]),
    ("The remains of two missing journalists were identified by DNA tests.", [(K, 2, 2, None)]),
    # neighbours: the missing still missing, a body of people
    ("Two hikers are still missing after the storm.", [(M, 2, 2, None)]),
    ("Searchers are looking for a missing hiker near the summit.", [(M, *ONE)]),
    ("The body of a woman was found in the river; her husband is missing.", [(K, *ONE), (M, *ONE)]),
    ("The deaths of three abducted aid workers were confirmed by the agency.", [(K, 3, 3, None)]),
    ("Police found the corpse of a kidnapped businessman in a car boot.", [(K, *ONE)]),
    ("A girl's body was found near a fence.", [(K, *ONE)]),
    ("Emma Ruiz's body was recovered from the lake.", [(K, *ONE)]),
    # neighbours: a body that is no corpse
    ("The student body elected a new president.", []),
    ("The pensioner's body ached after the long walk.", []),
]
# left (strict xfails): a headline's possessive person ("Missing toddler's body found") is no
# headline single ("the remains of" a person count since session 46: ``outcomes.corpses``)
KNOWN_GAPS = {
    "Missing toddler's body found in woods near her home.",
}


@pytest.mark.parametrize(("text", "figures"), probe_params({"bodies": BODIES}, KNOWN_GAPS))
def test_the_dead_found_are_killed(pipeline, text, figures):
    claims = pipeline.process(Article(text=text)).claims
    assert sorted((claim_figure(c) for c in claims if not c.undisclosed), key=str) == sorted(
        figures, key=str)
