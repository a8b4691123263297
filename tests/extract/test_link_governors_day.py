"""An act told in a relative clause or in a clause or phrase of sequence ("after he shot a
woman") does not take the day of the clause that governs it: "Police arrested a man Thursday
who they say shot a clerk" dates the arrest, not the shooting, which the text leaves undated
(the guidelines: the happening's date, null when it cannot be resolved;
``lent_dates.governed_clause``). Neighbours: a clause of the same time ("when gunmen
opened fire", a participle), a date inside the act's own clause, a count from the named day
("died Sunday, two days after he was shot"; written before the day: "13 days after the
bombings, troops on Thursday launched strikes", ``counted_dates.counted_back``), a month or a year, a period both acts may lie in
("fled last May before police arrested him"). Made-up sentences (published on Thursday
2016-04-28), real model."""

from __future__ import annotations

import pytest

from sitrep.pipeline import process_text

PUBLISHED = "2016-04-28"

UNDATED = [
    ("Police arrested a man Thursday who they say shot a clerk.", "ASSAULT", "2016-04-28"),
    ("Officers arrested a woman on Monday who stabbed her neighbor.", "ASSAULT", "2016-04-25"),
    ("A man was charged Tuesday after he shot a cashier.", "ASSAULT", "2016-04-26"),
    ("Deputies detained a teenager on Wednesday who had attacked a bus driver.", "ASSAULT",
     "2016-04-27"),
    ("A woman was arrested Monday after she stabbed her roommate.", "ASSAULT", "2016-04-25"),
    ("Troops captured a militant on Sunday who had ambushed a patrol.", "ASSAULT",
     "2016-04-24"),
    ("A man was sentenced Friday, months after he shot a pharmacist.", "ASSAULT",
     "2016-04-22"),
    ("The guard was fired Tuesday after he beat an inmate.", "ASSAULT", "2016-04-26"),
]
SAME_DAY = [
    ("A man was shot Saturday when gunmen opened fire on a bar.", "opened fire", "2016-04-23"),
    ("Gunmen opened fire on a bus Sunday, killing three people.", "opened fire", "2016-04-24"),
    ("A man who was shot Saturday died Monday.", "shot", "2016-04-23"),
    ("A man was charged Monday after he shot a woman Saturday.", "shot", "2016-04-23"),
    ("The boy died Sunday, two days after he was shot.", "shot", "2016-04-22"),
    ("Police arrested a man Thursday who they say shot a clerk.", "arrested", "2016-04-28"),
    ("A man was charged Tuesday after he shot a cashier.", "charged", "2016-04-26"),
    ("The suspect fled last May before police arrested him.", "arrested", "2015-05"),
    ("The rebels withdrew in 2014 after troops shelled the town.", "shelled", "2014"),
    ("A guard who was shot while he was off duty Tuesday night remained in the hospital on "
     "Wednesday morning.", "shot", "2016-04-26"),
]
COUNTED = [
    ("Retaliating 13 days after the embassy bombings, troops on Thursday launched strikes on "
     "camps.", "bombings", "2016-04-15"),
    ("Troops on Saturday shelled the village, two weeks after rebels ambushed a convoy.",
     "ambushed", "2016-04-09"),
    ("Police on Friday arrested a man, a week after he stabbed a guard.", "stabbed",
     "2016-04-15"),
]
CLOCK_ONLY = [  # a clock time names no day to count from
    "A neighbour saw the van near the depot at 7 a.m. ten days before the shooting.",
]


@pytest.mark.parametrize(("text", "plover", "day"), UNDATED, ids=[t[:50] for t, _, _ in UNDATED])
def test_an_act_of_a_governed_clause_does_not_take_the_governors_day(text, plover, day) -> None:
    events = [e for e in process_text(text, PUBLISHED).events if e.plover_type == plover]
    assert events, text
    assert all(e.when is None or e.when.value != day for e in events)


@pytest.mark.parametrize(("text", "trigger", "day"), SAME_DAY, ids=[t[:50] for t, _, _ in SAME_DAY])
def test_a_clause_of_the_same_time_or_its_own_date_still_dates_it(text, trigger, day) -> None:
    events = [e for e in process_text(text, PUBLISHED).events if e.trigger.text == trigger]
    assert events, text
    assert events[0].when is not None and events[0].when.value == day


@pytest.mark.parametrize(("text", "trigger", "day"), COUNTED, ids=[t[:50] for t, _, _ in COUNTED])
def test_a_count_on_the_clause_of_sequence_moves_the_governors_day(text, trigger, day) -> None:
    events = [e for e in process_text(text, PUBLISHED).events if e.trigger.text == trigger]
    assert events, text
    assert events[0].when is not None and events[0].when.value == day


@pytest.mark.parametrize("text", CLOCK_ONLY)
def test_a_clock_time_without_a_day_is_not_counted_from(text) -> None:
    events = [e for e in process_text(text, PUBLISHED).events if e.trigger.text == "shooting"]
    assert events, text
    assert events[0].when is None or events[0].when.value <= PUBLISHED
