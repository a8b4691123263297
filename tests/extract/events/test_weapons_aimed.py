"""What a fired or thrown weapon was aimed at is the attack's recipient even where the noun
would elsewhere be only the scene ("at the town", "at the base": ``nouns.site``) or a word the
party lexicons lack ("the strikers", "the picketers"): after a weapon the aiming preposition
says it is the target (``roles.aimed.aimed_targets``). Made-up probes, read with the real
model. Neighbours: a day or an hour after "at"/"on" is no target, the weapon itself is no
participant, and targets already found keep their text."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("Troops fired live rounds at the strikers.", "fired", ["Troops"], ["strikers"], [], []),
    ("Militants fired rockets on the town on Sunday.", "fired", ["Militants"], ["town"], [],
     ["Sunday"]),
    ("Militants fired rockets at the town.", "fired", ["Militants"], ["town"], [], []),
    ("Insurgents fired mortars at the base overnight.", "fired", ["Insurgents"], ["base"], [],
     []),
    ("Police fired tear gas at the picketers outside the plant.", "fired", ["Police"],
     ["picketers"], [], []),
    ("Guards fired rubber bullets at the hunger strikers in the yard.", "fired", ["Guards"],
     ["strikers"], [], []),
    ("Rebels launched rockets at the airport on Tuesday.", "launched", ["Rebels"], ["airport"],
     [], ["Tuesday"]),
    ("Youths threw petrol bombs at the barracks.", "threw", ["Youths"], ["barracks"], [], []),
    ("Soldiers fired warning shots at the fishing boats.", "fired", ["Soldiers"], ["boats"], [],
     []),
    ("Gangs hurled grenades at the nightclub.", "hurled", ["Gangs"], ["nightclub"], [], []),
    ("The militia fired mortar rounds at the camp.", "fired", ["militia"], ["camp"], [], []),
    ("Officers fired water cannon at the marchers near parliament.", "fired", ["Officers"],
     ["marchers"], [], []),
    ("Fighters fired artillery shells at the village at dawn.", "fired", ["Fighters"],
     ["village"], [], ["dawn"]),
    ("Separatists launched missiles at the port city.", "launched", ["Separatists"], ["city"],
     [], []),
    ("Riot police fired pepper spray at the mourners.", "fired", ["police"], ["mourners"], [],
     []),
]
# neighbours: targets found before keep their text; no day, hour or weapon as a participant
KEPT = [
    ("Police fired tear gas at the protesters.", "fired", ["Police"], ["protesters"], [],
     ["gas"]),
    ("Protesters threw stones at the police station.", "threw", ["Protesters"],
     ["police station"], [], ["stones"]),
    ("The plane dropped bombs on the village.", "dropped", [], ["village"], [], ["bombs"]),
    ("Police fired tear gas at dawn on Monday.", "fired", ["Police"], [], [],
     ["dawn", "Monday"]),
    ("Troops fired rubber bullets on Friday to disperse the crowd.", "fired", ["Troops"],
     ["crowd"], [], ["Friday", "bullets"]),
    ("Militants fired rockets at around midnight.", "fired", ["Militants"], [], [],
     ["midnight"]),
    ("Soldiers fired live rounds at noon.", "fired", ["Soldiers"], [], [], ["noon", "rounds"]),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_what_a_weapon_was_aimed_at_is_the_recipient(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
