"""Made-up probes (not copied from any data set): an act told as coming (``future``) and dated by
a weekday alone is on the coming such day, also where the words that tell the future lie far
from the day ("said its envoy would meet the officials at the peacekeepers' headquarters in
Tskhinvali on Saturday") and the day was read as the past one. Neighbours: acts told as done keep
the past day, and a coming act dated near its cue stays. Published Wednesday 2016-01-20."""

from __future__ import annotations

import pytest
from tests.samples import trigger_days

CHANGED = [
    ("The OSCE said its envoy would meet Georgian and South Ossetian officials at the "
     "peacekeepers' headquarters in Tskhinvali on Saturday.", "meet", {"2016-01-23"}),
    ("Mediators said the rebels would release the remaining hostages to a delegation of the Red "
     "Cross in the town on Monday.", "release", {"2016-01-25"}),
    ("The army said it would deploy two more battalions of paratroopers to the troubled eastern "
     "province on Tuesday.", "deploy", {"2016-01-26"}),
    ("The ministry said the envoy would meet the leaders of the two rival factions in the "
     "southern port city on Friday.", "meet", {"2016-01-22"}),
    ("Officials said the rebels would free the three kidnapped aid workers at a checkpoint "
     "outside the town on Saturday.", "free", {"2016-01-23"}),
    ("The prime minister said he would meet the head of the opposition and the leaders of the "
     "unions on Tuesday.", "meet", {"2016-01-26"}),
    ("Police said they would arrest the organisers of the banned march through the centre of "
     "the capital on Friday.", "arrest", {"2016-01-22"}),
    ("The coalition said its warplanes would strike the positions held by the militants in the "
     "hills around the town on Sunday.", "strike", {"2016-01-24"}),
    ("The navy said it would deploy three frigates and a submarine to the waters off the "
     "disputed islands on Monday.", "deploy", {"2016-01-25"}),
    ("The two presidents would hold talks on trade, energy and the disputed border at a summit "
     "in the capital on Friday, officials said.", "talks", {"2016-01-22"}),
]

KEPT = [
    ("The president will visit the refugee camps near the northern border town on Monday.",
     "visit", {"2016-01-25"}),
    ("The president visited the refugee camps near the northern border town on Monday.",
     "visited", {"2016-01-18"}),
    ("The army deployed two more battalions of paratroopers to the troubled eastern province "
     "on Tuesday.", "deployed", {"2016-01-19"}),
    ("The army said it would send another 500 soldiers from the capital to the border region "
     "on Sunday.", "send", {"2016-01-24"}),
    ("Police said on Tuesday they arrested two men.", "arrested", {"2016-01-19"}),
    ("Officials said a curfew imposed by the council after Monday's clashes would stay in place "
     "until Sunday.", "curfew", {"2016-01-18"}),
]


@pytest.mark.parametrize(("text", "trigger", "days"), CHANGED, ids=[t[:48] for t, _, _ in CHANGED])
def test_a_coming_act_is_on_the_coming_weekday(pipeline, text, trigger, days):
    assert trigger_days(pipeline, text, trigger) == days


@pytest.mark.parametrize(("text", "trigger", "days"), KEPT, ids=[t[:48] for t, _, _ in KEPT])
def test_done_acts_and_near_days_stay(pipeline, text, trigger, days):
    assert trigger_days(pipeline, text, trigger) == days
