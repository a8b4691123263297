"""The participants of events on the made-up probe sentences of ``denied_content_probes``
(issue 15 item 6, session 41), with the real model: the parties of what a denial denies are
not its recipients; the one whose claim it answers is."""

from __future__ import annotations

import pytest
from denied_content_probes import DENIED

from samples import check_participants


@pytest.mark.parametrize(("text", "trigger", "actors", "recipients", "not_actors",
                          "not_recipients"),
                         [pytest.param(*row, id=f"denied-{k:02d}")
                          for k, row in enumerate(DENIED)])
def test_what_a_denial_denies_names_no_recipient(events_of, text: str, trigger: str,
                                                 actors: list[str], recipients: list[str],
                                                 not_actors: list[str],
                                                 not_recipients: list[str]) -> None:
    check_participants(events_of(text), trigger, actors, recipients, not_actors,
                       not_recipients)


def test_the_class_holds_ten_cases_and_neighbours() -> None:
    assert len(DENIED) >= 14
    assert len({row[:2] for row in DENIED}) == len(DENIED)
