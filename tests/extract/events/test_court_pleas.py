"""An admission or a denial of a deed or an offence at a hearing is a plea: no CONCEDE and no
REJECT between parties (senses/courts/pleas.py, ``plea_in_court``; the guidelines: "guilty
pleas and admissions in court are not CONCEDE"). The same words outside a court stay: a fault
admitted in public, a deed denied to the police or by a party. Session 43, issue 15 (event
precision). Sentences made up for these tests."""

from __future__ import annotations

import pytest


def _types(events_of, text: str, word: str) -> set[str]:
    return {e.plover_type for e in events_of(text) if e.trigger.text.lower().startswith(word)}


PLEAS = [
    ("A second man, 28, who hid the car, was given a 12-month community order after admitting "
     "assisting an offender.", "admit"),
    ("His cousin admitted perverting the course of justice and was given a suspended sentence "
     "at the same hearing.", "admit"),
    ("She admitted two counts of fraud at Leeds Crown Court and was jailed for a year.", "admit"),
    ("The driver admitted causing death by dangerous driving and will be sentenced next month.",
     "admit"),
    ("He had denied the charge, telling the jury he had acted in self-defence.", "denied"),
    ("Morris had denied causing grievous bodily harm with intent but was convicted by a jury "
     "after a three-day trial.", "denied"),
    ("Both men denied murder, but the jury returned unanimous verdicts on Friday.", "denied"),
]
KEPT = [
    ("The company admitted misleading investors about the risks of the fund.", "admit",
     "CONCEDE"),
    ("The army admitted killing three civilians in the raid on Tuesday.", "admit", "CONCEDE"),
    ("The rebels denied targeting civilians and said the village was a military post.",
     "denied", "REJECT"),
    ("Hale denied the attack throughout, telling police he had been at home.", "denied",
     "REJECT"),
    ("The ministry denied holding political prisoners.", "denied", "REJECT"),
]


@pytest.mark.parametrize(("text", "word"), PLEAS)
def test_a_plea_at_a_hearing_is_no_concession_or_refusal(events_of, text: str,
                                                         word: str) -> None:
    assert not _types(events_of, text, word) & {"CONCEDE", "REJECT"}


@pytest.mark.parametrize(("text", "word", "plover"), KEPT)
def test_admissions_and_denials_outside_a_court_stay(events_of, text: str, word: str,
                                                     plover: str) -> None:
    assert plover in _types(events_of, text, word)
