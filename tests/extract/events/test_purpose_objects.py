"""An act done to carry out another of its type, told by the object of an infinitive of
purpose, is one happening (``mentions.related.purpose_of``), on made-up probes
(``purpose_object_probes``); the second act by other people, or at another place or time,
stays apart."""

from __future__ import annotations

import pytest
from purpose_object_probes import ROWS

import sitrep


@pytest.mark.parametrize("text,plover,count", ROWS,
                         ids=[f"{p}-{n}-{i}" for i, (_, p, n) in enumerate(ROWS)])
def test_the_object_of_a_purpose_is_the_act_done_for_it(pipeline, text: str, plover: str,
                                                       count: int) -> None:
    events = sitrep.process_text(text, published="2024-03-06").events
    found = [(e.trigger.text, e.evidence.start) for e in events if e.plover_type == plover]
    assert len(found) == count, found
