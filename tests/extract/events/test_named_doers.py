"""Probes of surnames the model labels as places or things (``participants.named_doer``): a
proper noun that is the subject of an active verb ("witnesses said Montoya attacked the guard",
the model's GPE) names the doer, so it is the actor. Neighbours: names it labels as a person or
an organisation, countries that act, and places that undergo ("Aleppo was shelled", "the town
suffered attacks") keep what they had."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

SURNAMES = ["Valdivia", "Santamaria", "Urbina", "Montoya", "Escobedo"]
CHANGE = [(f"Witnesses said {name} attacked the guard on Friday.", name) for name in SURNAMES] + [
    (f"Police said {name} had stabbed a shopkeeper.", name)
    for name in [*SURNAMES, "Alvarado"]]

KEEP = [
    ("Witnesses said Montalvo attacked the guard on Friday.", ["Montalvo"]),
    ("Police said Castellanos had stabbed a shopkeeper.", ["Castellanos"]),
    ("Witnesses said Jimenez attacked the guard on Friday.", ["Jimenez"]),
    ("Police said Marquez beat the prisoner with a pipe.", ["Marquez"]),
    ("Russia attacked the convoy on Friday.", ["Russia"]),
    ("Aleppo was shelled on Friday.", []),
    ("The town of Montoya was shelled on Friday.", []),
]


def _actors(pipeline, text: str) -> list[list[str]]:
    result = pipeline.process(Article(text=text, published=dt.date(2021, 4, 12)))
    return [[a.text for a in e.actors] for e in result.events if e.plover_type == "ASSAULT"]


@pytest.mark.parametrize(("text", "name"), CHANGE)
def test_a_surname_labelled_as_a_place_that_acts_is_the_actor(pipeline, text, name):
    assert _actors(pipeline, text) == [[name]]


@pytest.mark.parametrize(("text", "actors"), KEEP)
def test_names_and_places_keep_their_roles(pipeline, text, actors):
    assert _actors(pipeline, text) == [actors]
