"""Made-up probes (session 41): "recent days", "recent weeks" and "recent years" are the past
(TimeML DATE ``PAST_REF``), as the held-out writers and most of TimeBank's gold write them.
Neighbours: "recent months" and "recent quarters" stay spans of unspecified length (TimeBank
writes ``PXM``), and counted spans keep their counts. The article is published on Wednesday
2024-05-15."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.dates.timex import find_timexes

WEDNESDAY = dt.date(2024, 5, 15)


def _found(text: str) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, WEDNESDAY)}


PAST = [
    ("Attacks on clinics have grown in recent years.", "recent years"),
    ("Fighting has intensified in recent days around the dam.", "recent days"),
    ("In recent weeks, militias have seized three villages.", "recent weeks"),
    ("Insurgents have grown bolder in recent weeks.", "recent weeks"),
    ("Recent years have seen a rise in kidnappings.", "Recent years"),
    ("Prices of bread doubled over recent weeks, traders said.", "recent weeks"),
    ("Several journalists were detained during recent days of unrest.", "recent days"),
    ("Border clashes became more frequent in recent years, officials said.", "recent years"),
    ("Water shortages have worsened in recent years across the north.", "recent years"),
    ("Police have made dozens of arrests in recent days.", "recent days"),
]

SPANS = [
    ("Sales have fallen in recent months.", "recent months", ("DURATION", "PXM")),
    ("Margins have narrowed in recent quarters.", "recent quarters", ("DURATION", "PXQ")),
    ("Fighting has raged for the past three years.", "the past three years",
     ("DURATION", "P3Y")),
    ("The clinic closed for two weeks.", "two weeks", ("DURATION", "P2W")),
]


@pytest.mark.parametrize(("text", "expr"), PAST)
def test_recent_days_weeks_and_years_are_the_past(text: str, expr: str) -> None:
    assert _found(text).get(expr) == ("DATE", "PAST_REF"), _found(text)


@pytest.mark.parametrize(("text", "expr", "found"), SPANS)
def test_recent_months_and_counted_spans_stay_spans(text: str, expr: str, found) -> None:
    assert _found(text).get(expr) == found, _found(text)
