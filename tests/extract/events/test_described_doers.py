"""An attack told again in the witnesses' words, by one doer described without a name and no
target, is the attack told first (events/mentions/people.py ``doer_described``), on made-up
probes (``described_doer_probes``); another place, day, sex, one told as more, or an earlier
act by state forces stay apart."""

from __future__ import annotations

import pytest
from described_doer_probes import ONE, TWO

import sitrep

CASES = [(text, 1) for text in ONE] + [(text, 2) for text in TWO]


@pytest.mark.parametrize("text,count", CASES,
                         ids=[f"{n}-{i}" for i, (_, n) in enumerate(CASES)])
def test_a_doer_described_again_is_the_attack_told_before(pipeline, text: str,
                                                          count: int) -> None:
    events = sitrep.process_text(text, published="2024-03-04").events
    found = [(e.trigger.text, e.evidence.start) for e in events if e.plover_type == "ASSAULT"]
    assert len(found) == count, found
