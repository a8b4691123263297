"""Probes of the places that do not say where an act happened (``extract.place_roles``): a
place in an office's title, an organisation's seat or name, a person's name. Made-up stories
under a dateline: such a place gives way to the dateline's town; near neighbours that state
the place of the act keep it."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

DATELINE = "SPRINGFIELD, Ill. — Reporters waited outside for hours.\n\n"
TOWN = "Springfield"

# the place named in these is a title, a seat, an origin or a name, or (for a statement) what
# it is about, not where it was made (``event_places.said_where``): the act takes the dateline
NOT_WHERE = [
    ("ACCUSE", "The governor condemned the bombing in Nevada on Tuesday."),
    ("ACCUSE", "Ohio Governor Tom Brandt condemned the arrests on Monday."),
    ("ACCUSE", "The Florida attorney general accused the company of fraud on Monday."),
    ("ACCUSE", "The governor of Nevada condemned the bombing on Tuesday."),
    ("ACCUSE", "Acme Holdings of Denver accused the union of sabotage on Friday."),
    ("ACCUSE", "Brandt Corp., Tulsa, Okla., accused its former chief of fraud on Friday."),
    ("ASSAULT", "Members of the Tijuana Cartel attacked a farmhouse on Sunday."),
    ("ASSAULT", "Gunmen of the Medellin drug gang attacked a farmhouse on Sunday."),
    ("COERCE", "Police arrested a native of Peru on Sunday."),
    ("ACCUSE", "Prosecutors said Jimenez had accused the mayor of fraud."),
    ("COERCE", "Two men from Memphis were arrested on Sunday night after a chase."),
    # a person's town with "of" is a home: under a dateline the dateline's town (without one,
    # tests/extract/test_link_person_of_town.py: it still places the act)
    ("ASSAULT", "Jane Doe, 26, of Peoria, was shot on Friday night."),
    # so is a town that modifies a noun of people (tests/extract/test_link_town_homes.py)
    ("ASSAULT", "A Chicago man was shot on Friday night."),
]

# the place is where the act happened: it stays
WHERE = [
    ("ACCUSE", "Tom Brandt condemned the arrests in Ohio on Monday.", "Ohio"),
    ("ASSAULT", "A man was shot in Chicago on Friday night.", "Chicago"),
    ("ACCUSE", "The governor condemned the bombing, speaking in Nevada on Tuesday.", "Nevada"),
    ("ASSAULT", "Members of a cartel attacked a farmhouse near Tijuana on Sunday.", "Tijuana"),
    ("COERCE", "Police arrested a man in Peru on Sunday.", "Peru"),
    ("COERCE", "Two men were arrested in Memphis on Sunday night after a chase.", "Memphis"),
    ("ASSAULT", "Gunmen attacked a farmhouse outside Medellin on Sunday.", "Medellín"),
    ("PROTEST", "Hundreds of workers protested in Denver on Friday.", "Denver"),
    ("ASSAULT", "A bomb exploded in Tulsa on Friday, killing two people.", "Tulsa"),
    ("COERCE", "Texas police arrested three men in Houston on Monday.", "Houston"),
]


def _places(pipeline, text: str, kind: str) -> list[list[str]]:
    result = pipeline.process(Article(text=DATELINE + text, published=dt.date(2020, 6, 10)))
    start = len(DATELINE)
    return [[p.name for p in e.places] for e in result.events
            if e.plover_type == kind and e.trigger.start >= start]


# a statement by an office of another state than the dateline's takes no place at all: it was
# not made in the dateline's town (``extract.nations``)
NOT_WHERE_NOR_HERE = [
    ("ACCUSE", "Texas Senator Ann Moore condemned the raid on Monday."),
    ("ACCUSE", "The Kansas Secretary of State accused the county clerk of fraud."),
]


@pytest.mark.parametrize(("kind", "text"), NOT_WHERE)
def test_a_title_seat_origin_or_name_does_not_place_the_act(pipeline, kind, text):
    found = _places(pipeline, text, kind)
    assert found and found[0] == [TOWN], found


@pytest.mark.parametrize(("kind", "text"), NOT_WHERE_NOR_HERE)
def test_a_statement_of_an_office_elsewhere_has_no_place(pipeline, kind, text):
    found = _places(pipeline, text, kind)
    assert found and found[0] == [], found


@pytest.mark.parametrize(("kind", "text", "place"), WHERE)
def test_a_place_stated_for_the_act_places_it(pipeline, kind, text, place):
    found = _places(pipeline, text, kind)
    assert found and found[0] == [place], found
