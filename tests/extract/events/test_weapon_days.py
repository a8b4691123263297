"""A day or an hour is not what a weapon was aimed at (issue 15 item 6, session 37): "police
fired tear gas on Monday to disperse the protesters" aimed at the protesters, where "on Monday"
had been read as the aim and the purpose's object never looked at (``harm.missile_targets``).
Neighbours: a place or a crowd after "on" or "at" stays the aim, with or without a day.
Sentences made up for these tests, read with the real model."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("Police fired tear gas on Monday to disperse the protesters.", "fired", ["Police"],
     ["protesters"], [], []),
    ("Kenyan police fired tear gas and water cannon on Monday to disperse hundreds of "
     "protesters.", "fired", ["police"], ["protesters"], [], []),
    ("Troops fired live rounds on Sunday to scatter the crowd.", "fired", ["Troops"], ["crowd"],
     [], []),
    ("Police fired water cannon on Saturday to disperse the farmers outside parliament.",
     "fired", ["Police"], ["farmers"], [], []),
    ("Security forces fired tear gas on Wednesday evening to break up the rally of opposition "
     "supporters.", "fired", ["forces"], ["supporters"], [], []),
    ("Police used tear gas on Thursday to disperse the marchers.", "used", ["Police"],
     ["marchers"], [], []),
    ("Soldiers fired warning shots on Monday morning to disperse the villagers.", "fired",
     ["Soldiers"], ["villagers"], [], []),
    ("Police fired stun grenades on the second day of the protest to disperse the miners.",
     "fired", ["Police"], ["miners"], [], []),
    ("Police fired tear gas on Tuesday to disperse the students.", "fired", ["Police"],
     ["students"], [], []),
    ("Riot police used water cannon on Sunday to disperse the fans.", "used", ["police"],
     ["fans"], [], []),
]
KEPT = [
    ("Police fired tear gas at the protesters on Monday.", "fired", ["Police"], ["protesters"],
     [], []),
    ("Protesters threw stones at police on Tuesday.", "threw", ["Protesters"], ["police"], [],
     []),
    ("Police fired tear gas on the crowd outside the stadium.", "fired", ["Police"], ["crowd"],
     [], []),
    ("Officers used pepper spray on Tuesday afternoon to clear the students from the square.",
     "used", ["Officers"], ["students"], [], []),
    ("Police fired tear gas to disperse the protesters.", "fired", ["Police"], ["protesters"],
     [], []),
    ("Riot police fired rubber bullets at hundreds of striking miners.", "fired", ["police"],
     ["miners"], [], ["bullets"]),
    ("Youths lobbed Molotov cocktails at a police station overnight.", "lobbed", ["Youths"],
     ["police"], [], []),
    ("The guards hurled tear gas canisters into the crowd.", "hurled", ["guards"], ["crowd"],
     [], []),
    ("Police used tear gas on the marchers on Thursday.", "used", ["Police"], ["marchers"], [],
     []),
    ("Riot police fired rubber bullets at the crowd on Friday.", "fired", ["police"],
     ["crowd"], [], []),
]
CASES = participant_cases(CHANGED, KEPT)


@pytest.mark.parametrize("case", CASES)
def test_a_day_is_no_aim_of_a_weapon(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
