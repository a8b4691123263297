"""Made-up probes (not copied from any data set). The month and day of a plan told in a past
tense ("the vote was scheduled for March 2", "he was set to die Feb. 26", "the talks were due
to start on March 10") may have come and gone or be still to come: the nearer one, on either
side of the publication date, not always the next one. Neighbours: a plan told in the present
or future keeps the coming day, and a weekday keeps the coming one. A verb of a scheduled
happening after "a"/"an" and one word is a noun ("made an official visit to Prague on Monday":
the verb "made" tells the tense, not "visit"). Published Wednesday 2009-03-18 (the plans) and
Tuesday 2009-03-31 (the nouns)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.dates.timex import find_timexes

WEDNESDAY = dt.date(2009, 3, 18)


def _found(text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in find_timexes(text, WEDNESDAY)}


CASES = [
    ("He was set to die Feb. 26, one day after the others were charged.", "Feb. 26",
     "2009-02-26"),
    ("The vote was scheduled for March 2 but was postponed.", "March 2", "2009-03-02"),
    ("The envoy was expected to arrive Feb. 20.", "Feb. 20", "2009-02-20"),
    ("The hearing was set for Jan. 5, court records show.", "Jan. 5", "2009-01-05"),
    ("The rally was planned for March 1 but police banned it.", "March 1", "2009-03-01"),
    ("The two leaders were due to meet on Feb. 12 in Cairo.", "Feb. 12", "2009-02-12"),
    ("The ceasefire was supposed to start on March 3.", "March 3", "2009-03-03"),
    ("Voting was originally slated for Feb. 28.", "Feb. 28", "2009-02-28"),
    ("The trial was initially scheduled to open on 9 March.", "9 March", "2009-03-09"),
    ("The convoy was meant to leave on March 11.", "March 11", "2009-03-11"),
    ("The strike was planned to begin Jan. 20 but unions backed down.", "Jan. 20",
     "2009-01-20"),
    ("The summit was set for 25 February, officials said.", "25 February", "2009-02-25"),
    ("The talks were expected to resume on March 16.", "March 16", "2009-03-16"),
    ("The two men were due in court on Feb. 2.", "Feb. 2", "2009-02-02"),
    ("The election was scheduled for January, before the crisis.", "January", "2009-01"),
    ("The treaty was due to be signed in February.", "February", "2009-02"),
    ("The vote was set to take place March 8 until the court stepped in.", "March 8",
     "2009-03-08"),
    ("The handover was tentatively scheduled for March 14.", "March 14", "2009-03-14"),
    ("The exiles were expected to return home on Feb. 24.", "Feb. 24", "2009-02-24"),
    ("The airport was due to reopen March 5.", "March 5", "2009-03-05"),
    # the nearer one may be the coming one
    ("The vote was scheduled for March 25, officials said.", "March 25", "2009-03-25"),
    ("The envoy was expected to arrive on April 2.", "April 2", "2009-04-02"),
    # a year the story named earlier does not pull the plan's months back to it
    ("The depot opened in 2005. Its permits were due for renewal during February.",
     "February", "2009-02"),
    ("The dam was built in 2001. The inspection was scheduled for January.", "January",
     "2009-01"),
    # neighbours: a plan told in the present or future is still to come
    ("The vote is set for Feb. 26, officials said.", "Feb. 26", "2010-02-26"),
    ("The envoy will arrive on Feb. 20.", "Feb. 20", "2010-02-20"),
    ("The trial is scheduled to open on Jan. 9.", "Jan. 9", "2010-01-09"),
    ("The vote was scheduled for Friday.", "Friday", "2009-03-20"),
    ("The rebels attacked the town on March 2.", "March 2", "2009-03-02"),
]


@pytest.mark.parametrize(("text", "expr", "value"), CASES, ids=[c[0][:50] for c in CASES])
def test_a_plan_told_in_a_past_tense_takes_the_nearer_day(text, expr, value):
    assert _found(text)[expr] == value


TUESDAY = dt.date(2009, 3, 31)

NOUN_CASES = [
    ("Peres made an official visit to Prague on Monday.", "Monday", "2009-03-30"),
    ("The king paid a state visit to Oslo on Sunday.", "Sunday", "2009-03-29"),
    ("The envoy made a short tour of Gaza on Saturday.", "Saturday", "2009-03-28"),
    ("The party held a snap vote in Kiev on Friday.", "Friday", "2009-03-27"),
    ("The premier made a surprise return to Bangkok on Monday.", "Monday", "2009-03-30"),
    ("Rebels staged a brief meeting in Goma on Sunday.", "Sunday", "2009-03-29"),
    ("The general made an unannounced visit to Kandahar on Saturday.", "Saturday",
     "2009-03-28"),
    ("The council held a heated debate in Lagos on Friday.", "Friday", "2009-03-27"),
    ("The band gave a final tour of Ohio on Sunday.", "Sunday", "2009-03-29"),
    ("The minister began a formal visit to Riga on Monday.", "Monday", "2009-03-30"),
    ("The president made a rare visit to Basra on Sunday.", "Sunday", "2009-03-29"),
    ("Leaders held a closed meeting in Doha on Saturday.", "Saturday", "2009-03-28"),
    ("The rover made a second launch from Baikonur on Friday.", "Friday", "2009-03-27"),
    ("The queen made a historic visit to Dublin on Monday.", "Monday", "2009-03-30"),
    # neighbours: a verb of a scheduled happening in the present is still to come
    ("The envoy visits Kabul on Saturday.", "Saturday", "2009-04-04"),
    ("The leaders meet on Thursday.", "Thursday", "2009-04-02"),
    ("The premier will make an official visit to Rome on Friday.", "Friday", "2009-04-03"),
    ("Parliament debates the bill on Thursday.", "Thursday", "2009-04-02"),
]


@pytest.mark.parametrize(("text", "expr", "value"), NOUN_CASES,
                         ids=[c[0][:50] for c in NOUN_CASES])
def test_a_scheduled_word_after_an_article_and_an_adjective_is_a_noun(text, expr, value):
    assert {t.text: t.value for t in find_timexes(text, TUESDAY)}[expr] == value
