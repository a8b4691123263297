"""Made-up probes (not copied from any data set): "shooting suspect Mark Dale surrendered
Thursday" names a person by the act they are suspected of; Thursday is the surrender's day, not
the shooting's. The shooting takes the day the story tells for it ("at 2 a.m. on Tuesday, shots
were fired"), and the suspect's mention makes no second shooting on the day of the arrest. Near
neighbours keep their day: a shooting told with its own day ("a man was shot on Thursday. The
shooting suspect fled"), an arrest "in a shooting that wounded a woman on Tuesday", a story
that names no other day. Published on Friday 2016-01-22. Each gives the days of its ASSAULT
incidents."""

from __future__ import annotations

import datetime as dt

import pytest

from samples import assault_incidents

PUBLISHED = dt.date(2016, 1, 22)

THE_ACT_OF_THE_SUSPECT = [
    ("DAYTON — Officials say shooting suspect John Hardy surrendered to police late Thursday "
     "night, January 21st. Officials say at 2 a.m. on Wednesday, January 20th, shots were fired "
     "from a home. No one was hurt.", ["2016-01-20"]),
    ("TOLEDO — Police say shooting suspect Mark Dale turned himself in late Thursday. Officers "
     "say at 1 a.m. on Tuesday, shots were fired at a house on Elm Street.", ["2016-01-19"]),
    ("FRESNO — Police say shooting suspect Bo Lind was arrested on Thursday. At 3 a.m. on "
     "Tuesday, January 19th, a man was wounded outside a bar.", ["2016-01-19"]),
    ("DAYTON — Shooting suspect Al Hart surrendered on Thursday, a day after shots hit a car on "
     "Elm Street.", ["2016-01-20"]),
    ("AKRON — Shooting suspect Tom Reyes was arrested Thursday afternoon. Police said shots were "
     "fired at a car on Monday, January 18th.", ["2016-01-18"]),
    ("ERIE — Officials say shooting suspect Dan Moss was captured on Thursday. At 11 p.m. on "
     "Sunday, January 17th, a man was shot outside a bar.", ["2016-01-17"]),
    ("GARY — Shooting suspect Lee Moss turned himself in on Thursday morning. A woman was shot "
     "and wounded on Tuesday evening near a park.", ["2016-01-19"]),
    ("TULSA — Officials say shooting suspect Sam Ortiz was caught late Thursday. Shortly after "
     "midnight on Tuesday, a man was shot on Main Street.", ["2016-01-19"]),
    ("AKRON — Shooting suspect Ben Lind surrendered Thursday, a day after a man was shot at a "
     "gas station.", ["2016-01-20"]),
    ("ERIE — Police say shooting suspect Al Hart was arrested on Thursday. On Saturday, January "
     "16th, a man was wounded by gunfire at a party.", ["2016-01-16"]),
    ("GARY — Police say a man was shot on Thursday. Officers arrested the shooting suspect on "
     "Friday.", ["2016-01-21"]),
]
DAYS_KEPT = [
    ("DAYTON — Police say a man was shot on Thursday. The shooting suspect fled in a car.",
     ["2016-01-21"]),
    ("DAYTON — A man was shot and wounded on Thursday. Police said the shooting happened near a "
     "school.", ["2016-01-21"]),
    ("DAYTON — Police arrested a man on Thursday in a shooting that wounded a woman on Tuesday.",
     ["2016-01-19"]),
    ("TOLEDO — A man was shot in Toledo on Thursday, and police later arrested a shooting "
     "suspect.", ["2016-01-21"]),
    ("MACON — The sheriff said shooting suspect Jon Roe was jailed on Thursday. At about 9 p.m. "
     "on Monday, a teenager was shot in the leg.", ["2016-01-18"]),
    ("MOBILE — Shooting suspect Ray Cole surrendered to deputies on Thursday, two days after "
     "shots hit a store.", ["2016-01-19"]),
    ("TULSA — Officials say homicide suspect Sam Ortiz was caught late Thursday. A woman was "
     "killed at her home on Monday night.", ["2016-01-18"]),
]


def _days(pipeline, tmp_path, text: str) -> list[str | None]:
    found = assault_incidents(pipeline, str(tmp_path / "probe.db"), text, PUBLISHED,
                              "http://local.example/news/shooting")
    return sorted(i["date_first"] for i in found)


@pytest.mark.parametrize(("text", "days"), THE_ACT_OF_THE_SUSPECT,
                         ids=[t[:50] for t, _ in THE_ACT_OF_THE_SUSPECT])
def test_a_suspect_named_by_the_shooting_dates_the_arrest_not_the_shooting(pipeline, tmp_path,
                                                                          text, days):
    assert _days(pipeline, tmp_path, text) == days


@pytest.mark.parametrize(("text", "days"), DAYS_KEPT, ids=[t[:50] for t, _ in DAYS_KEPT])
def test_a_shooting_told_with_its_own_day_keeps_it(pipeline, tmp_path, text, days):
    assert _days(pipeline, tmp_path, text) == days
