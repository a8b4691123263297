"""Probes of the sector of a participant named by a common noun for people that the victims'
lexicon does not know (``nouns.person_noun_sector``): the actor coder's nouns of people
(actor_nouns.tsv, from WordNet) give it ("a priest" REL, "two drivers" CVL, "a pharmacist" HLH,
"a blogger" MED), as they do for the same phrase in ``sitrep eval actors``. Neighbours: words
whose side the victims' lexicon leaves open keep no sector ("a man", "a suspect"), words it
knows keep its sector ("a woman", "teenagers"), words the coder does not know keep none."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

# (text, PLOVER type, participant word, sector)
CODED = [
    ("Gunmen kidnapped a priest near the church.", "ASSAULT", "priest", "REL"),
    ("Police arrested two drivers at the border.", "COERCE", "drivers", "CVL"),
    ("The blast killed a pharmacist outside the clinic.", "ASSAULT", "pharmacist", "HLH"),
    ("Troops detained a blogger in the capital.", "COERCE", "blogger", "MED"),
    ("Soldiers beat a cook at the camp.", "ASSAULT", "cook", "LAB"),
    ("Police arrested a cleric in the city.", "COERCE", "cleric", "REL"),
    ("Gunmen killed a broker outside his office.", "ASSAULT", "broker", "BUS"),
    ("Militants abducted a surgeon from the hospital.", "ASSAULT", "surgeon", "HLH"),
    ("Police detained a columnist after the march.", "COERCE", "columnist", "MED"),
    ("Masked men attacked an imam outside the mosque.", "ASSAULT", "imam", "REL"),
    ("Gunmen shot a banker in his car.", "ASSAULT", "banker", "BUS"),
    ("Soldiers arrested a professor at the university.", "COERCE", "professor", "EDU"),
    ("A rabbi condemned the attack on the synagogue.", "ACCUSE", "rabbi", "REL"),
    ("Unknown assailants stabbed a plumber near the station.", "ASSAULT", "plumber", "LAB"),
    ("Bloggers condemned the arrest of the editor.", "ACCUSE", "Bloggers", "MED"),
    ("Surgeons protested outside the ministry on Monday.", "PROTEST", "Surgeons", "HLH"),
    ("Clerics condemned the killing of the judge.", "ACCUSE", "Clerics", "REL"),
    ("Bankers criticized the new tax on Friday.", "ACCUSE", "Bankers", "BUS"),
    ("Pharmacists went on strike over unpaid wages.", "PROTEST", "Pharmacists", "HLH"),
]

KEEP = [
    ("Diplomats condemned the shelling of the port.", "ACCUSE", "Diplomats", "GOV"),
    ("Police arrested a man on Friday.", "COERCE", "man", None),
    ("A man attacked a woman in the park.", "ASSAULT", "woman", "CVL"),
    ("A man attacked a woman in the park.", "ASSAULT", "man", None),
    ("Police arrested a suspect on Friday.", "COERCE", "suspect", None),
    ("Gunmen shot a bodyguard outside the hotel.", "ASSAULT", "bodyguard", None),
    ("Two teenagers were arrested after the fight.", "COERCE", "teenagers", "CVL"),
]


@pytest.mark.parametrize(("text", "kind", "word", "sector"), CODED + KEEP)
def test_a_person_noun_takes_the_actor_coders_sector(pipeline, text, kind, word, sector):
    result = pipeline.process(Article(text=text, published=dt.date(2022, 5, 10)))
    found = [a for e in result.events if e.plover_type == kind
             for a in (*e.actors, *e.recipients) if a.text == word]
    assert found, (text, [(e.plover_type, [a.text for a in (*e.actors, *e.recipients)])
                          for e in result.events])
    assert found[0].sector == sector, (text, found[0])
