"""Killings told as crime (issue 19 item 2, session 39: crime described by the police action;
the known miss "gunmen killing mayors reported by a prosecutor"), on made-up sentences: unnamed
gunmen, assailants, armed men or hired killers whose killing a prosecutor's or attorney general's
office reports (a criminal investigation), and bodies found dumped or in a clandestine grave, are
organised crime (ORG_CRIME, the blind sets' convention since s34), not an attack by an armed group.
Killings by named armed groups, or with no prosecutor, stay attacks (hitmen reported by an
ombudsman stay ATTACK, as probe 6 has it); a firefight between soldiers and gunmen stays a clash."""

from __future__ import annotations

import pytest

from sitrep.extract.events.case.rules import classify_rules

CRIMES = [
    "Two gunmen on a motorbike shot dead a town councillor outside his shop, the regional prosecutor's office said.",
    "Assailants killed a candidate for mayor and his nephew on a rural road, prosecutors said on Monday.",
    "Unknown attackers murdered a local judge as she left court, the attorney general's office said.",
    "Gunmen opened fire on a bar, killing five customers, the state prosecutor said.",
    "Armed men killed a police chief and his escort near the port, according to the prosecutor's office.",
    "A hitman shot the businessman three times as he parked his car, prosecutors said.",
    "Hired killers murdered a community leader near the mine, the attorney general's office said.",
    "Gunmen killed a councillor at his farm, and prosecutors said the killing was ordered from prison.",
    "The bodies of four men were found dumped in a ravine outside the city on Sunday.",
    "Seven bodies with signs of torture were dumped on a highway bridge overnight.",
    "The bodies of three missing traders were found buried in a clandestine grave.",
    "Sicarios killed a radio host in the border city, the state prosecutor's office said.",
]

NEIGHBOURS = [
    ("Gunmen killed 12 villagers in a raid on a hamlet, police said.", "ATTACK"),
    ("Rebels killed the mayor of the town and two aides, the regional prosecutor said.", "ATTACK"),
    ("Hitmen shot dead a union organiser outside his home, the ombudsman said.", "ATTACK"),
    ("Soldiers and gunmen exchanged fire for two hours near the border, the army said.", "ARMED_CLASH"),
]


@pytest.mark.parametrize("text", CRIMES)
def test_killing_told_as_crime_is_org_crime(text: str) -> None:
    assert classify_rules(text) == "ORG_CRIME"


@pytest.mark.parametrize(("text", "label"), NEIGHBOURS)
def test_armed_groups_and_plain_attacks_keep_their_label(text: str, label: str) -> None:
    assert classify_rules(text) == label
