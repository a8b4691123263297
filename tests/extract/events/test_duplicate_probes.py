"""One happening, one event (events/corefer.py) on made-up probes (``duplicate_probes``):
mentions of one happening across or within sentences come out as one event; two happenings of
one type, told apart by place, day or participants, stay two."""

from __future__ import annotations

import pytest
from duplicate_probes import ONE, TWO

import sitrep

CASES = [(text, plover, 1) for text, plover in ONE] + [(text, plover, 2) for text, plover in TWO]


@pytest.mark.parametrize("text,plover,count", CASES,
                         ids=[f"{n}-{p}-{i}" for i, (_, p, n) in enumerate(CASES)])
def test_mentions_of_one_happening_are_one_event(pipeline, text: str, plover: str,
                                                 count: int) -> None:
    events = sitrep.process_text(text, published="2021-03-01").events
    found = [(e.trigger.text, e.evidence.start) for e in events if e.plover_type == plover]
    assert len(found) == count, found


def test_a_headline_fused_with_the_story_is_told_by_the_story_sentence(pipeline) -> None:
    text = ("Protest in the capital. Thousands of nurses marched through Accra on Monday "
            "over unpaid wages.")
    events = [e for e in sitrep.process_text(text, published="2021-03-01").events
              if e.plover_type == "PROTEST"]
    assert len(events) == 1
    assert events[0].evidence.start == text.index("Thousands")  # the receipt with place and day
    assert events[0].trigger.text == "marched"
    assert any("nurses" in a.text for a in events[0].actors)
