"""A violent verb conjoined to a present-simple verb whose subject it shares
(events/eventhood/present.py, ``timeless``): "the cartels smuggle drugs and kill anyone who
resists" tells what a kind of actor does, not one happening; a dated or past act conjoined the
same way ("gunmen stopped the bus on Monday and killed the driver") and a headline's present stay.
Sentences made up for these tests (9 of the 13 habits gave an event before the rule)."""

from __future__ import annotations

import pytest

import sitrep

HABITS = [
    "The cartels smuggle drugs and kill anyone who resists.",
    "Poachers enter the park at night and shoot elephants.",
    "Pirates board the ships and kidnap the crews.",
    "The rebels tax farmers and burn the homes of those who refuse.",
    "Vigilantes patrol the streets and beat suspected thieves.",
    "Loggers clear the forest and attack anyone who protests.",
    "Armed groups stop buses on the road and abduct travellers.",
    "The guards search visitors and detain anyone without papers.",
    "The separatists collect taxes and execute informers.",
    "Traffickers lure women with job offers and hold them captive.",
    "Militias control the roads and raid villages for food.",
    "Thieves break into parked cars and steal the batteries.",
    "Bandits block the highway and rob the passengers.",
]
HAPPENINGS = [
    ("Gunmen stopped the bus on Monday and killed the driver.", "ASSAULT"),
    ("The rebels surrounded the town on Sunday and shelled the market.", "ASSAULT"),
    ("Police stormed the house and arrested two men.", "COERCE"),
    ("Gunmen stopped the bus and killed the driver.", "ASSAULT"),
    ("Soldiers entered the village and detained three men.", "COERCE"),
]


def _types(text: str) -> list[str]:
    events = sitrep.process_text(
        "Officials spoke on Monday. " + text, published="2021-03-01"
    ).events
    return [e.plover_type for e in events if "Officials" not in e.evidence.text]


@pytest.mark.parametrize("text", HABITS)
def test_habits_of_a_kind_of_actor_are_no_events(pipeline, text: str) -> None:
    assert not {"ASSAULT", "COERCE"} & set(_types(text))


@pytest.mark.parametrize(("text", "plover"), HAPPENINGS)
def test_dated_and_past_acts_stay(pipeline, text: str, plover: str) -> None:
    assert plover in _types(text)


def test_a_headline_keeps_its_present(pipeline) -> None:
    events = sitrep.process_text(
        "Police Raid Homes And Arrest 12 Suspects\nPolice raided homes in the town on Monday.",
        published="2021-03-01",
    ).events
    # the police raid is a search (COERCE) since session 40, and the arrest told in the same
    # (joined) sentence fuses with it, keeping the raid's trigger
    assert any(e.plover_type == "COERCE" and e.trigger.text in {"Arrest", "raided"}
               for e in events)
