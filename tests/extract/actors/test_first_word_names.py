"""Made-up probes (not copied from any data set): a common word capitalised only because it
begins the sentence and modifies the noun after it ("Riot police fired tear gas") is no
person's name: the actor is the whole group ("Riot police", COP), not "Riot". Neighbours: a
surname that begins a sentence and is the subject ("Smith attacked two men"), and groups the
model already reads whole ("Traffic police", "Border police"). Real model, real pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.pipeline import Pipeline
from sitrep.records import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _actors(pipeline: Pipeline, text: str) -> list[str]:
    ex = pipeline.process(Article(id="probe", text=text, published=dt.date(2021, 3, 10),
                                  language="en"))
    assert ex.events
    return [a.text for a in ex.events[0].actors]


GROUPS = [
    ("Riot police arrested ten protesters on Monday.", "Riot police"),
    ("Riot police in armoured cars arrested the marchers on Monday.", "Riot police"),
    ("Riot police detained dozens of students outside the university.", "Riot police"),
    ("Riot police fired tear gas at the crowd in the capital.", "Riot police"),
    ("Riot police beat several demonstrators near the parliament.", "Riot police"),
    ("Riot police beat back the crowd in the main square on Sunday.", "Riot police"),
    ("Riot police arrested the opposition leader at his home.", "Riot police"),
    ("Riot police raided the offices of the newspaper on Friday.", "Riot police"),
    ("Riot police clashed with hundreds of miners on Tuesday.", "Riot police"),
    ("Riot officers detained five students on Tuesday.", "Riot officers"),
]

NAMES = [
    ("Smith attacked two men on Monday.", "Smith"),
    ("Jones told police he shot the intruder.", "Jones"),
    ("Traffic police detained two drivers on Monday.", "Traffic police"),
    ("Border police arrested five smugglers on Monday.", "Border police"),
]


@pytest.mark.parametrize(("text", "group"), GROUPS)
def test_a_capitalised_first_word_before_a_group_noun_is_no_name(pipeline, text, group):
    assert group in _actors(pipeline, text)


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_names_and_whole_groups_stay(pipeline, text, name):
    assert name in _actors(pipeline, text)
