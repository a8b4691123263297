"""Made-up probes (not copied from any data set): an act told as coming or as possible (a
future or hypothetical flag: "said it would send troops", "was preparing to evacuate", "was
ready to resign") takes no day from outside its own clause: not the day of the saying ("flew
to Goma on Saturday and said the government would send troops"), nor the story's day lent to
undated acts ("Gunmen killed six villagers on Monday. The state government said it would send
200 police officers"). An announcement without a day leaves the act's day unknown (null).
Neighbours: a decision announced in the present's future ("announced on Monday that it will
suspend arms sales") keeps the announcement's day; a coming act keeps its own clause's day ("would suspend services starting
Friday", "the withdrawal would begin on Saturday"), and a done act keeps the day it is told on
or lent. Published Wednesday 2016-01-20."""

from __future__ import annotations

import pytest

from samples import trigger_days

CHANGED = [
    ("Gunmen killed six villagers near Jos on Monday. The state government said it would "
     "send 200 police officers to the area.", "send"),
    ("The minister flew to Goma on Saturday and said the government would send troops to the "
     "border.", "send"),
    ("Floods swept through Sylhet on Monday. China said it would send 5,000 tents.", "send"),
    ("Rebels seized the town of Kidal on Sunday. France said it would deploy 300 soldiers to "
     "the region.", "deploy"),
    ("The army shelled the port of Hodeida on Monday. The United Nations said it would provide "
     "food to 10,000 families.", "provide"),
    ("Police arrested 14 gang members in Tegucigalpa on Tuesday. The interior minister said "
     "the government would ask El Salvador to extradite two leaders.", "ask"),
    ("Troops clashed with rebels near Beni on Sunday. The rebels said they would release three "
     "soldiers as a goodwill gesture.", "release"),
    ("Protesters stormed the parliament in Colombo on Saturday. The prime minister said he was "
     "ready to resign.", "resign"),
    ("Police fired tear gas at students in Nairobi on Monday. The education minister said he "
     "would meet student leaders.", "meet"),
    ("A bomb killed four soldiers near Kandahar on Sunday. The defence ministry said it would "
     "send more troops to the province.", "send"),
    ("Gunmen attacked a mine in Pataz on Saturday. The government said it would impose a "
     "curfew in the province.", "impose"),
    ("Rioters burned shops in Jakarta on Monday. Japan said it would resume aid to "
     "Indonesia.", "aid"),
    ("Heavy fighting shook Khartoum on Monday. Germany said it was preparing to evacuate its "
     "citizens.", "evacuate"),
    ("The companies agreed on Monday to merge. The lawsuit will be dropped under the "
     "agreement, the companies said.", "lawsuit"),
]

KEPT = [
    ("Transport unions announced they would strike for 48 hours starting Friday.",
     "strike", {"2016-01-22"}),
    ("The minister said the withdrawal of troops would begin on Saturday.", "withdrawal",
     {"2016-01-23"}),
    ("Sri Lanka's president will resign on Friday, the speaker said.", "resign",
     {"2016-01-22"}),
    ("The government said 300 police officers would be deployed to the city starting Friday.",
     "deployed", {"2016-01-22"}),
    ("The two sides are to resume talks in Doha on Friday.", "talks", {"2016-01-22"}),
    ("The minister said on Monday that the army would withdraw from the town on Friday.",
     "withdraw", {"2016-01-22"}),
    ("The defendant is scheduled to be sentenced on Friday.", "sentenced", {"2016-01-22"}),
    ("On Friday, the army will send two battalions to the border, the minister said.", "send",
     {"2016-01-22"}),
    ("The minister said on Monday that the government had sent troops to the border.", "sent",
     {"2016-01-18"}),
    ("Gunmen killed six villagers near Jos on Monday. The state government sent 200 police "
     "officers to the area.", "sent", {"2016-01-18"}),
    ("The rebels released three soldiers on Sunday as a goodwill gesture.", "released",
     {"2016-01-17"}),
    ("France deployed 300 soldiers to Kidal on Sunday, the ministry said.", "deployed",
     {"2016-01-17"}),
    # a decision told in the present's future on the day it is announced
    ("Norway announced on Monday that it will suspend arms sales to Chad.", "suspend",
     {"2016-01-18"}),
    ("The ministry said Tuesday that it will suspend flights to Juba.", "suspend",
     {"2016-01-19"}),
]


@pytest.mark.parametrize(("text", "trigger"), CHANGED, ids=[t[:48] for t, _ in CHANGED])
def test_a_coming_act_takes_no_day_outside_its_clause(pipeline, text, trigger):
    assert trigger_days(pipeline, text, trigger) == {None}


@pytest.mark.parametrize(("text", "trigger", "days"), KEPT, ids=[t[:48] for t, _, _ in KEPT])
def test_own_clause_days_and_done_acts_stay(pipeline, text, trigger, days):
    assert trigger_days(pipeline, text, trigger) == days
