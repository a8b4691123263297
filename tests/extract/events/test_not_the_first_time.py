"""An act told in a relative clause of an occasion that a negated copula says is not the first
("It is not the first time Smith has been arrested") recalls earlier acts of the kind as a class
(``history.recalled.not_the_first``): background, and not a mention of the story's act told in
the sentence before. Neighbours: "it is the first time", a bare "it is not the first time", the
story's act itself."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2019-06-12"

NOT_THE_FIRST = [
    ("Police arrested Smith on Monday. ", "It is not the first time Smith has been arrested."),
    ("Police arrested the activist on Monday. ",
     "It was not the first time she had been detained."),
    ("Rebels attacked a convoy on Monday. ",
     "This is not the first time the group has attacked a convoy."),
    ("Police raided the house on Friday. ",
     "It was not the first time that police had raided the house."),
    ("The army shelled the village on Sunday. ",
     "It is not the first time the village has been shelled."),
    ("Students protested on Monday. ",
     "It is not the first time students have protested against the fees."),
    ("Police detained two reporters on Tuesday. ",
     "It is not the first time journalists have been detained in the city."),
    ("Gunmen kidnapped a priest on Sunday. ",
     "It is not the first time priests have been kidnapped in the region."),
    ("The government expelled a diplomat on Monday. ",
     "It is not the first time the country has expelled a diplomat."),
    ("Troops fired on protesters on Friday. ",
     "It was not the first occasion on which troops had fired on protesters."),
    ("Workers went on strike on Monday. ",
     "It is not the first time the workers have gone on strike."),
    ("Police deported a pastor on Tuesday. ",
     "It was not the first time the authorities had deported a pastor."),
]

NEIGHBOURS = [
    ("Police arrested Smith on Monday. ", "It is the first time Smith has been arrested."),
    ("Police arrested Smith on Monday. ", "It is not the first time."),
    ("Police arrested Smith on Monday. ", "Smith was arrested at his home."),
]


def _events(lead: str, second: str):
    events = sitrep.process_text(lead + second, PUBLISHED).events
    return ([e for e in events if e.trigger.start < len(lead)],
            [e for e in events if e.trigger.start >= len(lead)])


@pytest.mark.parametrize("lead,second", NOT_THE_FIRST)
def test_an_act_that_is_not_the_first_time_is_background(pipeline, lead, second) -> None:
    first, later = _events(lead, second)
    assert later and all("historical" in e.modes for e in later), [
        (e.trigger.text, e.modes) for e in later]
    assert first and all("historical" not in e.modes for e in first)


@pytest.mark.parametrize("lead,second", NEIGHBOURS)
def test_the_storys_act_stays_news(pipeline, lead, second) -> None:
    first, later = _events(lead, second)
    assert first and all("historical" not in e.modes for e in first + later)
