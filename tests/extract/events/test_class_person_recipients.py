"""A common noun whose first WordNet sense is a person names a participant even when the word is
an adjective too, so that ``person_nouns.tsv`` leaves it out ("a mob attacked a mechanic",
"gunmen kidnapped an academic", "police arrested a fugitive"): the noun classes
(``noun_classes.tsv``) say it is a person where the parser reads it as a noun; read with the
real model on made-up sentences. An "of" phrase still names the party ("representatives of the
two firms"), and a place or thing stays one ("the national stadium")."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("A mob attacked a mechanic in Dorvan on Sunday.", "attacked", ["mob"], ["mechanic"], [],
     []),
    ("Gunmen kidnapped an academic outside the university.", "kidnapped", ["Gunmen"],
     ["academic"], [], []),
    ("Police arrested an alcoholic after the brawl.", "arrested", ["Police"], ["alcoholic"], [],
     []),
    ("Soldiers shot an adolescent at the checkpoint.", "shot", ["Soldiers"], ["adolescent"], [],
     []),
    ("A crowd lynched a mechanic accused of theft.", "lynched", ["crowd"], ["mechanic"], [], []),
    ("A gang attacked two mechanics near the market.", "attacked", ["gang"], ["mechanics"], [],
     []),
    ("Guards beat a diabetic in the prison yard.", "beat", ["Guards"], ["diabetic"], [], []),
    ("Militiamen abducted an intellectual near the border.", "abducted", ["Militiamen"],
     ["intellectual"], [], []),
    ("Police shot an epileptic during the raid.", "shot", ["Police"], ["epileptic"], [], []),
    ("Gunmen killed a delinquent in the alley.", "killed", ["Gunmen"], ["delinquent"], [], []),
    ("Police arrested a fugitive in Korba.", "arrested", ["Police"], ["fugitive"], [], []),
    ("Rebels abducted an illiterate from the village.", "abducted", ["Rebels"], ["illiterate"],
     [], []),
]

KEPT = [
    ("Robbers beat a jeweller in his shop.", "beat", ["Robbers"], ["jeweller"], [], []),
    ("Thugs assaulted a commuter on the train.", "assaulted", ["Thugs"], ["commuter"], [], []),
    ("Unknown attackers stabbed a fisherman at the port.", "stabbed", ["attackers"],
     ["fisherman"], [], []),
    ("Police arrested a smuggler in Korba.", "arrested", ["Police"], ["smuggler"], [], []),
    ("Representatives of the two firms met on Monday.", "met", ["firms"], [],
     ["Representatives"], []),
    ("The attack on the convoy killed four soldiers.", "killed", [], ["soldiers"], [], []),
    ("Rebels shelled the national stadium.", "shelled", ["Rebels"], ["stadium"], [], []),
    ("Militants abducted a surveyor in the hills.", "abducted", ["Militants"], ["surveyor"], [],
     []),
    ("Gunmen killed a veterinarian in Kaslo.", "killed", ["Gunmen"], ["veterinarian"], [], []),
    ("Police detained a juvenile after the riot.", "detained", ["Police"], ["juvenile"], [], []),
    ("A crowd beat a bus driver outside the station.", "beat", ["crowd"], ["driver"], [], []),
    ("A man shot by police in Velmar died on Friday.", "shot", ["police"], ["man"], [], []),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_a_noun_first_of_a_person_is_a_participant(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
