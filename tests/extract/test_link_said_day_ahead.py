"""Made-up probes (not copied from any data set): an act announced as coming or possible ("would
call a strike", "would impose sanctions") is not dated by the day of the saying, also where the
parser hangs the saying's day on the reported verb because it is written between the verb of
saying and the reported clause's subject ("said on Tuesday they would call a strike"): the
announcement leaves the act's own day unknown (null). Neighbours: a day in the act's own clause
("would call a general strike on Friday"), a decision told in the present's future ("will
visit"), and acts told as done keep their days. Published Wednesday 2016-01-20."""

from __future__ import annotations

import pytest
from tests.samples import trigger_days

CHANGED = [
    ("Union leaders said on Tuesday they would call a general strike if wages were cut.",
     "strike"),
    ("The rebels said on Monday they would release the hostages if the army withdrew.",
     "release"),
    ("Officials said on Monday troops would be sent to the border.", "troops"),
    ("Police said on Tuesday they would arrest anyone who joined the march.", "arrest"),
    ("Washington said on Monday it would impose sanctions on the generals.", "impose"),
    ("The president said on Tuesday he would meet the opposition leader.", "meet"),
    ("The opposition said on Monday its leader would meet the president.", "meet"),
    ("The army said on Tuesday it would deploy 500 soldiers to the province.", "deploy"),
    ("Kenya said on Monday it would expel the ambassador if the claims were confirmed.",
     "expel"),
    ("The coalition said on Monday its jets would strike rebel positions near the border.",
     "strike"),
]

KEPT = [
    ("Union leaders said they would call a general strike on Friday.", "strike",
     {"2016-01-22"}),
    ("The ministry said on Tuesday the envoy will visit Kabul.", "visit", {"2016-01-19"}),
    ("Police said on Tuesday they arrested two men.", "arrested", {"2016-01-19"}),
    ("The rebels said on Monday they had released the hostages.", "released", {"2016-01-18"}),
    ("The president said he would meet the opposition leader on Friday.", "meet",
     {"2016-01-22"}),
    ("Officials said troops would be sent to the border on Saturday.", "troops",
     {"2016-01-23"}),
    ("The ministry said on Tuesday the envoy would visit Kabul.", "visit", {None}),
    ("The government announced on Monday it would impose a curfew in the city.", "impose",
     {None}),
]


@pytest.mark.parametrize(("text", "trigger"), CHANGED, ids=[t[:48] for t, _ in CHANGED])
def test_an_announced_act_takes_no_day_of_its_saying(pipeline, text, trigger):
    assert trigger_days(pipeline, text, trigger) == {None}


@pytest.mark.parametrize(("text", "trigger", "days"), KEPT, ids=[t[:48] for t, _, _ in KEPT])
def test_own_days_and_done_acts_stay(pipeline, text, trigger, days):
    assert trigger_days(pipeline, text, trigger) == days
