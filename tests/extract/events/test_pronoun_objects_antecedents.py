"""Probes of what an object pronoun stands for (``antecedents.antecedent``,
``_own_verb_subject``): "an officer arrested him" never means the officer arrested himself, so
"him" stands for the one named before (the previous sentence's subject), not for its own
verb's subject; and where the previous sentence's main subject cannot be the pronoun's
antecedent ("Police said a man entered the store. He ...", "Officials said the suspect hid.
A trooper arrested him"), the one agreeing subject of its other clauses is. Neighbours: "A
approached B and stabbed him", a chain of "she", and a plural main subject for "they"."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

# (text, PLOVER type, trigger, actor words, recipient words)
PRONOUNS = [
    ("A man ran from the store with a bag of cash. An officer arrested him two blocks away.",
     "COERCE", "arrested", ["officer"], ["man"]),
    ("Maria Lopez left the bar at midnight. A stranger attacked her in the parking lot.",
     "ASSAULT", "attacked", ["stranger"], ["Maria Lopez"]),
    ("The driver refused to stop at the checkpoint. A deputy shot him in the leg.",
     "ASSAULT", "shot", ["deputy"], ["driver"]),
    ("Police said a man entered the shop at noon. He threatened the clerk with a knife.",
     "THREATEN", "threatened", ["man"], ["clerk"]),
    ("Witnesses said the gunman fled on foot. He was arrested an hour later.",
     "COERCE", "arrested", [], ["gunman"]),
    ("Two men were seen near the bank. Police later detained them in a car.",
     "COERCE", "detained", ["Police"], ["men"]),
    ("Tom Baker walked into the station on Sunday. The sergeant arrested him for theft.",
     "COERCE", "arrested", ["sergeant"], ["Tom Baker"]),
    ("The protesters gathered outside the palace. Soldiers beat them with batons.",
     "ASSAULT", "beat", ["Soldiers"], ["protesters"]),
    ("Carla Mendes was walking home on Friday night. A man stabbed her near the bridge.",
     "ASSAULT", "stabbed", ["man"], ["Carla Mendes"]),
    ("Officials said the suspect hid in a barn for two days. A trooper arrested him there.",
     "COERCE", "arrested", ["trooper"], ["suspect"]),
    ("The farmer refused to leave his land. A soldier shot him on Tuesday.",
     "ASSAULT", "shot", ["soldier"], ["farmer"]),
    ("Residents said a teenager broke into the house. He threatened the owner with a gun.",
     "THREATEN", "threatened", ["teenager"], ["owner"]),
    ("The villagers fled the fighting. Rebels attacked them on the road.",
     "ASSAULT", "attacked", ["Rebels"], ["villagers"]),
]

KEEP = [
    ("The officers stopped the car near the border. They arrested the driver.",
     "COERCE", "arrested", ["officers"], ["driver"]),
    ("Smith approached Jones and stabbed him.", "ASSAULT", "stabbed", ["Smith"], ["Jones"]),
    ("John Doe, 32, of Main Street, fled the scene. Officers arrested him two blocks away.",
     "COERCE", "arrested", ["Officers"], ["John Doe"]),
    ("Rosa Diaz was stopped on the highway. She was arrested after a search.",
     "COERCE", "arrested", [], ["Rosa Diaz"]),
]


def _has(found: list[str], word: str) -> bool:
    return any(word in text for text in found)


@pytest.mark.parametrize(("text", "kind", "trigger", "actors", "recipients"), PRONOUNS + KEEP)
def test_an_object_pronoun_is_not_its_own_verbs_subject(pipeline, text, kind, trigger,
                                                         actors, recipients):
    result = pipeline.process(Article(text=text, published=dt.date(2022, 5, 10)))
    found = [([a.text for a in e.actors], [r.text for r in e.recipients])
             for e in result.events if e.plover_type == kind and e.trigger.text == trigger]
    assert found, (text, [(e.plover_type, e.trigger.text) for e in result.events])
    ours_a, ours_r = found[0]
    assert all(_has(ours_a, w) for w in actors), (text, found)
    assert all(_has(ours_r, w) for w in recipients), (text, found)
    assert not any(_has(ours_r, w) for w in actors), (text, found)
