"""Made-up probes (not copied from any data set): a day that closes a period ("will remain in
place until Sunday", "has suspended flights until Monday") is the day the period ends, not the
day of an act of its sentence, and does not make a done act a coming one. Neighbours: the day
an act was done ("imposed a curfew on Monday") keeps dating it. Published Wednesday
2016-01-20."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.samples import trigger_days

from sitrep.pipeline import article_id
from sitrep.records import Article

CHANGED = [
    ("Police have stepped up patrols in the town centre, and a dispersal order will remain in "
     "place until Sunday.", "patrols"),
    ("Officials said a curfew imposed by the council would stay in place until Sunday.",
     "curfew"),
    ("The army has deployed troops to the border town until Friday.", "deployed"),
    ("A ban on protests in the capital will remain in force until Saturday.", "ban"),
    ("The ministry has suspended flights to the region until Sunday.", "suspended"),
    ("Authorities have imposed a curfew in the district until Monday.", "imposed"),
    ("The government has imposed a state of emergency in the province until Friday.",
     "imposed"),
    ("The army has sent 300 soldiers to the border until Sunday.", "sent"),
    ("The airline has suspended flights to the capital till Friday.", "suspended"),
    ("Police have banned protests near parliament until Monday.", "banned"),
]

KEPT = [
    ("Authorities imposed a curfew in the district on Monday.", "imposed", {"2016-01-18"}),
    ("The ministry suspended flights to the region on Monday until Sunday.", "suspended",
     {"2016-01-18"}),
    ("Police banned all marches in the city centre on Tuesday.", "banned", {"2016-01-19"}),
    ("The army deployed troops to the border town on Sunday.", "deployed", {"2016-01-17"}),
    ("The envoy will visit Kabul on Friday.", "visit", {"2016-01-22"}),
]


@pytest.mark.parametrize(("text", "trigger"), CHANGED, ids=[t[:48] for t, _ in CHANGED])
def test_the_end_of_a_period_dates_no_act(pipeline, text, trigger):
    assert trigger_days(pipeline, text, trigger) == {None}


@pytest.mark.parametrize(("text", "trigger"), CHANGED[2:3] + CHANGED[4:],
                         ids=[t[:48] for t, _ in CHANGED[2:3] + CHANGED[4:]])
def test_a_done_act_lasting_until_a_day_is_not_coming(pipeline, text, trigger):
    article = Article(text=text, id=article_id(text), published=dt.date(2016, 1, 20),
                      source="probe", language="en", origin="probe")
    found = [e for e in pipeline.process(article).events
             if e.trigger.text.split()[0] == trigger]
    assert found and all("future" not in e.modes for e in found)


@pytest.mark.parametrize(("text", "trigger", "days"), KEPT, ids=[t[:48] for t, _, _ in KEPT])
def test_days_of_acts_stay(pipeline, text, trigger, days):
    assert trigger_days(pipeline, text, trigger) == days
