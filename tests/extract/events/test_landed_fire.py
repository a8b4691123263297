"""What an attack's fire hit ("the shells hit a market", "one bullet hit the fuel tank", "a
mortar round hit a school"), told in a later sentence or later in the attack's own sentence, is
the attack told before (events/retold/results.py ``landed_fire``), on made-up probes
(``landed_fire_probes``); a projectile hitting at another place or on another day, or told as
more ("another rocket"), is another attack."""

from __future__ import annotations

import pytest
from landed_fire_probes import ONE, TWO

import sitrep

CASES = [(text, 1) for text in ONE] + [(text, 2) for text in TWO]


@pytest.mark.parametrize("text,count", CASES,
                         ids=[f"{n}-{i}" for i, (_, n) in enumerate(CASES)])
def test_what_the_fire_hit_is_the_attack_told_before(pipeline, text: str, count: int) -> None:
    events = sitrep.process_text(text, published="2024-03-04").events
    found = [e.trigger.text for e in events if e.plover_type == "ASSAULT"]
    assert len(found) == count, found


def test_what_the_shells_hit_lends_the_attack_no_recipient_of_its_own(pipeline) -> None:
    # the happening's recipients are its first telling's (corefer: a later mention adds only
    # people it names by name), so the market the shells hit stays in the evidence only
    events = sitrep.process_text(ONE[0], published="2024-03-04").events
    attacks = [e for e in events if e.plover_type == "ASSAULT"]
    assert len(attacks) == 1
    assert not any("market" in r.text or "mosque" in r.text for r in attacks[0].recipients)
