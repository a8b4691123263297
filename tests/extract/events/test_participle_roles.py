"""Present participles before their noun name a role or a property, not an act
(events/senses/words.py ``_modifier``): "the investigating officer", "the requesting state",
"supporting documents", "the cooperating witness" are no ACCUSE, REQUEST, SUPPORT or COOPERATE.
Near neighbours (the same verbs as verbs, participles after their noun: "a team investigating
the murders") stay. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

ROLES = [
    ("The investigating officer said the case was closed.",
     "ACCUSE"),
    ("An investigating judge was appointed on Monday.",
     "ACCUSE"),
    ("The investigating team arrived in the town.",
     "ACCUSE"),
    ("The investigating agency has 60 days to report.",
     "ACCUSE"),
    ("The investigating magistrate was replaced last month.",
     "ACCUSE"),
    ("The requesting state must pay the costs of the transfer.",
     "REQUEST"),
    ("Supporting documents were missing from the file.",
     "SUPPORT"),
    ("The cooperating witness was paid by the agency.",
     "COOPERATE"),
    ("A supporting cast of officials stood behind the minister.",
     "SUPPORT"),
    ("The accusing party did not appear in court.",
     "ACCUSE"),
]
ACTS = [
    ("Police are investigating the officer.",
     "ACCUSE"),
    ("The judge is investigating the killing of the mayor.",
     "ACCUSE"),
    ("A team investigating the murders arrived in the town on Monday.",
     "ACCUSE"),
    ("The state requested the extradition of the suspect on Monday.",
     "REQUEST"),
    ("The agency supported the police operation on Monday.",
     "SUPPORT"),
    ("He accused the officer of lying on Monday.",
     "ACCUSE"),
    ("The ministry requested help from the UN on Monday.",
     "REQUEST"),
    ("The witness cooperated with prosecutors on Monday.",
     "COOPERATE"),
    ("Prosecutors opened an investigation into the officer on Monday.",
     "ACCUSE"),
    ("The ministry is investigating the officer's conduct.",
     "ACCUSE"),
]


@pytest.mark.parametrize(("text", "plover"), ROLES)
def test_a_participle_before_its_noun_is_no_act(pipeline, text: str, plover: str) -> None:
    assert plover not in plover_types(text)


@pytest.mark.parametrize(("text", "plover"), ACTS)
def test_the_verbs_themselves_stay_acts(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)
