"""Probe sentences (made up for these tests, not taken from any data set) for a name written once
bare and later with a region of its own (issue 19): news states a town's region at its first use,
so a region added after a bare use sets a namesake apart ("the harbour in Perth ... tourists from
Perth, Scotland"): the bare uses keep the article's own reading and the qualified one its region's.
"Town in Region" ties the town to the region as "Town, Region" does, when the region holds a
reading of the name. Near neighbours: a region stated at the first use still governs the later
bare uses, and a region that holds no reading of the name ties nothing ("troops from Chad in
Niger")."""

from __future__ import annotations

import pytest

from samples import place_mentions


def _readings(pipeline, text: str, name: str) -> list[str]:
    """"Name, ISO3" of each occurrence of ``name`` in ``text``, resolved with the article's other
    places."""
    from sitrep.extract.places.resolve import resolve

    mentions = place_mentions(pipeline, text)
    resolve(mentions, pipeline.gazetteer, text=text)
    out = []
    for m in sorted(mentions, key=lambda m: m.start):
        if m.text == name:
            assert m.choice is not None, f"{name} at {m.start} not resolved"
            out.append(f"{m.choice.name}, {m.choice.country}")
    return out


SET_APART = [
    ("Workers repaired the harbour wall in Perth on Monday, the Fremantle port authority said. "
     "The works in Perth will last a month. Tourists from Perth, Scotland, often ask about it.",
     "Perth", ["Perth, AUS", "Perth, AUS", "Perth, GBR"]),
    ("Firefighters in Kingston put out a blaze near the harbour, Jamaican police said. Shops in "
     "Kingston reopened later. A visitor from Kingston in Ontario filmed the smoke.",
     "Kingston", ["Kingston, JAM", "Kingston, JAM", "Kingston, CAN"]),
    ("The city council in London approved a new bus lane on Tuesday, Ontario officials said. "
     "Drivers in London have waited years for it. A cousin in London, England, laughed at "
     "the news.", "London", ["London, CAN", "London, CAN", "London, GBR"]),
]


@pytest.mark.parametrize("text,name,expected", SET_APART)
def test_a_region_written_after_a_bare_use_sets_a_namesake_apart(pipeline, text, name,
                                                                    expected):
    assert _readings(pipeline, text, name) == expected


FIRST_USE = [
    ("Springfield, Illinois, lifted its boil order on Monday. Residents of Springfield had "
     "boiled their water for a week.", "Springfield",
     ["Springfield, USA", "Springfield, USA"]),
    ("A storm hit Perth in Scotland overnight. Roads in Perth were closed until noon.",
     "Perth", ["Perth, GBR", "Perth, GBR"]),
]


@pytest.mark.parametrize("text,name,expected", FIRST_USE)
def test_a_region_stated_at_the_first_use_governs_the_bare_uses(pipeline, text, name, expected):
    assert _readings(pipeline, text, name) == expected


def test_springfield_of_the_first_use_is_the_illinois_one(pipeline):
    from sitrep.extract.places.resolve import resolve

    text = FIRST_USE[0][0]
    mentions = place_mentions(pipeline, text)
    resolve(mentions, pipeline.gazetteer, text=text)
    towns = [m.choice for m in mentions if m.text == "Springfield"]
    assert towns and all(c is not None and c.admin1 == towns[0].admin1 for c in towns)
    states = [m.choice for m in mentions if m.text == "Illinois"]
    assert states and states[0] is not None and towns[0].admin1 == states[0].admin1


@pytest.mark.parametrize("text,name,expected", [
    ("Troops from Chad in Niger were attacked on Sunday.", "Chad", ["Chad, TCD"]),
    ("Aid from Kenya in Somalia reached the camps on Monday.", "Kenya", ["Kenya, KEN"]),
])
def test_a_region_that_holds_no_reading_of_the_name_ties_nothing(pipeline, text, name,
                                                                   expected):
    assert _readings(pipeline, text, name) == expected
