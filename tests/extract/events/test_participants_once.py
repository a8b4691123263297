"""Each participant once in its role (``mentions.parties.one_each``, run after ``corefer.fuse``):
one named in a title and again in the story, or twice in a sentence ("traders" and "grain
traders", "Man" and "23-year-old man"), is one recipient, the one the event's own sentence
names; parties of a list, or of two countries, stay apart. Real model, made-up articles."""

from __future__ import annotations

import pytest

from sitrep.extract.events.mentions.parties import one_each
from sitrep.records import Actor, Event, Evidence

ARTICLES = [
    ("Gunmen kidnap traders near Daharki\n\nGHOTKI, Pakistan — Three grain traders were "
     "kidnapped from a highway near Daharki on Monday, police said.", "kidnapped", "traders"),
    ("Man charged after clerk shot\n\nTERRE HAUTE, Ind. — A 23-year-old man was charged "
     "Wednesday with attempted murder after a clerk was shot at a gas station, police said.",
     "charged", "man"),
    ("Rebels abduct nurses in Kivu\n\nGOMA — Rebels abducted four nurses from a clinic near "
     "Rutshuru on Sunday, local officials said.", "abducted", "nurses"),
]


@pytest.mark.parametrize("text,trigger,word", ARTICLES)
def test_a_party_told_twice_is_one_recipient(events_of, text: str, trigger: str,
                                             word: str) -> None:
    found = [e for e in events_of(text) if trigger in e.trigger.text]
    assert found
    named = [r.text for r in found[0].recipients if word in r.text.lower()]
    assert len(named) == 1, named


def _actor(text: str, start: int, country: str | None = None) -> Actor:
    return Actor(text=text, evidence=Evidence(start, start + len(text), text), name=text,
                 country=country)


def _event(recipients: list[Actor], start: int = 100, end: int = 200) -> Event:
    return Event(evidence=Evidence(start, end, "x" * (end - start)),
                 trigger=Evidence(start, start + 4, "shot"), plover_type="ASSAULT",
                 recipients=recipients)


def test_the_one_of_the_events_own_sentence_stays() -> None:
    event = _event([_actor("bus passengers", 10), _actor("passengers", 120)])
    one_each(event)
    assert [r.text for r in event.recipients] == ["passengers"]


def test_parties_of_a_list_or_of_two_countries_stay() -> None:
    event = _event([_actor("Thai and Cambodian ministers", 110, "THA"),
                    _actor("Cambodian", 119, "KHM"), _actor("guards", 150),
                    _actor("dozens of guards and police officers", 140)])
    one_each(event)
    assert len(event.recipients) == 4
    event = _event([_actor("Russian troops", 110, "RUS"), _actor("troops", 130, "UKR")])
    one_each(event)
    assert len(event.recipients) == 2
