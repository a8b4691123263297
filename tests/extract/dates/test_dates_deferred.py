"""Made-up probe sentences for issue 19, item 4, session 25: a weekday named as the new day of
a put-off happening ("put off until Sunday", "pushed back to Monday", "deferred until Friday"),
as the day a happening is set for in a participle alone ("the summit, scheduled for Thursday,
was called off"), or as the day of a happening still awaited ("ahead of Friday's vote") is the
coming day, though the clause around it is in the past. Near neighbours keep the past day: a
past perfect ("had been scheduled for Thursday", "ahead of Friday's vote, troops had
deployed"), a possessive day with no awaiting phrase ("Friday's vote was marred"), a participle
with "on" ("the record set on Friday"), and verbs that only look alike ("pushed the rebels
back on Tuesday", "set off on Monday"). Every sentence was written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.dates.timex import find_timexes

WEDNESDAY = dt.date(2021, 3, 17)


def _value(text: str, expr: str) -> str | None:
    found = {t.text: t.value for t in find_timexes(text, WEDNESDAY)}
    assert expr in found, found
    return found[expr]


@pytest.mark.parametrize(("text", "expr", "value"), [
    # put off, pushed back, deferred, brought forward: the new day is a coming one
    ("The vote was put off until Sunday because of the floods.", "Sunday", "2021-03-21"),
    ("The court put the verdict off until Friday.", "Friday", "2021-03-19"),
    ("The hearing was pushed back to Monday at the defence's request.", "Monday",
     "2021-03-22"),
    ("Negotiators pushed the signing back until Tuesday.", "Tuesday", "2021-03-23"),
    ("The talks were deferred until Friday after a row over seating.", "Friday",
     "2021-03-19"),
    ("The count was brought forward to Saturday.", "Saturday", "2021-03-20"),
    ("Officials rescheduled the rally for Sunday.", "Sunday", "2021-03-21"),
    # a participle alone names the day a happening is set for
    ("The summit, scheduled for Thursday, was called off.", "Thursday", "2021-03-18"),
    ("Talks slated for Monday were cancelled by the mediators.", "Monday", "2021-03-22"),
    ("A march, planned for Saturday, was banned by the governor.", "Saturday", "2021-03-20"),
    ("The run-off, fixed for Sunday, was suspended by the court.", "Sunday", "2021-03-21"),
    # a happening still awaited
    ("Ahead of Friday's vote, troops deployed across the capital.", "Friday", "2021-03-19"),
    ("In the run-up to Sunday's election, three candidates were attacked.", "Sunday",
     "2021-03-21"),
    ("In preparation for Monday's talks, the envoys met in Doha.", "Monday", "2021-03-22"),
])
def test_a_deferred_set_or_awaited_day_is_the_coming_one(text, expr, value):
    assert _value(text, expr) == value


@pytest.mark.parametrize(("text", "expr", "value"), [
    # a past perfect puts the plan before the story
    ("The summit had been scheduled for Thursday.", "Thursday", "2021-03-11"),
    ("Ahead of Friday's vote, troops had deployed across the capital.", "Friday",
     "2021-03-12"),
    # a possessive day with no awaiting phrase is a past happening
    ("Friday's vote was marred by violence.", "Friday", "2021-03-12"),
    ("Observers praised Sunday's election.", "Sunday", "2021-03-14"),
    ("The fighters were paid for Friday's attack.", "Friday", "2021-03-12"),
    ("He waited for Monday's results before speaking.", "Monday", "2021-03-15"),
    # a participle with "on": when it was done
    ("The record set on Friday still stands.", "Friday", "2021-03-12"),
    ("The vote set on Sunday ended in chaos.", "Sunday", "2021-03-14"),
    # verbs that only look alike, in the past
    ("Troops set off on Monday for the border.", "Monday", "2021-03-15"),
    ("They pushed the rebels back on Tuesday.", "Tuesday", "2021-03-16"),
    ("They moved the prisoners on Monday.", "Monday", "2021-03-15"),
    ("Ahead of schedule, the army withdrew on Friday.", "Friday", "2021-03-12"),
])
def test_near_neighbours_keep_the_past_day(text, expr, value):
    assert _value(text, expr) == value
