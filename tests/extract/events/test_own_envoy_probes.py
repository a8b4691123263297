"""The participants of events on the made-up probe sentences of ``own_envoy_probes`` (issue
15 item 6, session 41), with the real model: an envoy called home is the actor's own, not the
recall's recipient; the place it is called from is."""

from __future__ import annotations

import pytest
from own_envoy_probes import OWN_ENVOYS

from samples import check_participants


@pytest.mark.parametrize(("text", "trigger", "actors", "recipients", "not_actors",
                          "not_recipients"),
                         [pytest.param(*row, id=f"envoy-{k:02d}")
                          for k, row in enumerate(OWN_ENVOYS)])
def test_an_envoy_called_home_is_the_actors_own(events_of, text: str, trigger: str,
                                                actors: list[str], recipients: list[str],
                                                not_actors: list[str],
                                                not_recipients: list[str]) -> None:
    check_participants(events_of(text), trigger, actors, recipients, not_actors,
                       not_recipients)


def test_the_class_holds_ten_cases_and_neighbours() -> None:
    assert len(OWN_ENVOYS) >= 14
    assert len({row[:2] for row in OWN_ENVOYS}) == len(OWN_ENVOYS)
