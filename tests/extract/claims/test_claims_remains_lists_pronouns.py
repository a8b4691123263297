"""Made-up probes for session 46 (issue 19: casualty claims on unseen text), written with the
change, with neighbours that must keep what they had.

1. "Remains" and skeletons of people count the dead like bodies ("exhumed the remains of 18
people"), and a body found with wounds is dead, not wounded ("the bodies of four men with stab
wounds"); remains of things ("the remains of the old fort") and remains counted by no one stay
no claim.

2. "Leave" with a list of counted people ending in a state ("left nine police officers and at
least 14 gunmen dead"), which the parser splits in two, gives a claim for every member; a
clause of its own ("and three are missing") keeps its own.

3. A reporting pronoun inside a clause of its sentence stands for the subject above it: "The
interior ministry condemned the attack, which it said killed seven pilgrims" (the ministry);
a ministry's "its border guards" stay armed people.
"""

from __future__ import annotations

import pytest

from sitrep.records import Article

K, J, M = "killed", "injured", "missing"

REMAINS = [
    ("Forensic teams exhumed the remains of 18 people from a well outside the village.", K, 18),
    ("Investigators recovered the skeletal remains of at least nine people near the quarry.",
     K, 9),
    ("Rescuers found the bodies of four men with stab wounds behind the warehouse.", K, 4),
    ("Villagers found the bodies of two teenagers with bullet wounds in a ditch.", K, 2),
]
NO_REMAINS = [
    "Archaeologists studied the remains of the old fort on the hill.",
    "The remains were handed over to the families on Monday.",
    "Engineers cleared the remains of three collapsed bridges.",
]

LISTS = [
    ("The ambush left nine police officers and at least 14 gunmen dead, the governor said.",
     [(K, 9, "police"), (K, 14, "militant")]),
    ("Heavy fighting in the hills left 15 soldiers and about 30 insurgents dead.",
     [(K, 15, "military"), (K, 30, "militant")]),
    ("The blast left six workers wounded, and two are missing.", [(J, 6, "civilian"), (M, 2, None)]),
]

PRONOUNS = [
    ("The interior ministry condemned the attack, which it said killed seven pilgrims.",
     K, 7, "interior ministry"),
    ("The army denounced the raid, in which it said four of its soldiers were wounded.",
     J, 4, "army"),
]


def _claims(pipeline, text: str):
    return [c for c in pipeline.process(Article(text=text)).claims if not c.undisclosed]


@pytest.mark.parametrize(("text", "outcome", "low"), REMAINS, ids=[r[0][:40] for r in REMAINS])
def test_remains_and_bodies_with_wounds_are_deaths(pipeline, text, outcome, low):
    found = [(c.outcome, c.low) for c in _claims(pipeline, text)]
    assert (outcome, low) in found
    assert ("injured", low) not in found


@pytest.mark.parametrize("text", NO_REMAINS, ids=[t[:40] for t in NO_REMAINS])
def test_remains_of_things_are_no_claim(pipeline, text):
    assert [(c.outcome, c.low) for c in _claims(pipeline, text) if c.outcome == K] == []


@pytest.mark.parametrize(("text", "expected"), LISTS, ids=[r[0][:40] for r in LISTS])
def test_every_member_of_a_list_left_dead(pipeline, text, expected):
    found = {(c.outcome, c.low): c.victims for c in _claims(pipeline, text)}
    for outcome, low, victims in expected:
        assert (outcome, low) in found, found
        if victims is not None:
            assert found[(outcome, low)] == victims


@pytest.mark.parametrize(("text", "outcome", "low", "claimant"), PRONOUNS,
                         ids=[r[0][:40] for r in PRONOUNS])
def test_pronoun_speaker_in_a_clause_is_the_subject_above(pipeline, text, outcome, low, claimant):
    found = [c for c in _claims(pipeline, text) if c.outcome == outcome and c.low == low]
    assert len(found) == 1
    assert found[0].claimant is not None and claimant in found[0].claimant.text.lower()


def test_ministry_keeps_its_guards_armed(pipeline):
    text = ("The foreign ministry protested against the shelling, which it said had killed "
            "three of its border guards.")
    found = [c for c in _claims(pipeline, text) if c.outcome == K and c.low == 3]
    assert len(found) == 1
    assert found[0].victims == "military"


def test_remains_as_a_verb_is_no_corpse(pipeline):
    found = [(c.outcome, c.low) for c in _claims(
        pipeline, "One of the two wounded officers remains in hospital, police said.")]
    assert (K, 1) not in found
