"""Made-up probes (not copied from any data set): where an act took place is not whom it was
done to. The object of "at" names the venue or the occasion of an act not aimed at anyone
("signed the documents at the Truman Library", "met at Camp David", "arrested two men at the
Central Station"), and a noun event in the "at" phrase of another act that has its own object
does not take that act's subject ("officers scanned the crowd at the march": the officers did
not march). Neighbours: "at" of acts aimed at someone ("fired at the embassy"), "sanctions on
Iran", and the ones who took part ("students took part in the protest at the university").
Real model, real pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.pipeline import Pipeline
from sitrep.records import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _roles(pipeline: Pipeline, text: str, plover: str) -> tuple[set[str], set[str]]:
    ex = pipeline.process(Article(id="probe", text=text, published=dt.date(2021, 3, 10),
                                  language="en"))
    events = [e for e in ex.events if e.plover_type == plover]
    assert events, [e.plover_type for e in ex.events]
    return ({a.text for e in events for a in e.actors},
            {a.text for e in events for a in e.recipients})


VENUES = [
    ("At the Kremlin, the two presidents signed a new arms treaty.", "AGREE", "Kremlin"),
    ("The two presidents signed the treaty at the Kremlin on Monday.", "AGREE", "Kremlin"),
    ("At the Statehouse, the governor asked for federal aid on Tuesday.", "REQUEST",
     "Statehouse"),
    ("The union rejected the offer at the Sheraton Hotel on Monday.", "REJECT",
     "Sheraton Hotel"),
    ("The union rejected the offer at the Marriott Hotel on Monday.", "REJECT",
     "Marriott Hotel"),
    ("The ministers signed the agreement at the Élysée Palace on Monday.", "AGREE",
     "Élysée Palace"),
    ("The prime minister signed the deal at the Élysée Palace on Monday.", "AGREE",
     "Élysée Palace"),
    ("The rebels accepted the offer at the United Nations headquarters on Monday.", "AGREE",
     "United Nations"),
    ("At the White House, the president signed the trade agreement on Monday.", "AGREE",
     "White House"),
    ("At the Vatican, the two leaders pledged support for the peace plan.", "AGREE",
     "Vatican"),
    # (held before as well)
    ("The three foreign ministers signed the accession documents at the Truman Library.",
     "AGREE", "Truman Library"),
    ("The ministers met at the Hilton Hotel in Geneva on Monday.", "CONSULT", "Hilton Hotel"),
    ("Police arrested two men at the Central Station on Monday.", "COERCE", "Central Station"),
    ("The army chiefs met at Camp David on Friday.", "CONSULT", "Camp David"),
]

AIMED = [
    ("Gunmen fired at the embassy on Monday.", "ASSAULT", "embassy"),
    ("The United States imposed sanctions on Iran on Monday.", "SANCTION", "Iran"),
    ("Police arrested two men at the Central Station on Monday.", "COERCE", "men"),
    ("Soldiers detained a journalist at Kabul airport on Monday.", "COERCE", "journalist"),
]


@pytest.mark.parametrize(("text", "plover", "place"), VENUES)
def test_the_venue_is_no_recipient(pipeline, text, plover, place):
    assert place not in _roles(pipeline, text, plover)[1]


@pytest.mark.parametrize(("text", "plover", "party"), AIMED)
def test_whom_the_act_is_aimed_at_stays_the_recipient(pipeline, text, plover, party):
    assert party in _roles(pipeline, text, plover)[1]


OCCASIONS = [
    ("Police officers watched the crowd at the demonstration outside the embassy.",
     "Police officers"),
    ("Reporters filmed the marchers at the protest in the capital.", "Reporters"),
    ("Journalists interviewed the organisers at the rally on Sunday.", "Journalists"),
    ("Undercover agents photographed the leaders at the demonstration on Friday.",
     "Undercover agents"),
    ("Police checked the identity papers of teenagers at the protest in Lyon.", "Police"),
    ("Medics treated several people at the rally in the square.", "Medics"),
    ("Television crews recorded the speeches at the march on Saturday.", "Television crews"),
    ("Officials counted the crowd at the protest outside parliament.", "Officials"),
    ("Security guards searched the marchers at the demonstration in Berlin.",
     "Security guards"),
    ("Volunteers handed out water to the crowd at the protest on Sunday.", "Volunteers"),
    # (held before as well)
    ("FBI agents scanned the crowd of protesters at the March for Life on Monday.", "FBI agents"),
    ("Soldiers arrested twenty students at the protest on Monday.", "Soldiers"),
    ("Riot police fired tear gas at the rally in the capital.", "Riot police"),
]

TOOK_PART = [
    ("Hundreds of students took part in the protest at the university.", "students"),
    ("The opposition leader spoke at the rally on Sunday.", "opposition leader"),
    ("Thousands of farmers joined the protest at the ministry on Monday.", "farmers"),
    ("Teachers held a rally at the city hall on Monday.", "Teachers"),
]


@pytest.mark.parametrize(("text", "observer"), OCCASIONS)
def test_who_acted_at_a_protest_did_not_protest(pipeline, text, observer):
    assert observer not in _roles(pipeline, text, "PROTEST")[0]


@pytest.mark.parametrize(("text", "protester"), TOOK_PART)
def test_who_took_part_protested(pipeline, text, protester):
    assert protester in _roles(pipeline, text, "PROTEST")[0]
