"""An object pronoun of a verb whose doer is another party, named by a noun, resumes the one
acted on in the sentence before, as a passive subject pronoun does ("Police arrested a
councillor. A court remanded him": the councillor, not the police) (``antecedents``), read
with the real model on made-up two-sentence texts. Neighbours keep their reading: a doer named
by a proper name before ("Hector Ruiz punched a waiter. Police arrested him": Ruiz), no
agreeing object before ("The activists marched to the palace. Guards beat them": the
activists), a pronoun doer ("He accused them"), and an object of a preposition."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("Police arrested a local councillor on Tuesday. A court remanded him in custody on "
     "Wednesday.", "remanded", ["court"], ["councillor"], [], ["Police"]),
    ("Troops detained three fishermen near the port. A judge sentenced them to prison.",
     "sentenced", ["judge"], ["fishermen"], [], ["Troops"]),
    ("Rebels abducted two nurses near Bunia in May. The army freed them on Sunday.", "freed",
     ["army"], ["nurses"], [], ["Rebels"]),
    ("Officers stopped a lorry driver at the border. Prosecutors charged him with smuggling.",
     "charged", ["Prosecutors"], ["driver"], [], ["Officers"]),
    ("Soldiers captured four militants after the raid. A judge jailed them for ten years.",
     "jailed", ["judge"], ["militants"], [], ["Soldiers"]),
    ("Customs agents seized a courier at the airport. Investigators questioned her for hours.",
     "questioned", ["Investigators"], ["courier"], [], ["agents"]),
    ("Gunmen kidnapped a schoolteacher outside Kaduna. Soldiers freed her two days later.",
     "freed", ["Soldiers"], ["schoolteacher"], [], ["Gunmen"]),
    ("Police held two students after the protest. The university expelled them the next week.",
     "expelled", ["university"], ["students"], [], ["Police"]),
    ("Guards caught a smuggler at the crossing. Border police deported him to Ukraine.",
     "deported", ["police"], ["smuggler"], [], ["Guards"]),
    ("Police stopped a bus conductor at a checkpoint. A court sentenced him to two years.",
     "sentenced", ["court"], ["conductor"], [], ["Police"]),
    ("Police detained a reporter at the rally. A magistrate fined her for obstruction.",
     "fined", ["magistrate"], ["reporter"], [], ["Police"]),
]

KEPT = [
    ("Hector Ruiz punched a waiter at the bar. Police arrested him an hour later.", "arrested",
     ["Police"], ["Ruiz"], [], ["waiter"]),
    ("The activists marched to the palace on Monday. Guards beat them with batons.",
     "beat", ["Guards"], ["activists"], [], []),
    ("The police chief questioned the two clerks. He accused them of fraud.", "accused",
     ["chief"], ["clerks"], [], []),
    ("A crowd of villagers marched to the mine. Guards shot at them.", "shot", ["Guards"],
     ["villagers"], [], []),
    ("The opposition leader returned from exile on Monday. Police arrested him at the airport.",
     "arrested", ["Police"], ["leader"], [], []),
    ("Two journalists were detained at the border on Friday. Authorities released them on "
     "Sunday.", "released", ["Authorities"], ["journalists"], [], []),
    ("Maria Lopez left the bar at midnight. A stranger attacked her in the parking lot.",
     "attacked", ["stranger"], ["Maria Lopez"], [], []),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_an_object_pronoun_of_another_doer_resumes_the_one_acted_on(events_of, case: tuple
                                                                    ) -> None:
    check_participant_case(events_of, case)
