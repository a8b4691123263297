"""Cue families of issue 19 item 2 (session 34), each with neighbours that keep their label:

* a reaction that describes an attack ("described the killing of 43 farmers as insane") is a
  statement about it (DIPLO), not the attack;
* a group saying "the group's fighters" did it claims it (ATTRIB), like "its fighters";
* the killing of members of an armed group, armed men or militias is a clash, as the killing of
  militants is;
* a fire in a building the public uses, or its accidental cause (a short circuit, a gas
  cylinder), is a man-made disaster; so is waste or chemicals dumped into water.

Made-up sentences."""

from __future__ import annotations

import pytest

from samples import check_case_label

PROBES = [
("The president described the killing of 43 farmers by the insurgents as insane and ordered "
 "the army to hunt down the perpetrators.", "DIPLO"),
("The governor described the bombing of the market as a cowardly act.", "DIPLO"),
("The bishop described last week's massacre in the village as a crime against humanity.",
 "DIPLO"),
("The minister described the shooting of the aid workers as an attack on humanity itself.",
 "DIPLO"),
("Witnesses described how gunmen shot dead seven villagers in the square.", "ATTACK"),
("Gunmen shot dead seven villagers in the square, described by residents as a quiet place.",
 "ATTACK"),
("The rebels said in a statement that the group's fighters had ambushed the army convoy.",
 "ATTRIB"),
("A spokesman for the militant group said the movement's fighters carried out the attack on "
 "the base.", "ATTRIB"),
("Soldiers killed six members of an armed group during an operation in the forest.",
 "ARMED_CLASH"),
("Soldiers killed three members of an armed faction in the hills on Sunday.", "ARMED_CLASH"),
("Troops killed five militias near the border, the army said.", "ARMED_CLASH"),
("Gunmen killed six farmers during an attack on the village.", "ATTACK"),
("Gunmen kidnapped two nurses from the clinic, and the rebels later condemned it.",
 "ABDUCT_DISSAP"),
("A fire at a crowded hospital ward killed 11 patients, officials said, blaming a short "
 "circuit.", "MAN_MADE_DISASTER"),
("A blaze in a packed nightclub killed 30 people early on Sunday.", "MAN_MADE_DISASTER"),
("Nine people died when a gas cylinder exploded in a restaurant kitchen.", "MAN_MADE_DISASTER"),
("A factory dumped toxic chemicals into the river, poisoning the water of three villages.",
 "MAN_MADE_DISASTER"),
("Militants set fire to a school in the village overnight.", "PROPERTY_DISTRUCT"),
("Rioters torched a bus in the city centre after the verdict.", "not MAN_MADE_DISASTER"),
]


@pytest.mark.parametrize(("text", "label"), PROBES)
def test_reactions_claims_targets_disasters(text: str, label: str) -> None:
    check_case_label(text, label)
