"""Linking places and dates to events (sitrep.extract.link)."""

from __future__ import annotations

import datetime as dt

from sitrep.records import Article


def test_place_inside_an_organisation_name_is_not_a_location(pipeline):
    text = ("The Minsk Group condemned the shelling of Tartus on Monday. "
            "The Minsk Group was formed in 1992 to mediate the dispute.")
    result = pipeline.process(Article(text=text, published=dt.date(2021, 3, 1)))
    names = {p.name for p in result.places}
    assert "Minsk" not in names
    assert all("Minsk" not in p.name for e in result.events for p in e.places)


def test_date_of_a_relative_clause_is_not_the_event_date(pipeline):
    text = ("The committee, which has investigated the dispute since 1998, called on Tuesday for "
            "an immediate ceasefire between the two armies.")
    result = pipeline.process(Article(text=text, published=dt.date(2021, 3, 4)))
    calls = [e for e in result.events if e.plover_type == "REQUEST"]
    assert calls, [(e.plover_type, e.trigger.text) for e in result.events]
    assert calls[0].when is not None and calls[0].when.value == "2021-03-02"
