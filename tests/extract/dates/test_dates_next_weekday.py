"""Made-up probes (session 41): "next Thursday" written on a Wednesday is not tomorrow (the
writer would say "Thursday" or "tomorrow") but the Thursday of the following week, as the
held-out writers read it. Neighbours: a bare weekday, "tomorrow", and "next" before a weekday
two or more days ahead keep their day."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.dates.timex import find_timexes

MON, TUE, WED = dt.date(2024, 5, 13), dt.date(2024, 5, 14), dt.date(2024, 5, 15)
THU, FRI, SAT, SUN = dt.date(2024, 5, 16), dt.date(2024, 5, 17), dt.date(2024, 5, 18), \
    dt.date(2024, 5, 19)


def _values(text: str, published: dt.date) -> dict[str, str | None]:
    return {t.text: t.value for t in find_timexes(text, published)}


NOT_TOMORROW = [
    ("The court will rule next Thursday.", WED, "next Thursday", "2024-05-23"),
    ("Talks resume next Thursday in Oslo.", WED, "next Thursday", "2024-05-23"),
    ("The union said it would strike next Thursday.", WED, "next Thursday", "2024-05-23"),
    ("The mayor is expected to sign the order next Thursday.", WED, "next Thursday",
     "2024-05-23"),
    ("The board will vote next Wednesday.", TUE, "next Wednesday", "2024-05-22"),
    ("Schools reopen next Monday, the ministry said.", SUN, "next Monday", "2024-05-27"),
    ("The verdict is due next Saturday.", FRI, "next Saturday", "2024-05-25"),
    ("Voters go to the polls next Sunday.", SAT, "next Sunday", "2024-05-26"),
    ("The envoy returns next Tuesday.", MON, "next Tuesday", "2024-05-21"),
    ("The hearing was moved to next Friday.", THU, "next Friday", "2024-05-24"),
    ("Next Friday, the council will vote on the budget.", THU, "Next Friday", "2024-05-24"),
    ("Rebels promised to free the hostages by next Friday.", THU, "next Friday",
     "2024-05-24"),
]

NEIGHBOURS = [
    ("The court will rule on Thursday.", WED, "Thursday", "2024-05-16"),
    ("The court will rule tomorrow.", WED, "tomorrow", "2024-05-16"),
    ("The court will rule next Friday.", WED, "next Friday", "2024-05-17"),
    ("The court will rule next Wednesday.", WED, "next Wednesday", "2024-05-22"),
    ("The board will vote next Saturday.", TUE, "next Saturday", "2024-05-18"),
    ("The envoy returns on Tuesday.", MON, "Tuesday", "2024-05-14"),
]


@pytest.mark.parametrize(("text", "published", "expr", "value"), NOT_TOMORROW + NEIGHBOURS)
def test_next_weekday_is_never_tomorrow(text: str, published: dt.date, expr: str,
                                        value: str) -> None:
    assert _values(text, published).get(expr) == value, _values(text, published)
