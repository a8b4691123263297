"""Made-up probes (session 41): a weekday dating a gathering that someone calls for, invites
to, urges people to join, appeals for or plans ("called for a general strike on Thursday",
"invited the unions to talks on Friday") is the coming one, even when the calling is told in
the past. Neighbours: a weekday right after a call with no gathering noun ("called for calm on
Thursday": the call's day), a gathering told as held, and a day of another clause keep the
past day. The article is published on Wednesday 2024-05-15."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.dates.timex import find_timexes

WEDNESDAY = dt.date(2024, 5, 15)


def _values(text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in find_timexes(text, WEDNESDAY)}


COMING = [
    ("The federation called for a general strike on Thursday.", "Thursday", "2024-05-16"),
    ("Teachers' unions have called for another walkout on Friday.", "Friday", "2024-05-17"),
    ("The mayor invited community leaders to a meeting on Friday.", "Friday", "2024-05-17"),
    ("The junta invited the rebels to negotiations on Monday in Addis Ababa.", "Monday",
     "2024-05-20"),
    ("Opposition parties urged supporters to join a rally on Saturday.", "Saturday",
     "2024-05-18"),
    ("Student groups are urging classmates to attend a vigil on Sunday.", "Sunday",
     "2024-05-19"),
    ("The bishops appealed for a day of prayer and a march on Sunday.", "Sunday",
     "2024-05-19"),
    ("Farmers plan a protest at the ministry on Tuesday.", "Tuesday", "2024-05-21"),
    ("The speaker summoned lawmakers to an emergency session on Monday.", "Monday",
     "2024-05-20"),
    ("Residents called for a public hearing on Thursday over the landfill.", "Thursday",
     "2024-05-16"),
    ("The envoy invited both sides to consultations in Doha on Saturday.", "Saturday",
     "2024-05-18"),
    ("Activists planned demonstrations in three cities on Friday.", "Friday", "2024-05-17"),
    # the gathering with its places, and one called or set for a day
    ("The party urged its members to hold a sit-in outside the parliament on Monday.",
     "Monday", "2024-05-20"),
    ("Clergy invited believers to a procession and a vigil around the cathedral on Sunday.",
     "Sunday", "2024-05-19"),
    ("The guild called a one-day shutdown of shops in the old town for Friday.", "Friday",
     "2024-05-17"),
    ("Drivers' unions called an indefinite strike from Thursday.", "Thursday", "2024-05-16"),
    ("Supporters set up a rally for Saturday in the main square.", "Saturday", "2024-05-18"),
    ("The committee announced a public meeting for Monday evening.", "Monday evening",
     "2024-05-20TEV"),
]

PAST = [
    ("The UN called for calm on Monday.", "Monday", "2024-05-13"),
    ("The opposition held a rally on Saturday.", "Saturday", "2024-05-11"),
    ("Protesters called for new talks after the vote on Monday.", "Monday", "2024-05-13"),
    ("The minister urged restraint on Tuesday.", "Tuesday", "2024-05-14"),
    ("Thousands joined a march on Sunday.", "Sunday", "2024-05-12"),
    ("Unions called a general strike on Monday.", "Monday", "2024-05-13"),
    ("Police arrested the organisers of a protest in the capital on Monday.", "Monday",
     "2024-05-13"),
    ("The union invited reporters to its offices, where it said on Monday that the strike "
     "was over.", "Monday", "2024-05-13"),
]


@pytest.mark.parametrize(("text", "expr", "value"), COMING)
def test_a_gathering_called_for_is_on_the_coming_day(text: str, expr: str, value: str) -> None:
    assert _values(text).get(expr) == value, _values(text)


@pytest.mark.parametrize(("text", "expr", "value"), PAST)
def test_other_days_of_a_call_stay_past(text: str, expr: str, value: str) -> None:
    assert _values(text).get(expr) == value, _values(text)
