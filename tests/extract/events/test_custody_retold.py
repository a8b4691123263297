"""An arrest told in the passive and then by the officers who made it, with its people as
definite descriptions or pronouns, is one operation (``mentions.people.repeats_state_act``),
on made-up probes (``custody_retold_probes``); another person, "also", or another day and
place keep two."""

from __future__ import annotations

import pytest
from custody_retold_probes import ONE, TWO

import sitrep

CASES = [(text, 1) for text in ONE] + [(text, 2) for text in TWO]


@pytest.mark.parametrize("text,count", CASES,
                         ids=[f"{n}-{i}" for i, (_, n) in enumerate(CASES)])
def test_an_arrest_retold_by_its_officers_is_one_event(pipeline, text: str,
                                                       count: int) -> None:
    events = sitrep.process_text(text, published="2024-03-06").events
    found = [(e.trigger.text, e.evidence.start) for e in events if e.plover_type == "COERCE"]
    assert len(found) == count, found
