"""Made-up probes (session 41): midnight after "after" or "past" opens a day (TimeML ``T00:00``:
"shortly after midnight on Tuesday" is early Tuesday), where midnight alone ends one
(``T24:00``: "expired at midnight", "closes at midnight"). The article is published on
Wednesday 2024-05-15."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.dates.timex import find_timexes

WEDNESDAY = dt.date(2024, 5, 15)


def _values(text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in find_timexes(text, WEDNESDAY)}


OPENS = [
    ("The fire broke out just after midnight.", "midnight", "2024-05-15T00:00"),
    ("Police found the car shortly after midnight on Tuesday.", "midnight on Tuesday",
     "2024-05-14T00:00"),
    ("Gunmen struck a little after midnight on Sunday.", "midnight on Sunday",
     "2024-05-12T00:00"),
    ("Shelling resumed soon after midnight, residents said.", "midnight", "2024-05-15T00:00"),
    ("The ferry sank on Monday. Rescuers reached it shortly after midnight.", "midnight",
     "2024-05-13T00:00"),
    ("A tremor shook the valley some time after midnight.", "midnight", "2024-05-15T00:00"),
    ("The last bus left well past midnight.", "midnight", "2024-05-15T00:00"),
    ("Troops crossed the river just after midnight on Saturday.", "midnight on Saturday",
     "2024-05-11T00:00"),
    ("The generator failed shortly after midnight on Monday.", "midnight on Monday",
     "2024-05-13T00:00"),
    ("Looting began after midnight, witnesses said.", "midnight", "2024-05-15T00:00"),
]

ENDS = [
    ("The contract expired at midnight.", "midnight", "2024-05-15T24:00"),
    ("Police were called at midnight on Sunday.", "midnight on Sunday", "2024-05-12T24:00"),
    ("The shop closes at midnight.", "midnight", "XXXX-XX-XXT24:00"),
    ("The truce runs until midnight on Friday.", "midnight on Friday", "2024-05-17T24:00"),
]


@pytest.mark.parametrize(("text", "expr", "value"), OPENS + ENDS)
def test_midnight_after_after_opens_the_day(text: str, expr: str, value: str) -> None:
    assert _values(text).get(expr) == value, _values(text)
