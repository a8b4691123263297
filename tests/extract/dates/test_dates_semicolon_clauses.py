"""Made-up probes (not copied from any data set): a semicolon joins two clauses that keep their
own tenses, so a weekday or a month takes its year or week from the cues of its own clause,
not from a plan or a past verb across the semicolon ("a man was stabbed on Tuesday; a vigil
will be held Thursday": last Tuesday, next Thursday). Published Wednesday 2016-01-20."""

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
