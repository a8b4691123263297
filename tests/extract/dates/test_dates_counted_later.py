"""Made-up probes (session 41): a count of time standing alone before "later" or "earlier" is
the date that far from the story's time (a TimeML DATE, as the held-out writers resolve it), at
the precision of its unit: the day for days, weeks and (in a clause told in the past) hours;
the month for months; the year for years. Neighbours stay spans of time: a count before "after"
or "before", a vague count of days, a habit, a count with no date to count from, and plain
durations. The article is published on Wednesday 2024-05-15."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.dates.timex import find_timexes

WEDNESDAY = dt.date(2024, 5, 15)


def _found(text: str) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, WEDNESDAY)}


RESOLVED = [
    ("The dam burst on March 3. Rescue teams reached the last village four days later.",
     "four days", "2024-03-07"),
    ("The envoy arrived on April 20. A week later he left for Cairo.", "A week", "2024-04-27"),
    ("The plant was shut on April 2. Inspectors had visited it ten days earlier.", "ten days",
     "2024-03-23"),
    ("The ship sank on Feb. 9, and the captain was detained five days later.", "five days",
     "2024-02-14"),
    ("Voters went to the polls on April 7. Results were announced three weeks later.",
     "three weeks", "2024-04-28"),
    ("Protests began on April 10 and troops fired on the crowd eight days later.", "eight days",
     "2024-04-18"),
    ("Talks opened in Doha on Feb. 26. Three days earlier, the militia had freed two hostages.",
     "Three days", "2024-02-23"),
    ("The jeweller was robbed on Monday, and police arrested a suspect several hours later.",
     "several hours", "2024-05-13"),
    ("A fire broke out at the depot on Sunday. Crews brought it under control six hours later.",
     "six hours", "2024-05-12"),
    ("The factory closed on March 1. Workers occupied it a few hours later.", "a few hours",
     "2024-03-01"),
    ("The rebels took the town in January 2022. Two months later they lost it.", "Two months",
     "2022-03"),
    ("The general resigned on March 20. Two months earlier he had survived an ambush.",
     "Two months", "2024-01"),
    ("Fighting broke out in June 2019; three years later the ceasefire collapsed.",
     "three years", "2022"),
    ("The minister was sacked in October 2021. Two years later, he was elected mayor.",
     "Two years", "2023"),
    # the story's day, not the day of a report
    ("A guard was stabbed late Monday, police said Tuesday. A suspect was detained two days "
     "earlier for a similar attack.", "two days", "2024-05-11"),
]

SPANS = [
    ("The strike ended two days after the deadline on April 3.", "two days", "P2D"),
    ("Every time the shelling stops, it starts again an hour later.", "an hour", "PT1H"),
    ("The bridge fell on May 2. A few days later, the rebels withdrew.", "A few days", "PXD"),
    ("Two days later, the army withdrew from the valley.", "Two days", "P2D"),
    ("The trial on April 3 lasted three weeks.", "three weeks", "P3W"),
    ("The ceasefire of March 8 held for two days.", "two days", "P2D"),
    ("The border reopened on April 2, four weeks before the vote.", "four weeks", "P4W"),
]


@pytest.mark.parametrize(("text", "expr", "value"), RESOLVED)
def test_a_count_before_later_or_earlier_is_a_date(text: str, expr: str, value: str) -> None:
    assert _found(text).get(expr) == ("DATE", value), _found(text)


@pytest.mark.parametrize(("text", "expr", "value"), SPANS)
def test_other_counts_stay_spans_of_time(text: str, expr: str, value: str) -> None:
    assert _found(text).get(expr) == ("DURATION", value), _found(text)
