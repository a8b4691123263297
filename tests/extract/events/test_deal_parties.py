"""Probes of the parties of an agreement about a deal (issue 15 item 6, session 36): "Acme agreed
to acquire Parkway Inc." is an agreement of both firms, as "Acme and Parkway agreed" would be
(both actors, no recipient), and so is one to merge with, buy, purchase, take over or sell to a
named firm, or to acquire the units of one. Neighbours: agreements to buy things ("fighter
jets"), to aid someone (the one aided stays the recipient), and "take" without "over". All made
up."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article, Event

# (sentence, the words of the actors that must be listed, words no recipient may have)
CHANGE = [
    ("Hollister Foods agreed to acquire Parkway Snacks for $410 million.",
     ["Hollister", "Parkway"]),
    ("Brightline Media agreed to buy Harbor Radio Group for $90 million.",
     ["Brightline", "Harbor"]),
    ("Oakdale Bank agreed to take over Pinecrest Savings on Monday.", ["Oakdale", "Pinecrest"]),
    ("Marlow Steel agreed to merge with Crane Industries in a stock deal.", ["Marlow", "Crane"]),
    ("Veldt Mining agreed to sell its coal unit to Ardent Resources.", ["Veldt", "Ardent"]),
    ("Cilcorp Inc. said it agreed to acquire the consulting businesses of Hunter Environmental "
     "Services Inc.", ["Cilcorp", "Hunter"]),
    ("First Security Corp. said it tentatively agreed to acquire Deseret Bancorp. for stock.",
     ["First Security", "Deseret"]),
    ("Kestrel Holdings agreed to acquire Amberly Dairy Co. for $55 million in cash.",
     ["Kestrel", "Amberly"]),
    ("Gantry Corp. agreed to buy the trucking unit of Lowell Freight Inc.",
     ["Gantry", "Lowell"]),
    ("Sabre Textiles Inc. agreed to merge with Corwin Mills Inc., the companies said.",
     ["Sabre", "Corwin"]),
    ("Halden Energy said it had agreed to sell two refineries to Norvik Oil Corp.",
     ["Halden", "Norvik"]),
]

# (sentence, the words of the actors, the words of the recipients: both lists exact in number)
KEEP = [
    ("Russia agreed to buy 20 fighter jets from France.", ["Russia"], ["jets"]),
    ("Egypt agreed to provide aid for Sudan.", ["Egypt"], ["Sudan"]),
    ("The union agreed to take a pay cut.", ["union"], []),
    ("The two companies agreed to cooperate on research.", ["companies"], []),
    ("Japan agreed to buy more rice.", ["Japan"], []),
    ("Egypt and Sudan agreed to cooperate on border security.", ["Egypt", "Sudan"], []),
    ("Turkey agreed to buy gas from Azerbaijan.", ["Turkey"], []),
    ("Greece agreed to send food to Albania.", ["Greece"], ["Albania"]),
]


def _agreement(pipeline, text: str) -> Event:
    result = pipeline.process(Article(text=text, published=dt.date(2022, 5, 10)))
    found = [e for e in result.events if e.plover_type == "AGREE"]
    assert found, [(e.plover_type, e.trigger.text) for e in result.events]
    return found[0]


@pytest.mark.parametrize(("text", "actors"), CHANGE)
def test_the_other_side_of_a_deal_agreed_too(pipeline, text, actors):
    event = _agreement(pipeline, text)
    found = [a.text for a in event.actors]
    assert all(any(w in a for a in found) for w in actors), (found, event.recipients)
    assert not [r.text for r in event.recipients if any(w in r.text for w in actors)]


@pytest.mark.parametrize(("text", "actors", "recipients"), KEEP)
def test_agreements_about_things_and_aid_keep_their_recipients(pipeline, text, actors,
                                                                recipients):
    event = _agreement(pipeline, text)
    found, got = [a.text for a in event.actors], [r.text for r in event.recipients]
    assert len(found) == len(actors) and all(any(w in a for a in found) for w in actors), found
    assert len(got) == len(recipients) and all(any(w in r for r in got) for w in recipients), got
