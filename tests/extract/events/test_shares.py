"""A share of acts counted in percent ("40 percent of the attacks", "60 percent of the killings
were blamed on gangs") is a statistic (eventhood's aggregates), not one happening; acts that hit
a share of something ("killed 40 percent of the village's men", "destroyed 60 percent of the
market") stay. Sentences made up for these tests."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.records import Event

SHARES = [  # (text, the event noun that names no happening)
    ("Some 60 percent of the killings were blamed on gangs.", "killings"),
    ("The militia carried out 40 percent of the attacks last year.", "attacks"),
    ("About 30 percent of the kidnappings were reported to police.", "kidnappings"),
    ("Nearly 70 percent of the arrests took place in the capital.", "arrests"),
    ("Gangs were behind 45 percent of the murders in the city.", "murders"),
    ("Roughly 20 percent of the raids found weapons.", "raids"),
    ("Only 10 percent of the protests turned violent.", "protests"),
    ("Half of the bombings hit markets, and 25 percent of the bombings hit schools.",
     "bombings"),
    ("Police solved 15 percent of the shootings.", "shootings"),
    ("About 35 percent of the abductions ended in a ransom.", "abductions"),
]
ACTS = [  # (text, the type it keeps)
    ("Gunmen killed 40 percent of the village's men on Monday.", "ASSAULT"),
    ("Rebels attacked the town on Monday, and 40 percent of residents fled.", "ASSAULT"),
    ("Police arrested the head of the gang on Tuesday.", "COERCE"),
    ("The attack destroyed 60 percent of the market on Friday.", "ASSAULT"),
    ("Soldiers shelled the district, damaging 30 percent of the homes.", "ASSAULT"),
    ("Protesters blocked the road on Monday.", "PROTEST"),
    ("Militants bombed the station on Sunday.", "ASSAULT"),
    ("Officers seized 50 kilos of cocaine on Monday.", "COERCE"),
    ("The army raided the camp on Friday.", "ASSAULT"),
    ("Police detained 20 percent of the crowd on Monday.", "COERCE"),
]


def _events(text: str) -> list[Event]:
    return sitrep.process_text("Officials spoke on Monday. " + text,
                               published="2021-03-01").events


@pytest.mark.parametrize(("text", "noun"), SHARES)
def test_a_share_of_acts_is_a_statistic(pipeline, text: str, noun: str) -> None:
    assert not any(e.trigger is not None and noun in e.trigger.text for e in _events(text))


@pytest.mark.parametrize(("text", "plover"), ACTS)
def test_acts_on_a_share_of_something_stay(pipeline, text: str, plover: str) -> None:
    assert plover in [e.plover_type for e in _events(text)]
