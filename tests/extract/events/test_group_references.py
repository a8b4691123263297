"""A group of countries named together is read back by a later "the two countries" or "both
countries" (``ActorFinder._group_ref``), also where the sentence that named it tells no happening
(a trend, a habit, a count): the events extractor reads a candidate's roles after its eventhood
test except in the sentences a group reference may still read (``extractor._group_readers_until``),
so the groups stay recorded as before. Sentences made up for these tests, run through the real
model."""

from __future__ import annotations

import datetime as dt

import pytest

import sitrep

LATER = " The two countries signed a trade pact on Monday."

# the first sentence has an event word but tells no happening: its roles still name the group
NO_HAPPENING_FIRST = [
    "Attacks by France and Germany on shipping rose by 20 percent last year.",
    "France and Germany often attack each other in the press.",
    "France and Germany have a history of clashes.",
    "The number of attacks by France and Germany has doubled.",
]
# neighbours: the first sentence tells a happening, or a question about one
HAPPENING_FIRST = [
    "France and Germany never meet without a quarrel.",
    "Is it true that France and Germany attacked the convoy?",
]


def _agree_actors(text: str) -> list[str | None]:
    extraction = sitrep.process_text(text, published=dt.date(2020, 10, 5))
    agree = [e for e in extraction.events if e.plover_type == "AGREE"]
    assert len(agree) == 1, [(e.plover_type, e.trigger.text) for e in extraction.events]
    return sorted(a.name for a in agree[0].actors)


@pytest.mark.parametrize("first", NO_HAPPENING_FIRST + HAPPENING_FIRST)
def test_group_named_before_is_the_later_two_countries(first: str) -> None:
    assert _agree_actors(first + LATER) == ["France", "Germany"]


@pytest.mark.parametrize("first", NO_HAPPENING_FIRST)
def test_group_named_far_before_is_not_read(first: str) -> None:
    # the reference reads groups of any earlier sentence; with no group word the pact has its
    # own subject only
    text = first + " The government signed a trade pact with Spain on Monday."
    assert "France" not in _agree_actors(text)
