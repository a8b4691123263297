"""Made-up probes (not copied from any data set): a name written with a division's word after it
("Marib province", "Magway region") that the gazetteer lacks as a whole is read as the division
of the name, or the town it is named after; before, it had no reading and stood in for the
article's main place (the dateline's town: "ADEN -- In Marib province, air defences shot down a
drone" was placed in Aden). Neighbours: a compass point with a division's word ("West
region") gets no reading this way."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.places.names import division_named
from sitrep.records import Article

NAMED = [("Marib province", "Marib"), ("Magway region", "Magway"), ("Zamfara state", "Zamfara"),
         ("Sagaing region", "Sagaing")]


@pytest.mark.parametrize(("text", "name"), NAMED)
def test_a_division_word_after_a_name_reads_the_name(pipeline, text: str, name: str) -> None:
    found = division_named(pipeline.gazetteer, text)
    assert found, text
    assert name.lower() in found[0].name.lower().replace("'", ""), (text, found[0].name)


@pytest.mark.parametrize("text", ["West region", "Northern province", "the Eastern state"])
def test_a_compass_point_is_no_division_of_that_name(pipeline, text: str) -> None:
    assert division_named(pipeline.gazetteer, text) == []


def test_a_division_far_from_the_dateline_is_not_the_dateline_town(pipeline) -> None:
    from sitrep.pipeline import article_id

    text = ("ADEN, Feb 5 — In Marib province, air defences shot down a drone over an oil "
            "facility early on Thursday, the coalition said.")
    article = Article(text=text, id=article_id(text), published=dt.date(2025, 2, 6),
                      source="probe", language="en", origin="probe")
    events = [e for e in pipeline.process(article).events if e.plover_type == "ASSAULT"]
    assert events
    assert [p.name for p in events[0].places] != ["Aden"], events[0].places
    assert any("arib" in p.name for p in events[0].places), events[0].places
