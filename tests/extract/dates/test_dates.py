"""Dates normalised against the publication date."""

from __future__ import annotations

import datetime as dt

from sitrep.extract import dates
from sitrep.extract.context import Context, Sentence
from sitrep.extract.dates.timex import find_timexes
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


def _one(text: str, anchor: dt.date | None) -> tuple[str | None, str]:
    found = find_timexes(text, anchor)
    assert found, f"no expression in {text!r}"
    return found[0].value, found[0].type


def test_weekday_in_a_future_clause_is_the_next_one():
    thu = dt.date(1989, 10, 26)  # a Thursday
    assert _values("The stock is to resume trading in Paris Tuesday.", thu)["Tuesday"] == \
        "1989-10-31"
    assert _values("Officials postponed until Tuesday any action.", thu)["Tuesday"] == \
        "1989-10-31"
    assert _values("Protesters planned a large demonstration on Saturday.", thu)[
        "Saturday"] == "1989-10-28"


def test_weekday_with_a_past_verb_or_possessive_is_the_previous_one():
    thu = dt.date(1989, 10, 26)
    assert _values("The company said Tuesday it will cut jobs.", thu)["Tuesday"] == "1989-10-24"
    assert _values("They will appeal Tuesday's ruling.", thu)["Tuesday"] == "1989-10-24"
    assert _values("The offer had been due to expire Friday evening.", dt.date(1989, 10, 30))[
        "Friday evening"] == "1989-10-27TEV"


def test_last_weekday_on_that_weekday_is_a_week_before():
    assert _values("Orkem said last Wednesday that", dt.date(1989, 11, 1))["last Wednesday"] == \
        "1989-10-25"


def test_month_and_day_without_year_follow_the_tense():
    may99 = dt.date(1999, 5, 5)
    assert _values("He was shot to death on Oct. 23 at home.", may99)["Oct. 23"] == "1998-10-23"
    nov89 = dt.date(1989, 11, 2)
    assert _values("The dividend is payable Dec. 15 to holders.", nov89)["Dec. 15"] == \
        "1989-12-15"
    assert _values("The bid was extended to Nov. 20.", nov89)["Nov. 20"] == "1989-11-20"
    assert _values("Revenue for the year ended March 31 rose.", nov89)["March 31"] == \
        "1989-03-31"


def test_month_name_without_year_follows_the_tense():
    mar98 = dt.date(1998, 3, 4)
    assert _values("He will command a shuttle mission in December.", mar98)["December"] == \
        "1998-12"
    assert _values("Prices fell sharply in December.", mar98)["December"] == "1997-12"
    assert _values("With the election due this September, unemployment rose.", mar98)[
        "this September"] == "1998-09"


def test_durations_get_timeml_values():
    assert _one("a stay of 2 1/2 years", MONDAY) == ("P2Y6M", "DURATION")
    assert _one("for five hours", MONDAY) == ("PT5H", "DURATION")
    assert _one("Three days later, the index fell.", MONDAY) == ("P3D", "DURATION")
    assert _one("for a couple of years", MONDAY) == ("P2Y", "DURATION")


def test_sets_references_and_spoken_years():
    assert _one("flights each July", MONDAY) == ("XXXX-07", "SET")
    assert _one("trains run daily", MONDAY) == ("P1D", "SET")
    # the held-out writers (s37-s40) and most of TimeBank: the past (session 41; it was PXY)
    assert _one("attacks in recent years", MONDAY) == ("PAST_REF", "DATE")
    assert _one("talks will soon resume", MONDAY)[0] == "FUTURE_REF"
    assert _one("in the near future", MONDAY)[0] == "FUTURE_REF"
    assert _one("he is now in Paris", MONDAY)[0] == "PRESENT_REF"
    assert _one("January nineteen ninety-seven", MONDAY)[0] == "1997-01"
    assert _one("by the year two thousand", MONDAY)[0] == "2000"
    assert _one("crime fell through the nineties", MONDAY)[0] == "199"


def test_holidays_resolve_to_their_date():
    assert _one("He was found Thanksgiving Day at sea.", dt.date(2000, 1, 7))[0] == "1999-11-25"
    assert _one("as Easter week began", dt.date(2000, 4, 17))[0] == "2000-W16"


def test_clock_times_take_the_day_named_with_them():
    wed = dt.date(2000, 4, 5)
    assert _one("The father will leave at 4 a.m. EDT Thursday.", wed) == (
        "2000-04-06T04:00", "TIME")
    assert _one("In an editorial on Saturday, April 25:", dt.date(1998, 4, 24))[0] == \
        "1998-04-25"


def test_ages_rates_names_and_verbs_are_not_dates():
    anchor = dt.date(1999, 3, 12)
    text = ("A 6-year-old boy, 52 years old, earned $1.76 a year. Foreign Minister Jan Kavan "
            "said the plan would fall apart, as previously reported, in future talks.")
    assert find_timexes(text, anchor) == []


def test_that_year_refers_to_the_year_named_before():
    found = _values("He fled in June 1998 and returned later that year.", dt.date(2000, 1, 28))
    assert found["later that year"] == "1998"


def test_a_year_earlier_in_an_earnings_report_is_the_same_quarter():
    found = _values("Third-quarter profit rose 5%. A year earlier, it fell.", dt.date(1989, 11, 2))
    assert found["A year earlier"] == "1988-Q3"


def test_extract_marks_intervals_and_times():
    text = "Shelling at 10 a.m. Monday followed clashes over the past three days."
    by_text = {w.text: w for w in dates.extract(_ctx(text, MONDAY))}
    clock = by_text["10 a.m. Monday"]
    assert (clock.value, clock.kind, clock.precision) == ("2020-10-05", "time", "day")
    assert by_text["the past three days"].kind == "interval"


def test_timebank_aquaint_value_f1_stays_above_target():
    from conftest import shared_path
    from sitrep.evaluate.timex import evaluate_timex

    metrics = evaluate_timex([shared_path("time", "tbaq")])["metrics"]
    assert metrics["value_f1"] >= 0.80 and metrics["span_f1"] >= 0.92


def test_without_publication_date_absolute_composites_resolve_and_relative_ones_do_not():
    found = {t.text: t for t in find_timexes(
        "At 5 p.m. EST Nov. 9, 1989, the 1988 third quarter, Easter week 2000, noon Friday "
        "and Monday, Oct. 26.", None)}
    assert found["5 p.m. EST Nov. 9, 1989"].value == "1989-11-09T17:00"
    assert found["the 1988 third quarter"].value == "1988-Q3"
    assert found["Easter week 2000"].value == "2000-W16"
    for text in ("noon Friday", "Monday, Oct. 26"):
        assert found[text].value is None and found[text].unresolved_reason


def test_the_period_is_a_quarter_only_in_earnings_news():
    anchor = dt.date(2020, 1, 15)
    assert find_timexes("Eradication peaks during the period leading up to the photos.",
                        anchor) == []
    found = _values("In the third quarter sales rose; the period was good.", anchor)
    assert found["the period"] == "2019-Q3"


def test_twice_a_year_is_a_set_and_a_price_per_week_is_not_a_duration():
    anchor = dt.date(2020, 1, 15)
    assert _one("we were charged twice a year", anchor) == ("P1Y", "SET")
    assert find_timexes("they pay 80,000 pesos (about $40) a week", anchor) == []


def test_gated_scan_finds_exactly_what_a_full_scan_finds() -> None:
    import itertools
    import json

    from conftest import SHARED
    from sitrep.extract.dates import gates as timex_gates
    from sitrep.extract.dates import timex

    texts = [
        "At 10:30 a.m. local time on Monday, October 5, 2020, two days ago, shelling resumed. "
        "In the first quarter of fiscal 2019 and during the 1990s, since last week, over the "
        "weekend of Christmas 2018, three years later, every Sunday, the year-end results. "
        "İstanbul police said on Tuesday that some 40 people had been held for the past month.",
        "No dates here at all, only words.",
    ]
    path = SHARED / "bench" / "news-mix.jsonl"
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in itertools.islice(fh, 0, 2046, 40)]
    for text in texts:
        for kind, pattern in timex.PATTERNS:
            full = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in timex_gates.scan(kind, pattern, text)] == full, kind


def test_tight_gates_find_what_a_full_scan_finds_at_their_edges() -> None:
    """The narrow gates (a capitalised month, the year of "my", a word start for "ref") and the
    narrow windows of ``gates.MARGINS`` on the longest expressions of their kinds, and on the
    lower-case words the wide gates also stopped at."""
    from sitrep.extract.dates import gates as timex_gates
    from sitrep.extract.dates import timex

    filler = "The convoy moved on through the hills while officials met. " * 4
    texts = [
        "You may know that snow fell in the pastor's village; we decided to wait. "
        "The ministry said in MAY 2019 and in the beginning of September, 2019 that it would "
        "act in the foreseeable future, and nowadays, currently, at the moment, these days.",
        f"{filler}Fighting went on for more than twenty-five consecutive years and a half, "
        f"then between 3 and 4 weeks, then seventy-seven days later. {filler}",
        f"{filler}It took weeks of talks; it will be months before the road reopens; years "
        f"of war passed. The past thirty-five years, the next several months. {filler}",
        f"{filler}In early Dec. 2020, on Jan. 5, since mid-March and last May, the 5th of "
        f"June 2021, Sept. 11 of last year, in nineteen ninety-nine and two thousand and ten. "
        f"{filler}",
        "now " * 50 + "the long-running-and-very-hyphenated-word years now " + "now " * 10,
        f"{filler}It rose earlier the beginning of the previous weekend and a half, then later "
        f"the following afternoon, the day before, the night after Easter, later in the day. "
        f"{filler}During the year and for the year, the current fiscal year, the latest fiscal "
        f"year, the year ending June, earlier in the year, at the end of the year, by year's "
        f"end, the end of the month and month's end; later the same quarter. {filler}",
        f"{filler}By the beginning of September 30th, 2020, the 30th of September, 2020, the "
        f"middle of December of this year, mid- December, next Dec. 5, early 1990s, the "
        f"1998-99 season and 2019\u20132020, not $2019 or 2,019. {filler}",
        "march on, may we, jan and dec: lower-case words that are no months " * 5,
    ]
    for text in texts:
        for kind, pattern in timex.PATTERNS:
            full = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in timex_gates.scan(kind, pattern, text)] == full, kind
