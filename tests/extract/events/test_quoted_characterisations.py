"""An act noun that a speaker says something was, in quotation marks, is a characterisation
(a plain statement), not an act of its own (eventhood/forms.py ``quoted_characterisation``);
"there was an attack" states an act and stays."""

from __future__ import annotations

import pytest

import sitrep

CHARACTERISATIONS = [
    'The mayor said the fire was "a cowardly attack on our whole community".',
    '"This was a calculated assault on democracy itself," the senator told reporters.',
    'The ministry said the cyber incident was "a hybrid attack directed from abroad".',
]

STATED = [
    '"There was an attack on the checkpoint at dawn," the police chief said.',
    'Police said gunmen attacked the checkpoint at dawn on Sunday.',
]


@pytest.mark.parametrize("text", CHARACTERISATIONS)
def test_a_quoted_characterisation_is_no_act(pipeline, text: str) -> None:
    events = sitrep.process_text(text, published="2021-03-01").events
    assert not [e for e in events if e.plover_type == "ASSAULT"], events


@pytest.mark.parametrize("text", STATED)
def test_an_act_stated_stays(pipeline, text: str) -> None:
    events = sitrep.process_text(text, published="2021-03-01").events
    assert [e for e in events if e.plover_type == "ASSAULT"], events
