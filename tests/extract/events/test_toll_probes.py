"""One happening, one event when an act is told by its toll (``merge``, ``corefer``), on made-up
probes (``toll_probes``): victims of coordinated clauses (a title's two tolls among them), an
outcome "after" the act and a victim named later come out as one event; their near neighbours
(another place, day, doer, the victim's own act, or told as more) stay two."""

from __future__ import annotations

import pytest
from toll_probes import (
    AFTER_ONE,
    AFTER_TWO,
    COORDINATED_ONE,
    COORDINATED_TWO,
    NAMED_ONE,
    NAMED_TWO,
)

import sitrep

CLASSES = {"coordinated": (COORDINATED_ONE, COORDINATED_TWO), "after": (AFTER_ONE, AFTER_TWO),
           "named": (NAMED_ONE, NAMED_TWO)}
CASES = [pytest.param(text, count, id=f"{name}-{count}-{i}")
         for name, (one, two) in CLASSES.items()
         for count, texts in ((1, one), (2, two)) for i, text in enumerate(texts)]


@pytest.mark.parametrize("text,count", CASES)
def test_an_act_told_by_its_toll_is_one_event(pipeline, text: str, count: int) -> None:
    events = sitrep.process_text(text, published="2021-03-01").events
    found = [(e.trigger.text, e.evidence.start) for e in events if e.plover_type == "ASSAULT"]
    assert len(found) == count, found
