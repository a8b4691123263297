"""Claims, denials and reactions in other words (issue 19 item 2, session 26): "owned
responsibility" (South Asian press), a group that "admitted" or "acknowledged" its men did it,
acts attributed beyond attacks and bombings (burning, looting, shelling, rape), a state's formal
complaint ("lodged a protest", a démarche) as DIPLO, and victims named before a participle ("killing
17 villagers and burning homes") not read as a mob. Made-up sentences; neighbours keep theirs."""

from __future__ import annotations

import pytest

from sitrep.extract.events.case.rules import classify_rules

CHANGED = [
    ("The proscribed outfit owned responsibility for the ambush on the police van.", "ATTRIB"),
    ("A militant group owned up responsibility for the grenade attack on the market.", "ATTRIB"),
    ("The rebel movement acknowledged in a statement that its fighters had abducted the "
     "three surveyors.", "ATTRIB"),
    ("The militia admitted that its men had executed the prisoners near the river.", "ATTRIB"),
    ("Survivors attributed the looting of the clinic to soldiers of the local garrison.",
     "ATTRIB"),
    ("Residents attributed the shelling of the market to the separatist forces.", "ATTRIB"),
    ("The foreign office lodged a formal protest with the neighbouring state over the killing "
     "of two herders at the border.", "DIPLO"),
    ("The ministry of external affairs lodged a strong complaint with the envoy over the "
     "shelling of border posts.", "DIPLO"),
    ("Bandits raided two villages at night, killing nine residents and burning granaries.",
     "ATTACK"),
    ("Gunmen stormed the hamlet, shooting 12 villagers and burning their huts.", "ATTACK"),
]
NEIGHBOURS = [
    ("Angry villagers beat a suspected kidnapper to death in the square.", "MOB_VIOL"),
    ("Residents burned a suspected witch alive in the village.", "MOB_VIOL"),
    ("Thousands protested in the capital against the new fuel tax.", "PEACE_PROTEST"),
    ("The militants ambushed a police van on the highway, killing four officers.", "ARMED_CLASH"),
    ("Soldiers looted the clinic and burned down the market, residents said.",
     "PROPERTY_DISTRUCT"),
    ("The group said its fighters would defend the town to the last man.", "OTHER"),
    ("Separatist forces shelled the market on Sunday, killing three traders.", "ART_MISS_ATTACK"),
    ("The foreign ministers met in the capital to discuss trade and border crossings.", "DIPLO"),
    ("Gunmen abducted three surveyors working on the new dam.", "ABDUCT_DISSAP"),
    ("The army said its troops killed 20 militants in an operation in the hills.", "ARMED_CLASH"),
]


@pytest.mark.parametrize(("text", "label"), CHANGED + NEIGHBOURS)
def test_claim_or_reaction_gets_its_label(text: str, label: str) -> None:
    assert classify_rules(text) == label
