"""Probes (made up for these tests) of the place of an arrest, capture, curfew or deployment
that neither its clause nor its sentence places, in a wire story whose dateline names where the
reporter is (``borrowed.story_place``, ``link``): it followed the story's violence where that
happened, far from the dateline's town ("SEOUL (AP) -- Soldiers killed two infiltrators near the
city of Gangneung ... One crewman was captured alive": Gangneung). Neighbours: an act its own
sentence places, violence at the dateline's town, a place outside the state the dateline names
(an obscure namesake), no earlier violence, violence told as history, and the violence itself
(a shooting at protesters keeps the dateline)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

# (text, PLOVER type, trigger, the act's place)
STORY = [
    ("SEOUL, South Korea (AP) -- Soldiers killed two infiltrators near the city of "
     "Gangneung on Thursday. One crewman was captured alive.",
     "COERCE", "captured", "Gangneung"),
    ("MANILA, Philippines (AP) -- A bomb tore through a market in Zamboanga on "
     "Tuesday, killing four people. Police detained two men seen leaving a bag near a "
     "fish stall.",
     "COERCE", "detained", "Zamboanga"),
    ("NAIROBI, Kenya (AP) -- Gunmen killed 12 passengers on a bus near Mandera on "
     "Sunday. Police arrested three suspects on Monday.",
     "COERCE", "arrested", "Mandera"),
    ("LAGOS, Nigeria (AP) -- Gunmen killed 20 villagers in an attack near Maiduguri on "
     "Saturday. Soldiers imposed a curfew on Sunday.",
     "COERCE", "imposed", "Maiduguri"),
    ("BAGHDAD (AP) -- A car bomb exploded at a market in Basra on Friday, killing nine "
     "people. Police arrested four suspects hours later.",
     "COERCE", "arrested", "Basrah"),
    ("ISLAMABAD, Pakistan (AP) -- Militants attacked a checkpoint in Peshawar on "
     "Monday, killing six soldiers. Troops were deployed to guard government "
     "buildings.",
     "MOBILIZE", "deployed", "Peshawar"),
    ("BOGOTA, Colombia (AP) -- Rebels ambushed a patrol near Cali on Sunday, killing "
     "five soldiers. The army detained two suspects on Monday.",
     "COERCE", "detained", "Cali"),
    ("NEW DELHI (AP) -- Gunmen shot dead four villagers in Srinagar on Friday. Police "
     "arrested a suspect on Saturday.",
     "COERCE", "arrested", "Srinagar"),
    ("MEXICO CITY (AP) -- Gunmen killed seven people at a bar in Guadalajara on "
     "Saturday. Police detained five men on Sunday.",
     "COERCE", "detained", "Guadalajara"),
    ("CAIRO, Egypt (AP) -- Militants attacked a police post in Arish on Monday, "
     "killing three officers. Authorities imposed a curfew on Tuesday.",
     "COERCE", "imposed", "Arīsh"),
    ("JAKARTA, Indonesia (AP) -- A bomb exploded at a church in Surabaya on Sunday, "
     "killing 13 people. Police arrested two suspects on Monday.",
     "COERCE", "arrested", "Surabaya"),
]
KEPT = [
    ("SEOUL, South Korea (AP) -- Soldiers killed two infiltrators near the city of "
     "Gangneung on Thursday. Police arrested a spy in Seoul on Friday.",
     "COERCE", "arrested", "Seoul"),
    ("NAIROBI, Kenya (AP) -- Gunmen killed 12 passengers on a bus in Nairobi on "
     "Sunday. Police arrested three suspects on Monday.",
     "COERCE", "arrested", "Nairobi"),
    ("HARTFORD, Conn. (AP) -- A man was shot dead in Vernon on Saturday. Police "
     "arrested a suspect on Sunday.",
     "COERCE", "arrested", "Hartford"),
    ("NAIROBI, Kenya (AP) -- Police arrested three men on Sunday. The men had been "
     "planning attacks, police said.",
     "COERCE", "arrested", "Nairobi"),
    ("BAGHDAD (AP) -- In 2006, a car bomb exploded at a market in Basra. Police "
     "arrested four suspects on Friday.",
     "COERCE", "arrested", "Baghdad"),
    ("NAIROBI, Kenya (AP) -- Gunmen killed 12 passengers on a bus near Mandera on "
     "Sunday. Police fired tear gas at protesters on Monday.",
     "ASSAULT", "fired", "Nairobi"),
]


def _place(pipeline, text: str, kind: str, trigger: str) -> str | None:
    result = pipeline.process(Article(text=text, published=dt.date(2021, 4, 12)))
    for e in result.events:
        if e.plover_type == kind and e.trigger.text.startswith(trigger):
            return e.places[0].name if e.places else None
    return "no event"


@pytest.mark.parametrize(("text", "kind", "trigger", "place"), STORY)
def test_an_arrest_after_violence_far_from_the_dateline_is_placed_there(pipeline, text, kind,
                                                                        trigger, place):
    assert _place(pipeline, text, kind, trigger) == place


@pytest.mark.parametrize(("text", "kind", "trigger", "place"), KEPT)
def test_stated_places_and_the_dateline_s_own_story_keep_their_place(pipeline, text, kind,
                                                                     trigger, place):
    assert _place(pipeline, text, kind, trigger) == place
