"""The participants of events on made-up probe sentences (issue 15 item 6), with the real model:
for each error class the cases that must read the participant right and near neighbours that
must keep the plain reading (tables in ``event_participant_probes``)."""

from __future__ import annotations

import datetime as dt

import pytest
from event_participant_probes import (
    APPOSITION,
    CLAUSES,
    COORDINATED,
    POSSESSIVE,
    REFERENCE,
    SPEAKER,
    STATED,
    SUFFERER,
    Probe,
)

from samples import check_participants
from sitrep.records import Article, Event


def _params(name: str, table: list[Probe]) -> list:
    return [pytest.param(*row, id=f"{name}-{k:02d}") for k, row in enumerate(table)]


CASES = [p for name, table in (("sufferer", SUFFERER), ("speaker", SPEAKER), ("stated", STATED),
                               ("possessive", POSSESSIVE), ("coordinated", COORDINATED),
                               ("apposition", APPOSITION), ("reference", REFERENCE),
                               ("clauses", CLAUSES))
         for p in _params(name, table)]


@pytest.fixture(scope="module")
def events_of(pipeline):
    def run(text: str) -> list[Event]:
        article = Article(text=text, published=dt.date(2021, 3, 4), language="en")
        return pipeline.process(article).events

    return run


@pytest.mark.parametrize(("text", "trigger", "actors", "recipients", "not_actors"), CASES)
def test_event_participants_are_read_from_the_sentence(events_of, text: str, trigger: str,
                                                       actors: list[str], recipients: list[str],
                                                       not_actors: list[str]) -> None:
    check_participants(events_of(text), trigger, actors, recipients, not_actors)


def test_probe_tables_hold_ten_cases_and_ten_neighbours_per_class() -> None:
    for table in (SUFFERER, SPEAKER, STATED, POSSESSIVE, COORDINATED, APPOSITION, REFERENCE,
                  CLAUSES):
        assert len(table) >= 20
        assert len({row[:2] for row in table}) == len(table)  # no case twice


@pytest.mark.parametrize(("text", "country"), [
    ("Thousands of people in Germany protested against the reform.", "DEU"),
    ("Hundreds of farmers in Kenya blocked the highway.", "KEN"),
    ("Fighters from Chad attacked the convoy.", "TCD"),
    ("Students in Santiago clashed with police.", "CHL"),
    # near neighbours: no place under the group's noun, no country for it
    ("Thousands of people protested against the reform.", None),
    ("Hundreds of farmers blocked the highway in Kenya.", None),
    ("Fighters attacked the convoy from Chad.", None),
    ("Students clashed with police in Santiago.", None),
])
def test_a_group_takes_the_country_it_is_in_or_comes_from(events_of, text: str,
                                                          country: str | None) -> None:
    events = events_of(text)
    assert events
    assert events[0].actors
    assert events[0].actors[0].country == country
