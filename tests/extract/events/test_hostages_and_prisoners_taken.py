"""People taken or held hostage are an abduction (ASSAULT/abduct), people taken prisoner by an
armed party a capture (COERCE/arrest), read from the captive noun as the verb's second predicate
(events/senses/public/harm.py ``taken_hostage``, ``taken_prisoner``): "took 18 guards hostage",
"two guards were taken hostage", "had taken 31 soldiers prisoner". A prisoner taken to court, a
hostage film, a market captive to one firm and a hostage negotiator are none. Made-up probes, not
taken from any data set."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.records import Event

HOSTAGE = [
    "Rioting inmates took six warders hostage on Sunday.",
    "Three nurses were taken hostage during the raid on the clinic.",
    "The gunman held the bank clerk hostage for five hours.",
    "Pirates seized the crew of the freighter hostage off the coast.",
    "Militants took dozens of passengers hostage at the station.",
    "The miners were held captive for a week by the armed gang.",
    "Kidnappers took a priest and two teachers captive near the river.",
    "Two engineers were held hostage in the forest for a month.",
    "The attackers grabbed a driver hostage before fleeing.",
    "Fighters took the mayor hostage in the town hall.",
    "The crew were held hostage aboard the tanker.",
    "Armed men took a family of four hostage in their home.",
]
NOT_HOSTAGE = [
    "Guards took the prisoner to court on Monday.",
    "The film tells the story of a hostage in Beirut.",
    "The town is held captive by a single employer.",
    "A hostage negotiator arrived at the scene.",
    "The country took its time before replying.",
    "The market remains captive to one supplier.",
    "She held the trophy over her head.",
    "The team took the lead in the second half.",
    "He took a photo of the hostage video.",
    "Voters felt held hostage by the budget row.",
]
# the captive word after a coordinated object, where the small model hangs it on another verb
# or on the object ("took over two wings ... and held two guards hostage")
HOSTAGE_AFTER_LISTS = [
    "Inmates took over the east wing on Friday and held two cooks hostage for six hours, "
    "officials said.",
    "In 2019, rebels held dozens of miners and their families hostage for a month.",
    "Last year, pirates held the crew of a tanker and two passengers captive for weeks.",
    "The rebels took over the town hall and held the mayor and his deputy captive overnight, "
    "residents said.",
    "Prisoners seized the kitchen and held four cooks hostage until dawn, officials said.",
    "Strikers occupied the plant and held three managers hostage for a day.",
    "Bandits held several traders and a nurse hostage in the forest for ten days.",
    "In 2021, inmates there held dozens of wardens and police officers hostage for three days.",
]
NOT_HOSTAGE_AFTER_LISTS = [
    "Police held the hostage takers' relatives for questioning, officials said.",
    "The soldier held his rifle and a hostage photo during the ceremony.",
    "The union held a meeting with hostage families in the capital.",
    "The family held a vigil and a hostage awareness march on Sunday.",
]
PRISONER = [
    "The rebels had taken 31 soldiers prisoner.",
    "The militia took two pilots prisoner after the crash.",
    "Government troops took 40 fighters prisoner in the valley.",
    "The insurgents took several policemen prisoner at the checkpoint.",
    "Kurdish fighters took dozens of jihadists prisoner in the town.",
    "The army said it had taken 12 rebels prisoner.",
]


def _typed(text: str, plover: str, mode: str) -> list[Event]:
    events = sitrep.process_text(text, published="2021-03-02").events
    return [e for e in events if e.plover_type == plover and e.plover_mode == mode]


@pytest.mark.parametrize("text", HOSTAGE, ids=[t[:40] for t in HOSTAGE])
def test_people_taken_or_held_hostage_are_abducted(pipeline, text: str) -> None:
    assert _typed(text, "ASSAULT", "abduct"), [
        (e.plover_type, e.plover_mode, e.trigger.text) for e in sitrep.process_text(text).events]


@pytest.mark.parametrize("text", NOT_HOSTAGE, ids=[t[:40] for t in NOT_HOSTAGE])
def test_prisoners_moved_films_and_negotiators_are_no_abduction(pipeline, text: str) -> None:
    assert _typed(text, "ASSAULT", "abduct") == []


@pytest.mark.parametrize("text", PRISONER, ids=[t[:40] for t in PRISONER])
def test_people_taken_prisoner_are_captured(pipeline, text: str) -> None:
    assert _typed(text, "COERCE", "arrest"), [
        (e.plover_type, e.plover_mode, e.trigger.text) for e in sitrep.process_text(text).events]


@pytest.mark.parametrize("text", HOSTAGE_AFTER_LISTS, ids=[t[:40] for t in HOSTAGE_AFTER_LISTS])
def test_hostage_after_a_listed_object_is_abducted(pipeline, text: str) -> None:
    assert _typed(text, "ASSAULT", "abduct"), [
        (e.plover_type, e.plover_mode, e.trigger.text) for e in sitrep.process_text(text).events]


@pytest.mark.parametrize("text", NOT_HOSTAGE_AFTER_LISTS,
                         ids=[t[:40] for t in NOT_HOSTAGE_AFTER_LISTS])
def test_hostage_as_a_modifier_after_a_list_is_no_abduction(pipeline, text: str) -> None:
    assert _typed(text, "ASSAULT", "abduct") == []
