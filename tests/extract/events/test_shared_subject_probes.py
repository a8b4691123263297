"""The participants of events on the made-up probe sentences of ``shared_subject_probes``
(issue 15 item 6, session 41), with the real model: a passive conjunct with no subject of its
own ("fled but was arrested") names its recipient in the subject of the first conjunct; near
neighbours keep the plain reading."""

from __future__ import annotations

import pytest
from shared_subject_probes import SHARED_SUBJECTS

from samples import check_participant_case, check_probe_table, probe_table


@pytest.mark.parametrize("case", probe_table(SHARED_SUBJECTS, "shared"))
def test_a_passive_conjunct_undergoes_its_act(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)


def test_the_class_holds_ten_cases_and_neighbours() -> None:
    check_probe_table(SHARED_SUBJECTS)
