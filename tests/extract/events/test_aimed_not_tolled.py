"""The ones an attack was aimed at are its recipients, not its toll too (issue 15 item 6,
session 37): "opened fire on protesters, killing 18 people" has the protesters as recipients;
the 18 dead are the outcome (a casualty claim), not more parties, when the act names a party or
a place it was aimed at (``merge._fold``). Neighbours: an act whose object is itself hit ("shot
a worker, wounding his wife", "killed a farmer, wounding his son") lists every victim; an act on
a building or a thing takes the dead as recipients too ("raided the town hall, killing the
mayor"), and an act with no target of its own takes its toll ("blew themselves up, killing
four"). Sentences made up for these tests, read with the real model."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("Soldiers opened fire on the demonstrators outside the palace, killing three people.",
     "opened fire", ["Soldiers"], ["demonstrators"], [], ["people"]),
    ("Security forces opened fire on protesters in several cities on Sunday, killing at least "
     "18 people.", "opened fire", ["forces"], ["protesters"], [], ["18 people"]),
    ("Militants attacked a police post in the north, killing five officers.", "attacked",
     ["Militants"], ["police"], [], ["officers"]),
    ("Gunmen ambushed a military convoy on the highway, killing seven soldiers.", "ambushed",
     ["Gunmen"], ["military"], [], ["soldiers"]),
    ("Police fired live rounds at the marchers, wounding dozens of people.", "fired",
     ["Police"], ["marchers"], [], ["people"]),
    ("Warplanes bombed the village of Kafr Nabl, killing nine civilians.", "bombed",
     ["Warplanes"], ["Kafr Nabl"], [], ["civilians"]),
    ("The rebels attacked an army base overnight, killing 12 soldiers.", "attacked", ["rebels"],
     ["army"], [], ["soldiers"]),
    ("Gunmen opened fire on worshippers at a mosque, killing four people and wounding ten.",
     "opened fire", ["Gunmen"], ["worshippers"], [], ["people"]),
    ("A drone struck the town of Kharkiv, killing two residents.", "struck", [], ["Kharkiv"],
     [], ["residents"]),
    ("Police opened fire on protesters who stormed parliament, killing at least five people.",
     "opened fire", ["Police"], ["protesters"], [], ["five people"]),
]
KEPT = [
    ("Gunmen shot dead a port worker outside his home, wounding his wife.", "shot", ["Gunmen"],
     ["worker", "wife"], [], []),
    ("Gunmen killed a farmer, wounding his son.", "killed", ["Gunmen"], ["farmer", "son"], [],
     []),
    ("Three suicide bombers blew themselves up in a market, killing four people.", "killing",
     ["bombers"], ["people"], [], []),
    ("Rebels shelled the town, killing four civilians.", "shelled", ["Rebels"],
     ["town", "civilians"], [], []),
    ("Guerrillas raided the town hall, killing the mayor and a guard.", "raided",
     ["Guerrillas"], ["town hall", "mayor", "guard"], [], []),
    ("A car bomb exploded in the market, killing eight people.", "exploded", [], ["people"], [],
     []),
    ("Insurgents ambushed a patrol near the border, wounding three soldiers.", "ambushed",
     ["Insurgents"], ["patrol", "soldiers"], [], []),
    ("Attackers stormed a hotel in the capital, killing 20 guests.", "stormed", ["Attackers"],
     ["hotel", "guests"], [], []),
    ("Troops fired on a crowd of strikers, killing two workers.", "fired", ["Troops"],
     ["workers"], [], []),
    ("Rebels attacked the soldiers near the border.", "attacked", ["Rebels"], ["soldiers"], [],
     []),
]
CASES = participant_cases(CHANGED, KEPT)


@pytest.mark.parametrize("case", CASES)
def test_the_toll_of_an_aimed_attack_is_no_recipient(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
