"""Weapons, munitions and drugs are no participants (issue 15 item 6, session 37): what is
seized, fired, thrown or used is the means or the haul of an act, never its recipient ("seized
four rifles", "exchanged mortar fire", "a grenade was thrown at the home of X": X, not the
grenade; "denied that officers used excessive force"; ``harm.means``). Neighbours: weapons
brought down are what the act is done to ("shot down 71 drones", "intercepted the missiles"),
and places, vehicles and people seized or attacked stay recipients. Sentences made up for these
tests, read with the real model."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("Eleven people were arrested, and rifles, grenades and radios were seized.", "seized", [],
     [], [], ["rifles"]),
    ("State and federal forces searched a property, arrested nine people and seized four "
     "rifles.", "seized", ["forces"], [], [], ["rifles"]),
    ("Georgian troops and separatist fighters exchanged mortar and machine-gun fire overnight.",
     "exchanged", ["troops", "fighters"], [], [], ["mortar"]),
    ("In January a grenade was thrown at the home of a transport businessman.", "thrown", [],
     ["businessman"], [], ["grenade"]),
    ("The ministry denied that officers had used excessive force.", "denied", ["ministry"], [],
     [], ["force"]),
    ("Police fired tear gas and water cannon to disperse them.", "fired", ["Police"], [], [],
     ["gas", "cannon"]),
    ("Russia had threatened to use force to free the journalists.", "threatened", ["Russia"], [],
     [], ["force"]),
    ("The gunman fired at least two rounds through a front window toward the patrol cars.",
     "fired", ["gunman"], [], [], ["rounds"]),
    ("Officers seized two rifles and a pistol from the house.", "seized", ["Officers"], [], [],
     ["rifles", "pistol"]),
    ("Border guards confiscated ammunition and explosives from the smugglers.", "confiscated",
     ["guards"], [], [], ["ammunition", "explosives"]),
    ("Agents seized cocaine and heroin hidden in a truck.", "seized", [], [], [],
     ["cocaine", "heroin"]),
]
KEPT = [
    ("The air force said its units had shot down 71 drones over the capital.", "shot", [],
     ["drones"], [], []),
    ("Soldiers stormed the town of Dara on Monday.", "stormed", ["Soldiers"], ["town"], [], []),
    ("Rebels shelled the town, killing four civilians.", "shelled", ["Rebels"], ["town"], [],
     []),
    ("Protesters threw stones and petrol bombs at riot police.", "threw", ["Protesters"],
     ["police"], [], ["stones", "bombs"]),
    ("Riot police fired rubber bullets at hundreds of striking miners.", "fired", ["police"],
     ["miners"], [], ["bullets"]),
    ("Gunmen attacked a weapons depot near the border.", "attacked", ["Gunmen"], ["depot"], [],
     []),
    ("Police arrested two arms dealers in the port.", "arrested", ["Police"], ["dealers"], [],
     []),
    ("Militants attacked the power station.", "attacked", ["Militants"], ["power station"], [],
     []),
    ("Police detained a drug trafficker at the airport.", "detained", ["Police"], ["trafficker"],
     [], []),
    ("Gunmen hijacked a fuel tanker on the highway.", "hijacked", ["Gunmen"], ["tanker"], [],
     []),
]
CASES = participant_cases(CHANGED, KEPT)


@pytest.mark.parametrize("case", CASES)
def test_weapons_and_drugs_are_no_recipients(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
