"""Probes of a pronoun subject that cannot stand for the governing clause's subject
(``participants.disagrees``): "police arrested a man after he threatened ..." -- "he" is not
the police. Neighbours: a governing subject that agrees stays the actor ("Canada said it
will ...", "the minister said he would ...")."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

# (sentence, PLOVER type of the pronoun's act, the governing subject it must not take)
CHANGE = [
    ("Police arrested a man after he threatened a neighbour.", "THREATEN", "Police"),
    ("Soldiers detained a farmer after he attacked a guard.", "ASSAULT", "Soldiers"),
    ("Officers arrested a woman after she stabbed her husband.", "ASSAULT", "Officers"),
    ("Troops detained a driver after he shot a soldier.", "ASSAULT", "Troops"),
    ("Guards restrained the inmate after he assaulted a nurse.", "ASSAULT", "Guards"),
    ("Deputies arrested a teenager after he threatened a teacher.", "THREATEN", "Deputies"),
    ("Police detained the suspect after she attacked a cashier.", "ASSAULT", "Police"),
    ("Protesters booed the mayor after he threatened to fire the strikers.", "THREATEN",
     "Protesters"),
    ("Rangers arrested a poacher after he shot an elephant.", "ASSAULT", "Rangers"),
    ("Villagers captured a thief after he stabbed a shopkeeper.", "ASSAULT", "Villagers"),
]

# (sentence, PLOVER type, the governing subject that stays the actor)
KEEP = [
    ("Canada said it will suspend arms exports to Turkey.", "SANCTION", "Canada"),
    ("The minister said he would impose sanctions on Iran.", "SANCTION", "minister"),
    ("Police said they arrested three men on Friday.", "COERCE", "Police"),
    ("Rebels said they attacked an army base on Sunday.", "ASSAULT", "Rebels"),
    ("The president said she would impose sanctions on Russia.", "SANCTION", "president"),
    ("Officers said they detained the driver.", "COERCE", "Officers"),
    ("The mayor said he condemned the attack.", "ACCUSE", "mayor"),
    ("Germany said it would impose sanctions on Belarus.", "SANCTION", "Germany"),
    ("Soldiers said they had killed two militants.", "ASSAULT", "Soldiers"),
    ("The governor said she condemned the shooting.", "ACCUSE", "governor"),
]


def _actors(pipeline, text: str, kind: str) -> list[list[str]]:
    result = pipeline.process(Article(text=text, published=dt.date(2021, 4, 12)))
    return [[a.text for a in e.actors] for e in result.events if e.plover_type == kind]


@pytest.mark.parametrize(("text", "kind", "wrong"), CHANGE)
def test_a_pronoun_does_not_take_a_subject_it_cannot_stand_for(pipeline, text, kind, wrong):
    found = _actors(pipeline, text, kind)
    assert found and all(wrong not in a for acts in found for a in acts), found


@pytest.mark.parametrize(("text", "kind", "actor"), KEEP)
def test_a_pronoun_takes_the_governing_subject_that_agrees(pipeline, text, kind, actor):
    found = _actors(pipeline, text, kind)
    assert found and any(actor in a for acts in found for a in acts), found
