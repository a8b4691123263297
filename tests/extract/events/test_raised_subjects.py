"""Probes of the subject an infinitive shares with the verb it completes
(``roles.targets.raised_subject``): after a passive verb of belief or report ("X is believed /
feared / said / reported / thought to have been ...") and after "seem" / "appear", the
governing verb's subject is the one the infinitive's act was done to (a passive infinitive) or
its doer (an active one), and "by X" on the infinitive is the doer. Neighbours: control verbs
that lend nothing ("the plan was designed to attack the base"), plain passives and actives.
Made-up sentences, real model."""

from __future__ import annotations

import datetime as dt

import pytest

from samples import check_participants
from sitrep.records import Article

# (text, PLOVER type, trigger, actor words, recipient words, words no actor may have)
RAISED = [
    ("Jane Doe was believed to be shot during the party, police said.", "ASSAULT", "shot",
     [], ["Jane Doe"], ["police"]),
    ("The journalist is feared to have been kidnapped by gunmen.", "ASSAULT", "kidnapped",
     ["gunmen"], ["journalist"], []),
    ("Two soldiers were reported to have been killed in the ambush.", "ASSAULT", "killed",
     [], ["soldiers"], []),
    ("The activist is said to have been arrested by police in Minsk.", "COERCE", "arrested",
     ["police"], ["activist"], []),
    ("The priest is thought to have been abducted on Sunday.", "ASSAULT", "abducted",
     [], ["priest"], []),
    ("The mayor was understood to have been detained by the army.", "COERCE", "detained",
     ["army"], ["mayor"], []),
    ("The governor is known to have been threatened by the cartel.", "THREATEN", "threatened",
     ["cartel"], ["governor"], []),
    ("The gunman is believed to have shot three people.", "ASSAULT", "shot",
     ["gunman"], ["people"], []),
    ("The man appears to have been shot in the head.", "ASSAULT", "shot", [], ["man"], []),
    ("The teacher seems to have been beaten by soldiers.", "ASSAULT", "beaten",
     ["soldiers"], ["teacher"], []),
    ("The village chief is presumed to have been murdered by the militia.", "ASSAULT",
     "murdered", ["militia"], ["chief"], []),
    ("The aid worker was confirmed to have been killed by a sniper.", "ASSAULT", "killed",
     ["sniper"], ["aid worker"], []),
    ("The suspect is thought to have stabbed a guard.", "ASSAULT", "stabbed",
     ["suspect"], ["guard"], []),
    ("The colonel was reported to have arrested the protest leaders.", "COERCE", "arrested",
     ["colonel"], ["leaders"], []),
]
KEEP = [
    ("Gunmen shot the mayor on Friday.", "ASSAULT", "shot", ["Gunmen"], ["mayor"], []),
    ("The mayor was shot by gunmen on Friday.", "ASSAULT", "shot", ["gunmen"], ["mayor"], []),
    ("Police said the journalist was kidnapped by gunmen.", "ASSAULT", "kidnapped",
     ["gunmen"], ["journalist"], ["Police"]),
    ("The rebels plan to attack the town.", "ASSAULT", "attack", ["rebels"], ["town"], []),
    ("The plan was designed to attack the base.", "ASSAULT", "attack", [], ["base"],
     ["plan"]),
    ("The soldiers were ordered to arrest the protesters.", "COERCE", "arrest", [],
     ["protesters"], []),
]


@pytest.mark.parametrize(("text", "kind", "trigger", "actors", "recipients", "not_actors"),
                         RAISED + KEEP, ids=[t[:50] for t, *_ in RAISED + KEEP])
def test_a_raised_subject_takes_its_role_in_the_infinitive(pipeline, text, kind, trigger,
                                                            actors, recipients, not_actors):
    result = pipeline.process(Article(text=text, published=dt.date(2022, 5, 10)))
    check_participants([e for e in result.events if e.plover_type == kind], trigger, actors,
                       recipients, not_actors)
