"""Made-up probes (session 39): clock times written with a dot ("9.45pm", British style), sets of
every other or every second weekday, and named times of day ("midnight", "dawn",
"mid-afternoon") on the day the sentence or paragraph names, and "N days earlier / later"
counted from the story's day. Each class has neighbours that must keep their reading. The article is published on Thursday 2022-03-17."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.dates.extractor import to_when
from sitrep.extract.dates.timex import find_timexes

THURSDAY = dt.date(2022, 3, 17)


def _found(text: str) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, THURSDAY)}


DOT_CLOCKS = [
    ("The fire started at 9.45pm on Tuesday in a warehouse.", "9.45pm on Tuesday",
     "2022-03-15T21:45"),
    ("Officers were called to the flat at 4.20am on Monday.", "4.20am on Monday",
     "2022-03-14T04:20"),
    ("On Tuesday the crowd gathered. Shortly after 10.30pm, bottles were thrown.", "10.30pm",
     "2022-03-15T22:30"),
    ("On Wednesday a second blast was heard at about 2.15am.", "2.15am", "2022-03-16T02:15"),
    ("On Monday the convoy left at 11.05 a.m. and reached the border.", "11.05 a.m.",
     "2022-03-14T11:05"),
    ("On Sunday the vote closed at 8.00pm in every district.", "8.00pm", "2022-03-13T20:00"),
    ("On Monday the match kicked off at 7.45 pm before a full stadium.", "7.45 pm",
     "2022-03-14T19:45"),
    ("On Tuesday the suspect was arrested at 12.30am outside a bar.", "12.30am",
     "2022-03-15T00:30"),
]


@pytest.mark.parametrize(("text", "expr", "value"), DOT_CLOCKS)
def test_dot_clock_keeps_its_minutes(text: str, expr: str, value: str) -> None:
    found = _found(text)
    assert found.get(expr) == ("TIME", value), found


DOT_NOT_CLOCKS = [
    ("The index fell 2.45 points on Monday.", "2.45"),
    ("Inflation reached 9.45 percent in February.", "9.45"),
    ("The blast measured 4.20 on the scale.", "4.20"),
]


@pytest.mark.parametrize(("text", "number"), DOT_NOT_CLOCKS)
def test_decimal_number_is_no_clock(text: str, number: str) -> None:
    assert not any(number in expr for expr in _found(text)), _found(text)


EVERY_OTHER = [
    ("The council meets every other Tuesday in the town hall.", "every other Tuesday",
     "XXXX-WXX-2"),
    ("Refugees collect rations every second Thursday.", "every second Thursday", "XXXX-WXX-4"),
    ("Patrols cross the river every other Saturday.", "every other Saturday", "XXXX-WXX-6"),
    ("The clinic opens every alternate Monday.", "every alternate Monday", "XXXX-WXX-1"),
    ("Markets are held every other Friday in the square.", "every other Friday",
     "XXXX-WXX-5"),
    ("Lawyers visit the prison every second Wednesday.", "every second Wednesday",
     "XXXX-WXX-3"),
    ("Protesters march every Sunday to the ministry.", "every Sunday", "XXXX-WXX-7"),
    ("Inspectors visit every other day.", "every other day", "P2D"),
]


@pytest.mark.parametrize(("text", "expr", "value"), EVERY_OTHER)
def test_every_other_weekday_is_a_set(text: str, expr: str, value: str) -> None:
    found = _found(text)
    assert found.get(expr) == ("SET", value), found


DAY_PARTS = [
    ("On Tuesday the rebels attacked the camp shortly before dawn.", "dawn", "2022-03-15TMO"),
    ("On Monday the shelling resumed at dawn and lasted for hours.", "dawn", "2022-03-14TMO"),
    ("On Wednesday the market was raided in mid-afternoon.", "mid-afternoon",
     "2022-03-16TAF"),
    ("On Tuesday police sealed the road by midafternoon.", "midafternoon", "2022-03-15TAF"),
    ("On Monday the last buses left by nightfall.", "nightfall", "2022-03-14TEV"),
    ("On Tuesday the curfew began at midnight and the streets emptied.", "midnight",
     "2022-03-15T24:00"),
    ("Looters were seen at dusk on Wednesday.", "dusk on Wednesday", "2022-03-16TEV"),
    ("The raid began at dawn on Monday.", "dawn on Monday", "2022-03-14TMO"),
]


@pytest.mark.parametrize(("text", "expr", "value"), DAY_PARTS)
def test_named_time_of_day_is_on_the_day_named(text: str, expr: str, value: str) -> None:
    found = _found(text)  # a part of the day is a DATE, as "Tuesday morning" is; midnight a TIME
    # a named part of the day is a TIME as a clock reading is (TimeML; session 40)
    assert found.get(expr) == ("TIME", value), found


DAY_PART_NEIGHBOURS = [
    ("The dawn of a new era, the minister said.", "dawn"),
    ("They called it the dawn raid case.", "dawn"),
    ("The midnight deadline passed quietly.", "midnight"),
]


@pytest.mark.parametrize(("text", "word"), DAY_PART_NEIGHBOURS)
def test_figurative_or_modifier_time_of_day_is_no_time(text: str, word: str) -> None:
    found = _found(text)
    assert word not in found, found


BEFORE_DAWN = [
    ("OUAGA, Oct 14 - Gunmen attacked a police post in a village near the border before dawn "
     "on Monday, residents said.", "dawn on Monday", "2025-10-13TMO"),
    ("Soldiers stormed the camp shortly before dawn on Sunday.", "dawn on Sunday",
     "2025-10-12TMO"),
    ("The militia shelled three hamlets near the river valley until nightfall on Saturday.",
     "nightfall on Saturday", "2025-10-11TEV"),
    ("The army will resume the offensive before dawn on Thursday.", "dawn on Thursday",
     "2025-10-16TMO"),
]


@pytest.mark.parametrize(("text", "expr", "value"), BEFORE_DAWN)
def test_before_dawn_on_a_day_is_no_deadline(text: str, expr: str, value: str) -> None:
    found = {t.text: (t.type, t.value) for t in find_timexes(text, dt.date(2025, 10, 14))}
    assert found.get(expr) == ("TIME", value), found


def test_time_of_day_of_the_story_day_named_in_an_earlier_paragraph() -> None:
    text = ("Gunmen killed nine guards on Monday.\n\nOfficials said the killings began before "
            "dawn, when the attackers broke into a wing.")
    found = {t.text: t.value for t in find_timexes(text, THURSDAY)}
    assert found.get("dawn") == "2022-03-14TMO", found


def test_time_of_day_in_an_article_without_a_recent_day_names_no_day() -> None:
    text = ("Gunmen killed nine guards in the prison.\n\nOfficials said the killings began "
            "before dawn, when the attackers broke into a wing.")
    found = {t.text: t.value for t in find_timexes(text, THURSDAY)}
    assert found.get("dawn") == "XXXX-XX-XXTMO", found


COUNTED_FROM_THE_STORY_DAY = [
    ("Rebels shelled the town on Monday.\n\nTwo days earlier, they had cut the road.",
     "Two days", "2022-03-12"),
    ("Rebels shelled the town on Monday. A day later, the army struck back.", "A day",
     "2022-03-15"),
    ("Police raided the house on Tuesday. Three days earlier, a man was shot there.",
     "Three days", "2022-03-12"),
    ("The strike began on Monday. A week earlier, talks had failed.", "A week", "2022-03-07"),
]


@pytest.mark.parametrize(("text", "expr", "day"), COUNTED_FROM_THE_STORY_DAY)
def test_days_earlier_or_later_name_a_day_from_the_story_day(text: str, expr: str,
                                                             day: str) -> None:
    found = {t.text: t for t in find_timexes(text, THURSDAY)}
    assert found[expr].type == "DURATION"  # TimeML: a span of days
    when = to_when(found[expr], 0)
    assert when is not None and (when.kind, when.value) == ("date", day), when


COUNTED_NEIGHBOURS = [
    "Two days earlier, they had cut the road.",  # no day named before: no day
    "Rebels shelled the town on Monday. Two hours later, the army struck back.",  # hours
    "Rebels shelled the town on Monday, two days after talks failed.",  # before an act
]


@pytest.mark.parametrize("text", COUNTED_NEIGHBOURS)
def test_counts_without_a_story_day_or_of_hours_name_no_day(text: str) -> None:
    durations = [t for t in find_timexes(text, THURSDAY) if t.type == "DURATION"]
    assert all(to_when(t, 0) is None or to_when(t, 0).kind == "interval" for t in durations)
