"""Made-up probes (session 40): "late" or "early" before a day name its night or its morning
("late Tuesday" ``TNI``, "early on Monday" ``TMO``, as TimeML writers tag them), and a value that
names a part of a day is a TIME, not a DATE ("Friday night", "at dawn", "this evening"). Each class
has neighbours that must keep their reading. The article is published on Wednesday 2024-05-15."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.dates.extractor import to_when
from sitrep.extract.dates.timex import find_timexes

WEDNESDAY = dt.date(2024, 5, 15)


def _found(text: str) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, WEDNESDAY)}


DAY_EDGES = [
    ("Militiamen torched the depot late Monday.", "late Monday", "2024-05-13TNI"),
    ("The ferry capsized early Tuesday near the delta.", "early Tuesday", "2024-05-14TMO"),
    ("Late Sunday, the strikers left the refinery.", "Late Sunday", "2024-05-12TNI"),
    ("Early Saturday, drones circled the port.", "Early Saturday", "2024-05-11TMO"),
    ("The senate passed the bill late on Friday.", "late on Friday", "2024-05-10TNI"),
    ("A tremor shook the valley early on Monday.", "early on Monday", "2024-05-13TMO"),
    ("The envoys will sign the accord late Thursday.", "late Thursday", "2024-05-16TNI"),
    ("Polls will open early Friday in the capital.", "early Friday", "2024-05-17TMO"),
    ("Prisoners rioted in the wing late Tuesday, a warden said.", "late Tuesday",
     "2024-05-14TNI"),
    ("The court freed the reporter early Tuesday after a night in a cell.", "early Tuesday",
     "2024-05-14TMO"),
    ("Hackers took the ministry's site offline late Saturday.", "late Saturday",
     "2024-05-11TNI"),
    ("Firefighters contained the blaze early on Sunday.", "early on Sunday", "2024-05-12TMO"),
]


@pytest.mark.parametrize(("text", "expr", "value"), DAY_EDGES)
def test_late_or_early_before_a_day_names_its_night_or_morning(text: str, expr: str,
                                                               value: str) -> None:
    assert _found(text).get(expr) == ("TIME", value), _found(text)


EDGE_NEIGHBOURS = [
    # a delay, not the night: "late" after a form of "be"
    ("The shipment was late on Monday, the importer said.", "Monday", ("DATE", "2024-05-13")),
    ("The trains were late on Tuesday because of the strike.", "Tuesday",
     ("DATE", "2024-05-14")),
    # a part named after the day wins
    ("Looting began late Monday afternoon.", "late Monday afternoon",
     ("TIME", "2024-05-13TAF")),
    ("The column moved early Sunday evening.", "early Sunday evening",
     ("TIME", "2024-05-12TEV")),
    # the middle of a day, and edges of longer periods, keep the period's value
    ("Mid-Tuesday the barrage stopped.", "Mid-Tuesday", ("DATE", "2024-05-14")),
    ("Talks collapsed late last month.", "late last month", ("DATE", "2024-04")),
    ("Aid will arrive early next week.", "early next week", ("DATE", "2024-W21")),
    ("Prices climbed in late March.", "late March", ("DATE", "2024-03")),
    # a bare day stays a day
    ("Gunmen robbed the bank on Monday.", "Monday", ("DATE", "2024-05-13")),
]


@pytest.mark.parametrize(("text", "expr", "typed"), EDGE_NEIGHBOURS)
def test_neighbours_of_day_edges_keep_their_reading(text: str, expr: str,
                                                    typed: tuple[str, str]) -> None:
    assert _found(text).get(expr) == typed, _found(text)


PARTS_OF_DAYS = [
    ("Rebels shelled the camp on Friday night.", "Friday night", "2024-05-10TNI"),
    ("The minister arrived on Monday morning.", "Monday morning", "2024-05-13TMO"),
    ("Crowds gathered yesterday afternoon outside the court.", "yesterday afternoon",
     "2024-05-14TAF"),
    ("The envoy flies to Oslo this evening.", "this evening", "2024-05-15TEV"),
    ("Troops will cross the bridge tonight.", "tonight", "2024-05-15TNI"),
    ("A bomb went off last night near the stadium.", "last night", "2024-05-14TNI"),
    ("On Tuesday the patrol set out at dawn.", "dawn", "2024-05-14TMO"),
    ("The siege ended at dusk on Sunday.", "dusk on Sunday", "2024-05-12TEV"),
    ("On Monday the talks stalled. The next morning, both sides walked out.",
     "The next morning", "2024-05-14TMO"),
    ("Voters queued on Saturday evening in the rain.", "Saturday evening", "2024-05-11TEV"),
]


@pytest.mark.parametrize(("text", "expr", "value"), PARTS_OF_DAYS)
def test_a_part_of_a_day_is_a_time(text: str, expr: str, value: str) -> None:
    assert _found(text).get(expr) == ("TIME", value), _found(text)


PART_NEIGHBOURS = [
    ("Guards patrol the fence every night.", "every night", ("SET", "XXXX-XX-XXTNI")),
    ("The curfew is enforced nightly.", "nightly", ("SET", "XXXX-XX-XXTNI")),
    ("The envoy flew to Oslo on Friday.", "Friday", ("DATE", "2024-05-10")),
    ("The blast came at 9 p.m. on Monday.", "9 p.m. on Monday", ("TIME", "2024-05-13T21:00")),
]


@pytest.mark.parametrize(("text", "expr", "typed"), PART_NEIGHBOURS)
def test_neighbours_of_parts_of_days_keep_their_type(text: str, expr: str,
                                                     typed: tuple[str, str]) -> None:
    assert _found(text).get(expr) == typed, _found(text)


def test_a_night_dates_an_event_by_its_day() -> None:
    """The event date of "late Monday" is that Monday (a date, not a clock time)."""
    (timex,) = find_timexes("Militiamen torched the depot late Monday.", WEDNESDAY)
    when = to_when(timex, 0)
    assert when is not None and (when.value, when.precision, when.kind) == (
        "2024-05-13", "day", "date")
