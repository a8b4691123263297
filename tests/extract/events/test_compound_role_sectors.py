"""Probes of the sector of a generic role word with a body before it that no actor record
covers (``finder.ActorFinder._fallback`` reads the phrase with the actor coder): "union
leaders" LAB, "aid workers" NGO, "church leaders" REL, not the GOV or LAB of "leader" or
"worker" alone. Neighbours: "government officials" GOV, "factory workers" LAB."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

# (text, PLOVER type, a word of the participant, its sector)
ROLES = [
    ("The president met with union leaders on Monday.", "CONSULT", "union", "LAB"),
    ("Gunmen kidnapped two aid workers near the border.", "ASSAULT", "aid", "NGO"),
    ("Church leaders condemned the killing of the priest.", "ACCUSE", "Church", "REL"),
    ("The governor met student leaders on Friday.", "CONSULT", "student", "EDU"),
    ("Rebels abducted four aid workers in the north.", "ASSAULT", "aid", "NGO"),
    ("Soldiers arrested party leaders in the capital.", "COERCE", "party", "PTY"),
    ("Opposition leaders accused the government of fraud.", "ACCUSE", "Opposition", "OPP"),
    ("Business leaders urged the government to cut taxes.", "REQUEST", "Business", "BUS"),
    ("The army detained militia leaders near the border.", "COERCE", "militia", "PRM"),
    ("Police arrested two union leaders after the march.", "COERCE", "union", "LAB"),
    ("Church leaders urged the rebels to free the hostages.", "REQUEST", "Church", "REL"),
    ("Rebel leaders rejected the ceasefire proposal.", "REJECT", "Rebel", "REB"),
]

KEEP = [
    ("Government officials denied the report.", "REJECT", "Government", "GOV"),
    ("Factory workers protested outside the plant.", "PROTEST", "Factory", "LAB"),
]


@pytest.mark.parametrize(("text", "kind", "word", "sector"), ROLES + KEEP)
def test_the_body_before_a_role_word_gives_its_sector(pipeline, text, kind, word, sector):
    result = pipeline.process(Article(text=text, published=dt.date(2022, 5, 10)))
    found = [(a.text, a.sector) for e in result.events if e.plover_type == kind
             for a in (*e.actors, *e.recipients) if word in a.text]
    assert found and found[0][1] == sector, (text, found)
