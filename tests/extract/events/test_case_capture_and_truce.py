"""Session 38 (issue 19 item 2), CASE labels of four classes, with made-up sentences:

1. a killing and a capture in one attack: people killed beside people abducted or arrested are
   the attack (ATTACK, or ARMED_CLASH when the dead are fighters), not the capture; neighbours: a
   capture alone, or a capture over an earlier killing, stays the capture;
2. an arrest told first, with weapons seized or a crime named only in who was arrested ("members
   of an extortion gang"): the arrest; neighbours: a seizure told first stays disrupted weapons
   use, a crime good found stays organised crime;
3. a truce talked about (discussed, urged, hosted talks on) is DIPLO; a truce signed or agreed is
   AGREEMENT even after the clashes it ends;
4. communal fighting (herders and farmers, clans, fighting over cattle or land) is ARMED_CLASH;
   a brawl between fans or students stays MOB_VIOL.
"""

from __future__ import annotations

import pytest

from samples import check_case_label

KILL_AND_CAPTURE = [
("Bandits on motorbikes shot dead nine farmers near the village and kidnapped about 30 others, "
 "a local chief said.", "ATTACK"),
("Armed men killed four travellers on the highway and abducted their driver, police said.",
 "ATTACK"),
("Militants stormed a school, killing two teachers and abducting 15 pupils, officials said.",
 "ATTACK"),
("Gunmen raided the settlement overnight, murdering six residents and kidnapping a dozen women.",
 "ATTACK"),
("The raiders killed a pastor and took 20 worshippers hostage, the diocese said.", "ATTACK"),
("The attackers abducted 12 passengers and shot dead two who tried to flee, witnesses said.",
 "ATTACK"),
("Jihadists attacked a funeral, and the killing of three mourners was followed by the abduction "
 "of several girls, residents said.", "ATTACK"),
("Kidnappers killed one hostage and freed the other four after a ransom was paid.", "ATTACK"),
("Soldiers killed 12 insurgents and arrested four of their leaders in a raid near the border, "
 "the army said.", "ARMED_CLASH"),
("Troops killed eight militants and captured three others in a dawn operation, a military "
 "spokesman said.", "ARMED_CLASH"),
("Commandos ended the siege of the embassy, killing all five gunmen who had taken diplomats "
 "hostage, police said.", "ARMED_CLASH"),
("Gunmen abducted 14 villagers from their homes on Sunday night, a local official said.",
 "ABDUCT_DISSAP"),
("Armed men kidnapped three aid workers on the road to the camp, the charity said.",
 "ABDUCT_DISSAP"),
("Police arrested a man suspected of killing his neighbour, a spokesman said.", "ARREST"),
("Detectives arrested two brothers over the murder of a shopkeeper last month.", "ARREST"),
("Police detained 20 people accused of killing a villager during a land dispute.", "ARREST"),
]

ARREST_FIRST = [
("Police in the port city arrested nine suspected members of a robbery gang and seized four "
 "rifles, a spokesman said.", "ARREST"),
("Officers detained 11 suspected militants in raids on Monday and recovered explosives, the "
 "interior ministry said.", "ARREST"),
("Police arrested six members of a drug cartel in the capital and found the body of a missing "
 "man, prosecutors said.", "ARREST"),
("About 30 suspected members of a smuggling gang were taken into custody in raids across the "
 "province on Friday.", "ARREST"),
("Security forces arrested 40 members of a kidnapping gang and freed three of their captives, "
 "police said.", "ARREST"),
("Police said they had apprehended 15 members of an extortion ring and confiscated two "
 "pistols.", "ARREST"),
("Authorities rounded up 25 suspected cartel members in the border town on Tuesday.", "ARREST"),
("Police detained eight suspected gang members and seized rifles and ammunition at a "
 "hideout.", "ARREST"),
("Troops seized a cache of 200 rifles and arrested two suspects at a farm, the army said.",
 "DISR_WEAP"),
("Police seized 12 kilograms of explosives in a warehouse and detained the owner.", "DISR_WEAP"),
("Police arrested five men and recovered counterfeit notes worth two million rupees.",
 "ORG_CRIME"),
("Customs officers seized 300 kilograms of smuggled cocaine at the port and arrested the "
 "captain.", "ORG_CRIME"),
("Police defused a bomb planted outside the market on Monday.", "DISR_WEAP"),
]

TRUCE_TALK = [
("Foreign ministers from nine states met in Vienna to discuss the ceasefire, and Norway "
 "pledged further aid.", "DIPLO"),
("The envoy called on both armies to respect the truce and said his government would host "
 "talks next week.", "DIPLO"),
("Delegates gathered in Doha to discuss a possible truce between the two factions.", "DIPLO"),
("The president urged the rebels to observe the ceasefire during a visit to the capital.",
 "DIPLO"),
("The two clans signed a truce on Monday after clashes over water that killed 14 people, "
 "elders said.", "AGREEMENT"),
("The militias agreed a ceasefire on Sunday after fighting that left 30 dead.", "AGREEMENT"),
("Rival factions signed a peace deal in the capital after months of clashes.", "AGREEMENT"),
("The government and the rebels reached a truce in talks mediated by the church.",
 "AGREEMENT"),
("The two sides signed a ceasefire agreement in Nairobi on Thursday.", "AGREEMENT"),
("Both armies agreed to a three-day truce to let aid convoys in.", "AGREEMENT"),
]

COMMUNAL = [
("Clashes between herders and farmers in the state left 19 people dead, police said.",
 "ARMED_CLASH"),
("Three days of fighting between two clans over grazing land killed 22 people, elders said.",
 "ARMED_CLASH"),
("Fighting between rival communities over cattle left 15 dead and thousands displaced, local "
 "officials said.", "ARMED_CLASH"),
("No one was hurt in the clash between herdsmen and villagers, although 50 goats were stolen, "
 "police said.", "ARMED_CLASH"),
("Clashes between two tribes over a water point killed nine people in the district.",
 "ARMED_CLASH"),
("A brawl between rival fans outside the stadium left 12 people injured, police said.",
 "MOB_VIOL"),
("Fighting between students of two colleges left six injured, and police closed both campuses.",
 "MOB_VIOL"),
]


@pytest.mark.parametrize(("text", "label"), KILL_AND_CAPTURE)
def test_killing_beside_a_capture_is_the_attack(text: str, label: str) -> None:
    check_case_label(text, label)


@pytest.mark.parametrize(("text", "label"), ARREST_FIRST)
def test_arrest_told_first_is_the_arrest(text: str, label: str) -> None:
    check_case_label(text, label)


@pytest.mark.parametrize(("text", "label"), TRUCE_TALK)
def test_truce_talked_about_is_diplomacy(text: str, label: str) -> None:
    check_case_label(text, label)


@pytest.mark.parametrize(("text", "label"), COMMUNAL)
def test_communal_fighting_is_a_clash(text: str, label: str) -> None:
    check_case_label(text, label)
