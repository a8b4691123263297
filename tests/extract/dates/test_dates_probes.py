"""Made-up probe sentences for the error classes of issue 19 (dates on unseen news): bare
months and weekdays anchored by the clause's tense and the nearest date, the time of day kept,
durations without a number, sets, relative references, ranges and durations used as measures.
Every sentence was written for these tests; the anchor (publication date) is a Monday."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.dates.timex import find_timexes

MONDAY = dt.date(2020, 10, 5)
JAN3 = dt.date(2021, 1, 3)


def _value(text: str, expr: str, anchor: dt.date = MONDAY) -> str | None:
    found = {t.text: t.value for t in find_timexes(text, anchor)}
    assert expr in found, (expr, found)
    return found[expr]


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("The talks will resume in March.", "March", "2021-03"),
    ("Elections are held in November under the new law.", "November", "2020-11"),
    ("The bridge collapsed in March.", "March", "2020-03"),
    ("He was arrested in August by border guards.", "August", "2020-08"),
    ("The strike began in January.", "January", "2020-01"),
    ("A vote is planned for November.", "November", "2020-11"),
    ("The hearing is scheduled for Jan. 12.", "Jan. 12", "2021-01-12"),
    ("The dam burst on Sept. 30, flooding two villages.", "Sept. 30", "2020-09-30"),
    ("The permit had been due to expire on Oct. 9.", "Oct. 9", "2020-10-09"),
    ("The offer had been set to lapse Oct. 8 before it was extended.", "Oct. 8", "2020-10-08"),
    ("The reporter was killed on Nov. 2 near the border.", "Nov. 2", "2019-11-02"),
    ("The museum reopens on Oct. 12 after repairs.", "Oct. 12", "2020-10-12"),
    ("Fighting erupted on Oct. 1 along the river.", "Oct. 1", "2020-10-01"),
    ("The record price set on Aug. 6 still stands.", "Aug. 6", "2020-08-06"),
    ("Rebels attacked the depot on Saturday.", "Saturday", "2020-10-03"),
    ("The envoy will visit the camp on Thursday.", "Thursday", "2020-10-08"),
    ("The court is expected to rule on Friday.", "Friday", "2020-10-09"),
    ("Police said on Sunday that six people had been detained.", "Sunday", "2020-10-04"),
    ("The blast on Dec. 30 killed four guards.", "Dec. 30", "2020-12-30"),
    ("Negotiators will meet again in February.", "February", "2021-02"),
    ("Bodies were found in December in a shallow grave.", "December", "2020-12"),
])
def test_bare_month_or_weekday_is_anchored_by_tense_and_nearness(text, expr, value):
    anchor = JAN3 if ("Dec" in expr or "February" in expr) else MONDAY
    assert _value(text, expr, anchor) == value


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("Shelling resumed Friday night.", "Friday night", "2020-10-02TNI"),
    ("Troops entered the town Saturday morning.", "Saturday morning", "2020-10-03TMO"),
    ("The convoy was hit Sunday afternoon.", "Sunday afternoon", "2020-10-04TAF"),
    ("Crowds gathered Thursday evening.", "Thursday evening", "2020-10-01TEV"),
    ("The ministers will talk Wednesday morning.", "Wednesday morning", "2020-10-07TMO"),
    ("The curfew will begin Tuesday night.", "Tuesday night", "2020-10-06TNI"),
    ("Two mortars landed yesterday morning.", "yesterday morning", "2020-10-04TMO"),
    ("The vote is due tomorrow afternoon.", "tomorrow afternoon", "2020-10-06TAF"),
    ("Sirens sounded yesterday evening.", "yesterday evening", "2020-10-04TEV"),
    ("The strike started mid-afternoon yesterday.", "mid-afternoon yesterday",
     "2020-10-04TAF"),
    ("Gunfire was heard early morning yesterday.", "early morning yesterday",
     "2020-10-04TMO"),
    ("The mayor spoke this morning.", "this morning", "2020-10-05TMO"),
    ("Looting continued last night.", "last night", "2020-10-04TNI"),
    ("A second quake struck overnight.", "overnight", "2020-10-04TNI"),
    ("The leaders meet tonight.", "tonight", "2020-10-05TNI"),
    ("The market reopened Monday morning.", "Monday morning", "2020-10-05TMO"),
    ("Flights resume Friday afternoon, the airline will say.", "Friday afternoon",
     "2020-10-09TAF"),
    ("Aid arrived Saturday night by truck.", "Saturday night", "2020-10-03TNI"),
    ("The minister left this afternoon.", "this afternoon", "2020-10-05TAF"),
    ("Rescuers searched through Sunday night.", "Sunday night", "2020-10-04TNI"),
])
def test_time_of_day_is_kept(text, expr, value):
    assert _value(text, expr) == value


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("The siege lasted for weeks.", "weeks", "PXW"),
    ("The lights went out for minutes at a time.", "minutes", "PTXM"),
    ("Rescuers dug for hours.", "hours", "PTXH"),
    ("The town has been cut off for months.", "months", "PXM"),
    ("It was the worst flood in years.", "years", "PXY"),
    ("A deal is expected within weeks.", "weeks", "PXW"),
    ("The ceasefire collapsed within hours.", "hours", "PTXH"),
    ("He was freed after months in a cell.", "months", "PXM"),
    ("Hours later, the border reopened.", "Hours", "PTXH"),
    ("Days later a second blast hit the port.", "Days", "PXD"),
    ("Weeks earlier the mayor had resigned.", "Weeks", "PXW"),
    ("The trial has dragged on over years.", "years", "PXY"),
    ("Talks lasting days produced nothing.", "days", "PXD"),
    ("The river rose for days.", "days", "PXD"),
    ("Power returned within minutes.", "minutes", "PTXM"),
    ("The dispute has simmered for decades.", "decades", "PXDE"),
    ("Water was rationed over months.", "months", "PXM"),
    ("The fire burned for seconds before it was out.", "seconds", "PTXS"),
    ("Minutes later the crowd dispersed.", "Minutes", "PTXM"),
    ("The shrine has stood for centuries.", "centuries", "PXCE"),
])
def test_durations_without_a_number(text, expr, value):
    assert _value(text, expr) == value


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("Roads close every winter.", "every winter", "XXXX-WI"),
    ("The market floods each spring.", "each spring", "XXXX-SP"),
    ("Fishermen leave every summer.", "every summer", "XXXX-SU"),
    ("Pilgrims come each autumn.", "each autumn", "XXXX-FA"),
    ("Guards patrol each morning.", "each morning", "XXXX-XX-XXTMO"),
    ("Shelling resumes every night.", "every night", "XXXX-XX-XXTNI"),
    ("Vigils are held every evening.", "every evening", "XXXX-XX-XXTEV"),
    ("Water arrives every afternoon.", "every afternoon", "XXXX-XX-XXTAF"),
    ("Curfews are imposed nightly.", "nightly", "XXXX-XX-XXTNI"),
    ("Protesters march every weekend.", "every weekend", "XXXX-WXX-WE"),
    ("Convoys leave every other day.", "every other day", "P2D"),
    ("The board meets every two weeks.", "every two weeks", "P2W"),
    ("Elections are held every four years.", "every four years", "P4Y"),
    ("Trucks pass every few minutes.", "every few minutes", "PTXM"),
    ("Inspectors visit every three months.", "every three months", "P3M"),
    ("The ferry sails every Sunday.", "every Sunday", "XXXX-WXX-7"),
    ("Rent is due each July.", "each July", "XXXX-07"),
    ("Reports are filed daily.", "daily", "P1D"),
    ("Prices are reviewed every month.", "every month", "P1M"),
    ("The festival returns every 10 years.", "every 10 years", "P10Y"),
])
def test_sets_are_recurring_times(text, expr, value):
    (t,) = [t for t in find_timexes(text, MONDAY) if t.text == expr]
    assert t.type == "SET" and t.value == value


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("Rebels took the town on Oct. 1. The next day they burned the market.", "The next day",
     "2020-10-02"),
    ("The dam broke on Sept. 28. Rescuers arrived the following day.", "the following day",
     "2020-09-29"),
    ("The minister resigned on Sept. 30. The day before, he had denied it.", "The day before",
     "2020-09-29"),
    ("Troops left on Oct. 2, and the night before they had burned the files.",
     "the night before", "2020-10-01TNI"),
    ("A strike was called on Sept. 21 and that night the port closed.", "that night",
     "2020-09-21TNI"),
    ("The envoy arrived Saturday; that day the guns fell silent.", "that day", "2020-10-03"),
    ("Voting ended on Sept. 27. The previous day, two polling stations were attacked.",
     "The previous day", "2020-09-26"),
    ("The treaty was signed on Aug. 4 and the same day the border opened.", "the same day",
     "2020-08-04"),
    ("The flood peaked on Sept. 12. The week after, cholera spread.", "The week after",
     "2020-W38"),
    ("Police raided the office on Sept. 16. The following week, the editor fled.",
     "The following week", "2020-W39"),
    ("Fighting began on Sept. 27. That morning, drones struck two depots.", "That morning",
     "2020-09-27TMO"),
    ("The mayor was shot on Sept. 3; the day after, crowds gathered.", "the day after",
     "2020-09-04"),
    ("The ceasefire began at noon on Oct. 3. The next morning it broke down.",
     "The next morning", "2020-10-04TMO"),
    ("The hostages were moved on Sept. 8 and the previous night the guards had changed.",
     "the previous night", "2020-09-07TNI"),
    ("The verdict came on Sept. 15. The day before, the judge had received threats.",
     "The day before", "2020-09-14"),
    ("A bomb hit the bus on Oct. 2, and that evening the army closed the road.",
     "that evening", "2020-10-02TEV"),
    ("The election was held on Sept. 20. The following month, the results were annulled.",
     "The following month", "2020-10"),
    ("Talks collapsed in June 2019. Later that year the war resumed.", "Later that year",
     "2019"),
    ("The port reopened on Sept. 24; the next day, ships queued outside.", "the next day",
     "2020-09-25"),
    ("At the time, the army denied any role.", "the time", "PAST_REF"),
])
def test_relative_references_follow_the_story_time(text, expr, value):
    assert _value(text, expr) == value


@pytest.mark.parametrize("text", [
    "The next day was quiet.",  # no day named before: no guess
    "The day before the attack, the guards left.",
    "At the time of the attack the office was empty.",
    "At the time when the rebels arrived, the police had fled.",
])
def test_relative_references_without_a_story_time_are_not_guessed(text):
    assert all(t.value not in ("2020-10-06", "2020-10-04", "PAST_REF")
               or t.kind not in ("anaphor", "the_time") for t in find_timexes(text, MONDAY))


@pytest.mark.parametrize(("text", "expr", "value", "last_year"), [
    ("He played in the 1961-62 season.", "1961-62", "1961", 1962),
    ("The 1998-99 budget was cut.", "1998-99", "1998", 1999),
    ("The 1999-2000 session opened late.", "1999-2000", "1999", 2000),
    ("The 2019-20 harvest failed.", "2019-20", "2019", 2020),
    ("During the 1914-18 war the town was burned.", "1914-18", "1914", 1918),
    ("The 2008/09 crisis hit exports.", "2008/09", "2008", 2009),
    ("The drought of 1983-85 killed cattle.", "1983-85", "1983", 1985),
    ("Its 2016-2017 report was withheld.", "2016-2017", "2016", 2017),
    ("The 1979\u201380 winter was harsh.", "1979\u201380", "1979", 1980),
    ("The 2011-12 protests spread.", "2011-12", "2011", 2012),
])
def test_year_ranges_are_one_span_covering_both_years(text, expr, value, last_year):
    (t,) = [t for t in find_timexes(text, MONDAY) if t.text == expr]
    assert t.value == value and t.range_end == dt.date(last_year, 12, 31)


@pytest.mark.parametrize(("text", "first", "first_value", "second", "second_value"), [
    ("He faces between 6 and 9 months in jail.", "6", "P6M", "9 months", "P9M"),
    ("The repairs take 3 to 5 days.", "3", "P3D", "5 days", "P5D"),
    ("They were held for two or three weeks.", "two", "P2W", "three weeks", "P3W"),
    ("The convoy waited 4-6 hours at the crossing.", "4", "PT4H", "6 hours", "PT6H"),
    ("Sentences range from five to ten years.", "five", "P5Y", "ten years", "P10Y"),
    ("The journey lasts between 10 and 12 hours.", "10", "PT10H", "12 hours", "PT12H"),
    ("Talks could take one or two months.", "one", "P1M", "two months", "P2M"),
    ("The outage lasted 20 to 30 minutes.", "20", "PT20M", "30 minutes", "PT30M"),
    ("Camps stay open 2 to 3 years.", "2", "P2Y", "3 years", "P3Y"),
    ("The march took seven or eight days.", "seven", "P7D", "eight days", "P8D"),
])
def test_duration_ranges_give_both_ends(text, first, first_value, second, second_value):
    found = {t.text: t.value for t in find_timexes(text, MONDAY)}
    assert found[first] == first_value and found[second] == second_value


@pytest.mark.parametrize(("text", "absent"), [
    ("She ran a ten-minute mile.", "ten-minute"),
    ("He kept a six-minute pace.", "six-minute"),
    ("The team set a four-minute kilometre record.", "four-minute"),
    ("Riders need a two-minute lap to qualify.", "two-minute"),
    ("It was a 5-minute mile for the winner.", "5-minute"),
])
def test_durations_used_as_a_pace_are_not_durations(text, absent):
    assert absent not in {t.text for t in find_timexes(text, MONDAY)}


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("after a 16-hour flight", "16-hour", "PT16H"),
    ("a four-day visit", "four-day", "P4D"),
    ("a two-year ceasefire", "two-year", "P2Y"),
    ("a 10-year plan", "10-year", "P10Y"),
    ("a five-hour visit", "five-hour", "PT5H"),
])
def test_durations_of_events_written_as_modifiers_stay_durations(text, expr, value):
    assert _value(text, expr) == value
