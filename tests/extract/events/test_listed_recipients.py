"""Probes of lists the parser reads as an apposition ("killed a policeman, a soldier and a
civilian": "a soldier" an apposition to "a policeman", "a civilian" its conjunct;
``nouns.listed``) or splits into several subjects of one verb ("A teacher, a nurse and a
driver were abducted": ``nouns.listed_subjects``): every item of the list is a participant,
not only the first. Neighbours: real appositions keep one participant ("Juan Perez, a farmer
and father of three", "the manager, a man of sixty"), a noun of time before the subject is
none ("This week, two soldiers were killed"), and lists the parser reads right keep theirs."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

# (text, PLOVER type, trigger word, recipient words)
LISTS = [
    ("The blast killed a policeman, a soldier and a civilian.", "ASSAULT", "killed",
     ["policeman", "soldier", "civilian"]),
    ("Gunmen kidnapped a priest, his driver and a guard.", "ASSAULT", "kidnapped",
     ["priest", "driver", "guard"]),
    ("Militants abducted an engineer, his son and a driver near the mine.", "ASSAULT",
     "abducted", ["engineer", "son", "driver"]),
    ("Troops detained a journalist, a lawyer and an activist at the rally.", "COERCE",
     "detained", ["journalist", "lawyer", "activist"]),
    ("Rebels ambushed a convoy, an ambulance and a police truck.", "ASSAULT", "ambushed",
     ["convoy", "ambulance", "police"]),
    ("The bomb killed a policeman, a teacher and a shopkeeper.", "ASSAULT", "killed",
     ["policeman", "teacher", "shopkeeper"]),
    ("The blast injured a soldier, a police officer and a child.", "ASSAULT", "injured",
     ["soldier", "police officer", "child"]),
    ("Troops arrested a student, a poet and a blogger.", "COERCE", "arrested",
     ["student", "poet", "blogger"]),
    ("Militiamen shot a trader, a taxi driver and a boy.", "ASSAULT", "shot",
     ["trader", "taxi driver", "boy"]),
    ("The airstrike killed a nurse, a pharmacist and a baby.", "ASSAULT", "killed",
     ["nurse", "pharmacist", "baby"]),
    ("Soldiers detained a fisherman, his son and a neighbour.", "COERCE", "detained",
     ["fisherman", "son", "neighbour"]),
    ("Gunmen wounded an officer, a guard and a cook.", "ASSAULT", "wounded",
     ["officer", "guard", "cook"]),
    ("Rebels captured a colonel, a major and a corporal.", "COERCE", "captured",
     ["colonel", "major", "corporal"]),
    # lists of subjects split into several subjects of one verb
    ("A priest, his driver and a guard were kidnapped on the road.", "ASSAULT", "kidnapped",
     ["priest", "driver", "guard"]),
    ("A teacher, a nurse and a driver were abducted near the village.", "ASSAULT",
     "abducted", ["teacher", "nurse", "driver"]),
    ("A judge, two clerks and a guard were injured in the explosion.", "ASSAULT", "injured",
     ["judge", "clerks", "guard"]),
    ("A baker, a tailor and a student were arrested after the protest.", "COERCE",
     "arrested", ["baker", "tailor", "student"]),
    ("A doctor, a nurse and a patient were killed in the strike.", "ASSAULT", "killed",
     ["doctor", "nurse", "patient"]),
    ("A policeman, a soldier and a civilian were killed in the blast.", "ASSAULT", "killed",
     ["policeman", "soldier", "civilian"]),
]

# (text, PLOVER type, trigger word, recipient words, how many recipients)
KEEP = [
    ("Police arrested Juan Perez, a farmer, on Friday.", "COERCE", "arrested",
     ["Juan Perez"], 1),
    ("Police arrested Juan Perez, a farmer and father of three.", "COERCE", "arrested",
     ["Juan Perez"], 1),
    ("Juan Perez, a farmer and father of three, was shot dead.", "ASSAULT", "shot",
     ["Juan Perez"], 1),
    ("The gunman shot the manager, a man of sixty, in the leg.", "ASSAULT", "shot",
     ["manager"], 1),
    ("Police arrested the suspect, a man in his thirties, at the station.", "COERCE",
     "arrested", ["suspect"], 1),
    ("Gunmen shot a teacher, a student and a guard.", "ASSAULT", "shot",
     ["teacher", "student", "guard"], 3),
    ("Police arrested the mayor, his brother and two aides.", "COERCE", "arrested",
     ["mayor", "brother", "aides"], 3),
    ("This week, two soldiers were killed in an ambush.", "ASSAULT", "killed",
     ["soldiers"], 1),
    ("On Monday, a teacher and a nurse were abducted near the school.", "ASSAULT",
     "abducted", ["teacher", "nurse"], 2),
]


def _recipients(pipeline, text: str, kind: str, trigger: str) -> list[str]:
    result = pipeline.process(Article(text=text, published=dt.date(2022, 5, 10)))
    found = [[r.text for r in e.recipients] for e in result.events
             if e.plover_type == kind and trigger in e.trigger.text]
    assert found, (text, [(e.plover_type, e.trigger.text) for e in result.events])
    return found[0]


@pytest.mark.parametrize(("text", "kind", "trigger", "recipients"), LISTS)
def test_every_item_of_a_list_read_as_an_apposition_is_a_recipient(pipeline, text, kind,
                                                                   trigger, recipients):
    ours = _recipients(pipeline, text, kind, trigger)
    assert all(any(w in r for r in ours) for w in recipients), (text, ours)


@pytest.mark.parametrize(("text", "kind", "trigger", "recipients", "n"), KEEP)
def test_an_apposition_stays_one_recipient(pipeline, text, kind, trigger, recipients, n):
    ours = _recipients(pipeline, text, kind, trigger)
    assert all(any(w in r for r in ours) for w in recipients), (text, ours)
    assert len(ours) == n, (text, ours)
