"""The participants of events on the made-up probe sentences of ``accused_party_probes``
(issue 15 item 6, session 41), with the real model: the one accused or blamed for a deed is the
ACCUSE's recipient whatever its noun; near neighbours keep their reading."""

from __future__ import annotations

import pytest
from accused_party_probes import ACCUSED_PARTIES

from samples import check_participants


@pytest.mark.parametrize(("text", "trigger", "actors", "recipients", "not_actors",
                          "not_recipients"),
                         [pytest.param(*row, id=f"accused-{k:02d}")
                          for k, row in enumerate(ACCUSED_PARTIES)])
def test_the_party_accused_of_a_deed_is_the_recipient(events_of, text: str, trigger: str,
                                                      actors: list[str], recipients: list[str],
                                                      not_actors: list[str],
                                                      not_recipients: list[str]) -> None:
    check_participants(events_of(text), trigger, actors, recipients, not_actors,
                       not_recipients)


def test_the_class_holds_ten_cases_and_neighbours() -> None:
    assert len(ACCUSED_PARTIES) >= 14
    assert len({row[:2] for row in ACCUSED_PARTIES}) == len(ACCUSED_PARTIES)
