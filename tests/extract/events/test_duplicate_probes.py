"""One happening, one event (events/corefer.py) on made-up probes (``duplicate_probes``):
mentions of one happening across or within sentences come out as one event; two happenings of
one type, told apart by place, day, participants or the act their PLOVER mode names (a seizure
and an arrest), stay two."""

from __future__ import annotations

import pytest
from duplicate_probes import ONE, ONE_ACT, TWO, TWO_ACTS

import sitrep

CASES = [(text, plover, 1) for text, plover in ONE + ONE_ACT] + [
    (text, plover, 2) for text, plover in TWO + TWO_ACTS]


@pytest.mark.parametrize("text,plover,count", CASES,
                         ids=[f"{n}-{p}-{i}" for i, (_, p, n) in enumerate(CASES)])
def test_mentions_of_one_happening_are_one_event(pipeline, text: str, plover: str,
                                                 count: int) -> None:
    events = sitrep.process_text(text, published="2021-03-01").events
    found = [(e.trigger.text, e.evidence.start) for e in events if e.plover_type == plover]
    assert len(found) == count, found


def test_the_first_mention_keeps_the_evidence_and_gains_the_later_participants(pipeline) -> None:
    text = ("Protest in the capital. Thousands of nurses marched through Accra on Monday "
            "over unpaid wages.")
    events = [e for e in sitrep.process_text(text, published="2021-03-01").events
              if e.plover_type == "PROTEST"]
    assert len(events) == 1
    assert events[0].evidence.start == 0
    assert any("nurses" in a.text for a in events[0].actors)


@pytest.mark.parametrize("text", [
    "Man hurt in weekend shooting\n\nA deputy was shot during a traffic stop in Salem on Monday.",
    "Protest in the capital\nThousands of nurses marched through Accra on Monday.",
    "Bomb blast in Kabul\n\nA bomb exploded near a school in Kabul on Tuesday, officials said.",
])
def test_a_title_lines_event_is_told_by_the_story_sentence(pipeline, text) -> None:
    events = sitrep.process_text(text, published="2021-03-01").events
    body = text.index("\n") + 1
    assert events and all(e.evidence.start >= body for e in events), [
        (e.plover_type, e.evidence.text) for e in events]
