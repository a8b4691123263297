"""Territory changing hands in other words (issue 19 item 2, session 26): "pushing X out of",
"ousting", "established control over", "in full control of", a place that "passed under the
control of" someone (the taker is the first phrase after it, not an actor of a later adjunct),
a flag hoisted over a place, a post vacated under an accord, and a fronted participle clause
("After overrunning the post, the militants ...") whose doer is the main clause's subject.
Made-up sentences; the neighbours (fighting without a change of hands, a flag raised at a
ceremony, control of prices) must keep their labels."""

from __future__ import annotations

import pytest

from sitrep.extract.events.case.rules import classify_rules

CHANGED = [
    ("Soldiers pushed the insurgents out of three hamlets near the river after a week of battles.",
     "GOV_REGAINS_TERIT"),
    ("The national army established control over the mining town after ousting the rebels.",
     "GOV_REGAINS_TERIT"),
    ("Federal troops are now in complete control of the provincial capital, a spokesman said.",
     "GOV_REGAINS_TERIT"),
    ("The border town passed into the hands of the armed groups after a night of clashes with "
     "the army.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("The village passed under the control of the militia following heavy fighting with "
     "government troops.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Having overrun the police station, the insurgents raised their banner over the town hall.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("After storming the garrison, the rebels hoisted their flag over the district office.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Under the truce, the militia vacated its checkpoints on the highway, which were handed to "
     "the army.", "NON_VIOL_TERRIT_TRANSFER"),
    ("Marines dislodged the militants from the island's port after two days of fighting.",
     "GOV_REGAINS_TERIT"),
    ("Rebels drove the soldiers out of the airfield and now control the road to the capital.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
]
NEIGHBOURS = [
    ("Soldiers and insurgents exchanged fire near the river for several hours.", "ARMED_CLASH"),
    ("Government troops tried to push the rebels out of the hills but were beaten back.",
     "ARMED_CLASH"),
    ("The president raised the national flag at a ceremony in the capital.", "OTHER"),
    ("The government imposed price controls on bread and fuel.", "OTHER"),
    ("Rebels shelled the provincial capital overnight, killing four civilians.",
     "ART_MISS_ATTACK"),
    ("Thousands marched in the capital to demand that the army hand power to civilians.",
     "PEACE_PROTEST"),
    ("The two sides signed a truce in the capital on Friday.", "AGREEMENT"),
    ("Insurgents ambushed an army convoy on the highway, killing six soldiers.", "ARMED_CLASH"),
    ("After meeting the elders, the governor announced a new road for the district.", "OTHER"),
    ("Police arrested the mayor of the town over a speech criticising the governor.",
     "ARREST"),
]


@pytest.mark.parametrize(("text", "label"), CHANGED + NEIGHBOURS)
def test_territory_change_gets_its_label(text: str, label: str) -> None:
    assert classify_rules(text) == label
