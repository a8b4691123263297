"""Auxiliary modes (events/modes.py) on the predicate they belong to: negation by a negative
subject ("no one was arrested"), not by a noun the negated verb
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


# background: an act dated to an earlier month or year by its own clause, in an article whose
# publication date is unknown (sentence, trigger, type); and neighbours that stay news
BACKGROUND = [
    ("Police arrested the man last month.", "arrested", "COERCE"),
    ("The attack that killed the singer last year was drug-related.", "attack", "ASSAULT"),
    ("The court convicted him last year.", "convicted", "SANCTION"),
    ("Rebels shelled the town the previous year.", "shelled", "ASSAULT"),
    ("The two leaders met a year earlier in Paris.", "met", "CONSULT"),
    ("The militia had kidnapped him two years before.", "kidnapped", "ASSAULT"),
    ("The governor was arrested in October last year.", "arrested", "COERCE"),
    ("Troops withdrew from the valley the year before.", "withdrew", "RETREAT"),
    ("The gang attacked the convoy several months earlier.", "attacked", "ASSAULT"),
    ("Workers went on strike last month over unpaid wages.", "strike", "PROTEST"),
]
NEWS = [
    ("Her office sought the revocation of his licence after it was revoked last year.",
     "sought", "REQUEST"),
    ("Police arrested the man on Monday.", "arrested", "COERCE"),
    ("Rebels shelled the town this week.", "shelled", "ASSAULT"),
    ("The two leaders met in Paris on Friday.", "met", "CONSULT"),
    ("Police arrested the man who had attacked her last year.", "arrested", "COERCE"),
    ("Troops withdrew from the valley on Sunday.", "withdrew", "RETREAT"),
    ("The gang attacked the convoy on Tuesday.", "attacked", "ASSAULT"),
    ("Workers went on strike on Monday over unpaid wages.", "strike", "PROTEST"),
    ("The minister, who was elected last year, met the envoy on Friday.", "met", "CONSULT"),
    ("Police detained two men after last year's riots.", "detained", "COERCE"),
]


@pytest.mark.parametrize("text,trigger,plover", BACKGROUND)
def test_an_act_dated_to_an_earlier_month_or_year_is_background(
        pipeline, text: str, trigger: str, plover: str) -> None:
    events = sitrep.process_text(text).events
    found = [e for e in events if e.plover_type == plover and trigger in e.trigger.text]
    assert found and "historical" in found[0].modes, [(e.plover_type, e.trigger.text, e.modes)
                                                      for e in events]


@pytest.mark.parametrize("text,trigger,plover", NEWS)
def test_an_act_of_the_news_period_is_no_background(
        pipeline, text: str, trigger: str, plover: str) -> None:
    events = sitrep.process_text(text).events
    found = [e for e in events if e.plover_type == plover and trigger in e.trigger.text]
    assert found and "historical" not in found[0].modes, [
        (e.plover_type, e.trigger.text, e.modes) for e in events]
