"""Who did an attack named as the setting of a clause ("in an attack", "during the raid"):
the subject of an active verb of the same act did it to its object ("aircraft killed 46
civilians in an attack on a village"); the subject of another verb is a victim or a bystander,
never the attacker ("a policeman died in an ambush", "a prisoner died as a result of torture": they underwent
it; "villagers
hid during the attack", "the family was at home during the bombing": no actor), unless the verb
says it took part ("police took part in the raid"). Issue 15 items 4-5 (the victim made the
attacker), read with the real model on made-up sentences."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("Russian aircraft killed 46 civilians in an attack on a village in the western "
     "province.", "attack", ["aircraft"], ["civilians"], [], []),
    ("Syrian aircraft killed 30 villagers in an attack on a market in the northern province "
     "of Idlib.", "attack", ["aircraft"], ["villagers"], [], []),
    ("A policeman died in an ambush near the border.", "ambush", [], ["policeman"],
     ["policeman"], []),
    ("Villagers hid in a cave during the attack.", "attack", [], [], ["Villagers"], []),
    ("Residents fled during the shelling.", "shelling", [], [], ["Residents"], []),
    ("Two children were sleeping at home during the air strike.", "air strike", [], [],
     ["children"], []),
    ("The family was at home during the bombing.", "bombing", [], [], ["family"], []),
    ("Two farmers died in an attack on their village.", "attack", [], ["farmers"],
     ["farmers"], []),
    ("The guards were asleep during the raid.", "raid", [], [], ["guards"], []),
    ("Three soldiers died during the assault on the hill.", "assault", [], ["soldiers"],
     ["soldiers"], []),
    ("A prisoner died as a result of torture while in police custody.", "torture", [],
     ["prisoner"], ["prisoner"], []),
    ("The detainee died under torture in prison.", "torture", [], ["detainee"], ["detainee"],
     []),
    ("A soldier died from wounds sustained in the ambush.", "ambush", [], [], ["soldier"],
     []),
]

KEPT = [
    ("Police took part in the raid on the camp.", "raid", ["Police"], [], [], []),
    ("Soldiers participated in the assault on the town.", "assault", ["Soldiers"], [], [],
     []),
    ("Rebels killed twelve soldiers in an ambush near the border.", "killed", ["Rebels"],
     ["soldiers"], [], []),
    ("Police arrested five men in a raid on a warehouse.", "arrested", ["Police"], ["men"],
     [], []),
    ("Two soldiers were killed in an attack on their convoy.", "killed", [], ["soldiers"],
     ["soldiers"], []),
    ("A journalist was injured in the shelling of the town.", "injured", [], ["journalist"],
     ["journalist"], []),
    ("Thousands gathered in a protest outside parliament.", "protest", [], [], [], []),
    ("Insurgents killed a soldier in a rocket attack on the base.", "killed", ["Insurgents"],
     ["soldier"], [], []),
    ("Militants wounded three policemen in a bombing outside the station.", "wounded",
     ["Militants"], ["policemen"], [], []),
    ("Protesters injured two officers during clashes in the square.", "injured",
     ["Protesters"], ["officers"], [], []),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_the_setting_of_a_clause_is_done_by_its_subject_only_when_it_acts(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
