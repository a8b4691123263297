"""Mob violence told by who set upon whom (issue 19 item 2, session 29): villagers, residents,
neighbours, youths, traders, worshippers or onlookers who attack, assault, hack, stone, beat or
set on fire a person (a suspected thief, a witch, a driver) are a mob, also with words between
("a group of villagers armed with sticks attacked health workers"); not when they only report
what armed men did ("Residents said gunmen attacked the village"). Made-up sentences; the
neighbours keep their labels."""

from __future__ import annotations

import pytest

from sitrep.extract.events.case.rules import classify_rules

PROBES = [
("Members of the community set a man on fire after accusing him of stealing a goat.", "MOB_VIOL"),
("A group of villagers armed with sticks attacked health workers whom they suspected of "
     "spreading the virus.", "MOB_VIOL"),
("Angry residents attacked two men suspected of kidnapping a child.", "MOB_VIOL"),
("Villagers hacked a suspected witch to death in the hills.", "MOB_VIOL"),
("Youths armed with clubs assaulted a bus driver after a crash killed a pedestrian.", "MOB_VIOL"),
("Traders in the market attacked a man they accused of picking pockets.", "MOB_VIOL"),
("Local residents torched the home of a man accused of killing a girl and beat him.", "MOB_VIOL"),
("Neighbours stoned a couple accused of practising witchcraft.", "MOB_VIOL"),
("Worshippers attacked a man who had allegedly insulted the prophet.", "MOB_VIOL"),
("Onlookers set upon a motorist who had run over a child, beating him badly.", "MOB_VIOL"),
("Residents said gunmen attacked the village at dawn, killing six men.", "ATTACK"),
("Villagers told reporters that soldiers beat several men during the raid.", "ATTACK"),
("Residents protested peacefully against the closure of the clinic.", "PEACE_PROTEST"),
("Youths marched through the town centre demanding jobs.", "PEACE_PROTEST"),
("Bandits attacked villagers returning from the market, killing four men.", "ATTACK"),
]


@pytest.mark.parametrize(("text", "label"), PROBES)
def test_a_crowd_setting_upon_a_person_is_a_mob(text: str, label: str) -> None:
    assert classify_rules(text) == label
