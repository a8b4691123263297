"""Auxiliary modes (events/modes.py) on the predicate they belong to: negation by a negative
subject ("no one was arrested") or a denial ("denied shelling"), not by a noun the negated verb
governs ("gave no reason for the bombing"); plots and fears are hypothetical, plans and
schedules future, attempts carry no flag; a scheduled meeting is not an intent to agree.
Sentences made up for these tests."""

from __future__ import annotations

import pytest

import sitrep

# (sentence, trigger word, type, the flags it must have)
FLAGGED = [
    ("No one was arrested after the clashes on Sunday.", "arrested", "COERCE", {"negated"}),
    ("Nobody was detained during the march on Saturday.", "detained", "COERCE", {"negated"}),
    ("None of the protesters were detained on Friday.", "detained", "COERCE", {"negated"}),
    ("The army denied shelling the village on Monday.", "shelling", "ASSAULT", {"negated"}),
    ("Officials denied that troops had fired on protesters.", "fired", "ASSAULT", {"negated"}),
    ("Police arrested nobody after the clashes on Sunday.", "arrested", "COERCE", {"negated"}),
    ("The militants plotted to attack the embassy.", "attack", "ASSAULT", {"hypothetical"}),
    ("The gang conspired to kidnap the banker's son.", "kidnap", "ASSAULT", {"hypothetical"}),
    ("Residents fear that rebels will attack the town.", "attack", "ASSAULT",
     {"hypothetical"}),
    ("Talks are to be held in Geneva next week.", "Talks", "CONSULT", {"future"}),
    ("Talks will be held in Geneva next week.", "Talks", "CONSULT", {"future"}),
    ("The ministers are due to meet the envoy in Paris on Friday.", "meet", "CONSULT",
     {"future"}),
]
# near neighbours: the flag must not be there
UNFLAGGED = [
    ("Police gave no reason for the bombing of the bank on Monday.", "bombing", "ASSAULT"),
    ("The army did not give details of the attack on the convoy.", "attack", "ASSAULT"),
    ("The minister would not comment on the attack on the convoy.", "attack", "ASSAULT"),
    ("The gunmen tried to kill the governor on Monday.", "kill", "ASSAULT"),
    ("The gunmen attempted to assassinate the governor on Monday.", "assassinate", "ASSAULT"),
    ("Police arrested two men after the clashes on Sunday.", "arrested", "COERCE"),
    ("The army shelled the village on Monday.", "shelled", "ASSAULT"),
    ("Troops fired on protesters in the square on Monday.", "fired", "ASSAULT"),
    ("Talks were held in Geneva last week.", "Talks", "CONSULT"),
    ("The ministers met the envoy in Paris on Friday.", "met", "CONSULT"),
    ("None of the officers who detained the protesters on Friday were named.", "detained",
     "COERCE"),
    ("The militants attacked the embassy on Friday.", "attacked", "ASSAULT"),
]


def _event(text: str, trigger: str, plover: str) -> list[str]:
    events = sitrep.process_text(text, published="2021-03-01").events
    found = [e for e in events if e.plover_type == plover and trigger in e.trigger.text]
    assert found, [(e.plover_type, e.trigger.text) for e in events]
    return found[0].modes


@pytest.mark.parametrize("text,trigger,plover,flags", FLAGGED)
def test_negations_plots_and_schedules_flag_their_own_predicate(
        pipeline, text: str, trigger: str, plover: str, flags: set[str]) -> None:
    assert flags <= set(_event(text, trigger, plover))


@pytest.mark.parametrize("text,trigger,plover", UNFLAGGED)
def test_acts_not_negated_planned_or_feared_carry_no_such_flag(
        pipeline, text: str, trigger: str, plover: str) -> None:
    assert not {"negated", "hypothetical", "future"} & set(_event(text, trigger, plover))
