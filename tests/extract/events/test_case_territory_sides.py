"""Which side took the territory (issue 19 item 2, session 37): the side named as the loser of
a passive removal verb ("the rebels were driven out of the town", "militants had been pushed back
from their positions") lost the place, so the other side took it; an actor that is the object of a
violence verb ("killed 40 insurgents while retaking the base") is not the taker; troopers and
paratroopers are state forces, Islamists a non-state one. Made-up sentences; the neighbours (the
state forces driven out, rebels taking a town, fighting without a change of hands) keep their
labels."""

from __future__ import annotations

import pytest

from sitrep.extract.events.case.rules import classify_rules

TAKEN = [
    ("The insurgents were driven out of four villages in the valley after a week-long offensive.",
     "GOV_REGAINS_TERIT"),
    ("Officials said the militants had been pushed back from the outskirts of the provincial "
     "capital.", "GOV_REGAINS_TERIT"),
    ("The jihadists were ousted from the border town on Sunday, the defence ministry said.",
     "GOV_REGAINS_TERIT"),
    ("Rebel fighters have been dislodged from the hilltop they had held for two years.",
     "GOV_REGAINS_TERIT"),
    ("The guerrillas were cleared from the last districts of the province, a general said.",
     "GOV_REGAINS_TERIT"),
    ("Government soldiers were driven out of the mining town by the separatists on Friday.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("The army was pushed out of its last base in the north, residents said.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Police officers were ousted from the district headquarters, which the militia now controls.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Troops killed at least 30 rebels while recapturing the airport on the edge of the city.",
     "GOV_REGAINS_TERIT"),
    ("The army said soldiers wounded dozens of militants while retaking the district centre.",
     "GOV_REGAINS_TERIT"),
    ("Commandos killed eight insurgents and took control of the crossing, a spokesman said.",
     "GOV_REGAINS_TERIT"),
    ("Soldiers ambushed a group of gunmen before seizing the camp in the forest.",
     "GOV_REGAINS_TERIT"),
    ("Rebels killed 12 soldiers and took over the garrison town on Tuesday.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Troopers have captured three rebel camps in the mountains over the weekend.",
     "GOV_REGAINS_TERIT"),
    ("Paratroopers seized the airfield at dawn, a spokesman said.", "GOV_REGAINS_TERIT"),
    ("The Islamists attacked and took over the town of Marbe on Thursday.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Islamist fighters have captured a strategic crossing on the river, residents said.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
]
NEIGHBOURS = [
    ("Rebels seized the town after the soldiers fled.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Troops retook the airport from the rebels on Monday.", "GOV_REGAINS_TERIT"),
    ("The militants captured the police station after overrunning a checkpoint.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Insurgents ambushed an army convoy on the highway, killing six soldiers.", "ARMED_CLASH"),
    ("Troops clashed with rebels near the river for several hours.", "ARMED_CLASH"),
    ("The town fell to the insurgents after two days of clashes with the army.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Soldiers drove the insurgents out of the market town after heavy fighting.",
     "GOV_REGAINS_TERIT"),
    ("Police arrested the mayor of the town over a speech criticising the governor.", "ARREST"),
    ("The Islamist party won most seats in the town council.", "OTHER"),
    ("The troopers were greeted by villagers at a ceremony in the town.", "OTHER"),
]


@pytest.mark.parametrize(("text", "label"), TAKEN + NEIGHBOURS)
def test_taker_side(text: str, label: str) -> None:
    assert classify_rules(text) == label
