"""Made-up probes (not copied from any data set): a person's surname that is also a
one-word organisation of the lexicon ("Wagner" -> Wagner Group, "Stanford" -> Stanford
University, "Morena" -> the Mexican party) is the person where the text says so: after a first
name the model calls a person, after a person's title, before a party affiliation or an
appositive office, as the subject of "said he/she", or after the article named the person.
The organisation stays where nothing says person ("Wagner fighters", "Morena accused ...").
Real model, real pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.pipeline import Pipeline
from sitrep.records import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _actor_names(pipeline: Pipeline, text: str) -> set[str]:
    """The names of the actors found, those coded with the organisation's sector marked by
    it ("Morena" the party is "Morena/PTY", the person "Morena/PTY")."""
    ex = pipeline.process(Article(id="probe", text=text, published=dt.date(2021, 3, 10),
                                  language="en"))
    found = [a for e in ex.events for a in (*e.actors, *e.recipients)] + list(ex.actors)
    return {(a.name or a.text) + (f"/{a.sector}" if a.sector in ORG_SECTORS else "")
            for a in found}


ORG_SECTORS = {"UAF", "PTY", "EDU"}


PERSONS = [
    ("Mary Wagner, a turnpike official, said she will ask the board to restore tolls.",
     "Wagner Group/UAF"),
    ("Wagner said he will ask the board members to delay the vote.", "Wagner Group/UAF"),
    ("Rep. Joseph Wagner, D-Chicopee, asked the board to restore the tolls.", "Wagner Group/UAF"),
    ("Jim Wagner is the turnpike's director. Wagner asked the board to restore tolls.",
     "Wagner Group/UAF"),
    ("Mr. Wagner asked the board to delay the vote.", "Wagner Group/UAF"),
    ("Allen Stanford asked the court to release his assets.", "Stanford University/EDU"),
    ("Stanford, the committee chairman, asked the board to delay the vote.",
     "Stanford University/EDU"),
    ("Dr. Stanford urged the council to close the clinic.", "Stanford University/EDU"),
    ("Lucia Morena accused the mayor of corruption.", "Morena/PTY"),
    ("Morena said she would ask the council to reopen the school.", "Morena/PTY"),
    ("Paul Harvard, a city councilman, accused the police of lying.", "Harvard University/EDU"),
]

ORGANISATIONS = [
    ("The Wagner Group attacked the town on Monday.", "Wagner Group/UAF"),
    ("Wagner fighters attacked the town on Monday.", "Wagner Group/UAF"),
    ("Wagner mercenaries killed ten civilians in the village.", "Wagner Group/UAF"),
    ("Wagner said it would withdraw its fighters from the town.", "Wagner Group/UAF"),
    ("Morena accused the opposition of electoral fraud.", "Morena/PTY"),
    ("Harvard sued the government on Monday.", "Harvard University/EDU"),
]


@pytest.mark.parametrize(("text", "org"), PERSONS)
def test_a_persons_surname_is_not_the_organisation(pipeline, text, org):
    assert org not in _actor_names(pipeline, text)


@pytest.mark.parametrize(("text", "org"), ORGANISATIONS)
def test_the_organisation_stays_where_nothing_says_person(pipeline, text, org):
    assert org in _actor_names(pipeline, text)


LEGISLATORS = [
    "Wagner, D-Chicopee, asked the board to restore the tolls.",
    "Rep. Joseph F. Wagner, D-Chicopee, spoke first. Wagner said he will ask the board to "
    "restore the tolls.",
    "Stanford, R-Ohio, asked the committee to delay the vote.",
]


@pytest.mark.parametrize("text", LEGISLATORS)
def test_a_name_with_a_party_affiliation_is_a_legislator(pipeline, text):
    ex = pipeline.process(Article(id="probe", text=text, published=dt.date(2021, 3, 10),
                                  language="en"))
    sectors = {a.sector for e in ex.events for a in e.actors}
    assert sectors == {"LEG"}
