"""Probes of where a diplomat was summoned: an envoy is summoned where he is posted, at the
summoning government's own ministry, so a place stated on the summoned envoy ("summoned the
Russian ambassador in Warsaw") is the summons' place (``event_places.summons``). Neighbours: a
summons with no stated place, a place of what it was over, and the place on the object of any
other statement ("accused the ambassador in Warsaw") stay out. Made-up sentences, not from
any data set."""

from __future__ import annotations

import pytest

from samples import trigger_places

# (text, the places of the summons)
SUMMONED_IN = [
    ("Poland's foreign ministry summoned the Russian ambassador in Warsaw on Friday over the "
     "incursion.", ["Warsaw"]),
    ("The Egyptian foreign ministry summoned the Ethiopian charge d'affaires in Cairo after the "
     "dam talks collapsed.", ["Cairo"]),
    ("Japan summoned China's ambassador in Tokyo on Monday to lodge a protest over the drills.",
     ["Tokyo"]),
    ("Turkey's foreign ministry summoned the Swedish ambassador in Ankara over the protest.",
     ["Ankara"]),
    ("Seoul summoned the Japanese ambassador in Seoul to protest against the textbook.",
     ["Seoul"]),
    ("The Dutch foreign ministry summoned Iran's ambassador in The Hague over the plot.",
     ["The Hague"]),
    ("Morocco summoned the Algerian charge d'affaires in Rabat on Wednesday.", ["Rabat"]),
    ("Chile's foreign office summoned the Argentine envoy in Santiago over the border "
     "incident.", ["Santiago"]),
    ("Israel's foreign ministry summoned the Irish ambassador in Jerusalem for a reprimand.",
     ["Jerusalem"]),
    ("The foreign ministry said it had summoned the Iranian charge d'affaires in Baku on "
     "Sunday.", ["Baku"]),
    ("Ukraine summoned Hungary's ambassador in Kyiv over the remarks.", ["Kyiv"]),
    ("Canberra summoned the Chinese ambassador in Canberra after the laser incident.",
     ["Canberra"]),
    # already placed before: the summoner's seat, or a phrase the parser hangs on the verb
    ("The ministry in Lima summoned the Bolivian consul on Tuesday.", ["Lima"]),
    ("Nigeria's foreign ministry summoned the Ghanaian envoy in Abuja and demanded an "
     "explanation.", ["Abuja"]),
]
# neighbours: no place stated for the summons, the place of what it was over, and the object's
# place of another statement
NOT_SUMMONED_IN = [
    ("Poland's foreign ministry summoned the Russian ambassador on Friday over the incursion.",
     "ACCUSE", "summoned", []),
    ("The ministry summoned the ambassador to protest against the shelling of villages near "
     "Kharkiv.", "ACCUSE", "summoned", []),
    ("Kenya's foreign ministry summoned the Ugandan envoy over the arrest of two traders in "
     "Kampala.", "ACCUSE", "summoned", []),
    ("Pakistan's foreign office summoned the Afghan envoy over the border shooting near "
     "Torkham.", "ACCUSE", "summoned", []),
    ("Poland's foreign ministry condemned the attack on the embassy in Minsk.", "ACCUSE",
     "condemned", []),
    ("The ministry accused the Russian ambassador in Warsaw of spreading lies.", "ACCUSE",
     "accused", []),
]


@pytest.mark.parametrize(("text", "places"), SUMMONED_IN)
def test_an_envoy_summoned_where_he_is_posted_places_the_summons(pipeline, text, places):
    assert trigger_places(pipeline, text, "ACCUSE", "summoned") == places


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), NOT_SUMMONED_IN)
def test_no_place_of_the_summons_or_another_statements_object(pipeline, text, kind, trigger,
                                                             places):
    assert trigger_places(pipeline, text, kind, trigger) == places
