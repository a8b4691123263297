"""A crime named down a list or a noun phrase from the charging is the charge's name, no
happening: "charged him with resisting arrest, possession of a firearm and assault on an
officer", "convicted a former village chief of murder" (senses/courts/legal.py,
``charge_name``; the guidelines: "charged with assault codes the charging, not an ASSAULT").
The act told in its own phrase ("charged with attempted murder in a shooting that wounded two")
and crimes that are no charge stay. Session 43, issue 15 (event precision). Sentences made up
for these tests."""

from __future__ import annotations

import pytest

NAMES = [
    ("Prosecutors charged Dale on Monday with resisting arrest, possession of a stolen firearm "
     "and assault on a police officer.", "assault"),
    ("A court in Iloilo on Friday convicted a former town councillor of murder over the death "
     "of a local journalist.", "murder"),
    ("The district attorney charged the driver with reckless endangerment, theft of a vehicle "
     "and assault with a deadly weapon.", "assault"),
]
KEPT = [
    ("A 27-year-old man was charged on Thursday with attempted murder in a shooting that "
     "wounded two teenagers.", "shooting"),
    ("Gunmen killed the leader of a village militia in an attack on Monday.", "killed"),
]


@pytest.mark.parametrize(("text", "word"), NAMES)
def test_a_crime_named_down_the_charge_is_no_assault(events_of, text: str, word: str) -> None:
    assert not [e for e in events_of(text) if e.plover_type == "ASSAULT"
                and e.trigger.text.lower().startswith(word)]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_the_act_told_in_its_own_phrase_stays(events_of, text: str, word: str) -> None:
    assert [e for e in events_of(text) if e.plover_type == "ASSAULT"
            and word in e.trigger.text.lower()]
