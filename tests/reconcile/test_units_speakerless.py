"""Made-up probes (not copied from any data set): a speech act or meeting that names no one
saying or meeting ("The request was granted", "The meeting was held behind closed doors") is no
incident, as ACLED codes no event without its first actor; the same act with its actor named
stays one incident. Each article is one sentence, extracted with the real model."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.pipeline import Pipeline
from sitrep.reconcile.units import article_units
from sitrep.records import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _units(pipeline: Pipeline, text: str) -> list:
    ex = pipeline.process(Article(id="probe", text=text, published=dt.date(2016, 3, 8),
                                  language="en"))
    return article_units(ex)


NO_SPEAKER = [
    "The request was granted on Monday.",
    "The demand was rejected on Tuesday.",
    "A ceasefire agreement was signed on Friday.",
    "The meeting was held behind closed doors on Monday.",
    "The accusations were denied on Wednesday.",
    "Calls for calm were repeated on Thursday.",
    "Threats were made against the school on Monday.",
    "An investigation was opened on Monday.",
    "The talks ended without a deal on Sunday.",
    "The plan was praised on Tuesday.",
]

WITH_SPEAKER = [
    "The mayor demanded an apology on Monday.",
    "Police rejected the demand on Tuesday.",
    "Armenia and Azerbaijan signed a ceasefire agreement on Friday.",
    "The ministers met behind closed doors on Monday.",
    "The government denied the accusations on Wednesday.",
    "The president called for calm on Thursday.",
    # (with a political or armed speaker: private parties' statements with no one harmed are
    # no incident either, test_relevance.py)
    "Opposition leaders welcomed the offer on Monday.",
    "A gang threatened the school on Monday.",
    "Prosecutors opened an investigation on Monday.",
    "The governor praised the plan on Tuesday.",
]


@pytest.mark.parametrize("text", NO_SPEAKER)
def test_a_statement_nobody_made_is_no_incident(pipeline, text):
    assert _units(pipeline, text) == []


@pytest.mark.parametrize("text", WITH_SPEAKER)
def test_a_statement_with_its_speaker_is_one_incident(pipeline, text):
    assert len(_units(pipeline, text)) == 1
