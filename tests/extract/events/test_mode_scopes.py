"""The modes a governing word gives to the act below it (``scope_probes``): a hope (in every
inflection), a failure or a "without", an agreement; and the done acts next to them."""

from __future__ import annotations

import pytest
from scope_probes import (
    AGREED,
    CONDITIONED_OR_ASKED,
    DONE,
    DONE_PURPOSE,
    DONE_TOO,
    DONE_YET,
    FAILED_OR_WITHOUT,
    FRAMED,
    HOPED,
    NOT_YET,
    PURPOSED,
    STATED,
)

import sitrep
from sitrep.records import Event

FLAGS = {"future", "hypothetical", "negated"}
CASES = [
    (row, cls)
    for cls, rows in (
        ("hoped", HOPED),
        ("failed", FAILED_OR_WITHOUT),
        ("agreed", AGREED),
        ("conditioned", CONDITIONED_OR_ASKED),
        ("purposed", PURPOSED),
        ("framed", FRAMED),
        ("not-yet", NOT_YET),
    )
    for row in rows
]


def _event(text: str, trigger: str, plover: str) -> Event:
    events = sitrep.process_text(text, published="2021-03-01").events
    found = [e for e in events if trigger in e.trigger.text and e.plover_type == plover]
    assert found, [(e.plover_type, e.trigger.text, e.modes) for e in events]
    return found[0]


@pytest.mark.parametrize(
    "row,cls", CASES, ids=[f"{c}-{r[1]}-{i}" for i, (r, c) in enumerate(CASES)]
)
def test_the_governing_word_gives_the_act_its_mode(
    pipeline, row: tuple[str, str, str, str], cls: str
) -> None:
    text, trigger, plover, flag = row
    event = _event(text, trigger, plover)
    assert flag in event.modes, event.modes


@pytest.mark.parametrize(
    "row",
    DONE + DONE_TOO + STATED + DONE_YET + DONE_PURPOSE,
    ids=[f"{r[1]}-{i}" for i, r in enumerate(DONE + DONE_TOO + STATED + DONE_YET + DONE_PURPOSE)],
)
def test_a_done_act_next_to_them_keeps_no_flag(pipeline, row: tuple[str, str, str]) -> None:
    text, trigger, plover = row
    event = _event(text, trigger, plover)
    assert not FLAGS & set(event.modes), event.modes
