"""The participants of events on the made-up probe sentences of ``conjunct_probes`` (issue 15
item 6, session 38), with the real model: a statement joined to the clause its speaker reports
is the speaker's, a gerund after a preposition is done by the subject of the verb it hangs on,
a subject that names no party stands for its possessive "its" / "their", and where forces are
sent is no recipient; near neighbours keep the plain reading."""

from __future__ import annotations

import pytest
from conjunct_probes import (
    DESTINATIONS,
    GERUND_ADJUNCTS,
    OWNED_SUBJECTS,
    SPEAKER_CONJUNCTS,
    Probe,
)

from samples import check_participants

TABLES: dict[str, list[Probe]] = {"speaker-conjuncts": SPEAKER_CONJUNCTS,
                                   "gerund-adjuncts": GERUND_ADJUNCTS,
                                   "owned-subjects": OWNED_SUBJECTS,
                                   "destinations": DESTINATIONS}


def _params() -> list:
    return [pytest.param(*row, id=f"{name}-{k:02d}") for name, table in TABLES.items()
            for k, row in enumerate(table)]


@pytest.mark.parametrize(("text", "trigger", "actors", "recipients", "not_actors",
                          "not_recipients"), _params())
def test_participants_of_the_session_38_classes(events_of, text: str, trigger: str,
                                                actors: list[str], recipients: list[str],
                                                not_actors: list[str],
                                                not_recipients: list[str]) -> None:
    check_participants(events_of(text), trigger, actors, recipients, not_actors,
                       not_recipients)


def test_each_class_holds_ten_cases_and_neighbours() -> None:
    for table in TABLES.values():
        assert len(table) >= 14
        assert len({row[:2] for row in table}) == len(table)  # no case twice
