"""Made-up probes (not copied from any data set): an event dated by its week ("last week",
"next week", "earlier this week") is dated by the month that week lies in (the guidelines date
a happening by its day, month or year; a week across two months is its Thursday's month).
Neighbours: days, months and a month told as past keep their values."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.samples import trigger_days

D = dt.date
CHANGED = [
    ("Police arrested a man in Dover last week.", "arrested", D(2016, 1, 20), {"2016-01"}),
    ("Canada imposed sanctions on the ministry last week.", "imposed", D(2016, 1, 20),
     {"2016-01"}),
    ("The envoy will visit Kabul next week.", "visit", D(2016, 1, 20), {"2016-01"}),
    ("The foreign minister will meet his counterpart in Geneva next week.", "meet",
     D(2016, 1, 28), {"2016-02"}),
    ("Last week, about 500 people marched through the town to protest the killing.",
     "marched", D(2016, 2, 3), {"2016-01"}),
    ("Troops shelled the village last week, residents said.", "shelled", D(2016, 3, 2),
     {"2016-02"}),
    ("Delegates from both sides will hold talks in Oslo this week.", "talks", D(2016, 2, 1),
     {"2016-02"}),
    ("Gunmen attacked a police station in the north last week.", "attacked", D(2016, 3, 9),
     {"2016-03"}),
    ("The president will visit the flooded region next week.", "visit", D(2016, 3, 30),
     {"2016-04"}),
    ("Police detained two protesters earlier this week.", "detained", D(2016, 1, 20),
     {"2016-01"}),
    ("The army deployed 300 soldiers to the border last week.", "deployed", D(2016, 6, 15),
     {"2016-06"}),
    ("Rebels will release the hostages next week, a mediator said.", "release",
     D(2016, 6, 15), {"2016-06"}),
]

KEPT = [
    ("Police arrested a man in Dover on Tuesday.", "arrested", D(2016, 1, 20), {"2016-01-19"}),
    ("Canada imposed sanctions on the ministry last month.", "imposed", D(2016, 1, 20),
     {"2015-12"}),
    ("The envoy will visit Kabul on Friday.", "visit", D(2016, 1, 20), {"2016-01-22"}),
    ("Troops shelled the village in February, residents said.", "shelled", D(2016, 3, 2),
     {"2016-02"}),
    ("Rebels attacked the town in 2015, killing 40 people.", "attacked", D(2016, 3, 2),
     {"2015"}),
]


@pytest.mark.parametrize(("text", "trigger", "published", "days"), CHANGED,
                         ids=[t[0][:48] for t in CHANGED])
def test_an_act_dated_by_its_week_takes_the_weeks_month(pipeline, text, trigger, published,
                                                        days):
    assert trigger_days(pipeline, text, trigger, published) == days


@pytest.mark.parametrize(("text", "trigger", "published", "days"), KEPT,
                         ids=[t[0][:48] for t in KEPT])
def test_days_months_and_years_stay(pipeline, text, trigger, published, days):
    assert trigger_days(pipeline, text, trigger, published) == days
