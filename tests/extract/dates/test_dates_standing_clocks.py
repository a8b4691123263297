"""Made-up probes (session 40): a clock time of a standing rule or a habit is a time of no one
day (TimeML ``XXXX-XX-XXT21:00``): the hours of a curfew, opening hours, and a clock time in a
sentence that says how often; and "weekdays" is a set. Neighbours: a clock time of one happening
keeps its day. The article is published on Wednesday 2024-05-15."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.dates.timex import find_timexes

WEDNESDAY = dt.date(2024, 5, 15)


def _found(text: str) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, WEDNESDAY)}


STANDING = [
    # curfews
    ("The governor ordered a curfew from 8 p.m. to 6 a.m. across the province.", "8 p.m.",
     "XXXX-XX-XXT20:00"),
    ("The governor ordered a curfew from 8 p.m. to 6 a.m. across the province.", "6 a.m.",
     "XXXX-XX-XXT06:00"),
    ("Soldiers enforced a curfew between 7pm and 5am in the old quarter.", "7pm",
     "XXXX-XX-XXT19:00"),
    ("The junta extended the 11 p.m. curfew by a month.", "11 p.m.", "XXXX-XX-XXT23:00"),
    ("Teenagers face a curfew of 10 p.m. under the new bylaw.", "10 p.m.", "XXXX-XX-XXT22:00"),
    ("A nightly curfew from 9pm remains in force in the border towns.", "9pm",
     "XXXX-XX-XXT21:00"),
    # opening hours
    ("The pharmacy closes at 10 p.m., the owner said.", "10 p.m.", "XXXX-XX-XXT22:00"),
    ("Libraries will stay open from 9 a.m. to 8 p.m. during exams.", "9 a.m.",
     "XXXX-XX-XXT09:00"),
    ("The border crossing remains open until midnight for trucks.", "midnight",
     "XXXX-XX-XXT24:00"),
    ("The museum opens at 10 a.m. and admission is free.", "10 a.m.", "XXXX-XX-XXT10:00"),
    # habits: a set of days or an adverb of frequency in the sentence
    ("Volunteers patrol the estate every night from 11pm.", "11pm", "XXXX-XX-XXT23:00"),
    ("The ferry leaves daily at 7:30 a.m. for the island.", "7:30 a.m.", "XXXX-XX-XXT07:30"),
    ("The gang usually struck between 1 a.m. and 4 a.m., detectives said.", "1 a.m.",
     "XXXX-XX-XXT01:00"),
    ("Guards typically change shifts at 6 p.m. at the gate.", "6 p.m.", "XXXX-XX-XXT18:00"),
    ("The clinic takes walk-in patients weekdays from 8 a.m.", "8 a.m.", "XXXX-XX-XXT08:00"),
    ("Protesters gather each evening at 6 p.m. outside parliament.", "6 p.m.",
     "XXXX-XX-XXT18:00"),
]


@pytest.mark.parametrize(("text", "expr", "value"), STANDING)
def test_a_clock_time_of_a_rule_or_a_habit_is_no_days(text: str, expr: str,
                                                       value: str) -> None:
    assert _found(text).get(expr) == ("TIME", value), _found(text)


def test_weekdays_is_a_set() -> None:
    assert _found("The office takes calls weekdays.")["weekdays"] == ("SET", "XXXX-WXX-WD")


ONE_DAY = [
    # one happening: the clock time stays on the story's day
    ("The bomb went off at 9 p.m., police said.", "9 p.m.", "2024-05-15T21:00"),
    ("The curfew was lifted at 6 a.m.", "6 a.m.", "2024-05-15T06:00"),
    ("Polls will close at 8 p.m.", "8 p.m.", "2024-05-15T20:00"),
    ("On Tuesday the shelling began at 5 a.m. and stopped at noon.", "5 a.m.",
     "2024-05-14T05:00"),
    ("Two men walked in at 11:40 p.m., shortly before the kiosk closes at midnight.",
     "11:40 p.m.", "2024-05-15T23:40"),
    ("On Monday the bank closes at 1 p.m. for the holiday.", "1 p.m.", "2024-05-13T13:00"),
    ("Polls are open between 7 a.m. and 7 p.m. on Sunday.", "7 a.m.", "2024-05-12T07:00"),
    ("On Tuesday buses ran every hour from 6 a.m. to carry voters.", "6 a.m.",
     "2024-05-14T06:00"),
    ("The opposition leader was arrested at 4 a.m. at his home.", "4 a.m.",
     "2024-05-15T04:00"),
    ("On Monday the convoy reached the checkpoint at 3:15 p.m.", "3:15 p.m.",
     "2024-05-13T15:15"),
]


@pytest.mark.parametrize(("text", "expr", "value"), ONE_DAY)
def test_a_clock_time_of_one_happening_keeps_its_day(text: str, expr: str, value: str) -> None:
    assert _found(text).get(expr) == ("TIME", value), _found(text)
