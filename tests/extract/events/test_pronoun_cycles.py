"""A pronoun whose antecedent is a thing owned through the same pronoun ("Their accounts were
frozen. They were accused of fraud": "They" -> the accounts -> "Their" -> ...) stands for nothing
instead of recursing until Python's stack runs out (the article used to fail with a
RecursionError, and `sitrep eval events` stopped on it); the rest of the article's events keep
their participants. Read with the real model on made-up articles."""

from __future__ import annotations

import pytest

CYCLES = [
    "Their accounts were frozen last week. They were accused of fraud.",
    "Their accounts were frozen last week. They protested outside the bank.",
    "Their passports were seized at the border. They were charged with smuggling on Friday.",
    "Its assets were frozen by the court. It denied any wrongdoing and accused the regulator "
    "of bias.",
]


@pytest.mark.parametrize("text", CYCLES)
def test_pronoun_chain_through_its_owner_ends(events_of, text: str) -> None:
    events = events_of(text)  # finishes: no RecursionError
    assert events, "the acts of the article are still extracted"


def test_other_participants_kept_beside_a_cycle(events_of) -> None:
    events = events_of("Their accounts were frozen last week. They were accused of fraud. "
                       "Police arrested Omar Said in Lendo on Tuesday.")
    arrests = [e for e in events if e.plover_type == "COERCE"
               and any("Said" in (a.text or "") for a in e.recipients)]
    assert arrests and any("Police" in (a.text or "") for a in arrests[0].actors)
