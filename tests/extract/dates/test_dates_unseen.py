"""Made-up probe sentences for the second pass on issue 19, item 4 (dates on unseen news):
a deadline word before a weekday in a clause whose verb is past ("Until Monday, officials had
refused"), durations without a number written before "of" ("months of fighting"), sets and
relative references in other words, and the year a bare month takes from the story's time.
Every sentence was written for these tests; the anchor (publication date) is a Wednesday."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.dates.timex import find_timexes

WEDNESDAY = dt.date(2021, 3, 17)


def _found(text: str, anchor: dt.date = WEDNESDAY) -> dict[str, str | None]:
    return {t.text: t.value for t in find_timexes(text, anchor)}


@pytest.mark.parametrize(("text", "expr", "value"), [
    # a past clause after the deadline word: the weekday before the anchor
    ("Until Monday, officials had refused to comment.", "Monday", "2021-03-15"),
    ("By Thursday, the fighters had withdrawn from the hills.", "Thursday", "2021-03-11"),
    ("Until Tuesday the army had denied any raid.", "Tuesday", "2021-03-16"),
    ("By Sunday, most residents had left the valley.", "Sunday", "2021-03-14"),
    ("Until Friday, the bridge was closed to trucks.", "Friday", "2021-03-12"),
    ("By Saturday the water had receded from the square.", "Saturday", "2021-03-13"),
    ("Until Monday the two ministers were not on speaking terms.", "Monday", "2021-03-15"),
    ("By Friday the strikers did not expect any offer.", "Friday", "2021-03-12"),
    # neighbours: a deadline in a present or future clause is the coming one
    ("By Friday, the troops will have left the city.", "Friday", "2021-03-19"),
    ("Until Monday, the border stays closed.", "Monday", "2021-03-22"),
    ("The talks continue until Thursday, when the envoy was due to leave.", "Thursday",
     "2021-03-18"),
    ("Voters have until Sunday to register.", "Sunday", "2021-03-21"),
    ("By Monday, aid should reach the camps.", "Monday", "2021-03-22"),
    ("The curfew lasts until Saturday, officials said.", "Saturday", "2021-03-20"),
    ("The ban applies until Friday, but it was eased for doctors.", "Friday", "2021-03-19"),
])
def test_a_deadline_word_in_a_past_clause_is_the_previous_weekday(text, expr, value):
    assert _found(text)[expr] == value


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("After months of fighting, the town fell.", "months", "PXM"),
    ("Years of drought emptied the villages.", "Years", "PXY"),
    ("Decades of neglect left the dam weak.", "Decades", "PXDE"),
    ("The region has seen weeks of unrest.", "weeks", "PXW"),
    ("Days of heavy rain triggered landslides.", "Days", "PXD"),
    ("The deal followed hours of talks.", "hours", "PTXH"),
    ("Minutes of silence were observed at noon.", "Minutes", "PTXM"),
    ("In the years that followed, the camp grew.", "years", "PXY"),
    ("In the months that followed, prices doubled.", "months", "PXM"),
    ("The siege has lasted for weeks.", "weeks", "PXW"),
])
def test_durations_without_a_number_before_of(text, expr, value):
    assert _found(text)[expr] == value


@pytest.mark.parametrize(("text", "absent"), [
    ("The raid came in the early hours of Thursday.", "hours"),
    ("Shots were heard in the small hours of the night.", "hours"),
    ("He was 15 years of age at the time.", "years"),
    ("The years 2019 and 2020 were the worst.", "years"),
    ("Weeks passed without news.", "Weeks"),
    ("Police counted the days until the trial.", "days"),
])
def test_unit_words_that_are_not_durations_without_a_number(text, absent):
    assert _found(text).get(absent) in (None, "P15Y")


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("The border closes on Fridays.", "Fridays", "XXXX-WXX-5"),
    ("Markets open on Sundays despite the curfew.", "Sundays", "XXXX-WXX-7"),
    ("Mondays are the busiest days at the clinic.", "Mondays", "XXXX-WXX-1"),
    ("Trains run on Tuesdays and Thursdays.", "Tuesdays", "XXXX-WXX-2"),
    ("Trains run on Tuesdays and Thursdays.", "Thursdays", "XXXX-WXX-4"),
    ("Prayers are held on Saturdays in the ruined mosque.", "Saturdays", "XXXX-WXX-6"),
    ("The shelter opens at weekends.", "weekends", "XXXX-WXX-WE"),
    ("Volunteers cook on weekends for the displaced.", "weekends", "XXXX-WXX-WE"),
    ("Buses leave each hour from the square.", "each hour", "PT1H"),
    ("A drone circles the camp every hour.", "every hour", "PT1H"),
    ("Wednesdays bring the weekly aid convoy.", "Wednesdays", "XXXX-WXX-3"),
    ("Fighters rest on Sundays, villagers say.", "Sundays", "XXXX-WXX-7"),
    ("Clinics close at weekends and on holidays.", "weekends", "XXXX-WXX-WE"),
    ("Each hour brings new arrivals at the border.", "Each hour", "PT1H"),
    ("Fridays are quiet in the old city.", "Fridays", "XXXX-WXX-5"),
    ("Convoys leave on Mondays and Thursdays.", "Mondays", "XXXX-WXX-1"),
])
def test_plural_weekdays_weekends_and_each_hour_are_sets(text, expr, value):
    (t,) = [t for t in find_timexes(text, WEDNESDAY) if t.text == expr]
    assert t.type == "SET" and t.value == value


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("Friday's attack killed five guards.", "Friday", "2021-03-12"),
    ("He returned on Sunday to a burned house.", "Sunday", "2021-03-14"),
    ("The rally took place over the weekend.", "over the weekend", "2021-W10-WE"),
    ("Two hours later the fire was out.", "Two hours", "PT2H"),
    ("The Tuesday vote was annulled.", "Tuesday", "2021-03-16"),
])
def test_single_weekdays_and_weekends_stay_dates(text, expr, value):
    (t,) = [t for t in find_timexes(text, WEDNESDAY) if t.text == expr]
    assert t.type != "SET" and t.value == value


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("The blast happened on March 12. Later in the day, a second device was found.",
     "Later in the day", "2021-03-12"),
    ("Earlier in the day, troops had sealed the road.", "Earlier in the day", "2021-03-17"),
    ("The convoy was stopped on Monday; earlier in the day, a mine had exploded.",
     "earlier in the day", "2021-03-15"),
    ("The vote took place on Feb. 28. The following weekend, protests began.",
     "The following weekend", "2021-W09-WE"),
    ("Rebels struck on March 3, and that weekend the town emptied.", "that weekend",
     "2021-W09-WE"),
    ("The ceasefire began on March 12. The weekend after, fighting resumed.",
     "The weekend after", "2021-W11-WE"),
    ("The dam failed on March 2. The previous weekend, engineers had warned of cracks.",
     "The previous weekend", "2021-W08-WE"),
    ("The army entered on March 8. Later that day, looting began.", "Later that day",
     "2021-03-08"),
    ("Police raided the office on March 4. The same weekend, two editors fled.",
     "The same weekend", "2021-W09-WE"),
    ("The strike started on Feb. 16. The weekend before, unions had met.", "The weekend before",
     "2021-W06-WE"),
    ("The siege ended on March 6; later in the day, the first trucks arrived.",
     "later in the day", "2021-03-06"),
    ("The mayor was freed on Feb. 27, and that weekend he spoke to crowds.", "that weekend",
     "2021-W08-WE"),
    ("Looting began on March 13. The following weekend, troops came.", "The following weekend",
     "2021-W11-WE"),
])
def test_relative_references_in_other_words_follow_the_story_time(text, expr, value):
    assert _found(text)[expr] == value


@pytest.mark.parametrize("text", [
    "The following weekend, the market reopened.",  # no day named before: no guess
    "The weekend after the election was quiet.",
    "That weekend was the coldest of the year.",
])
def test_a_weekend_without_a_story_time_is_not_guessed(text):
    assert all(t.kind != "anaphor" or t.value is None for t in find_timexes(text, WEDNESDAY))


@pytest.mark.parametrize(("text", "first", "first_value", "second", "second_value"), [
    # ranges written without years run forward; "May" after another month is the month
    ("Fighting raged from March to May.", "March", "2020-03", "May", "2020-05"),
    ("The blockade lasted from February to May.", "February", "2020-02", "May", "2020-05"),
    ("The talks will run from Nov. 28 to Dec. 3.", "Nov. 28", "2021-11-28", "Dec. 3",
     "2021-12-03"),
    ("The siege lasted from Nov. 28 to Jan. 3.", "Nov. 28", "2020-11-28", "Jan. 3",
     "2021-01-03"),
    ("The camp is open from October to April.", "October", "2020-10", "April", "2021-04"),
    ("Schools closed from December through February.", "December", "2020-12", "February",
     "2021-02"),
    ("Aid flights ran from Oct. 2 to Jan. 15.", "Oct. 2", "2020-10-02", "Jan. 15",
     "2021-01-15"),
    ("The curfew was in force from Sept. 10 to Feb. 1.", "Sept. 10", "2020-09-10", "Feb. 1",
     "2021-02-01"),
    ("The monsoon will last from June to September.", "June", "2021-06", "September",
     "2021-09"),
    ("Between October and January, 40 people were killed.", "October", "2020-10", "January",
     "2021-01"),
    # neighbours: two months joined by "and" are no range; a range already in order stays
    ("March and May were dry.", "March", "2021-03", "May", "2020-05"),
    ("Shops closed from January to February.", "January", "2021-01", "February", "2021-02"),
    ("Prices rose from 2001 to 2004.", "2001", "2001", "2004", "2004"),
])
def test_month_ranges_without_years_run_forward(text, first, first_value, second, second_value):
    found = _found(text)
    assert (found[first], found[second]) == (first_value, second_value)


@pytest.mark.parametrize("text", [
    "Theresa May met the envoy.",
    "He spoke to May on the phone.",
    "May God protect them, she said.",
])
def test_may_as_a_name_or_a_verb_is_no_month(text):
    assert "May" not in _found(text)


@pytest.mark.parametrize(("text", "expr", "value"), [
    # "last" after a modal is the verb, not "last week": the coming month or weekday
    ("The monsoon will last from June to September.", "June", "2021-06"),
    ("The truce is to last until Friday.", "Friday", "2021-03-19"),
    ("The talks will last through Sunday.", "Sunday", "2021-03-21"),
    ("Repairs will last into November.", "November", "2021-11"),
    # neighbours: "last" as a past cue and a verb after a modal that is not future
    ("The envoy was last seen on Friday.", "Friday", "2021-03-12"),
    ("He last spoke to reporters in November.", "November", "2020-11"),
    ("Supplies could last until Friday, officials said.", "Friday", "2021-03-19"),
])
def test_last_after_a_modal_is_the_verb(text, expr, value):
    assert _found(text)[expr] == value


@pytest.mark.parametrize(("text", "expr", "value"), [
    # a present-tense verb of a scheduled happening right before: the coming day or month
    ("Parliament votes on Monday on the budget.", "Monday", "2021-03-22"),
    ("Leaders gather on Thursday for the summit, officials said.", "Thursday", "2021-03-18"),
    ("The envoy visits Kabul on Saturday.", "Saturday", "2021-03-20"),
    ("Foreign ministers meet Friday in Vienna.", "Friday", "2021-03-19"),
    ("The border reopens on Monday after a week of closure.", "Monday", "2021-03-22"),
    ("The new parliament convenes in April.", "April", "2021-04"),
    ("The trial begins on Tuesday in the capital.", "Tuesday", "2021-03-23"),
    ("The pope flies to Baghdad on Friday.", "Friday", "2021-03-19"),
    ("The truce expires Sunday at midnight.", "Sunday", "2021-03-21"),
    ("Observers arrive on Thursday to monitor the vote.", "Thursday", "2021-03-18"),
    # neighbours: a noun, a past or negated verb, or no verb right before
    ("The vote on Monday was annulled.", "Monday", "2021-03-15"),
    ("The meeting did not start on Monday as planned.", "Monday", "2021-03-15"),
    ("The envoy visited Kabul on Saturday.", "Saturday", "2021-03-13"),
    ("The talks opened on Monday in Geneva.", "Monday", "2021-03-15"),
    ("Gunmen opened fire on Tuesday near the market.", "Tuesday", "2021-03-16"),
    ("Its doors open to visitors, the museum said on Monday.", "Monday", "2021-03-15"),
])
def test_a_scheduled_present_right_before_is_a_coming_date(text, expr, value):
    assert _found(text)[expr] == value


@pytest.mark.parametrize(("text", "expr", "value"), [
    # a clock time takes the day named right before or right after it
    ("The blast hit Tuesday at 3 p.m.", "3 p.m.", "2021-03-16T15:00"),
    ("Shots were fired on Tuesday at about 11 p.m.", "11 p.m.", "2021-03-16T23:00"),
    ("On March 3, shortly after 9 a.m., troops entered.", "9 a.m.", "2021-03-03T09:00"),
    ("Police arrived at 10:30 on Monday.", "10:30", "2021-03-15T10:30"),
    ("The rally began at 14:00 GMT on Monday.", "14:00 GMT", "2021-03-15T14:00"),
    ("The curfew starts at 22:00.", "22:00", "2021-03-17T22:00"),
    ("The convoy left at 0600 GMT.", "0600 GMT", "2021-03-17T06:00"),
    ("On Sunday, by 7:45, the square was empty.", "7:45", "2021-03-14T07:45"),
    ("The drone struck at 3 p.m. local time (1200 GMT) on Tuesday.",
     "3 p.m. local time (1200 GMT) on Tuesday", "2021-03-16T15:00"),
    ("The raid began at 4 a.m. Saturday.", "4 a.m. Saturday", "2021-03-13T04:00"),
    ("Voting closed on Sunday at 8 p.m. sharp.", "8 p.m.", "2021-03-14T20:00"),
    ("The ceasefire began at 18:00 on Friday.", "18:00", "2021-03-12T18:00"),
    ("On Feb. 2, around 4 a.m., the militia attacked.", "4 a.m.", "2021-02-02T04:00"),
    ("The blast, at 7:15 on Saturday, shook the port.", "7:15", "2021-03-13T07:15"),
    ("Shooting was heard until 2300 GMT.", "2300 GMT", "2021-03-17T23:00"),
    # a clock time on no day of its own is on the day the paragraph last named (session 30:
    # "Police were called Sunday morning. Shortly after 7 a.m., ..."); since session 39 also
    # the story's day an earlier paragraph named within the week before the report (event
    # dates on the blind s39 set .709 -> .727), unless its clause looks ahead
    ("Tuesday was calm. At 3 p.m. the sirens sounded.", "3 p.m.", "2021-03-16T15:00"),
    ("Tuesday was calm.\n\nAt 3 p.m. the sirens sounded.", "3 p.m.", "2021-03-16T15:00"),
    ("Tuesday was calm.\n\nAt 3 p.m. the sirens will sound.", "3 p.m.", "2021-03-17T15:00"),
    ("On March 2 the talks began.\n\nAt 3 p.m. the sirens sounded.", "3 p.m.",
     "2021-03-17T15:00"),
])
def test_a_clock_time_takes_the_day_named_next_to_it(text, expr, value):
    assert _found(text)[expr] == value


@pytest.mark.parametrize("text", [
    "The score was 2:30 at half time.",
    "Read John 3:16 aloud.",
    "Shares closed at 10.30 on Monday.",
    "The ratio rose to 3:1.",
    "He ran the race in 2:05:45.",
])
def test_numbers_with_a_colon_or_a_point_are_no_clock(text):
    assert all(t.type != "TIME" for t in find_timexes(text, WEDNESDAY))


@pytest.mark.parametrize(("text", "expr", "value"), [
    # a quote closing a sentence ends it: the next sentence's verb is not this clause's tense
    ('"The harvest is in May." Farmers had planted late.', "May", "2021-05"),
    ('"The audit is in June." Inspectors had complained.', "June", "2021-06"),
    ("\u201cThe festival is in April.\u201d It was cancelled twice.", "April", "2021-04"),
    ("'The census is in May.' Officials were hired.", "May", "2021-05"),
    ("``The market fair is in April.'' Traders had waited.", "April", "2021-04"),
    ('"The count is in June!" Observers were sent home.', "June", "2021-06"),
    # neighbours: the same verbs inside the quoted sentence still count
    ('"The vote was on Oct. 6," she said.', "Oct. 6", "2020-10-06"),
    ("\u201cTalks collapsed in May.\u201d Envoys will return.", "May", "2020-05"),
    ('"The harvest was in May." Farmers will plant late.', "May", "2020-05"),
])
def test_a_closing_quote_ends_the_sentence_whose_tense_dates_take(text, expr, value):
    assert _found(text)[expr] == value


@pytest.mark.parametrize(("text", "first", "first_value", "second", "second_value"), [
    # weekday ranges run forward; clock ranges share the day one end names
    ("Early voting ran from Monday through Saturday.", "Monday", "2021-03-08", "Saturday",
     "2021-03-13"),
    ("The strike lasted from Friday night to Monday.", "Friday night", "2021-03-12TNI",
     "Monday", "2021-03-15"),
    ("The fair will run from Saturday to Tuesday.", "Saturday", "2021-03-20", "Tuesday",
     "2021-03-23"),
    ("Shelling went on from Thursday to Sunday.", "Thursday", "2021-03-11", "Sunday",
     "2021-03-14"),
    ("Admission is free on March 23 from 10 a.m. to 4 p.m.", "10 a.m.", "2021-03-23T10:00",
     "4 p.m.", "2021-03-23T16:00"),
    ("Polls are open between 7 a.m. and 7 p.m. on Sunday.", "7 a.m.", "2021-03-14T07:00",
     "7 p.m. on Sunday", "2021-03-14T19:00"),
    ("On Saturday from 8 p.m. until 5 a.m., a curfew was in force.", "8 p.m.",
     "2021-03-13T20:00", "5 a.m.", "2021-03-13T05:00"),
    # neighbours: ranges already in order, and a weekday next to a month is no range
    ("Shops open from 9 a.m. to 5 p.m.", "9 a.m.", "2021-03-17T09:00", "5 p.m.",
     "2021-03-17T17:00"),
    ("The talks ran from Monday to Tuesday.", "Monday", "2021-03-15", "Tuesday", "2021-03-16"),
    ("Sales fell on Friday to December lows.", "Friday", "2021-03-12", "December", "2020-12"),
])
def test_weekday_and_clock_ranges(text, first, first_value, second, second_value):
    found = _found(text)
    assert (found[first], found[second]) == (first_value, second_value)


@pytest.mark.parametrize(("text", "expr", "value"), [
    # an adjective between the number and the unit keeps the duration
    ("For three straight days, protesters marched.", "three straight days", "P3D"),
    ("The base was shelled for four consecutive nights.", None, None),
    ("The lease runs for at least 20 more years.", "at least 20 more years", "P20Y"),
    ("The strike lasted two full weeks.", "two full weeks", "P2W"),
    ("Fighting raged for five successive days.", "five successive days", "P5D"),
    ("The truce was extended by 30 additional days.", "30 additional days", "P30D"),
    ("It took two whole months to clear the rubble.", "two whole months", "P2M"),
    ("Talks need a few more weeks.", "a few more weeks", "PXW"),
    ("Aid will last three further months.", "three further months", "P3M"),
    ("He waited six long years for the verdict.", "six long years", "P6Y"),
    # neighbours: other words between are no duration; plain durations are unchanged
    ("Three armed men stormed the bank.", None, None),
    ("The war lasted eight years.", "eight years", "P8Y"),
    ("Two more bodies were found.", None, None),
])
def test_a_duration_with_an_adjective_before_its_unit(text, expr, value):
    found = {t.text: (t.type, t.value) for t in find_timexes(text, WEDNESDAY)}
    if expr is None:
        assert all(kind != "DURATION" for kind, _ in found.values())
    else:
        assert found[expr] == ("DURATION", value)


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("At that time, no one was arrested.", "that time", "PAST_REF"),
    ("The mayor, at that time a rebel, fled.", "that time", "PAST_REF"),
    ("At the time, the army denied any role.", "the time", "PAST_REF"),
])
def test_at_that_time_is_the_story_time(text, expr, value):
    assert _found(text)[expr] == value


@pytest.mark.parametrize("text", [
    "At that time of year the roads close.",
    "At that time when the rebels came, the police had fled.",
    "That time the army won.",
])
def test_that_time_with_a_clause_or_without_at_is_no_reference(text):
    assert all(t.kind != "the_time" for t in find_timexes(text, WEDNESDAY))


@pytest.mark.parametrize(("text", "expr", "value"), [
    # hundreds and thousands written as words, and "a" after a conjunction or a verb of waiting
    ("The shrine has stood for almost a hundred years.", "almost a hundred years", "P100Y"),
    ("The siege lasted a hundred days.", "a hundred days", "P100D"),
    ("A thousand years of history were lost.", "A thousand years", "P1000Y"),
    ("The dam held for one hundred years.", "one hundred years", "P100Y"),
    ("But a minute and a half later, the roof fell.", "a minute and a half", "PT1M30S"),
    ("Then a week later, the envoy returned.", "a week", "P1W"),
    ("Rescuers had to wait a day for the road to open.", "a day", "P1D"),
    ("With a month to go, the count is stalled.", "a month", "P1M"),
    ("The truce held for two hundred days.", "two hundred days", "P200D"),
    # neighbours: a price or count per unit is a rate, not a duration; no year before 1000
    ("Bread costs $2 a day now.", None, None),
    ("The camp gets four convoys a week.", None, None),
    ("Two hundred people were arrested.", None, None),
    ("The city was founded two thousand years ago.", None, None),
])
def test_hundreds_in_words_and_a_after_a_conjunction(text, expr, value):
    timexes = find_timexes(text, WEDNESDAY)
    if expr is None:
        assert not any(t.type == "DURATION" or (t.value or "")[:1].isdigit() for t in timexes)
    else:
        assert {t.text: t.value for t in timexes}[expr] == value


@pytest.mark.parametrize(("text", "expr", "value"), [
    # a day of the month alone: this month's, or the month before or after by the tense
    ("The vote was held on the 14th.", "the 14th", "2021-03-14"),
    ("The results came on the 20th, officials said.", "the 20th", "2021-02-20"),
    ("The vote will be held on the 14th.", "the 14th", "2021-04-14"),
    ("Elections are set for the 28th.", "the 28th", "2021-03-28"),
    ("The deadline was extended until the 31st.", "the 31st", "2021-03-31"),
    ("Since the 1st, prices have doubled.", "the 1st", "2021-03-01"),
    ("Troops must leave by the 25th and hand over the base.", "the 25th", "2021-03-25"),
    ("The ban ran from the 2nd to the 9th.", "the 2nd", "2021-03-02"),
    ("The ban ran from the 2nd to the 9th.", "the 9th", "2021-03-09"),
    ("The curfew lasts until the 30th, when it will be reviewed.", "the 30th", "2021-03-30"),
    ("The 4th century church was burned.", "The 4th century", "03"),
])
def test_a_day_of_the_month_alone(text, expr, value):
    assert _found(text)[expr] == value


@pytest.mark.parametrize("text", [
    "He lives on the 14th floor.",
    "The 3rd Brigade entered the town.",
    "It was decided in the 2nd round.",
    "Fans celebrated on the 50th anniversary of the club.",
    "She finished the race in the 12th place.",
])
def test_ordinals_that_name_no_day(text):
    assert all(t.kind != "dom" for t in find_timexes(text, WEDNESDAY))


@pytest.mark.parametrize(("text", "expr", "value"), [
    # "this <weekday>" is the one of the current week; "<weekday> next/last week" that week's
    ("The vote is this Sunday.", "this Sunday", "2021-03-21"),
    ("This Thursday the court rules on the appeal.", "This Thursday", "2021-03-18"),
    ("The envoy arrived this Monday.", "this Monday", "2021-03-15"),
    ("The talks resume this Friday.", "this Friday", "2021-03-19"),
    ("The rally is on Friday next week.", "Friday next week", "2021-03-26"),
    ("He was shot on Tuesday last week.", "Tuesday last week", "2021-03-09"),
    ("The court sits on Monday next week.", "Monday next week", "2021-03-22"),
    ("Aid arrives on Saturday this week.", "Saturday this week", "2021-03-20"),
    ("Last Friday, the army withdrew.", "Last Friday", "2021-03-12"),
    ("Next Tuesday, the envoy returns.", "Next Tuesday", "2021-03-23"),
    # neighbours: without a week word the weekday follows the tense as before
    ("The army withdrew on Friday.", "Friday", "2021-03-12"),
    ("The envoy will return on Tuesday.", "Tuesday", "2021-03-23"),
    ("Police said this past Saturday was calm.", "past Saturday", "2021-03-13"),
])
def test_weekdays_in_a_named_week(text, expr, value):
    assert _found(text)[expr] == value


@pytest.mark.parametrize(("text", "expr", "value"), [
    # "last", "next", "this" at the start of a sentence count like lower-case ones
    ("Last March, the rebels took the town.", "Last March", "2020-03"),
    ("Next January, the treaty expires.", "Next January", "2022-01"),
    ("Last Christmas, the town was shelled.", "Last Christmas", "2020-12-25"),
    ("This May, elections are due.", "This May", "2021-05"),
    ("Next Christmas the troops will be home.", "Next Christmas", "2021-12-25"),
    ("Last November, the dam burst.", "Last November", "2020-11"),
    ("Early March saw heavy rain.", "Early March", "2021-03"),
    ("Last Jan. 5, gunmen attacked the camp.", "Last Jan. 5", "2021-01-05"),
    ("Next April, a new court opens.", "Next April", "2021-04"),
    ("This December the ban ends.", "This December", "2021-12"),
    # neighbours: lower case as before
    ("The rebels took the town last March.", "last March", "2020-03"),
    ("The treaty expires next January.", "next January", "2022-01"),
])
def test_relative_words_at_a_sentence_start(text, expr, value):
    assert _found(text)[expr] == value


@pytest.mark.parametrize(("text", "expr", "value"), [
    # "and a half" before "ago": the month (years) or the year (decades) that far back
    ("The camp opened a year and a half ago.", "a year and a half ago", "2019-09"),
    ("The war began two and a half years ago.", "two and a half years ago", "2018-09"),
    ("He fled two years and a half ago.", "two years and a half ago", "2018-09"),
    ("The dam was built a decade and a half ago.", "a decade and a half ago", "2006"),
    ("The truce collapsed one and a half years ago.", "one and a half years ago", "2019-09"),
    ("The mine closed about a year and a half ago.", "about a year and a half ago", "2019-09"),
    ("The fund ends a year and a half from now.", "a year and a half from now", "2022-09"),
    ("Talks began three and a half years ago.", "three and a half years ago", "2017-09"),
    ("The border shut nearly a year and a half ago.", "nearly a year and a half ago",
     "2019-09"),
    ("The siege started four and a half years ago.", "four and a half years ago", "2016-09"),
    # neighbours: whole units and durations with a half stay as they were
    ("The camp opened three years ago.", "three years ago", "2018"),
    ("The siege lasted two and a half years.", "two and a half years", "P2Y6M"),
])
def test_and_a_half_before_ago(text, expr, value):
    assert _found(text)[expr] == value
