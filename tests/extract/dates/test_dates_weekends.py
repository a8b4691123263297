"""Made-up probes (session 40): weekends after every preposition of a period ("since the
weekend", "through the weekend"), a holiday's weekend ("Memorial Day weekend", "the Easter long
weekend": the weekend nearest the holiday), "the holiday weekend", and a headline's bare
"weekend" before a noun ("after weekend raids"). Values are ISO weekends (``2024-W19-WE``).
Neighbours: a weekend as a length or a set keeps that reading. Published Wednesday 2024-05-15."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.dates.extractor import to_when
from sitrep.extract.dates.timex import find_timexes

WEDNESDAY = dt.date(2024, 5, 15)


def _found(text: str) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, WEDNESDAY)}


WEEKENDS = [
    ("Four ministers have quit since the weekend.", "since the weekend", "2024-W19-WE"),
    ("Shelling went on through the weekend in the north.", "through the weekend",
     "2024-W19-WE"),
    ("Looting spread throughout the weekend, residents said.", "throughout the weekend",
     "2024-W19-WE"),
    ("Floodwaters rose across the weekend in the delta.", "across the weekend",
     "2024-W19-WE"),
    ("Road deaths climbed over the holiday weekend.", "over the holiday weekend",
     "2024-W19-WE"),
    ("Traffic police were busy during the long weekend.", "during the long weekend",
     "2024-W19-WE"),
    ("Dozens flee border villages after weekend shelling", "weekend", "2024-W19-WE"),
    ("Markets reopen after weekend of rioting", "weekend", "2024-W19-WE"),
    ("Calm returns to the capital following weekend clashes", "weekend", "2024-W19-WE"),
    # a holiday's weekend: the Saturday and Sunday nearest the holiday
    ("Police set up checkpoints over Memorial Day weekend last year.", "Memorial Day weekend",
     "2023-W21-WE"),
    ("Burglaries rose over Thanksgiving weekend last year.", "Thanksgiving weekend",
     "2023-W47-WE"),
    ("Crowds packed the beaches over the Easter long weekend.", "Easter long weekend",
     "2024-W13-WE"),
    ("Two drownings were reported over Labor Day weekend.", "Labor Day weekend",
     "2023-W35-WE"),
]


@pytest.mark.parametrize(("text", "expr", "value"), WEEKENDS)
def test_a_weekend_after_any_preposition_or_a_holiday_is_that_weekend(
        text: str, expr: str, value: str) -> None:
    assert _found(text).get(expr) == ("DATE", value), _found(text)


NEIGHBOURS = [
    ("Two bombs exploded over the weekend.", "over the weekend", ("DATE", "2024-W19-WE")),
    ("The strikers will march next weekend.", "next weekend", ("DATE", "2024-W21-WE")),
    ("The museum is open on weekends.", "weekends", ("SET", "XXXX-WXX-WE")),
    ("Checkpoints are manned every weekend.", "every weekend", ("SET", "XXXX-WXX-WE")),
    ("Police stepped up patrols over Easter week.", "Easter week", ("DATE", "2024-W13")),
    ("The mayor spent a weekend in the mountains.", "a weekend", ("DURATION", "P1WE")),
    ("Thanksgiving was quiet in the capital.", "Thanksgiving", ("DATE", "2023-11-23")),
]


@pytest.mark.parametrize(("text", "expr", "typed"), NEIGHBOURS)
def test_neighbours_of_weekends_keep_their_reading(text: str, expr: str,
                                                   typed: tuple[str, str]) -> None:
    assert _found(text).get(expr) == typed, _found(text)


def test_no_weekend_without_a_preposition_before_a_bare_weekend() -> None:
    assert "weekend" not in _found("Weekend traffic was light, the agency said.")


def test_a_weekend_dates_an_event_by_its_week() -> None:
    (timex,) = find_timexes("Four ministers have quit since the weekend.", WEDNESDAY)
    when = to_when(timex, 0)
    assert when is not None and (when.value, when.precision) == ("2024-W19-WE", "week")
