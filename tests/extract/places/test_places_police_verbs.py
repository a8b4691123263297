"""Probe sentences (made up for these tests): "Police fired tear gas", "Police patrolled the
streets": a verb whose lemma is an institution's head noun ("fire", "patrol", "rescue",
"jail", "board") does not make the word before it a place leading an institution ("Dunbar
Fire", "Athens Police"): "Police" there is no town of Poland. A capitalised word right after a
dateline's dash is a sentence's first word: written in lower case elsewhere in the article, it
is no name by its capital alone. Neighbours: the town of Police named as a place, and a town
before a real institution's name, stay places."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.pipeline import Pipeline
from sitrep.records import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _names(pipeline: Pipeline, text: str) -> set[str]:
    ex = pipeline.process(Article(text=text, published=dt.date(2024, 6, 26), language="en"))
    return {p.name for p in ex.places}


NOT_A_TOWN = [
    "NAIROBI -- Police fired tear gas at protesters on Tuesday, and police later arrested "
    "12 people.",
    "LIMA, Peru -- Police fired rubber bullets at marchers on Monday, police officials said.",
    "TUNIS -- Police fired warning shots at migrants on Saturday, the police said.",
    "DHAKA -- Police fired on students on Sunday. Two police officers were hurt.",
    "KAMPALA, Uganda (AP) -- Police fired live rounds at a crowd, a police spokesman said.",
    "KHARTOUM -- Police fired tear gas at students on Wednesday, police said.",
    "ADDIS ABABA, Ethiopia -- Police fired tear gas at fans on Sunday, police said.",
    "MAPUTO -- Police fired rubber bullets at demonstrators on Monday, a police spokesman "
    "said.",
    "SANTIAGO, Chile -- Police fired water cannon at students on Thursday, police said.",
    "LAHORE, Pakistan -- Police fired tear gas at lawyers on Monday, police said.",
    "ISLAMABAD -- Police fired rubber bullets at a crowd on Friday, a police official said.",
    "CARACAS, Venezuela -- Police fired on looters on Sunday, the police said.",
    "LUSAKA -- Police fired warning shots at traders on Monday, police said.",
    "ABUJA, Nigeria -- Police boarded a bus carrying protesters on Thursday, police said.",
    "YANGON -- Police fired at marchers on Saturday, police sources said.",
    "COLOMBO, Sri Lanka -- Police fired water cannon at students on Tuesday, police said.",
    "MANILA -- Police rescued 40 ferry passengers on Sunday, a police statement said.",
    "CAIRO -- Police jailed two activists on Monday, a police spokesman said.",
    "MOMBASA, Kenya -- Police boarded a hijacked ship on Tuesday, police said.",
    "ACCRA, Ghana -- Police fired back at gunmen on Thursday, the police said.",
    "HARARE, Zimbabwe \u2014 Police fired tear gas at vendors on Friday, police said.",
]


@pytest.mark.parametrize("text", NOT_A_TOWN)
def test_police_before_a_verb_is_no_town(pipeline: Pipeline, text: str) -> None:
    assert "Police" not in _names(pipeline, text)


KEPT = [
    ("WARSAW -- A man was shot in Police on Sunday, police said.", "Police"),
    ("SZCZECIN, Poland -- Two men were stabbed in Police, a town near the German border, "
     "police said.", "Police"),
    ("GDANSK -- A woman was robbed in Police on Friday, police said.", "Police"),
    ("Athens Police rescued a man from the sea on Sunday, police said.", "Athens"),
]


@pytest.mark.parametrize(("text", "place"), KEPT)
def test_a_named_town_stays(pipeline: Pipeline, text: str, place: str) -> None:
    assert place in _names(pipeline, text)
