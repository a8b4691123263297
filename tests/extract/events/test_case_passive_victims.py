"""Who was killed decides the violence type also in the passive (issue 19 item 2, session 39:
targets deciding the violence type), on made-up sentences: "farmers were killed by militiamen" has
the militiamen as the agent, not among the dead, so civilians killed by an armed group are an
attack on civilians (ATTACK), not a clash. Soldiers or police killed by an armed group, and armed
men killed by troops, stay clashes."""

from __future__ import annotations

import pytest

from sitrep.extract.events.case.rules import classify_rules

CIVILIANS_KILLED = [
    'Twelve farmers were killed by militiamen in the hills.',
    'Three teachers were killed by insurgents near the border.',
    'A nurse was killed by fighters of an armed group at the clinic.',
    'Five fishermen were shot by militants on the lake.',
    'Six pilgrims were killed by jihadist fighters on the road to the shrine.',
    'Two doctors were shot dead by separatist fighters outside the hospital.',
    'Eight miners were killed by rebels at a gold site in the east.',
    'A priest and two worshippers were killed by militants during the evening service.',
    'Nine passengers were killed by insurgents who stopped the bus at a fake checkpoint.',
    'Eleven herders were killed by militia fighters near the river.',
    'Four students were shot by rebel fighters at the campus gate.',
    'Ten refugees were killed by militiamen at the edge of the camp.',
    'A journalist was shot dead by insurgents in the market town.',
    'Several children were killed by militants who raided the school.',
    'Seven villagers were massacred by guerrillas in the mountains.',
]

NEIGHBOURS = [  # armed victims stay clashes; the active voice stays an attack
    ('Four soldiers were killed by rebels in an ambush near the border.', 'ARMED_CLASH'),
    ('Two policemen were shot dead by militants at a checkpoint.', 'ARMED_CLASH'),
    ('Troops killed twelve militants in a gunfight near the border.', 'ARMED_CLASH'),
    ('Soldiers killed six rebel fighters who attacked their base.', 'ARMED_CLASH'),
    ('Rebels clashed with soldiers near the border, leaving 12 dead.', 'ARMED_CLASH'),
    ('Militiamen killed twelve farmers in the hills.', 'ATTACK'),
]


@pytest.mark.parametrize("text", CIVILIANS_KILLED)
def test_civilians_killed_by_an_armed_group_in_the_passive_are_an_attack(text: str) -> None:
    assert classify_rules(text) == "ATTACK"


@pytest.mark.parametrize(("text", "label"), NEIGHBOURS)
def test_armed_victims_and_active_voice_keep_their_label(text: str, label: str) -> None:
    assert classify_rules(text) == label
