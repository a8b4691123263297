"""The participants of events on the made-up probe sentences of ``refused_partner_probes``
(issue 15 item 6, session 41), with the real model: the partner of a negotiation or
cooperation refused is the REJECT's recipient; talks held stay reciprocal."""

from __future__ import annotations

import pytest
from refused_partner_probes import REFUSED

from samples import check_participants


@pytest.mark.parametrize(("text", "trigger", "actors", "recipients", "not_actors",
                          "not_recipients"),
                         [pytest.param(*row, id=f"refused-{k:02d}")
                          for k, row in enumerate(REFUSED)])
def test_the_partner_refused_is_the_recipient(events_of, text: str, trigger: str,
                                              actors: list[str], recipients: list[str],
                                              not_actors: list[str],
                                              not_recipients: list[str]) -> None:
    check_participants(events_of(text), trigger, actors, recipients, not_actors,
                       not_recipients)


def test_the_class_holds_ten_cases_and_neighbours() -> None:
    assert len(REFUSED) >= 14
    assert len({row[:2] for row in REFUSED}) == len(REFUSED)
