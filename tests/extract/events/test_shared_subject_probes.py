"""The participants of events on the made-up probe sentences of ``shared_subject_probes``
(issue 15 item 6, session 41), with the real model: a passive conjunct with no subject of its
own ("fled but was arrested") names its recipient in the subject of the first conjunct; near
neighbours keep the plain reading."""

from __future__ import annotations

import pytest
from shared_subject_probes import SHARED_SUBJECTS

from samples import check_participants


@pytest.mark.parametrize(("text", "trigger", "actors", "recipients", "not_actors",
                          "not_recipients"),
                         [pytest.param(*row, id=f"shared-{k:02d}")
                          for k, row in enumerate(SHARED_SUBJECTS)])
def test_a_passive_conjunct_undergoes_its_act(events_of, text: str, trigger: str,
                                              actors: list[str], recipients: list[str],
                                              not_actors: list[str],
                                              not_recipients: list[str]) -> None:
    check_participants(events_of(text), trigger, actors, recipients, not_actors,
                       not_recipients)


def test_the_class_holds_ten_cases_and_neighbours() -> None:
    assert len(SHARED_SUBJECTS) >= 14
    assert len({row[:2] for row in SHARED_SUBJECTS}) == len(SHARED_SUBJECTS)
