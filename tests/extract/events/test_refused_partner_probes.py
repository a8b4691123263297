"""The participants of events on the made-up probe sentences of ``refused_partner_probes``
(issue 15 item 6, session 41), with the real model: the partner of a negotiation or
cooperation refused is the REJECT's recipient; talks held stay reciprocal."""

from __future__ import annotations

import pytest
from refused_partner_probes import REFUSED

from samples import check_participant_case, check_probe_table, probe_table


@pytest.mark.parametrize("case", probe_table(REFUSED, "refused"))
def test_the_partner_refused_is_the_recipient(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)


def test_the_class_holds_ten_cases_and_neighbours() -> None:
    check_probe_table(REFUSED)
