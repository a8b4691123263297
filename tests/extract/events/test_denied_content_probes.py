"""The participants of events on the made-up probe sentences of ``denied_content_probes``
(issue 15 item 6, session 41), with the real model: the parties of what a denial denies are
not its recipients; the one whose claim it answers is."""

from __future__ import annotations

import pytest
from denied_content_probes import DENIED

from samples import check_participant_case, check_probe_table, probe_table


@pytest.mark.parametrize("case", probe_table(DENIED, "denied"))
def test_what_a_denial_denies_names_no_recipient(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)


def test_the_class_holds_ten_cases_and_neighbours() -> None:
    check_probe_table(DENIED)
