"""The explosive that killed people is the event's label (issue 19 item 2, session 29): "shelling
killed nine civilians", "a landmine killed two herders", "drones killed seven civilians" are
shelling, a mine, an air strike, not a generic attack on civilians, unless a direct means (guns,
blades, a fight, a raid) is named in the same first sentence ("gunmen shot dead two villagers and
then shelled the village"). Barrel bombs are air-dropped; a mine that kills is a mine. Made-up
sentences; the neighbours keep their labels."""

from __future__ import annotations

import pytest

from sitrep.extract.events.case.rules import classify_rules

PROBES = [
("Three soldiers were killed when their truck hit a landmine near the border.", "REM_EXPLOS"),
("Artillery shells killed a farmer and his two daughters in their orchard.", "ART_MISS_ATTACK"),
("A mortar round killed four children playing football in the village square.", "ART_MISS_ATTACK"),
("An air strike killed a family of six sheltering in their basement.", "AIR_STRIKE"),
("Rockets killed two shoppers at a market in the city centre.", "ART_MISS_ATTACK"),
("A roadside bomb killed a district judge and his driver on the way to court.", "REM_EXPLOS"),
("Shelling killed nine civilians in the besieged town on Friday.", "ART_MISS_ATTACK"),
("A drone strike killed a local commander and two of his guards.", "AIR_STRIKE"),
("Two passengers were killed when a bomb hidden under a bus seat exploded.", "REM_EXPLOS"),
("Mortar fire killed three pupils and wounded their teacher at a school.", "ART_MISS_ATTACK"),
("Gunmen shot dead two villagers and then shelled the village with mortars.", "ATTACK"),
("Insurgents attacked an army post with rifles and rocket-propelled grenades, killing five soldiers.", "ARMED_CLASH"),
("Soldiers clashed with rebels, who fired mortars at the base.", "ARMED_CLASH"),
("Gunmen stormed a church and killed 12 worshippers.", "ATTACK"),
("A shell killed a woman and her son in their kitchen in the old town.", "ART_MISS_ATTACK"),
("Missiles killed dozens of villagers attending a wedding in the valley.", "ART_MISS_ATTACK"),
("Warplanes killed eleven farmers working in their fields.", "AIR_STRIKE"),
("A landmine killed two herders grazing their goats near the frontier.", "REM_EXPLOS"),
("Barrel bombs killed a doctor and three patients at a field clinic.", "AIR_STRIKE"),
("Katyusha rockets killed a teacher and five pupils at a school in the south.", "ART_MISS_ATTACK"),
("An improvised explosive device killed four passengers on a minibus.", "REM_EXPLOS"),
("Drones killed seven civilians travelling to a market.", "AIR_STRIKE"),
("A mine killed three children collecting firewood outside the camp.", "REM_EXPLOS"),
("Heavy bombardment killed scores of residents of the besieged district.", "ART_MISS_ATTACK"),
]


@pytest.mark.parametrize(("text", "label"), PROBES)
def test_the_explosive_that_killed_is_the_label(text: str, label: str) -> None:
    assert classify_rules(text) == label
