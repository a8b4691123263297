"""The participants of events on the made-up probe sentences of ``freed_probes`` (issue 15
item 6, session 41), with the real model: the one a release frees is its recipient, a
possessive pronoun of an act undergone stands for the one acted on before, and the one freed
is not whom the request for the release is addressed to; near neighbours keep their reading."""

from __future__ import annotations

import pytest
from freed_probes import FREED

from samples import check_participants


@pytest.mark.parametrize(("text", "trigger", "actors", "recipients", "not_actors",
                          "not_recipients"),
                         [pytest.param(*row, id=f"freed-{k:02d}") for k, row in enumerate(FREED)])
def test_the_one_freed_is_the_release_recipient(events_of, text: str, trigger: str,
                                                actors: list[str], recipients: list[str],
                                                not_actors: list[str],
                                                not_recipients: list[str]) -> None:
    check_participants(events_of(text), trigger, actors, recipients, not_actors,
                       not_recipients)


def test_the_class_holds_ten_cases_and_neighbours() -> None:
    assert len(FREED) >= 14
    assert len({row[:2] for row in FREED}) == len(FREED)
