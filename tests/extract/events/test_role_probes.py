"""The participants of events on made-up probe sentences (issue 15 item 6, session 28), with the
real model: for each error class the cases that must read the participant right and near
neighbours that must keep the plain reading (tables in ``role_probes``)."""

from __future__ import annotations

import datetime as dt

import pytest
from role_probes import BETWEEN, CAUSED, COMMON_NOUNS, NOMINAL, POSSESSED, SAID, Probe

from samples import check_participants
from sitrep.records import Article, Event

TABLES: dict[str, list[Probe]] = {"common-nouns": COMMON_NOUNS, "possessed": POSSESSED,
                                   "nominal": NOMINAL, "caused": CAUSED, "said": SAID,
                                   "between": BETWEEN}


def _params() -> list:
    return [pytest.param(*row, id=f"{name}-{k:02d}") for name, table in TABLES.items()
            for k, row in enumerate(table)]


@pytest.fixture(scope="module")
def events_of(pipeline):
    def run(text: str) -> list[Event]:
        article = Article(text=text, published=dt.date(2021, 3, 4), language="en")
        return pipeline.process(article).events

    return run


@pytest.mark.parametrize(("text", "trigger", "actors", "recipients", "not_actors",
                          "not_recipients"), _params())
def test_participants_of_the_session_28_classes(events_of, text: str, trigger: str,
                                                actors: list[str], recipients: list[str],
                                                not_actors: list[str],
                                                not_recipients: list[str]) -> None:
    check_participants(events_of(text), trigger, actors, recipients, not_actors,
                       not_recipients)


def test_each_class_holds_ten_cases_and_neighbours() -> None:
    for table in TABLES.values():
        assert len(table) >= 12
        assert len({row[:2] for row in table}) == len(table)  # no case twice
