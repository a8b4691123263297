"""Fixtures of the event probes: one made-up article through the real pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article


@pytest.fixture(scope="module")
def events_of(pipeline):
    """The events of a text processed as one article published on 2021-03-04 (a probe file
    that needs another day defines its own ``events_of``)."""
    def run(text: str):
        return pipeline.process(Article(text=text, published=dt.date(2021, 3, 4),
                                        language="en")).events

    return run
