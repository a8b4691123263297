"""The victims of a toll told again one by one, by their wounds or by a pronoun, are that
toll's happening (events/mentions/tolls.py ``its_victims_told``, ``wound_told``), on made-up
probes (``victims_told_probes``); other places, days, sexes, a group after one person, or one
told as more stay apart."""

from __future__ import annotations

import pytest
from victims_told_probes import ONE, TWO

import sitrep

CASES = [(text, 1) for text in ONE] + [(text, 2) for text in TWO]


@pytest.mark.parametrize("text,count", CASES,
                         ids=[f"{n}-{i}" for i, (_, n) in enumerate(CASES)])
def test_victims_told_again_are_the_toll_told_before(pipeline, text: str, count: int) -> None:
    events = sitrep.process_text(text, published="2024-03-04").events
    found = [(e.trigger.text, e.evidence.start) for e in events if e.plover_type == "ASSAULT"]
    assert len(found) == count, found
