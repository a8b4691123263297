"""Probes of places that say where another act happened (``place_roles.deed_of``): the place of
a deed an act answers for, reported as an event of its own ("jailed for the 2015 killing of a
policeman in Basra"), does not place the jailing, and the place of the verb whose subject a noun trigger only describes ("Ali, the
target of the attack that killed a singer, is facing charges in Jordan") does not place the
attack, at the clause or sentence level (the dateline and the article's place still may).
Neighbours: the act's own location phrase ("arrested in Leeds for the murder of a man"), an
adjunct act ("arrested five men in a raid in Leeds"), a verb of occurring ("the attack took
place in Kandahar") and "the city of Homs" keep their places."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

# (sentence, PLOVER type, the place that must not place the act at clause or sentence level)
CHANGE = [
    ("The man is serving a prison sentence for the 2009 murder of a shopkeeper at a market in "
     "Lagos.", "SANCTION", "Lagos"),
    ("He was jailed for the 2015 killing of a policeman in Basra.", "COERCE", "Basrah"),
    ("He was sentenced to life for the 1999 assassination of the mayor at a rally in Cali.",
     "SANCTION", "Cali"),
    ("The general was indicted over the 1995 massacre of civilians in Srebrenica.", "ACCUSE",
     "Srebrenica"),
    ("The court convicted him for the 2018 kidnapping of a banker in Monterrey.", "SANCTION",
     "Monterrey"),
    ("The rebel commander was sanctioned for the 2012 attack on a school in Goma.", "SANCTION",
     "Goma"),
    ("The ex-governor was jailed over the 2016 killing of a journalist in Veracruz.", "COERCE",
     "Veracruz"),
    ("Ali, the target of the attack that killed a singer in July, is facing fraud charges in "
     "his home country of Jordan.", "ASSAULT", "Jordan"),
    ("The officer, who survived the ambush that killed two colleagues, was arrested in Kirkuk.",
     "ASSAULT", "Kirkuk"),
    ("The mayor, a survivor of the bombing that killed six people, won the election in Kabul.",
     "ASSAULT", "Kabul"),
    ("Ahmed, a survivor of the attack that killed three guards, testified in Nairobi on Monday.",
     "ASSAULT", "Nairobi"),
    ("The widow of a victim of the bombing that killed six people spoke in Ankara on Monday.",
     "ASSAULT", "Ankara"),
]

# (sentence, PLOVER type, the places the act keeps)
KEEP = [
    ("He was arrested in Leeds for the murder of a man.", "COERCE", ["Leeds"]),
    ("She was sentenced in Nairobi for the killing of a guard.", "SANCTION", ["Nairobi"]),
    ("Police arrested five men in a raid in Leeds.", "COERCE", ["Leeds"]),
    ("Rebels killed 12 villagers in an attack in Borno.", "ASSAULT", ["Borno"]),
    ("Gunmen killed two guards and wounded five in Kano.", "ASSAULT", ["Kano"]),
    ("The murder of a shopkeeper at a market in Lagos shocked the city.", "ASSAULT", ["Lagos"]),
    ("The attack on the convoy took place in Kandahar.", "ASSAULT", ["Kandahār"]),
    ("Fighting broke out in the city of Homs on Monday.", "ASSAULT", ["Homs"]),
    ("Troops shelled the town of Idlib on Monday.", "ASSAULT", ["Idlib"]),
    ("A soldier was court-martialled for the shooting of a prisoner in Fallujah.", "ASSAULT",
     ["Al Fallūjah"]),
]


def _events(pipeline, text: str, kind: str):
    result = pipeline.process(Article(text=text, published=dt.date(2021, 4, 12)))
    return [e for e in result.events if e.plover_type == kind]


@pytest.mark.parametrize(("text", "kind", "place"), CHANGE)
def test_the_place_of_another_deed_does_not_place_the_act(pipeline, text, kind, place):
    events = _events(pipeline, text, kind)
    assert events
    for event in events:
        stated = event.location_rule in {"clause", "sentence"}
        assert not (stated and place in [p.name for p in event.places]), (
            event.location_rule, [p.name for p in event.places])


@pytest.mark.parametrize(("text", "kind", "places"), KEEP)
def test_the_acts_own_place_stays(pipeline, text, kind, places):
    events = _events(pipeline, text, kind)
    assert events and [p.name for p in events[0].places] == places
    assert events[0].location_rule == "clause"
