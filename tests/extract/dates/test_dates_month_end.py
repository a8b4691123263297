"""Made-up probes (session 41): "the end of the month" and "month's end" are a month (TimeML
``2024-05``), as "the end of the year" is a year: the publication's month for a coming or
present act, the month before for one told as past before the month's last days. Neighbours:
"the end of next month", "the end of the year" and "the end of the week" keep their values.
The article is published on Wednesday 2024-05-15."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.dates.timex import find_timexes

WEDNESDAY = dt.date(2024, 5, 15)


def _values(text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in find_timexes(text, WEDNESDAY)}


MONTH_END = [
    ("The envoys hope to sign a protocol by the end of the month.", "the end of the month",
     "2024-05"),
    ("Troops are due to leave before the end of the month.", "the end of the month",
     "2024-05"),
    ("The ministry will publish the figures at the end of the month.", "the end of the month",
     "2024-05"),
    ("Residents have until the end of the month to register.", "the end of the month",
     "2024-05"),
    ("Talks are expected to resume towards the end of the month.", "the end of the month",
     "2024-05"),
    ("Payments resume at month's end.", "month's end", "2024-05"),
    ("The ceasefire is set to expire at the end of the month.", "the end of the month",
     "2024-05"),
    ("The old contract expired at the end of the month, the union said.",
     "the end of the month", "2024-04"),
    ("Fighting intensified at the end of the month, residents said.", "the end of the month",
     "2024-04"),
    ("The last convoy left at month's end.", "month's end", "2024-04"),
]

NEIGHBOURS = [
    ("The mill will close at the end of next month.", "the end of next month", "2024-06"),
    ("The deal expires at the end of the year.", "the end of the year", "2024"),
    ("The month ended quietly in the capital.", "month", None),
]


@pytest.mark.parametrize(("text", "expr", "value"), MONTH_END + NEIGHBOURS)
def test_the_end_of_the_month_is_a_month(text: str, expr: str, value: str | None) -> None:
    assert _values(text).get(expr) == value, _values(text)
