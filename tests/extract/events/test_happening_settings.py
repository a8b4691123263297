"""The subject of a clause is not the doer of an act named as the subject of a verb of happening
in a clause that hangs from it ("The doctor's wife was home when the shooting occurred": the
wife did not shoot; "Police arrested a man after the shooting occurred": the police did not
shoot). Once the path from a noun trigger up the tree has passed the happening verb whose
subject it is, a step out by an adverbial, conjoined or relative clause ends the search
(``clauses.SETTING_DEPS``). Read with the real model on made-up sentences. Neighbours: the
agent of "carried out by", the parties "between A and B", a reporting speaker with the power to
arrest, an active verb's own subject, and the subject of a clause beside an act in progress
("froze the contract while an investigation is underway": ``clauses.ONGOING``) keep their
participants."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("The doctor's wife was home when the shooting occurred.", "shooting", [], [], ["wife"], []),
    ("The mayor was asleep when the explosion happened near the station.", "explosion", [], [],
     ["mayor"], []),
    ("A neighbor was walking his dog when the stabbing took place on Elm Street.", "stabbing",
     [], [], ["neighbor"], []),
    ("The teacher was in the kitchen when the attack began.", "attack", [], [], ["teacher"], []),
    ("Two children were playing outside when the gunfire erupted.", "gunfire", [], [],
     ["children"], []),
    ("The pastor was preaching when the bombing occurred outside the church.", "bombing", [], [],
     ["pastor"], []),
    ("The family was eating dinner when the shooting started.", "shooting", [], [], ["family"],
     []),
    ("Residents were sleeping when the raid took place.", "raid", [], [], ["Residents"], []),
    ("The officer was off duty when the assault occurred.", "assault", [], [], ["officer"], []),
    ("The owner was at the bank when the arson attack happened.", "attack", [], [], ["owner"],
     []),
    ("The farmer was in his field when the ambush took place.", "ambush", [], [], ["farmer"],
     []),
    ("Police arrested a man after the shooting occurred on Main Street.", "shooting", [], [],
     ["Police"], []),
    ("Shoppers were leaving the market as the shelling began.", "shelling", [], [],
     ["Shoppers"], []),
    ("The guard had just locked the gate before the stabbing happened.", "stabbing", [], [],
     ["guard"], []),
]

KEPT = [
    ("Police said the arrests took place at dawn.", "arrests", ["Police"], [], [], []),
    ("The shooting was carried out by a lone gunman.", "shooting", ["gunman"], [], [], []),
    ("Rebels attacked the village when the festival began.", "attacked", ["Rebels"],
     ["village"], [], []),
    ("A clash between police and protesters occurred when the march began.", "clash",
     ["police", "protesters"], [], [], []),
    ("Gunmen shot two guards when the robbery began.", "shot", ["Gunmen"], ["guards"], [], []),
    ("The ministry froze the contract while an investigation is underway.", "investigation",
     ["ministry"], [], [], []),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_a_clause_beside_a_happening_names_no_doer_of_it(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
