"""Snippets that tell a main happening beside another (issue 19 item 2, session 34): an arrest
"in connection with" or "over their role in" a past happening is the arrest; a grenade or a
suicide bombing named only in a fronted background phrase ("Two days after a policeman was
killed in a grenade attack, gunmen shot dead ...") does not name the main attack's weapon
(``rules.foreground``). Also cue families: one side accused of making an attack happen
("accused the rebels of planting the mine") or a charge its target denies is attribution;
aircraft that strike, bomb or pound are an air strike; a group's new leader is a change to the
group. Made-up sentences; the neighbours keep their labels."""

from __future__ import annotations

import pytest

from samples import check_case_label

PROBES = [
# arrests for a past happening named in a background phrase: the arrest is the event
("Police detained 40 people in connection with last week's riots in the port city.", "ARREST"),
("Security forces arrested two brothers in relation to the riots that shook the town in May.",
 "ARREST"),
("Three men were arrested over their alleged role in the looting of shops during the unrest.",
 "ARREST"),
("Prosecutors charged a former officer for his part in the massacre of villagers in 2004.",
 "ARREST"),
# a weapon named only in the background does not decide the label
("Two days after a policeman was killed in a grenade attack, gunmen shot dead a shopkeeper in "
 "the same market.", "ATTACK"),
("A week after a suicide bombing at a mosque, police arrested five suspects in a raid on a "
 "house.", "ARREST"),
("Militants hurled a grenade at a police patrol in the old town, wounding three officers.",
 "GRENADE"),
("A suicide bomber blew himself up at a checkpoint, killing four soldiers.", "SUIC_BOMB"),
# one side accused of making an attack happen, or a charge its target rejects: attribution
("The army accused the rebels of planting the mine that killed six villagers.", "ATTRIB"),
("The government accused the opposition of orchestrating the bombing of the rail line.",
 "ATTRIB"),
("Officials accused a rival militia of masterminding the ambush on the convoy.", "ATTRIB"),
("The militia blamed the army for the shelling, a charge the military denied.", "ATTRIB"),
("The minister accused the opposition of spreading lies about the election.", "not ATTRIB"),
("Police accused the man of stealing cattle from his neighbours.", "not ATTRIB"),
# aircraft that strike or bomb: an air strike
("Coalition aircraft struck a rebel position in the north overnight, killing 14 fighters.",
 "AIR_STRIKE"),
("Government jets bombed a market in the rebel-held town, killing at least 20 civilians.",
 "AIR_STRIKE"),
("Army helicopters pounded militant hideouts in the mountains on Sunday.", "AIR_STRIKE"),
("Military drones struck a vehicle carrying two commanders near the border.", "AIR_STRIKE"),
("A plane carrying aid landed at the airport after the fighting stopped.", "not AIR_STRIKE"),
# a group's new leader: a change to the group
("The rebel movement named a former general as its new leader after the death of its chief.",
 "CHANGE_TO_GROUP_ACT"),
("The Maoist party announced the appointment of a new chief after its leader was killed in an "
 "encounter.", "CHANGE_TO_GROUP_ACT"),
("The militant group chose a new emir at a meeting in the mountains, the statement said.",
 "CHANGE_TO_GROUP_ACT"),
]


@pytest.mark.parametrize(("text", "label"), PROBES)
def test_foreground_and_cue_families(text: str, label: str) -> None:
    check_case_label(text, label)
