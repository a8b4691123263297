"""Made-up probes (not copied from any data set): a "when" clause of a date that opens a period
("the deadliest since June, when militants killed 100 soldiers") tells an act of that date: the
act is dated by it (and, an earlier month, is background), like "in June, when ...". The noun of
the sentence's comparison ("the raid was the deadliest since June") stays undated. Neighbours:
an act dated in its own words, and a period's start with no "when" clause. Published Friday
2024-11-08."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.samples import trigger_days

NOV = dt.date(2024, 11, 8)

CHANGED = [
    ("The raid was the deadliest in the region since June, when militants killed more than 100 "
     "soldiers at a base.", "killed", {"2024-06"}),
    ("It was the worst bombing in the city since April, when a suicide bomber killed 30 people "
     "at a market.", "suicide", {"2024-04"}),
    ("The ambush was the bloodiest since March, when rebels killed 12 police officers near the "
     "border.", "killed", {"2024-03"}),
    ("It was the biggest protest in the capital since February, when thousands marched against "
     "the president.", "marched", {"2024-02"}),
    ("The attack was the deadliest in the province since July, when gunmen shot dead 20 "
     "villagers.", "shot", {"2024-07"}),
    ("It was the most serious clash since January, when troops fired on protesters in the main "
     "square.", "fired", {"2024-01"}),
    ("The kidnapping was the largest since August, when bandits abducted 80 pupils from a "
     "school.", "abducted", {"2024-08"}),
    ("It was the heaviest shelling of the town since March, when artillery destroyed the "
     "hospital.", "destroyed", {"2024-03"}),
    ("The arrests were the most since June, when police detained 200 opposition supporters.",
     "detained", {"2024-06"}),
    ("It was the deadliest attack on the army since May, when jihadists killed 40 soldiers at "
     "an outpost.", "killed", {"2024-05"}),
]

KEPT = [
    ("The raid was the deadliest in the region since June, when militants killed more than 100 "
     "soldiers at a base.", "raid", {None}),
    ("Militants killed more than 100 soldiers at a base in June.", "killed", {"2024-06"}),
    ("The raid was the deadliest in the region since June.", "raid", {None}),
    ("Police detained 200 opposition supporters on Monday, when they gathered outside "
     "parliament.", "detained", {"2024-11-04"}),
]


@pytest.mark.parametrize(("text", "trigger", "days"), CHANGED, ids=[t[:48] for t, _, _ in CHANGED])
def test_a_when_clause_of_a_periods_start_dates_its_act(pipeline, text, trigger, days):
    assert trigger_days(pipeline, text, trigger, NOV) == days


@pytest.mark.parametrize(("text", "trigger", "days"), KEPT, ids=[t[:48] for t, _, _ in KEPT])
def test_comparisons_and_own_days_stay(pipeline, text, trigger, days):
    assert trigger_days(pipeline, text, trigger, NOV) == days
