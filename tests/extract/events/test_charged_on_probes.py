"""The participants of events on the made-up probe sentences of ``charged_on_probes`` (issue
15 item 6, session 41), with the real model: the one held or tried "on charges of" a deed is
the ACCUSE's recipient, never its actor; near neighbours keep their reading."""

from __future__ import annotations

import pytest
from charged_on_probes import CHARGED_ON

from samples import check_participant_case, check_probe_table, probe_table


@pytest.mark.parametrize("case", probe_table(CHARGED_ON, "charged"))
def test_the_one_held_on_charges_is_the_recipient(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)


def test_the_class_holds_ten_cases_and_neighbours() -> None:
    check_probe_table(CHARGED_ON)
