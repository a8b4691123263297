"""An act and its toll told in one sentence are one happening (``mentions.related``), on
made-up probes (``told_toll_probes``): two conjoined outcomes before a "when" clause with
conjoined acts, a toll told by "adding that" after the act or its report, a toll told by the
participle "leaving", and a participle of harm hung on the doer whose relative clause tells
the act. Near neighbours with an act, a day or doers of their own stay two."""

from __future__ import annotations

import pytest
from told_toll_probes import (
    ADDING_ONE,
    ADDING_TWO,
    DOER_ONE,
    DOER_TWO,
    LEAVING_ONE,
    LEAVING_TWO,
    WHEN_ONE,
    WHEN_TWO,
)

import sitrep

CASES = [(text, 1) for text in WHEN_ONE + ADDING_ONE + LEAVING_ONE + DOER_ONE] + [
    (text, 2) for text in WHEN_TWO + ADDING_TWO + LEAVING_TWO + DOER_TWO]


@pytest.mark.parametrize("text,count", CASES,
                         ids=[f"{n}-{i}" for i, (_, n) in enumerate(CASES)])
def test_an_act_and_its_toll_told_in_one_sentence_are_one_event(pipeline, text: str,
                                                                count: int) -> None:
    events = sitrep.process_text(text, published="2024-03-06").events
    found = [(e.trigger.text, e.evidence.start) for e in events if e.plover_type == "ASSAULT"]
    assert len(found) == count, found
