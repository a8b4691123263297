"""Made-up probes (not copied from any data set) on where a clause begins and ends. A semicolon
joins two clauses that keep their own tenses, so a weekday or a month takes its year or week
from the cues of its own clause, not from a plan or a past verb across the semicolon ("a man
was stabbed on Tuesday; a vigil will be held Thursday": last Tuesday, next Thursday). "A year"
that opens a sentence or a clause ("in 2015. A year later") is a span of time, not a rate ("$40
a year", "four flights a week"); "a second" before a noun is the ordinal ("a second man").
Published Wednesday 2016-01-20."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.dates.timex import find_timexes

WEDNESDAY = dt.date(2016, 1, 20)


def _found(text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in find_timexes(text, WEDNESDAY)}


CASES = [
    # a done act before the semicolon, a plan right after it
    ("A woman was stabbed in Reno on Tuesday; a vigil will be held Thursday.", "Tuesday",
     "2016-01-19"),
    ("Police arrested two men in Tulsa on Saturday; they are due in court on Thursday.",
     "Saturday", "2016-01-16"),
    ("Rebels shelled the old port of the city on Monday; talks will resume on Friday.",
     "Monday", "2016-01-18"),
    ("Officers detained a truck driver near Boise on Sunday; he will plead guilty.", "Sunday",
     "2016-01-17"),
    ("A fire gutted the main school in Erie in November; classes will resume.", "November",
     "2015-11"),
    ("Troops left the border town of Ammar in December; they plan to return.", "December",
     "2015-12"),
    ("Gunmen killed a night guard at the bank on Saturday; his funeral is due next week.",
     "Saturday", "2016-01-16"),
    ("The mayor of the small town stepped down on Monday; an election will follow.",
     "Monday", "2016-01-18"),
    ("Farmers blocked the main road to the capital on Sunday; more marches will follow.",
     "Sunday", "2016-01-17"),
    ("Floods cut the rail line to the north on Tuesday; crews are expected to repair it.",
     "Tuesday", "2016-01-19"),
    ("A bomb hit a crowded market in the south in October; the trial will open soon.",
     "October", "2015-10"),
    ("The two sides broke off their talks in Geneva on Friday; they will meet again.",
     "Friday", "2016-01-15"),
    # a plan before the semicolon, a done act right after it
    ("The trial of the three men will open in the capital on Monday; police arrested them in "
     "May.",
     "Monday", "2016-01-25"),
    ("The new peace talks between the parties are to resume in Oslo on Friday; the last round "
     "collapsed.", "Friday", "2016-01-22"),
    ("Leaders of both parties will hold a joint rally in the park on Saturday; they clashed in "
     "the debate.", "Saturday", "2016-01-23"),
    ("The court will hear the appeal of the former governor in March; he was convicted.",
     "March", "2016-03"),
    ("Aid convoys will bring food to the camps near the border on Friday; the last one was "
     "looted.", "Friday", "2016-01-22"),
    ("The ministers will sign the final text in Vienna on Thursday; they had agreed on it.",
     "Thursday", "2016-01-21"),
    ("Schools across the province will reopen their doors in February; they had closed.",
     "February", "2016-02"),
    ("The envoy will fly to the rebel-held city on Sunday; he met the rebels last year.",
     "Sunday", "2016-01-24"),
    # neighbours: no semicolon, or the same tense on both sides
    ("Chappell was arrested Sunday and is scheduled to appear in court Thursday.", "Thursday",
     "2016-01-21"),
    ("The suspect was arrested on Saturday and will be arraigned on Thursday.", "Thursday",
     "2016-01-21"),
    ("The army said on Monday it will withdraw; the rebels said the same.", "Monday",
     "2016-01-18"),
    ("Talks will resume on Friday; a deal could follow.", "Friday", "2016-01-22"),
    ("A man was shot in Akron on Sunday; his brother was wounded.", "Sunday", "2016-01-17"),
]


@pytest.mark.parametrize(("text", "expr", "value"), CASES, ids=[c[0][:50] for c in CASES])
def test_a_semicolon_bounds_the_clause_whose_tense_anchors_the_date(text, expr, value):
    assert _found(text)[expr] == value


OPENING = [
    ("He was arrested in 2015. A year later, he was freed.", "A year", "P1Y"),
    ("The plant closed in 2012. A year after that, it reopened.", "A year", "P1Y"),
    ("The mine shut in 2009. A year and a half later, it reopened.", "A year and a half",
     "P1Y6M"),
    ("The town fell on Monday. A year of siege had ended.", "A year", "P1Y"),
    ("Rebels took the airport. A week of fighting followed.", "A week", "P1W"),
    ("The siege ended. A month of calm followed.", "A month", "P1M"),
    ("Troops left in 2001. A year afterwards, the rebels returned.", "A year", "P1Y"),
    ("\"We will stay,\" he said. A year later, he left.", "A year", "P1Y"),
    ("The curfew was lifted on Friday. A day of prayer was held.", "A day", "P1D"),
    ("The mayor quit in 2018 (under pressure). A year later, he ran again.", "A year", "P1Y"),
    ("Was it worth it? A year later, the answer is clear.", "A year", "P1Y"),
    ("It was 1999: a year later, the regime fell.", "a year", "P1Y"),
    ("Two were killed in 2016; a year later, three more died.", "a year", "P1Y"),
    ("The truce was signed in 2014. A year on, it is holding.", "A year", "P1Y"),
    ("The park was closed in 2020. A year and a half on, it has reopened.",
     "A year and a half", "P1Y6M"),
    ("The dam was finished in 1971. A decade of floods followed.", "A decade", "P1DE"),
    ("Police arrived. A second later, a shot rang out.", "A second", "PT1S"),
    # neighbours that already worked
    ("The dam broke. An hour later, the village was under water.", "An hour", "PT1H"),
    ("Floods hit in 2011. A month later, cholera broke out.", "A month", "P1M"),
    ("The strike began! A week later, it was over.", "A week", "P1W"),
]


@pytest.mark.parametrize(("text", "expr", "value"), OPENING, ids=[c[0][:50] for c in OPENING])
def test_a_span_of_time_that_opens_a_clause_is_no_rate(text, expr, value):
    assert _found(text)[expr] == value


NOT_SPANS = [
    ("The tax costs $40 a year.", "a year"),
    ("Rent rose to $1,200 a month.", "a month"),
    ("He earns 500 euros a week.", "a week"),
    ("Four flights a week land at the airport.", "a week"),
    ("Tickets cost ($40) a week.", "a week"),
    ("Police arrested him. A second man was held.", "A second"),
    ("A second man was held on Monday.", "A second"),
    ("The vote passed. A second reading is due.", "A second"),
    ("The bill failed; a second vote is planned.", "a second"),
]


@pytest.mark.parametrize(("text", "expr"), NOT_SPANS, ids=[c[0][:50] for c in NOT_SPANS])
def test_rates_and_the_ordinal_second_are_no_spans_of_time(text, expr):
    assert expr not in _found(text)
