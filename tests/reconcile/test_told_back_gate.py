"""The cheap gate of ``told_back.recalled``: a clause is searched for "<N> years later / ago /
after" only when it holds a word of ``SPAN_WORDS``. Made-up clauses (not copied from any data
set), in every case, with and without the interval: the gate never hides a match, so
``recalled`` reads what the plain searches read."""

from __future__ import annotations

import pytest

from sitrep.reconcile.told_back import AFTER, LATER, SPAN_WORDS

CLAUSES = [
    "Valley murder still haunts family 20 years later",
    "VALLEY MURDER STILL HAUNTS FAMILY TWENTY YEARS LATER",
    "Two Decades Ago the mill closed",
    "the village marked the day five months on",
    "arrested on Monday, 20 years after the ",
    "ARRESTED ON MONDAY, TEN YEARS SINCE THE ",
    "a couple of months after the ",
    "one year ago",
    "Several Decades Later, the case was reopened",
    "the yearly parade was held",
    "police arrested a man on Monday",
    "the month of the attack",
    "a decade-long war ended",
    "Gunmen attacked a police post in Kano on Tuesday",
    "",
]


@pytest.mark.parametrize("clause", CLAUSES)
def test_the_gate_never_hides_an_interval(clause: str) -> None:
    gated = any(word in clause.lower() for word in SPAN_WORDS)
    for pattern in (AFTER, LATER):
        if pattern.search(clause):
            assert gated


def test_the_gate_passes_the_intervals_and_stops_plain_clauses() -> None:
    matched = [c for c in CLAUSES if AFTER.search(c) or LATER.search(c)]
    assert len(matched) >= 8
    assert not any(word in "police arrested a man on monday" for word in SPAN_WORDS)
