"""Acts branded with a word of disapproval (issue 15's recall on held-out articles: "the embassy
called the expulsions 'unjustified'", "called the violence 'totally unacceptable'", "a decision
the junta called 'unfair and one-sided'" were no events). A party that names another's act with
a word of disapproval accuses (ACCUSE/disapprove); a name that says what a thing is, a branded
claim (a denial) and a branding joined to the appeal or denial it goes with are no ACCUSE.

Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import typed_modes

BRANDED = [
    'The foreign ministry called the expulsions "unjustified".',
    'The governor called the curfew "totally unacceptable".',
    "The opposition called the ruling unfair and one-sided.",
    'The alliance called the incursion "reckless".',
    "The Kremlin described the new sanctions as illegal.",
    'The council called the shelling of the market "a crime".',
    "The ministry termed the arrests arbitrary.",
]
NOT_BRANDED = [
    "The ministry called the report baseless.",
    "He called the group a militia.",
    'The embassy called the accusation "a provocation".',
    'The president called the drills "irresponsible" and urged Beijing to return to talks.',
    "The union called for calm.",
    "Residents called the new bridge beautiful.",
]


@pytest.mark.parametrize("text", BRANDED)
def test_act_named_with_disapproval_is_an_accusation(pipeline, text: str) -> None:
    assert ("ACCUSE", "disapprove") in typed_modes(text)


@pytest.mark.parametrize("text", NOT_BRANDED)
def test_names_denials_and_joined_appeals_are_no_accusation(pipeline, text: str) -> None:
    assert ("ACCUSE", "disapprove") not in typed_modes(text)
