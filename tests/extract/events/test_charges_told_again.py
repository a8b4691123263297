"""A charge told again is one ACCUSE (``corefer.fuse`` with ``mentions.parties.charged`` and
``retold_accused``) on made-up probes (``charge_probes``): the accused described and then named,
the charge laid by a prosecutor or the police, or the accused retold by a definite description;
another accused, day and place, or speaker stays an ACCUSE of its own."""

from __future__ import annotations

import pytest
from charge_probes import CHARGES, GAPS

import sitrep
from samples import probe_params


@pytest.mark.parametrize("text,count", probe_params({"charges": CHARGES}, GAPS))
def test_a_charge_told_again_is_one_accusation(pipeline, text: str, count: int) -> None:
    events = sitrep.process_text(text, published="2021-03-01").events
    found = [(e.trigger.text, e.evidence.start) for e in events if e.plover_type == "ACCUSE"]
    assert len(found) == count, found
