"""Made-up probes (not copied from any data set): a non-violent act told in a perfect inside a
report ("Police said they had arrested 52 people", "Romania said it had deployed air defence
units", "said they had opened an investigation"), with no day of its own, is done by the time
of the report but its day is not told: the day of the story around it (the sentence before,
the article's main day) is not lent to it, and it stays null. Neighbours: the same act told in
a simple past ("Police arrested two suspects") takes the story's day as before, an act with
its own day keeps it, and violent acts keep the day of the story's violence. Published
Wednesday 2016-01-20."""

from __future__ import annotations

import pytest

from samples import trigger_days

CHANGED = [
    ("Gunmen killed six villagers near Jos on Monday. Police said they had arrested 52 "
     "people.", "arrested"),
    ("Drones struck a village near Galati on Tuesday. Romania said it had deployed additional "
     "air defence units along the border.", "deployed"),
    ("An earthquake struck Herat on Saturday. The World Food Programme said it had delivered "
     "flour to 4,000 survivors.", "delivered"),
    ("Protesters clashed with police in Tbilisi on Sunday. Police said they had opened an "
     "investigation.", "investigation"),
    ("Rebels attacked a convoy near Goma on Monday. The army said it had sent reinforcements "
     "to the area.", "sent"),
    ("Rioters burned shops in Jakarta on Monday. Officials said 40 people had been detained.",
     "detained"),
    # (aid workers evacuating families is a rescue, no RETREAT: the act is their delivery)
    ("Floods swept through Sylhet on Monday. Aid workers said they had delivered food to "
     "3,000 families.", "delivered"),
    ("A bomb exploded in Quetta on Sunday. The ministry said it had suspended aid to the "
     "city.", "suspended"),
    ("Gunmen killed a mayor in Guerrero on Tuesday. His party said it had suspended its "
     "campaign in the state.", "suspended"),
    ("Rebels attacked an outpost near Lashio on Monday. The army said it had seized 30 "
     "rifles.", "seized"),
]

KEPT = [
    ("Gunmen killed six villagers near Jos on Monday. Police arrested two suspects.",
     "arrested", {"2016-01-18"}),
    ("Gunmen killed six villagers near Jos on Monday. Police said they arrested two suspects "
     "on Tuesday.", "arrested", {"2016-01-19"}),
    ("Gunmen killed six villagers near Jos on Monday. Police said they had arrested two "
     "suspects on Tuesday.", "arrested", {"2016-01-19"}),
    ("Rebels attacked a convoy near Goma on Monday. The army sent reinforcements to the area.",
     "sent", {"2016-01-18"}),
    ("Police said the gunmen had killed six villagers near Jos on Monday.", "killed",
     {"2016-01-18"}),
    ("Rioters burned shops in Jakarta on Monday. Officials said 40 people had been detained.",
     "burned", {"2016-01-18"}),
]


@pytest.mark.parametrize(("text", "trigger"), CHANGED, ids=[t[:48] for t, _ in CHANGED])
def test_a_reported_perfect_act_borrows_no_day(pipeline, text, trigger):
    assert trigger_days(pipeline, text, trigger) == {None}


@pytest.mark.parametrize(("text", "trigger", "days"), KEPT, ids=[t[:48] for t, _, _ in KEPT])
def test_simple_pasts_own_days_and_violence_stay(pipeline, text, trigger, days):
    assert trigger_days(pipeline, text, trigger) == days
