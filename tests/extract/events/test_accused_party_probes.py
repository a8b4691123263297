"""The participants of events on the made-up probe sentences of ``accused_party_probes``
(issue 15 item 6, session 41), with the real model: the one accused or blamed for a deed is the
ACCUSE's recipient whatever its noun; near neighbours keep their reading."""

from __future__ import annotations

import pytest
from accused_party_probes import ACCUSED_PARTIES

from samples import check_participant_case, check_probe_table, probe_table


@pytest.mark.parametrize("case", probe_table(ACCUSED_PARTIES, "accused"))
def test_the_party_accused_of_a_deed_is_the_recipient(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)


def test_the_class_holds_ten_cases_and_neighbours() -> None:
    check_probe_table(ACCUSED_PARTIES)
