"""Senses read from a trigger's arguments: setting fire to a thing is an ASSAULT (destroy,
PLOVER's mode of property destruction), not a COERCE; extraditing a suspect is a COERCE
(deport) by the extraditing state, not a COOPERATE; what a group signs alone (a banner, a
leaflet) is no AGREE; a note handed to a teller is no AID (the parser reads the second object
as a noun adverbial); a battle for a company is no ASSAULT; a lone robber demanding cash is the
robbery, no REQUEST (kidnappers, families or a gang demanding money or a ransom stay); an onlooker telling police what
they saw is no accusation, the act is told as a fact. Neighbours of each keep their reading.
Sentences made up for these tests (real model)."""

from __future__ import annotations

import pytest

# (sentence, trigger word, PLOVER type that must be found, PLOVER type that must not)
CHANGED = [
    ("Gang members set fire to four lorries in Tema on Monday.", "set", "ASSAULT", "COERCE"),
    ("Rioters set ballot boxes on fire in Kano.", "set", "ASSAULT", "COERCE"),
    ("Youths set the police station ablaze in Kano on Friday.", "set", "ASSAULT", "COERCE"),
    ("Ghana extradited a suspected smuggler to Togo on Friday.", "extradited", "COERCE",
     "COOPERATE"),
    ("Spain has extradited two Dutch fraud suspects to the Netherlands.", "extradited",
     "COERCE", "COOPERATE"),
    ("Neighbours told police that two men shot a taxi driver outside the station.", "shot",
     "ASSAULT", "ACCUSE"),
    ("Witnesses told police that two men began firing at a group of people outside a bar.",
     "firing", "ASSAULT", "ACCUSE"),
]
# (sentence, PLOVER type that must not be found)
NONE_OF = [
    ("Banners signed by the militia were hung from a bridge.", "AGREE"),
    ("A leaflet signed by the group was found near the blast site.", "AGREE"),
    ("The robber handed a teller a note and demanded cash.", "AID"),
    ("The man handed the cashier a note saying he was armed.", "AID"),
    ("Hollister agreed to buy Parkway, ending a two-month battle for the pretzel maker.",
     "ASSAULT"),
    ("The two banks waged a bitter battle for control of Zenith Ltd.", "ASSAULT"),
    ("A man in a ski mask demanded money from the clerk.", "REQUEST"),
    ("The robber demanded cash from the cashier.", "REQUEST"),
]
# neighbours: (sentence, trigger word, PLOVER type that stays)
KEPT = [
    ("Gang members burned four lorries in Tema on Monday.", "burned", "ASSAULT"),
    ("The two countries signed a border treaty on Monday.", "signed", "AGREE"),
    ("The army handed the villagers sacks of rice.", "handed", "AID"),
    ("The battle for Mosul lasted nine months.", "battle", "ASSAULT"),
    ("A woman told police that her husband had beaten her.", "told police", "ACCUSE"),
    ("Police arrested a suspected smuggler in Tema on Friday.", "arrested", "COERCE"),
    ("The families demanded money from the company.", "demanded", "REQUEST"),
    ("The kidnappers demanded money from the family.", "demanded", "REQUEST"),
    ("The gang has demanded a ransom of $1 million per person.", "demanded", "REQUEST"),
]


@pytest.mark.parametrize("sentence,trigger,plover,other", CHANGED,
                         ids=[r[1] + "-" + str(i) for i, r in enumerate(CHANGED)])
def test_the_arguments_choose_the_sense(events_of, sentence: str, trigger: str, plover: str,
                                        other: str) -> None:
    events = events_of(sentence)
    types = [(e.plover_type, e.trigger.text) for e in events]
    assert any(e.plover_type == plover and trigger in e.trigger.text for e in events), types
    assert not any(e.plover_type == other for e in events), types


@pytest.mark.parametrize("sentence,plover", NONE_OF,
                         ids=[r[1] + "-" + str(i) for i, r in enumerate(NONE_OF)])
def test_an_everyday_sense_is_no_event_of_that_type(events_of, sentence: str, plover: str) -> None:
    events = events_of(sentence)
    assert not any(e.plover_type == plover for e in events), [
        (e.plover_type, e.trigger.text) for e in events]


@pytest.mark.parametrize("sentence,trigger,plover", KEPT,
                         ids=[r[1] + "-" + str(i) for i, r in enumerate(KEPT)])
def test_the_neighbours_keep_their_type(events_of, sentence: str, trigger: str, plover: str) -> None:
    events = events_of(sentence)
    assert any(e.plover_type == plover and trigger in e.trigger.text for e in events), [
        (e.plover_type, e.trigger.text) for e in events]
