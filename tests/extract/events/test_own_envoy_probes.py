"""The participants of events on the made-up probe sentences of ``own_envoy_probes`` (issue
15 item 6, session 41), with the real model: an envoy called home is the actor's own, not the
recall's recipient; the place it is called from is."""

from __future__ import annotations

import pytest
from own_envoy_probes import OWN_ENVOYS

from samples import check_participant_case, check_probe_table, probe_table


@pytest.mark.parametrize("case", probe_table(OWN_ENVOYS, "envoy"))
def test_an_envoy_called_home_is_the_actors_own(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)


def test_the_class_holds_ten_cases_and_neighbours() -> None:
    check_probe_table(OWN_ENVOYS)
