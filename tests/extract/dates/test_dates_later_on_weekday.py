"""Made-up probes (session 41): "later on Monday", "earlier on Tuesday" say when on that day,
not that the day is to come: the weekday takes the tense of its clause ("was arrested later on
Monday" is the past Monday), as "later Monday" already did. Neighbours: a clause about the
future keeps the coming day. The article is published on Wednesday 2024-05-15."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.dates.timex import find_timexes

WEDNESDAY = dt.date(2024, 5, 15)


def _values(text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in find_timexes(text, WEDNESDAY)}


PAST = [
    ("A man was arrested later on Monday.", "Monday", "2024-05-13"),
    ("Rescuers found the last survivor later on Tuesday.", "Tuesday", "2024-05-14"),
    ("The fire was brought under control later on Sunday, officials said.", "Sunday",
     "2024-05-12"),
    ("A second suspect was detained later on Saturday in a nearby town.", "Saturday",
     "2024-05-11"),
    ("The convoy had been stopped earlier on Tuesday at a checkpoint.", "Tuesday",
     "2024-05-14"),
    ("The minister resigned later on Friday.", "Friday", "2024-05-10"),
    ("Police released the names of the victims later on Thursday.", "Thursday", "2024-05-09"),
    ("Gunmen attacked a second village later on Sunday.", "Sunday", "2024-05-12"),
    ("The mayor lifted the curfew later on Monday.", "Monday", "2024-05-13"),
    ("Protesters regrouped near the station later on Saturday.", "Saturday", "2024-05-11"),
]

NEIGHBOURS = [
    ("The minister will speak later on Friday.", "Friday", "2024-05-17"),
    ("The results are expected later on Thursday.", "Thursday", "2024-05-16"),
    ("The court will rule later on Monday.", "Monday", "2024-05-20"),
    ("A man was arrested later Monday.", "Monday", "2024-05-13"),
    ("Troops withdrew earlier on Tuesday.", "Tuesday", "2024-05-14"),
]


@pytest.mark.parametrize(("text", "expr", "value"), PAST + NEIGHBOURS)
def test_later_on_a_weekday_takes_its_clauses_tense(text: str, expr: str, value: str) -> None:
    assert _values(text).get(expr) == value, _values(text)
