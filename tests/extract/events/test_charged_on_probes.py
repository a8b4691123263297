"""The participants of events on the made-up probe sentences of ``charged_on_probes`` (issue
15 item 6, session 41), with the real model: the one held or tried "on charges of" a deed is
the ACCUSE's recipient, never its actor; near neighbours keep their reading."""

from __future__ import annotations

import pytest
from charged_on_probes import CHARGED_ON

from samples import check_participants


@pytest.mark.parametrize(("text", "trigger", "actors", "recipients", "not_actors",
                          "not_recipients"),
                         [pytest.param(*row, id=f"charged-{k:02d}")
                          for k, row in enumerate(CHARGED_ON)])
def test_the_one_held_on_charges_is_the_recipient(events_of, text: str, trigger: str,
                                                  actors: list[str], recipients: list[str],
                                                  not_actors: list[str],
                                                  not_recipients: list[str]) -> None:
    check_participants(events_of(text), trigger, actors, recipients, not_actors,
                       not_recipients)


def test_the_class_holds_ten_cases_and_neighbours() -> None:
    assert len(CHARGED_ON) >= 14
    assert len({row[:2] for row in CHARGED_ON}) == len(CHARGED_ON)
