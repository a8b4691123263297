"""Dates normalised against the publication date."""

from __future__ import annotations

import datetime as dt

from sitrep.context import Context, Sentence
from sitrep.extract import dates
from sitrep.extract.timex import find_timexes
from sitrep.records import Article, Extraction

MONDAY = dt.date(2020, 10, 5)


def _values(text: str, anchor: dt.date | None = MONDAY) -> dict[str, str | None]:
    return {t.text: t.value for t in find_timexes(text, anchor)}


def test_weekday_is_the_publication_day_when_it_is_that_weekday():
    assert _values("condemned Monday's attacks")["Monday"] == "2020-10-05"


def test_weekday_is_the_most_recent_past_one():
    assert _values("killed since Sunday")["Sunday"] == "2020-10-04"
    assert _values("on Friday the army said")["Friday"] == "2020-10-02"


def test_next_weekday_and_future_tense_look_forward():
    assert _values("talks next Friday")["next Friday"] == "2020-10-09"
    assert _values("the minister will travel on Wednesday")["Wednesday"] == "2020-10-07"


def test_month_day_without_year_takes_the_nearest_year():
    assert _values("since the resumption of conflict on September 27")["September 27"] == \
        "2020-09-27"
    assert _values("on Dec. 30", dt.date(2021, 1, 2))["Dec. 30"] == "2020-12-30"


def test_months_years_and_relative_units():
    found = _values("In July this year and in April 2016, in 1994, last week, two days ago.")
    assert found["July this year"] == "2020-07"
    assert found["April 2016"] == "2016-04"
    assert found["1994"] == "1994"
    assert found["last week"] == "2020-W40"
    assert found["two days ago"] == "2020-10-03"


def test_range_of_past_days_ends_at_publication():
    (t,) = find_timexes("in the past three days", MONDAY)
    assert t.range_start == dt.date(2020, 10, 2) and t.range_end == MONDAY
    assert t.value == "P3D"


def test_money_percent_and_may_as_a_verb_are_not_dates():
    assert _values("It cost $2019 and rose 2020 % while they may leave.", MONDAY) == {}


def test_relative_dates_stay_unresolved_without_publication_date():
    (t,) = find_timexes("since Sunday", None)
    assert t.value is None and t.relative and "publication date" in t.unresolved_reason
    (absolute,) = find_timexes("in April 2016", None)
    assert absolute.value == "2016-04"


def _ctx(text: str, published: dt.date | None) -> Context:
    article = Article(text=text, published=published)
    sentence = Sentence(0, 0, len(text), text)
    return Context(article, [sentence], None, Extraction(article=article))  # type: ignore[arg-type]


def test_extract_gives_when_records_with_offsets_precision_and_ranges():
    text = "Fighting since Sunday; in July this year; the past three days; for five years."
    found = dates.extract(_ctx(text, MONDAY))
    by_text = {w.text: w for w in found}
    sunday = by_text["Sunday"]
    assert text[sunday.evidence.start:sunday.evidence.end] == "Sunday"
    assert (sunday.value, sunday.precision, sunday.relative) == ("2020-10-04", "day", True)
    july = by_text["July this year"]
    assert (july.value, july.precision, july.start, july.end) == (
        "2020-07", "month", "2020-07-01", "2020-07-31")
    assert by_text["the past three days"].value == "2020-10-02/2020-10-05"
    assert "five years" not in by_text  # a duration is not a date


def test_extract_without_publication_date_records_the_reason():
    (w,) = dates.extract(_ctx("Clashes since Sunday.", None))
    assert w.value is None and w.unresolved_reason
