"""One person named whom someone asks for is looked for, not requested (events/senses/life/
services.py, ``solicitation``): "the gunmen asked for a man known as El Güero" is no REQUEST.
Near neighbours stay requests: an appeal for witnesses or volunteers, a person asked for to act
("asked for the envoy to mediate"), someone asked ("asked the mayor for help"), and a thing
asked for (a release, a resignation, talks). Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

LOOKED_FOR = [
    "The masked men entered the bar and asked for a man known as Chato.",
    "Two gunmen knocked on the door and asked for Hassan before opening fire.",
    "The attackers asked for a woman named Rosa and then shot her.",
    "The intruders asked for the shop owner, Mr Diallo, and dragged him outside.",
    "A stranger came to the farm and asked for Pedro Morales.",
    "The kidnappers stopped the bus and asked for a trader called Musa.",
    "Armed men went from house to house asking for a teacher known as Baba.",
    "The soldiers asked for a driver nicknamed Tito at the checkpoint.",
    "Three men arrived at the clinic, asked for Dr Okafor and shot him.",
    "The hitmen asked for Luis Ortega by name at the reception.",
]
REQUESTS = [
    "The police asked for witnesses to come forward.",
    "The opposition asked for the envoy to mediate between the parties.",
    "The governor asked for volunteers to help clear the roads.",
    "The union asked the mayor for help on Monday.",
    "The family asked for the release of the two journalists.",
    "The protesters asked for the minister's resignation.",
    "The rebels asked for talks with the government.",
    "The council asked for Annan to lead the inquiry.",
    "The village asked for soldiers to protect the market.",
    "The mayor asked for federal troops on Friday.",
]


@pytest.mark.parametrize("text", LOOKED_FOR)
def test_one_person_asked_for_is_looked_for(pipeline, text: str) -> None:
    assert "REQUEST" not in plover_types(text)


@pytest.mark.parametrize("text", REQUESTS)
def test_appeals_and_persons_asked_to_act_stay_requests(pipeline, text: str) -> None:
    assert "REQUEST" in plover_types(text)
