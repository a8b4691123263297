"""Probe articles (made up for these tests) for capitals that say nothing about a name: the
first word of a sentence or headline, or a title-case headline, written in lower case elsewhere
in the same article ("Man shot ..." and "a man was shot"), is not a place on the strength of the
gazetteer alone (the Isle of Man, Nice, Reading, Buffalo). Words the entity recogniser tags as
places ("Turkey shortage ...") are not judged here. A place there still needs a context
of its own ("in Nice") or a tagged mention; words the article never writes in lower case keep
the gazetteer's reading ("Syria said ...")."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.pipeline import Pipeline
from sitrep.records import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _places(pipeline: Pipeline, text: str) -> list[tuple[str, str | None]]:
    ex = pipeline.process(Article(text=text, published=dt.date(2016, 3, 6), language="en"))
    return [(p.text, p.country) for p in ex.places]


NOT_PLACES = [
    ("Man shot on Elm Street overnight\n\nA man was wounded early Sunday, police said.", "Man"),
    ("Man charged after brawl at bar\n\nThe man, 34, was held overnight.", "Man"),
    ("Nice weather draws crowds to the lake\n\nIt was a nice day for a swim, visitors said.",
     "Nice"),
    ("Reading scores fall at county schools\n\nStudents' reading scores fell for a third year.",
     "Reading"),
    ("Buffalo roam the prairie again\n\nA herd of buffalo was released on the ranch on Friday.",
     "Buffalo"),
    ("Buffalo Wings Festival Draws Thousands To Park\n\nVendors sold buffalo wings all day.",
     "Buffalo"),
    ("Man Bites Dog Outside City Hall\n\nThe man was cited for disorderly conduct.", "Man"),
    ("Reading Program Wins State Award\n\nThe reading program serves 400 children.",
     "Reading"),
    ("Jersey stolen from museum\n\nThe signed jersey was taken from a display case.", "Jersey"),
]

STILL_PLACES = [
    ("Syria said on Monday that the talks would resume.", "Syria"),
    ("Turkey closed its border with Syria on Friday.", "Turkey"),
    ("Nice was hit by floods.\n\nThe mayor of Nice asked for help.", "Nice"),
    ("Buffalo police arrested two men.\n\nThe men were held in Buffalo, police said.",
     "Buffalo"),
    ("Israel carried out air strikes overnight, the army said.", "Israel"),
    ("Kenya expelled two diplomats on Tuesday.", "Kenya"),
    ("Chile recalled its ambassador.\n\nThe government of Chile gave no reason.", "Chile"),
    ("A man was shot in Reading on Sunday.\n\nReading police said the man was wounded.",
     "Reading"),
    ("Jersey police said a man was arrested in St Helier.", "Jersey"),
    ("China said it would send a delegation to the talks.", "China"),
]


@pytest.mark.parametrize("text, word", NOT_PLACES)
def test_a_common_word_capitalised_by_position_is_not_a_place(pipeline, text, word):
    assert word not in [t for t, _ in _places(pipeline, text)]


@pytest.mark.parametrize("text, word", STILL_PLACES)
def test_a_name_at_the_start_of_a_sentence_stays_a_place(pipeline, text, word):
    assert word in [t for t, _ in _places(pipeline, text)]
