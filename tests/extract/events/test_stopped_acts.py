"""The subject of a verb that keeps an act from happening or going on is none of its doers
("Police dispersed a rally": the police did not rally; "Troops thwarted an attack": the troops
did not attack) (the police who "barred the crowd" or "dispersed protesters" made the protest's
actors): a noun trigger that is the object of a verb of ``clauses.STOPPING`` (or its phrasal
kin, "broke up", "put down"), or, for a protest, of a verb of ending whose subject is police, an
army, a government or a court ("police halted the march"), takes no actor from that subject.
Read with the real model on made-up sentences. Neighbours: those who stage, hold, launch or end
their own act keep it, and an act's "by" phrase still names its doers."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("Troops broke up a demonstration in the capital.", "demonstration", [], [], ["Troops"], []),
    ("Police dispersed a rally outside parliament.", "rally", [], [], ["Police"], []),
    ("Police halted a march near the palace.", "march", [], [], ["Police"], []),
    ("Soldiers stopped a protest at the university.", "protest", [], [], ["Soldiers"], []),
    ("Police foiled a bombing at the station.", "bombing", [], [], ["Police"], []),
    ("Troops thwarted an attack on the base.", "attack", [], [], ["Troops"], []),
    ("Guards quelled a riot at the prison.", "riot", [], [], ["Guards"], []),
    ("Police suppressed a protest in the square.", "protest", [], [], ["Police"], []),
    ("Police broke up a strike at the factory.", "strike", [], [], ["Police"], []),
    ("Police ended the protest by arresting the organisers.", "protest", [], [], ["Police"], []),
    ("Soldiers repelled an assault on the border post.", "assault", [], [], ["Soldiers"], []),
    ("Soldiers put down a riot in the south.", "riot", [], [], ["Soldiers"], []),
    ("Riot police disrupted a march through the city.", "march", [], [], ["police"], []),
    ("Security guards foiled an attack on the hotel.", "attack", [], [], ["guards"], []),
]

KEPT = [
    ("Workers staged a protest outside the factory.", "protest", ["Workers"], [], [], []),
    ("Rebels launched an attack on the base.", "attack", ["Rebels"], [], [], []),
    ("Students held a rally at the university.", "rally", ["Students"], [], [], []),
    ("Officers disrupted a rally by farmers.", "rally", ["farmers"], [], ["Officers"], []),
    ("Workers ended their strike after a deal.", "strike", ["Workers"], [], [], []),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_who_stops_an_act_does_not_do_it(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
