"""Made-up probe sentences for issue 19, item 4, third pass: the day, week or season a
relative expression takes from its clause and from the story, not always from the
publication date. A scheduled verb in the present with an adverb before its weekday is a coming
day ("meet separately Monday"); "the previous Friday" and "the following Monday" count from
the day the story last named; a season without a year takes the tense of its clause ("was
planted in the spring" said in February is last year's). Every sentence was written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.dates.timex import find_timexes

WEDNESDAY = dt.date(2021, 3, 17)
FEBRUARY = dt.date(2021, 2, 10)
OCTOBER = dt.date(2020, 10, 14)


def _found(text: str, anchor: dt.date) -> dict[str, str | None]:
    return {t.text: t.value for t in find_timexes(text, anchor)}


@pytest.mark.parametrize(("text", "expr", "value"), [
    # a scheduled verb in the present, an adverb of manner before the day: the coming one
    ("The two envoys meet separately Monday with the mediator.", "Monday", "2021-03-22"),
    ("The rebels and the army meet jointly on Friday in the capital.", "Friday",
     "2021-03-19"),
    ("Parliament votes formally Thursday on the budget.", "Thursday", "2021-03-18"),
    ("The minister flies secretly to Kabul Saturday.", "Saturday", "2021-03-20"),
    ("The court opens officially on Monday after the holiday.", "Monday", "2021-03-22"),
    ("The delegation leaves quietly Tuesday for the border.", "Tuesday", "2021-03-23"),
    # neighbours: a past verb, or a determiner before the verb, keeps the past day
    ("The two envoys met separately Monday with the mediator.", "Monday", "2021-03-15"),
    ("The rebels and the army fought fiercely on Friday in the capital.", "Friday",
     "2021-03-12"),
    ("Parliament voted formally Thursday on the budget.", "Thursday", "2021-03-11"),
    ("The minister travelled secretly to Kabul on Saturday.", "Saturday", "2021-03-13"),
    ("Only the early meetings on Monday were public.", "Monday", "2021-03-15"),
    ("Police reportedly raided the offices on Tuesday.", "Tuesday", "2021-03-16"),
])
def test_a_scheduled_present_verb_with_an_adverb_takes_the_coming_weekday(text, expr, value):
    assert _found(text, WEDNESDAY)[expr] == value


@pytest.mark.parametrize(("text", "expr", "value"), [
    # the weekday before or after the day the story last named (March 3, 2021 was a Wednesday)
    ("The ceasefire collapsed on March 3. The previous Friday, talks had stalled.",
     "The previous Friday", "2021-02-26"),
    ("Shelling resumed on March 3, a week after the preceding Monday's truce.",
     "the preceding Monday", "2021-03-01"),
    ("The mayor resigned on March 3 and left the city the following Monday.",
     "the following Monday", "2021-03-08"),
    ("Voting ended on March 3; results came the next Saturday.", "the next Saturday",
     "2021-03-06"),
    ("The bridge fell on Monday, March 8. The previous Sunday it had been closed.",
     "The previous Sunday", "2021-03-07"),
    ("Troops entered on Feb. 24. The following Wednesday they withdrew.",
     "The following Wednesday", "2021-03-03"),
    # neighbours: without "the", or without a day named before, the publication date counts
    ("The ceasefire collapsed on March 3. Talks had stalled previous Friday.",
     "previous Friday", "2021-03-12"),
    ("The mayor resigned on March 3 and will leave next Monday.", "next Monday",
     "2021-03-22"),
    ("The previous Friday, talks had stalled.", "The previous Friday", "2021-03-12"),
    ("Results are due next Saturday.", "next Saturday", "2021-03-20"),
    ("The curfew ended last Sunday.", "last Sunday", "2021-03-14"),
    ("Voting ended in March; results came the following Saturday.", "the following Saturday",
     "2021-03-13"),
])
def test_the_previous_or_following_weekday_counts_from_the_story_day(text, expr, value):
    assert _found(text, WEDNESDAY)[expr] == value


@pytest.mark.parametrize(("text", "anchor", "expr", "value"), [
    # a bare season in a past clause: the latest one that has begun
    ("The wheat was planted in the spring, before the floods.", FEBRUARY, "the spring",
     "2020-SP"),
    ("The offensive stalled in the summer and the front froze.", FEBRUARY, "the summer",
     "2020-SU"),
    ("Farmers had harvested little in the autumn.", FEBRUARY, "the autumn", "2020-FA"),
    ("The dam was breached early summer, officials said.", FEBRUARY, "early summer",
     "2020-SU"),
    ("This past summer the rebels retook the port.", FEBRUARY, "This past summer",
     "2020-SU"),
    ("The militia withdrew in the spring.", OCTOBER, "the spring", "2020-SP"),
    ("Cholera killed dozens in the winter, a doctor said.", OCTOBER, "the winter",
     "2019-WI"),
    # in a future clause: the first one not yet over
    ("The army will launch the offensive in the summer.", OCTOBER, "the summer",
     "2021-SU"),
    ("Elections are expected in the spring.", OCTOBER, "the spring", "2021-SP"),
    ("The refugees will return in the autumn.", FEBRUARY, "the autumn", "2021-FA"),
    # neighbours: no tense cue, "this", "last", "next" and a year keep their values
    ("Prices in the spring are always high.", FEBRUARY, "the spring", "2021-SP"),
    ("The talks resumed this summer.", OCTOBER, "this summer", "2020-SU"),
    ("The talks collapsed last summer.", OCTOBER, "last summer", "2019-SU"),
    ("The vote is due next spring.", OCTOBER, "next spring", "2021-SP"),
    ("The town fell in the summer of 2016.", OCTOBER, "the summer of 2016", "2016-SU"),
    ("The floods of spring 2019 were the worst.", OCTOBER, "spring 2019", "2019-SP"),
])
def test_a_season_without_a_year_takes_the_tense_of_its_clause(text, anchor, expr, value):
    assert _found(text, anchor)[expr] == value


@pytest.mark.parametrize(("text", "expr", "value"), [
    # the end of a scheduled happening, an appearance, or a present copula before the day
    ("The ceasefire ends Friday at noon.", "Friday", "2021-03-19"),
    ("The polls close Sunday in the north.", "Sunday", "2021-03-21"),
    ("The suspect appears in court Monday.", "Monday", "2021-03-22"),
    ("The general testifies Thursday before the committee.", "Thursday", "2021-03-18"),
    ("The summit concludes Saturday in Geneva.", "Saturday", "2021-03-20"),
    ("The hearing is Tuesday.", "Tuesday", "2021-03-23"),
    ("The funerals are on Saturday.", "Saturday", "2021-03-20"),
    ("The two leaders face reporters Friday.", "Friday", "2021-03-19"),
    # neighbours: the same verbs in the past, or the day before a present verb
    ("The ceasefire ended Friday at noon.", "Friday", "2021-03-12"),
    ("The polls closed Sunday in the north.", "Sunday", "2021-03-14"),
    ("The suspect appeared in court Monday.", "Monday", "2021-03-15"),
    ("The general testified Thursday before the committee.", "Thursday", "2021-03-11"),
    ("The hearing was Tuesday.", "Tuesday", "2021-03-16"),
    ("Monday's attack is the third this month.", "Monday", "2021-03-15"),
    ("Voters go to the polls Sunday.", "Sunday", "2021-03-21"),
    ("The bill goes to the House Thursday.", "Thursday", "2021-03-18"),
    ("The new law takes effect Friday.", "Friday", "2021-03-19"),
    ("A court hearing has been set for Thursday.", "Thursday", "2021-03-18"),
    ("The vote has been scheduled for Monday.", "Monday", "2021-03-22"),
    ("The trial had been set for Thursday.", "Thursday", "2021-03-11"),
    ("The new law took effect Friday.", "Friday", "2021-03-12"),
    ("The bill went to the House Thursday.", "Thursday", "2021-03-11"),
    ("A close aide Monday denied the report.", "Monday", "2021-03-15"),
    ("The envoy visits weekly; the last visit was Monday.", "Monday", "2021-03-15"),
])
def test_scheduled_endings_appearances_and_a_copula_take_the_coming_weekday(text, expr, value):
    assert _found(text, WEDNESDAY)[expr] == value


@pytest.mark.parametrize(("text", "expr", "value"), [
    # TimeML's span holds the part of the period named before it; the value is the period's
    # "late"/"early" before a day name its night or morning (TimeML TNI, TMO; session 40)
    ("The rebels attacked late Tuesday.", "late Tuesday", "2021-03-16TNI"),
    ("Aid will arrive early next month.", "early next month", "2021-04"),
    ("Prices rose late last year.", "late last year", "2020"),
    ("He was freed at the end of last month.", "the end of last month", "2021-02"),
    ("The army pulled back at the end of last week.", "the end of last week", "2021-W10"),
    ("The talks resume mid-next week.", "mid-next week", "2021-W12"),
    ("The curfew began early Monday.", "early Monday", "2021-03-15TMO"),
    ("The convoy left at the beginning of this month.", "the beginning of this month",
     "2021-03"),
    ("The strike will start at the start of next year.", "the start of next year", "2022"),
    ("Mid-Tuesday the shelling stopped.", "Mid-Tuesday", "2021-03-16"),
    # neighbours: the words apart from the period stay outside it
    ("The blast was late on Tuesday.", "Tuesday", "2021-03-16"),
    ("Talks resumed earlier this week.", "earlier this week", "2021-W11"),
    ("Prices rose last year.", "last year", "2020"),
    ("The end of the siege came on Monday.", "Monday", "2021-03-15"),
])
def test_a_part_of_the_period_is_inside_the_span(text, expr, value):
    assert _found(text, WEDNESDAY)[expr] == value


@pytest.mark.parametrize(("text", "expr", "value"), [
    # a plan or promise verb in any form, with its own day between it and "to"
    ("The rebels agreed Tuesday to hold talks on Friday.", "Friday", "2021-03-19"),
    ("The army vowed on Monday to retake the town by Saturday.", "Saturday", "2021-03-20"),
    ("The unions are threatening to strike on Friday.", "Friday", "2021-03-19"),
    ("The minister intends to visit the camp on Saturday.", "Saturday", "2021-03-20"),
    ("Both sides are hoping to sign the deal on Thursday.", "Thursday", "2021-03-18"),
    ("The council decided Monday to reopen schools on Friday.", "Friday", "2021-03-19"),
    ("Rebels are poised to enter the capital on Sunday.", "Sunday", "2021-03-21"),
    ("The envoy pledges to return on Monday.", "Monday", "2021-03-22"),
    # neighbours: the day of the plan itself, attempts and a "to" of place stay past
    ("The rebels agreed Tuesday to hold talks.", "Tuesday", "2021-03-16"),
    ("The army vowed on Monday to retake the town.", "Monday", "2021-03-15"),
    ("The rebels tried to storm the town on Friday.", "Friday", "2021-03-12"),
    ("He moved to Paris on Friday.", "Friday", "2021-03-12"),
    ("The unions had threatened to strike on Friday.", "Friday", "2021-03-12"),
])
def test_a_plan_verb_before_to_makes_the_weekday_a_coming_one(text, expr, value):
    assert _found(text, WEDNESDAY)[expr] == value
