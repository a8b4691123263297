"""A pronoun that resumes the one acted on in the sentence before stands for it, not for the
doer: a passive subject pronoun the previous main verb's object ("Gunmen seized four engineers.
They were released": the engineers), an object pronoun whose subject pronoun stands for the
previous doer that doer's object ("The rebels captured three soldiers. They executed them": the
soldiers) (``antecedents``), read with the real model on made-up two-sentence texts. With no
agreeing object before, the subject stays the antecedent ("Protesters clashed with police. They
were arrested": the protesters; "The rebels attacked the town. They were killed": not the
town)."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("Gunmen seized four engineers near the oil field in March. They were released after two "
     "weeks.", "released", [], ["engineers"], [], ["Gunmen"]),
    ("The rebels captured three soldiers last week. They executed them on Tuesday.", "executed",
     ["rebels"], ["soldiers"], [], []),
    ("The senator criticised the governor on Monday. She accused him of hiding the report.",
     "accused", ["senator"], ["governor"], [], []),
    ("Police arrested two dock workers in Santos. They were charged with theft.", "charged",
     [], ["workers"], [], ["Police"]),
    ("Kidnappers abducted a priest and his driver near Enugu. They were freed on Sunday.",
     "freed", [], ["priest"], [], ["Kidnappers"]),
    ("Troops detained a dozen villagers at the checkpoint. They beat them with rifle butts.",
     "beat", ["Troops"], ["villagers"], [], []),
    ("The gang kidnapped the mayor's son in June. He was released after a ransom was paid.",
     "released", [], ["son"], [], ["gang"]),
    ("Soldiers captured a rebel commander near Beni. He was later sentenced to death.",
     "sentenced", [], ["commander"], [], []),
    ("The guards restrained the prisoners. They were then beaten.", "beaten", [], ["prisoners"],
     [], ["guards"]),
    ("Villagers chased the thieves out of the market. They were later arrested by police.",
     "arrested", ["police"], ["thieves"], [], ["Villagers"]),
    ("Militiamen seized two aid workers at a roadblock. They were freed by the army a week "
     "later.", "freed", ["army"], ["aid workers"], [], ["Militiamen"]),
    ("The police chief questioned the two clerks. He accused them of fraud.", "accused",
     ["chief"], ["clerks"], [], []),
]

KEPT = [
    ("Hector Ruiz punched a waiter at the bar. He was arrested by police.", "arrested",
     ["police"], ["Ruiz"], [], ["waiter"]),
    ("Protesters clashed with police in the square. They were arrested later.", "arrested", [],
     ["Protesters"], [], []),
    ("The rebels attacked the town at dawn. They were killed by soldiers.", "killed",
     ["soldiers"], ["rebels"], [], ["town"]),
    ("The opposition leader returned from exile on Monday. Police arrested him at the airport.",
     "arrested", ["Police"], ["leader"], [], []),
    ("Two journalists were detained at the border on Friday. Authorities released them on "
     "Sunday.", "released", ["Authorities"], ["journalists"], [], []),
    ("Gunmen seized four engineers near the oil field. They demanded a ransom.", "demanded",
     ["Gunmen"], [], [], ["engineers"]),
    ("The minister praised the officers. She was criticised by the opposition.", "criticised",
     ["opposition"], ["minister"], [], ["officers"]),
    ("A crowd of villagers marched to the mine. Guards shot at them.", "shot", ["Guards"],
     ["villagers"], [], []),
    ("Several hundred students gathered outside the ministry. Riot police beat them with "
     "batons.", "beat", ["police"], ["students"], [], []),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_a_pronoun_resumes_the_one_acted_on(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
