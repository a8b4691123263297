"""Made-up probe sentences (not copied from any data set): "before" a time in a clause whose
verb is past ("a shooting that occurred just before 10 a.m. on Saturday", "the crowd left
shortly before dawn on Sunday") tells when a past happening took place, not a coming deadline:
the weekday is the last one on or before the anchor. Neighbours: "before" in a future or
present clause, after an infinitive or a modal, and other deadline words after a past verb that
grants a deadline, keep the coming day. The anchor (publication date) is Wednesday 2021-03-17."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.dates.timex import find_timexes

WEDNESDAY = dt.date(2021, 3, 17)


def _found(text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in find_timexes(text, WEDNESDAY)}


PAST = [
    ("He was hurt in a shooting that occurred just before 10 a.m. on Saturday.",
     "10 a.m. on Saturday", "2021-03-13T10:00"),
    ("The fire, which started shortly before midnight on Friday, destroyed a barn.",
     "midnight on Friday", "2021-03-12T24:00"),
    ("A crash that happened just before 6 p.m. on Monday closed the road.",
     "6 p.m. on Monday", "2021-03-15T18:00"),
    ("The gunman fled on foot shortly before 2 a.m. on Sunday.", "2 a.m. on Sunday",
     "2021-03-14T02:00"),
    ("The robbery, which took place just before 9 p.m. on Thursday, was caught on camera.",
     "9 p.m. on Thursday", "2021-03-11T21:00"),
    ("The protesters left the square before dawn on Tuesday.", "dawn on Tuesday",
     "2021-03-16TMO"),
    ("A convoy that arrived before Saturday brought flour.", "Saturday", "2021-03-13"),
    ("The clashes, which erupted before Monday, left three dead.", "Monday", "2021-03-15"),
    ("Officers found the car, which was stolen just before 11 p.m. on Friday.",
     "11 p.m. on Friday", "2021-03-12T23:00"),
    ("The explosion that shook the port occurred shortly before noon on Monday.",
     "noon on Monday", "2021-03-15T12:00"),
]
COMING = [
    ("Residents must leave before Saturday.", "Saturday", "2021-03-20"),
    ("The council will vote before Friday.", "Friday", "2021-03-19"),
    ("He was ordered to report before Monday.", "Monday", "2021-03-22"),
    ("Officials said they would decide before Sunday.", "Sunday", "2021-03-21"),
    ("Applications are accepted until Friday.", "Friday", "2021-03-19"),
    ("The court gave the firm until Monday to respond.", "Monday", "2021-03-22"),
    ("The ban applies before Sunday's match.", "Sunday", "2021-03-14"),
    ("A deal is expected before Friday.", "Friday", "2021-03-19"),
    ("Voters have until Saturday to register.", "Saturday", "2021-03-20"),
    ("Police asked drivers to avoid the area before 9 a.m. on Thursday.",
     "9 a.m. on Thursday", "2021-03-18T09:00"),
]


@pytest.mark.parametrize(("text", "expr", "value"), PAST + COMING,
                         ids=[t[:40] for t, _, _ in PAST + COMING])
def test_before_a_time_in_a_past_clause_is_the_last_such_day(text, expr, value):
    assert _found(text)[expr] == value
