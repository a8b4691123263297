"""Probes of a dateline the parser takes for a subject ("CROMWELL — Police arrested ...":
``participants.dateline_word``): the town is not the actor; the subject after the dash is.
Neighbours: subjects in capitals that are no dateline (an acronym with no dash after it)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

# (sentence, PLOVER type, a word of the actor, the dateline's word that must not be an actor)
CHANGE = [
    ("CROMWELL — Police arrested a man on Sunday.", "COERCE", "Police", "CROMWELL"),
    ("TOPEKA, Kan. — Officers detained two men on Friday.", "COERCE", "Officers", "TOPEKA"),
    ("WALLINGFORD — Police arrested a burglar on Tuesday.", "COERCE", "Police", "WALLINGFORD"),
    ("MERIDEN — Police detained a suspect on Sunday.", "COERCE", "Police", "MERIDEN"),
    ("SALEM, Ore. — Protesters blocked a highway on Friday.", "PROTEST", "Protesters", "SALEM"),
    ("ENFIELD — Soldiers arrested a deserter on Friday.", "COERCE", "Soldiers", "ENFIELD"),
    ("DOVER, Del. — State troopers arrested a driver on Monday.", "COERCE", "troopers",
     "DOVER"),
    ("BRISTOL — Police arrested a teenager on Saturday night.", "COERCE", "Police", "BRISTOL"),
    ("PLAINVILLE -- Police arrested a man on Wednesday.", "COERCE", "Police", "PLAINVILLE"),
    ("ORANGE — Police arrested three men after a robbery.", "COERCE", "Police", "ORANGE"),
    ("MILFORD — Police arrested a man on Sunday.", "COERCE", "Police", "MILFORD"),
]

# (sentence, PLOVER type, a word of the actor)
KEEP = [
    ("Police arrested a man on Sunday in Cromwell.", "COERCE", "Police"),
    ("FBI agents arrested a man on Sunday.", "COERCE", "FBI"),
    ("NATO condemned the attack on Monday.", "ACCUSE", "NATO"),
    ("UNICEF condemned the attack on the school.", "ACCUSE", "UNICEF"),
    ("The ATF arrested two men on Friday.", "COERCE", "ATF"),
    ("Topeka police arrested two men on Friday.", "COERCE", "police"),
    ("CIA officers detained a suspect on Monday.", "COERCE", "CIA"),
    ("Officers detained two men in Topeka on Friday.", "COERCE", "Officers"),
    ("Protesters blocked a highway in Salem on Friday.", "PROTEST", "Protesters"),
    ("State troopers arrested a driver in Dover on Monday.", "COERCE", "troopers"),
]


def _actors(pipeline, text: str, kind: str) -> list[list[str]]:
    result = pipeline.process(Article(text=text, published=dt.date(2021, 4, 12)))
    return [[a.text for a in e.actors] for e in result.events if e.plover_type == kind]


@pytest.mark.parametrize(("text", "kind", "actor", "town"), CHANGE)
def test_a_dateline_is_not_the_actor(pipeline, text, kind, actor, town):
    found = _actors(pipeline, text, kind)
    assert found and any(actor in a for a in found[0]), found
    assert all(town not in a for a in found[0]), found


@pytest.mark.parametrize(("text", "kind", "actor"), KEEP)
def test_a_subject_in_capitals_without_a_dash_stays_the_actor(pipeline, text, kind, actor):
    found = _actors(pipeline, text, kind)
    assert found and any(actor in a for a in found[0]), found


@pytest.mark.parametrize(("text", "kind", "country"), [
    ("The Turkish government has refused to join the UK-led mission against the rebels.",
     "REJECT", "GBR"),
    ("France condemned the US-led strikes on Syria.", "ACCUSE", "USA"),
])
def test_a_hyphen_is_no_dateline_dash(pipeline, text, kind, country):
    result = pipeline.process(Article(text=text, published=dt.date(2021, 4, 12)))
    found = [[r.country for r in e.recipients] for e in result.events if e.plover_type == kind]
    assert found and country in found[0], found
