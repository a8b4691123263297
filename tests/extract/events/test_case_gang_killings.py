"""Killings done by a criminal group (issue 19 item 2, session 44): gang members, a cartel's
gunmen, extortion gangs or traffickers who kill people who are not fighters (bus drivers,
shopkeepers, a witness) are organised crime (ORG_CRIME, the codebook's criminal activity other
than fighting between the groups), not an attack. Made-up sentences; the neighbours (gangs
fighting each other, gunmen or militants killing villagers) keep
their labels."""

from __future__ import annotations

import pytest

from sitrep.extract.events.case.rules import classify_rules

CRIMES = [
    "Gang members shot dead three taxi drivers in the capital after the drivers refused to pay "
    "protection money, police said.",
    "Extortion gangs have killed nine shopkeepers in the district since March, traders said.",
    "A drug cartel's hitmen killed a witness who was due to testify against its leader.",
    "Members of a smuggling gang murdered two border guards' informants near the river.",
]

NEIGHBOURS = [
    ("Rival gangs exchanged fire in the slum overnight, leaving four dead.", "ARMED_CLASH"),
    ("Gunmen killed 12 villagers in a raid on a hamlet, police said.", "ATTACK"),
    ("Militants killed five villagers at a market, the army said.", "ATTACK"),
]


@pytest.mark.parametrize("text", CRIMES)
def test_killing_by_a_criminal_group_is_org_crime(text: str) -> None:
    assert classify_rules(text) == "ORG_CRIME"


@pytest.mark.parametrize(("text", "label"), NEIGHBOURS)
def test_fights_and_other_killings_keep_their_label(text: str, label: str) -> None:
    assert classify_rules(text) == label
