"""Made-up probes (not copied from any data set): a toll that climbs past, goes beyond or tops
a figure is at least that figure (low N, high open); a toll that rises to, reaches or stands at a
figure is that figure, and "the past 24 hours" is a time, not a bound."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

AT_LEAST = [
    ("The death toll climbed past 300 in Aleppo on Monday.", 300),
    ("The death toll from the earthquake rose past 2,000 on Tuesday.", 2000),
    ("The death toll rose beyond 40 in Homs on Monday, officials said.", 40),
    ("The death toll topped 300 in Aleppo on Monday.", 300),
    ("The death toll from the floods has passed 1,000, officials said.", 1000),
    ("The death toll surpassed 150 in Mosul on Sunday.", 150),
    ("The number of people killed in the floods has exceeded 90, officials said.", 90),
    ("The death toll crossed 500 in Gaza on Friday.", 500),
    ("The toll of the wounded climbed past 60 in Kabul on Tuesday.", 60),
    ("The death toll jumped past 25 in Juba on Sunday.", 25),
]
EXACT = [
    ("The death toll rose to 300 in Aleppo on Monday.", (300, 300)),
    ("The death toll reached 120 in Mosul on Sunday.", (120, 120)),
    ("The death toll stood at 45 in Homs on Monday.", (45, 45)),
    ("In the past 24 hours, 12 people were killed in Aleppo.", (12, 12)),
    ("Over the past two days, 40 people were killed in Homs.", (40, 40)),
    ("Gunmen killed 7 people in Kaduna, the past month's worst attack.", (7, 7)),
]


def _killed(pipeline, text: str) -> list[tuple[int | None, int | None]]:
    from sitrep.pipeline import article_id

    article = Article(text=text, id=article_id(text), published=dt.date(2016, 1, 20),
                      source="probe", language="en", origin="probe")
    return [(c.low, c.high) for c in pipeline.process(article).claims
            if c.outcome in ("killed", "injured")]


@pytest.mark.parametrize(("text", "low"), AT_LEAST, ids=[t[:50] for t, _ in AT_LEAST])
def test_a_toll_past_a_figure_is_at_least_that_figure(pipeline, text, low):
    assert _killed(pipeline, text) == [(low, None)]


@pytest.mark.parametrize(("text", "figures"), EXACT, ids=[t[:50] for t, _ in EXACT])
def test_a_toll_that_reaches_a_figure_is_that_figure(pipeline, text, figures):
    assert _killed(pipeline, text) == [figures]
