"""Made-up probes (session 41): a clock time with no day of its own is on the day the story
last told something happened on, not on the day of a report ("police said Tuesday") and not on
a day still to come ("will resume next Monday"). Neighbours: a clock time in a clause about the
future takes the coming day; one right after its day, or in a report with no other day, keeps
it. The article is published on Wednesday 2024-05-15."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.dates.timex import find_timexes

WEDNESDAY = dt.date(2024, 5, 15)


def _values(text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in find_timexes(text, WEDNESDAY)}


STORY_DAY = [
    # the day of a report after the happening's day
    ("Two men robbed a bakery late Monday, police said Tuesday. They walked in at about "
     "9:40 p.m. and left with cash.", "9:40 p.m.", "2024-05-13T21:40"),
    ("A driver was arrested Sunday afternoon, the sheriff's office announced Tuesday. Deputies "
     "stopped his van at around 4:20 p.m. near the school.", "4:20 p.m.", "2024-05-12T16:20"),
    ("Firefighters were called to a warehouse Monday night, the fire department reported on "
     "Tuesday. The first engine arrived at 11:05 p.m.", "11:05 p.m.", "2024-05-13T23:05"),
    ("A ferry ran aground Sunday evening, the coast guard said on Monday. Passengers were "
     "taken off by 10:15 p.m.", "10:15 p.m.", "2024-05-12T22:15"),
    ("The lawmaker collapsed during a debate Monday, her office disclosed Tuesday. She was "
     "taken to hospital at 4:50 p.m.", "4:50 p.m.", "2024-05-13T16:50"),
    ("Strikers blocked the port on Tuesday, union leaders claimed Wednesday. Trucks were "
     "turned away from 6 a.m.", "6 a.m.", "2024-05-14T06:00"),
    ("An explosion shook a chemical plant late Sunday, officials confirmed Monday. The blast "
     "was heard at 10:50 p.m. across the valley.", "10:50 p.m.", "2024-05-12T22:50"),
    ("Gunmen attacked a checkpoint on Saturday, the army stated on Monday. The assault began "
     "at about 5 a.m.", "5 a.m.", "2024-05-11T05:00"),
    ("A climber went missing on Sunday, rescuers reported Monday. He was last heard from at "
     "1:30 p.m.", "1:30 p.m.", "2024-05-12T13:30"),
    ("Two trains collided on Monday, the rail operator added on Tuesday. The crash happened "
     "at 8:12 a.m.", "8:12 a.m.", "2024-05-13T08:12"),
    ("Thieves raided a jewellery shop on Tuesday, police revealed Wednesday. The alarm went "
     "off at 2:14 a.m.", "2:14 a.m.", "2024-05-14T02:14"),
    ("The vote, held on Monday, was suspended, the commission announced Tuesday. Counting "
     "stopped at 9 p.m.", "9 p.m.", "2024-05-13T21:00"),
    # a day still to come is no day of the past happening
    ("The hearing was adjourned and will resume next Monday, the clerk said. It had lasted "
     "from 9 a.m. to 5:30 p.m.", "9 a.m.", "2024-05-15T09:00"),
    ("Delegates will meet again next Thursday. The first round had run until shortly after "
     "8 p.m.", "8 p.m.", "2024-05-15T20:00"),
    ("The strike is due to end next Saturday. Pickets gathered at the gates at 6:30 a.m.",
     "6:30 a.m.", "2024-05-15T06:30"),
]

NEIGHBOURS = [
    # a clause about the future takes the coming day
    ("Talks collapsed on Monday. Mediators will return next Thursday, and the session is due "
     "to open at 10 a.m.", "10 a.m.", "2024-05-23T10:00"),
    ("The election is next Sunday. Polls will close at 8 p.m.", "8 p.m.", "2024-05-19T20:00"),
    # a report with no other day keeps its day
    ("Police said Tuesday that a man was stabbed at 2 a.m. outside a bar.", "2 a.m.",
     "2024-05-14T02:00"),
    ("The ministry announced on Monday that a convoy had crossed the border at 7 a.m.",
     "7 a.m.", "2024-05-13T07:00"),
    # the happening's own day
    ("A bus overturned on Monday morning. The driver lost control at 7:45 a.m.", "7:45 a.m.",
     "2024-05-13T07:45"),
    ("A tanker caught fire on Sunday. Crews put out the flames by 3:20 p.m.", "3:20 p.m.",
     "2024-05-12T15:20"),
    # a clock time right after its day
    ("The minister spoke on Tuesday at 3 p.m. about the border.", "3 p.m.",
     "2024-05-14T15:00"),
]


@pytest.mark.parametrize(("text", "expr", "value"), STORY_DAY + NEIGHBOURS)
def test_a_clock_time_is_on_the_day_the_story_told_of(text: str, expr: str,
                                                       value: str) -> None:
    assert _values(text).get(expr) == value, _values(text)
