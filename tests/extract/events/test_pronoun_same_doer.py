"""Probes of what an object pronoun stands for when its verb's doer is named twice or shared
(``antecedents.antecedent``, ``_own_verb_subject``, ``_earlier_object``): "him" is never the
doer of its own verb, also when the verb shares its subject with an earlier conjunct ("Deputy
Jill Parks caught him and arrested him") or the doer's name is written again ("Ray Tran warned
the man before Tran arrested him": not Ray Tran); the one that same doer acted on before, in the
sentence or the one before it, is the one it acts on again. Neighbours: "A approached B and
stabbed him", a pronoun whose antecedent is another clause's subject ("Ray Tran said a man
attacked him"), a chain of "she", a plural object."""

from __future__ import annotations

import datetime as dt

import pytest

from samples import check_participants
from sitrep.records import Article

# (text, PLOVER type, trigger, actor words, recipient words, words no recipient may have)
SAME_DOER = [
    ("Mark Olsen ran from the car. Deputy Jill Parks caught him and arrested him.",
     "COERCE", "arrested", ["Jill Parks"], ["Mark Olsen"], ["Parks"]),
    ("Pedro Alves left the bar at midnight. Sgt. Hana Brook stopped him and detained him.",
     "COERCE", "detained", ["Hana Brook"], ["Pedro Alves"], ["Brook"]),
    ("The boy walked home alone. Kevin Marsh grabbed him and beat him.",
     "ASSAULT", "beat", ["Kevin Marsh"], ["boy"], ["Marsh"]),
    ("The teenager fled on a bicycle. Trooper Sam Reed chased him down and arrested him.",
     "COERCE", "arrested", ["Sam Reed"], ["teenager"], ["Reed"]),
    ("Ray Tran warned the man twice before Tran arrested him.",
     "COERCE", "arrested", ["Tran"], ["man"], ["Tran"]),
    ("Ray Tran told the man to leave, and when he refused, a witness said Tran punched him.",
     "ASSAULT", "punched", ["Tran"], ["man"], ["Tran"]),
    ("Corporal Dan Webb followed the suspect into the alley, and Webb shot him twice.",
     "ASSAULT", "shot", ["Webb"], ["suspect"], ["Webb"]),
    ("Lisa Gray confronted the intruder before Gray stabbed him with a kitchen knife.",
     "ASSAULT", "stabbed", ["Gray"], ["intruder"], ["Gray"]),
    ("Officer Nina Cole questioned the driver, and Cole then arrested him.",
     "COERCE", "arrested", ["Cole"], ["driver"], ["Cole"]),
    ("Hector Ruiz insulted the guard, and Ruiz then kicked him.",
     "ASSAULT", "kicked", [], ["guard"], ["Ruiz"]),
    ("Deputy Carl Hunt pulled the woman over, and Hunt later detained her.",
     "COERCE", "detained", ["Hunt"], ["woman"], ["Hunt"]),
    ("Sgt. Leo Park spotted the thief near the bus stop. Park arrested him after a short chase.",
     "COERCE", "arrested", ["Park"], ["thief"], ["Park"]),
    ("Omar Haddad argued with his landlord for an hour. Haddad later punched him in the face.",
     "ASSAULT", "punched", ["Haddad"], [], ["Haddad"]),
]

KEEP = [
    ("Smith approached Jones and stabbed him.", "ASSAULT", "stabbed", ["Smith"], ["Jones"],
     ["Smith"]),
    ("Tom Baker walked into the station on Sunday. The sergeant arrested him for theft.",
     "COERCE", "arrested", ["sergeant"], ["Tom Baker"], []),
    ("Rosa Diaz was stopped on the highway. She was arrested after a search.",
     "COERCE", "arrested", [], ["Rosa Diaz"], []),
    ("The soldiers stopped the farmers and beat them.", "ASSAULT", "beat", ["soldiers"],
     ["farmers"], ["soldiers"]),
    ("A man ran from the store with a bag of cash. An officer arrested him two blocks away.",
     "COERCE", "arrested", ["officer"], ["man"], ["officer"]),
]


@pytest.mark.parametrize(("text", "kind", "trigger", "actors", "recipients", "not_recipients"),
                         SAME_DOER + KEEP)
def test_an_object_pronoun_is_not_its_doer_named_again(pipeline, text, kind, trigger, actors,
                                                       recipients, not_recipients):
    result = pipeline.process(Article(text=text, published=dt.date(2022, 5, 10)))
    check_participants([e for e in result.events if e.plover_type == kind], trigger, actors,
                       recipients, [], not_recipients)
