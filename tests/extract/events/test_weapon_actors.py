"""A weapon is no party of an attack where the sentence names who fired it
(``conjuncts.manned``): "a missile fired by southern forces" is the forces' act, "a drone
operated by a task force" the task force's, and mortars beside the troops that fired them are
no second party; a weapon of a country or of a force ("Russian drones", "army artillery") stays
as that one's, aircraft with crews ("warplanes") stay, and a weapon alone stays (it still tells
one attack of the article from another). Real model, made-up sentences."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("A drone operated by a government task force struck a house on Tuesday.", "struck",
     ["task force"], ["house"], ["drone"], []),
    ("A missile fired by southern forces slammed into a residential district, killing 25 "
     "people.", "killing", ["southern forces"], [], ["issile"], []),
    ("Guardsmen and federal troops fought with machine guns and mortars through the night.",
     "fought", ["Guardsmen", "troops"], [], ["mortars"], []),
]

KEPT = [
    ("A drone struck a car near the border, killing two men.", "struck", ["drone"], ["men"],
     [], []),
    ("Russian drones struck an energy facility in Lviv.", "struck", ["Russian drones"], [],
     [], []),
    ("The army artillery fired on rebel positions near the town.", "fired", ["army"], [], [],
     []),
    ("Ethiopian warplanes bombed the airport on Wednesday.", "bombed", ["warplanes"],
     ["airport"], [], []),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_a_weapon_is_no_party(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
