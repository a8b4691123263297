"""The participants of events on the made-up probe sentences of ``met_probes`` (issue 15
item 6, session 41), with the real model: the one met is the other actor of a reciprocal
meeting, no recipient; near neighbours keep their reading."""

from __future__ import annotations

import pytest
from met_probes import MET

from samples import check_participants


@pytest.mark.parametrize(("text", "trigger", "actors", "recipients", "not_actors",
                          "not_recipients"),
                         [pytest.param(*row, id=f"met-{k:02d}") for k, row in enumerate(MET)])
def test_the_one_met_is_the_other_actor(events_of, text: str, trigger: str, actors: list[str],
                                        recipients: list[str], not_actors: list[str],
                                        not_recipients: list[str]) -> None:
    check_participants(events_of(text), trigger, actors, recipients, not_actors,
                       not_recipients)


def test_the_class_holds_ten_cases_and_neighbours() -> None:
    assert len(MET) >= 14
    assert len({row[:2] for row in MET}) == len(MET)
