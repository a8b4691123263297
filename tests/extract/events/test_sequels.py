"""Sequels of an act are mentions of it (events/sequels/, ``corefer.fuse``) on made-up probes
(``sequel_probes``): custody continued after an arrest, fire answered after an attack; their
near neighbours (another person, a court's own order, another place or day, background, a
counter-strike on its own target) stay events of their own."""

from __future__ import annotations

import pytest
from sequel_probes import CUSTODY, CUSTODY_GAPS, FIRE

import sitrep
from samples import probe_params


def _count(text: str, plover: str) -> list[tuple[str, int]]:
    events = sitrep.process_text(text, published="2021-03-01").events
    return [(e.trigger.text, e.evidence.start) for e in events if e.plover_type == plover]


@pytest.mark.parametrize("text,count", probe_params({"custody": CUSTODY}, CUSTODY_GAPS))
def test_custody_continued_is_a_mention_of_the_arrest(pipeline, text: str, count: int) -> None:
    found = _count(text, "COERCE")
    assert len(found) == count, found


@pytest.mark.parametrize("text,count", probe_params({"fire": FIRE}, set()))
def test_fire_answered_is_a_mention_of_the_attack(pipeline, text: str, count: int) -> None:
    found = _count(text, "ASSAULT")
    assert len(found) == count, found


def test_custody_continued_lends_the_arrest_no_court_day_or_place(pipeline) -> None:
    text = ("Police arrested a 24-year-old man in Leeds on Friday. He was remanded in custody at "
            "Bradford Crown Court on Monday.")
    events = [e for e in sitrep.process_text(text, published="2021-03-01").events
              if e.plover_type == "COERCE"]
    assert len(events) == 1
    assert [p.name for p in events[0].places] == ["Leeds"]
    assert events[0].when is not None and events[0].when.value == "2021-02-26"
