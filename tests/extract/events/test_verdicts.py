"""Court and council words with the wrong type (events/senses/courts/verdicts.py): condemned to
a penalty is a sentence (SANCTION, not ACCUSE); a building condemned is no event; a sentence or
a fine handed is no AID; charges dismissed by a court end the case (RETREAT, as dropped
charges, not REJECT). Near neighbours (condemnations of acts and deaths, dismissals as lies,
demands dismissed, food handed to families) keep their type. Sentences made up for these
tests."""

from __future__ import annotations

import pytest

from samples import plover_types

# (text, a type it must have or None, a type it must not have)
RETYPED = [
    ("He was condemned to death by a military court on Monday.", "SANCTION", "ACCUSE"),
    ("The court condemned him to 20 years in prison on Monday.", "SANCTION", "ACCUSE"),
    ("The rebel leader was condemned to hang on Tuesday.", "SANCTION", "ACCUSE"),
    ("A military tribunal condemned the officers to life in prison on Friday.", "SANCTION",
     "ACCUSE"),
    ("The city condemned the house on Monday.", None, "ACCUSE"),
    ("The building was condemned by inspectors on Tuesday.", None, "ACCUSE"),
    ("Inspectors condemned the apartment complex on Friday.", None, "ACCUSE"),
    ("The court handed him a 10-year sentence on Monday.", "SANCTION", "AID"),
    ("The judge handed the men heavy fines on Tuesday.", None, "AID"),
    ("The judge dismissed the charges on Monday.", "RETREAT", "REJECT"),
    ("The charges against him were dismissed on Friday.", "RETREAT", "REJECT"),
]
KEPT = [
    ("The UN condemned the death of the activist in prison on Monday.", "ACCUSE"),
    ("The UN condemned the killing of the journalist on Monday.", "ACCUSE"),
    ("The president dismissed the charges as politically motivated on Monday.", "REJECT"),
    ("The minister dismissed the protesters' demands on Monday.", "REJECT"),
    ("The charity handed food parcels to 200 families on Monday.", "AID"),
    ("The mayor condemned the attack on the mosque on Sunday.", "ACCUSE"),
    ("The EU condemned the sentence on Tuesday.", "ACCUSE"),
    ("He was sentenced to death on Monday.", "SANCTION"),
    ("The judge rejected the appeal on Monday.", "REJECT"),
    ("A judge dismissed the case against the officers on Thursday.", "RETREAT"),
    ("Rebels condemned the government to defeat in a statement on Monday.", "ACCUSE"),
]


@pytest.mark.parametrize(("text", "plover", "not_plover"), RETYPED)
def test_sentences_condemned_buildings_and_dismissed_charges_are_retyped(
        pipeline, text: str, plover: str | None, not_plover: str) -> None:
    types = plover_types(text)
    assert not_plover not in types
    if plover is not None:
        assert plover in types


@pytest.mark.parametrize(("text", "plover"), KEPT)
def test_condemnations_denials_and_aid_keep_their_type(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)
