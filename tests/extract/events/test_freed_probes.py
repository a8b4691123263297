"""The participants of events on the made-up probe sentences of ``freed_probes`` (issue 15
item 6, session 41), with the real model: the one a release frees is its recipient, a
possessive pronoun of an act undergone stands for the one acted on before, and the one freed
is not whom the request for the release is addressed to; near neighbours keep their reading."""

from __future__ import annotations

import pytest
from freed_probes import FREED

from samples import check_participant_case, check_probe_table, probe_table


@pytest.mark.parametrize("case", probe_table(FREED, "freed"))
def test_the_one_freed_is_the_release_recipient(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)


def test_the_class_holds_ten_cases_and_neighbours() -> None:
    check_probe_table(FREED)
